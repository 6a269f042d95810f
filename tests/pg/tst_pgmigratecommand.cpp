// SPDX-License-Identifier: GPL-3.0-or-later
// `cscdesk migrate --from FILE --to postgresql://…` as a committee's secretariat runs it: the real
// executable against the throw-away cluster, its exit codes and what it says.
#include "TestSupport.h"
#include "core/cases/CaseRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace csc;

class TestPgMigrateCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    static qint64 count(const Database& db, const QString& table)
    {
        return queryScalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .valueOr(QVariant(-1))
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::pg::available())
            QSKIP(test::pg::unavailableReason());
        m_file = m_dir.filePath(QStringLiteral("committee.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        QVERIFY(DemoGenerator::generateFile(m_file, options));
    }

    void movesADemoCommitteeOntoAnEmptyServerDatabase()
    {
        const QString url = test::pg::freshDatabase();
        QVERIFY(!url.isEmpty());
        const auto r = test::runCscDesk({ QStringLiteral("migrate"), QStringLiteral("--from"),
                                          m_file, QStringLiteral("--to"), url },
                                        300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("verifies on both sides")), qPrintable(r.out));

        auto file = test::openOrFail(m_file);
        QVERIFY(file);
        auto opened = Database::open(url);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
        Database& server = *opened.value();
        QVERIFY(server.isServer());
        QCOMPARE(server.committeeId(), file->committeeId());
        // The same cases, the same documents, the same audit trail ending in the same head.
        for (const QString& table : { QStringLiteral("case_record"), QStringLiteral("case_move"),
                                      QStringLiteral("case_document"), QStringLiteral("meeting"),
                                      QStringLiteral("audit_log") }) {
            QVERIFY2(count(*file, table) > 0, qPrintable(table));
            QCOMPARE(count(server, table), count(*file, table));
        }
        const auto fileHead = AuditLog::head(*file);
        const auto serverHead = AuditLog::head(server);
        QVERIFY(fileHead && serverHead);
        QCOMPARE(serverHead.value().toText(), fileHead.value().toText());
        QVERIFY2(r.out.contains(fileHead.value().hash.left(16)), qPrintable(r.out));
        const auto verified = AuditLog::verify(server);
        QVERIFY(verified && verified.value().intact);
        // The cases read back through core as on the file.
        const auto cases = CaseRepository::list(server);
        QVERIFY2(cases, cases ? "" : qPrintable(cases.error().fullText()));
        QCOMPARE(cases.value().size(), CaseRepository::list(*file).value().size());
    }

    void aServerThatCannotBeReachedIsNamedAndNothingIsClaimed()
    {
        // A database that does not exist on the cluster: libpq's refusal, naming the address.
        const QString url = test::pg::url(QStringLiteral("no_such_committee"));
        const auto r = test::runCscDesk({ QStringLiteral("migrate"), QStringLiteral("--from"),
                                          m_file, QStringLiteral("--to"), url });
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("no_such_committee")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Cannot connect")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("Moved")), qPrintable(r.out));
    }

    void anAddressThatIsNoServerIsAUsageError()
    {
        const auto r
            = test::runCscDesk({ QStringLiteral("migrate"), QStringLiteral("--from"), m_file,
                                 QStringLiteral("--to"), QStringLiteral("committee-server:5432") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("committee-server:5432")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("postgresql://")), qPrintable(r.err));
        // A postgresql:// address without a database.
        const auto noDb = test::runCscDesk({ QStringLiteral("migrate"), QStringLiteral("--from"),
                                             m_file, QStringLiteral("--to"),
                                             QStringLiteral("postgresql://localhost") });
        QVERIFY(noDb.exitCode != 0);
        QVERIFY2(noDb.err.contains(QLatin1String("postgresql://localhost")), qPrintable(noDb.err));
    }

    void aMissingFileIsNamedAndTheServerStaysEmpty()
    {
        const QString url = test::pg::freshDatabase();
        QVERIFY(!url.isEmpty());
        const QString missing = m_dir.filePath(QStringLiteral("no-such-committee.db"));
        const auto r = test::runCscDesk({ QStringLiteral("migrate"), QStringLiteral("--from"),
                                          missing, QStringLiteral("--to"), url });
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("no-such-committee.db")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        // No committee was made of the empty database.
        const auto after = Database::open(url);
        QVERIFY(!after);
        QVERIFY2(after.error().message.contains(QLatin1String("not a CSC Desk committee")),
                 qPrintable(after.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPgMigrateCommand)
#include "tst_pgmigratecommand.moc"
