// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessPublicTexts.h"

#include "DocumentWriter.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseRepository.h"

#include <QLocale>

namespace csc {

namespace {

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QLatin1String("<p>") + p.trimmed().toHtmlEscaped() + QLatin1String("</p>\n");
    return html;
}

QString row(const QString& label, const QString& value)
{
    return QLatin1String("<tr><th scope=\"row\">") + label.toHtmlEscaped()
        + QLatin1String("</th><td>") + value.toHtmlEscaped() + QLatin1String("</td></tr>\n");
}

QString day(QDate d)
{
    // Public documents are posted for everyone: ISO dates, not the author's locale.
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString PublicText::html() const
{
    return DocumentWriter::standaloneHtml(title, bodyHtml);
}

QString PublicText::markdown() const
{
    PublicDocument d;
    d.title = title;
    d.bodyHtml = bodyHtml;
    return QString::fromUtf8(DocumentWriter::markdown(d));
}

PublicText ProcessPublicTexts::appealFinding(const QString& reference, const AppealFinding& f)
{
    PublicText t;
    t.title = tr("Independent Appeals Panel finding %1").arg(reference);
    QString table = row(tr("Case"), reference) + row(tr("Decided"), day(f.decidedOn))
        + row(tr("Finding"), CaseHandOver::findingName(f.finding));
    if (f.finding == PanelFinding::Remediable)
        table += row(tr("Remedy period"),
                     f.remedyDays == 1 ? tr("1 day") : tr("%1 days").arg(f.remedyDays));
    t.bodyHtml = QLatin1String("<table>\n") + table + QLatin1String("</table>\n")
        + paragraphs(f.publicText);
    return t;
}

Result<PublicText> ProcessPublicTexts::publishedAppealFinding(const Database& db,
                                                              qint64 appealCaseId)
{
    auto f = CaseHandOver::finding(db, appealCaseId);
    if (!f)
        return f.error();
    auto c = CaseRepository::summary(db, appealCaseId);
    if (!c)
        return c.error();
    if (!f.value().publishedUtc.isValid())
        return Error { tr("The finding of %1 is not published yet.").arg(c.value().reference), {} };
    if (c.value().exercise)
        return Error {
            tr("%1 is a table-top exercise; it has no public output.").arg(c.value().reference), {}
        };
    return appealFinding(c.value().reference, f.value());
}

PublicText ProcessPublicTexts::customerUpdate(const CustomerUpdate& u)
{
    PublicText t;
    t.title = u.consultation ? tr("Annual consultation, %1").arg(day(u.heldOn))
                             : tr("Update to the direct customers, %1").arg(day(u.heldOn));
    t.bodyHtml = QLatin1String("<table>\n") + row(tr("Date"), day(u.heldOn))
        + row(tr("Audience"), u.audience) + QLatin1String("</table>\n") + paragraphs(u.publicText);
    return t;
}

PublicText ProcessPublicTexts::technicalChange(const TechnicalChange& c)
{
    PublicText t;
    t.title = tr("Technical change: %1").arg(c.title);
    QString table;
    if (c.planAgreedOn.isValid())
        table += row(tr("Implementation plan agreed with the IFO"), day(c.planAgreedOn));
    if (c.rfcOpensOn.isValid())
        table += row(tr("RFC period"), tr("%1 to %2").arg(day(c.rfcOpensOn), day(c.rfcClosesOn)));
    table += row(tr("Comments received"), QString::number(c.commentsReceived));
    if (c.statementOn.isValid())
        table += row(tr("IFO statement"), day(c.statementOn));
    t.bodyHtml = QLatin1String("<table>\n") + table + QLatin1String("</table>\n")
        + paragraphs(c.publicText);
    if (!c.statement.isEmpty())
        t.bodyHtml += QLatin1String("<h2>") + tr("The IFO's statement").toHtmlEscaped()
            + QLatin1String("</h2>\n") + paragraphs(c.statement);
    return t;
}

Result<PublicText> ProcessPublicTexts::auditResults(const PeriodicAudit& a)
{
    if (!a.publishedOn.isValid())
        return Error { tr("The audit's results are not published yet."), {} };
    PublicText t;
    t.title = tr("Independent audit of IFO performance, %1").arg(a.publishedOn.year());
    t.bodyHtml = QLatin1String("<table>\n") + row(tr("Audited by"), a.organisation)
        + row(tr("Commissioned"), day(a.commissionedOn))
        + row(tr("Report received"), day(a.reportReceivedOn))
        + row(tr("Published"), day(a.publishedOn));
    if (a.feedbackClosesOn.isValid())
        t.bodyHtml += row(tr("Community feedback until"), day(a.feedbackClosesOn));
    t.bodyHtml += QLatin1String("</table>\n") + paragraphs(a.publicSummary);
    return t;
}

} // namespace csc
