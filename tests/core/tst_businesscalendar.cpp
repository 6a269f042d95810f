// SPDX-License-Identifier: GPL-3.0-or-later
// The shared business-day calendar: weekends, holidays, year boundaries.
#include "core/rules/BusinessCalendar.h"

#include <QTest>

using namespace csc;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addBusinessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        // 2026-11-23 is a Monday.
        QTest::newRow("monday + 5") << QDate(2026, 11, 23) << 5 << QDate(2026, 11, 30);
        QTest::newRow("thursday + 5 skips the weekend")
            << QDate(2026, 11, 26) << 5 << QDate(2026, 12, 3);
        QTest::newRow("friday + 1 is monday") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
        QTest::newRow("saturday + 5 counts from monday")
            << QDate(2026, 11, 28) << 5 << QDate(2026, 12, 4);
        QTest::newRow("10 working days across christmas and new year")
            << QDate(2026, 12, 21) << 10 << QDate(2027, 1, 6);
        QTest::newRow("request made on a holiday")
            << QDate(2026, 12, 25) << 1 << QDate(2026, 12, 28);
        QTest::newRow("zero days") << QDate(2026, 11, 23) << 0 << QDate(2026, 11, 23);
    }

    void addBusinessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        const BusinessCalendar calendar(
            { QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2027, 1, 1) });
        QCOMPARE(calendar.addBusinessDays(from, days), expected);
        if (days > 0)
            QCOMPARE(calendar.businessDaysBetween(from, expected), days);
    }

    void deadlineStates()
    {
        const BusinessCalendar calendar;
        const QDate due(2026, 12, 4); // Friday
        QCOMPARE(deadlineStatus(calendar, due, QDate(2026, 11, 23), 2).state,
                 DeadlineState::OnTrack);
        QCOMPARE(deadlineStatus(calendar, due, QDate(2026, 12, 2), 2).state,
                 DeadlineState::DueSoon);
        QCOMPARE(deadlineStatus(calendar, due, QDate(2026, 12, 2), 2).businessDaysLeft, 2);
        QCOMPARE(deadlineStatus(calendar, due, due, 2).state, DeadlineState::DueToday);
        const DeadlineStatus late = deadlineStatus(calendar, due, QDate(2026, 12, 8), 2);
        QCOMPARE(late.state, DeadlineState::Overdue);
        QCOMPARE(late.businessDaysLeft, -2);
        QCOMPARE(deadlineStatus(calendar, due, QDate(2026, 12, 8), 2, true).state,
                 DeadlineState::Met);
    }

    void invalidDatesGiveNoDeadline()
    {
        const BusinessCalendar calendar;
        QVERIFY(!calendar.addBusinessDays(QDate(2026, 2, 30), 5).isValid());
        QCOMPARE(deadlineStatus(calendar, QDate(), QDate(2026, 1, 1), 2).state,
                 DeadlineState::None);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
