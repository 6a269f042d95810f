// SPDX-License-Identifier: GPL-3.0-or-later
#include "Meetings.h"

#include "ActionItems.h"
#include "Committee.h"
#include "Decisions.h"
#include "MinutesBook.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QLocale>

namespace csc {

namespace {

const QString kMeetingColumns
    = QStringLiteral("id, number, kind, starts_utc, duration_minutes, recording_link");

Meeting meetingFrom(const SqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.number = q.value(1).toInt();
    m.kind = MeetingNames::kindFromKey(q.value(2).toString());
    m.startsUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC();
    m.durationMinutes = q.value(4).toInt();
    m.recordingLink = q.value(5).toString();
    return m;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariantMap snapshot(const AgendaItem& item)
{
    return { { QStringLiteral("kind"), MeetingNames::agendaKey(item.kind) },
             { QStringLiteral("title"), item.title },
             { QStringLiteral("confidential"), item.confidential },
             { QStringLiteral("case_id"), item.linkedCase.id },
             { QStringLiteral("performance_month"), item.performanceMonth },
             { QStringLiteral("action_item_id"), item.actionItemId } };
}

bool seesConfidential(const Database& db)
{
    return Visibility::seesConfidential(db);
}

Status checkEdit(const Database& db)
{
    return Permissions::check(db.session(), Permission::EditMinutes);
}

// Rewrites positions 0..n-1 in the given order.
Status renumber(Database& db, const QList<qint64>& ids)
{
    SqlQuery q(db, QStringLiteral("UPDATE agenda_item SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.bind(i).bind(ids.at(i));
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

Result<QList<Meeting>> Meetings::list(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kMeetingColumns
                   + QStringLiteral(
                       " FROM meeting WHERE archived = 0 ORDER BY starts_utc DESC, number DESC"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Meeting> list;
    while (q.next())
        list.append(meetingFrom(q));
    return list;
}

Result<Meeting> Meetings::meeting(const Database& db, qint64 id)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kMeetingColumns
                   + QStringLiteral(" FROM meeting WHERE id = ?"));
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("No meeting with id %1.").arg(id), {} };
    return meetingFrom(q);
}

Result<Meeting> Meetings::meetingOn(const Database& db, QDate day)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kMeetingColumns
                   + QStringLiteral(" FROM meeting WHERE archived = 0 AND substr(starts_utc, 1, "
                                    "10) = ? ORDER BY number LIMIT 1"));
    q.bind(day.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("No meeting was held on %1.").arg(day.toString(Qt::ISODate)), {} };
    return meetingFrom(q);
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
    auto previous = queryScalar(
        db,
        QStringLiteral(
            "SELECT substr(max(starts_utc), 1, 10) FROM meeting WHERE archived = 0 AND number < ?"),
        { record.meeting.number });
    if (!previous)
        return previous.error();
    const QDate since = previous.value().isValid()
        ? QDate::fromString(previous.value().toString(), Qt::ISODate)
        : QDate(1900, 1, 1);
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto number
        = queryScalar(db, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM meeting"));
    if (!number)
        return number.error();
    const QString starts = startsUtc.toUTC().toString(Qt::ISODate);
    SqlQuery q(
        db,
        QStringLiteral(
            "INSERT INTO meeting(number, kind, starts_utc, duration_minutes) VALUES (?, ?, ?, ?)"));
    q.bind(number.value().toInt())
        .bind(MeetingNames::kindKey(kind))
        .bind(starts)
        .bind(durationMinutes);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("meeting"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("number"), {}, number.value() },
                                    { QStringLiteral("kind"), {}, MeetingNames::kindKey(kind) },
                                    { QStringLiteral("starts_utc"), {}, starts } });
        !a)
        return a.error();
    for (const AgendaItem& item : standingAgenda(kind, startsUtc.toUTC().date())) {
        if (auto added = addAgendaItem(db, id, item); !added)
            return added.error();
    }
    if (kind == MeetingKind::Monthly) {
        if (auto carried = carryOverOpenActionItems(db, id); !carried)
            return carried.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<QList<AgendaItem>> Meetings::agenda(const Database& db, qint64 meetingId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT a.id, a.position, a.kind, a.title, a.confidential, "
                              "a.case_id, coalesce(c.reference, ''), "
                              "coalesce(c.title, ''), coalesce(c.confidential, 1), "
                              "coalesce(c.is_exercise, 0), coalesce(a.performance_month, ''), "
                              "coalesce(a.action_item_id, 0) FROM agenda_item a LEFT JOIN "
                              "case_record c ON c.id = a.case_id "
                              "WHERE a.meeting_id = ? ORDER BY a.position, a.id"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AgendaItem> items;
    while (q.next()) {
        AgendaItem item;
        item.id = q.value(0).toLongLong();
        item.meetingId = meetingId;
        item.position = q.value(1).toInt();
        item.kind = MeetingNames::agendaFromKey(q.value(2).toString());
        item.title = q.value(3).toString();
        item.confidential = q.value(4).toInt() != 0;
        item.linkedCase = { q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toInt() != 0, q.value(9).toInt() != 0 };
        item.performanceMonth = q.value(10).toString();
        item.actionItemId = q.value(11).toLongLong();
        if (!seesConfidential(db) && item.isConfidential())
            continue;
        items.append(item);
    }
    return items;
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO agenda_item(meeting_id, position, kind, title, "
                              "confidential, case_id, performance_month, action_item_id) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(meetingId)
        .bind(int(order.size()))
        .bind(MeetingNames::agendaKey(item.kind))
        .bind(item.title.trimmed())
        .bind(item.confidential ? 1 : 0);
    q.bind(idOrNull(item.linkedCase.id))
        .bind(item.performanceMonth.isEmpty() ? QVariant() : QVariant(item.performanceMonth))
        .bind(idOrNull(item.actionItemId));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    order.insert(position < 0 || position > order.size() ? order.size() : position, id);
    if (auto s = renumber(db, order); !s)
        return s.error();
    auto changes = AuditLog::diff({}, snapshot(item));
    changes.prepend({ QStringLiteral("meeting_id"), {}, meetingId });
    if (auto a = AuditLog::record(db, QStringLiteral("agenda_item"), QString::number(id),
                                  QStringLiteral("create"), changes);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
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
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("agenda_item"), item.id, changes,
        QStringLiteral(
            "UPDATE agenda_item SET title = ?, confidential = ?, case_id = ? WHERE id = ?"),
        { item.title.trimmed(), item.confidential ? 1 : 0, idOrNull(item.linkedCase.id), item.id });
}

Status Meetings::removeAgendaItem(Database& db, qint64 agendaItemId)
{
    if (auto p = checkEdit(db); !p)
        return p;
    auto sections = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM minutes_section WHERE agenda_item_id = ?"),
        { agendaItemId });
    if (!sections)
        return sections.error();
    if (sections.value().toInt() > 0)
        return Error { tr("The minutes already have a section for this agenda item; keep it and "
                          "mark it confidential or leave it empty instead."),
                       {} };
    auto taken = queryScalar(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM decision WHERE agenda_item_id = ?) + "
                       "(SELECT count(*) FROM action_item WHERE agenda_item_id = ?)"),
        { agendaItemId, agendaItemId });
    if (!taken)
        return taken.error();
    if (taken.value().toInt() > 0)
        return Error { tr("Decisions or action items were recorded under this agenda item; keep "
                          "it and mark it confidential instead."),
                       {} };
    auto meetingId = queryScalar(
        db, QStringLiteral("SELECT meeting_id FROM agenda_item WHERE id = ?"), { agendaItemId });
    if (!meetingId)
        return meetingId.error();
    auto current = agenda(db, meetingId.value().toLongLong());
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s
        = execute(db, QStringLiteral("DELETE FROM agenda_item WHERE id = ?"), { agendaItemId });
        !s)
        return s;
    if (auto s = renumber(db, order); !s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("agenda_item"), QString::number(agendaItemId),
                                  QStringLiteral("remove"), AuditLog::diff(before, {}));
        !a)
        return a.error();
    return tx.commit();
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = renumber(db, order); !s)
        return s;
    if (auto a = AuditLog::record(
            db, QStringLiteral("agenda_item"), QString::number(current.value().at(from).id),
            QStringLiteral("move"), { { QStringLiteral("position"), from, to } });
        !a)
        return a.error();
    return tx.commit();
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
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
    if (auto c = tx.commit(); !c)
        return c.error();
    return added;
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

