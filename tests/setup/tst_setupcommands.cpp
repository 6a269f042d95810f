// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 and issue 10.12 on the command line: `init`, refusing what is not a CSC Desk
// database, the set-up imports/exports and the read commands for scripting.
#include "TestSupport.h"
#include "core/storage/SqlQuery.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestSetupCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString data(const QString& name)
    {
        return test::testDataPath(QStringLiteral("setup/") + name);
    }
    static test::CommandResult run(const QString& db, QStringList args)
    {
        return test::runCscDesk(QStringList { QStringLiteral("--db"), db } + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.db"));
        auto r = test::runCscDesk({ QStringLiteral("demo"), QStringLiteral("--out"), m_demo,
                                    QStringLiteral("--as-of"), QStringLiteral("2026-11-23") });
        QCOMPARE(r.exitCode, 0);
    }

    void initThenInfoShowsAnEmptyCommittee()
    {
        const QString file = path(QStringLiteral("ours.db"));
        auto r = test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"), file,
                                    QStringLiteral("--committee"), QStringLiteral("Our CSC") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(file).size() > 0);
        auto info = run(file, { QStringLiteral("info") });
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("schema: ")));
        QVERIFY(info.out.contains(QStringLiteral("read-write")));
        auto db = test::openOrFail(file);
        QVERIFY(db);
        for (const QString& table :
             { QStringLiteral("member"), QStringLiteral("case_record"), QStringLiteral("meeting"),
               QStringLiteral("service_level"), QStringLiteral("holiday") })
            QCOMPARE(
                queryScalar(*db, QStringLiteral("SELECT count(*) FROM ") + table).value().toInt(),
                0);
        QCOMPARE(queryScalar(*db,
                             QStringLiteral("SELECT value FROM committee_setting WHERE key = "
                                            "'committee/name'"))
                     .value()
                     .toString(),
                 QStringLiteral("Our CSC"));
    }

    void initOverAnExistingFileRefusesItUntouched()
    {
        for (const QString& existing : { m_demo, path(QStringLiteral("empty.db")) }) {
            if (!QFileInfo::exists(existing))
                test::writeFile(existing, {});
            const QByteArray before = test::fileBytes(existing);
            auto r = test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"), existing,
                                        QStringLiteral("--committee"), QStringLiteral("X") });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
            QCOMPARE(test::fileBytes(existing), before);
        }
        auto usage = test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"),
                                        path(QStringLiteral("nameless.db")) });
        QCOMPARE(usage.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nameless.db"))));
    }

    // Issue 10.12: a zero-length file never silently becomes a committee.
    void zeroLengthFileIsNotADatabaseEverywhere()
    {
        const QString file = path(QStringLiteral("zero.db"));
        test::writeFile(file, {});
        for (const QStringList& args :
             { QStringList { QStringLiteral("info") },
               QStringList { QStringLiteral("sle"), QStringLiteral("import"),
                             test::testDataPath(QStringLiteral("performance/bad_date.csv")) },
               QStringList { QStringLiteral("roster"), QStringLiteral("import"),
                             data(QStringLiteral("roster.csv")) } }) {
            auto r = run(file, args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("not a CSC Desk database")), qPrintable(r.err));
            QCOMPARE(QFileInfo(file).size(), 0);
        }
        const QString missing = path(QStringLiteral("missing.db"));
        auto r = run(missing, { QStringLiteral("info") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void importsRefuseABadFileWithItsLine()
    {
        const QString file = path(QStringLiteral("imports.db"));
        QCOMPARE(test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"), file,
                                    QStringLiteral("--committee"), QStringLiteral("Imports") })
                     .exitCode,
                 0);
        auto bad = run(file,
                       { QStringLiteral("sle"), QStringLiteral("catalogue"),
                         QStringLiteral("import"), data(QStringLiteral("bad_catalogue.csv")) });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("bad_catalogue.csv:3:4:")), qPrintable(bad.err));
        auto roster = run(file,
                          { QStringLiteral("roster"), QStringLiteral("import"),
                            data(QStringLiteral("bad_roster.csv")) });
        QCOMPARE(roster.exitCode, 2);
        QVERIFY2(roster.err.contains(QStringLiteral("bad_roster.csv:3:4:")),
                 qPrintable(roster.err));
        auto holidays = run(file,
                            { QStringLiteral("holidays"), QStringLiteral("import"),
                              data(QStringLiteral("bad_holidays.txt")) });
        QCOMPARE(holidays.exitCode, 2);
        QVERIFY2(holidays.err.contains(QStringLiteral("bad_holidays.txt:3:3:")),
                 qPrintable(holidays.err));
        auto list = run(file,
                        { QStringLiteral("roster"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void exportsReadBackExactly()
    {
        const QString file = path(QStringLiteral("roundtrip.db"));
        QCOMPARE(test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"), file,
                                    QStringLiteral("--committee"), QStringLiteral("Round") })
                     .exitCode,
                 0);
        const QList<QStringList> kinds { { QStringLiteral("sle"), QStringLiteral("catalogue") },
                                         { QStringLiteral("roster") },
                                         { QStringLiteral("holidays") } };
        const QStringList files { data(QStringLiteral("catalogue.csv")),
                                  data(QStringLiteral("roster.csv")),
                                  data(QStringLiteral("holidays.txt")) };
        const QString other = path(QStringLiteral("roundtrip2.db"));
        QCOMPARE(test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"), other,
                                    QStringLiteral("--committee"), QStringLiteral("Round 2") })
                     .exitCode,
                 0);
        for (int i = 0; i < kinds.size(); ++i) {
            auto imported
                = run(file, kinds.at(i) + QStringList { QStringLiteral("import"), files.at(i) });
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            const QString out = path(QStringLiteral("export-%1").arg(i));
            auto exported
                = run(file,
                      kinds.at(i)
                          + QStringList { QStringLiteral("export"), QStringLiteral("--out"), out });
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QVERIFY(run(other, kinds.at(i) + QStringList { QStringLiteral("import"), out }).exitCode
                    == 0);
            auto again = run(other, kinds.at(i) + QStringList { QStringLiteral("export") });
            QCOMPARE(again.out.toUtf8(), test::fileBytes(out));
        }
        auto list
            = run(other,
                  { QStringLiteral("sle"), QStringLiteral("catalogue"), QStringLiteral("list"),
                    QStringLiteral("--month"), QStringLiteral("2026-03"),
                    QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral(
                     "I,Lodging an emailed request,259200,seconds,Max,95,2026-01,≤ 3 days")),
                 qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("I,Technical check results,45,minutes")));
        QVERIFY(!list.out.contains(QStringLiteral("I,Technical check results,50,minutes")));
    }

    void meetingsListAsJsonListsEveryMeeting()
    {
        auto r = run(m_demo,
                     { QStringLiteral("meetings"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        auto db = test::openOrFail(m_demo);
        QVERIFY(db);
        const int meetings
            = queryScalar(*db, QStringLiteral("SELECT count(*) FROM meeting")).value().toInt();
        QVERIFY(meetings >= 20);
        QCOMPARE(list.size(), meetings);
        QSet<int> numbers;
        for (const QJsonValue& v : list)
            numbers.insert(v.toObject().value(QStringLiteral("number")).toInt());
        QCOMPARE(int(numbers.size()), meetings);
        QVERIFY(list.first().toObject().value(QStringLiteral("date")).toString()
                < list.last().toObject().value(QStringLiteral("date")).toString());

        const QString last = list.last().toObject().value(QStringLiteral("date")).toString();
        auto show = run(m_demo,
                        { QStringLiteral("meetings"), QStringLiteral("show"), last,
                          QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject one = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(one.value(QStringLiteral("date")).toString(), last);
        QVERIFY(!one.value(QStringLiteral("agenda")).toArray().isEmpty());
        auto byNumber = run(m_demo,
                            { QStringLiteral("meetings"), QStringLiteral("show"),
                              QString::number(one.value(QStringLiteral("number")).toInt()) });
        QCOMPARE(byNumber.exitCode, 0);
        QVERIFY(byNumber.out.contains(QStringLiteral("Roll call"), Qt::CaseInsensitive));
        QCOMPARE(run(m_demo,
                     { QStringLiteral("meetings"), QStringLiteral("show"), QStringLiteral("9999") })
                     .exitCode,
                 2);
    }

    void actionsAndRosterLists()
    {
        auto all = run(m_demo,
                       { QStringLiteral("actions"), QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("json") });
        auto open
            = run(m_demo,
                  { QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--open"),
                    QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(open.exitCode, 0);
        const QJsonArray allItems = QJsonDocument::fromJson(all.out.toUtf8()).array();
        const QJsonArray openItems = QJsonDocument::fromJson(open.out.toUtf8()).array();
        QVERIFY(openItems.size() > 0);
        QVERIFY(allItems.size() > openItems.size());
        for (const QJsonValue& v : openItems)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("pending"));
        QVERIFY(openItems.first()
                    .toObject()
                    .value(QStringLiteral("identifier"))
                    .toString()
                    .startsWith(QStringLiteral("Action item ")));
        auto roster = run(m_demo,
                          { QStringLiteral("roster"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(roster.exitCode, 0);
        QVERIFY(roster.out.startsWith(QStringLiteral(
            "name,affiliation,kind,voting,email,term_start,term_end,chair,ifo_contact_role\n")));
        // A cell a spreadsheet would run as a formula is written inert (issue 10.16).
        const QString formulas = path(QStringLiteral("formula.db"));
        QCOMPARE(test::runCscDesk({ QStringLiteral("init"), QStringLiteral("--db"), formulas,
                                    QStringLiteral("--committee"), QStringLiteral("F") })
                     .exitCode,
                 0);
        test::writeFile(path(QStringLiteral("formula.csv")),
                        "name,kind,term_start\n=1+2,gtld,2025-10-01\n");
        auto imported = run(formulas,
                            { QStringLiteral("roster"), QStringLiteral("import"),
                              path(QStringLiteral("formula.csv")) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto inert = run(formulas,
                         { QStringLiteral("roster"), QStringLiteral("list"),
                           QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(inert.out.contains(QStringLiteral("\n'=1+2,")), qPrintable(inert.out));
        QCOMPARE(run(m_demo,
                     { QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("xml") })
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSetupCommands)
#include "tst_setupcommands.moc"
