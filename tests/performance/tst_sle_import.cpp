// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the IFO's figures: good files, every kind of bad input, all or nothing.
#include "SleFixture.h"
#include "TestSupport.h"
#include "core/performance/Evaluation.h"
#include "core/performance/FigureImporter.h"
#include "core/performance/FigureStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestSleImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::SleFixture m_sle;
    QTemporaryDir m_dir;

    ImportOutcome run(const QString& name, const ImportOptions& options = {})
    {
        auto r = FigureImporter::importFile(
            *m_db, test::testDataPath(QStringLiteral("performance/") + name), options);
        if (!r) {
            qWarning() << r.error().fullText();
            return {};
        }
        return r.value();
    }

    MonthFigure figure(QDate month, qint64 id)
    {
        const QList<MonthFigure> figures = FigureStore::figures(*m_db, month).value();
        for (const MonthFigure& f : figures) {
            if (f.serviceLevelId == id)
                return f;
        }
        return { -1, -1, -1 };
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        QVERIFY(m_sle.seed(*m_db));
    }

    void perRequestFileWithIdnTlds()
    {
        const ImportOutcome o = run(QStringLiteral("good_per_request.csv"));
        QCOMPARE(o.status, ImportOutcome::Status::Imported);
        QCOMPARE(o.shape, QStringLiteral("per-request"));
        QCOMPARE(o.rows, 6);
        const QDate march(2026, 3, 1);
        QCOMPARE(o.months, QList<QDate> { march });
        // 50 min exactly meets, 51 min does not, 1200 s meets, 40 min (across a zone offset) meets.
        QCOMPARE(figure(march, m_sle.checks), (MonthFigure { m_sle.checks, 4, 3 }));
        QCOMPARE(figure(march, m_sle.publication),
                 (MonthFigure { m_sle.publication, 1, 1 })); // exactly 72 h
        QCOMPARE(figure(march, m_sle.window),
                 (MonthFigure { m_sle.window, 1, 1 })); // Min, exactly 3 days
        QCOMPARE(figure(march, m_sle.other),
                 (MonthFigure { m_sle.other, 0, 0 })); // no request that month
        auto e = Evaluation::month(*m_db, march);
        QCOMPARE(e.value().summarySentence(),
                 QStringLiteral("PTI met 3 of the 4 defined thresholds (75.0%)."));

        SqlQuery q(*m_db, QStringLiteral("SELECT tld FROM sle_request ORDER BY request_ref"));
        QVERIFY(q.exec());
        QStringList tlds;
        while (q.next())
            tlds << q.value(0).toString();
        QCOMPARE(tlds,
                 (QStringList { QStringLiteral("电商"), QStringLiteral("рф"), QStringLiteral("مصر"),
                                QStringLiteral("example"), QStringLiteral("कॉम"),
                                QStringLiteral("org") }));
        // One audit entry for the import, not one per row.
        QCOMPARE(AuditLog::entries(*m_db, QStringLiteral("sle_import")).value().size(), 1);
    }

    void perMonthFileWithBomAndCrlf()
    {
        const ImportOutcome o = run(QStringLiteral("good_per_month_bom_crlf.csv"));
        QCOMPARE(o.status, ImportOutcome::Status::Imported);
        QCOMPARE(o.shape, QStringLiteral("per-month"));
        QCOMPARE(figure(QDate(2026, 4, 1), m_sle.checks), (MonthFigure { m_sle.checks, 200, 190 }));
        QCOMPARE(figure(QDate(2026, 4, 1), m_sle.other), (MonthFigure { m_sle.other, 10, 9 }));
    }

    void badInputNamesFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown metric")
            << "bad_unknown_metric.csv" << 3 << 3 << "Unknown metric “Technical checks”";
        QTest::newRow("bad date") << "bad_date.csv" << 3 << 1 << "“2026-13” is not a month";
        QTest::newRow("negative count") << "bad_negative.csv" << 3 << 4 << "cannot be negative";
        QTest::newRow("inconsistent counts")
            << "bad_inconsistent.csv" << 3 << 5
            << "More requests met the threshold (101) than were handled (100)";
        QTest::newRow("duplicate metric")
            << "bad_duplicate.csv" << 4 << 3 << "already has figures for 2026-04 on line 2";
        QTest::newRow("column count")
            << "bad_column_count.csv" << 3 << 0 << "The line has 4 columns; the header has 5";
        QTest::newRow("bad encoding") << "bad_encoding.csv" << 3 << 2 << "not valid UTF-8";
        QTest::newRow("bad timestamp")
            << "bad_timestamp.csv" << 3 << 6 << "“2026-03-02 25:00” is not a timestamp";
        QTest::newRow("ends before start")
            << "bad_timestamp.csv" << 4 << 7 << "ends before it starts";
    }

    void badInputNamesFileLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const QString before = test::contentDump(*m_db);
        const ImportOutcome o = run(file);
        QCOMPARE(o.status, ImportOutcome::Status::Invalid);
        bool found = false;
        for (const ImportProblem& p : o.problems) {
            if (p.line == line && p.column == column && p.message.contains(words)) {
                found = true;
                QVERIFY(p.text().startsWith(file + QLatin1Char(':') + QString::number(line)));
            }
        }
        if (!found) {
            for (const ImportProblem& p : o.problems)
                qWarning() << p.text();
        }
        QVERIFY(found);
        QCOMPARE(test::contentDump(*m_db), before); // nothing imported, not even the good lines
    }

    void headerProblemsAreReported()
    {
        QBuffer buffer;
        buffer.setData(
            "month,category,metric,requests,colour\n2026-04,I,Technical check results,1,1\n");
        buffer.open(QIODevice::ReadOnly);
        auto o
            = FigureImporter::importDevice(*m_db, &buffer, QStringLiteral("x.csv"), buffer.size());
        QVERIFY(o);
        QCOMPARE(o.value().status, ImportOutcome::Status::Invalid);
        QCOMPARE(o.value().problems.first().line, 1);
        QCOMPARE(o.value().problems.first().column, 5);
        QVERIFY(
            o.value().problems.first().message.contains(QStringLiteral("Unknown column “colour”")));
    }

    void aBadLastLineOfALongFileChangesNothing()
    {
        QByteArray data = "request_id,tld,category,metric,month,start,end,duration_seconds\n";
        const int rows = 50000;
        for (int i = 0; i < rows; ++i)
            data += "R-" + QByteArray::number(i) + ",example,I,Technical check results,2026-05,,,"
                + QByteArray::number(i % 4000) + "\n";
        data += "R-last,example,I,Technical check results,2026-05,,,-3\n";
        const QString path = m_dir.filePath(QStringLiteral("long.csv"));
        test::writeFile(path, data);
        const QString before = test::contentDump(*m_db);
        auto o = FigureImporter::importFile(*m_db, path);
        QVERIFY(o);
        QCOMPARE(o.value().status, ImportOutcome::Status::Invalid);
        QCOMPARE(o.value().problems.size(), 1);
        QCOMPARE(o.value().problems.first().line, rows + 2);
        QCOMPARE(o.value().problems.first().column, 8);
        QCOMPARE(test::contentDump(*m_db), before);
        QCOMPARE(
            queryScalar(*m_db, QStringLiteral("SELECT count(*) FROM sle_request")).value().toInt(),
            0);
    }

    void cancellingLeavesTheDatabaseAsItWas()
    {
        QByteArray data = "month,category,metric,requests,met\n";
        for (int i = 0; i < 40000; ++i) // distinct valid months, so only the cancel stops it
            data += QDate(2026, 1, 1).addMonths(i).toString(QStringLiteral("yyyy-MM")).toLatin1()
                + ",I,Technical check results,1,1\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        const QString before = test::contentDump(*m_db);
        ImportOptions options;
        int calls = 0;
        options.progress = [&](qint64, qint64) { ++calls; };
        options.isCancelled = [&] { return calls > 0; };
        auto o = FigureImporter::importDevice(*m_db, &buffer, QStringLiteral("cancel.csv"),
                                              data.size(), options);
        QVERIFY(o);
        QCOMPARE(o.value().status, ImportOutcome::Status::Cancelled);
        QCOMPARE(test::contentDump(*m_db), before);
    }

    void reimportingAMonthAsksAndTheReplacementIsAudited()
    {
        QCOMPARE(run(QStringLiteral("good_per_month_bom_crlf.csv")).status,
                 ImportOutcome::Status::Imported);
        QVERIFY(FigureStore::setFigures(*m_db, QDate(2026, 4, 1), { { m_sle.checks, 5, 5 } }));
        const QString before = test::contentDump(*m_db);
        ImportOutcome again = run(QStringLiteral("good_per_month_bom_crlf.csv"));
        QCOMPARE(again.status, ImportOutcome::Status::MonthAlreadyImported);
        QCOMPARE(again.existingMonths, QList<QDate> { QDate(2026, 4, 1) });
        QCOMPARE(test::contentDump(*m_db), before);

        ImportOptions replace;
        replace.replace = true;
        again = run(QStringLiteral("good_per_month_bom_crlf.csv"), replace);
        QCOMPARE(again.status, ImportOutcome::Status::Imported);
        QCOMPARE(figure(QDate(2026, 4, 1), m_sle.checks), (MonthFigure { m_sle.checks, 200, 190 }));
        const auto audit
            = AuditLog::entries(*m_db, QStringLiteral("sle_month"), QStringLiteral("2026-04"))
                  .value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("replace"));
        QCOMPARE(audit.first().changes.first().oldValue.toString(),
                 QStringLiteral("115/112/4")); // 5+100+0+10 / 5+98+0+9
        QCOMPARE(audit.first().changes.first().newValue.toString(), QStringLiteral("310/297/4"));
    }

    void importNeedsThePermission()
    {
        m_db->setSession({ QStringLiteral("Mia"), Role::Member, 0 });
        auto o = FigureImporter::importFile(
            *m_db, test::testDataPath(QStringLiteral("performance/good_per_month_bom_crlf.csv")));
        QVERIFY(!o);
    }
};

QTEST_GUILESS_MAIN(TestSleImport)
#include "tst_sle_import.moc"