Result<bool> rollRecorded(const Database& db, qint64 meetingId)
{
    auto found = queryScalar(db, QStringLiteral("SELECT 1 FROM meeting_roll WHERE meeting_id = ?"),
                             { meetingId });
    if (!found)
        return found.error();
    return found.value().isValid();
}

// Today's roster on the meeting day with the statuses taken so far.
Result<QList<AttendanceEntry>> rosterAttendance(const Database& db, const Meeting& m)
{
    auto roster = Committee::activeMembers(db, m.day());
    if (!roster)
        return roster.error();
    SqlQuery q(db, QStringLiteral("SELECT member_id, status FROM attendance WHERE meeting_id = ?"));
    q.bind(m.id);
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<qint64, AttendanceStatus> recorded;
    while (q.next())
        recorded.insert(q.value(0).toLongLong(),
                        MeetingNames::attendanceFromKey(q.value(1).toString()));
    QList<AttendanceEntry> list;
    for (const Member& member : roster.value())
        list.append({ member.id, member.name, member.affiliation, member.kind, member.voting,
                      recorded.value(member.id, AttendanceStatus::Absent) });
    rollCallOrder(list);
    return list;
}

// The recorded roll: each member as they were when it was recorded.
Result<QList<AttendanceEntry>> recordedAttendance(const Database& db, qint64 meetingId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT member_id, status, member_name, member_affiliation, "
                              "member_kind, member_voting FROM attendance WHERE meeting_id = ?"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AttendanceEntry> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                      MemberNames::kindFromKey(q.value(4).toString()), q.value(5).toInt() != 0,
                      MeetingNames::attendanceFromKey(q.value(1).toString()) });
    rollCallOrder(list);
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
    auto recorded = rollRecorded(db, meetingId);
    if (!recorded)
        return recorded.error();
    return recorded.value() ? recordedAttendance(db, meetingId) : rosterAttendance(db, m.value());
}

