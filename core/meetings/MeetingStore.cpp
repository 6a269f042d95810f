// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingStore.h"

#include "MinutesReview.h"
#include "core/cases/ReferencedCases.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

namespace csc {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDateTime instant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

bool flag(const QVariant& v)
{
    return v.toInt() != 0;
}

// --- meetings

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

Result<std::optional<Meeting>> oneMeeting(const Database& db, const QString& where,
                                          const QVariantList& values)
{
    SqlQuery q(
        db, QStringLiteral("SELECT ") + kMeetingColumns + QStringLiteral(" FROM meeting ") + where);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Meeting>();
    return std::optional<Meeting>(meetingFrom(q));
}

// --- action items

const QString kActionSelect
    = QStringLiteral("SELECT a.id, a.meeting_id, m.number, substr(m.starts_utc, 1, 4), a.seq, "
                     "a.text, a.owner_member_id, "
                     "coalesce(p.name, ''), a.due_date, a.status, a.note, a.confidential, "
                     "coalesce(a.agenda_item_id, 0), coalesce(g.confidential, 0), "
                     "coalesce(g.case_id, 0), coalesce(gc.confidential, 1), "
                     "coalesce(gc.is_exercise, 0) "
                     "FROM action_item a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN member p "
                     "ON p.id = a.owner_member_id LEFT JOIN agenda_item g ON g.id = "
                     "a.agenda_item_id LEFT JOIN case_record gc ON gc.id = g.case_id ");

Result<QList<ActionItem>> actionItems(const Database& db, const QString& where,
                                      const QVariantList& values)
{
    SqlQuery q(db, kActionSelect + where);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    const bool seesConfidential = Visibility::seesConfidential(db);
    QList<ActionItem> items;
    while (q.next()) {
        ActionItem a;
        a.id = q.value(0).toLongLong();
        a.meetingId = q.value(1).toLongLong();
        a.meetingNumber = q.value(2).toInt();
        a.meetingYear = q.value(3).toInt();
        a.seq = q.value(4).toInt();
        a.text = q.value(5).toString();
        a.ownerMemberId = q.value(6).toLongLong();
        a.ownerName = q.value(7).toString();
        a.due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        a.completed = q.value(9).toString() == QLatin1String("completed");
        a.note = q.value(10).toString();
        a.confidential = flag(q.value(11));
        a.agendaItemId = q.value(12).toLongLong();
        CaseLink itemCase;
        itemCase.id = q.value(14).toLongLong();
        itemCase.confidential = flag(q.value(15));
        itemCase.exercise = flag(q.value(16));
        a.agendaItemConfidential
            = a.agendaItemId != 0 && Confidentiality::ofAgendaItem(flag(q.value(13)), itemCase);
        // Observers never receive a confidential action item.
        if (a.isConfidential() && !seesConfidential)
            continue;
        items.append(a);
    }
    return items;
}

// --- decisions: read by name, so a column added to the list cannot shift the others.

const QString kDecisionSelect = QStringLiteral(
    "SELECT d.id AS id, coalesce(d.meeting_id, 0) AS meeting_id, d.decided_on AS decided_on, "
    "d.text AS text, coalesce(d.case_id, 0) AS case_id, coalesce(c.reference, '') AS "
    "case_reference, coalesce(c.title, '') AS case_title, coalesce(c.confidential, 1) AS "
    "case_confidential, coalesce(c.is_exercise, 0) AS case_exercise, d.by_email AS by_email, "
    "d.confidential AS confidential, coalesce(d.agenda_item_id, 0) AS agenda_item_id, "
    "coalesce(a.confidential, 0) AS item_confidential, coalesce(a.case_id, 0) AS item_case_id, "
    "coalesce(ac.confidential, 1) AS item_case_confidential, coalesce(ac.is_exercise, 0) AS "
    "item_case_exercise, d.subject AS subject, d.ratify_by_email AS ratify_by_email, "
    "coalesce(d.ratified_by_decision_id, 0) AS ratified_by FROM decision d "
    "LEFT JOIN case_record c ON c.id = d.case_id "
    "LEFT JOIN agenda_item a ON a.id = d.agenda_item_id "
    "LEFT JOIN case_record ac ON ac.id = a.case_id ");

Decision decisionFrom(const SqlQuery& q)
{
    const auto v = [&q](const char* column) { return q.value(QLatin1String(column)); };
    Decision d;
    d.id = v("id").toLongLong();
    d.meetingId = v("meeting_id").toLongLong();
    d.decidedOn = QDate::fromString(v("decided_on").toString(), Qt::ISODate);
    d.text = v("text").toString();
    d.linkedCase
        = { v("case_id").toLongLong(), v("case_reference").toString(), v("case_title").toString(),
            flag(v("case_confidential")), flag(v("case_exercise")) };
    d.byEmail = flag(v("by_email"));
    d.confidential = flag(v("confidential"));
    d.agendaItemId = v("agenda_item_id").toLongLong();
    CaseLink itemCase;
    itemCase.id = v("item_case_id").toLongLong();
    itemCase.confidential = flag(v("item_case_confidential"));
    itemCase.exercise = flag(v("item_case_exercise"));
    d.agendaItemConfidential = d.agendaItemId != 0
        && Confidentiality::ofAgendaItem(flag(v("item_confidential")), itemCase);
    d.aboutMonthlyReport = v("subject").toString() == QLatin1String("monthly_report");
    d.ratifyByEmail = flag(v("ratify_by_email"));
    d.ratifiedByDecisionId = v("ratified_by").toLongLong();
    return d;
}

Result<QList<Decision>> decisions(const Database& db, const QString& where,
                                  const QVariantList& values)
{
    SqlQuery q(db, kDecisionSelect + where);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    const bool seesConfidential = Visibility::seesConfidential(db);
    QList<Decision> list;
    while (q.next()) {
        Decision d = decisionFrom(q);
        // Observers receive what the public minutes would show, and no more.
        if (!seesConfidential && d.isConfidential())
            continue;
        d.linkedCase = Visibility::caseLinkFor(db, d.linkedCase);
        list.append(d);
    }
    SqlQuery votes(db,
                   QStringLiteral("SELECT v.member_id, m.name, v.choice FROM vote v JOIN member m "
                                  "ON m.id = v.member_id WHERE v.decision_id = ? ORDER BY m.name"));
    for (Decision& d : list) {
        votes.bind(d.id);
        if (auto s = votes.exec(); !s)
            return s.error();
        while (votes.next())
            d.votes.append({ votes.value(0).toLongLong(), votes.value(1).toString(),
                             MeetingNames::voteFromKey(votes.value(2).toString()) });
    }
    return list;
}

// --- work plan: the stored spelling of a status

WorkItem::Status workStatusFromKey(const QString& key)
{
    if (key == QLatin1String("in_progress"))
        return WorkItem::Status::InProgress;
    if (key == QLatin1String("done"))
        return WorkItem::Status::Done;
    return WorkItem::Status::Planned;
}

QVariantList workValues(const WorkItem& w)
{
    return { w.title.trimmed(), MeetingNames::text(w.description), dateOrNull(w.target),
             MeetingStore::workStatusKey(w.status), w.isPublic ? 1 : 0 };
}

} // namespace

