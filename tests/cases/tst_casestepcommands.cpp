// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, item 10: every step headless. `cscdesk cases open|move|respond|link|finding|
// publish-finding` on a fresh database, and `cases show REF --format json` with the steps,
// moves, response events, deadlines with their unit and status, and links.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestCaseStepCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    test::CommandResult cases(const QStringList& arguments)
    {
        return test::runCscDesk(
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("cases") } + arguments);
    }

    QJsonObject show(const QString& ref)
    {
        const auto r = cases(
            { QStringLiteral("show"), ref, QStringLiteral("--format"), QStringLiteral("json") });
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString file(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, name.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The command line works on an existing committee database: create an empty one.
        // (On the test server, its address: the commands take `--db postgresql://…` alike.)
        auto db = test::createOrFail(m_dir.filePath(QStringLiteral("steps.db")));
        QVERIFY(db);
        m_db = db->path();
    }

    void aComplaintWalksHeadlessToAnUnansweredResponse()
    {
        const QDate opened = QDate::currentDate().addDays(-40);
        const auto open = cases({ QStringLiteral("open"), QStringLiteral("--process"),
                                  QStringLiteral("complaint"), QStringLiteral("--title"),
                                  QStringLiteral("Silent IFO"), QStringLiteral("--operator"),
                                  QStringLiteral("Northgate Registry"), QStringLiteral("--tld"),
                                  QStringLiteral("northgate"), QStringLiteral("--category"),
                                  QStringLiteral("timeliness"), QStringLiteral("--opened"),
                                  opened.toString(Qt::ISODate) });
        QCOMPARE(open.exitCode, 0);
        const QString ref = open.out.trimmed();
        QVERIFY(ref.startsWith(QStringLiteral("CSC-")));

        // A move without its note is a data error with a one-line message.
        const auto noNote = cases(
            { QStringLiteral("move"), ref, QStringLiteral("--to"), QStringLiteral("reported") });
        QCOMPARE(noNote.exitCode, 2);
        QVERIFY(!noNote.err.trimmed().isEmpty());
        QCOMPARE(cases({ QStringLiteral("move"), QStringLiteral("--to") }).exitCode, 1);

        QCOMPARE(
            cases({ QStringLiteral("move"), ref, QStringLiteral("--to"), QStringLiteral("reported"),
                    QStringLiteral("--note"), QStringLiteral("Reported"), QStringLiteral("--on"),
                    opened.toString(Qt::ISODate) })
                .exitCode,
            0);
        const QDate requested = opened.addDays(2);
        QCOMPARE(cases({ QStringLiteral("move"), ref, QStringLiteral("--to"),
                         QStringLiteral("written_response"), QStringLiteral("--note"),
                         QStringLiteral("Requested"), QStringLiteral("--on"),
                         requested.toString(Qt::ISODate) })
                     .exitCode,
                 0);
        QJsonObject o = show(ref);
        QCOMPARE(o.value(QStringLiteral("step")).toString(), QStringLiteral("written_response"));
        const QJsonObject deadline = o.value(QStringLiteral("deadline")).toObject();
        QCOMPARE(deadline.value(QStringLiteral("unit")).toString(),
                 QStringLiteral("business_days"));
        QCOMPARE(deadline.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        QVERIFY(o.value(QStringLiteral("steps")).toArray().size() >= 10);

        // No response: recorded, badge unanswered, then the next step needs no document.
        QCOMPARE(cases({ QStringLiteral("respond"), ref, QStringLiteral("--none") }).exitCode, 0);
        o = show(ref);
        QCOMPARE(o.value(QStringLiteral("deadline")).toObject().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("unanswered")));
        const QJsonArray responses = o.value(QStringLiteral("responses")).toArray();
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("none"));
        const auto moved = cases(
            { QStringLiteral("move"), ref, QStringLiteral("--to"), QStringLiteral("mediation") });
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        o = show(ref);
        const QJsonArray moves = o.value(QStringLiteral("moves")).toArray();
        QVERIFY(moves.last()
                    .toObject()
                    .value(QStringLiteral("note"))
                    .toString()
                    .startsWith(QStringLiteral("no response by")));
    }

    void aProblemCaseAnswersInCalendarDaysAndHandsOverToAPanel()
    {
        const QDate opened = QDate::currentDate().addDays(-10);
        const auto open = cases({ QStringLiteral("open"), QStringLiteral("--process"),
                                  QStringLiteral("problem"), QStringLiteral("--title"),
                                  QStringLiteral("Failures"), QStringLiteral("--category"),
                                  QStringLiteral("timeliness"), QStringLiteral("--opened"),
                                  opened.toString(Qt::ISODate) });
        QVERIFY2(open.exitCode == 0, qPrintable(open.err));
        const QString ref = open.out.trimmed();
        QJsonObject o = show(ref);
        const QJsonObject deadline = o.value(QStringLiteral("deadline")).toObject();
        QCOMPARE(deadline.value(QStringLiteral("due")).toString(),
                 opened.addDays(30).toString(Qt::ISODate));
        QCOMPARE(deadline.value(QStringLiteral("unit")).toString(),
                 QStringLiteral("calendar_days"));
        // Received on time with its document: met.
        QCOMPARE(cases({ QStringLiteral("respond"), ref, QStringLiteral("--received"),
                         opened.addDays(5).toString(Qt::ISODate), QStringLiteral("--document"),
                         file(QStringLiteral("response.txt")) })
                     .exitCode,
                 0);
        QCOMPARE(
            show(ref).value(QStringLiteral("deadline")).toObject().value(QStringLiteral("status")),
            QJsonValue(QStringLiteral("met")));

        // To the appeal step, then a linked panel case with a published finding.
        for (const QString& step :
             { QStringLiteral("remedial_action"), QStringLiteral("completion_check"),
               QStringLiteral("mediation"), QStringLiteral("appeal") }) {
            QStringList args { QStringLiteral("move"),   ref,
                               QStringLiteral("--to"),   step,
                               QStringLiteral("--note"), QStringLiteral("Agreed"),
                               QStringLiteral("--days"), QStringLiteral("10") };
            if (step == QLatin1String("appeal"))
                args << QStringLiteral("--document") << file(QStringLiteral("mediator.txt"));
            const auto r = cases(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const auto panel = cases({ QStringLiteral("open"), QStringLiteral("--process"),
                                   QStringLiteral("appeal"), QStringLiteral("--from"), ref });
        QVERIFY2(panel.exitCode == 0, qPrintable(panel.err));
        const QString panelRef = panel.out.trimmed();
        const auto finding = cases(
            { QStringLiteral("finding"), panelRef, QStringLiteral("--finding"),
              QStringLiteral("remediable"), QStringLiteral("--remedy-days"), QStringLiteral("15"),
              QStringLiteral("--public-text"), QStringLiteral("A breach capable of remedy."),
              QStringLiteral("--document"), file(QStringLiteral("finding.txt")) });
        QVERIFY2(finding.exitCode == 0, qPrintable(finding.err));
        o = show(ref);
        QCOMPARE(o.value(QStringLiteral("step")).toString(), QStringLiteral("remedy_period"));
        QCOMPARE(o.value(QStringLiteral("deadline")).toObject().value(QStringLiteral("due")),
                 QJsonValue(QDate::currentDate().addDays(15).toString(Qt::ISODate)));
        const QJsonArray links = o.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().toObject().value(QStringLiteral("reference")).toString(), panelRef);
        QCOMPARE(links.first().toObject().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("led_to"));
        const QString out = m_dir.filePath(QStringLiteral("finding.md"));
        const auto published
            = cases({ QStringLiteral("publish-finding"), panelRef, QStringLiteral("--format"),
                      QStringLiteral("md"), QStringLiteral("--out"), out });
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const QString md = QString::fromUtf8(test::fileBytes(out));
        QVERIFY(md.contains(QStringLiteral("A breach capable of remedy.")));
        QVERIFY(md.contains(QStringLiteral("15 days")));
        QVERIFY(!md.contains(QStringLiteral("Failures"))); // the confidential title
    }
};

QTEST_GUILESS_MAIN(TestCaseStepCommands)
#include "tst_casestepcommands.moc"
