// SPDX-License-Identifier: GPL-3.0-or-later
#include "Meetings.h"

#include "ActionItems.h"
#include "Committee.h"
#include "Decisions.h"
#include "MeetingStore.h"
#include "MinutesBook.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QLocale>

namespace csc {

namespace {

QVariantMap snapshot(const AgendaItem& item)
{
    return { { QStringLiteral("kind"), MeetingNames::agendaKey(item.kind) },
             { QStringLiteral("title"), item.title },
             { QStringLiteral("confidential"), item.confidential },
             { QStringLiteral("case_id"), item.linkedCase.id },
             { QStringLiteral("performance_month"), item.performanceMonth },
             { QStringLiteral("action_item_id"), item.actionItemId } };
}

Status checkEdit(const Database& db)
{
    return Permissions::check(db.session(), Permission::EditMinutes);
}

} // namespace

Result<QList<Meeting>> Meetings::list(const Database& db)
{
    return MeetingStore::meetings(db);
}

Result<Meeting> Meetings::meeting(const Database& db, qint64 id)
{
    auto found = MeetingStore::meeting(db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error { tr("No meeting with id %1.").arg(id), {} };
    return *found.value();
}

Result<Meeting> Meetings::meetingOn(const Database& db, QDate day)
{
    auto found = MeetingStore::meetingOn(db, day);
    if (!found)
        return found.error();
    if (!found.value())
        return Error { tr("No meeting was held on %1.").arg(day.toString(Qt::ISODate)), {} };
    return *found.value();
}

Result<MeetingRecord> Meetings::load(const Database& db, qint64 meetingId)
{
    MeetingRecord record;
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    record.meeting = m.value();
    auto items = agenda(db, meetingId);
    if (!items)
        return items.error();
    record.agenda = items.value();
    auto people = attendance(db, meetingId);
    if (!people)
        return people.error();
    record.attendance = people.value();
    auto rules = Meetings::rules(db, meetingId);
    if (!rules)
        return rules.error();
    record.rules = rules.value();
    auto decisions = Decisions::ofMeeting(db, meetingId);
    if (!decisions)
        return decisions.error();
    record.decisions = decisions.value();
    auto previous = MeetingStore::previousMeetingDay(db, record.meeting.number);
    if (!previous)
        return previous.error();
    const QDate since = previous.value().isValid() ? previous.value() : QDate(1900, 1, 1);
    auto byEmail = Decisions::byEmail(db, since, record.meeting.day().addDays(-1));
    if (!byEmail)
        return byEmail.error();
    record.emailDecisions = byEmail.value();
    auto actions = ActionItems::ofMeeting(db, meetingId);
    if (!actions)
        return actions.error();
    record.actionItems = actions.value();
    auto minutes = MinutesBook::minutes(db, meetingId);
    if (!minutes)
        return minutes.error();
    record.minutes = minutes.value();
    return record;
}

QList<AgendaItem> Meetings::standingAgenda(MeetingKind kind, QDate meetingDay)
{
    QList<AgendaItem> items;
    const auto add = [&items](AgendaKind k, const QString& title) {
        AgendaItem item;
        item.kind = k;
        item.title = title;
        items.append(item);
    };
    add(AgendaKind::RollCall, tr("Roll call"));
    if (kind == MeetingKind::Monthly) {
        add(AgendaKind::ActionItems, tr("Open action items"));
        const QDate month = meetingDay.addMonths(-1);
        add(AgendaKind::Performance,
            tr("IFO performance for %1: the IFO's report and the committee's findings")
                .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
        items.last().performanceMonth = month.toString(QStringLiteral("yyyy-MM"));
    }
    add(AgendaKind::Topic,
        kind == MeetingKind::Consultation ? tr("Annual consultation on IFO performance")
                                          : tr("Topics"));
    add(AgendaKind::Aob, tr("Any other business"));
    add(AgendaKind::Adjourn, tr("Adjourn"));
    return items;
}

Result<qint64> Meetings::create(Database& db, MeetingKind kind, const QDateTime& startsUtc,
                                int durationMinutes)
{
    if (auto p = checkEdit(db); !p)
        return p.error();
    if (!startsUtc.isValid())
        return Error { tr("A meeting needs a date and time."), {} };
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Result<qint64> {
        auto number = MeetingStore::nextMeetingNumber(db);
        if (!number)
            return number.error();
        const QString starts = startsUtc.toUTC().toString(Qt::ISODate);
        auto id = MeetingStore::insertMeeting(w, number.value(), kind, starts, durationMinutes);
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("meeting"), id.value(), QStringLiteral("create"),
                             { { QStringLiteral("number"), {}, number.value() },
                               { QStringLiteral("kind"), {}, MeetingNames::kindKey(kind) },
                               { QStringLiteral("starts_utc"), {}, starts } });
            !a)
            return a.error();
        for (const AgendaItem& item : standingAgenda(kind, startsUtc.toUTC().date())) {
            if (auto added = addAgendaItem(db, id.value(), item); !added)
                return added.error();
        }
        if (kind == MeetingKind::Monthly) {
            if (auto carried = carryOverOpenActionItems(db, id.value()); !carried)
                return carried.error();
        }
        return id;
    });
}