Result<QuorumRules> Meetings::rules(const Database& db, qint64 meetingId)
{
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    SqlQuery q(db,
               QStringLiteral("SELECT require_all, decision_minimum, vacancies FROM meeting_roll "
                              "WHERE meeting_id = ?"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Decisions::rules(db, m.value().day());
    QuorumRules r;
    r.requireAllMembers = q.value(0).toInt() != 0;
    r.decisionMinimumMembers = q.value(1).toInt();
    r.vacancies = q.value(2).toInt() != 0;
    return r;
}

Status Meetings::recordRoll(Database& db, qint64 meetingId)
{
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto recorded = rollRecorded(db, meetingId);
    if (!recorded)
        return recorded.error();
    if (recorded.value())
        return {};
    auto roll = rosterAttendance(db, m.value());
    if (!roll)
        return roll.error();
    const QuorumRules r = Decisions::rules(db, m.value().day());
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO meeting_roll(meeting_id, require_all, "
                                        "decision_minimum, vacancies) VALUES (?, ?, ?, ?)"),
                         { meetingId, r.requireAllMembers ? 1 : 0, r.decisionMinimumMembers,
                           r.vacancies ? 1 : 0 });
        !s)
        return s;
    SqlQuery q(db,
               QStringLiteral(
                   "INSERT INTO attendance(meeting_id, member_id, status, member_name, "
                   "member_affiliation, member_kind, member_voting) VALUES (?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(meeting_id, member_id) DO UPDATE SET "
                   "member_name = excluded.member_name, "
                   "member_affiliation = excluded.member_affiliation, "
                   "member_kind = excluded.member_kind, member_voting = excluded.member_voting"));
    QStringList names;
    for (const AttendanceEntry& e : roll.value()) {
        q.bind(meetingId)
            .bind(e.memberId)
            .bind(MeetingNames::attendanceKey(e.status))
            .bind(MeetingNames::text(e.name));
        q.bind(MeetingNames::text(e.affiliation))
            .bind(MemberNames::kindKey(e.kind))
            .bind(e.voting ? 1 : 0);
        if (auto s = q.exec(); !s)
            return s;
        names << QStringLiteral("%1 (%2)").arg(e.name, MeetingNames::attendanceKey(e.status));
    }
    if (auto a
        = AuditLog::record(db, QStringLiteral("meeting"), QString::number(meetingId),
                           QStringLiteral("record-roll"),
                           { { QStringLiteral("roll"), {}, names.join(QStringLiteral(", ")) },
                             { QStringLiteral("require_all"), {}, r.requireAllMembers },
                             { QStringLiteral("decision_minimum"), {}, r.decisionMinimumMembers },
                             { QStringLiteral("vacancies"), {}, r.vacancies } });
        !a)
        return a.error();
    return tx.commit();
}

