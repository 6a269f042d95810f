// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDialect.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace csc {

namespace {

// SQLite's own statement API: texts bound without a copy, one statement for every row.
class SqliteBulkLoad final : public BulkLoad
{
public:
    SqliteBulkLoad(sqlite3* handle, sqlite3_stmt* statement, bool idsWanted)
        : m_handle(handle)
        , m_statement(statement)
        , m_idsWanted(idsWanted)
    { }
    ~SqliteBulkLoad() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteBulkLoad)

    void setText(int column, QByteArrayView utf8) override
    {
        sqlite3_bind_text(m_statement, column + 1, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    void setInt(int column, qint64 value) override
    {
        sqlite3_bind_int64(m_statement, column + 1, value);
    }
    void setDouble(int column, double value) override
    {
        sqlite3_bind_double(m_statement, column + 1, value);
    }
    void setBlob(int column, QByteArrayView bytes) override
    {
        // A blob of no bytes is still a blob, not NULL (as Qt's driver binds it).
        sqlite3_bind_blob(m_statement, column + 1, bytes.isEmpty() ? "" : bytes.data(),
                          int(bytes.size()), SQLITE_STATIC);
    }
    void setNull(int column) override { sqlite3_bind_null(m_statement, column + 1); }
    Outcome add() override
    {
        const int rc = sqlite3_step(m_statement);
        Outcome outcome = Outcome::Added;
        if (rc == SQLITE_DONE) {
            if (m_idsWanted)
                m_lastId = sqlite3_last_insert_rowid(m_handle);
        } else {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
            // A full disk is the database's trouble, not the row's: storageError names it.
            m_error = SqlQuery::storageError(sqlite3_extended_errcode(m_handle), QString(), detail);
            outcome = m_error.message.isEmpty() ? Outcome::Refused : Outcome::StorageFailed;
        }
        sqlite3_reset(m_statement);
        return outcome;
    }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
    bool m_idsWanted;
};

} // namespace

QString SqliteDialect::insertOrIgnore(const QString& table, const QStringList& columns,
                                      const QStringList& conflictColumns) const
{
    Q_UNUSED(conflictColumns); // SQLite ignores a conflict on any unique key
    return QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), placeholders(int(columns.size())));
}

QString SqliteDialect::upsert(const QString& table, const QStringList& columns,
                              const QStringList& conflictColumns,
                              const QStringList& updateColumns) const
{
    QStringList sets;
    for (const QString& c : updateColumns)
        sets << c + QLatin1String(" = excluded.") + c;
    return insertStatement(table, columns)
        + QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2")
              .arg(conflictColumns.join(QLatin1String(", ")), sets.join(QLatin1String(", ")));
}

