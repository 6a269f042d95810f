// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingLocation.h"

#include "MeetingStore.h"
#include "Meetings.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"

namespace csc {

QString MeetingLocation::of(const Database& db, qint64 meetingId)
{
    auto v = MeetingStore::location(db, meetingId);
    return v ? v.value() : QString();
}

QHash<qint64, QString> MeetingLocation::all(const Database& db)
{
    auto map = MeetingStore::locations(db);
    return map ? map.value() : QHash<qint64, QString>();
}

Status MeetingLocation::set(Database& db, qint64 meetingId, const QString& location)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    const QString old = of(db, meetingId);
    const QString now = location.trimmed();
    if (old == now)
        return {};
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Status {
        if (auto s = MeetingStore::setLocation(w, meetingId, now); !s)
            return s;
        return w.audit(QStringLiteral("meeting"), meetingId, QStringLiteral("update"),
                       { { QStringLiteral("location"), old, now } });
    });
}

bool MeetingLocation::isReversible(const Database& db, qint64 meetingId, const QDateTime& nowUtc)
{
    auto m = Meetings::meeting(db, meetingId);
    return m && m.value().startsUtc.isValid() && m.value().startsUtc > nowUtc;
}

} // namespace csc
