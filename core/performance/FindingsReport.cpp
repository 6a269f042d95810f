// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsReport.h"

#include "Evaluation.h"
#include "Findings.h"
#include "ReportChart.h"
#include "cases/CaseRepository.h"
#include "cases/ProcessDefinition.h"
#include "export/DocumentWriter.h"

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
        return m.persistent ? FindingsReport::tr("Missed (persistent)")
                            : FindingsReport::tr("Missed");
    case MetricStatus::NoRequests:
        return FindingsReport::tr("Met (no requests)");
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

Result<QList<EscalationSummary>> FindingsReport::escalationsInProgress(const Database& db,
                                                                       QDate month)
{
    const QDate lastDay(month.year(), month.month(), month.daysInMonth());
    auto cases = CaseRepository::publicEscalationSummaries(db, lastDay);
    if (!cases)
        return cases.error();
    QList<EscalationSummary> result;
    for (const PublicEscalationSummary& c : cases.value())
        result.append(
            { c.reference, c.title, ProcessDefinition::of(c.process).name, c.stepName, c.opened });
    return result;
}

QString FindingsReport::title(QDate month)
{
    return tr("CSC findings on IFO performance — %1").arg(SleMonth::display(month));
}

Result<QString> FindingsReport::bodyHtml(const Database& db, QDate month,
                                         const QList<EscalationSummary>& escalations)
{
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
    html += QStringLiteral("<p><strong>") + e.summarySentence().toHtmlEscaped()
        + QStringLiteral("</strong></p>\n");
    const QString rating = f.decidedRating.isEmpty()
        ? tr("%1 (proposed; not yet decided by the committee)")
              .arg(Findings::ratingLabel(db, Findings::proposedRating(e, f.narratives)))
        : f.decidedRating;
    html += QStringLiteral("<p>") + tr("Rating: %1").arg(rating).toHtmlEscaped()
        + QStringLiteral("</p>\n");

    html += QStringLiteral("<h2>") + tr("Findings").toHtmlEscaped() + QStringLiteral("</h2>\n")
        + paragraphs(statement.value());

    html += QStringLiteral("<h2>") + tr("Missed thresholds").toHtmlEscaped()
        + QStringLiteral("</h2>\n");
    const QList<MetricEvaluation> misses = e.misses();
    if (misses.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No threshold was missed.").toHtmlEscaped()
            + QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<ul class=\"misses\">\n");
        for (const MetricEvaluation& m : misses) {
            const QString narrative = f.narratives.value(m.serviceLevelId).text;
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
            if (!narrative.isEmpty())
                html += QStringLiteral(" ") + narrative.toHtmlEscaped();
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }

    html += QStringLiteral("<h2>") + tr("Every service level").toHtmlEscaped()
        + QStringLiteral("</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         "width=\"100%\">\n<thead><tr>");
    for (const QString& h : { tr("Category"), tr("Metric"), tr("Threshold"), tr("Target"),
                              tr("Requests"), tr("Actual"), tr("Result") })
        html += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const MetricEvaluation& m : e.metrics) {
        const bool hasActual = m.status == MetricStatus::Met || m.status == MetricStatus::Missed;
        html += QStringLiteral("<tr>") + cell(m.category) + cell(m.metric)
            + cell(SleText::threshold(m.version))
            + cell(SleText::percent(m.version.targetPercent, 0))
            + cell(m.status == MetricStatus::NoData ? QStringLiteral("—")
                                                    : QLocale().toString(m.requests))
            + cell(hasActual ? SleText::percent(m.compliancePercent) : QStringLiteral("—"))
            + cell(statusText(m)) + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");

    html += QStringLiteral("<h2>") + tr("The last twelve months").toHtmlEscaped()
        + QStringLiteral("</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         "width=\"100%\">\n<thead><tr>");
    for (const QString& h : { tr("Month"), tr("Thresholds met"), tr("Overall"), tr("Missed") })
        html += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const MonthEvaluation& m : months.value()) {
        if (!m.hasFigures())
            continue;
        html += QStringLiteral("<tr>") + cell(SleMonth::display(m.month))
            + cell(tr("%1 of %2").arg(m.thresholdsMet()).arg(m.defined()))
            + cell(SleText::percent(m.overallPercent()))
            + cell(QLocale().toString(qsizetype(m.misses().size()))) + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    // The charts: the month-by-month share met, and each missed metric against its target.
    html += QStringLiteral("<p>")
        + ReportChart::imgTag(ReportChart::overallPng(months.value()),
                              tr("Share of thresholds met per month; months with misses in red"),
                              600, 200)
        + QStringLiteral("</p>\n");
    for (const MetricEvaluation& m : misses) {
        const QString caption = tr("Compliance of %1 (category %2) against its target (dashed)")
                                    .arg(m.metric, m.category);
        html += QStringLiteral("<p>") + caption.toHtmlEscaped() + QStringLiteral("<br>")
            + ReportChart::imgTag(ReportChart::compliancePng(months.value(), m.serviceLevelId),
                                  caption, 600, 200)
            + QStringLiteral("</p>\n");
    }

    html += QStringLiteral("<h2>")
        + tr("Escalations and remedial action in progress (public parts only)").toHtmlEscaped()
        + QStringLiteral("</h2>\n");
    if (escalations.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No escalations in progress.").toHtmlEscaped()
            + QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<thead><tr>");
        for (const QString& h :
             { tr("Reference"), tr("Title"), tr("Process"), tr("Step"), tr("Opened") })
            html += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const EscalationSummary& s : escalations)
            html += QStringLiteral("<tr>") + cell(s.reference) + cell(s.title) + cell(s.process)
                + cell(s.step) + cell(QLocale().toString(s.opened, QLocale::ShortFormat))
                + QStringLiteral("</tr>\n");
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    return html;
}

Status FindingsReport::write(const Database& db, QDate month,
                             const QList<EscalationSummary>& escalations, const QString& format,
                             const QString& path)
{
    auto f = DocumentWriter::formatFromName(format);
    if (!f)
        return f.error();
    auto body = bodyHtml(db, month, escalations);
    if (!body)
        return body.error();
    return DocumentWriter::write(f.value(), path, title(month), body.value());
}

} // namespace csc
