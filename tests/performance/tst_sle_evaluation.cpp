// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation of the IFO's figures against hand-computed results.
#include "SleFixture.h"
#include "TestSupport.h"
#include "core/performance/Evaluation.h"
#include "core/performance/FigureStore.h"
#include "core/performance/Findings.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"

#include <QTest>

using namespace csc;

class TestSleEvaluation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::SleFixture m_sle;

    const MetricEvaluation* find(const MonthEvaluation& e, qint64 id)
    {
        for (const MetricEvaluation& m : e.metrics) {
            if (m.serviceLevelId == id)
                return &m;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        QVERIFY(m_sle.seed(*m_db));
    }

    void thresholdsAreBoundaryInclusive()
    {
        const auto max
            = test::SleFixture::version(50, DurationUnit::Minutes, ThresholdType::Max, 95);
        QVERIFY(max.isMetBy(50 * 60));
        QVERIFY(!max.isMetBy(50 * 60 + 1));
        QVERIFY(max.isMetBy(0));
        const auto min = test::SleFixture::version(3, DurationUnit::Days, ThresholdType::Min, 99);
        QVERIFY(min.isMetBy(3 * 86400));
        QVERIFY(!min.isMetBy(3 * 86400 - 1));
    }

    void complianceIsJudgedAgainstTheTarget()
    {
        const auto v = test::SleFixture::version(50, DurationUnit::Minutes, ThresholdType::Max, 95);
        double compliance = 0;
        // 19 of 20 = 95.0% exactly: met at the boundary.
        QCOMPARE(Evaluation::judge(v, 20, 19, &compliance), MetricStatus::Met);
        QCOMPARE(compliance, 95.0);
        // 18 of 20 = 90%: missed.
        QCOMPARE(Evaluation::judge(v, 20, 18, &compliance), MetricStatus::Missed);
        QCOMPARE(compliance, 90.0);
        // 189 of 200 = 94.5%: missed; 190 of 200 = 95%: met.
        QCOMPARE(Evaluation::judge(v, 200, 189), MetricStatus::Missed);
        QCOMPARE(Evaluation::judge(v, 200, 190), MetricStatus::Met);
        QCOMPARE(Evaluation::judge(v, 0, 0), MetricStatus::NoRequests);
        // A 99% target with 3 requests needs all three.
        const auto strict
            = test::SleFixture::version(72, DurationUnit::Hours, ThresholdType::Max, 99);
        QCOMPARE(Evaluation::judge(strict, 3, 2), MetricStatus::Missed);
        QCOMPARE(Evaluation::judge(strict, 3, 3), MetricStatus::Met);
    }

    void monthSummaryCountsDefinedThresholds()
    {
        const QDate april(2026, 4, 1);
        QVERIFY(FigureStore::setFigures(*m_db, april,
                                        { { m_sle.checks, 200, 189 },
                                          { m_sle.publication, 100, 99 },
                                          { m_sle.window, 0, 0 },
                                          { m_sle.other, 10, 9 } }));
        auto e = Evaluation::month(*m_db, april);
        QVERIFY(e);
        QCOMPARE(e.value().defined(), 4);
        QCOMPARE(e.value().thresholdsMet(), 3); // the month with no requests counts as met
        QCOMPARE(find(e.value(), m_sle.window)->status, MetricStatus::NoRequests);
        QCOMPARE(find(e.value(), m_sle.checks)->status, MetricStatus::Missed);
        QCOMPARE(find(e.value(), m_sle.checks)->compliancePercent, 94.5);
        QCOMPARE(e.value().overallPercent(), 75.0);
        QCOMPARE(e.value().summarySentence(),
                 QStringLiteral("PTI met 3 of the 4 defined thresholds (75.0%)."));
        QCOMPARE(e.value().misses().size(), 1);
    }

    void aMonthWithoutFiguresHasNoData()
    {
        auto e = Evaluation::month(*m_db, QDate(2026, 5, 1));
        QVERIFY(e);
        QCOMPARE(e.value().withoutData(), 4);
        QVERIFY(!e.value().hasFigures());
        QCOMPARE(e.value().thresholdsMet(), 0);
    }

    void aMonthIsJudgedByTheVersionInForceThen()
    {
        // From July the target of technical checks rises to 98%.
        ChangeRequest request;
        request.title = QStringLiteral("Tighten technical checks");
        request.requestedOn = QDate(2026, 4, 2);
        request.effectiveFrom = QDate(2026, 7, 1);
        auto amended = ServiceLevelCatalogue::amend(
            *m_db, request,
            { { m_sle.checks,
                test::SleFixture::version(50, DurationUnit::Minutes, ThresholdType::Max, 98) } });
        QVERIFY2(amended, qPrintable(amended ? QString() : amended.error().fullText()));
        // 96 of 100 meets 95% (June) but not 98% (July).
        QVERIFY(FigureStore::setFigures(*m_db, QDate(2026, 6, 1), { { m_sle.checks, 100, 96 } }));
        QVERIFY(FigureStore::setFigures(*m_db, QDate(2026, 7, 1), { { m_sle.checks, 100, 96 } }));
        auto june = Evaluation::month(*m_db, QDate(2026, 6, 1));
        auto july = Evaluation::month(*m_db, QDate(2026, 7, 1));
        QVERIFY(june && july);
        QCOMPARE(find(june.value(), m_sle.checks)->version.targetPercent, 95.0);
        QCOMPARE(find(june.value(), m_sle.checks)->status, MetricStatus::Met);
        QCOMPARE(find(july.value(), m_sle.checks)->version.targetPercent, 98.0);
        QCOMPARE(find(july.value(), m_sle.checks)->status, MetricStatus::Missed);
    }

    void anAmendmentNeverRewritesARatedMonth()
    {
        QVERIFY(FigureStore::setFigures(*m_db, QDate(2026, 6, 1), { { m_sle.checks, 100, 96 } }));
        m_db->setSession({ QStringLiteral("Chris"), Role::Chair, 0 }); // the chair rates
        QVERIFY(Findings::setDecidedRating(
            *m_db, QDate(2026, 6, 1), QStringLiteral("Needs improvement"), QDate(2026, 7, 15)));
        ChangeRequest request;
        request.title = QStringLiteral("Retroactive change");
        request.effectiveFrom = QDate(2026, 6, 1);
        auto refused = ServiceLevelCatalogue::amend(
            *m_db, request,
            { { m_sle.checks,
                test::SleFixture::version(40, DurationUnit::Minutes, ThresholdType::Max, 95) } });
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("already rated")));
        auto june = Evaluation::month(*m_db, QDate(2026, 6, 1));
        QCOMPARE(find(june.value(), m_sle.checks)->version.threshold, 50.0);
        request.effectiveFrom = QDate(2026, 7, 1);
        QVERIFY(ServiceLevelCatalogue::amend(
            *m_db, request,
            { { m_sle.checks,
                test::SleFixture::version(40, DurationUnit::Minutes, ThresholdType::Max, 95) } }));
    }

    void persistentMissAtKOfNAndNotBelow()
    {
        QCOMPARE(CommitteeSettings::intValue(*m_db, CommitteeSettings::Key::PersistentMissCount),
                 3);
        QCOMPARE(
            CommitteeSettings::intValue(*m_db, CommitteeSettings::Key::PersistentMissWindowMonths),
            6);
        // Missed in February, April and June; met otherwise.
        for (int month = 1; month <= 8; ++month) {
            const bool miss = month == 2 || month == 4 || month == 6;
            QVERIFY(FigureStore::setFigures(*m_db, QDate(2026, month, 1),
                                            { { m_sle.checks, 100, miss ? 80 : 100 } }));
        }
        auto months = Evaluation::range(*m_db, QDate(2026, 1, 1), QDate(2026, 8, 1));
        QVERIFY(months);
        const auto flagged = [&](int month) {
            return find(months.value().at(month - 1), m_sle.checks)->persistent;
        };
        QVERIFY(!flagged(4)); // 2 of the last 6
        QVERIFY(!flagged(5));
        QVERIFY(flagged(6)); // 3 of 6 (Feb, Apr, Jun)
        QVERIFY(flagged(7)); // Feb..Jul still holds all three
        QVERIFY(!flagged(8)); // Mar..Aug: 2 of 6
        // The committee's own numbers are used: 4 of 6 flags nothing here.
        QVERIFY(CommitteeSettings::setValue(*m_db, CommitteeSettings::Key::PersistentMissCount, 4));
        auto stricter = Evaluation::month(*m_db, QDate(2026, 6, 1));
        QVERIFY(!find(stricter.value(), m_sle.checks)->persistent);
    }

    void proposedRatingUsesTheCommitteesWording()
    {
        const QDate april(2026, 4, 1);
        QVERIFY(FigureStore::setFigures(*m_db, april,
                                        { { m_sle.checks, 100, 100 },
                                          { m_sle.publication, 10, 10 },
                                          { m_sle.window, 5, 5 },
                                          { m_sle.other, 0, 0 } }));
        auto e = Evaluation::month(*m_db, april);
        QCOMPARE(Findings::proposedRating(e.value(), {}), Rating::Excellent);
        QVERIFY(Findings::composeStatement(*m_db, e.value(), {}, {})
                    .startsWith(QStringLiteral("Excellent: PTI's performance over April 2026 was "
                                               "100%. PTI met all 4 of the currently defined "
                                               "thresholds.")));

        QVERIFY(FigureStore::setFigures(*m_db, april, { { m_sle.checks, 100, 90 } }));
        e = Evaluation::month(*m_db, april);
        QHash<qint64, MissNarrative> narratives;
        QCOMPARE(Findings::proposedRating(e.value(), narratives), Rating::Lower);
        QCOMPARE(Findings::ratingLabel(*m_db, Rating::Lower), QStringLiteral("Needs improvement"));
        narratives.insert(m_sle.checks,
                          { QStringLiteral("A registry outage delayed checks."), true });
        QCOMPARE(Findings::proposedRating(e.value(), narratives), Rating::Satisfactory);
        const QString statement = Findings::composeStatement(*m_db, e.value(), narratives, {});
        QVERIFY2(statement.startsWith(QStringLiteral(
                     "Satisfactory: PTI's performance over April 2026 was 75.0%. PTI met 3 of the "
                     "currently defined 4 thresholds. The missed threshold, Technical check "
                     "results (category I), was satisfactorily explained")),
                 qPrintable(statement));
        QVERIFY(CommitteeSettings::setValue(*m_db, CommitteeSettings::Key::LowerRatingLabel,
                                            QStringLiteral("Unsatisfactory")));
        QCOMPARE(Findings::ratingLabel(*m_db, Findings::proposedRating(e.value(), {})),
                 QStringLiteral("Unsatisfactory"));
    }

    void decidedRatingAndNarrativesAreStoredAndAudited()
    {
        const QDate april(2026, 4, 1);
        QVERIFY(FigureStore::setFigures(*m_db, april, { { m_sle.checks, 100, 90 } }));
        QVERIFY(Findings::setNarrative(*m_db, april, m_sle.checks,
                                       { QStringLiteral("Explained."), true }));
        m_db->setSession({ QStringLiteral("Chris"), Role::Chair, 0 }); // the chair rates
        QVERIFY(Findings::setDecidedRating(*m_db, april, QStringLiteral("Satisfactory"),
                                           QDate(2026, 5, 14)));
        auto f = Findings::load(*m_db, april);
        QVERIFY(f);
        QCOMPARE(f.value().decidedRating, QStringLiteral("Satisfactory"));
        QCOMPARE(f.value().narratives.value(m_sle.checks).text, QStringLiteral("Explained."));
        auto audit
            = AuditLog::entries(*m_db, QStringLiteral("sle_finding"), QStringLiteral("2026-04"));
        QCOMPARE(audit.value().size(), 1);
        m_db->setSession({ QStringLiteral("Olive"), Role::Observer, 0 });
        QVERIFY(!Findings::setDecidedRating(*m_db, april, QStringLiteral("Excellent"), {}));
        QVERIFY(!FigureStore::setFigures(*m_db, april, { { m_sle.checks, 1, 1 } }));
        QVERIFY(!ServiceLevelCatalogue::create(
            *m_db, QStringLiteral("II"), QStringLiteral("X"),
            test::SleFixture::version(1, DurationUnit::Days, ThresholdType::Max, 90)));
    }

    void manualEntryRefusesInconsistentCounts()
    {
        auto s = FigureStore::setFigures(*m_db, QDate(2026, 4, 1), { { m_sle.checks, 10, 11 } });
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("11")));
        QVERIFY(!FigureStore::setFigures(*m_db, QDate(2026, 4, 1), { { m_sle.checks, -1, 0 } }));
        QCOMPARE(FigureStore::months(*m_db).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSleEvaluation)
#include "tst_sle_evaluation.moc"
