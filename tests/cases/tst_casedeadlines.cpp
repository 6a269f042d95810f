// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines of case steps in business days: weekends, holidays, a request made on a
// holiday, the year boundary, and the configured windows.
#include "CaseTestHelpers.h"
#include "TestSupport.h"
#include "core/cases/CaseDeadlines.h"
#include "core/settings/CommitteeSettings.h"

#include <QTest>

using namespace csc;

class TestCaseDeadlines : public QObject
{
    Q_OBJECT

private:
    // The due date of the IFO's written response requested on `requestedOn`.
    static QDate writtenResponseDue(Database& db, QDate requestedOn)
    {
        auto id = test::openCase(db, CaseProcess::Complaint, QStringLiteral("Late response"),
                                 QDate(2025, 11, 3));
        if (!id)
            return {};
        MoveRequest toReported
            = test::fullRequest(db, id.value(), QStringLiteral("reported"), QDate(2025, 11, 3));
        if (!CaseMoves::move(db, toReported))
            return {};
        auto moved = CaseMoves::move(
            db, test::fullRequest(db, id.value(), QStringLiteral("written_response"), requestedOn));
        if (!moved) {
            qWarning() << moved.error().fullText();
            return {};
        }
        return CaseRepository::summary(db, id.value()).value().dueDate;
    }

private Q_SLOTS:
    void writtenResponseIsTenWorkingDays_data()
    {
        QTest::addColumn<QDate>("requested");
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<QDate>("due");
        const QList<QDate> none;
        QTest::newRow("two weekends") << QDate(2025, 11, 14) << none << QDate(2025, 11, 28);
        QTest::newRow("requested on a Saturday")
            << QDate(2025, 11, 15) << none << QDate(2025, 11, 28);
        QTest::newRow("a holiday inside")
            << QDate(2025, 11, 14) << QList<QDate> { QDate(2025, 11, 26) } << QDate(2025, 12, 1);
        const QList<QDate> yearEnd { QDate(2025, 12, 25), QDate(2025, 12, 26), QDate(2026, 1, 1) };
        QTest::newRow("across the year boundary")
            << QDate(2025, 12, 22) << yearEnd << QDate(2026, 1, 8);
        QTest::newRow("requested on a holiday")
            << QDate(2025, 12, 25) << yearEnd << QDate(2026, 1, 12);
        QTest::newRow("holiday on the due day")
            << QDate(2025, 11, 14) << QList<QDate> { QDate(2025, 11, 28) } << QDate(2025, 12, 1);
    }

    void writtenResponseIsTenWorkingDays()
    {
        QFETCH(QDate, requested);
        QFETCH(QList<QDate>, holidays);
        QFETCH(QDate, due);
        auto db = test::inMemoryOrFail();
        QList<Holiday> list;
        for (QDate d : holidays)
            list << Holiday { d, QStringLiteral("Holiday") };
        QVERIFY(CommitteeSettings::setHolidays(*db, list));
        QCOMPARE(writtenResponseDue(*db, requested), due);
    }

    void writtenResponseFollowsTheSetting()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::WrittenResponseDays, 5));
        QCOMPARE(writtenResponseDue(*db, QDate(2025, 11, 14)), QDate(2025, 11, 21));
    }

    void significantFailureResponseIsThirtyCalendarDaysByDefault()
    {
        // domain.md §7: "days" count calendar days (30 business days would be 2025-12-15).
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::ProblemManagement,
                                 QStringLiteral("Repeated check failures"), QDate(2025, 11, 3));
        QVERIFY(id);
        QCOMPARE(CaseRepository::summary(*db, id.value()).value().dueDate, QDate(2025, 12, 3));
        QCOMPARE(DeadlineRules::unitOf(DeadlineRule::SignificantFailureResponse),
                 DayUnit::Calendar);
        QCOMPARE(DeadlineRules::period(30, DayUnit::Calendar), QStringLiteral("30 days"));
        QCOMPARE(DeadlineRules::period(10, DayUnit::Business), QStringLiteral("10 working days"));
        QVERIFY(CommitteeSettings::setValue(
            *db, CommitteeSettings::Key::SignificantFailureResponseDays, 10));
        auto other = test::openCase(*db, CaseProcess::ProblemManagement, QStringLiteral("Another"),
                                    QDate(2025, 11, 3));
        QVERIFY(other);
        QCOMPARE(CaseRepository::summary(*db, other.value()).value().dueDate, QDate(2025, 11, 13));
    }

    void panelRemedyRunsForTheDaysItSets()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::AppealsPanel, QStringLiteral("Appeal"),
                                 QDate(2025, 10, 1));
        QVERIFY(id);
        MoveRequest r = test::fullRequest(*db, id.value(), QStringLiteral("remedy_period"),
                                          QDate(2025, 11, 14));
        r.deadlineDays = 3;
        QVERIFY(CaseMoves::move(*db, r));
        // A panel's remedy period is in calendar days: Friday + 3 days is Monday.
        QCOMPARE(CaseRepository::summary(*db, id.value()).value().dueDate, QDate(2025, 11, 17));
        // Leaving the step ends its deadline.
        QVERIFY(CaseMoves::move(
            *db,
            test::fullRequest(*db, id.value(), QStringLiteral("remedied"), QDate(2025, 11, 17))));
        QVERIFY(!CaseRepository::summary(*db, id.value()).value().dueDate.isValid());
    }

    void openCasesShowDueSoonAndOverdue()
    {
        auto db = test::inMemoryOrFail();
        const QDate requested(2025, 11, 14);
        QCOMPARE(writtenResponseDue(*db, requested), QDate(2025, 11, 28));
        const CaseSummary c = CaseRepository::list(*db).value().constFirst();
        const BusinessCalendar calendar = CommitteeSettings::businessCalendar(*db);
        QCOMPARE(CaseDeadlines::status(calendar, c, QDate(2025, 11, 17), 2).state,
                 DeadlineState::OnTrack);
        QCOMPARE(CaseDeadlines::status(calendar, c, QDate(2025, 11, 26), 2).state,
                 DeadlineState::DueSoon);
        QCOMPARE(CaseDeadlines::status(calendar, c, QDate(2025, 11, 28), 2).state,
                 DeadlineState::DueToday);
        QCOMPARE(CaseDeadlines::status(calendar, c, QDate(2025, 12, 1), 2).state,
                 DeadlineState::Overdue);
        CaseListFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = QDate(2025, 11, 28);
        QCOMPARE(CaseRepository::list(*db, overdue).value().size(), 0);
        overdue.today = QDate(2025, 12, 1);
        QCOMPARE(CaseRepository::list(*db, overdue).value().size(), 1);
    }

    void aMoveCannotPredateTheStep()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Dated"),
                                 QDate(2025, 11, 3));
        QVERIFY(id);
        auto m = CaseMoves::move(
            *db,
            test::fullRequest(*db, id.value(), QStringLiteral("reported"), QDate(2025, 11, 1)));
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QStringLiteral("2025-11-03")),
                 qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCaseDeadlines)
#include "tst_casedeadlines.moc"
