// SPDX-License-Identifier: GPL-3.0-or-later
// History is never rewritten (issue 12 item 8): catalogue changes take effect only from a month
// not yet rated, a rated month's figures are refused until the chair reopens it by a recorded
// decision, and only the chair records a rating.
#include "SleFixture.h"
#include "TestSupport.h"
#include "core/export/FindingsReport.h"
#include "core/performance/FigureImporter.h"
#include "core/performance/FigureStore.h"
#include "core/performance/Findings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestSleHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::SleFixture m_sle;
    QTemporaryDir m_dir;
    const QDate m_april { 2026, 4, 1 };
    const QDate m_may { 2026, 5, 1 };

    void asChair() { m_db->setSession({ QStringLiteral("Chris Chair"), Role::Chair, 0 }); }
    void asSecretariat()
    {
        m_db->setSession({ QStringLiteral("Sam Secretary"), Role::Secretariat, 0 });
    }

    QString aprilCsv(int checksMet)
    {
        const QString path = m_dir.filePath(QStringLiteral("april-%1.csv").arg(checksMet));
        test::writeFile(path,
                        QStringLiteral("month,category,metric,requests,met\n"
                                       "2026-04,I,Technical check results,200,%1\n"
                                       "2026-04,I,Root zone publication after review,100,99\n"
                                       "2026-04,I,Contact approval window kept open,3,3\n"
                                       "2026-04,V,Other change request completed,10,10\n")
                            .arg(checksMet)
                            .toUtf8());
        return path;
    }

    // April imported, the miss explained, and rated by the chair.
    void rateApril()
    {
        auto imported = FigureImporter::importFile(*m_db, aprilCsv(189));
        QVERIFY(imported);
        QCOMPARE(imported.value().status, ImportOutcome::Status::Imported);
        QVERIFY(Findings::setNarrative(*m_db, m_april, m_sle.checks,
                                       { QStringLiteral("A registry outage."), true }));
        asChair();
        QVERIFY(Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Satisfactory"),
                                           QDate(2026, 5, 14)));
        asSecretariat();
    }

    QString aprilReport()
    {
        auto html = FindingsReport::bodyHtml(*m_db, m_april, {});
        return html ? html.value() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        QVERIFY(m_sle.seed(*m_db));
        asSecretariat();
    }

    void theSecretariatCannotRecordARating()
    {
        QVERIFY(FigureStore::setFigures(*m_db, m_april,
                                        { { m_sle.checks, 10, 10 },
                                          { m_sle.publication, 10, 10 },
                                          { m_sle.window, 1, 1 },
                                          { m_sle.other, 1, 1 } }));
        auto refused = Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Excellent"),
                                                  QDate(2026, 5, 14));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("needs the role Chair")),
                 qPrintable(refused.error().message));
        QVERIFY(!Findings::load(*m_db, m_april).value().isRated());
        // The secretariat drafts: narratives and the statement are theirs.
        QVERIFY(Findings::setStatement(*m_db, m_april, QStringLiteral("Excellent: a draft.")));
        m_db->setSession({ QStringLiteral("Mo Member"), Role::Member, 0 });
        QVERIFY(!Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Excellent"), {}));
        asChair();
        QVERIFY(Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Excellent"),
                                           QDate(2026, 5, 14)));
        // Recorded once: a second rating needs a reopening first.
        QVERIFY(!Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Needs improvement"),
                                            QDate(2026, 5, 15)));
        QCOMPARE(Findings::load(*m_db, m_april).value().decidedRating, QStringLiteral("Excellent"));
    }

    void aRetiredServiceLevelLeavesARatedMonthByteIdentical()
    {
        rateApril();
        const QString before = aprilReport();
        QVERIFY(before.contains(QStringLiteral("Other change request completed")));
        const int defined = Evaluation::month(*m_db, m_april).value().defined();
        asChair();
        auto refused = ServiceLevelCatalogue::retire(*m_db, m_sle.other, m_april);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("already rated April 2026")),
                 qPrintable(refused.error().message));
        QVERIFY(!ServiceLevelCatalogue::retire(*m_db, m_sle.other, QDate(2026, 2, 1)));
        QVERIFY(!ServiceLevelCatalogue::create(
            *m_db, QStringLiteral("II"), QStringLiteral("Added retroactively"),
            test::SleFixture::version(1, DurationUnit::Days, ThresholdType::Max, 90, m_april)));
        // From May on: allowed, and April stays as it was rated.
        QVERIFY(ServiceLevelCatalogue::retire(*m_db, m_sle.other, m_may));
        QVERIFY(ServiceLevelCatalogue::create(
            *m_db, QStringLiteral("II"), QStringLiteral("Added from May"),
            test::SleFixture::version(1, DurationUnit::Days, ThresholdType::Max, 90, m_may)));
        QCOMPARE(aprilReport(), before);
        QCOMPARE(Evaluation::month(*m_db, m_april).value().defined(), defined);
        // Bringing the level back would reach into May only: allowed while May is unrated.
        QVERIFY(ServiceLevelCatalogue::retire(*m_db, m_sle.other, {}));
        QCOMPARE(aprilReport(), before);
    }

    void reImportingARatedMonthIsRefusedUntilTheChairReopensIt()
    {
        rateApril();
        const QList<MonthFigure> figures = FigureStore::figures(*m_db, m_april).value();
        ImportOptions replace;
        replace.replace = true;
        auto refused = FigureImporter::importFile(*m_db, aprilCsv(200), replace);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("reopen")),
                 qPrintable(refused.error().message));
        QCOMPARE(FigureStore::figures(*m_db, m_april).value(), figures);
        QVERIFY(!FigureStore::setFigures(*m_db, m_april, { { m_sle.checks, 200, 200 } }));
        QVERIFY(!Findings::setNarrative(*m_db, m_april, m_sle.checks,
                                        { QStringLiteral("Rewritten."), true }));
        // The database itself refuses, whatever writes to it.
        QVERIFY(!execute(*m_db,
                         QStringLiteral("UPDATE sle_figure SET met = requests WHERE month = ?"),
                         { QStringLiteral("2026-04") }));
        QCOMPARE(FigureStore::figures(*m_db, m_april).value(), figures);

        // Reopening is the chair's recorded decision, with a reason.
        auto secretariat = Findings::reopen(*m_db, m_april, QStringLiteral("Corrected figures"));
        QVERIFY(!secretariat);
        QVERIFY(secretariat.error().message.contains(QStringLiteral("Chair")));
        asChair();
        QVERIFY(!Findings::reopen(*m_db, m_april, QStringLiteral("  ")));
        QVERIFY(Findings::load(*m_db, m_april).value().isRated());
        QVERIFY(Findings::reopen(*m_db, m_april, QStringLiteral("The IFO corrected its report")));
        QVERIFY(!Findings::load(*m_db, m_april).value().isRated());
        auto reopening = queryScalar(
            *m_db,
            QStringLiteral("SELECT previous_rating || '|' || reason || '|' || decided_role FROM "
                           "sle_rating_reopening WHERE month = '2026-04'"));
        QCOMPARE(reopening.value().toString(),
                 QStringLiteral("Satisfactory|The IFO corrected its report|chair"));
        QCOMPARE(
            AuditLog::entries(*m_db, QStringLiteral("sle_rating_reopening"), QStringLiteral("1"))
                .value()
                .size(),
            1);
        QVERIFY(!execute(*m_db, QStringLiteral("DELETE FROM sle_rating_reopening")));

        asSecretariat();
        auto replaced = FigureImporter::importFile(*m_db, aprilCsv(200), replace);
        QVERIFY(replaced);
        QCOMPARE(replaced.value().status, ImportOutcome::Status::Imported);
        QCOMPARE(Evaluation::month(*m_db, m_april).value().misses().size(), 0);
    }

    void theCommandLineRefusesTheSame()
    {
        QString file = m_dir.filePath(QStringLiteral("cli.db"));
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
            file = db->path(); // the server's address with CSC_TEST_DB=postgresql
            test::SleFixture sle;
            QVERIFY(sle.seed(*db));
            db->setSession({ QStringLiteral("Chris Chair"), Role::Chair, 0 });
            QVERIFY(FigureStore::setFigures(*db, m_april,
                                            { { sle.checks, 10, 10 },
                                              { sle.publication, 10, 10 },
                                              { sle.window, 1, 1 },
                                              { sle.other, 1, 1 } }));
            QVERIFY(Findings::setDecidedRating(*db, m_april, QStringLiteral("Excellent"),
                                               QDate(2026, 5, 14)));
        }
        // The profile of the test environment is not the chair's.
        auto rate = test::runCscDesk({ QStringLiteral("--db"), file, QStringLiteral("sle"),
                                       QStringLiteral("rate"), QStringLiteral("--month"),
                                       QStringLiteral("2026-05"), QStringLiteral("--rating"),
                                       QStringLiteral("Excellent") });
        QCOMPARE(rate.exitCode, 2);
        QVERIFY2(rate.err.contains(QStringLiteral("Chair")), qPrintable(rate.err));
        auto reimport = test::runCscDesk({ QStringLiteral("--db"), file, QStringLiteral("sle"),
                                           QStringLiteral("import"), aprilCsv(150),
                                           QStringLiteral("--replace") });
        QCOMPARE(reimport.exitCode, 2);
        QVERIFY2(reimport.err.contains(QStringLiteral("April 2026")), qPrintable(reimport.err));
        auto db = test::openOrFail(file);
        QCOMPARE(FigureStore::figures(*db, m_april).value().first().met, 10);
    }
};

QTEST_MAIN(TestSleHistory)
#include "tst_sle_history.moc"
