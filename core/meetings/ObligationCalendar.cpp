// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationCalendar.h"

#include "MeetingLocation.h"
#include "MeetingStore.h"
#include "Meetings.h"
#include "MinutesBook.h"
#include "MinutesDeadline.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QSet>

namespace csc {

namespace {

const char* const kKeys[] = { "transition", "first_meeting", "consultation", "last_audit" };

QDate* field(ObligationAnchors& a, int i)
{
    QDate* fields[] = { &a.transition, &a.firstMeeting, &a.consultation, &a.lastAudit };
    return fields[i];
}

} // namespace

ObligationAnchors ObligationCalendar::anchors(const Database& db)
{
    ObligationAnchors a;
    for (int i = 0; i < 4; ++i) {
        auto day = MeetingStore::anchor(db, QLatin1String(kKeys[i]));
        if (day && day.value().isValid())
            *field(a, i) = day.value();
    }
    if (!a.firstMeeting.isValid()) {
        auto first = MeetingStore::firstMeetingDay(db);
        if (first && first.value().isValid())
            a.firstMeeting = first.value();
    }
    return a;
}

Status ObligationCalendar::setAnchors(Database& db, const ObligationAnchors& wanted)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    ObligationAnchors before = anchors(db);
    ObligationAnchors copy = wanted;
    QList<FieldChange> changes;
    for (int i = 0; i < 4; ++i) {
        const QDate now = *field(copy, i);
        const QDate old = *field(before, i);
        if (now != old)
            changes.append(
                { QLatin1String(kKeys[i]), old.toString(Qt::ISODate), now.toString(Qt::ISODate) });
    }
    if (changes.isEmpty())
        return {};
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        for (int i = 0; i < 4; ++i) {
            if (*field(copy, i) == *field(before, i))
                continue;
            if (auto s = MeetingStore::setAnchor(w, QLatin1String(kKeys[i]), *field(copy, i)); !s)
                return s;
        }
        return w.audit(QStringLiteral("obligation_anchor"), QStringLiteral("anchors"),
                       QStringLiteral("update"), changes);
    });
}

