// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanExporter.h"

#include <QLocale>

namespace csc {

QList<WorkItem> WorkPlanExporter::publicItems(const QList<WorkItem>& items)
{
    QList<WorkItem> out;
    for (const WorkItem& w : items) {
        if (w.isPublic)
            out.append(w);
    }
    return out;
}

QString WorkPlanExporter::title()
{
    return tr("Work plan of the Customer Standing Committee");
}

QString WorkPlanExporter::bodyHtml(const QList<WorkItem>& items)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QString html = QLatin1String("<table width=\"100%\" cellpadding=\"3\">\n<thead><tr>");
    for (const QString& h : { tr("Work item"), tr("Description"), tr("Target"), tr("Status") })
        html += QLatin1String("<th scope=\"col\">") + h.toHtmlEscaped() + QLatin1String("</th>");
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const WorkItem& w : items) {
        if (!w.isPublic)
            continue; // never trust the caller with the filter
        html += QLatin1String("<tr><td>") + w.title.toHtmlEscaped() + QLatin1String("</td><td>")
            + w.description.toHtmlEscaped() + QLatin1String("</td><td>")
            + (w.target.isValid() ? locale.toString(w.target, QStringLiteral("MMM yyyy"))
                                  : QString())
                  .toHtmlEscaped()
            + QLatin1String("</td><td>") + WorkPlan::statusName(w.status).toHtmlEscaped()
            + QLatin1String("</td></tr>\n");
    }
    html += QLatin1String("</tbody>\n</table>\n");
    return html;
}

QString WorkPlanExporter::fileName(QDate day, DocumentWriter::Format format)
{
    return QStringLiteral("csc-work-plan-%1.%2")
        .arg(day.toString(Qt::ISODate), DocumentWriter::extension(format));
}

Status WorkPlanExporter::exportWorkPlan(const Database& db, DocumentWriter::Format format,
                                        const QString& path)
{
    auto items = WorkPlan::items(db);
    if (!items)
        return items.error();
    return DocumentWriter::write(format, path, title(), bodyHtml(publicItems(items.value())));
}

} // namespace csc
