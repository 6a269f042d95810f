// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuedCopies.h"

#include "ReviewStore.h"
#include "core/domain/AuditedWrite.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>

namespace csc {

QString IssuedCopies::newSecret()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

Status IssuedCopies::record(Database& committee, const IssuedCopy& copy)
{
    // ReviewCopy::exportCopy has checked ExportReviewCopies and holds the transaction.
    return auditedWrite(committee, std::nullopt, [&](WriteScope& w) -> Status {
        if (auto s = ReviewStore::addIssuedCopy(w, copy); !s)
            return s;
        return w.audit(QStringLiteral("review_copy"), copy.copyId, QStringLiteral("issue"),
                       { { QStringLiteral("member"), {}, copy.memberName },
                         { QStringLiteral("role"), {}, RoleNames::key(copy.role) },
                         { QStringLiteral("base_revision"), {}, copy.baseRevision } });
    });
}

Result<std::optional<IssuedCopy>> IssuedCopies::find(const Database& committee,
                                                     const QString& copyId)
{
    return ReviewStore::issuedCopy(committee, copyId);
}

} // namespace csc