Result<QList<CalendarEvent>> ObligationCalendar::events(const Database& db, QDate from, QDate to)
{
    QList<CalendarEvent> list;
    const QString domain = QLatin1Char('@')
        + (db.committeeId().isEmpty() ? QStringLiteral("cscdesk") : db.committeeId());
    const auto inRange = [&](QDate d) { return d.isValid() && d >= from && d <= to; };
    const auto allDay = [&](const QString& uid, QDate day, const QString& summary,
                            const QString& category, const QString& description = {}) {
        if (inRange(day)) {
            CalendarEvent e;
            e.uid = uid + domain;
            e.summary = summary;
            e.description = description;
            e.category = category;
            e.day = day;
            list.append(e);
        }
    };

    auto meetings = Meetings::list(db);
    if (!meetings)
        return meetings.error();
    auto publishedMinutes = MeetingStore::meetingsWithPublishedMinutes(db);
    if (!publishedMinutes)
        return publishedMinutes.error();
    const QSet<qint64> published = publishedMinutes.value();
    const QHash<qint64, QString> locations = MeetingLocation::all(db);
    for (const Meeting& m : meetings.value()) {
        if (inRange(m.day())) {
            // A meeting takes the members' time (OPAQUE), with its length, where to
            // join, and a reminder a quarter of an hour before.
            CalendarEvent e;
            e.uid = QStringLiteral("meeting-%1").arg(m.number) + domain;
            e.summary
                = tr("CSC %1 no. %2").arg(MeetingNames::kindName(m.kind).toLower()).arg(m.number);
            e.category = tr("Meeting");
            e.startUtc = m.startsUtc;
            e.endUtc = m.startsUtc.addSecs(qint64(m.durationMinutes) * 60);
            e.location = locations.value(m.id);
            e.busy = true;
            e.alarmMinutesBefore = 15;
            list.append(e);
        }
        // Published minutes are no longer due: the calendar shows when they were published.
        if (published.contains(m.id)) {
            const auto minutes = MinutesBook::minutes(db, m.id);
            if (minutes && minutes.value().exists
                && minutes.value().state == MinutesState::Published)
                allDay(QStringLiteral("minutes-published-%1").arg(m.number),
                       minutes.value().publishedUtc.date(),
                       tr("Minutes of meeting no. %1 published").arg(m.number),
                       tr("Minutes deadline"));
            continue;
        }
        allDay(QStringLiteral("minutes-due-%1").arg(m.number), MinutesDeadline::due(db, m.day()),
               tr("Minutes of meeting no. %1 due for publication").arg(m.number),
               tr("Minutes deadline"));
    }

    // Case deadlines by reference only: the calendar leaves the building as .ics,
    // so a confidential case's title never goes into it; exercises stay out.
    auto cases = CaseRepository::list(
        db, CaseListFilter { true, CaseProcess::Complaint, false, false, to });
    if (!cases)
        return cases.error();
    for (const CaseSummary& c : cases.value()) {
        if (!c.isOpen() || !c.dueDate.isValid()
            || Confidentiality::publicCaseLabel(
                   { c.id, c.reference, {}, c.confidential, c.exercise })
                   .isEmpty())
            continue;
        // Keyed on the case and its step, never on the date: a moved deadline is the
        // same event, updated in the members' calendars rather than duplicated.
        allDay(QStringLiteral("case-%1-%2").arg(c.reference, c.step), c.dueDate,
               tr("%1 due: %2").arg(c.reference, ProcessDefinition::of(c.process).stepName(c.step)),
               tr("Case deadline"));
    }

    const ObligationAnchors a = anchors(db);
    if (a.consultation.isValid()) {
        for (int year = std::max(from.year(), a.consultation.year()); year <= to.year(); ++year) {
            const QDate day(year, a.consultation.month(),
                            std::min(a.consultation.day(),
                                     QDate(year, a.consultation.month(), 1).daysInMonth()));
            // Numbered from the anchor, not dated: moving the day keeps the event.
            allDay(QStringLiteral("consultation-%1").arg(year - a.consultation.year() + 1), day,
                   tr("Annual consultation on IFO performance"), tr("Obligation"),
                   tr("With the IFO, ccTLD and gTLD registry operators and the community."));
        }
    }
    if (a.firstMeeting.isValid())
        allDay(QStringLiteral("charter-review"), a.firstMeeting.addMonths(12),
               tr("Charter review (12 months after the first meeting), with public comment"),
               tr("Obligation"));
    if (a.lastAudit.isValid()) {
        int n = 0;
        for (QDate d = a.lastAudit.addYears(3); d <= to; d = d.addYears(3))
            allDay(QStringLiteral("audit-%1").arg(++n), d,
                   tr("Independent audit of IFO performance due"), tr("Obligation"));
    }
    if (a.transition.isValid()) {
        int n = 0;
        for (QDate d = a.transition.addYears(3); d <= to; d = d.addYears(4))
            allDay(QStringLiteral("review-team-%1").arg(++n), d,
                   tr("IANA naming function review team"), tr("Obligation"));
    }
    std::stable_sort(list.begin(), list.end(), [](const CalendarEvent& x, const CalendarEvent& y) {
        const QDate dx = x.isAllDay() ? x.day : x.startUtc.date();
        const QDate dy = y.isAllDay() ? y.day : y.startUtc.date();
        return dx != dy ? dx < dy : x.uid < y.uid;
    });
    return list;
}

Result<QList<CalendarEvent>> ObligationCalendar::allEvents(const Database& db, QDate today)
{
    QDate from = today;
    auto first = MeetingStore::firstMeetingDay(db);
    if (first && first.value().isValid())
        from = std::min(from, first.value());
    const ObligationAnchors a = anchors(db);
    for (QDate d : { a.transition, a.firstMeeting, a.consultation, a.lastAudit }) {
        if (d.isValid())
            from = std::min(from, d);
    }
    return events(db, from, today.addYears(2));
}

Result<QByteArray> ObligationCalendar::icsBytes(const Database& db, QDate today,
                                                const QDateTime& stamp, const QString& auditHead)
{
    auto list = allEvents(db, today);
    if (!list)
        return list.error();
    return ICalendar::write(list.value(), stamp, tr("Customer Standing Committee"), auditHead);
}

} // namespace csc
