// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchors.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

namespace csc {

Status AuditAnchors::notePublished(Database& db, const AuditHead& head, const QString& what)
{
    if (db.isReadOnly())
        return Error {
            tr("The audit head of “%1” cannot be noted: %2").arg(what, db.readOnlyReason()), {}
        };
    if (head.entries < 0 || head.hash.size() != 64)
        return Error { tr("“%1” is not an audit chain head.").arg(head.toText()), {} };
    return execute(
        db,
        SqlDialect::of(db).insertOrIgnore(
            QStringLiteral("audit_anchor"),
            { QStringLiteral("entries"), QStringLiteral("hash"), QStringLiteral("what"),
              QStringLiteral("noted_utc") },
            { QStringLiteral("entries"), QStringLiteral("hash"), QStringLiteral("what") }),
        { head.entries, head.hash, what, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
}

Result<QList<AuditAnchor>> AuditAnchors::all(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, entries, hash, what, noted_utc FROM audit_anchor "
                              "ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AuditAnchor> anchors;
    while (q.next()) {
        AuditAnchor a;
        a.id = q.value(0).toLongLong();
        a.head.entries = q.value(1).toLongLong();
        a.head.hash = q.value(2).toString();
        a.what = q.value(3).toString();
        a.notedUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        anchors.append(a);
    }
    return anchors;
}

Result<std::optional<AuditAnchor>> AuditAnchors::latest(const Database& db)
{
    auto anchors = all(db);
    if (!anchors)
        return anchors.error();
    if (anchors.value().isEmpty())
        return std::optional<AuditAnchor> {};
    return std::optional<AuditAnchor> { anchors.value().last() };
}

} // namespace csc