Result<qint64> SqliteDialect::insertReturningId(const Database& db, const QString& insertSql,
                                                const QVariantList& values) const
{
    SqlQuery q(db, insertSql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<bool> SqliteDialect::tableExists(const Database& db, const QString& table) const
{
    auto found = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
        { table });
    if (!found)
        return found.error();
    return found.value().toInt() > 0;
}

Result<QStringList> SqliteDialect::columnsOf(const Database& db, const QString& table) const
{
    SqlQuery q(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    q.bind(table);
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString SqliteDialect::transactionStatement(TransactionStep step, const QString& savepoint) const
{
    switch (step) {
    case TransactionStep::Begin:
        return QStringLiteral("BEGIN IMMEDIATE");
    case TransactionStep::Commit:
        return QStringLiteral("COMMIT");
    case TransactionStep::Rollback:
        return QStringLiteral("ROLLBACK");
    case TransactionStep::Savepoint:
        return QLatin1String("SAVEPOINT ") + savepoint;
    case TransactionStep::Release:
        return QLatin1String("RELEASE ") + savepoint;
    case TransactionStep::RollbackTo:
        return QLatin1String("ROLLBACK TO ") + savepoint;
    }
    return {};
}

Status SqliteDialect::configureConnection(const Database& db, bool writableFile) const
{
    useExtendedResultCodes(db.connection());
    QSqlQuery q(db.connection());
    const auto run = [&](const QString& sql) -> Status {
        if (!q.exec(sql))
            return SqlQuery::errorOf(
                q, QCoreApplication::translate("Database", "Cannot configure the database."));
        return {};
    };
    if (auto s = run(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (writableFile) {
        if (auto s = run(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s;
        if (auto s = run(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
            return s;
    }
    return {};
}

void SqliteDialect::beforeClose(const Database& db) const
{
    // Fold the WAL back so the file is complete on its own when copied.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

int SqliteDialect::schemaVersion(const Database& db) const
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status SqliteDialect::setSchemaVersion(const Database& db, int version) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return SqlQuery::errorOf(
            q, QCoreApplication::translate("Database", "Cannot record the schema version."));
    return {};
}

Status SqliteDialect::markAsOurs(const Database& db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
        return SqlQuery::errorOf(q, tr("Cannot mark the file as a CSC Desk database."));
    return {};
}

Status SqliteDialect::runScript(const Database& db, const QByteArray& script,
                                const QString& name) const
{
    char* message = nullptr;
    // Qt runs one statement per exec(); a schema script is many, so it goes to SQLite directly.
    const int rc = sqlite3_exec(db.handle(), script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc))
            + QLatin1String(" in ") + name;
        sqlite3_free(message);
        return Error { QCoreApplication::translate("csc::Migrations",
                                                   "The database schema could not be created."),
                       detail };
    }
    return {};
}

Result<QList<SqlDialect::TriggerInfo>> SqliteDialect::triggersOn(const Database& db,
                                                                 const QStringList& tables) const
{
    SqlQuery q(db,
               QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = "
                              "'trigger' AND tbl_name IN (%1)")
                   .arg(placeholders(int(tables.size()))));
    for (const QString& t : tables)
        q.bind(t);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<TriggerInfo> found;
    while (q.next())
        found.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return found;
}

Result<QStringList> SqliteDialect::integrityProblems(const Database& db, int limit) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(limit)))
        return Error { q.lastError().text(), {} };
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QString SqliteDialect::fullTextMatch(const QString& ftsTable, const QString& alias) const
{
    Q_UNUSED(alias); // FTS5 matches on the table's own name
    // The term as one quoted FTS5 prefix token.
    return ftsTable + QLatin1String(" MATCH ('\"' || replace(?, '\"', '\"\"') || '\"*')");
}

namespace {

int interruptWhenCancelled(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

// SQLite's result codes for "this is not a database" and "the database is corrupt".
bool isDamageError(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

} // namespace

void SqliteDialect::setCancelFlag(const Database& db, const std::atomic_bool* cancel) const
{
    if (sqlite3* h = db.handle())
        sqlite3_progress_handler(h, cancel ? 1000 : 0, cancel ? interruptWhenCancelled : nullptr,
                                 const_cast<std::atomic_bool*>(cancel));
}

sqlite3* SqliteDialect::handleOf(const QSqlDatabase& connection)
{
    const QVariant v = connection.driver() ? connection.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

void SqliteDialect::useExtendedResultCodes(const QSqlDatabase& connection)
{
    if (sqlite3* h = handleOf(connection))
        sqlite3_extended_result_codes(h, 1);
}

SqliteDialect::FileCheck SqliteDialect::checkFile(const QSqlDatabase& connection, bool quickCheck)
{
    FileCheck check;
    QSqlQuery q(connection);
    // Without the quick check (it runs later, off the first paint: FileCheck) only the
    // header values are read here.
    if (!q.exec(quickCheck ? QStringLiteral("PRAGMA quick_check")
                           : QStringLiteral("SELECT 'ok'"))) {
        check.outcome = isDamageError(q.lastError()) ? FileCheck::Outcome::Damaged
                                                     : FileCheck::Outcome::Unreadable;
        check.detail = q.lastError().text();
        check.nativeCode = q.lastError().nativeErrorCode().toInt();
        return check;
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList { QStringLiteral("ok") }) {
        check.outcome = FileCheck::Outcome::Damaged;
        check.detail = problems.mid(0, 3).join(QLatin1String("; "));
        return check;
    }
    q.exec(QStringLiteral("PRAGMA user_version"));
    check.userVersion = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("PRAGMA application_id"));
    check.applicationId = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    check.tableCount = q.next() ? q.value(0).toInt() : 0;
    return check;
}

SqliteDialect::BackupOutcome SqliteDialect::backup(sqlite3* source, const QString& targetPath)
{
    BackupOutcome outcome;
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
    outcome.ok = rc == SQLITE_OK;
    outcome.detail = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString();
    outcome.extendedCode = target ? sqlite3_extended_errcode(target) : rc;
    sqlite3_close(target);
    return outcome;
}

Result<std::unique_ptr<BulkLoad>> SqliteDialect::bulkLoad(const Database& db, const QString& table,
                                                          const QStringList& columns,
                                                          BulkLoad::Ids ids) const
{
    const QByteArray sql = insertStatement(table, columns).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error { tr("The database refused an operation."),
                       QString::fromUtf8(sqlite3_errmsg(db.handle())) };
    }
    return std::unique_ptr<BulkLoad>(
        std::make_unique<SqliteBulkLoad>(db.handle(), statement, ids == BulkLoad::Ids::Wanted));
}

Status SqliteDialect::serialiseAuditAppend(const Database& db) const
{
    Q_UNUSED(db); // BEGIN IMMEDIATE already holds the one write lock
    return {};
}

QStringList SqliteDialect::schemaStatements(const QString& sqliteScript) const
{
    return { sqliteScript }; // run whole by sqlite3_exec
}

Status SqliteDialect::deferConstraints(const Database& db) const
{
    return execute(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Status SqliteDialect::lockSchema(const Database& db) const
{
    Q_UNUSED(db); // the migration's BEGIN IMMEDIATE holds the file's one write lock
    return {};
}

} // namespace csc