// ---------------------------------------------------------------- meetings

Result<QList<Meeting>> MeetingStore::meetings(const Database& db)
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

Result<std::optional<Meeting>> MeetingStore::meeting(const Database& db, qint64 id)
{
    return oneMeeting(db, QStringLiteral("WHERE id = ?"), { id });
}

Result<std::optional<Meeting>> MeetingStore::meetingOn(const Database& db, QDate day)
{
    return oneMeeting(
        db,
        QStringLiteral("WHERE archived = 0 AND substr(starts_utc, 1, 10) = ? ORDER BY number "
                       "LIMIT 1"),
        { day.toString(Qt::ISODate) });
}

Result<QDate> MeetingStore::previousMeetingDay(const Database& db, int number)
{
    auto previous = queryScalar(
        db,
        QStringLiteral(
            "SELECT substr(max(starts_utc), 1, 10) FROM meeting WHERE archived = 0 AND number < ?"),
        { number });
    if (!previous)
        return previous.error();
    return previous.value().isNull() ? QDate()
                                     : QDate::fromString(previous.value().toString(), Qt::ISODate);
}

Result<QDate> MeetingStore::firstMeetingDay(const Database& db)
{
    auto first
        = queryScalar(db, QStringLiteral("SELECT substr(min(starts_utc), 1, 10) FROM meeting"));
    if (!first)
        return first.error();
    return first.value().isNull() ? QDate()
                                  : QDate::fromString(first.value().toString(), Qt::ISODate);
}

Result<int> MeetingStore::nextMeetingNumber(const Database& db)
{
    auto number
        = queryScalar(db, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM meeting"));
    if (!number)
        return number.error();
    return number.value().toInt();
}

Result<qint64> MeetingStore::insertMeeting(WriteScope& w, int number, MeetingKind kind,
                                           const QString& startsUtc, int durationMinutes)
{
    return w.insert(
        QStringLiteral(
            "INSERT INTO meeting(number, kind, starts_utc, duration_minutes) VALUES (?, ?, ?, ?)"),
        { number, MeetingNames::kindKey(kind), startsUtc, durationMinutes });
}

Result<QList<qint64>> MeetingStore::heldWithoutRoll(const Database& db, const QDateTime& nowUtc)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id FROM meeting WHERE starts_utc <= ? AND id NOT IN "
                              "(SELECT meeting_id FROM meeting_roll) ORDER BY number"));
    q.bind(nowUtc.toUTC().toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// ---------------------------------------------------------------- agenda

Result<QList<AgendaItem>> MeetingStore::agenda(const Database& db, qint64 meetingId)
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
    const bool seesConfidential = Visibility::seesConfidential(db);
    QList<AgendaItem> items;
    while (q.next()) {
        AgendaItem item;
        item.id = q.value(0).toLongLong();
        item.meetingId = meetingId;
        item.position = q.value(1).toInt();
        item.kind = MeetingNames::agendaFromKey(q.value(2).toString());
        item.title = q.value(3).toString();
        item.confidential = flag(q.value(4));
        item.linkedCase = { q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                            flag(q.value(8)), flag(q.value(9)) };
        item.performanceMonth = q.value(10).toString();
        item.actionItemId = q.value(11).toLongLong();
        if (!seesConfidential && item.isConfidential())
            continue;
        items.append(item);
    }
    return items;
}

