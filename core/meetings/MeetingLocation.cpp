// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingLocation.h"

#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

QString MeetingLocation::of(const Database& db, qint64 meetingId)
{
    auto v = queryScalar(
        db, QStringLiteral("SELECT location FROM meeting_location WHERE meeting_id = ?"),
        { meetingId });
    return v ? v.value().toString() : QString();
}

QHash<qint64, QString> MeetingLocation::all(const Database& db)
{
    QHash<qint64, QString> map;
    SqlQuery q(db, QStringLiteral("SELECT meeting_id, location FROM meeting_location"));
    if (!q.exec())
        return map;
    while (q.next())
        map.insert(q.value(0).toLongLong(), q.value(1).toString());
    return map;
}

Status MeetingLocation::set(Database& db, qint64 meetingId, const QString& location)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    const QString old = of(db, meetingId);
    const QString now = location.trimmed();
    if (old == now)
        return {};
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO meeting_location(meeting_id, location) "
                                        "VALUES (?, ?) ON CONFLICT(meeting_id) DO UPDATE SET "
                                        "location = excluded.location"),
                         { meetingId, now });
        !s)
        return s;
    if (auto a
        = AuditLog::record(db, QStringLiteral("meeting"), QString::number(meetingId),
                           QStringLiteral("update"), { { QStringLiteral("location"), old, now } });
        !a)
        return a.error();
    return tx.commit();
}

} // namespace csc
