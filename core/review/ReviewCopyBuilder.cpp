// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCopyBuilder.h"

#include "ReviewStore.h"
#include "ReviewTables.h"
#include "core/domain/Permissions.h"
#include "core/storage/CommitteeTransfer.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace csc {

namespace {

// What stays with the committee: its audit trail (values the recipient may not see), the heads
// it published, the copies it issued with their secrets, and its merge bookkeeping.
const QStringList kCommitteeOnlyTables {
    QStringLiteral("audit_log"),          QStringLiteral("audit_anchor"),
    QStringLiteral("review_merged_file"), QStringLiteral("review_issued_copy"),
    QStringLiteral("review_pending"),     QStringLiteral("review_merged_row"),
    QStringLiteral("review_conflict"),
};

bool syncFile(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

ReviewCopyBuilder::ReviewCopyBuilder(const QString& targetPath)
    : m_target(QFileInfo(targetPath).absoluteFilePath())
{ }

ReviewCopyBuilder::~ReviewCopyBuilder()
{
    if (!m_placed && !m_temp.isEmpty())
        QFile::remove(m_temp);
}

Result<ReviewCopyBuilder::Built> ReviewCopyBuilder::build(const Database& committee,
                                                          IssuedCopy& copy)
{
    const QString shown = QDir::toNativeSeparators(m_target);
    const auto failed = [&](const Error& e) {
        return Error {
            tr("The review copy “%1” could not be made; nothing was written there.").arg(shown),
            e.fullText()
        };
    };
    auto opened = Database::openInMemory();
    if (!opened)
        return failed(opened.error());
    Database& mem = *opened.value();
    mem.setSession(committee.session());
    // Deleted rows are overwritten, and SQLite's own scratch files stay in memory too.
    ReviewStore::useSecureScratch(mem);

    if (committee.isServer()) {
        // A committee on a server: its records (as this login may read them) copied in.
        if (auto copied = CommitteeTransfer::copyAll(committee, mem); !copied)
            return failed(copied.error());
    } else {
        sqlite3_backup* backup
            = sqlite3_backup_init(mem.handle(), "main", committee.handle(), "main");
        if (!backup)
            return failed({ tr("The committee's database could not be read."),
                            QString::fromUtf8(sqlite3_errmsg(mem.handle())) });
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return failed({ tr("The committee's database could not be read."),
                            QString::fromUtf8(sqlite3_errstr(rc)) });
    }

    Built built;
    auto head = AuditLog::head(mem);
    if (!head)
        return failed(head.error());
    built.head = head.value();
    built.baseRevision = ReviewStore::lastAuditId(mem).valueOr(0);
    copy.baseRevision = built.baseRevision;
    {
        Transaction tx(mem);
        if (!tx)
            return failed(tx.error());
        if (auto s = ReviewStore::clearTables(mem, kCommitteeOnlyTables); !s)
            return failed(s.error());
        if (auto s = ReviewStore::redactCopy(mem, copy.role); !s)
            return failed(s.error());
        const QList<QPair<QString, QString>> meta {
            { QStringLiteral("review_copy_id"), copy.copyId },
            { QStringLiteral("review_copy_member_id"), QString::number(copy.memberId) },
            { QStringLiteral("review_copy_member_name"), copy.memberName },
            { QStringLiteral("review_copy_role"), RoleNames::key(copy.role) },
            { QStringLiteral("review_copy_taken_utc"), copy.issuedUtc.toString(Qt::ISODate) },
            { QStringLiteral("review_copy_base_revision"), QString::number(built.baseRevision) },
            { QStringLiteral("review_copy_secret"), copy.secret },
            { QStringLiteral("review_copy_audit_head"), built.head.toText() },
        };
        for (const auto& [key, value] : meta) {
            if (auto s = ReviewStore::setMeta(mem, key, value); !s)
                return failed(s.error());
        }
        if (auto s = tx.commit(); !s)
            return failed(s.error());
    }

    // The private file beside the target (same file system, so the rename is atomic).
    {
        const QFileInfo target(m_target);
        QTemporaryFile temp(target.dir().filePath(QLatin1Char('.') + target.fileName()
                                                  + QLatin1String(".XXXXXX.part")));
        temp.setAutoRemove(false);
        if (!temp.open())
            return failed({ tr("No temporary file can be made beside it."), temp.errorString() });
        m_temp = temp.fileName();
    }
    // VACUUM INTO writes only live pages: no free page of the file holds what was redacted.
    if (auto s = ReviewStore::vacuumInto(mem, m_temp); !s)
        return failed(s.error());
    if (!syncFile(m_temp, O_RDWR))
        return failed({ tr("The review copy could not be saved to the disk."), {} });
    if (auto s = check(copy); !s)
        return failed(s.error());
    return built;
}

Status ReviewCopyBuilder::check(const IssuedCopy& copy) const
{
    const QString name = QStringLiteral("review-copy-check-") + QUuid::createUuid().toString();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_temp);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QStringList problems;
        if (!db.open()) {
            problems << db.lastError().text();
        } else {
            problems = ReviewStore::problemsOfFinishedCopy(
                db, copy.copyId, kCommitteeOnlyTables,
                !Permissions::allows(copy.role, Permission::ViewConfidential));
            db.close();
        }
        if (!problems.isEmpty())
            result = Error { tr("The finished review copy failed its check."),
                             problems.join(QLatin1String("; ")) };
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status ReviewCopyBuilder::place()
{
    const QString shown = QDir::toNativeSeparators(m_target);
    QFile temp(m_temp);
    // QFile::rename never replaces an existing file (renameat2 with RENAME_NOREPLACE).
    if (!temp.rename(m_target))
        return Error { tr("The review copy could not be put at “%1”.").arg(shown),
                       temp.errorString() };
    m_placed = true;
    syncFile(QFileInfo(m_target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace csc
