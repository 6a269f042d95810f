// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeptChanges.h"

#include "ReviewStore.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"

namespace csc {

Result<QList<KeptChange>> KeptChanges::pending(const Database& db)
{
    return ReviewStore::pendingKeptChanges(db);
}

Status KeptChanges::dismiss(Database& db, qint64 id, const QString& why)
{
    if (auto allowed = Permissions::check(db.session(), Permission::ExportReviewCopies); !allowed)
        return allowed;
    auto status = ReviewStore::keptChangeStatus(db, id);
    if (!status)
        return status.error();
    if (status.value() != QLatin1String("pending"))
        return Error { tr("There is no kept change #%1 waiting for a decision.").arg(id), {} };
    return ReviewStore::dismissKeptChange(db, id, why);
}

} // namespace csc
