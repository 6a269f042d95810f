// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoster.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesReview.h"
#include "core/meetings/ObligationCalendar.h"
#include "core/meetings/WorkPlan.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"

#include <QLocale>

namespace csc {

namespace {

const char* const kTopics[] = {
    "Root zone KSK rollover preparations",
    "Update from the IFO on the customer portal",
    "Review of the remedial action procedures",
    "Service level change request: ticket confirmation",
    "Preparing the annual consultation",
    "Table-top exercise planning",
    "Outreach to ccTLD and gTLD registry operators",
    "Effectiveness review of the committee",
    "IFO complaint summaries for the quarter",
};
const char* const kActions[] = {
    "Circulate the draft findings to members",
    "Ask the IFO to explain the missed threshold",
    "Prepare the consultation questionnaire",
    "Update the work plan on the wiki",
    "Send the findings to the ccNSO and GNSO Councils",
    "Draft a response to the public comment",
    "Schedule the table-top exercise",
    "Collect feedback on the customer portal",
};
const char* const kNotes[] = { "Done at the meeting", "Sent by e-mail", "Answered by the IFO",
                               "Published on the website" };

template<size_t N> QString pick(DemoContext& c, const char* const (&list)[N])
{
    return QString::fromLatin1(list[c.bounded(0, int(N) - 1)]);
}

QDate thirdThursday(int year, int month)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Thursday)
        d = d.addDays(1);
    return d.addDays(14);
}

QString para(const QString& text)
{
    return QLatin1String("<p>") + text.toHtmlEscaped() + QLatin1String("</p>");
}

struct Planned
{
    QDate day;
    MeetingKind kind;
};

// Monthly meetings on the third Thursday; the last one two business days before
// "today" so its minutes are due in a few days; one consultation each April.
QList<Planned> plan(DemoContext& c, const BusinessCalendar& calendar)
{
    const QDate last = calendar.addBusinessDays(c.asOf, -2);
    QList<Planned> days;
    for (QDate month = c.firstMonth; month < QDate(last.year(), last.month(), 1);
         month = month.addMonths(1)) {
        const QDate d = thirdThursday(month.year(), month.month());
        if (d < last.addDays(-14))
            days.append({ d, MeetingKind::Monthly });
        if (month.month() == 4)
            days.append({ d.addDays(12), MeetingKind::Consultation });
        else if (c.chance(0.06))
            days.append({ d.addDays(7), MeetingKind::Extraordinary });
    }
    // Extraordinary meetings in the last weeks put minutes in every state at once:
    // approved and overdue, circulated and due today, and the draft due in a few days.
    days.removeIf([&](const Planned& p) {
        return p.day >= last.addDays(-21) && p.kind != MeetingKind::Monthly;
    });
    days.append({ calendar.addBusinessDays(c.asOf, -7), MeetingKind::Extraordinary });
    days.append({ calendar.addBusinessDays(c.asOf, -5), MeetingKind::Extraordinary });
    days.append({ last, MeetingKind::Monthly });
    std::stable_sort(days.begin(), days.end(),
                     [](const Planned& a, const Planned& b) { return a.day < b.day; });
    return days;
}

} // namespace

