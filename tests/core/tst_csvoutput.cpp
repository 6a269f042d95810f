// SPDX-License-Identifier: GPL-3.0-or-later
// CSV outputs are opened in spreadsheets: a cell that would run as a formula is
// written as text, in every CSV the program writes (one function in core does it).
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/SqlQuery.h"
#include "core/util/CsvCell.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestCsvOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void formulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+41 22") << QStringLiteral("'+41 22");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("comma") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plain") << QStringLiteral("Root zone") << QStringLiteral("Root zone");
        QTest::newRow("inner") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaCellsAreNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(csvCell(text), cell);
    }

    void casesListCsvDoesNotCarryAFormula()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        QVERIFY(DemoGenerator::generateFile(file, options));
        QString reference;
        {
            auto db = test::openOrFail(file);
            QVERIFY(db);
            reference = queryScalar(*db,
                                    QStringLiteral("SELECT reference FROM case_record WHERE "
                                                   "closed_utc IS NULL ORDER BY id LIMIT 1"))
                            .value()
                            .toString();
            QVERIFY(!reference.isEmpty());
            // What an attacker puts in a complaint's title and operator name.
            QVERIFY(execute(*db,
                            QStringLiteral("UPDATE case_record SET title = "
                                           "'=HYPERLINK(\"http://evil\",\"x\")', complainant = "
                                           "'@SUM(1)' WHERE reference = ?"),
                            { reference }));
        }
        auto r = test::runCscDesk({ QStringLiteral("--db"), file, QStringLiteral("cases"),
                                    QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QString line;
        for (const QString& l : lines) {
            if (l.startsWith(reference + QLatin1Char(',')))
                line = l;
        }
        QVERIFY2(!line.isEmpty(), qPrintable(r.out.left(400)));
        QVERIFY2(line.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral(",'@SUM(1),")), qPrintable(line));
        // No cell of any line starts a formula.
        for (const QString& l : lines) {
            for (const QString& cell : l.split(QLatin1Char(','))) {
                QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('@'))
                             && !cell.startsWith(QStringLiteral("\"=")),
                         qPrintable(l));
            }
        }
    }

    void sleStatusCsvDoesNotCarryAFormula()
    {
        QString file = m_dir.filePath(QStringLiteral("sle.db"));
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
            file = db->path(); // the server's address with CSC_TEST_DB=postgresql
            db->setSession({ QStringLiteral("Chair"), Role::Chair, 0 });
            ServiceLevelVersion v;
            v.effectiveFrom = QDate(2026, 1, 1);
            v.threshold = 50;
            QVERIFY(ServiceLevelCatalogue::create(*db, QStringLiteral("I"),
                                                  QStringLiteral("-1+cmd|' /C calc'!A0"), v));
        }
        auto r = test::runCscDesk({ QStringLiteral("--db"), file, QStringLiteral("sle"),
                                    QStringLiteral("status"), QStringLiteral("--month"),
                                    QStringLiteral("2026-03"), QStringLiteral("--format"),
                                    QStringLiteral("csv") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2026-03,I,'-1+cmd|' /C calc'!A0,")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCsvOutput)
#include "tst_csvoutput.moc"
