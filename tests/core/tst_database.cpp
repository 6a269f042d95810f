// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, migrating and refusing database files (issue: foundation).
#include "TestSupport.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    void expectRefusedUnchanged(const QString& file, const QString& expectedWords)
    {
        const QByteArray before = test::fileBytes(file);
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(expectedWords, Qt::CaseInsensitive),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(file)),
                 "the message names the file");
        QCOMPARE(test::fileBytes(file), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsANewCommittee()
    {
        const QString file = path(QStringLiteral("fresh.db"));
        auto db = test::createOrFail(file);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(queryScalar(*db, QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(queryScalar(*db, QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QVERIFY(!db->committeeId().isEmpty());
        QVERIFY(db->migrationBackupPath().isEmpty()); // nothing to back up in a new file
        QVERIFY(!db->isReadOnly());
    }

    void createsAMissingFileWithItsFolder()
    {
        const QString file = path(QStringLiteral("new/sub/folder/csc.db"));
        auto db = test::createOrFail(file);
        QVERIFY(db);
        QVERIFY(QFile::exists(file));
    }

    // Issue 10.12 / 13.1: only an explicit create makes a database.
    void openingAMissingPathCreatesNothing()
    {
        const QString file = path(QStringLiteral("missing/ours.db"));
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(db.error().message));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
    }

    void refusesAnEmptyFile()
    {
        const QString file = path(QStringLiteral("empty.db"));
        test::writeFile(file, {});
        expectRefusedUnchanged(file, QStringLiteral("not a CSC Desk database"));
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void refusesAnEmptySqliteFile()
    {
        const QString file = path(QStringLiteral("bare.db"));
        QVERIFY(test::writeRawDatabase(file, { QStringLiteral("PRAGMA user_version = 0") }));
        if (QFileInfo(file).size() == 0) // SQLite writes nothing for an empty database
            QVERIFY(test::writeRawDatabase(
                file, { QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("DROP TABLE t") }));
        QVERIFY(QFileInfo(file).size() > 0);
        expectRefusedUnchanged(file, QStringLiteral("not a CSC Desk database"));
    }

    void createRefusesAnExistingFileUntouched()
    {
        const QString file = path(QStringLiteral("existing.db"));
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
            QVERIFY(execute(*db, QStringLiteral("INSERT INTO holiday(day) VALUES ('2027-01-01')")));
        }
        const QString empty = path(QStringLiteral("existing-empty.db"));
        test::writeFile(empty, {});
        for (const QString& target : { file, empty }) {
            const QByteArray before = test::fileBytes(target);
            auto again = Database::create(target);
            QVERIFY(!again);
            QVERIFY2(again.error().message.contains(QStringLiteral("already exists")),
                     qPrintable(again.error().message));
            QCOMPARE(test::fileBytes(target), before);
        }
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString file = path(QStringLiteral("notes.db"));
        test::writeFile(file, "Minutes of the 12th meeting\nThese are not a database.\n");
        expectRefusedUnchanged(file, QStringLiteral("not an SQLite file"));
    }

    void refusesADamagedFile()
    {
        const QString file = path(QStringLiteral("damaged.db"));
        QVERIFY(test::writeDamagedDatabase(file));
        expectRefusedUnchanged(file, QStringLiteral("damaged"));
    }

    void refusesANewerSchema()
    {
        const QString file = path(QStringLiteral("newer.db"));
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
            QSqlQuery(db->connection())
                .exec(QStringLiteral("PRAGMA user_version = %1")
                          .arg(Database::currentSchemaVersion() + 7));
        }
        expectRefusedUnchanged(file, QStringLiteral("newer CSC Desk"));
    }

    void refusesAnotherApplicationsDatabase()
    {
        const QString file = path(QStringLiteral("foreign.db"));
        QVERIFY(test::writeRawDatabase(file,
                                       { QStringLiteral("CREATE TABLE songs(title TEXT)"),
                                         QStringLiteral("INSERT INTO songs VALUES ('x')") }));
        expectRefusedUnchanged(file, QStringLiteral("another application"));
    }

    void backsUpBeforeMigrating()
    {
        const QString file = path(QStringLiteral("old.db"));
        {
            Database::Options options;
            options.targetVersion = 1; // as an older CSC Desk left it
            auto db = Database::create(file, options);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
            QCOMPARE(db.value()->schemaVersion(), 1);
            QVERIFY(execute(
                *db.value(),
                QStringLiteral(
                    "INSERT INTO holiday(day, name) VALUES ('2026-12-25', 'Christmas Day')")));
        }
        auto db = test::openOrFail(file);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        const QString backup = db->migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo(backup).fileName().startsWith(QLatin1String("old.backup-")));
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(file).absolutePath());

        {
            QSqlDatabase copy
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            copy.setDatabaseName(backup);
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM holiday")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Christmas Day"));
            QVERIFY(!q.exec(
                QStringLiteral("SELECT count(*) FROM member"))); // schema 2 is not in the backup
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        // The data survived the migration too.
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT count(*) FROM holiday")).value().toInt(),
                 1);
    }

    void secondInstanceIsReadOnly()
    {
        const QString file = path(QStringLiteral("shared.db"));
        auto first = test::createOrFail(file);
        QVERIFY(first);
        QVERIFY(!first->isReadOnly());

        auto second = Database::open(file);
        QVERIFY(second);
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(second.value()->readOnlyReason().contains(QStringLiteral("Another CSC Desk")));
        Transaction tx(*second.value());
        QVERIFY(!tx);
        QVERIFY(tx.error().message.contains(QStringLiteral("Another CSC Desk")));

        // The first keeps writing; the second still reads.
        QVERIFY(execute(*first, QStringLiteral("INSERT INTO holiday(day) VALUES ('2027-01-01')")));
        QCOMPARE(queryScalar(*second.value(), QStringLiteral("SELECT count(*) FROM holiday"))
                     .value()
                     .toInt(),
                 1);

        // Once the first closes, a new instance may write again.
        second.value().reset();
        first.reset();
        auto third = test::openOrFail(file);
        QVERIFY(third);
        QVERIFY(!third->isReadOnly());
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        {
            Transaction tx(*db);
            QVERIFY(tx);
            QVERIFY(execute(*db, QStringLiteral("INSERT INTO holiday(day) VALUES ('2027-01-01')")));
            {
                Transaction inner(*db);
                QVERIFY(inner);
                QVERIFY(
                    execute(*db, QStringLiteral("INSERT INTO holiday(day) VALUES ('2027-01-02')")));
            } // the inner savepoint rolls back alone
            QVERIFY(tx.commit());
        }
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT group_concat(day) FROM holiday"))
                     .value()
                     .toString(),
                 QStringLiteral("2027-01-01"));
        {
            Transaction tx(*db);
            QVERIFY(execute(*db, QStringLiteral("INSERT INTO holiday(day) VALUES ('2027-01-03')")));
        }
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT count(*) FROM holiday")).value().toInt(),
                 1);
    }

    void errorsCarryTheFailingQuery()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        auto s = execute(*db, QStringLiteral("INSERT INTO holiday(day) VALUES ('not a date')"));
        QVERIFY(!s);
        QVERIFY(s.error().detail.contains(QStringLiteral("INSERT INTO holiday")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
