// SPDX-License-Identifier: GPL-3.0-or-later
// The Performance section on the demo database: models, findings edits through
// the undo stack, import through the dialog seams, report export.
#include "ui/AppContext.h"
#include "TestSupport.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/PersistentMissCases.h"
#include "ui/charts/ChartPanel.h"
#include "core/demo/DemoGenerator.h"
#include "ui/performance/CatalogueView.h"
#include "core/performance/Evaluation.h"
#include "core/performance/Findings.h"
#include "ui/performance/MonthView.h"
#include "ui/performance/PerformancePage.h"
#include "ui/performance/SleModels.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SqlQuery.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace csc;

class TestSlePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    QUndoGroup m_undo;

    QPushButton* button(QWidget* parent, const QString& text)
    {
        for (QPushButton* b : parent->findChildren<QPushButton*>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

    void grab(QWidget* widget, const QString& name)
    {
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        if (qEnvironmentVariableIsSet("CSC_SHOTS_DIR"))
            image.save(qEnvironmentVariable("CSC_SHOTS_DIR") + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void init()
    {
        UserPrompts::setHeadless(true);
        UserPrompts::takeShownMessages();
        const QString file
            = m_dir.filePath(QStringLiteral("demo%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        DemoOptions options;
        options.seed = 11;
        options.years = 2;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(file, options));
        m_db = test::openOrFail(file);
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Sam"), Role::Secretariat, 0 });
        m_settings = std::make_unique<AppSettings>();
    }

    void modelsAreWellBehaved()
    {
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        QAbstractItemModelTester t1(page.monthView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.statusModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page.catalogueView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showMonth(QDate(2026, 9, 1));
        page.reload();
        QCOMPARE(page.monthView()->model()->rowCount(), 59);
        QCOMPARE(page.catalogueView()->model()->rowCount(), 59);
        QCOMPARE(page.statusModel()->rowCount(), 24); // November 2024 to October 2026
        // Newest month first, with the committee's rating.
        QCOMPARE(page.statusModel()->index(0, MonthStatusModel::Month).data(MonthRole).toDate(),
                 QDate(2026, 10, 1));
        QCOMPARE(page.statusModel()->index(0, MonthStatusModel::Decided).data().toString(),
                 QStringLiteral("not yet decided"));
        QCOMPARE(page.statusModel()->index(1, MonthStatusModel::Decided).data().toString(),
                 QStringLiteral("Needs improvement"));
    }

    void narrativeEditsGoThroughTheUndoStack()
    {
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        page.resize(1400, 900);
        page.showMonth(QDate(2026, 10, 1));
        MonthView* view = page.monthView();
        auto* table = view->findChild<QTableView*>();
        int missedRow = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(StatusRole).toInt() == int(MetricStatus::Missed))
                missedRow = row;
        }
        QVERIFY(missedRow >= 0);
        const qint64 level = view->model()->index(missedRow, 0).data(IdRole).toLongLong();
        table->selectRow(missedRow);
        auto* narrative = view->findChild<QPlainTextEdit*>(QStringLiteral("narrativeEdit"));
        QVERIFY(narrative->isEnabled());
        narrative->setPlainText(QStringLiteral("Staff shortage during the holiday season."));
        view->findChild<QCheckBox*>()->setChecked(true);
        button(view, QStringLiteral("Save narrative"))->click();
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(Findings::load(*m_db, QDate(2026, 10, 1)).value().narratives.value(level).text,
                 QStringLiteral("Staff shortage during the holiday season."));
        QCOMPARE(view->model()->index(missedRow, MonthEvaluationModel::Narrative).data().toString(),
                 QStringLiteral("Staff shortage during the holiday season."));
        page.undoStack()->undo();
        QCOMPARE(Findings::load(*m_db, QDate(2026, 10, 1)).value().narratives.value(level).text,
                 QString());
        page.undoStack()->redo();
        QVERIFY(
            Findings::load(*m_db, QDate(2026, 10, 1)).value().narratives.value(level).explained);
    }

    void recordingAnotherRatingThanAHandEditAsksToRedraft()
    {
        const QDate october(2026, 10, 1);
        auto evaluation = Evaluation::month(*m_db, october);
        QVERIFY(evaluation && !evaluation.value().misses().isEmpty());
        for (const MetricEvaluation& m : evaluation.value().misses())
            QVERIFY(Findings::setNarrative(*m_db, october, m.serviceLevelId,
                                           { QStringLiteral("Explained."), true }));
        QVERIFY(Findings::setStatement(*m_db, october,
                                       QStringLiteral("Satisfactory: edited by the secretariat.")));
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        page.resize(1400, 900);
        page.showMonth(october);
        MonthView* view = page.monthView();
        // The secretariat drafts; the button says who records.
        QVERIFY(!button(view, QStringLiteral("Record decision"))->isEnabled());
        m_db->setSession({ QStringLiteral("Chris"), Role::Chair, 0 });
        view->reload();
        QVERIFY(button(view, QStringLiteral("Record decision"))->isEnabled());
        view->findChild<QComboBox*>()->setCurrentText(QStringLiteral("Needs improvement"));
        UserPrompts::setNextAnswer(QMessageBox::Yes); // redraft
        button(view, QStringLiteral("Record decision"))->click();
        const MonthFinding f = Findings::load(*m_db, october).value();
        QCOMPARE(f.decidedRating, QStringLiteral("Needs improvement"));
        QVERIFY(!f.isEdited());
        QVERIFY(view->findChild<QPlainTextEdit*>(QStringLiteral("statementEdit"))
                    ->toPlainText()
                    .startsWith(QStringLiteral("Needs improvement: PTI's performance")));
        QVERIFY(!button(view, QStringLiteral("Record decision"))->isEnabled());
        QVERIFY(button(view, QStringLiteral("Reopen…"))->isEnabled());
    }

    // An observer on a month whose persistent miss has a (confidential) Problem Management
    // case open: the page neither reads the case it may not see nor names it.
    void observerSeesAPersistentMissWithoutItsConfidentialCase()
    {
        const QDate month(2026, 10, 1);
        const MonthEvaluation e = Evaluation::month(*m_db, month).value();
        qint64 level = 0;
        QString metric;
        for (const MetricEvaluation& m : e.metrics) {
            if (m.persistent) {
                level = m.serviceLevelId;
                metric = m.metric;
            }
        }
        QVERIFY(level != 0);
        auto opened = PersistentMissCases::open(*m_db, level, metric, { month });
        QVERIFY(opened);
        const QString reference = CaseRepository::summary(*m_db, opened.value()).value().reference;
        QVERIFY(CaseRepository::summary(*m_db, opened.value()).value().confidential);

        m_db->setSession({ QStringLiteral("Olga"), Role::Observer, 0 });
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        page.resize(1400, 900);
        page.showMonth(month); // read the refused case blindly before (and aborted)
        QStringList shown;
        for (const QLabel* label : page.monthView()->findChildren<QLabel*>())
            shown << label->text();
        QVERIFY2(!shown.join(QLatin1Char('\n')).contains(reference), qPrintable(reference));
        QVERIFY(shown.join(QLatin1Char('\n')).contains(metric));
    }

    void importAsksBeforeReplacingAMonth()
    {
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        const QString file = m_dir.filePath(QStringLiteral("october.csv"));
        test::writeFile(
            file, "month,category,metric,requests,met\n2026-10,I,Technical check results,10,10\n");
        const QString before = test::contentDump(*m_db);
        UserPrompts::setNextAnswer(QMessageBox::No);
        page.importFile(file);
        QCOMPARE(test::contentDump(*m_db), before);
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        page.importFile(file);
        QCOMPARE(
            queryScalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM sle_figure WHERE month = '2026-10'"))
                .value()
                .toInt(),
            1);
        QCOMPARE(page.month(), QDate(2026, 10, 1));

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        test::writeFile(
            bad, "month,category,metric,requests,met\n2026-11,I,Technical check results,10,11\n");
        UserPrompts::takeShownMessages();
        page.importFile(bad);
        const QStringList shown = UserPrompts::takeShownMessages();
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(QStringLiteral("bad.csv:2:5")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
    }

    void exportsTheFindingsReport()
    {
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        page.showMonth(QDate(2026, 9, 1));
        const QString html = m_dir.filePath(QStringLiteral("september.html"));
        page.exportReport(html);
        const QString text = QString::fromUtf8(test::fileBytes(html));
        QVERIFY(text.contains(QStringLiteral("Other validations and reviews (category I)")));
        // The demo's cases in progress that month, public parts only (from the cases feature).
        QVERIFY(!text.contains(QStringLiteral("No escalations in progress.")));
        // The realistic demo's escalations that month are confidential: counted, never named.
        QVERIFY(text.contains(QStringLiteral("Report of escalations")));
        QVERIFY(text.contains(QStringLiteral("Confidential escalations in progress: ")));
    }

    void fitsASmallWindow()
    {
        // The main window must still fit about 1100 pixels wide with the navigation.
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        QVERIFY2(page.minimumSizeHint().width() <= 900,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
    }

    void screenshotsOfEachTab()
    {
        PerformancePage page({ m_db.get(), m_settings.get(), &m_undo });
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* tabs = page.findChild<QTabWidget*>();
        const QStringList names { QStringLiteral("performance-month.png"),
                                  QStringLiteral("performance-months.png"),
                                  QStringLiteral("performance-catalogue.png"),
                                  QStringLiteral("performance-charts.png") };
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            if (i == 2)
                page.catalogueView()->findChild<QTableView*>()->selectRow(2);
            QCoreApplication::processEvents();
            grab(&page, names.at(i));
        }
        // The month's findings as a redline against last month's.
        tabs->setCurrentIndex(0);
        page.showMonth(QDate(2026, 9, 1));
        for (QTabWidget* inner : page.monthView()->findChildren<QTabWidget*>())
            inner->setCurrentIndex(1);
        QCoreApplication::processEvents();
        grab(&page, QStringLiteral("performance-redline.png"));
        tabs->setCurrentIndex(3);
        // The compliance chart of the persistently missed metric, with its missed months marked.
        page.chartPanel()->setServiceLevel(
            page.monthView()->model()->index(5, 0).data(IdRole).toLongLong());
        grab(&page, QStringLiteral("performance-compliance.png"));
        page.chartPanel()->setKind(PerformanceCharts::Kind::HeatMap);
        grab(&page, QStringLiteral("performance-heatmap.png"));
        page.chartPanel()->setKind(PerformanceCharts::Kind::Overall);
        grab(&page, QStringLiteral("performance-overall.png"));
        page.chartPanel()->setKind(PerformanceCharts::Kind::Volumes);
        grab(&page, QStringLiteral("performance-volumes.png"));
    }
};

QTEST_MAIN(TestSlePage)
#include "tst_sle_page.moc"
