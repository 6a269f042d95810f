// SPDX-License-Identifier: GPL-3.0-or-later
// The publication deadline of the minutes: 5 business days after the meeting
// day by the committee's business calendar, and the holiday files feeding it.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/meetings/HolidayFile.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesDeadline.h"
#include "core/settings/CommitteeSettings.h"

#include <QTemporaryDir>

using namespace csc;

class TestMinutesDeadline : public QObject
{
    Q_OBJECT

private:
    static QDate d(const char* iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }
    static BusinessCalendar calendar(std::initializer_list<const char*> holidays)
    {
        QSet<QDate> days;
        for (const char* h : holidays)
            days.insert(d(h));
        return BusinessCalendar(days);
    }

private Q_SLOTS:
    void dueDate_data()
    {
        QTest::addColumn<QDate>("meeting");
        QTest::addColumn<QStringList>("holidays");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Monday: the next Monday")
            << d("2026-11-16") << QStringList {} << d("2026-11-23");
        QTest::newRow("Thursday: the next Thursday")
            << d("2026-11-19") << QStringList {} << d("2026-11-26");
        QTest::newRow("Friday: the next Friday")
            << d("2026-11-20") << QStringList {} << d("2026-11-27");
        QTest::newRow("Saturday: counts from Monday")
            << d("2026-11-21") << QStringList {} << d("2026-11-27");
        QTest::newRow("day before a holiday (1 May)")
            << d("2026-04-30") << QStringList { QStringLiteral("2026-05-01") } << d("2026-05-08");
        QTest::newRow("same day, no holiday")
            << d("2026-04-30") << QStringList {} << d("2026-05-07");
        QTest::newRow("over the year end") << d("2026-12-29") << QStringList {} << d("2027-01-05");
        QTest::newRow("several holidays in the window")
            << d("2026-12-24")
            << QStringList { QStringLiteral("2026-12-25"), QStringLiteral("2026-12-26"),
                             QStringLiteral("2027-01-01") }
            << d("2027-01-04");
    }

    void dueDate()
    {
        QFETCH(QDate, meeting);
        QFETCH(QStringList, holidays);
        QFETCH(QDate, due);
        QSet<QDate> days;
        for (const QString& h : holidays)
            days.insert(QDate::fromString(h, Qt::ISODate));
        QCOMPARE(MinutesDeadline::due(BusinessCalendar(days), meeting), due);

        // The same through the committee's own holiday calendar and settings.
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QList<Holiday> list;
        for (const QDate& h : std::as_const(days))
            list.append({ h, QStringLiteral("holiday") });
        QVERIFY(CommitteeSettings::setHolidays(*db, list));
        QCOMPARE(MinutesDeadline::due(*db, meeting), due);
    }

