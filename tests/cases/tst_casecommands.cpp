// SPDX-License-Identifier: GPL-3.0-or-later
// `cscdesk cases list|show`, run as a script would run them.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestCaseCommands : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_db, options));
    }

    void listsAsJsonWithOverdueFilter()
    {
        const auto all
            = cases({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--as-of"), QStringLiteral("2026-11-23") });
        QCOMPARE(all.exitCode, 0);
        const QJsonArray everything = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QVERIFY(everything.size() >= 10); // the realistic demo: a handful of cases a year
        const auto overdue = cases({ QStringLiteral("list"), QStringLiteral("--overdue"),
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-11-23") });
        QCOMPARE(overdue.exitCode, 0);
        const QJsonArray late = QJsonDocument::fromJson(overdue.out.toUtf8()).array();
        QVERIFY(!late.isEmpty());
        QVERIFY(late.size() < everything.size());
        for (const QJsonValue& v : late) {
            QCOMPARE(v.toObject().value(QStringLiteral("deadline")).toString(),
                     QStringLiteral("overdue"));
            QVERIFY(v.toObject().value(QStringLiteral("due")).toString()
                    < QStringLiteral("2026-11-23"));
        }
    }

    void filtersByProcessAsCsv()
    {
        const auto r = cases({ QStringLiteral("list"), QStringLiteral("--process"),
                               QStringLiteral("emergency"), QStringLiteral("--format"),
                               QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("reference,process,step")));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).section(QLatin1Char(','), 1, 1) == QStringLiteral("emergency"),
                     qPrintable(lines.at(i)));
    }

    void showsOneCase()
    {
        const auto r = cases({ QStringLiteral("show"), QStringLiteral("CSC-2026-001") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("CSC-2026-001")));
        QVERIFY(r.out.contains(QStringLiteral("Timeline:")));
        QVERIFY(r.out.contains(QStringLiteral("opened at")));
    }

    void refusesBadInput()
    {
        QCOMPARE(
            cases({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") })
                .exitCode,
            1);
        QCOMPARE(cases({ QStringLiteral("list"), QStringLiteral("--process"),
                         QStringLiteral("delegation") })
                     .exitCode,
                 1);
        const auto missing = cases({ QStringLiteral("show"), QStringLiteral("CSC-1999-999") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("CSC-1999-999")));
    }
};

QTEST_GUILESS_MAIN(TestCaseCommands)
#include "tst_casecommands.moc"
