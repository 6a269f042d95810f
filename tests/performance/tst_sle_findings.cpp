// SPDX-License-Identifier: GPL-3.0-or-later
// Findings that cannot contradict themselves (issue 11 item 3) and the public report of
// escalations (issue 10 item 4).
#include "../cases/CaseTestHelpers.h"
#include "SleFixture.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/FindingsReport.h"
#include "core/performance/FigureStore.h"
#include "core/performance/Findings.h"
#include "core/storage/SqlQuery.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestSleFindings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::SleFixture m_sle;
    QTemporaryDir m_dir;
    const QDate m_april { 2026, 4, 1 };
    const QDate m_may { 2026, 5, 1 };

    void asChair() { m_db->setSession({ QStringLiteral("Chris Chair"), Role::Chair, 0 }); }
    void asSecretariat()
    {
        m_db->setSession({ QStringLiteral("Sam Secretary"), Role::Secretariat, 0 });
    }

    static QString layoutText(const QString& pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        QVERIFY(m_sle.seed(*m_db));
        // April: technical checks (94.5%) and other changes (80%) missed, both explained.
        QVERIFY(FigureStore::setFigures(*m_db, m_april,
                                        { { m_sle.checks, 200, 189 },
                                          { m_sle.publication, 100, 99 },
                                          { m_sle.window, 3, 3 },
                                          { m_sle.other, 10, 8 } }));
        QVERIFY(Findings::setNarrative(
            *m_db, m_april, m_sle.checks,
            { QStringLiteral("A registry outage delayed the checks."), true }));
        QVERIFY(
            Findings::setNarrative(*m_db, m_april, m_sle.other,
                                   { QStringLiteral("Two requests waited on a court."), true }));
    }

    void theStatementIsGeneratedFromTheDecidedRating()
    {
        auto draft = Findings::statementOrDraft(*m_db, m_april);
        QVERIFY(draft);
        QVERIFY2(draft.value().startsWith(QStringLiteral(
                     "Satisfactory: PTI's performance over April 2026 was 50.0%. PTI met 2 of the "
                     "currently defined 4 thresholds.")),
                 qPrintable(draft.value()));
        QVERIFY(draft.value().contains(QStringLiteral("were satisfactorily explained")));
        // The chair rates lower despite the explanations: the wording follows the rating.
        asChair();
        QVERIFY(Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Needs improvement"),
                                           QDate(2026, 5, 14)));
        draft = Findings::statementOrDraft(*m_db, m_april);
        QVERIFY2(draft.value().startsWith(QStringLiteral("Needs improvement: PTI's performance")),
                 qPrintable(draft.value()));
        QVERIFY(!draft.value().contains(QStringLiteral("satisfactorily explained and do")));
    }

    void aRatingThatContradictsTheRecordIsRefused()
    {
        asChair();
        auto excellent
            = Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Excellent"), {});
        QVERIFY(!excellent);
        QVERIFY(excellent.error().message.contains(QStringLiteral("2 of 4")));
        asSecretariat();
        QVERIFY(Findings::setNarrative(*m_db, m_april, m_sle.other,
                                       { QStringLiteral("Not explained."), false }));
        asChair();
        auto satisfactory
            = Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Satisfactory"), {});
        QVERIFY(!satisfactory);
        QVERIFY(satisfactory.error().message.contains(
            QStringLiteral("Other change request completed (category V)")));
        QVERIFY(!Findings::load(*m_db, m_april).value().isRated());
    }

    void aRatingRecordedAfterAHandEditCannotExportAContradictingStatement()
    {
        // The secretariat edits the Satisfactory wording by hand.
        const QString edited = QStringLiteral(
            "Satisfactory: PTI's performance over April 2026 was 50.0%. The missed thresholds "
            "were satisfactorily explained and do not indicate a performance issue; EDITED.");
        QVERIFY(Findings::setStatement(*m_db, m_april, edited));
        QVERIFY(Findings::agreement(*m_db, m_april));
        // The chair records a lower rating: refused until the caller says what to do.
        asChair();
        auto asked = Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Needs improvement"),
                                                QDate(2026, 5, 14));
        QVERIFY(!asked);
        QVERIFY(asked.error().message.contains(QStringLiteral("Redraft")));
        QVERIFY(!Findings::load(*m_db, m_april).value().isRated());
        // Kept: the report refuses to export, and no file appears.
        QVERIFY(Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Needs improvement"),
                                           QDate(2026, 5, 14), EditedStatement::Keep));
        const QString pdf = m_dir.filePath(QStringLiteral("april.pdf"));
        QFile::remove(pdf);
        auto refused = FindingsReport::write(*m_db, m_april, {}, QStringLiteral("pdf"), pdf);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Needs improvement")));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!FindingsReport::bodyHtml(*m_db, m_april, {}));
        // A hand edit on the rated month is refused; redrafting brings them into agreement.
        QVERIFY(!Findings::setStatement(*m_db, m_april, edited + QStringLiteral(" More.")));
        QVERIFY(Findings::redraft(*m_db, m_april));
        QVERIFY(FindingsReport::write(*m_db, m_april, {}, QStringLiteral("pdf"), pdf));
        const QString text
            = test::pdfText(pdf).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(text.contains(QStringLiteral("Rating: Needs improvement")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Needs improvement: PTI's performance over April")));
        QVERIFY(!text.contains(QStringLiteral("Satisfactory")));
        QVERIFY(!text.contains(QStringLiteral("EDITED")));
    }

    void redraftWhenRecordingDropsTheEditInOneStep()
    {
        QVERIFY(Findings::setStatement(*m_db, m_april, QStringLiteral("Satisfactory: by hand.")));
        asChair();
        QVERIFY(Findings::setDecidedRating(*m_db, m_april, QStringLiteral("Needs improvement"),
                                           QDate(2026, 5, 14), EditedStatement::Redraft));
        const MonthFinding f = Findings::load(*m_db, m_april).value();
        QVERIFY(!f.isEdited());
        QVERIFY(Findings::agreement(*m_db, m_april));
        QVERIFY(Findings::statementOrDraft(*m_db, m_april)
                    .value()
                    .startsWith(QStringLiteral("Needs improvement:")));
    }

    void anEditForOtherMissesIsNotExported()
    {
        QVERIFY(Findings::setStatement(*m_db, m_may, QStringLiteral("Excellent: by hand.")));
        // May's figures arrive later with a miss: the edit no longer describes the month.
        QVERIFY(FigureStore::setFigures(*m_db, m_may,
                                        { { m_sle.checks, 100, 90 },
                                          { m_sle.publication, 1, 1 },
                                          { m_sle.window, 1, 1 },
                                          { m_sle.other, 1, 1 } }));
        QVERIFY(!Findings::agreement(*m_db, m_may));
        QVERIFY(!FindingsReport::bodyHtml(*m_db, m_may, {}));
    }

    void aDraftNeverCarriesOverTheExplainedFlag()
    {
        // May misses technical checks again; April's explanation was accepted.
        QVERIFY(FigureStore::setFigures(*m_db, m_may,
                                        { { m_sle.checks, 100, 90 },
                                          { m_sle.publication, 1, 1 },
                                          { m_sle.window, 1, 1 },
                                          { m_sle.other, 1, 1 } }));
        auto narratives = Findings::draftNarratives(*m_db, m_may);
        QVERIFY(narratives);
        QCOMPARE(narratives.value().value(m_sle.checks).text,
                 QStringLiteral("A registry outage delayed the checks."));
        QVERIFY(!narratives.value().value(m_sle.checks).explained);
        auto draft = Findings::statementOrDraft(*m_db, m_may);
        QVERIFY2(draft.value().startsWith(QStringLiteral("Needs improvement:")),
                 qPrintable(draft.value()));
        QVERIFY(!draft.value().contains(QStringLiteral("satisfactorily explained and")));
        auto html = FindingsReport::bodyHtml(*m_db, m_may, {});
        QVERIFY(html.value().contains(QStringLiteral("Needs improvement (proposed")));
        QVERIFY(!html.value().contains(QStringLiteral("Satisfactory")));
    }

    void theTrendChartAxisStartsAtZero()
    {
        // One image, captioned with its axis.
        auto html = FindingsReport::bodyHtml(*m_db, m_april, {});
        QCOMPARE(html.value().count(QStringLiteral("<img src=\"data:image/png;base64,")), 1);
        QVERIFY(html.value().contains(QStringLiteral("axis from 0% to 100%")));
    }

    void aNormalMonthFitsInThreePagesAndListsExactlyItsMisses()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.seed = 7;
        options.years = 1;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(file, options));
        auto db = test::openOrFail(file);
        QVERIFY(db);
        const QDate september(2026, 9, 1);
        auto evaluation = Evaluation::month(*db, september);
        QVERIFY(evaluation);
        QVERIFY(evaluation.value().defined() > 50);
        QVERIFY(Findings::load(*db, september).value().isRated());
        auto escalations = FindingsReport::escalationsInProgress(*db, september);
        QVERIFY(escalations);
        const QString pdf = m_dir.filePath(QStringLiteral("september.pdf"));
        auto written = FindingsReport::write(*db, september, escalations.value(),
                                             QStringLiteral("pdf"), pdf);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        const QString text = layoutText(pdf).normalized(QString::NormalizationForm_KC);
        QVERIFY(!text.isEmpty());
        const qsizetype pages = text.count(QLatin1Char('\f'));
        QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QStringLiteral("%1 pages").arg(pages)));
        // The "Missed thresholds" section names every miss of September and nothing else.
        const qsizetype from = text.indexOf(QStringLiteral("Missed thresholds"));
        const qsizetype to = text.indexOf(QStringLiteral("Every threshold"), from);
        QVERIFY(from >= 0 && to > from);
        const QString section = text.mid(from, to - from).simplified();
        int listed = 0;
        for (const MetricEvaluation& m : evaluation.value().metrics) {
            const QString name = QStringLiteral("%1 (category %2)").arg(m.metric, m.category);
            const bool missed = m.status == MetricStatus::Missed;
            QVERIFY2(section.contains(name) == missed, qPrintable(name));
            listed += missed ? 1 : 0;
        }
        QCOMPARE(listed, int(evaluation.value().misses().size()));
        QVERIFY(listed > 0);
    }

    void theEscalationReportGivesCountsForConfidentialAndDetailsForPublicCases()
    {
        // Leak markers in what must not appear: a confidential case, an exercise, and a case
        // whose flag was cleared without the recorded decision.
        auto secret
            = test::openCase(*m_db, CaseProcess::Complaint,
                             QStringLiteral("LEAKMARK-confidential-title"), QDate(2026, 3, 2));
        auto secret2
            = test::openCase(*m_db, CaseProcess::Complaint,
                             QStringLiteral("LEAKMARK-second-confidential"), QDate(2026, 3, 3));
        NewCase exercise;
        exercise.process = CaseProcess::ProblemManagement;
        exercise.title = QStringLiteral("LEAKMARK-exercise");
        exercise.category = QStringLiteral("other");
        exercise.exercise = true;
        exercise.openedOn = QDate(2026, 3, 4);
        auto ex = CaseRepository::create(*m_db, exercise);
        auto flagOnly
            = test::openCase(*m_db, CaseProcess::ProblemManagement,
                             QStringLiteral("LEAKMARK-flag-without-decision"), QDate(2026, 3, 5));
        auto shown
            = test::openCase(*m_db, CaseProcess::ProblemManagement,
                             QStringLiteral("Validation delays under remedy"), QDate(2026, 3, 6));
        QVERIFY(secret && secret2 && ex && flagOnly && shown);
        QVERIFY(CaseRepository::setPublic(*m_db, shown.value(), true,
                                          QStringLiteral("IFO and committee agreed")));
        QVERIFY(execute(*m_db,
                        QStringLiteral("UPDATE case_record SET confidential = 0 WHERE id = ?"),
                        { flagOnly.value() }));
        QStringList hidden;
        for (qint64 id : { secret.value(), secret2.value(), ex.value(), flagOnly.value() })
            hidden << CaseRepository::summary(*m_db, id).value().reference;
        const QString publicRef = CaseRepository::summary(*m_db, shown.value()).value().reference;

        auto report = FindingsReport::escalationsInProgress(*m_db, m_april);
        QVERIFY(report);
        QCOMPARE(report.value().publicCases.size(), 1);
        QCOMPARE(report.value().confidentialTotal(), 3); // the exercise is not counted
        const QString complaint = ProcessDefinition::of(CaseProcess::Complaint).name;
        const QString problem = ProcessDefinition::of(CaseProcess::ProblemManagement).name;
        QCOMPARE(report.value().confidentialCounts.size(), 2);
        QCOMPARE(report.value().confidentialCounts.at(0).process, complaint);
        QCOMPARE(report.value().confidentialCounts.at(0).cases, 2);
        QCOMPARE(report.value().confidentialCounts.at(1).process, problem);
        QCOMPARE(report.value().confidentialCounts.at(1).cases, 1);

        for (const QString& format : { QStringLiteral("html"), QStringLiteral("pdf") }) {
            const QString path = m_dir.filePath(QStringLiteral("escalations.") + format);
            QVERIFY(FindingsReport::write(*m_db, m_april, report.value(), format, path));
            const QString text = format == QLatin1String("pdf")
                ? test::pdfText(path).normalized(QString::NormalizationForm_KC).simplified()
                : QString::fromUtf8(test::fileBytes(path));
            QVERIFY2(!text.contains(QStringLiteral("LEAKMARK")), qPrintable(format));
            for (const QString& ref : hidden)
                QVERIFY2(!text.contains(ref), qPrintable(format + QLatin1Char(' ') + ref));
            QVERIFY(text.contains(publicRef));
            QVERIFY(text.contains(QStringLiteral("Validation delays under remedy")));
            QVERIFY(text.contains(QStringLiteral("Confidential escalations in progress: 3")));
        }
    }
};

QTEST_MAIN(TestSleFindings) // PDF writing needs fonts, so a QGuiApplication
#include "tst_sle_findings.moc"
