// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesBook.h"

#include "MeetingStore.h"
#include "Meetings.h"
#include "MinutesReview.h"
#include "PublicationPlace.h"
#include "core/cases/ReferencedCases.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace csc {

namespace {

QString paragraph(const QString& text)
{
    return QLatin1String("<p>") + text.toHtmlEscaped() + QLatin1String("</p>");
}

// The roll call written out; names are public, like the real committee's minutes.
QString rollCallHtml(const QList<AttendanceEntry>& attendance)
{
    QString html;
    for (AttendanceStatus status :
         { AttendanceStatus::Present, AttendanceStatus::Apologies, AttendanceStatus::Absent }) {
        QStringList names;
        for (const AttendanceEntry& a : attendance) {
            if (a.status == status)
                names << (a.voting ? a.name : MinutesBook::tr("%1 (liaison)").arg(a.name));
        }
        if (!names.isEmpty())
            html += QLatin1String("<p><b>") + MeetingNames::attendanceName(status).toHtmlEscaped()
                + QLatin1String(":</b> ") + names.join(QStringLiteral(", ")).toHtmlEscaped()
                + QLatin1String("</p>");
    }
    return html;
}

Status checkState(const Database& db, qint64 meetingId, MinutesState wanted)
{
    auto m = MinutesBook::minutes(db, meetingId);
    if (!m)
        return m.error();
    if (!m.value().exists)
        return Error { MinutesBook::tr("These minutes have no draft yet."), {} };
    if (m.value().state != wanted)
        return Error { MinutesBook::tr("The minutes are %1; only a draft can be edited (return "
                                       "circulated minutes to draft first).")
                           .arg(MeetingNames::minutesName(m.value().state).toLower()),
                       {} };
    return {};
}

} // namespace

Result<Minutes> MinutesBook::minutes(const Database& db, qint64 meetingId)
{
    return MeetingStore::minutes(db, meetingId);
}

Status MinutesBook::generateDraft(Database& db, qint64 meetingId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Status {
        // The draft's roll call is written from the meeting's roll, which stays as recorded.
        if (auto roll = Meetings::recordRoll(db, meetingId); !roll)
            return roll;
        auto record = Meetings::load(db, meetingId);
        if (!record)
            return record.error();
        if (record.value().minutes.exists)
            return Error { tr("Meeting %1 already has minutes; edit them instead.")
                               .arg(record.value().meeting.number),
                           {} };
        if (auto s = MeetingStore::insertMinutes(w, meetingId); !s)
            return s;
        if (auto a = w.audit(QStringLiteral("minutes"), meetingId, QStringLiteral("create"),
                             { { QStringLiteral("state"), {}, QStringLiteral("draft") } });
            !a)
            return a;
        for (const AgendaItem& item : record.value().agenda) {
            MinutesSection section;
            section.agendaItemId = item.id;
            section.heading = item.title;
            // An item about a confidential matter starts confidential; the secretariat may
            // open it up.
            section.confidential = item.confidential || item.linkedCase.exercise;
            if (item.kind == AgendaKind::RollCall)
                section.bodyHtml = rollCallHtml(record.value().attendance);
            else if (item.linkedCase.isSet())
                section.bodyHtml = paragraph(tr("Case %1.").arg(item.linkedCase.reference));
            if (auto s = addSection(db, meetingId, section); !s)
                return s.error();
        }
        return {};
    });
}

Result<qint64> MinutesBook::addSection(Database& db, qint64 meetingId,
                                       const MinutesSection& section)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p.error();
    if (auto s = checkState(db, meetingId, MinutesState::Draft); !s)
        return s.error();
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Result<qint64> {
        auto position = MeetingStore::nextSectionPosition(db, meetingId);
        if (!position)
            return position.error();
        auto id = MeetingStore::insertSection(w, meetingId, position.value(), section);
        if (!id)
            return id;
        if (auto a
            = w.audit(QStringLiteral("minutes_section"), id.value(), QStringLiteral("create"),
                      { { QStringLiteral("meeting_id"), {}, meetingId },
                        { QStringLiteral("heading"), {}, section.heading },
                        { QStringLiteral("body_html"), {}, section.bodyHtml },
                        { QStringLiteral("confidential"), {}, section.confidential } });
            !a)
            return a.error();
        return id;
    });
}

