// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/meetings/MinutesReview.h"
#include "core/review/ReviewCopyOpener.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <utility>

namespace csc::test {

std::unique_ptr<Database> openOrFail(const QString& path)
{
    auto db = ReviewCopyOpener::open(path);
    if (!db) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot open %1: %2").arg(path, db.error().fullText())),
            __FILE__, __LINE__);
        return nullptr;
    }
    db.value()->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
    return std::move(db).value();
}

namespace {
bool testsOnServer()
{
    return qgetenv("CSC_TEST_DB") == "postgresql" && pg::available();
}
} // namespace

std::unique_ptr<Database> createOrFail(const QString& path)
{
    auto db = Database::create(testsOnServer() ? pg::freshDatabase() : path);
    if (!db) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot create %1: %2").arg(path, db.error().fullText())),
            __FILE__, __LINE__);
        return nullptr;
    }
    db.value()->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
    return std::move(db).value();
}

std::unique_ptr<Database> inMemoryOrFail()
{
    auto db = testsOnServer() ? Database::create(pg::freshDatabase()) : Database::openInMemory();
    if (!db) {
        QTest::qFail(qPrintable(db.error().fullText()), __FILE__, __LINE__);
        return nullptr;
    }
    db.value()->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
    return std::move(db).value();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeRawDatabase(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning() << "cannot run" << sql;
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool writeDamagedDatabase(const QString& path)
{
    QStringList statements { QStringLiteral("CREATE TABLE t(x TEXT)") };
    for (int i = 0; i < 400; ++i)
        statements << QStringLiteral("INSERT INTO t VALUES ('%1')")
                          .arg(QString(200, QLatin1Char('a' + i % 26)));
    statements << QStringLiteral("CREATE INDEX t_x ON t(x)");
    if (!writeRawDatabase(path, statements))
        return false;
    QByteArray bytes = fileBytes(path);
    if (bytes.size() <= 8 * 4096)
        return false;
    // Scribble over the middle of the file, leaving the header intact.
    for (int i = 3 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char(0x5a ^ (i & 0xff));
    writeFile(path, bytes);
    return true;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        QTest::qFail(qPrintable(QStringLiteral("cannot write %1").arg(path)), __FILE__, __LINE__);
    f.write(bytes);
}

bool dropTrigger(Database& db, const QString& trigger, const QString& table)
{
    QSqlQuery q(db.connection());
    const QString sql = db.isServer() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, table)
                                      : QStringLiteral("DROP TRIGGER %1").arg(trigger);
    if (!q.exec(sql)) {
        qWarning() << "cannot run" << sql << q.lastError().text();
        return false;
    }
    return true;
}

QString contentDump(const Database& db, const QStringList& skipTables)
{
    QString dump;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    QStringList virtualTables;
    while (tables.next()) {
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"),
                                                  Qt::CaseInsensitive))
            virtualTables << tables.value(0).toString();
        else
            names << tables.value(0).toString();
    }
    for (const QString& table : std::as_const(names)) {
        // Search indexes and their shadow tables are derived data.
        const bool shadow
            = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                          [&](const QString& v) { return table.startsWith(v + QLatin1Char('_')); });
        if (skipTables.contains(table) || shadow)
            continue;
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        dump += QLatin1String("## ") + table + QLatin1Char('\n');
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

CommandResult runCscDesk(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(CSC_APP_BINARY), arguments);
    CommandResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(CSC_TEST_DATA_DIR "/") + relative;
}

QString pdfText(const QString& pdfPath)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTest::qFail("pdftotext failed (is poppler-utils installed?)", __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool approveAsVotingMembers(Database& db, qint64 meetingId)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name FROM member WHERE voting = 1 ORDER BY id"));
    if (!q.exec())
        return false;
    QList<QPair<qint64, QString>> voting;
    while (q.next())
        voting.append({ q.value(0).toLongLong(), q.value(1).toString() });
    const UserSession before = db.session();
    bool ok = !voting.isEmpty();
    for (const auto& [id, name] : std::as_const(voting)) {
        db.setSession({ name, Role::Member, id });
        if (auto a = MinutesReview::approve(db, meetingId); !a) {
            qWarning() << a.error().fullText();
            ok = false;
        }
    }
    db.setSession(before);
    return ok;
}

namespace pg {

namespace {
QString clusterDir()
{
    return qEnvironmentVariable("CSC_TEST_PG");
}

template<typename F> auto withConnection(const QString& user, const QString& database, F&& work)
{
    static int counter = 0;
    const QString name = QStringLiteral("csc-test-pg-%1").arg(++counter);
    decltype(work(std::declval<QSqlDatabase&>())) result {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(clusterDir());
        db.setPort(5432);
        db.setUserName(user);
        db.setDatabaseName(database);
        if (db.open())
            result = work(db);
        else
            qWarning() << "cannot connect as" << user << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

bool available()
{
    return !clusterDir().isEmpty() && QFile::exists(clusterDir() + QLatin1String("/ready"));
}

const char* unavailableReason()
{
    return "no PostgreSQL test cluster (install Debian's postgresql; CTest starts one): "
           "only the SQLite suite runs";
}

QString url(const QString& database, const QString& user)
{
    return QStringLiteral("postgresql://%1@localhost:5432/%2?host=%3")
        .arg(user, database, clusterDir());
}

QString freshDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().remove(QLatin1Char('-')))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter);
    if (!admin({ QStringLiteral("CREATE DATABASE %1").arg(name) }))
        return {};
    return url(name);
}

bool admin(const QStringList& statements, const QString& database)
{
    const bool ok
        = withConnection(QStringLiteral("cscdesk_admin"), database, [&](QSqlDatabase& db) {
              QSqlQuery q(db);
              for (const QString& sql : statements) {
                  if (!q.exec(sql)) {
                      qWarning() << "cannot run" << sql << q.lastError().text();
                      return false;
                  }
              }
              return true;
          });
    if (!ok)
        QTest::qFail("administering the PostgreSQL test cluster failed", __FILE__, __LINE__);
    return ok;
}

QStringList rowsAs(const QString& user, const QString& database, const QString& sql)
{
    return withConnection(user, database, [&](QSqlDatabase& db) {
        QStringList rows;
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            rows << QLatin1String("ERROR: ") + q.lastError().databaseText();
            return rows;
        }
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << q.value(i).toString();
            rows << columns.join(QLatin1Char('|'));
        }
        return rows;
    });
}

} // namespace pg

} // namespace csc::test
