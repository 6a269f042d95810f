// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsReport.h"

#include "DocumentWriter.h"
#include "PublicOutputs.h"
#include "core/performance/Evaluation.h"
#include "core/performance/Findings.h"
#include "core/performance/ReportChart.h"

#include <QLocale>

namespace csc {

namespace {

QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString statusText(const MetricEvaluation& m)
{
    switch (m.status) {
    case MetricStatus::Met:
        return FindingsReport::tr("Met");
    case MetricStatus::Missed:
        // Persistence is said with the miss in "Missed thresholds"; the table stays one line.
        return FindingsReport::tr("Missed");
    case MetricStatus::NoRequests:
        return FindingsReport::tr("Met"); // no request to miss: counted as met, 0 requests shown
    case MetricStatus::NoData:
        return FindingsReport::tr("No figures");
    }
    return {};
}

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>")
            + p.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            + QStringLiteral("</p>\n");
    return html;
}

} // namespace

Result<EscalationReport> FindingsReport::escalationsInProgress(const Database& db, QDate month)
{
    return EscalationReport::inProgress(db,
                                        QDate(month.year(), month.month(), month.daysInMonth()));
}

QString FindingsReport::title(QDate month)
{
    return tr("CSC findings on IFO performance — %1").arg(SleMonth::display(month));
}

namespace {

QString heading(const QString& text)
{
    return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>\n");
}

// Column widths in percent (empty: as the content needs) keep each row on one line.
QString headerRow(const QStringList& headers, const QList<int>& widths = {})
{
    QString html = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int width = widths.value(i);
        html += (width > 0 ? QStringLiteral("<th width=\"%1%\">").arg(width)
                           : QStringLiteral("<th>"))
            + headers.at(i).toHtmlEscaped() + QStringLiteral("</th>");
    }
    return html + QStringLiteral("</tr></thead>\n");
}

QString numberCell(const QString& text)
{
    return QStringLiteral("<td class=\"num\" align=\"right\">") + text.toHtmlEscaped()
        + QStringLiteral("</td>");
}

// Compact tables: a normal month's report fits in 2-3 pages.
const QString kTable = QStringLiteral("<table class=\"compact\" border=\"1\" cellspacing=\"0\" "
                                      "cellpadding=\"0\" width=\"100%\" "
                                      "style=\"font-size:8pt\">\n");

