// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItems.h"

#include "MeetingStore.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace csc {

Result<QList<ActionItem>> ActionItems::ofMeeting(const Database& db, qint64 meetingId)
{
    return MeetingStore::actionItemsOfMeeting(db, meetingId);
}

Result<QList<ActionItem>> ActionItems::open(const Database& db, int beforeNumber)
{
    return MeetingStore::openActionItems(db, beforeNumber);
}

Result<ActionItem> ActionItems::item(const Database& db, qint64 id)
{
    auto found = MeetingStore::actionItem(db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error { tr("No action item with id %1.").arg(id), {} };
    return *found.value();
}

Result<qint64> ActionItems::add(Database& db, qint64 meetingId, const QString& text,
                                qint64 ownerMemberId, QDate due, bool confidential,
                                qint64 agendaItemId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p.error();
    if (text.trimmed().isEmpty())
        return Error { tr("An action item needs a text."), {} };
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Result<qint64> {
        auto seq = MeetingStore::nextActionSeq(db, meetingId);
        if (!seq)
            return seq.error();
        ActionItem a;
        a.meetingId = meetingId;
        a.seq = seq.value();
        a.text = text.trimmed();
        a.ownerMemberId = ownerMemberId;
        a.due = due;
        a.confidential = confidential;
        a.agendaItemId = agendaItemId;
        auto id = MeetingStore::insertActionItem(w, a);
        if (!id)
            return id;
        if (auto r = w.audit(QStringLiteral("action_item"), id.value(), QStringLiteral("create"),
                             { { QStringLiteral("meeting_id"), {}, meetingId },
                               { QStringLiteral("seq"), {}, seq.value() },
                               { QStringLiteral("text"), {}, text.trimmed() },
                               { QStringLiteral("owner_member_id"), {}, ownerMemberId },
                               { QStringLiteral("due_date"), {}, due.toString(Qt::ISODate) },
                               { QStringLiteral("confidential"), {}, confidential },
                               { QStringLiteral("agenda_item_id"), {}, agendaItemId } });
            !r)
            return r.error();
        return id;
    });
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
    return MeetingStore::updateActionItemStatus(
        db, own ? Permission::CompleteOwnActionItems : Permission::EditMinutes, id, changes,
        completed, note);
}

} // namespace csc
