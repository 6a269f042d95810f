// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItems.h"

#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

namespace {

const QString kSelect
    = QStringLiteral("SELECT a.id, a.meeting_id, m.number, substr(m.starts_utc, 1, 4), a.seq, "
                     "a.text, a.owner_member_id, "
                     "coalesce(p.name, ''), a.due_date, a.status, a.note, a.confidential, "
                     "coalesce(a.agenda_item_id, 0), coalesce(g.confidential, 0), "
                     "coalesce(g.case_id, 0), coalesce(gc.confidential, 1), "
                     "coalesce(gc.is_exercise, 0) "
                     "FROM action_item a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN member p "
                     "ON p.id = a.owner_member_id LEFT JOIN agenda_item g ON g.id = "
                     "a.agenda_item_id LEFT JOIN case_record gc ON gc.id = g.case_id ");

Result<QList<ActionItem>> run(const Database& db, SqlQuery& q)
{
    if (auto s = q.exec(); !s)
        return s.error();
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
        a.confidential = q.value(11).toInt() != 0;
        a.agendaItemId = q.value(12).toLongLong();
        CaseLink itemCase;
        itemCase.id = q.value(14).toLongLong();
        itemCase.confidential = q.value(15).toInt() != 0;
        itemCase.exercise = q.value(16).toInt() != 0;
        a.agendaItemConfidential = a.agendaItemId != 0
            && Confidentiality::ofAgendaItem(q.value(13).toInt() != 0, itemCase);
        // Observers never receive a confidential action item.
        if (a.isConfidential() && !Visibility::seesConfidential(db))
            continue;
        items.append(a);
    }
    return items;
}

} // namespace

Result<QList<ActionItem>> ActionItems::ofMeeting(const Database& db, qint64 meetingId)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE a.meeting_id = ? ORDER BY a.seq"));
    q.bind(meetingId);
    return run(db, q);
}

Result<QList<ActionItem>> ActionItems::open(const Database& db, int beforeNumber)
{
    SqlQuery q(
        db,
        kSelect
            + QStringLiteral(
                "WHERE a.status = 'pending' AND (? = 0 OR m.number < ?) ORDER BY m.number, a.seq"));
    q.bind(beforeNumber).bind(beforeNumber);
    return run(db, q);
}

Result<ActionItem> ActionItems::item(const Database& db, qint64 id)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE a.id = ?"));
    q.bind(id);
    auto items = run(db, q);
    if (!items)
        return items.error();
    if (items.value().isEmpty())
        return Error { tr("No action item with id %1.").arg(id), {} };
    return items.value().first();
}

Result<qint64> ActionItems::add(Database& db, qint64 meetingId, const QString& text,
                                qint64 ownerMemberId, QDate due, bool confidential,
                                qint64 agendaItemId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p.error();
    if (text.trimmed().isEmpty())
        return Error { tr("An action item needs a text."), {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto seq = queryScalar(
        db,
        QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM action_item WHERE meeting_id = ?"),
        { meetingId });
    if (!seq)
        return seq.error();
    SqlQuery q(
        db,
        QStringLiteral("INSERT INTO action_item(meeting_id, seq, text, owner_member_id, "
                       "due_date, confidential, agenda_item_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(meetingId).bind(seq.value().toInt()).bind(text.trimmed());
    q.bind(ownerMemberId > 0 ? QVariant(ownerMemberId) : QVariant())
        .bind(due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant());
    q.bind(confidential ? 1 : 0).bind(agendaItemId > 0 ? QVariant(agendaItemId) : QVariant());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("action_item"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("meeting_id"), {}, meetingId },
                                    { QStringLiteral("seq"), {}, seq.value() },
                                    { QStringLiteral("text"), {}, text.trimmed() },
                                    { QStringLiteral("owner_member_id"), {}, ownerMemberId },
                                    { QStringLiteral("due_date"), {}, due.toString(Qt::ISODate) },
                                    { QStringLiteral("confidential"), {}, confidential },
                                    { QStringLiteral("agenda_item_id"), {}, agendaItemId } });
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Status ActionItems::setStatus(Database& db, qint64 id, bool completed, const QString& note)
{
    auto before = item(db, id);
    if (!before)
        return before.error();
    // Members complete the action items they own; everything else is the secretariat's.
    const bool own
        = db.session().memberId != 0 && before.value().ownerMemberId == db.session().memberId;
    if (auto p = Permissions::check(
            db.session(), own ? Permission::CompleteOwnActionItems : Permission::EditMinutes);
        !p)
        return p;
    const QVariantMap old { { QStringLiteral("status"),
                              before.value().completed ? QStringLiteral("completed")
                                                       : QStringLiteral("pending") },
                            { QStringLiteral("note"), before.value().note } };
    const QVariantMap now { { QStringLiteral("status"),
                              completed ? QStringLiteral("completed") : QStringLiteral("pending") },
                            { QStringLiteral("note"), note } };
    const auto changes = AuditLog::diff(old, now);
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("action_item"), id, changes,
        QStringLiteral("UPDATE action_item SET status = ?, note = ? WHERE id = ?"),
        { now.value(QStringLiteral("status")), MeetingNames::text(note), id });
}

} // namespace csc