Result<qint64> MeetingStore::insertAgendaItem(WriteScope& w, qint64 meetingId, int position,
                                              const AgendaItem& item)
{
    return w.insert(
        QStringLiteral("INSERT INTO agenda_item(meeting_id, position, kind, title, "
                       "confidential, case_id, performance_month, action_item_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { meetingId, position, MeetingNames::agendaKey(item.kind), item.title.trimmed(),
          item.confidential ? 1 : 0, idOrNull(item.linkedCase.id),
          item.performanceMonth.isEmpty() ? QVariant() : QVariant(item.performanceMonth),
          idOrNull(item.actionItemId) });
}

Status MeetingStore::updateAgendaItem(Database& db, std::optional<Permission> permission,
                                      const AgendaItem& item, const QList<FieldChange>& changes)
{
    return auditedFieldUpdate(
        db, permission, QStringLiteral("agenda_item"), item.id, changes,
        QStringLiteral(
            "UPDATE agenda_item SET title = ?, confidential = ?, case_id = ? WHERE id = ?"),
        { item.title.trimmed(), item.confidential ? 1 : 0, idOrNull(item.linkedCase.id), item.id });
}

Status MeetingStore::deleteAgendaItem(WriteScope& w, qint64 agendaItemId)
{
    return w.exec(QStringLiteral("DELETE FROM agenda_item WHERE id = ?"), { agendaItemId });
}

