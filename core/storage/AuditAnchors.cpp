// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchors.h"

#include "AuditStore.h"
#include "Database.h"

namespace csc {

Status AuditAnchors::notePublished(Database& db, const AuditHead& head, const QString& what)
{
    if (db.isReadOnly())
        return Error {
            tr("The audit head of “%1” cannot be noted: %2").arg(what, db.readOnlyReason()), {}
        };
    if (head.entries < 0 || head.hash.size() != 64)
        return Error { tr("“%1” is not an audit chain head.").arg(head.toText()), {} };
    return AuditStore::addAnchor(db, head, what, QDateTime::currentDateTimeUtc());
}

Result<QList<AuditAnchor>> AuditAnchors::all(const Database& db)
{
    return AuditStore::anchors(db);
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