Result<QList<AgendaItem>> Meetings::agenda(const Database& db, qint64 meetingId)
{
    return MeetingStore::agenda(db, meetingId);
}

Result<qint64> Meetings::addAgendaItem(Database& db, qint64 meetingId, const AgendaItem& item,
                                       int position)
{
    if (auto p = checkEdit(db); !p)
        return p.error();
    if (item.title.trimmed().isEmpty())
        return Error { tr("An agenda item needs a title."), {} };
    auto current = agenda(db, meetingId);
    if (!current)
        return current.error();
    QList<qint64> order;
    for (const AgendaItem& existing : current.value())
        order.append(existing.id);
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Result<qint64> {
        auto id = MeetingStore::insertAgendaItem(w, meetingId, int(order.size()), item);
        if (!id)
            return id;
        order.insert(position < 0 || position > order.size() ? order.size() : position, id.value());
        if (auto s = MeetingStore::renumberAgenda(w, order); !s)
            return s.error();
        auto changes = AuditLog::diff({}, snapshot(item));
        changes.prepend({ QStringLiteral("meeting_id"), {}, meetingId });
        if (auto a
            = w.audit(QStringLiteral("agenda_item"), id.value(), QStringLiteral("create"), changes);
            !a)
            return a.error();
        return id;
    });
}

Status Meetings::updateAgendaItem(Database& db, const AgendaItem& item)
{
    if (auto p = checkEdit(db); !p)
        return p;
    if (item.title.trimmed().isEmpty())
        return Error { tr("An agenda item needs a title."), {} };
    auto current = agenda(db, item.meetingId);
    if (!current)
        return current.error();
    const auto it = std::find_if(current.value().cbegin(), current.value().cend(),
                                 [&item](const AgendaItem& a) { return a.id == item.id; });
    if (it == current.value().cend())
        return Error { tr("The agenda item is no longer there."), {} };
    const auto changes = AuditLog::diff(snapshot(*it), snapshot(item));
    return MeetingStore::updateAgendaItem(db, Permission::EditMinutes, item, changes);
}

Status Meetings::removeAgendaItem(Database& db, qint64 agendaItemId)
{
    if (auto p = checkEdit(db); !p)
        return p;
    auto sections = MeetingStore::sectionsOfAgendaItem(db, agendaItemId);
    if (!sections)
        return sections.error();
    if (sections.value() > 0)
        return Error { tr("The minutes already have a section for this agenda item; keep it and "
                          "mark it confidential or leave it empty instead."),
                       {} };
    auto taken = MeetingStore::recordsUnderAgendaItem(db, agendaItemId);
    if (!taken)
        return taken.error();
    if (taken.value() > 0)
        return Error { tr("Decisions or action items were recorded under this agenda item; keep "
                          "it and mark it confidential instead."),
                       {} };
    auto meetingId = MeetingStore::meetingOfAgendaItem(db, agendaItemId);
    if (!meetingId)
        return meetingId.error();
    auto current = agenda(db, meetingId.value());
    if (!current)
        return current.error();
    QList<qint64> order;
    QVariantMap before;
    for (const AgendaItem& a : current.value()) {
        if (a.id == agendaItemId)
            before = snapshot(a);
        else
            order.append(a.id);
    }
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Status {
        if (auto s = MeetingStore::deleteAgendaItem(w, agendaItemId); !s)
            return s;
        if (auto s = MeetingStore::renumberAgenda(w, order); !s)
            return s;
        return w.audit(QStringLiteral("agenda_item"), agendaItemId, QStringLiteral("remove"),
                       AuditLog::diff(before, {}));
    });
}

