// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "ChangeNotifier.h"
#include "DatabaseLock.h"
#include "Migrations.h"
#include "PostgresDialect.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "core/review/ChangeCapture.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace csc {

namespace {

// 'CSCD': tells our files from other applications' SQLite databases.
constexpr int kApplicationId = 0x43534344;

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

// SQLite's result codes for "this is not a database" and "the database is corrupt".
bool isDamageError(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
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
Result<Inspection> inspect(const QString& path)
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
        if (opened) {
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                sqlite3_extended_result_codes(*static_cast<sqlite3* const*>(handle.constData()), 1);
        }
        if (!opened) {
            result = Error {
                Database::tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)),
                db.lastError().text()
            };
        } else {
            QSqlQuery q(db);
            const auto damaged = [&](const QString& detail) {
                return Error {
                    Database::tr(
                        "“%1” is damaged and was left untouched. Restore it from a backup copy.")
                        .arg(QDir::toNativeSeparators(path)),
                    detail
                };
            };
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                if (isDamageError(q.lastError()))
                    result = damaged(q.lastError().text());
                else
                    // A full disk (no room for the shared-memory file) is said as such.
                    result = SqlQuery::storageError(
                        q.lastError().nativeErrorCode().toInt(),
                        Database::tr("“%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
                        q.lastError().text());
            } else {
                QStringList problems;
                while (q.next())
                    problems << q.value(0).toString();
                if (problems != QStringList { QStringLiteral("ok") }) {
                    result = damaged(problems.mid(0, 3).join(QLatin1String("; ")));
                } else {
                    Inspection info;
                    q.exec(QStringLiteral("PRAGMA user_version"));
                    info.userVersion = q.next() ? q.value(0).toInt() : 0;
                    q.exec(QStringLiteral("PRAGMA application_id"));
                    info.applicationId = q.next() ? q.value(0).toInt() : 0;
                    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
                    info.tableCount = q.next() ? q.value(0).toInt() : 0;
                    result = info;
                }
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
    return openFile(path, options, false);
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
    auto db = openFile(absolute, writable, true);
    if (!db) {
        QFile::remove(absolute);
        QFile::remove(absolute + QLatin1String("-wal"));
        QFile::remove(absolute + QLatin1String("-shm"));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, const Options& options,
                                                     bool creating)
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
        auto inspected = inspect(db->m_path);
        if (!inspected)
            return inspected.error();
        const Inspection& found = inspected.value();
        if (found.applicationId != kApplicationId && found.tableCount > 0)
            return Error { tr("“%1” is an SQLite database of another application, not a CSC Desk "
                              "database. It was left untouched.")
                               .arg(shownPath),
                           {} };
        if (found.applicationId != kApplicationId)
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

    if (auto configured = db->configureConnection(); !configured)
        return configured.error();

    const int version = db->schemaVersion();
    const int target = options.targetVersion >= 0 ? options.targetVersion : currentSchemaVersion();
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
    if (target == currentSchemaVersion()) {
        db->m_reviewCopy = ReviewCopy::infoOf(*db);
        if (db->m_reviewCopy && !db->isReadOnly())
            db->m_capture
                = std::make_unique<ChangeCapture>(db->handle(), ReviewCopy::capturedTables());
        db->setSession(db->m_session);
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
    m_session = session;
    m_session.reviewCopy = m_reviewCopy.has_value();
    if (m_serverRole)
        m_session.role = *m_serverRole;
    if (m_reviewCopy) {
        m_session.name = m_reviewCopy->memberName;
        m_session.role = m_reviewCopy->role;
        m_session.memberId = m_reviewCopy->memberId;
    }
}

void Database::committed()
{
    flushCapturedChanges();
    ChangeNotifier::of(*this).flush();
}

void Database::flushCapturedChanges()
{
    if (!m_capture || m_transactionDepth > 0)
        return;
    auto changeset = m_capture->takeChangeset();
    if (!changeset || changeset.value().isEmpty())
        return;
    // A single autocommit insert into a table the capture ignores.
    execute(*this,
            QStringLiteral("INSERT INTO review_pending(changeset, recorded_utc) VALUES (?, ?)"),
            { changeset.value(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) })
        .ok();
}

Database::~Database()
{
    flushCapturedChanges();
    ChangeNotifier::forget(this);
    m_capture.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
            if (conn.isOpen() && !isReadOnly() && !isInMemory() && !isServer()) {
                // Fold the WAL back so the file is complete on its own when copied.
                QSqlQuery(conn).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            conn.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

Status Database::configureConnection()
{
    if (isServer())
        return {};
    // Extended result codes tell a failed write (a full disk, a file size limit) from a
    // failed read, so the user is told the right thing (SqlQuery::storageError).
    if (sqlite3* h = handle())
        sqlite3_extended_result_codes(h, 1);
    QSqlQuery q(connection());
    const auto run = [&](const QString& sql) -> Status {
        if (!q.exec(sql))
            return SqlQuery::errorOf(q, tr("Cannot configure the database."));
        return {};
    };
    if (auto s = run(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (!isReadOnly() && !isInMemory()) {
        if (auto s = run(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s;
        if (auto s = run(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
            return s;
    }
    return {};
}

Status Database::migrate(int targetVersion)
{
    if (isServer())
        return PostgresDialect::migrate(*this, targetVersion);
    const int from = schemaVersion();
    Transaction tx(*this);
    if (!tx)
        return tx.error();
    for (const Migration& step : Migrations::steps()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        for (const QString& script : step.scripts) {
            if (auto s = Migrations::runScript(*this, script); !s)
                return Error {
                    tr("Upgrading the database to schema %1 failed; it was left as it was.")
                        .arg(step.version),
                    s.error().fullText()
                };
        }
    }
    QSqlQuery q(connection());
    if (from == 0) {
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        SqlQuery meta(*this,
                      QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES "
                                     "('committee_id', ?), ('created_utc', ?)"));
        meta.bind(QUuid::createUuid().toString(QUuid::WithoutBraces));
        meta.bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (auto s = meta.exec(); !s)
            return s;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)))
        return SqlQuery::errorOf(q, tr("Cannot record the schema version."));
    return tx.commit();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (isServer())
        return PostgresDialect::schemaVersion(*this).valueOr(0);
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int Database::currentSchemaVersion()
{
    return Migrations::steps().last().version;
}

QString Database::committeeId() const
{
    return queryScalar(*this, QStringLiteral("SELECT value FROM meta WHERE key = 'committee_id'"))
        .valueOr({})
        .toString();
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

Status Database::backupTo(const QString& targetPath) const
{
    sqlite3* source = handle();
    if (!source)
        return Error { tr("The database is not open."), {} };
    sqlite3* target = nullptr;
    const QByteArray targetName = QFile::encodeName(targetPath);
    int rc = sqlite3_open_v2(targetName.constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString detail = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString();
    const int extended = target ? sqlite3_extended_errcode(target) : rc;
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(targetPath);
        const QString message
            = tr("Cannot write the copy “%1”.").arg(QDir::toNativeSeparators(targetPath));
        const Error storage = SqlQuery::storageError(extended, message, detail);
        // The disk's words, and which file it was.
        return Error { storage.message == message ? message
                                                  : message + QLatin1Char(' ') + storage.message,
                       detail };
    }
    return {};
}

} // namespace csc