Status Meetings::recordHeldRolls(Database& db, const QDateTime& nowUtc)
{
    const QDateTime now = nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc();
    SqlQuery q(db,
               QStringLiteral("SELECT id FROM meeting WHERE starts_utc <= ? AND id NOT IN "
                              "(SELECT meeting_id FROM meeting_roll) ORDER BY number"));
    q.bind(now.toUTC().toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    for (qint64 id : std::as_const(ids)) {
        if (auto s = recordRoll(db, id); !s)
            return s;
    }
    return tx.commit();
}

Status Meetings::setAttendance(Database& db, qint64 meetingId, qint64 memberId,
                               AttendanceStatus status)
{
    if (auto p = checkEdit(db); !p)
        return p;
    auto m = meeting(db, meetingId);
    if (!m)
        return m.error();
    auto closed = queryScalar(db,
                              QStringLiteral("SELECT 1 FROM minutes WHERE meeting_id = ? AND "
                                             "state IN ('approved', 'published')"),
                              { meetingId });
    if (!closed)
        return closed.error();
    if (closed.value().isValid())
        return Error { tr("The minutes of meeting no. %1 are approved: its attendance is a record "
                          "and stays as it was.")
                           .arg(m.value().number),
                       {} };
    auto old = queryScalar(
        db, QStringLiteral("SELECT status FROM attendance WHERE meeting_id = ? AND member_id = ?"),
        { meetingId, memberId });
    if (!old)
        return old.error();
    const QString key = MeetingNames::attendanceKey(status);
    if (old.value().toString() == key)
        return {};
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (isHeld(m.value(), QDateTime::currentDateTimeUtc())) {
        if (auto s = recordRoll(db, meetingId); !s)
            return s;
    }
    auto recorded = rollRecorded(db, meetingId);
    if (!recorded)
        return recorded.error();
    auto onRoll = queryScalar(
        db, QStringLiteral("SELECT 1 FROM attendance WHERE meeting_id = ? AND member_id = ?"),
        { meetingId, memberId });
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
        written
            = execute(db,
                      QStringLiteral("INSERT INTO attendance(meeting_id, member_id, status, "
                                     "member_name, member_affiliation, member_kind, "
                                     "member_voting) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      { meetingId, memberId, key, MeetingNames::text(member.value().name),
                        MeetingNames::text(member.value().affiliation),
                        MemberNames::kindKey(member.value().kind), member.value().voting ? 1 : 0 });
    } else {
        written = execute(
            db,
            QStringLiteral("INSERT INTO attendance(meeting_id, member_id, status) VALUES (?, ?, ?) "
                           "ON CONFLICT(meeting_id, member_id) DO UPDATE SET status = "
                           "excluded.status"),
            { meetingId, memberId, key });
    }
    if (!written)
        return written;
    if (auto a = AuditLog::record(
            db, QStringLiteral("attendance"), QStringLiteral("%1/%2").arg(meetingId).arg(memberId),
            QStringLiteral("update"), { { QStringLiteral("status"), old.value(), key } });
        !a)
        return a.error();
    return tx.commit();
}

Result<CaseLink> Meetings::caseLink(const Database& db, qint64 caseId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, reference, title, confidential, is_exercise FROM "
                              "case_record WHERE id = ?"));
    q.bind(caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next()
        || (!seesConfidential(db)
            && Confidentiality::ofCase(q.value(3).toInt() != 0, q.value(4).toInt() != 0)))
        return Error { tr("No case with id %1.").arg(caseId), {} };
    return CaseLink { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt() != 0, q.value(4).toInt() != 0 };
}

} // namespace csc
