// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCopy.h"

#include "ChangeCapture.h"
#include "ChangesFile.h"
#include "ReviewTables.h"
#include "domain/Permissions.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace csc {

namespace {

const QString kAuditGuard
    = QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                     "RAISE(ABORT, 'the audit trail is append-only'); END");

QString metaValue(const Database& db, const QString& key)
{
    return queryScalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key })
        .valueOr({})
        .toString();
}

} // namespace

Result<ReviewCopy::Recipient> ReviewCopy::findRecipient(const Database& db, const QString& idOrName,
                                                        std::optional<Role> role)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, name, voting, is_chair FROM member WHERE CAST(id AS "
                              "TEXT) = ? OR lower(name) = lower(?)"));
    q.bind(idOrName.trimmed()).bind(idOrName.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no member “%1” on the roster.").arg(idOrName), {} };
    Recipient r;
    r.memberId = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.role = q.value(3).toBool() ? Role::Chair : q.value(2).toBool() ? Role::Member : Role::Liaison;
    if (role)
        r.role = *role;
    return r;
}

Result<QList<ReviewCopy::Recipient>> ReviewCopy::candidates(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, voting, is_chair FROM member ORDER BY name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Recipient> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(3).toBool()       ? Role::Chair
                          : q.value(2).toBool() ? Role::Member
                                                : Role::Liaison });
    return list;
}

Status ReviewCopy::exportCopy(Database& committee, const Recipient& recipient,
                              const QString& outPath)
{
    if (auto allowed = Permissions::check(committee.session(), Permission::ExportReviewCopies);
        !allowed)
        return allowed;
    if (committee.reviewCopy())
        return Error { tr("This is already a review copy; export review copies from the "
                          "committee's database."),
                       {} };
    if (QFileInfo::exists(outPath))
        return Error { tr("“%1” already exists; choose a new file for the review copy.")
                           .arg(QDir::toNativeSeparators(outPath)),
                       {} };
    const qint64 baseRevision
        = queryScalar(committee, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
              .valueOr(0)
              .toLongLong();
    if (auto s = committee.backupTo(outPath); !s)
        return s;

    const auto fail = [&](const Error& e) {
        QFile::remove(outPath);
        QFile::remove(outPath + QLatin1String("-wal"));
        QFile::remove(outPath + QLatin1String("-shm"));
        return e;
    };
    {
        auto opened = Database::open(outPath);
        if (!opened)
            return fail(opened.error());
        Database& copy = *opened.value();
        copy.setSession(committee.session());
        // Deleted rows must not linger in free pages of a file that leaves the building.
        QSqlQuery(copy.connection()).exec(QStringLiteral("PRAGMA secure_delete = ON"));
        Transaction tx(copy);
        if (!tx)
            return fail(tx.error());
        // The committee's audit trail stays with the committee: it holds values the recipient may
        // not see.
        for (const QString& sql : { QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                    QStringLiteral("DELETE FROM audit_log"), kAuditGuard,
                                    QStringLiteral("DELETE FROM review_pending"),
                                    QStringLiteral("DELETE FROM review_merged_row"),
                                    QStringLiteral("DELETE FROM review_conflict") }) {
            if (auto s = execute(copy, sql); !s)
                return fail(s.error());
        }
        if (auto s = redact(copy, recipient.role); !s)
            return fail(s.error());
        const QList<QPair<QString, QString>> meta {
            { QStringLiteral("review_copy_id"),
              QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("review_copy_member_id"), QString::number(recipient.memberId) },
            { QStringLiteral("review_copy_member_name"), recipient.name },
            { QStringLiteral("review_copy_role"), RoleNames::key(recipient.role) },
            { QStringLiteral("review_copy_taken_utc"),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
            { QStringLiteral("review_copy_base_revision"), QString::number(baseRevision) },
        };
        for (const auto& [key, value] : meta) {
            if (auto s = execute(
                    copy, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"),
                    { key, value });
                !s)
                return fail(s.error());
        }
        if (auto s = tx.commit(); !s)
            return fail(s.error());
        QSqlQuery vacuum(copy.connection());
        if (!vacuum.exec(QStringLiteral("VACUUM")))
            return fail(SqlQuery::errorOf(vacuum, tr("The review copy could not be compacted.")));
    }
    return {};
}

std::optional<ReviewCopyInfo> ReviewCopy::infoOf(const Database& db)
{
    const QString copyId = metaValue(db, QStringLiteral("review_copy_id"));
    if (copyId.isEmpty())
        return std::nullopt;
    ReviewCopyInfo info;
    info.copyId = copyId;
    info.memberId = metaValue(db, QStringLiteral("review_copy_member_id")).toLongLong();
    info.memberName = metaValue(db, QStringLiteral("review_copy_member_name"));
    info.role
        = RoleNames::fromKey(metaValue(db, QStringLiteral("review_copy_role")), Role::Observer);
    info.takenUtc = QDateTime::fromString(metaValue(db, QStringLiteral("review_copy_taken_utc")),
                                          Qt::ISODate);
    info.baseRevision = metaValue(db, QStringLiteral("review_copy_base_revision")).toLongLong();
    return info;
}

QStringList ReviewCopy::capturedTables()
{
    QStringList names;
    for (const ReviewTable& t : reviewTables())
        names << t.table;
    return names;
}

Result<int> ReviewCopy::pendingChangeCount(const Database& copy)
{
    auto n = queryScalar(copy, QStringLiteral("SELECT count(*) FROM review_pending"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status ReviewCopy::writeChanges(Database& copy, const QString& outPath)
{
    const auto info = copy.reviewCopy();
    if (!info)
        return Error { tr("This database is not a review copy; there are no changes to send back."),
                       {} };
    copy.flushCapturedChanges();
    SqlQuery q(copy, QStringLiteral("SELECT changeset FROM review_pending ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s;
    QList<QByteArray> changesets;
    while (q.next())
        changesets << q.value(0).toByteArray();
    auto combined = ChangeCapture::combine(changesets);
    if (!combined)
        return combined.error();
    ChangesFile file;
    file.changesId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.committeeId = copy.committeeId();
    file.copyId = info->copyId;
    file.schemaVersion = copy.schemaVersion();
    file.baseRevision = info->baseRevision;
    file.author = info->memberName;
    file.memberId = info->memberId;
    file.createdUtc = QDateTime::currentDateTimeUtc();
    file.changeset = combined.value();
    return file.write(outPath);
}

Status ReviewCopy::redact(Database& copy, Role role)
{
    return redactReviewCopy(copy, role);
}

} // namespace csc
