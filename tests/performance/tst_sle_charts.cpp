// SPDX-License-Identifier: GPL-3.0-or-later
// Every performance chart built from the demo database and exported as PNG and SVG.
#include "TestSupport.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/PerformanceCharts.h"
#include "core/demo/DemoGenerator.h"
#include "ui/widgets/UserPrompts.h"

#include <QChart>
#include <QImage>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace csc;

class TestSleCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<MonthEvaluation> m_months;

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        const QString file = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.seed = 3;
        options.years = 2;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(file, options));
        m_db = test::openOrFail(file);
        QVERIFY(m_db);
        auto months = Evaluation::range(*m_db, QDate(2025, 1, 1), QDate(2026, 10, 1));
        QVERIFY(months);
        m_months = months.value();
        QCOMPARE(m_months.size(), 22);
    }

    void eachChartExportsAsPngAndSvg_data()
    {
        QTest::addColumn<int>("kind");
        for (PerformanceCharts::Kind k : PerformanceCharts::kinds())
            QTest::newRow(qPrintable(PerformanceCharts::title(k))) << int(k);
    }

    void eachChartExportsAsPngAndSvg()
    {
        QFETCH(int, kind);
        const qint64 metric
            = m_months.last().metrics.at(5).serviceLevelId; // the persistently missed one
        std::unique_ptr<QChart> chart(
            PerformanceCharts::build(PerformanceCharts::Kind(kind), m_months, metric));
        QVERIFY(chart);
        QVERIFY(!chart->series().isEmpty());
        const QString png = m_dir.filePath(QStringLiteral("chart%1.png").arg(kind));
        const QString svg = m_dir.filePath(QStringLiteral("chart%1.svg").arg(kind));
        QVERIFY(ChartExport::png(chart.get(), png, { 800, 500 }));
        QVERIFY(ChartExport::svg(chart.get(), svg, { 800, 500 }));

        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(800, 500));
        // Something was drawn: more than the background colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 5);

        const QByteArray svgBytes = test::fileBytes(svg);
        QVERIFY(svgBytes.contains("<svg"));
        QSvgRenderer renderer(svgBytes);
        QVERIFY(renderer.isValid());
        QVERIFY(svgBytes.size() > 2000);
    }

    void complianceMarksTheMissedMonths()
    {
        const qint64 metric = m_months.last().metrics.at(5).serviceLevelId;
        int missed = 0;
        for (const MonthEvaluation& e : m_months)
            missed += e.metrics.at(5).status == MetricStatus::Missed ? 1 : 0;
        QVERIFY(missed >= 3);
        std::unique_ptr<QChart> chart(PerformanceCharts::compliance(m_months, metric));
        auto* marks = qobject_cast<QXYSeries*>(chart->series().at(2));
        QVERIFY(marks);
        QCOMPARE(marks->count(), missed);
    }

    void panelShowsAChartForTheChosenRange()
    {
        ChartPanel panel(m_db.get());
        panel.resize(900, 600);
        panel.setRange(QDate(2026, 1, 1), QDate(2026, 10, 1));
        panel.setKind(PerformanceCharts::Kind::Volumes);
        QVERIFY(panel.chart());
        QCOMPARE(panel.chart()->title(),
                 PerformanceCharts::title(PerformanceCharts::Kind::Volumes));
        const QString file = m_dir.filePath(QStringLiteral("panel.svg"));
        UserPrompts::setNextFileName(file);
        QVERIFY(QMetaObject::invokeMethod(&panel,
                                          [&panel] { panel.findChild<QPushButton*>()->click(); }));
        QVERIFY(QFileInfo(file).size() > 0);
    }
};

QTEST_MAIN(TestSleCharts)
#include "tst_sle_charts.moc"
