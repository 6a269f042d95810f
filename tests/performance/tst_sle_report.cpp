// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly findings report and the command line over it.
#include "SleFixture.h"
#include "TestSupport.h"
#include "core/export/FindingsReport.h"
#include "core/performance/FigureStore.h"
#include "core/performance/Findings.h"
#include "core/performance/Redline.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestSleReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::SleFixture m_sle;
    QTemporaryDir m_dir;
    const QDate m_march { 2026, 3, 1 };
    const QDate m_april { 2026, 4, 1 };

    // The <li> items of the "Missed thresholds" list.
    static QStringList missedItems(const QString& html)
    {
        const qsizetype start = html.indexOf(QStringLiteral("<ul class=\"misses\">"));
        if (start < 0)
            return {};
        const QString list = html.mid(start, html.indexOf(QStringLiteral("</ul>"), start) - start);
        QStringList items;
        static const QRegularExpression re(QStringLiteral("<li><strong>([^<]*)</strong>"));
        auto it = re.globalMatch(list);
        while (it.hasNext())
            items << it.next().captured(1);
        return items;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        QVERIFY(m_sle.seed(*m_db));
        // March: everything met. April: technical checks (94.5%) and other changes (80%) missed.
        QVERIFY(FigureStore::setFigures(*m_db, m_march,
                                        { { m_sle.checks, 100, 100 },
                                          { m_sle.publication, 50, 50 },
                                          { m_sle.window, 0, 0 },
                                          { m_sle.other, 4, 4 } }));
        QVERIFY(FigureStore::setFigures(*m_db, m_april,
                                        { { m_sle.checks, 200, 189 },
                                          { m_sle.publication, 100, 99 },
                                          { m_sle.window, 3, 3 },
                                          { m_sle.other, 10, 8 } }));
        QVERIFY(Findings::setNarrative(
            *m_db, m_april, m_sle.checks,
            { QStringLiteral("A registry outage delayed the checks."), true }));
    }

    void reportListsExactlyTheMonthsMisses()
    {
        auto html = FindingsReport::bodyHtml(*m_db, m_april, {});
        QVERIFY(html);
        QCOMPARE(missedItems(html.value()),
                 (QStringList { QStringLiteral("Technical check results (category I)"),
                                QStringLiteral("Other change request completed (category V)") }));
        QVERIFY(html.value().contains(QStringLiteral(
            "PTI's performance over April 2026 was 50.0%. PTI met 2 of the currently defined 4 "
            "thresholds.")));
        QVERIFY(html.value().contains(QStringLiteral("A registry outage delayed the checks.")));
        QVERIFY(html.value().contains(QStringLiteral("No escalations in progress.")));
        // The lower rating is proposed: one miss is not explained.
        QVERIFY(html.value().contains(QStringLiteral("Needs improvement (proposed")));

        auto march = FindingsReport::bodyHtml(*m_db, m_march, {});
        QVERIFY(march.value().contains(QStringLiteral("No threshold was missed.")));
        QVERIFY(missedItems(march.value()).isEmpty());
    }

    void escalationsSuppliedByTheCallerAreListed()
    {
        EscalationReport report;
        report.publicCases.append({ QStringLiteral("PM-2026-03"),
                                    QStringLiteral("Validation delays"),
                                    QStringLiteral("Problem Management"),
                                    QStringLiteral("Remedial action"), QDate(2026, 3, 4) });
        report.confidentialCounts.append(
            { QStringLiteral("Customer Service Complaint"), QStringLiteral("Mediation"), 2 });
        auto html = FindingsReport::bodyHtml(*m_db, m_april, report);
        QVERIFY(html.value().contains(QStringLiteral("PM-2026-03")));
        QVERIFY(html.value().contains(QStringLiteral("Confidential escalations in progress: 2")));
        QVERIFY(!html.value().contains(QStringLiteral("No escalations in progress.")));
    }

    void pdfAndHtmlCarryTheMisses()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("april.pdf"));
        QVERIFY(FindingsReport::write(*m_db, m_april, {}, QStringLiteral("pdf"), pdf));
        const QString text = test::pdfText(pdf)
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified(); // KC undoes the fi ligature
        QVERIFY2(text.contains(QStringLiteral("PTI met 2 of the currently defined 4 thresholds")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(
            "Technical check results (category I): 94.5% against a target of 95%.")));
        QVERIFY(text.contains(QStringLiteral(
            "Other change request completed (category V): 80.0% against a target of 90%.")));
        QVERIFY(!text.contains(QStringLiteral("Root zone publication after review (category I):")));
        const QString html = m_dir.filePath(QStringLiteral("april.html"));
        QVERIFY(FindingsReport::write(*m_db, m_april, {}, QStringLiteral("html"), html));
        const QString page = QString::fromUtf8(test::fileBytes(html));
        QCOMPARE(missedItems(page).size(), 2);
        // One trend chart, inlined as PNG: the report stays within 2-3 pages.
        QCOMPARE(page.count(QStringLiteral("<img src=\"data:image/png;base64,")), 1);
    }

    void redlineShowsWhatChangedSinceLastMonth()
    {
        const QString before
            = QStringLiteral("Excellent — performance was 100%, all 4 defined thresholds met.");
        const QString after
            = QStringLiteral("Satisfactory — performance was 75.0%, 3 of 4 thresholds met.");
        const auto pieces = Redline::diff(before, after);
        QString removed;
        QString added;
        QString same;
        for (const auto& p : pieces) {
            (p.kind == Redline::Kind::Removed     ? removed
                 : p.kind == Redline::Kind::Added ? added
                                                  : same)
                += p.text;
        }
        QVERIFY(removed.contains(QStringLiteral("Excellent")));
        QVERIFY(added.contains(QStringLiteral("Satisfactory")));
        QVERIFY(same.contains(QStringLiteral("performance was")));
        const QString html = Redline::html(before, after);
        QVERIFY(html.contains(QStringLiteral("<del")));
        QVERIFY(html.contains(QStringLiteral("<ins")));
        QCOMPARE(Redline::html(before, before).contains(QStringLiteral("<ins")), false);
    }

    void draftStartsFromLastMonthsNarrativesButNotTheirFlag()
    {
        // May misses technical checks again; its draft offers April's words, not its verdict.
        QVERIFY(FigureStore::setFigures(*m_db, QDate(2026, 5, 1),
                                        { { m_sle.checks, 100, 90 },
                                          { m_sle.publication, 1, 1 },
                                          { m_sle.window, 1, 1 },
                                          { m_sle.other, 1, 1 } }));
        auto narratives = Findings::draftNarratives(*m_db, QDate(2026, 5, 1));
        QVERIFY(narratives);
        QCOMPARE(narratives.value().value(m_sle.checks).text,
                 QStringLiteral("A registry outage delayed the checks."));
        QVERIFY(!narratives.value().value(m_sle.checks).explained);
        auto draft = Findings::statementOrDraft(*m_db, QDate(2026, 5, 1));
        QVERIFY(draft);
        QVERIFY(draft.value().startsWith(QStringLiteral("Needs improvement")));
        QVERIFY(Findings::setStatement(*m_db, QDate(2026, 5, 1), QStringLiteral("Agreed text.")));
        QCOMPARE(Findings::statementOrDraft(*m_db, QDate(2026, 5, 1)).value(),
                 QStringLiteral("Agreed text."));
    }

    void commandLine()
    {
        QString db = m_dir.filePath(QStringLiteral("cli.db"));
        {
            auto file = test::createOrFail(db);
            QVERIFY(file);
            db = file->path(); // the server's address with CSC_TEST_DB=postgresql
            QVERIFY(m_sle.seed(*file));
        }
        const QString good
            = test::testDataPath(QStringLiteral("performance/good_per_month_bom_crlf.csv"));
        auto r = test::runCscDesk(
            { QStringLiteral("--db"), db, QStringLiteral("sle"), QStringLiteral("import"), good });
        QCOMPARE(r.exitCode, 0);
        r = test::runCscDesk(
            { QStringLiteral("--db"), db, QStringLiteral("sle"), QStringLiteral("import"), good });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--replace")));
        r = test::runCscDesk({ QStringLiteral("--db"), db, QStringLiteral("sle"),
                               QStringLiteral("import"), good, QStringLiteral("--replace") });
        QCOMPARE(r.exitCode, 0);
        r = test::runCscDesk(
            { QStringLiteral("--db"), db, QStringLiteral("sle"), QStringLiteral("import"),
              test::testDataPath(QStringLiteral("performance/bad_inconsistent.csv")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad_inconsistent.csv:3:5:")), qPrintable(r.err));

        r = test::runCscDesk({ QStringLiteral("--db"), db, QStringLiteral("sle"),
                               QStringLiteral("status"), QStringLiteral("--month"),
                               QStringLiteral("2026-04") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("PTI met 3 of the 4 defined thresholds (75.0%).")),
                 qPrintable(r.out)); // publication 98 of 100 < 99%
        r = test::runCscDesk({ QStringLiteral("--db"), db, QStringLiteral("sle"),
                               QStringLiteral("status"), QStringLiteral("--month"),
                               QStringLiteral("2026-04"), QStringLiteral("--format"),
                               QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
        QVERIFY(r.out.contains(QStringLiteral(
            "2026-04,I,Technical check results,Max,50,minutes,95,200,190,95.00,met,no")));
        r = test::runCscDesk({ QStringLiteral("--db"), db, QStringLiteral("sle"),
                               QStringLiteral("status"), QStringLiteral("--month"),
                               QStringLiteral("2026-04"), QStringLiteral("--format"),
                               QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"thresholdsMet\": 3")));
        r = test::runCscDesk({ QStringLiteral("--db"), db, QStringLiteral("sle"),
                               QStringLiteral("status"), QStringLiteral("--month"),
                               QStringLiteral("April") });
        QCOMPARE(r.exitCode, 1);

        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        r = test::runCscDesk({ QStringLiteral("--db"), db, QStringLiteral("sle"),
                               QStringLiteral("report"), QStringLiteral("--month"),
                               QStringLiteral("2026-04"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(test::pdfText(pdf).contains(QStringLiteral(
            "Root zone publication after review (category I): 98.0% against a target of 99%.")));
    }
};

QTEST_MAIN(TestSleReport) // PDF writing needs fonts, so a QGuiApplication
#include "tst_sle_report.moc"