Status MeetingStore::renumberAgenda(WriteScope& w, const QList<qint64>& ids)
{
    SqlQuery q(w.db(), QStringLiteral("UPDATE agenda_item SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.bind(i).bind(ids.at(i));
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

Result<qint64> MeetingStore::meetingOfAgendaItem(const Database& db, qint64 agendaItemId)
{
    auto id = queryScalar(db, QStringLiteral("SELECT meeting_id FROM agenda_item WHERE id = ?"),
                          { agendaItemId });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<int> MeetingStore::sectionsOfAgendaItem(const Database& db, qint64 agendaItemId)
{
    auto n = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM minutes_section WHERE agenda_item_id = ?"),
        { agendaItemId });
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<int> MeetingStore::recordsUnderAgendaItem(const Database& db, qint64 agendaItemId)
{
    auto n = queryScalar(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM decision WHERE agenda_item_id = ?) + "
                       "(SELECT count(*) FROM action_item WHERE agenda_item_id = ?)"),
        { agendaItemId, agendaItemId });
    if (!n)
        return n.error();
    return n.value().toInt();
}

// ---------------------------------------------------------------- attendance

Result<bool> MeetingStore::rollRecorded(const Database& db, qint64 meetingId)
{
    auto found = queryScalar(db, QStringLiteral("SELECT 1 FROM meeting_roll WHERE meeting_id = ?"),
                             { meetingId });
    if (!found)
        return found.error();
    return found.value().isValid();
}

Result<QHash<qint64, AttendanceStatus>> MeetingStore::attendanceStatuses(const Database& db,
                                                                         qint64 meetingId)
{
    SqlQuery q(db, QStringLiteral("SELECT member_id, status FROM attendance WHERE meeting_id = ?"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<qint64, AttendanceStatus> recorded;
    while (q.next())
        recorded.insert(q.value(0).toLongLong(),
                        MeetingNames::attendanceFromKey(q.value(1).toString()));
    return recorded;
}

Result<QList<AttendanceEntry>> MeetingStore::recordedAttendance(const Database& db,
                                                                qint64 meetingId)
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
                      MemberNames::kindFromKey(q.value(4).toString()), flag(q.value(5)),
                      MeetingNames::attendanceFromKey(q.value(1).toString()) });
    return list;
}

Result<std::optional<QuorumRules>> MeetingStore::recordedRules(const Database& db, qint64 meetingId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT require_all, decision_minimum, vacancies FROM meeting_roll "
                              "WHERE meeting_id = ?"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<QuorumRules>();
    QuorumRules r;
    r.requireAllMembers = flag(q.value(0));
    r.decisionMinimumMembers = q.value(1).toInt();
    r.vacancies = flag(q.value(2));
    return std::optional<QuorumRules>(r);
}

Result<QVariant> MeetingStore::attendanceStatus(const Database& db, qint64 meetingId,
                                                qint64 memberId)
{
    return queryScalar(
        db, QStringLiteral("SELECT status FROM attendance WHERE meeting_id = ? AND member_id = ?"),
        { meetingId, memberId });
}

Status MeetingStore::insertRoll(WriteScope& w, qint64 meetingId, const QuorumRules& r,
                                const QList<AttendanceEntry>& roll)
{
    if (auto s = w.exec(QStringLiteral("INSERT INTO meeting_roll(meeting_id, require_all, "
                                       "decision_minimum, vacancies) VALUES (?, ?, ?, ?)"),
                        { meetingId, r.requireAllMembers ? 1 : 0, r.decisionMinimumMembers,
                          r.vacancies ? 1 : 0 });
        !s)
        return s;
    const QString sql = SqlDialect::of(w.db()).upsert(
        QStringLiteral("attendance"),
        { QStringLiteral("meeting_id"), QStringLiteral("member_id"), QStringLiteral("status"),
          QStringLiteral("member_name"), QStringLiteral("member_affiliation"),
          QStringLiteral("member_kind"), QStringLiteral("member_voting") },
        { QStringLiteral("meeting_id"), QStringLiteral("member_id") },
        { QStringLiteral("member_name"), QStringLiteral("member_affiliation"),
          QStringLiteral("member_kind"), QStringLiteral("member_voting") });
    SqlQuery q(w.db(), sql);
    for (const AttendanceEntry& e : roll) {
        q.bind(meetingId)
            .bind(e.memberId)
            .bind(MeetingNames::attendanceKey(e.status))
            .bind(MeetingNames::text(e.name));
        q.bind(MeetingNames::text(e.affiliation))
            .bind(MemberNames::kindKey(e.kind))
            .bind(e.voting ? 1 : 0);
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

Status MeetingStore::insertAttendance(WriteScope& w, qint64 meetingId, const Member& member,
                                      AttendanceStatus status)
{
    return w.exec(QStringLiteral("INSERT INTO attendance(meeting_id, member_id, status, "
                                 "member_name, member_affiliation, member_kind, "
                                 "member_voting) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  { meetingId, member.id, MeetingNames::attendanceKey(status),
                    MeetingNames::text(member.name), MeetingNames::text(member.affiliation),
                    MemberNames::kindKey(member.kind), member.voting ? 1 : 0 });
}

Status MeetingStore::setAttendanceStatus(WriteScope& w, qint64 meetingId, qint64 memberId,
                                         AttendanceStatus status)
{
    return w.exec(
        SqlDialect::of(w.db()).upsert(
            QStringLiteral("attendance"),
            { QStringLiteral("meeting_id"), QStringLiteral("member_id"), QStringLiteral("status") },
            { QStringLiteral("meeting_id"), QStringLiteral("member_id") },
            { QStringLiteral("status") }),
        { meetingId, memberId, MeetingNames::attendanceKey(status) });
}

Result<std::optional<CaseLink>> MeetingStore::caseLink(const Database& db, qint64 caseId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, reference, title, confidential, is_exercise FROM "
                              "case_record WHERE id = ?"));
    q.bind(caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next()
        || (!Visibility::seesConfidential(db)
            && Confidentiality::ofCase(flag(q.value(3)), flag(q.value(4)))))
        return std::optional<CaseLink>();
    return std::optional<CaseLink>(CaseLink { q.value(0).toLongLong(), q.value(1).toString(),
                                              q.value(2).toString(), flag(q.value(3)),
                                              flag(q.value(4)) });
}

// ---------------------------------------------------------------- meeting places

Result<QString> MeetingStore::location(const Database& db, qint64 meetingId)
{
    auto v = queryScalar(
        db, QStringLiteral("SELECT location FROM meeting_location WHERE meeting_id = ?"),
        { meetingId });
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<QHash<qint64, QString>> MeetingStore::locations(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT meeting_id, location FROM meeting_location"));
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<qint64, QString> map;
    while (q.next())
        map.insert(q.value(0).toLongLong(), q.value(1).toString());
    return map;
}

Status MeetingStore::setLocation(WriteScope& w, qint64 meetingId, const QString& location)
{
    return w.exec(SqlDialect::of(w.db()).upsert(
                      QStringLiteral("meeting_location"),
                      { QStringLiteral("meeting_id"), QStringLiteral("location") },
                      { QStringLiteral("meeting_id") }, { QStringLiteral("location") }),
                  // No location is the empty text (the column is NOT NULL), not NULL.
                  { meetingId, location.isNull() ? QStringLiteral("") : location });
}

// ---------------------------------------------------------------- action items

Result<QList<ActionItem>> MeetingStore::actionItemsOfMeeting(const Database& db, qint64 meetingId)
{
    return actionItems(db, QStringLiteral("WHERE a.meeting_id = ? ORDER BY a.seq"), { meetingId });
}

Result<QList<ActionItem>> MeetingStore::openActionItems(const Database& db, int beforeNumber)
{
    return actionItems(
        db,
        QStringLiteral(
            "WHERE a.status = 'pending' AND (? = 0 OR m.number < ?) ORDER BY m.number, a.seq"),
        { beforeNumber, beforeNumber });
}

Result<std::optional<ActionItem>> MeetingStore::actionItem(const Database& db, qint64 id)
{
    auto items = actionItems(db, QStringLiteral("WHERE a.id = ?"), { id });
    if (!items)
        return items.error();
    if (items.value().isEmpty())
        return std::optional<ActionItem>();
    return std::optional<ActionItem>(items.value().first());
}

Result<int> MeetingStore::nextActionSeq(const Database& db, qint64 meetingId)
{
    auto seq = queryScalar(
        db,
        QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM action_item WHERE meeting_id = ?"),
        { meetingId });
    if (!seq)
        return seq.error();
    return seq.value().toInt();
}

Result<qint64> MeetingStore::insertActionItem(WriteScope& w, const ActionItem& a)
{
    return w.insert(
        QStringLiteral("INSERT INTO action_item(meeting_id, seq, text, owner_member_id, "
                       "due_date, confidential, agenda_item_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { a.meetingId, a.seq, a.text, idOrNull(a.ownerMemberId), dateOrNull(a.due),
          a.confidential ? 1 : 0, idOrNull(a.agendaItemId) });
}

Status MeetingStore::updateActionItemStatus(Database& db, std::optional<Permission> permission,
                                            qint64 id, const QList<FieldChange>& changes,
                                            bool completed, const QString& note)
{
    return auditedFieldUpdate(
        db, permission, QStringLiteral("action_item"), id, changes,
        QStringLiteral("UPDATE action_item SET status = ?, note = ? WHERE id = ?"),
        { actionStatusKey(completed), MeetingNames::text(note), id });
}

QString MeetingStore::actionStatusKey(bool completed)
{
    return completed ? QStringLiteral("completed") : QStringLiteral("pending");
}

// ---------------------------------------------------------------- decisions

Result<QList<Decision>> MeetingStore::decisionsOfMeeting(const Database& db, qint64 meetingId)
{
    return decisions(db, QStringLiteral("WHERE d.meeting_id = ? ORDER BY d.id"), { meetingId });
}

Result<QList<Decision>> MeetingStore::decisionsByEmail(const Database& db, QDate from, QDate to)
{
    return decisions(db,
                     QStringLiteral("WHERE d.by_email = 1 AND d.decided_on BETWEEN ? AND ? ORDER "
                                    "BY d.decided_on, d.id"),
                     { from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
}

Result<std::optional<Decision>> MeetingStore::decision(const Database& db, qint64 decisionId)
{
    auto list = decisions(db, QStringLiteral("WHERE d.id = ?"), { decisionId });
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return std::optional<Decision>();
    return std::optional<Decision>(list.value().first());
}

Result<qint64> MeetingStore::insertDecision(WriteScope& w, const Decision& d)
{
    return w.insert(QStringLiteral("INSERT INTO decision(meeting_id, decided_on, text, case_id, "
                                   "by_email, confidential, agenda_item_id, subject) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    { idOrNull(d.meetingId), d.decidedOn.toString(Qt::ISODate), d.text.trimmed(),
                      idOrNull(d.linkedCase.id), d.byEmail ? 1 : 0, d.confidential ? 1 : 0,
                      idOrNull(d.agendaItemId), subjectKey(d.aboutMonthlyReport) });
}

Status MeetingStore::markToRatifyByEmail(Database& db, std::optional<Permission> permission,
                                         qint64 decisionId)
{
    return auditedFieldUpdate(
        db, permission, QStringLiteral("decision"), decisionId,
        { { QStringLiteral("ratify_by_email"), false, true } },
        QStringLiteral("UPDATE decision SET ratify_by_email = 1 WHERE id = ?"), { decisionId });
}

Status MeetingStore::setRatifiedBy(Database& db, std::optional<Permission> permission,
                                   qint64 decisionId, qint64 emailDecisionId)
{
    return auditedFieldUpdate(
        db, permission, QStringLiteral("decision"), decisionId,
        { { QStringLiteral("ratified_by_decision_id"), {}, emailDecisionId } },
        QStringLiteral("UPDATE decision SET ratified_by_decision_id = ? WHERE id = ?"),
        { emailDecisionId, decisionId });
}

Result<bool> MeetingStore::decisionClosed(const Database& db, qint64 decisionId)
{
    auto closed = queryScalar(
        db,
        QStringLiteral(
            "SELECT m.state FROM decision d JOIN minutes m ON m.meeting_id = d.meeting_id "
            "WHERE d.id = ? AND m.state IN ('approved', 'published')"),
        { decisionId });
    if (!closed)
        return closed.error();
    return closed.value().isValid();
}

Result<QVariant> MeetingStore::voteChoice(const Database& db, qint64 decisionId, qint64 memberId)
{
    return queryScalar(
        db, QStringLiteral("SELECT choice FROM vote WHERE decision_id = ? AND member_id = ?"),
        { decisionId, memberId });
}

Status MeetingStore::setVote(WriteScope& w, qint64 decisionId, qint64 memberId, VoteChoice choice)
{
    return w.exec(SqlDialect::of(w.db()).upsert(
                      QStringLiteral("vote"),
                      { QStringLiteral("decision_id"), QStringLiteral("member_id"),
                        QStringLiteral("choice") },
                      { QStringLiteral("decision_id"), QStringLiteral("member_id") },
                      { QStringLiteral("choice") }),
                  { decisionId, memberId, MeetingNames::voteKey(choice) });
}

QString MeetingStore::subjectKey(bool aboutMonthlyReport)
{
    return aboutMonthlyReport ? QStringLiteral("monthly_report") : QStringLiteral("general");
}

// ---------------------------------------------------------------- minutes

Result<Minutes> MeetingStore::minutes(const Database& db, qint64 meetingId)
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
    const bool seesConfidential = Visibility::seesConfidential(db);
    ReferencedCases cases(db);
    while (s.next()) {
        MinutesSection section { s.value(0).toLongLong(), s.value(1).toInt(),
                                 s.value(2).toLongLong(), s.value(3).toString(),
                                 s.value(4).toString(),   flag(s.value(5)) };
        CaseLink itemCase;
        itemCase.id = s.value(7).toLongLong();
        itemCase.confidential = flag(s.value(8));
        itemCase.exercise = flag(s.value(9));
        auto referred = cases.in(section.heading + QLatin1Char(' ') + section.bodyHtml);
        if (!referred)
            return referred.error();
        section.confidentialByContext = Confidentiality::ofSection(
            false, Confidentiality::ofAgendaItem(flag(s.value(6)), itemCase), referred.value());
        // Observers never receive a confidential section, whatever screen asks.
        if (!seesConfidential && section.isConfidential())
            continue;
        m.sections.append(section);
    }
    return m;
}

Result<bool> MeetingStore::minutesClosed(const Database& db, qint64 meetingId)
{
    auto closed = queryScalar(db,
                              QStringLiteral("SELECT 1 FROM minutes WHERE meeting_id = ? AND "
                                             "state IN ('approved', 'published')"),
                              { meetingId });
    if (!closed)
        return closed.error();
    return closed.value().isValid();
}

Result<QSet<qint64>> MeetingStore::meetingsWithPublishedMinutes(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT meeting_id FROM minutes WHERE state = 'published'"));
    if (auto s = q.exec(); !s)
        return s.error();
    QSet<qint64> published;
    while (q.next())
        published.insert(q.value(0).toLongLong());
    return published;
}

Status MeetingStore::insertMinutes(WriteScope& w, qint64 meetingId)
{
    return w.exec(QStringLiteral("INSERT INTO minutes(meeting_id, state) VALUES (?, 'draft')"),
                  { meetingId });
}

Status MeetingStore::setMinutesState(WriteScope& w, qint64 meetingId, MinutesState to,
                                     const QString& atUtc, const QString& by, const QString& where)
{
    switch (to) {
    case MinutesState::Circulated:
        return w.exec(
            QStringLiteral(
                "UPDATE minutes SET state = 'circulated', circulated_utc = ? WHERE meeting_id = ?"),
            { atUtc, meetingId });
    case MinutesState::Draft:
        // Reworked minutes are circulated again and need fresh approvals.
        return w.exec(QStringLiteral("UPDATE minutes SET state = 'draft', approval_decision_id = "
                                     "NULL WHERE meeting_id = ?"),
                      { meetingId });
    case MinutesState::Approved:
        return w.exec(QStringLiteral("UPDATE minutes SET state = 'approved', approved_by = ?, "
                                     "approved_utc = ? WHERE meeting_id = ?"),
                      { by, atUtc, meetingId });
    case MinutesState::Published:
        return w.exec(QStringLiteral("UPDATE minutes SET state = 'published', published_utc = ?, "
                                     "published_where = ? WHERE meeting_id = ?"),
                      { atUtc, where, meetingId });
    }
    return {};
}

Result<qint64> MeetingStore::approvalDecision(const Database& db, qint64 meetingId)
{
    auto decision = queryScalar(
        db, QStringLiteral("SELECT approval_decision_id FROM minutes WHERE meeting_id = ?"),
        { meetingId });
    if (!decision)
        return decision.error();
    return decision.value().isNull() ? 0 : decision.value().toLongLong();
}

Status MeetingStore::setApprovalDecision(Database& db, std::optional<Permission> permission,
                                         qint64 meetingId, qint64 decisionId)
{
    return auditedFieldUpdate(db, permission, QStringLiteral("minutes"), meetingId,
                              { { QStringLiteral("approval_decision_id"), {}, decisionId } },
                              QStringLiteral("UPDATE minutes SET approval_decision_id = ? WHERE "
                                             "meeting_id = ?"),
                              { decisionId, meetingId });
}

Result<int> MeetingStore::nextSectionPosition(const Database& db, qint64 meetingId)
{
    auto position = queryScalar(
        db,
        QStringLiteral(
            "SELECT coalesce(max(position), -1) + 1 FROM minutes_section WHERE meeting_id = ?"),
        { meetingId });
    if (!position)
        return position.error();
    return position.value().toInt();
}

Result<qint64> MeetingStore::insertSection(WriteScope& w, qint64 meetingId, int position,
                                           const MinutesSection& section)
{
    return w.insert(QStringLiteral("INSERT INTO minutes_section(meeting_id, position, "
                                   "agenda_item_id, heading, body_html, confidential) VALUES (?, "
                                   "?, ?, ?, ?, ?)"),
                    { meetingId, position, idOrNull(section.agendaItemId),
                      MeetingNames::text(section.heading), MeetingNames::text(section.bodyHtml),
                      section.confidential ? 1 : 0 });
}

Result<std::optional<SectionRow>> MeetingStore::section(const Database& db, qint64 sectionId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT meeting_id, heading, body_html, confidential FROM "
                              "minutes_section WHERE id = ?"));
    q.bind(sectionId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SectionRow>();
    return std::optional<SectionRow>(SectionRow { q.value(0).toLongLong(), q.value(1).toString(),
                                                  q.value(2).toString(), flag(q.value(3)) });
}

Status MeetingStore::updateSection(Database& db, std::optional<Permission> permission,
                                   const MinutesSection& section, const QList<FieldChange>& changes)
{
    return auditedFieldUpdate(
        db, permission, QStringLiteral("minutes_section"), section.id, changes,
        QStringLiteral("UPDATE minutes_section SET heading = ?, body_html = "
                       "?, confidential = ? WHERE id = ?"),
        { MeetingNames::text(section.heading), MeetingNames::text(section.bodyHtml),
          section.confidential ? 1 : 0, section.id });
}

Result<bool> MeetingStore::sectionInMeeting(const Database& db, qint64 sectionId, qint64 meetingId)
{
    auto n = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM minutes_section WHERE id = ? AND meeting_id = ?"),
        { sectionId, meetingId });
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

// ---------------------------------------------------------------- minutes review

Result<QList<MinutesCommentRow>> MeetingStore::comments(const Database& db, qint64 meetingId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, meeting_id, coalesce(section_id, 0), coalesce(member_id, "
                              "0), author, verdict, body, at_utc "
                              "FROM minutes_comment WHERE meeting_id = ? ORDER BY at_utc, id"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    // A comment on a section goes where the section goes: the reader must be able to see it.
    const bool seesConfidential = Visibility::seesConfidential(db);
    QSet<qint64> visibleSections;
    if (!seesConfidential) {
        auto m = minutes(db, meetingId);
        if (!m)
            return m.error();
        for (const MinutesSection& section : m.value().sections)
            visibleSections.insert(section.id);
    }
    QList<MinutesCommentRow> list;
    while (q.next()) {
        const qint64 sectionId = q.value(2).toLongLong();
        if (!seesConfidential && sectionId != 0 && !visibleSections.contains(sectionId))
            continue;
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), sectionId,
                      q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(),
                      QDateTime::fromString(q.value(7).toString(), Qt::ISODate) });
    }
    return list;
}

