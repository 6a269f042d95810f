// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCopyBuilder.h"

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

// Empties the committee-only tables; their append-only guards step aside and come back as they
// were, so the copy's own trail stays guarded.
Status clearCommitteeOnlyTables(Database& copy)
{
    QStringList guards;
    for (const QString& table : kCommitteeOnlyTables) {
        SqlQuery q(copy,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                  "tbl_name = ?"));
        q.bind(table);
        if (auto s = q.exec(); !s)
            return s;
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            guards << q.value(1).toString();
        }
        for (const QString& name : std::as_const(names)) {
            if (auto s = execute(copy, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
                return s;
        }
        if (auto s = execute(copy, QStringLiteral("DELETE FROM \"%1\"").arg(table)); !s)
            return s;
    }
    for (const QString& guard : std::as_const(guards)) {
        if (auto s = execute(copy, guard); !s)
            return s;
    }
    return {};
}

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
    for (const QString& pragma : { QStringLiteral("PRAGMA secure_delete = ON"),
                                   QStringLiteral("PRAGMA temp_store = MEMORY") })
        QSqlQuery(mem.connection()).exec(pragma);

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
    built.baseRevision
        = queryScalar(mem, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
              .valueOr(0)
              .toLongLong();
    copy.baseRevision = built.baseRevision;
    {
        Transaction tx(mem);
        if (!tx)
            return failed(tx.error());
        if (auto s = clearCommitteeOnlyTables(mem); !s)
            return failed(s.error());
        if (auto s = redactReviewCopy(mem, copy.role); !s)
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
            if (auto s = execute(
                    mem, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"),
                    { key, value });
                !s)
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
    if (auto s = execute(mem, QStringLiteral("VACUUM INTO ?"), { m_temp }); !s)
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
        const auto scalar = [&](const QString& sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        };
        QStringList problems;
        if (!db.open()) {
            problems << db.lastError().text();
        } else {
            if (scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
                problems << QStringLiteral("integrity_check failed");
            if (scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'review_copy_id'"))
                    .toString()
                != copy.copyId)
                problems << QStringLiteral("the copy id is not in the file");
            for (const QString& table : kCommitteeOnlyTables) {
                if (scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toInt() != 0)
                    problems << QStringLiteral("%1 was not emptied").arg(table);
            }
            if (!Permissions::allows(copy.role, Permission::ViewConfidential)) {
                QSqlQuery tables(db);
                tables.exec(QStringLiteral(
                    "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE "
                    "m.type = 'table' AND c.name = 'confidential'"));
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                for (const QString& table : std::as_const(names)) {
                    if (scalar(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE confidential <> 0")
                                   .arg(table))
                            .toInt()
                        != 0)
                        problems << QStringLiteral("confidential rows left in %1").arg(table);
                }
                if (scalar(
                        QStringLiteral("SELECT count(*) FROM case_record WHERE is_exercise <> 0"))
                        .toInt()
                    != 0)
                    problems << QStringLiteral("exercise cases left");
            }
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