Status DemoMeetings::populate(DemoContext& context)
{
    Database& db = context.db;
    const UserSession secretariat = db.session();
    const BusinessCalendar calendar = CommitteeSettings::businessCalendar(db);
    const QLocale english(QLocale::English);
    const QList<Planned> meetings = plan(context, calendar);
    QList<qint64> openItems;

    for (int index = 0; index < meetings.size(); ++index) {
        const Planned& p = meetings.at(index);
        const int remaining = int(meetings.size()) - 1 - index; // 0 = the most recent
        // Some open items get done before the next meeting; the rest carry over.
        for (qsizetype i = openItems.size() - 1; i >= 0 && p.kind == MeetingKind::Monthly; --i) {
            if (context.chance(0.5)) {
                if (auto s
                    = ActionItems::setStatus(db, openItems.at(i), true, pick(context, kNotes));
                    !s)
                    return s;
                openItems.removeAt(i);
            }
        }
        const QDateTime start(p.day, QTime(context.chance(0.5) ? 13 : 19, 0), Qt::UTC);
        auto id
            = Meetings::create(db, p.kind, start, p.kind == MeetingKind::Consultation ? 120 : 90);
        if (!id)
            return id.error();
        const qint64 meetingId = id.value();
        const int topics = context.bounded(1, 2);
        const int firstTopic = context.bounded(0, int(std::size(kTopics)) - 1);
        for (int t = 0; t < topics; ++t) {
            AgendaItem item;
            item.title = QString::fromLatin1(kTopics[(firstTopic + t) % std::size(kTopics)]);
            if (auto s = Meetings::addAgendaItem(
                    db, meetingId, item, int(Meetings::agenda(db, meetingId).value().size()) - 2);
                !s)
                return s.error();
        }
        if (index % 4 == 2 || remaining == 0) {
            AgendaItem item;
            item.title = QStringLiteral("Escalation under discussion with the IFO");
            item.confidential = true;
            if (auto s = Meetings::addAgendaItem(
                    db, meetingId, item, int(Meetings::agenda(db, meetingId).value().size()) - 2);
                !s)
                return s.error();
        }

        auto attendance = Meetings::attendance(db, meetingId);
        if (!attendance)
            return attendance.error();
        QList<qint64> presentVoters;
        for (const AttendanceEntry& a : attendance.value()) {
            const AttendanceStatus status = context.chance(0.85) ? AttendanceStatus::Present
                : context.chance(0.7)                            ? AttendanceStatus::Apologies
                                                                 : AttendanceStatus::Absent;
            if (auto s = Meetings::setAttendance(db, meetingId, a.memberId, status); !s)
                return s;
            if (a.voting && status == AttendanceStatus::Present)
                presentVoters.append(a.memberId);
        }

        const QString month = english.toString(p.day.addMonths(-1), QStringLiteral("MMMM yyyy"));
        const auto decide
            = [&](const QString& text, bool confidential, bool byEmail, QDate on) -> Status {
            Decision d;
            d.meetingId = byEmail ? 0 : meetingId;
            d.byEmail = byEmail;
            d.decidedOn = on;
            d.text = text;
            d.confidential = confidential;
            for (qint64 voter : byEmail ? context.votingMemberIds : presentVoters)
                d.votes.append(
                    { voter, {}, context.chance(0.92) ? VoteChoice::For : VoteChoice::Abstain });
            auto added = Decisions::add(db, d);
            return added ? Status {} : Status { added.error() };
        };
        if (p.kind == MeetingKind::Monthly) {
            if (auto s
                = decide(QStringLiteral(
                             "The committee approved its findings on the IFO's performance for %1.")
                             .arg(month),
                         false, false, p.day);
                !s)
                return s;
        }
        if (context.chance(0.25)) {
            if (auto s
                = decide(QStringLiteral(
                             "The committee agreed to write to the IFO about an open escalation."),
                         true, false, p.day);
                !s)
                return s;
        }
        if (remaining > 0 && context.chance(0.15)) {
            if (auto s
                = decide(QStringLiteral("The committee endorsed the consultation paper by e-mail."),
                         false, true, p.day.addDays(context.bounded(5, 12)));
                !s)
                return s;
        }

        const int actions = context.bounded(1, 3);
        for (int a = 0; a < actions; ++a) {
            const qint64 owner
                = context.memberIds.at(context.bounded(0, int(context.memberIds.size()) - 1));
            auto item = ActionItems::add(db, meetingId, pick(context, kActions), owner,
                                         calendar.addBusinessDays(p.day, context.bounded(5, 20)),
                                         context.chance(0.1));
            if (!item)
                return item.error();
            openItems.append(item.value());
        }

        if (auto s = MinutesBook::generateDraft(db, meetingId); !s)
            return s;
        auto minutes = MinutesBook::minutes(db, meetingId);
        if (!minutes)
            return minutes.error();
        for (MinutesSection section : minutes.value().sections) {
            if (section.bodyHtml.isEmpty()) {
                if (section.heading.startsWith(QLatin1String("IFO performance")))
                    section.bodyHtml
                        = para(QStringLiteral("The IFO presented its report for %1. The committee "
                                              "rated the month %2.")
                                   .arg(month,
                                        context.chance(0.8) ? QStringLiteral("Excellent")
                                                            : QStringLiteral("Satisfactory")));
                else if (section.heading.startsWith(QLatin1String("Action item")))
                    section.bodyHtml = para(
                        context.chance(0.5)
                            ? QStringLiteral("Ongoing; carried over.")
                            : QStringLiteral("Discussed; an update is expected next month."));
                else if (section.confidential)
                    section.bodyHtml
                        = para(QStringLiteral("Members discussed the IFO's response and agreed "
                                              "next steps. Details are confidential."));
                else if (section.heading == QLatin1String("Open action items"))
                    section.bodyHtml
                        = para(QStringLiteral("The committee went through the open action items."));
                else if (section.heading == QLatin1String("Topics"))
                    section.bodyHtml
                        = para(QStringLiteral("The chair introduced the topics below."));
                else if (section.heading == QLatin1String("Adjourn"))
                    section.bodyHtml = para(QStringLiteral("The chair closed the meeting."));
                else if (section.heading == QLatin1String("Any other business"))
                    section.bodyHtml = para(QStringLiteral("None."));
                else
                    section.bodyHtml
                        = para(QStringLiteral("The committee discussed this item and will come "
                                              "back to it at its next meeting."));
                if (auto s = MinutesBook::updateSection(db, section); !s)
                    return s;
            }
        }

        // The workflow: older minutes published, the last three still on their way.
        const auto at = [&](int businessDays) {
            return QDateTime(calendar.addBusinessDays(p.day, businessDays), QTime(10, 0), Qt::UTC);
        };
        if (remaining >= 1) {
            if (auto s = MinutesBook::advance(db, meetingId, MinutesState::Circulated, {}, at(1));
                !s)
                return s;
        }
        if (remaining >= 2) {
            // The members approve first (a majority, as the procedure needs), then the chair
            // records the minutes approved.
            auto attendance = Meetings::attendance(db, meetingId);
            if (!attendance)
                return attendance.error();
            auto status = MinutesReview::approvals(db, meetingId);
            if (!status)
                return status.error();
            int approvals = 0;
            for (const AttendanceEntry& a : attendance.value()) {
                if (!a.voting || approvals >= status.value().needed)
                    continue;
                db.setSession({ a.name, Role::Member, a.memberId });
                auto approved = MinutesReview::approve(db, meetingId, {}, at(2));
                db.setSession(secretariat);
                if (!approved)
                    return approved.error();
                ++approvals;
            }
            db.setSession(
                { QStringLiteral("Amaka Okonkwo"), Role::Chair, context.votingMemberIds.value(0) });
            Status s = MinutesBook::advance(db, meetingId, MinutesState::Approved, {}, at(3));
            db.setSession(secretariat);
            if (!s)
                return s;
        }
        if (remaining >= 3) {
            const QString where = QStringLiteral("https://csc.example.org/minutes/%1")
                                      .arg(p.day.toString(Qt::ISODate));
            // Mostly on time; the minutes of the fifth-last meeting went out late (8 business
            // days, past the 5 of domain.md §2), as they sometimes do.
            const bool onTime = context.chance(0.9);
            if (auto s = MinutesBook::advance(db, meetingId, MinutesState::Published, where,
                                              at(remaining == 4 ? 8
                                                     : onTime   ? 4
                                                                : 7));
                !s)
                return s;
        }
    }

    const QDate first = context.firstMonth;
    if (auto s = ObligationCalendar::setAnchors(
            db,
            { QDate(2016, 10, 1),
              {},
              QDate(first.year(), 4, 15).addYears(first.month() > 4 ? 1 : 0),
              QDate(first.year(), 6, 1) });
        !s)
        return s;
    const struct
    {
        const char* title;
        const char* description;
        int monthsAhead;
        WorkItem::Status status;
        bool isPublic;
    } work[] = {
        { "Monthly review of IFO performance", "Findings published each month.", 1,
          WorkItem::Status::InProgress, true },
        { "Annual consultation", "With the IFO, registry operators and the community.", 5,
          WorkItem::Status::Planned, true },
        { "Charter review follow-up", "Implement the recommendations of the charter review.", 8,
          WorkItem::Status::InProgress, true },
        { "Remedial action procedures update", "Revise the procedures with the IFO.", 3,
          WorkItem::Status::Planned, true },
        { "Table-top exercise", "Rehearse the escalation processes (internal).", 2,
          WorkItem::Status::Planned, false },
        { "Service level review", "Consider amendments proposed by the IFO.", -2,
          WorkItem::Status::Done, true },
    };
    for (const auto& w : work) {
        if (auto s = WorkPlan::add(db,
                                   { 0, 0, QString::fromLatin1(w.title),
                                     QString::fromLatin1(w.description),
                                     context.asOf.addMonths(w.monthsAhead), w.status, w.isPublic });
            !s)
            return s.error();
    }
    return {};
}

} // namespace csc