Status Meetings::moveAgendaItem(Database& db, qint64 meetingId, int from, int to)
{
    if (auto p = checkEdit(db); !p)
        return p;
    auto current = agenda(db, meetingId);
    if (!current)
        return current.error();
    QList<qint64> order;
    for (const AgendaItem& a : current.value())
        order.append(a.id);
    if (from < 0 || from >= order.size() || to < 0 || to >= order.size())
        return Error { tr("Cannot move agenda item %1 to position %2: the agenda has %3 items.")
                           .arg(from + 1)
                           .arg(to + 1)
                           .arg(order.size()),
                       {} };
    if (from == to)
        return {};
    order.move(from, to);
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Status {
        if (auto s = MeetingStore::renumberAgenda(w, order); !s)
            return s;
        return w.audit(QStringLiteral("agenda_item"), current.value().at(from).id,
                       QStringLiteral("move"), { { QStringLiteral("position"), from, to } });
    });
}

Result<int> Meetings::carryOverOpenActionItems(Database& db, qint64 meetingId)
{
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto open = ActionItems::open(db, m.value().number);
    if (!open)
        return open.error();
    auto current = agenda(db, meetingId);
    if (!current)
        return current.error();
    int insertAt = -1;
    QSet<qint64> already;
    for (int i = 0; i < current.value().size(); ++i) {
        const AgendaItem& a = current.value().at(i);
        if (a.kind == AgendaKind::ActionItems || a.kind == AgendaKind::ActionItem)
            insertAt = i + 1;
        if (a.actionItemId)
            already.insert(a.actionItemId);
    }
    if (insertAt < 0)
        insertAt = current.value().size() > 1 ? 1 : int(current.value().size());
    // The permission is the agenda's: each line added checks it again.
    return auditedWrite(db, std::nullopt, [&](WriteScope&) -> Result<int> {
        int added = 0;
        for (const ActionItem& item : open.value()) {
            if (already.contains(item.id))
                continue;
            AgendaItem line;
            line.kind = AgendaKind::ActionItem;
            line.title = item.identifier() + QLatin1String(": ") + item.text;
            line.confidential = item.confidential;
            line.actionItemId = item.id;
            if (auto s = addAgendaItem(db, meetingId, line, insertAt++); !s)
                return s.error();
            ++added;
        }
        return added;
    });
}

namespace {

// Voting members first, then liaisons, each by name: the order of a roll call.
void rollCallOrder(QList<AttendanceEntry>& list)
{
    std::stable_sort(
        list.begin(), list.end(), [](const AttendanceEntry& a, const AttendanceEntry& b) {
            return a.voting != b.voting ? a.voting : a.name.localeAwareCompare(b.name) < 0;
        });
}

// Today's roster on the meeting day with the statuses taken so far.
Result<QList<AttendanceEntry>> rosterAttendance(const Database& db, const Meeting& m)
{
    auto roster = Committee::activeMembers(db, m.day());
    if (!roster)
        return roster.error();
    auto recorded = MeetingStore::attendanceStatuses(db, m.id);
    if (!recorded)
        return recorded.error();
    QList<AttendanceEntry> list;
    for (const Member& member : roster.value())
        list.append({ member.id, member.name, member.affiliation, member.kind, member.voting,
                      recorded.value().value(member.id, AttendanceStatus::Absent) });
    rollCallOrder(list);
    return list;
}

// The recorded roll: each member as they were when it was recorded.
Result<QList<AttendanceEntry>> recordedAttendance(const Database& db, qint64 meetingId)
{
    auto list = MeetingStore::recordedAttendance(db, meetingId);
    if (list)
        rollCallOrder(list.value());
    return list;
}

bool isHeld(const Meeting& m, const QDateTime& nowUtc)
{
    return m.startsUtc.isValid() && m.startsUtc <= nowUtc;
}

} // namespace

Result<QList<AttendanceEntry>> Meetings::attendance(const Database& db, qint64 meetingId)
{
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto recorded = MeetingStore::rollRecorded(db, meetingId);
    if (!recorded)
        return recorded.error();
    return recorded.value() ? recordedAttendance(db, meetingId) : rosterAttendance(db, m.value());
}

Result<QuorumRules> Meetings::rules(const Database& db, qint64 meetingId)
{
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto recorded = MeetingStore::recordedRules(db, meetingId);
    if (!recorded)
        return recorded.error();
    if (!recorded.value())
        return Decisions::rules(db, m.value().day());
    return *recorded.value();
}

