// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanExporter.h"

#include "PublicOutputs.h"

#include <QLocale>

namespace csc {

QList<WorkItem> WorkPlanExporter::publicItems(const QList<WorkItem>& items)
{
    QList<WorkItem> out;
    for (const WorkItem& w : items) {
        if (!w.isConfidential())
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
    const QLocale locale; // the publication language, set by PublicOutputs::produce
    if (items.isEmpty())
        return QStringLiteral("<p>") + tr("No public work items.").toHtmlEscaped()
            + QStringLiteral("</p>\n");
    QString html = QStringLiteral("<table>\n<thead><tr>");
    for (const QString& h : { tr("Work item"), tr("Description"), tr("Target"), tr("Status") })
        html += QLatin1String("<th scope=\"col\">") + h.toHtmlEscaped() + QLatin1String("</th>");
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const WorkItem& w : items) {
        if (w.isConfidential())
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

Result<PublicDocument> WorkPlanExporter::document(const Database& db, QDate today)
{
    auto items = WorkPlan::items(db);
    if (!items)
        return items.error();
    PublicDocument d;
    d.title = title();
    d.bodyHtml = bodyHtml(publicItems(items.value()));
    d.dateLine = tr("Work plan as of %1.")
                     .arg(QLocale().toString(today.isValid() ? today : QDate::currentDate(),
                                             QStringLiteral("d MMMM yyyy")));
    return d;
}

Status WorkPlanExporter::exportWorkPlan(Database& db, DocumentWriter::Format format,
                                        const QString& path)
{
    OutputRequest request;
    request.today = QDate::currentDate();
    return PublicOutputs::produceToFile(db, QStringLiteral("workplan"),
                                        DocumentWriter::extension(format), request, path);
}

} // namespace csc