Status MinutesBook::updateSection(Database& db, const MinutesSection& section)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    auto row = MeetingStore::section(db, section.id);
    if (!row)
        return row.error();
    if (!row.value())
        return Error { tr("The minutes section is no longer there."), {} };
    const SectionRow& stored = *row.value();
    if (auto s = checkState(db, stored.meetingId, MinutesState::Draft); !s)
        return s;
    const QVariantMap before { { QStringLiteral("heading"), stored.heading },
                               { QStringLiteral("body_html"), stored.bodyHtml },
                               { QStringLiteral("confidential"), stored.confidential } };
    const QVariantMap after { { QStringLiteral("heading"), section.heading },
                              { QStringLiteral("body_html"), section.bodyHtml },
                              { QStringLiteral("confidential"), section.confidential } };
    return MeetingStore::updateSection(db, Permission::EditMinutes, section,
                                       AuditLog::diff(before, after));
}

bool MinutesBook::isLegal(MinutesState from, MinutesState to)
{
    switch (from) {
    case MinutesState::Draft:
        return to == MinutesState::Circulated;
    case MinutesState::Circulated:
        return to == MinutesState::Draft || to == MinutesState::Approved;
    case MinutesState::Approved:
        return to == MinutesState::Published;
    case MinutesState::Published:
        return false;
    }
    return false;
}

Status MinutesBook::advance(Database& db, qint64 meetingId, MinutesState to, const QString& where,
                            const QDateTime& atUtc)
{
    // The workflow is the committee's record: a member in a review copy approves
    // through MinutesReview, and the secretariat moves the minutes on.
    if (db.session().reviewCopy)
        return Permissions::check(db.session(), Permission::EditMinutes);
    auto current = minutes(db, meetingId);
    if (!current)
        return current.error();
    if (!current.value().exists)
        return Error { tr("These minutes have no draft yet."), {} };
    const MinutesState from = current.value().state;
    if (!isLegal(from, to))
        return Error { tr("Minutes cannot go from %1 to %2.")
                           .arg(MeetingNames::minutesName(from).toLower(),
                                MeetingNames::minutesName(to).toLower()),
                       {} };
    const Permission needed = to == MinutesState::Approved ? Permission::ApproveMinutes
        : to == MinutesState::Published                    ? Permission::PublishMinutes
                                                           : Permission::EditMinutes;
    if (auto p = Permissions::check(db.session(), needed); !p)
        return p;
    if (to == MinutesState::Published) {
        if (auto place = PublicationPlace::check(where); !place)
            return place;
    }
    // domain.md §6: minutes are approved by the members (or by an e-mail decision), not by
    // one click of whoever holds the permission.
    if (to == MinutesState::Approved) {
        auto approvals = MinutesReview::approvals(db, meetingId);
        if (!approvals)
            return approvals.error();
        if (!approvals.value().enough())
            return Error {
                tr("These minutes cannot be approved yet: %1").arg(approvals.value().explanation),
                {}
            };
    }
    const QString at
        = (atUtc.isValid() ? atUtc : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    QList<FieldChange> changes { { QStringLiteral("state"), MeetingNames::minutesKey(from),
                                   MeetingNames::minutesKey(to) } };
    switch (to) {
    case MinutesState::Circulated:
        changes.append({ QStringLiteral("circulated_utc"), {}, at });
        break;
    case MinutesState::Draft:
        break;
    case MinutesState::Approved:
        changes.append({ QStringLiteral("approved_by"), {}, db.session().name });
        changes.append({ QStringLiteral("approved_utc"), {}, at });
        break;
    case MinutesState::Published:
        changes.append({ QStringLiteral("published_utc"), {}, at });
        changes.append({ QStringLiteral("published_where"), {}, where.trimmed() });
        break;
    }
    return auditedWrite(db, needed, [&](WriteScope& w) -> Status {
        if (auto s = MeetingStore::setMinutesState(w, meetingId, to, at, db.session().name,
                                                   where.trimmed());
            !s)
            return s;
        return w.audit(QStringLiteral("minutes"), meetingId, QStringLiteral("move"), changes);
    });
}

} // namespace csc
