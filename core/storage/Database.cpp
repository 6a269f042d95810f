// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "ChangeNotifier.h"
#include "DatabaseLock.h"
#include "FileCheck.h"
#include "Migrations.h"
#include "SchemaStore.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "SqliteDialect.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace csc {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cscdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A WAL database in a folder we cannot write to has no shared-memory file and
// cannot get one; SQLite reads it only when told the file is immutable.
bool needsImmutableOpen(const QString& path)
{
    const QFileInfo info(path);
    return !QFileInfo(info.absolutePath()).isWritable()
        && !QFileInfo::exists(path + QLatin1String("-shm"));
}

void setReadOnlyName(QSqlDatabase& db, const QString& path, QString options)
{
    if (needsImmutableOpen(path)) {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                           + QLatin1String("?immutable=1"));
        options += QLatin1String(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options + QLatin1String(";QSQLITE_OPEN_READONLY"));
}

// What we learn about an existing file before anything may write to it.
struct Inspection
{
    int userVersion = 0;
    int applicationId = 0;
    int tableCount = 0;
};

// Looks at an existing file strictly read-only, so a file we refuse stays
// byte-for-byte as it was.
Result<Inspection> inspect(const QString& path, bool quickCheck)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Database::tr("Cannot read “%1”: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    const QByteArray header = file.read(16);
    file.close();
    if (header.size() < 16 || header != QByteArrayLiteral("SQLite format 3\0"))
        return Error { Database::tr("“%1” is not a CSC Desk database: it is not an SQLite file.")
                           .arg(QDir::toNativeSeparators(path)),
                       {} };

    const QString name = nextConnectionName();
    Result<Inspection> result = Inspection {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setReadOnlyName(db, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        const bool opened = db.open();
        if (opened)
            SqliteDialect::useExtendedResultCodes(db);
        if (!opened) {
            result = Error {
                Database::tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)),
                db.lastError().text()
            };
        } else {
            const SqliteDialect::FileCheck check = SqliteDialect::checkFile(db, quickCheck);
            switch (check.outcome) {
            case SqliteDialect::FileCheck::Outcome::Damaged:
                result = Error {
                    Database::tr(
                        "“%1” is damaged and was left untouched. Restore it from a backup copy.")
                        .arg(QDir::toNativeSeparators(path)),
                    check.detail
                };
                break;
            case SqliteDialect::FileCheck::Outcome::Unreadable:
                // A full disk (no room for the shared-memory file) is said as such.
                result = SqlQuery::storageError(
                    check.nativeCode,
                    Database::tr("“%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
                    check.detail);
                break;
            case SqliteDialect::FileCheck::Outcome::Sound:
                result = Inspection { check.userVersion, check.applicationId, check.tableCount };
                break;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString backupFileName(const QString& path)
{
    const QFileInfo info(path);
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return info.dir().filePath(info.completeBaseName() + QLatin1String(".backup-") + stamp
                               + QLatin1String(".db"));
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (isServerUrl(path))
        return openServer(path, options, false);
    return openFile(path, options, false, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options,
                                                 const CopyAccess&)
{
    return openFile(path, options, false, true);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const Options& options)
{
    if (isServerUrl(path))
        return openServer(path, options, true);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shownPath = QDir::toNativeSeparators(absolute);
    if (QFileInfo::exists(absolute) || QFileInfo(absolute).isSymLink())
        return Error { tr("“%1” already exists; a new committee is only created in a new file. "
                          "The file was left untouched.")
                           .arg(shownPath),
                       {} };
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error { tr("Cannot create the folder for “%1”.").arg(shownPath), {} };
    // Claim the name first (fails if another process made the file meanwhile), so what we
    // build can never be someone else's file.
    QFile claim(absolute);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error { tr("Cannot create “%1”: %2").arg(shownPath, claim.errorString()), {} };
    claim.close();
    Options writable = options;
    writable.readOnly = false;
    auto db = openFile(absolute, writable, true, false);
    if (!db) {
        QFile::remove(absolute);
        QFile::remove(absolute + QLatin1String("-wal"));
        QFile::remove(absolute + QLatin1String("-shm"));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, const Options& options,
                                                     bool creating, bool copyAllowed)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    const QString shownPath = QDir::toNativeSeparators(db->m_path);
    const QFileInfo info(db->m_path);

    // Only create() makes a database; everything else must already be one of ours.
    const bool fresh = creating;
    if (!creating) {
        if (!info.exists())
            return Error { tr("The database “%1” does not exist.").arg(shownPath), {} };
        if (!info.isFile())
            return Error { tr("“%1” is not a CSC Desk database: it is not a file.").arg(shownPath),
                           {} };
        if (info.size() == 0)
            return Error {
                tr("“%1” is not a CSC Desk database: the file is empty. It was left untouched.")
                    .arg(shownPath),
                {}
            };
        auto inspected = inspect(db->m_path, !options.deferQuickCheck);
        if (!inspected)
            return inspected.error();
        const Inspection& found = inspected.value();
        if (found.applicationId != SqliteDialect::kApplicationId && found.tableCount > 0)
            return Error { tr("“%1” is an SQLite database of another application, not a CSC Desk "
                              "database. It was left untouched.")
                               .arg(shownPath),
                           {} };
        if (found.applicationId != SqliteDialect::kApplicationId)
            return Error { tr("“%1” is not a CSC Desk database: it is an empty SQLite file. It was "
                              "left untouched.")
                               .arg(shownPath),
                           {} };
        if (found.userVersion > currentSchemaVersion())
            return Error { tr("“%1” was written by a newer CSC Desk (schema %2; this version reads "
                              "up to %3). Update CSC Desk to open it; the file was left untouched.")
                               .arg(shownPath)
                               .arg(found.userVersion)
                               .arg(currentSchemaVersion()),
                           {} };
    }

    // One writer per file (by its identity, not its name): a second CSC Desk on the same
    // file opens it read-only.
    db->m_lock = std::make_unique<DatabaseLock>(db->m_path);
    if (options.readOnly) {
        db->m_readOnlyReason = tr("Opened read-only as requested.");
    } else if ((info.exists() && !info.isWritable())
               || !QFileInfo(info.absolutePath()).isWritable()) {
        db->m_readOnlyReason = tr("The file or its folder is read-only; changes cannot be saved.");
    } else if (!db->m_lock->tryLock()) {
        db->m_readOnlyReason = db->m_lock->heldBy();
    }
    if (db->isReadOnly() && fresh)
        return Error { tr("Cannot create “%1”: %2").arg(shownPath, db->m_readOnlyReason), {} };

    db->m_connectionName = nextConnectionName();
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    const QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (db->isReadOnly()) {
        setReadOnlyName(conn, db->m_path, connectOptions);
    } else {
        conn.setDatabaseName(db->m_path);
        conn.setConnectOptions(connectOptions);
    }
    if (!conn.open())
        return Error { tr("“%1” cannot be opened.").arg(shownPath), conn.lastError().text() };
    if (!db->isReadOnly())
        db->m_lock->holdFile(); // a file SQLite just created is held like any other

    // Asked before anything (a migration, its backup) writes to the file.
    if (!fresh && !copyAllowed && !options.readOnly && SchemaStore::isMarkedAsCopy(*db))
        return Error { tr("“%1” is a member's review copy, not a committee file: it opens only "
                          "as a review copy, in that member's name and role. It was left "
                          "untouched.")
                           .arg(shownPath),
                       {} };

    if (auto configured = db->configureConnection(); !configured)
        return configured.error();

    const int version = db->schemaVersion();
    const int target = options.targetVersion >= 0 ? options.targetVersion : currentSchemaVersion();
    if (version < target && !creating && options.deferQuickCheck) {
        // An upgrade writes: the file is checked first, as when the check is not deferred.
        if (auto found = inspect(db->m_path, true); !found)
            return found.error();
    }
    if (version < target) {
        if (db->isReadOnly())
            return Error {
                tr("“%1” needs an upgrade to this version of CSC Desk, but it is read-only: %2")
                    .arg(shownPath, db->m_readOnlyReason),
                {}
            };
        if (!fresh) {
            db->m_backupPath = backupFileName(db->m_path);
            if (auto saved = db->backupTo(db->m_backupPath); !saved)
                return Error {
                    tr("Could not save a backup of “%1” before upgrading it; nothing was changed.")
                        .arg(shownPath),
                    saved.error().fullText()
                };
        }
        if (auto migrated = db->migrate(target); !migrated)
            return migrated.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(QStringLiteral(":memory:"));
    if (!conn.open())
        return Error { tr("Cannot create an in-memory database."), conn.lastError().text() };
    if (auto configured = db->configureConnection(); !configured)
        return configured.error();
    if (auto migrated = db->migrate(currentSchemaVersion()); !migrated)
        return migrated.error();
    return db;
}

void Database::setSession(const UserSession& session)
{
    m_session = m_pinnedSession.value_or(session);
    m_session.reviewCopy = m_pinnedSession.has_value();
    // On a server the login's role is what the server enforces; a review copy's pinned one wins.
    if (m_serverRole && !m_pinnedSession)
        m_session.role = *m_serverRole;
}

void Database::pinSession(const UserSession& session)
{
    m_pinnedSession = session;
    setSession(session);
}

void Database::addCommitObserver(std::unique_ptr<CommitObserver> observer)
{
    m_observers.push_back(std::move(observer));
}

void Database::notifyCommitObservers()
{
    if (m_transactionDepth > 0)
        return;
    for (const auto& observer : m_observers)
        observer->committed(*this);
}

void Database::committed()
{
    notifyCommitObservers();
    ChangeNotifier::of(*this).flush();
}

Status FileCheck::checkFile(const QString& path)
{
    auto found = inspect(path, true);
    if (!found)
        return found.error();
    return {};
}

Database::~Database()
{
    // A deferred check of the file (FileCheck) ends first; a damaged file is not written.
    const bool sound = bool(FileCheck::of(*this));
    FileCheck::forget(this);
    notifyCommitObservers();
    ChangeNotifier::forget(this);
    m_observers.clear();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
            if (conn.isOpen() && !isReadOnly() && !isInMemory() && sound)
                SqlDialect::of(*this).beforeClose(*this);
            conn.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

Status Database::configureConnection()
{
    return SqlDialect::of(*this).configureConnection(*this, !isReadOnly() && !isInMemory());
}

Status Database::migrate(int targetVersion)
{
    Transaction tx(*this);
    if (!tx)
        return tx.error();
    // On a server two clients may start together: the second waits, then finds the work done.
    if (auto s = SqlDialect::of(*this).lockSchema(*this); !s)
        return s;
    const int from = schemaVersion();
    if (from >= targetVersion)
        return tx.commit();
    for (const Migration& step : Migrations::steps()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        if (auto s = Migrations::run(*this, step); !s)
            return Error { tr("Upgrading the database to schema %1 failed; it was left as it was.")
                               .arg(step.version),
                           s.error().fullText() };
    }
    if (from == 0) {
        if (auto s = SqlDialect::of(*this).markAsOurs(*this); !s)
            return s;
        if (auto s
            = SchemaStore::initMeta(*this, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    QDateTime::currentDateTimeUtc());
            !s)
            return s;
    }
    if (auto s = SqlDialect::of(*this).setSchemaVersion(*this, targetVersion); !s)
        return s;
    return tx.commit();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SqlDialect::of(*this).schemaVersion(*this);
}

int Database::currentSchemaVersion()
{
    return Migrations::steps().last().version;
}

QString Database::committeeId() const
{
    return SchemaStore::metaValue(*this, QStringLiteral("committee_id"));
}

sqlite3* Database::handle() const
{
    return SqliteDialect::handleOf(connection());
}

Status Database::backupTo(const QString& targetPath) const
{
    sqlite3* source = handle();
    if (!source)
        return Error { tr("The database is not open."), {} };
    const SqliteDialect::BackupOutcome outcome = SqliteDialect::backup(source, targetPath);
    if (!outcome.ok) {
        QFile::remove(targetPath);
        const QString message
            = tr("Cannot write the copy “%1”.").arg(QDir::toNativeSeparators(targetPath));
        const Error storage = SqlQuery::storageError(outcome.extendedCode, message, outcome.detail);
        // The disk's words, and which file it was.
        return Error { storage.message == message ? message
                                                  : message + QLatin1Char(' ') + storage.message,
                       outcome.detail };
    }
    return {};
}

} // namespace csc