Status Meetings::recordRoll(Database& db, qint64 meetingId)
{
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto recorded = MeetingStore::rollRecorded(db, meetingId);
    if (!recorded)
        return recorded.error();
    if (recorded.value())
        return {};
    auto roll = rosterAttendance(db, m.value());
    if (!roll)
        return roll.error();
    const QuorumRules r = Decisions::rules(db, m.value().day());
    QStringList names;
    for (const AttendanceEntry& e : roll.value())
        names << QStringLiteral("%1 (%2)").arg(e.name, MeetingNames::attendanceKey(e.status));
    // Recording the roll is part of the write that needs it (taking attendance, drafting
    // minutes, changing the roster), which has checked its own permission.
    return auditedWrite(db, std::nullopt, [&](WriteScope& w) -> Status {
        if (auto s = MeetingStore::insertRoll(w, meetingId, r, roll.value()); !s)
            return s;
        return w.audit(QStringLiteral("meeting"), meetingId, QStringLiteral("record-roll"),
                       { { QStringLiteral("roll"), {}, names.join(QStringLiteral(", ")) },
                         { QStringLiteral("require_all"), {}, r.requireAllMembers },
                         { QStringLiteral("decision_minimum"), {}, r.decisionMinimumMembers },
                         { QStringLiteral("vacancies"), {}, r.vacancies } });
    });
}

Status Meetings::recordHeldRolls(Database& db, const QDateTime& nowUtc)
{
    const QDateTime now = nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc();
    auto ids = MeetingStore::heldWithoutRoll(db, now);
    if (!ids)
        return ids.error();
    return auditedWrite(db, std::nullopt, [&](WriteScope&) -> Status {
        for (qint64 id : std::as_const(ids).value()) {
            if (auto s = recordRoll(db, id); !s)
                return s;
        }
        return {};
    });
}

Status Meetings::setAttendance(Database& db, qint64 meetingId, qint64 memberId,
                               AttendanceStatus status)
{
    if (auto p = checkEdit(db); !p)
        return p;
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto closed = MeetingStore::minutesClosed(db, meetingId);
    if (!closed)
        return closed.error();
    if (closed.value())
        return Error { tr("The minutes of meeting no. %1 are approved: its attendance is a record "
                          "and stays as it was.")
                           .arg(m.value().number),
                       {} };
    auto old = MeetingStore::attendanceStatus(db, meetingId, memberId);
    if (!old)
        return old.error();
    const QString key = MeetingNames::attendanceKey(status);
    if (old.value().toString() == key)
        return {};
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Status {
        if (isHeld(m.value(), QDateTime::currentDateTimeUtc())) {
            if (auto s = recordRoll(db, meetingId); !s)
                return s;
        }
        auto recorded = MeetingStore::rollRecorded(db, meetingId);
        if (!recorded)
            return recorded.error();
        auto onRoll = MeetingStore::attendanceStatus(db, meetingId, memberId);
        if (!onRoll)
            return onRoll.error();
        Status written;
        if (recorded.value() && !onRoll.value().isValid()) {
            // Someone left off the recorded roll: added as they are on the roster, if their
            // term covered the meeting day.
            auto member = Committee::member(db, memberId);
            if (!member)
                return member.error();
            if (!member.value().isActiveOn(m.value().day()))
                return Error { tr("%1 was not on the committee on %2.")
                                   .arg(member.value().name,
                                        QLocale().toString(m.value().day(), QLocale::ShortFormat)),
                               {} };
            written = MeetingStore::insertAttendance(w, meetingId, member.value(), status);
        } else {
            written = MeetingStore::setAttendanceStatus(w, meetingId, memberId, status);
        }
        if (!written)
            return written;
        return w.audit(
            QStringLiteral("attendance"), QStringLiteral("%1/%2").arg(meetingId).arg(memberId),
            QStringLiteral("update"), { { QStringLiteral("status"), old.value(), key } });
    });
}

Result<CaseLink> Meetings::caseLink(const Database& db, qint64 caseId)
{
    auto link = MeetingStore::caseLink(db, caseId);
    if (!link)
        return link.error();
    if (!link.value())
        return Error { tr("No case with id %1.").arg(caseId), {} };
    return *link.value();
}

} // namespace csc