QString escalationsHtml(const EscalationReport& escalations)
{
    QString html = heading(FindingsReport::tr("Report of escalations"));
    if (escalations.isEmpty())
        return html + QStringLiteral("<p>")
            + FindingsReport::tr("No escalations in progress.").toHtmlEscaped()
            + QStringLiteral("</p>\n");
    if (!escalations.confidentialCounts.isEmpty()) {
        // Confidential disputes stay confidential (domain.md §4): how many, where, nothing else.
        // One row per process, its steps in one cell, so the counts take a few lines.
        html += QStringLiteral("<p>")
            + FindingsReport::tr("Confidential escalations in progress: %1, by process and step.")
                  .arg(escalations.confidentialTotal())
                  .toHtmlEscaped()
            + QStringLiteral("</p>\n") + kTable
            + headerRow({ FindingsReport::tr("Process"), FindingsReport::tr("Cases"),
                          FindingsReport::tr("At step (cases)") },
                        { 25, 8, 67 })
            + QStringLiteral("<tbody>\n");
        for (qsizetype i = 0; i < escalations.confidentialCounts.size();) {
            const QString process = escalations.confidentialCounts.at(i).process;
            int total = 0;
            QStringList steps;
            for (; i < escalations.confidentialCounts.size()
                 && escalations.confidentialCounts.at(i).process == process;
                 ++i) {
                const EscalationCount& c = escalations.confidentialCounts.at(i);
                total += c.cases;
                steps << FindingsReport::tr("%1 (%2)").arg(c.step, QLocale().toString(c.cases));
            }
            html += QStringLiteral("<tr>") + cell(process) + numberCell(QLocale().toString(total))
                + cell(steps.join(QStringLiteral("; "))) + QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    if (!escalations.publicCases.isEmpty()) {
        html += QStringLiteral("<p>")
            + FindingsReport::tr("Escalations made public by a decision of the committee:")
                  .toHtmlEscaped()
            + QStringLiteral("</p>\n") + kTable
            + headerRow({ FindingsReport::tr("Reference"), FindingsReport::tr("Title"),
                          FindingsReport::tr("Process and step"), FindingsReport::tr("Opened") },
                        { 15, 37, 35, 13 })
            + QStringLiteral("<tbody>\n");
        for (const EscalationSummary& s : escalations.publicCases)
            html += QStringLiteral("<tr>") + cell(s.reference) + cell(s.title)
                + cell(FindingsReport::tr("%1: %2").arg(s.process, s.step))
                + cell(QLocale().toString(s.opened, QLocale::ShortFormat))
                + QStringLiteral("</tr>\n");
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    return html;
}

} // namespace

Result<QString> FindingsReport::bodyHtml(const Database& db, QDate month,
                                         const EscalationReport& escalations)
{
    // One record: a statement that disagrees with the rating or the misses is not exported.
    if (auto agreed = Findings::agreement(db, month); !agreed)
        return agreed.error();
    auto months = Evaluation::range(db, month.addMonths(-11), month);
    if (!months)
        return months.error();
    const MonthEvaluation& e = months.value().constLast();
    auto finding = Findings::load(db, month);
    if (!finding)
        return finding.error();
    auto statement = Findings::statementOrDraft(db, month);
    if (!statement)
        return statement.error();
    const MonthFinding& f = finding.value();

    QString html;
    const QString rating = f.isRated()
        ? tr("Rating: %1 (decided by the committee on %2)")
              .arg(f.decidedRating, QLocale().toString(f.decidedOn, QStringLiteral("d MMMM yyyy")))
        : tr("Rating: %1 (proposed; not yet decided by the committee)")
              .arg(Findings::effectiveRating(db, e, f));
    html += QStringLiteral("<p><strong>") + rating.toHtmlEscaped()
        + QStringLiteral("</strong></p>\n") + paragraphs(statement.value());

    html += heading(tr("Missed thresholds"));
    const QList<MetricEvaluation> misses = e.misses();
    if (misses.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No threshold was missed.").toHtmlEscaped()
            + QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<ul class=\"misses\">\n");
        for (const MetricEvaluation& m : misses) {
            const MissNarrative n = f.narratives.value(m.serviceLevelId);
            html += QStringLiteral("<li><strong>")
                + tr("%1 (category %2)").arg(m.metric, m.category).toHtmlEscaped()
                + QStringLiteral("</strong>: ")
                + tr("%1 against a target of %2.")
                      .arg(SleText::percent(m.compliancePercent),
                           SleText::percent(m.version.targetPercent, 0))
                      .toHtmlEscaped();
            if (m.persistent)
                html += QLatin1Char(' ')
                    + tr("Missed persistently in recent months.").toHtmlEscaped();
            html += QLatin1Char(' ')
                + (n.text.trimmed().isEmpty() ? tr("No explanation recorded yet.")
                                              : n.text.trimmed())
                      .toHtmlEscaped();
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }

    // One line per threshold: short columns, the metric the only long one.
    html += heading(tr("Every threshold")) + kTable
        + headerRow({ tr("Cat."), tr("Metric"), tr("Threshold"), tr("Target"), tr("Requests"),
                      tr("Actual"), tr("Result") },
                    { 4, 48, 12, 8, 10, 9, 9 })
        + QStringLiteral("<tbody>\n");
    for (const MetricEvaluation& m : e.metrics) {
        const bool hasActual = m.status == MetricStatus::Met || m.status == MetricStatus::Missed;
        html += QStringLiteral("<tr>") + cell(m.category) + cell(m.metric)
            + cell(SleText::threshold(m.version))
            + numberCell(SleText::percent(m.version.targetPercent, 0))
            + numberCell(m.status == MetricStatus::NoData ? QStringLiteral("—")
                                                          : QLocale().toString(m.requests))
            + numberCell(hasActual ? SleText::percent(m.compliancePercent) : QStringLiteral("—"))
            + cell(statusText(m)) + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");

    const QString caption = tr("Share of thresholds met per month over the last twelve months "
                               "(axis from 0% to 100%; months with misses in red)");
    html += heading(tr("Trend")) + QStringLiteral("<p>")
        + ReportChart::imgTag(ReportChart::overallPng(months.value()), caption, 540, 180)
        + QStringLiteral("<br>") + caption.toHtmlEscaped() + QStringLiteral("</p>\n");

    html += escalationsHtml(escalations);
    return html;
}

Status FindingsReport::write(Database& db, QDate month, const EscalationReport& escalations,
                             const QString& format, const QString& path)
{
    // Through the registry, like every public output: the escalations are the public
    // ones of the month (PublicOutputs "findings" reads them itself).
    Q_UNUSED(escalations);
    OutputRequest request;
    request.month = QDate(month.year(), month.month(), 1);
    return PublicOutputs::produceToFile(db, QStringLiteral("findings"), format, request, path);
}

} // namespace csc