    void deadlineFollowsTheSetting()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::MinutesDeadlineDays, 3));
        QCOMPARE(MinutesDeadline::due(*db, d("2026-11-19")), d("2026-11-24"));
    }

    void statusTextAndColourStates()
    {
        const BusinessCalendar cal = calendar({});
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QDate due = MinutesDeadline::due(cal, d("2026-12-01"));
        QCOMPARE(due, d("2026-12-08"));
        DeadlineStatus s = deadlineStatus(cal, due, d("2026-12-03"), 2);
        QCOMPARE(s.state, DeadlineState::OnTrack);
        QCOMPARE(MinutesDeadline::describe(s, english),
                 QStringLiteral("due Tue 8 Dec, 3 business days left"));
        s = deadlineStatus(cal, due, d("2026-12-08"), 2);
        QCOMPARE(s.state, DeadlineState::DueToday);
        QCOMPARE(MinutesDeadline::describe(s, english),
                 QStringLiteral("due today (Tue 8 Dec), last business day"));
        s = deadlineStatus(cal, due, d("2026-12-10"), 2);
        QCOMPARE(s.state, DeadlineState::Overdue);
        QCOMPARE(MinutesDeadline::describe(s, english),
                 QStringLiteral("overdue since Tue 8 Dec (2 business days late)"));
    }

    void unpublishedMinutesAreListedMostUrgentFirst()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        const test::Roster roster = test::addRoster(*db);
        const qint64 old = test::addMeeting(*db, d("2026-10-15"));
        const qint64 recent = test::addMeeting(*db, d("2026-11-19"));
        const qint64 published = test::addMeeting(*db, d("2026-09-17"));
        test::addMeeting(*db, d("2026-12-17")); // in the future: not due yet
        for (qint64 id : { old, recent, published })
            QVERIFY(MinutesBook::generateDraft(*db, id));
        QVERIFY(MinutesBook::advance(*db, published, MinutesState::Circulated));
        QVERIFY(test::approveAsMembers(*db, published, roster.voting));
        db->setSession({ QStringLiteral("Chair"), Role::Chair, 0 });
        QVERIFY(MinutesBook::advance(*db, published, MinutesState::Approved));
        db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
        QVERIFY(MinutesBook::advance(*db, published, MinutesState::Published,
                                     QStringLiteral("https://example.org/csc/minutes")));

        auto list = MinutesDeadline::unpublished(*db, d("2026-11-23"));
        QVERIFY(list);
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).meeting.id, old);
        QCOMPARE(list.value().at(0).status.state, DeadlineState::Overdue);
        QCOMPARE(list.value().at(1).meeting.id, recent);
        QCOMPARE(list.value().at(1).status.due, d("2026-11-26"));
        QCOMPARE(list.value().at(1).status.businessDaysLeft, 3);
    }

    void minutesPublishedLateStayLate()
    {
        // Issue 12: published after the 5 business days, the minutes are late, not "Met".
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        const test::Roster roster = test::addRoster(*db);
        const qint64 onTime = test::addMeeting(*db, d("2026-09-17"));
        const qint64 late = test::addMeeting(*db, d("2026-10-15")); // due 2026-10-22
        for (const auto& [id, at] : { qMakePair(onTime, QStringLiteral("2026-09-23T10:00:00Z")),
                                      qMakePair(late, QStringLiteral("2026-10-27T10:00:00Z")) }) {
            QVERIFY(MinutesBook::generateDraft(*db, id));
            db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
            QVERIFY(MinutesBook::advance(*db, id, MinutesState::Circulated));
            QVERIFY(test::approveAsMembers(*db, id, roster.voting));
            db->setSession({ QStringLiteral("Chair"), Role::Chair, 0 });
            QVERIFY(MinutesBook::advance(*db, id, MinutesState::Approved));
            db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
            QVERIFY(MinutesBook::advance(*db, id, MinutesState::Published,
                                         QStringLiteral("https://example.org/csc/minutes"),
                                         QDateTime::fromString(at, Qt::ISODate)));
        }
        const auto statusOf = [&](qint64 id) {
            return MinutesDeadline::status(*db, Meetings::load(*db, id).value().meeting,
                                           MinutesBook::minutes(*db, id).value(), d("2026-11-23"));
        };
        QCOMPARE(statusOf(onTime).state, DeadlineState::Met);
        const DeadlineStatus s = statusOf(late);
        QCOMPARE(s.state, DeadlineState::Late);
        QCOMPARE(s.businessDaysLeft, -3); // 23, 26, 27 October
        QCOMPARE(MinutesDeadline::describe(s, QLocale(QLocale::English)),
                 QStringLiteral("published late: due Thu 22 Oct, 3 business days late"));
    }

    void holidayFileOfDates()
    {
        auto list = HolidayFile::parse(
            "# our holidays\n2026-12-25 Christmas Day\n\n2027-01-01   # New Year\n",
            QStringLiteral("h.txt"));
        QVERIFY2(list, qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).day, d("2026-12-25"));
        QCOMPARE(list.value().at(0).name, QStringLiteral("Christmas Day"));
        QCOMPARE(list.value().at(1).day, d("2027-01-01"));
    }

    void holidayFileErrorsNameTheLine()
    {
        auto bad = HolidayFile::parse("2026-12-25\n# fine\n2026-13-01\n", QStringLiteral("h.txt"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("h.txt, line 3")),
                 qPrintable(bad.error().message));
        QVERIFY(bad.error().message.contains(QStringLiteral("2026-13-01")));
    }

    void holidayFileOfIcs()
    {
        auto list = HolidayFile::read(test::testDataPath(QStringLiteral("meetings/holidays.ics")));
        QVERIFY2(list, qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list.value().size(), 3);
        QCOMPARE(list.value().at(0).day, d("2026-12-25"));
        QCOMPARE(list.value().at(0).name, QStringLiteral("Christmas Day"));
        auto timed = HolidayFile::parse(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261225T100000Z\r\nSUMMARY:Party\r\nEND:"
            "VEVENT\r\nEND:VCALENDAR\r\n",
            QStringLiteral("x.ics"));
        QVERIFY(!timed);
        QVERIFY2(timed.error().message.contains(QStringLiteral("x.ics, line 2")),
                 qPrintable(timed.error().message));
    }

    void commandLineDeadline()
    {
        QTemporaryDir dir;
        const QString holidays = dir.filePath(QStringLiteral("holidays.txt"));
        test::writeFile(holidays, "2026-12-25\n2026-12-26\n2027-01-01 # New Year\n");
        auto r = test::runCscDesk({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                                    QStringLiteral("deadline"), QStringLiteral("--meeting-date"),
                                    QStringLiteral("2026-12-24"), QStringLiteral("--holidays"),
                                    holidays });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("2027-01-04"));
        QVERIFY(!QFile::exists(
            dir.filePath(QStringLiteral("none.db")))); // no database is created for this

        r = test::runCscDesk({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                               QStringLiteral("deadline"), QStringLiteral("--meeting-date"),
                               QStringLiteral("2026-12-24") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("2026-12-31"));

        test::writeFile(holidays, "2026-12-25\nChristmas\n");
        r = test::runCscDesk({ QStringLiteral("deadline"), QStringLiteral("--meeting-date"),
                               QStringLiteral("2026-12-24"), QStringLiteral("--holidays"),
                               holidays });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("holidays.txt, line 2")), qPrintable(r.err));

        r = test::runCscDesk({ QStringLiteral("deadline"), QStringLiteral("--meeting-date"),
                               QStringLiteral("24/12/2026") });
        QCOMPARE(r.exitCode, 1);
    }

    void commandLineDeadlineUsesTheDatabaseHolidays()
    {
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("c.db"));
        {
            auto db = test::createOrFail(path);
            QVERIFY(db);
            path = db->path(); // the server's address with CSC_TEST_DB=postgresql
            QVERIFY(CommitteeSettings::setHolidays(
                *db, { { d("2026-05-01"), QStringLiteral("Labour Day") } }));
        }
        auto r
            = test::runCscDesk({ QStringLiteral("--db"), path, QStringLiteral("deadline"),
                                 QStringLiteral("--meeting-date"), QStringLiteral("2026-04-30") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("2026-05-08"));
    }
};

QTEST_GUILESS_MAIN(TestMinutesDeadline)
#include "tst_minutesdeadline.moc"
