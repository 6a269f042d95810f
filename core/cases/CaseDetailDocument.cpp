// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDetailDocument.h"

#include "CaseCategories.h"
#include "ProcessDefinition.h"

#include <QLocale>

namespace csc {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString row(const QString& label, const QString& value)
{
    return QLatin1String("<tr><th align=\"left\">") + esc(label) + QLatin1String("</th><td>")
        + esc(value) + QLatin1String("</td></tr>\n");
}
} // namespace

QString CaseDetailDocument::title(const CaseDetail& detail)
{
    return tr("Case %1: %2").arg(detail.summary.reference, detail.summary.title);
}

QString CaseDetailDocument::bodyHtml(const CaseDetail& d)
{
    const CaseSummary& c = d.summary;
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const QLocale locale;
    QString html;
    if (c.confidential)
        html += QLatin1String("<p><b>") + esc(tr("Confidential: for the committee only."))
            + QLatin1String("</b></p>\n");
    html += QLatin1String("<table cellpadding=\"3\">\n");
    html += row(tr("Process"), def.name);
    html += row(tr("Step"), def.stepName(c.step) + (c.archived ? tr(" (archived)") : QString()));
    html += row(tr("Operator"), tr("%1 (.%2)").arg(c.complainant, c.tld));
    html += row(tr("Category"), CaseCategories::displayName(c.category));
    if (!d.serviceLevelLabel.isEmpty())
        html += row(tr("Service level"), d.serviceLevelLabel);
    html += row(tr("Opened"), locale.toString(c.opened, QLocale::LongFormat));
    if (c.isOpen() && c.dueDate.isValid())
        html += row(tr("Due"), locale.toString(c.dueDate, QLocale::LongFormat));
    if (c.exercise)
        html += row(tr("Exercise"), tr("Table-top exercise"));
    html += QLatin1String("</table>\n");
    if (!d.description.isEmpty())
        html += QLatin1String("<p>") + esc(d.description) + QLatin1String("</p>\n");
    html += QLatin1String("<h2>") + esc(tr("Timeline")) + QLatin1String("</h2>\n<ul>\n");
    for (const CaseMove& m : d.moves) {
        QString line = locale.toString(m.effectiveDate, QLocale::ShortFormat) + QLatin1String(": ")
            + (m.fromStep.isEmpty()
                   ? tr("opened at %1").arg(def.stepName(m.toStep))
                   : tr("%1 → %2").arg(def.stepName(m.fromStep), def.stepName(m.toStep)))
            + QLatin1String(" (") + m.actor + QLatin1Char(')');
        if (!m.reason.isEmpty())
            line += QLatin1String(": ") + m.reason;
        if (!m.documentName.isEmpty())
            line += QLatin1String(" [") + m.documentName + QLatin1Char(']');
        if (m.undoneByMoveId)
            line += tr(" (undone)");
        html += QLatin1String("<li>") + esc(line) + QLatin1String("</li>\n");
    }
    html += QLatin1String("</ul>\n");
    if (!d.comments.isEmpty()) {
        html += QLatin1String("<h2>") + esc(tr("Comments")) + QLatin1String("</h2>\n<ul>\n");
        for (const CaseComment& cm : d.comments)
            html += QLatin1String("<li>")
                + esc(locale.toString(cm.at.toLocalTime(), QLocale::ShortFormat)
                      + QLatin1String(" — ") + cm.author + QLatin1String(": ") + cm.body)
                + QLatin1String("</li>\n");
        html += QLatin1String("</ul>\n");
    }
    return html;
}

} // namespace csc