Result<QList<qint64>> MeetingStore::approvingMembers(const Database& db, qint64 meetingId,
                                                     const QString& sinceUtc)
{
    SqlQuery q(db,
               QStringLiteral("SELECT DISTINCT member_id FROM minutes_comment WHERE meeting_id = ? "
                              "AND verdict = 'approve' AND member_id IS NOT NULL AND at_utc >= ?"));
    q.bind(meetingId).bind(sinceUtc);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<qint64> members;
    while (q.next())
        members.append(q.value(0).toLongLong());
    return members;
}

Result<qint64> MeetingStore::insertComment(WriteScope& w, const MinutesCommentRow& c)
{
    return w.insert(QStringLiteral("INSERT INTO minutes_comment(meeting_id, section_id, member_id, "
                                   "author, verdict, body, at_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { c.meetingId, idOrNull(c.sectionId), idOrNull(c.memberId), c.author,
                      c.verdictKey, MeetingNames::text(c.body),
                      c.atUtc.toUTC().toString(Qt::ISODate) });
}

// ---------------------------------------------------------------- work plan

Result<QList<WorkItem>> MeetingStore::workItems(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, position, title, description, target_date, status, "
                              "public FROM work_item ORDER BY position, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    const bool seesConfidential = Visibility::seesConfidential(db);
    QList<WorkItem> list;
    ReferencedCases cases(db);
    while (q.next()) {
        WorkItem w { q.value(0).toLongLong(),
                     q.value(1).toInt(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     QDate::fromString(q.value(4).toString(), Qt::ISODate),
                     workStatusFromKey(q.value(5).toString()),
                     flag(q.value(6)) };
        auto referred = cases.in(w.title + QLatin1Char(' ') + w.description);
        if (!referred)
            return referred.error();
        w.confidentialByContext = Confidentiality::ofSection(false, false, referred.value());
        // Observers receive what the public work plan shows, and no more.
        if (w.isConfidential() && !seesConfidential)
            continue;
        list.append(w);
    }
    return list;
}

Result<qint64> MeetingStore::insertWorkItem(WriteScope& w, const WorkItem& item)
{
    auto position = queryScalar(
        w.db(), QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM work_item"));
    if (!position)
        return position.error();
    return w.insert(QStringLiteral("INSERT INTO work_item(position, title, description, "
                                   "target_date, status, public) VALUES (?, ?, ?, ?, ?, ?)"),
                    QVariantList { position.value() } + workValues(item));
}

Status MeetingStore::updateWorkItem(Database& db, std::optional<Permission> permission,
                                    const WorkItem& item, const QList<FieldChange>& changes)
{
    return auditedFieldUpdate(
        db, permission, QStringLiteral("work_item"), item.id, changes,
        QStringLiteral("UPDATE work_item SET title = ?, description = ?, "
                       "target_date = ?, status = ?, public = ? WHERE id = ?"),
        workValues(item) + QVariantList { item.id });
}

QString MeetingStore::workStatusKey(WorkItem::Status s)
{
    switch (s) {
    case WorkItem::Status::Planned:
        return QStringLiteral("planned");
    case WorkItem::Status::InProgress:
        return QStringLiteral("in_progress");
    case WorkItem::Status::Done:
        return QStringLiteral("done");
    }
    return {};
}

// ---------------------------------------------------------------- obligation anchors

Result<QDate> MeetingStore::anchor(const Database& db, const QString& key)
{
    auto v = queryScalar(db, QStringLiteral("SELECT day FROM obligation_anchor WHERE key = ?"),
                         { key });
    if (!v)
        return v.error();
    return v.value().isValid() ? QDate::fromString(v.value().toString(), Qt::ISODate) : QDate();
}

Status MeetingStore::setAnchor(WriteScope& w, const QString& key, QDate day)
{
    if (!day.isValid())
        return w.exec(QStringLiteral("DELETE FROM obligation_anchor WHERE key = ?"), { key });
    return w.exec(SqlDialect::of(w.db()).upsert(QStringLiteral("obligation_anchor"),
                                                { QStringLiteral("key"), QStringLiteral("day") },
                                                { QStringLiteral("key") },
                                                { QStringLiteral("day") }),
                  { key, day.toString(Qt::ISODate) });
}

// ---------------------------------------------------------------- circulated mail

Result<qint64> MeetingStore::insertCirculatedMail(WriteScope& w, qint64 meetingId, QDate month,
                                                  const QString& purposeKey,
                                                  const QString& createdUtc, const QString& subject,
                                                  const QString& recipients, const QByteArray& eml)
{
    return w.insert(QStringLiteral("INSERT INTO circulated_mail(meeting_id, month, purpose, "
                                   "created_utc, subject, recipients, eml) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { idOrNull(meetingId),
                      month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString(),
                      purposeKey, createdUtc, subject, recipients, eml });
}

Result<QList<MeetingStore::CirculatedMail>>
MeetingStore::circulatedMail(const Database& db, qint64 meetingId, QDate month)
{
    SqlQuery q(db,
               meetingId > 0
                   ? QStringLiteral("SELECT id, created_utc, purpose, subject, recipients FROM "
                                    "circulated_mail WHERE meeting_id = ? ORDER BY id DESC")
                   : QStringLiteral("SELECT id, created_utc, purpose, subject, recipients FROM "
                                    "circulated_mail WHERE month = ? ORDER BY id DESC"));
    if (meetingId > 0)
        q.bind(meetingId);
    else
        q.bind(month.toString(QStringLiteral("yyyy-MM")));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CirculatedMail> list;
    while (q.next()) {
        CirculatedMail m;
        m.id = q.value(0).toLongLong();
        m.createdUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        m.purposeKey = q.value(2).toString();
        m.subject = q.value(3).toString();
        m.recipients = q.value(4).toString();
        list << m;
    }
    return list;
}

Result<std::optional<QByteArray>> MeetingStore::circulatedMailMessage(const Database& db, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT eml FROM circulated_mail WHERE id = ?"));
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<QByteArray> {};
    return std::optional<QByteArray> { q.value(0).toByteArray() };
}

} // namespace csc
