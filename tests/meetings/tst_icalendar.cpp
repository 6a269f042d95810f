// SPDX-License-Identifier: GPL-3.0-or-later
// The committee calendar: obligations computed from the dates entered, and the
// iCalendar export read back with the right events, dates and stable UIDs.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/meetings/ObligationCalendar.h"
#include "core/settings/CommitteeSettings.h"

#include <QTemporaryDir>

using namespace csc;

class TestICalendar : public QObject
{
    Q_OBJECT

private:
    static const CalendarEvent* find(const QList<CalendarEvent>& events, const QString& uidPrefix)
    {
        for (const CalendarEvent& e : events) {
            if (e.uid.startsWith(uidPrefix + QLatin1Char('@')))
                return &e;
        }
        return nullptr;
    }

private Q_SLOTS:
    void escapingAndFolding()
    {
        QCOMPARE(ICalendar::escapeText(QStringLiteral("a,b;c\\d\ne")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        const QByteArray longLine = "SUMMARY:" + QString(QStringLiteral("é")).repeated(60).toUtf8();
        const QByteArray folded = ICalendar::foldLine(longLine);
        for (const QByteArray& l : folded.split('\n')) {
            QVERIFY(l.size() <= 76); // 75 octets + the CR
            QVERIFY(QString::fromUtf8(l).toUtf8() == l); // no UTF-8 sequence split
        }
        CalendarEvent e { QStringLiteral("x@y"),
                          QString::fromUtf8(longLine.mid(8)) + QStringLiteral(", done; ok"),
                          QStringLiteral("line one\nline two"),
                          {},
                          QDate(2026, 12, 1),
                          {},
                          {},
                          0,
                          {},
                          false,
                          0 };
        const QByteArray ics
            = ICalendar::write({ e }, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        QVERIFY(ics.contains("\r\n "));
        auto back = ICalendar::parse(ics);
        QVERIFY(back);
        QCOMPARE(back.value().size(), 1);
        QCOMPARE(back.value().first().summary, e.summary);
        QCOMPARE(back.value().first().description, e.description);
        QCOMPARE(back.value().first().day, QDate(2026, 12, 1));
    }

    void readerErrorsNameTheLine()
    {
        auto r = ICalendar::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026-12-"
                                  "01\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                                  QStringLiteral("a.ics"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("a.ics, line 3")),
                 qPrintable(r.error().message));
        QVERIFY(!ICalendar::parse("hello", QStringLiteral("b.ics")));
    }

    void exportHasTheEventsAndStableUids()
    {
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("c.db"));
        {
            auto db = test::createOrFail(path);
            QVERIFY(db);
            path = db->path(); // the server's address with CSC_TEST_DB=postgresql
            test::addRoster(*db);
            QVERIFY(CommitteeSettings::setHolidays(
                *db,
                { { QDate(2026, 12, 25), QStringLiteral("Christmas") },
                  { QDate(2026, 12, 26), QStringLiteral("Boxing Day") },
                  { QDate(2027, 1, 1), QStringLiteral("New Year") } }));
            test::addMeeting(*db, QDate(2025, 10, 16));
            test::addMeeting(*db, QDate(2026, 12, 24));
            QVERIFY(ObligationCalendar::setAnchors(
                *db, { QDate(2016, 10, 1), {}, QDate(2026, 4, 15), QDate(2024, 6, 1) }));
        }
        const QString ics = dir.filePath(QStringLiteral("csc.ics"));
        auto r = test::runCscDesk({ QStringLiteral("--db"), path, QStringLiteral("calendar"),
                                    QStringLiteral("--out"), ics, QStringLiteral("--today"),
                                    QStringLiteral("2026-11-23") });
        QCOMPARE(r.exitCode, 0);
        auto events = ICalendar::parse(test::fileBytes(ics), QStringLiteral("csc.ics"));
        QVERIFY2(events, qPrintable(events.ok() ? QString() : events.error().message));
        const QList<CalendarEvent>& list = events.value();

        const CalendarEvent* meeting = find(list, QStringLiteral("meeting-2"));
        QVERIFY(meeting);
        QCOMPARE(meeting->startUtc, QDateTime(QDate(2026, 12, 24), QTime(14, 0), Qt::UTC));
        QCOMPARE(meeting->endUtc, QDateTime(QDate(2026, 12, 24), QTime(15, 30), Qt::UTC));
        const CalendarEvent* minutes = find(list, QStringLiteral("minutes-due-2"));
        QVERIFY(minutes);
        QCOMPARE(minutes->day, QDate(2027, 1, 4)); // the committee's holidays count
        const CalendarEvent* charter = find(list, QStringLiteral("charter-review"));
        QVERIFY(charter);
        QCOMPARE(charter->day, QDate(2026, 10, 16)); // 12 months after the first meeting
        QVERIFY(find(list, QStringLiteral("consultation-1")));
        QCOMPARE(find(list, QStringLiteral("consultation-2"))->day, QDate(2027, 4, 15));
        QCOMPARE(find(list, QStringLiteral("audit-1"))->day, QDate(2027, 6, 1));
        QCOMPARE(find(list, QStringLiteral("review-team-1"))->day, QDate(2019, 10, 1));
        QCOMPARE(find(list, QStringLiteral("review-team-2"))->day, QDate(2023, 10, 1));
        QCOMPARE(find(list, QStringLiteral("review-team-3"))->day,
                 QDate(2027, 10, 1)); // every 4 years
    }

    void caseDeadlinesShowByReferenceOnly()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        NewCase secret;
        secret.title = QStringLiteral("SECRETCASETITLE about a registry");
        secret.complainant = QStringLiteral("Northgate Registry");
        secret.tld = QStringLiteral("northgate");
        secret.category = QStringLiteral("contact_update");
        secret.openedOn = QDate(2026, 11, 2);
        auto id = CaseRepository::create(*db, secret);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        const QString reference = CaseRepository::summary(*db, id.value()).value().reference;
        QVERIFY(CaseMoves::move(*db,
                                { id.value(),
                                  QStringLiteral("reported"),
                                  QStringLiteral("No answer from the IFO"),
                                  QDate(2026, 11, 3),
                                  0,
                                  {},
                                  0 }));
        QVERIFY(CaseMoves::move(*db,
                                { id.value(),
                                  QStringLiteral("written_response"),
                                  QStringLiteral("Ombudsman skipped"),
                                  QDate(2026, 11, 4),
                                  0,
                                  {},
                                  0 }));
        const QDate due = CaseRepository::summary(*db, id.value()).value().dueDate;
        QVERIFY(due.isValid());

        auto events = ObligationCalendar::events(*db, QDate(2026, 11, 1), QDate(2026, 12, 31));
        QVERIFY(events);
        const auto found
            = std::find_if(events.value().cbegin(), events.value().cend(),
                           [&](const CalendarEvent& e) { return e.summary.contains(reference); });
        QVERIFY(found != events.value().cend());
        QCOMPARE(found->day, due);
        const QByteArray ics = ICalendar::write(
            events.value(), QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        QVERIFY(ics.contains(reference.toUtf8()));
        QVERIFY(!ics.contains("SECRETCASETITLE"));
    }

    void uidsAreStableAcrossExports()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        test::addMeeting(*db, QDate(2026, 10, 15));
        auto first = ObligationCalendar::allEvents(*db, QDate(2026, 11, 23));
        test::addMeeting(*db, QDate(2026, 11, 19)); // a new meeting must not renumber the others
        auto second = ObligationCalendar::allEvents(*db, QDate(2026, 11, 23));
        QVERIFY(first && second);
        QStringList a, b;
        for (const CalendarEvent& e : first.value())
            a << e.uid;
        for (const CalendarEvent& e : second.value())
            b << e.uid;
        for (const QString& uid : std::as_const(a))
            QVERIFY2(b.contains(uid), qPrintable(uid));
        QCOMPARE(b.size(), a.size() + 2);
        QVERIFY(a.first().endsWith(QLatin1Char('@') + db->committeeId()));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
