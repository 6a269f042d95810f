// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesBook.h"

#include "Meetings.h"
#include "MinutesReview.h"
#include "PublicationPlace.h"
#include "core/cases/ReferencedCases.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

namespace {

QDateTime instant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

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
    Minutes m;
    m.meetingId = meetingId;
    SqlQuery q(db,
               QStringLiteral("SELECT state, circulated_utc, approved_by, approved_utc, "
                              "published_utc, published_where FROM minutes WHERE meeting_id = ?"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return m;
    m.exists = true;
    m.state = MeetingNames::minutesFromKey(q.value(0).toString());
    m.circulatedUtc = instant(q.value(1));
    m.approvedBy = q.value(2).toString();
    m.approvedUtc = instant(q.value(3));
    m.publishedUtc = instant(q.value(4));
    m.publishedWhere = q.value(5).toString();
    // Each section with what Confidentiality needs: its agenda item and that item's case.
    SqlQuery s(db,
               QStringLiteral("SELECT s.id, s.position, coalesce(s.agenda_item_id, 0), s.heading, "
                              "s.body_html, s.confidential, coalesce(a.confidential, 0), "
                              "coalesce(a.case_id, 0), coalesce(c.confidential, 1), "
                              "coalesce(c.is_exercise, 0) FROM minutes_section s "
                              "LEFT JOIN agenda_item a ON a.id = s.agenda_item_id "
                              "LEFT JOIN case_record c ON c.id = a.case_id "
                              "WHERE s.meeting_id = ? ORDER BY s.position, s.id"));
    s.bind(meetingId);
    if (auto r = s.exec(); !r)
        return r.error();
    ReferencedCases cases(db);
    while (s.next()) {
        MinutesSection section { s.value(0).toLongLong(), s.value(1).toInt(),
                                 s.value(2).toLongLong(), s.value(3).toString(),
                                 s.value(4).toString(),   s.value(5).toInt() != 0 };
        CaseLink itemCase;
        itemCase.id = s.value(7).toLongLong();
        itemCase.confidential = s.value(8).toInt() != 0;
        itemCase.exercise = s.value(9).toInt() != 0;
        auto referred = cases.in(section.heading + QLatin1Char(' ') + section.bodyHtml);
        if (!referred)
            return referred.error();
        section.confidentialByContext = Confidentiality::ofSection(
            false, Confidentiality::ofAgendaItem(s.value(6).toInt() != 0, itemCase),
            referred.value());
        // Observers never receive a confidential section, whatever screen asks.
        if (!Visibility::seesConfidential(db) && section.isConfidential())
            continue;
        m.sections.append(section);
    }
    return m;
}

Status MinutesBook::generateDraft(Database& db, qint64 meetingId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    Transaction tx(db);
    if (!tx)
        return tx.error();
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
    if (auto s
        = execute(db, QStringLiteral("INSERT INTO minutes(meeting_id, state) VALUES (?, 'draft')"),
                  { meetingId });
        !s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("minutes"), QString::number(meetingId),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("state"), {}, QStringLiteral("draft") } });
        !a)
        return a.error();
    for (const AgendaItem& item : record.value().agenda) {
        MinutesSection section;
        section.agendaItemId = item.id;
        section.heading = item.title;
        // An item about a confidential matter starts confidential; the secretariat may open it up.
        section.confidential = item.confidential || item.linkedCase.exercise;
        if (item.kind == AgendaKind::RollCall)
            section.bodyHtml = rollCallHtml(record.value().attendance);
        else if (item.linkedCase.isSet())
            section.bodyHtml = paragraph(tr("Case %1.").arg(item.linkedCase.reference));
        if (auto s = addSection(db, meetingId, section); !s)
            return s.error();
    }
    return tx.commit();
}

Result<qint64> MinutesBook::addSection(Database& db, qint64 meetingId,
                                       const MinutesSection& section)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p.error();
    if (auto s = checkState(db, meetingId, MinutesState::Draft); !s)
        return s.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto position = queryScalar(
        db,
        QStringLiteral(
            "SELECT coalesce(max(position), -1) + 1 FROM minutes_section WHERE meeting_id = ?"),
        { meetingId });
    if (!position)
        return position.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO minutes_section(meeting_id, position, agenda_item_id, "
                              "heading, body_html, confidential) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(meetingId)
        .bind(position.value())
        .bind(section.agendaItemId > 0 ? QVariant(section.agendaItemId) : QVariant());
    q.bind(MeetingNames::text(section.heading))
        .bind(MeetingNames::text(section.bodyHtml))
        .bind(section.confidential ? 1 : 0);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("minutes_section"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("meeting_id"), {}, meetingId },
                                    { QStringLiteral("heading"), {}, section.heading },
                                    { QStringLiteral("body_html"), {}, section.bodyHtml },
                                    { QStringLiteral("confidential"), {}, section.confidential } });
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Status MinutesBook::updateSection(Database& db, const MinutesSection& section)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    SqlQuery q(db,
               QStringLiteral("SELECT meeting_id, heading, body_html, confidential FROM "
                              "minutes_section WHERE id = ?"));
    q.bind(section.id);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error { tr("The minutes section is no longer there."), {} };
    const qint64 meetingId = q.value(0).toLongLong();
    if (auto s = checkState(db, meetingId, MinutesState::Draft); !s)
        return s;
    const QVariantMap before { { QStringLiteral("heading"), q.value(1).toString() },
                               { QStringLiteral("body_html"), q.value(2).toString() },
                               { QStringLiteral("confidential"), q.value(3).toInt() != 0 } };
    const QVariantMap after { { QStringLiteral("heading"), section.heading },
                              { QStringLiteral("body_html"), section.bodyHtml },
                              { QStringLiteral("confidential"), section.confidential } };
    const auto changes = AuditLog::diff(before, after);
    return auditedUpdate(db, QStringLiteral("minutes_section"), section.id, changes,
                         QStringLiteral("UPDATE minutes_section SET heading = ?, body_html = ?, "
                                        "confidential = ? WHERE id = ?"),
                         { MeetingNames::text(section.heading),
                           MeetingNames::text(section.bodyHtml), section.confidential ? 1 : 0,
                           section.id });
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QList<FieldChange> changes { { QStringLiteral("state"), MeetingNames::minutesKey(from),
                                   MeetingNames::minutesKey(to) } };
    Status s;
    switch (to) {
    case MinutesState::Circulated:
        s = execute(
            db,
            QStringLiteral(
                "UPDATE minutes SET state = 'circulated', circulated_utc = ? WHERE meeting_id = ?"),
            { at, meetingId });
        changes.append({ QStringLiteral("circulated_utc"), {}, at });
        break;
    case MinutesState::Draft:
        // Reworked minutes are circulated again and need fresh approvals.
        s = execute(db,
                    QStringLiteral("UPDATE minutes SET state = 'draft', approval_decision_id = "
                                   "NULL WHERE meeting_id = ?"),
                    { meetingId });
        break;
    case MinutesState::Approved:
        s = execute(db,
                    QStringLiteral("UPDATE minutes SET state = 'approved', approved_by = ?, "
                                   "approved_utc = ? WHERE meeting_id = ?"),
                    { db.session().name, at, meetingId });
        changes.append({ QStringLiteral("approved_by"), {}, db.session().name });
        changes.append({ QStringLiteral("approved_utc"), {}, at });
        break;
    case MinutesState::Published:
        s = execute(db,
                    QStringLiteral("UPDATE minutes SET state = 'published', published_utc = ?, "
                                   "published_where = ? WHERE meeting_id = ?"),
                    { at, where.trimmed(), meetingId });
        changes.append({ QStringLiteral("published_utc"), {}, at });
        changes.append({ QStringLiteral("published_where"), {}, where.trimmed() });
        break;
    }
    if (!s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("minutes"), QString::number(meetingId),
                                  QStringLiteral("move"), changes);
        !a)
        return a.error();
    return tx.commit();
}

} // namespace csc
