// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesExporter.h"

#include "PublicOutputs.h"
#include "core/meetings/Meetings.h"
#include "core/storage/Database.h"

#include <QLocale>

namespace csc {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Dates in the publication language: PublicOutputs::produce sets the default locale
// for the time a document is built.
QString longDate(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

} // namespace

Result<PublicMinutes> MinutesExporter::publicMinutes(const Database& db, qint64 meetingId)
{
    auto record = Meetings::load(db, meetingId);
    if (!record)
        return record.error();
    return PublicMinutesFilter::build(record.value(), record.value().rules);
}

QString MinutesExporter::title(const PublicMinutes& m)
{
    return tr("Minutes of the CSC %1 no. %2, %3")
        .arg(MeetingNames::kindName(m.kind).toLower())
        .arg(m.number)
        .arg(longDate(m.startsUtc.toUTC().date()));
}

QString MinutesExporter::dateLine(const PublicMinutes& m)
{
    const bool approved = m.state == MinutesState::Approved || m.state == MinutesState::Published;
    if (!approved)
        return tr("Draft minutes, not yet approved by the committee.");
    if (m.state == MinutesState::Published && m.publishedUtc.isValid())
        return tr("Approved by the committee on %1; published on %2.")
            .arg(longDate(m.approvedUtc.toUTC().date()), longDate(m.publishedUtc.toUTC().date()));
    return tr("Approved by the committee on %1.").arg(longDate(m.approvedUtc.toUTC().date()));
}

QString MinutesExporter::bodyHtml(const PublicMinutes& m)
{
    const QLocale locale;
    QString html;
    const QDateTime start = m.startsUtc.toUTC();
    html += QStringLiteral("<p>")
        + esc(tr("%1, %2–%3 UTC.")
                  .arg(locale.toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
                       start.toString(QStringLiteral("HH:mm")),
                       start.addSecs(qint64(m.durationMinutes) * 60)
                           .toString(QStringLiteral("HH:mm"))));
    html += QLatin1Char(' ')
        + esc(m.quorate ? tr("The meeting was quorate.") : tr("The meeting was not quorate."))
        + QStringLiteral("</p>\n");
    if (m.state == MinutesState::Approved || m.state == MinutesState::Published)
        html += QStringLiteral("<p>")
            + esc(tr("Approved by the committee on %1.")
                      .arg(longDate(m.approvedUtc.toUTC().date())))
            + QStringLiteral("</p>\n");
    else
        html += QStringLiteral("<p class=\"note\">")
            + esc(tr("Draft minutes, not yet approved by the committee."))
            + QStringLiteral("</p>\n");

    // Sections without notes are left out and named once, not repeated one by one.
    QStringList withoutNotes;
    for (const PublicMinutes::Section& s : m.sections) {
        if (s.bodyHtml.isEmpty()) {
            withoutNotes << s.heading;
            continue;
        }
        html += QStringLiteral("<h2>") + esc(s.heading) + QStringLiteral("</h2>\n") + s.bodyHtml
            + QLatin1Char('\n');
    }

    if (!m.decisions.isEmpty()) {
        html += QStringLiteral("<h2>") + esc(tr("Decisions")) + QStringLiteral("</h2>\n<ol>\n");
        for (const PublicMinutes::DecisionLine& d : m.decisions) {
            html += QStringLiteral("<li>") + esc(d.text);
            if (!d.caseLabel.isEmpty())
                html += QLatin1Char(' ') + esc(tr("(case %1)").arg(d.caseLabel));
            if (d.byEmail)
                html += QLatin1Char(' ')
                    + esc(tr("Taken by e-mail on %1.").arg(longDate(d.decidedOn)));
            html += QStringLiteral(" <em>") + esc(d.outcome) + QStringLiteral("</em></li>\n");
        }
        html += QStringLiteral("</ol>\n");
    }

    if (!m.actionItems.isEmpty()) {
        // A list, not a table: it reads the same in HTML, PDF and Markdown, and
        // long words never break inside a narrow column.
        html += QStringLiteral("<h2>") + esc(tr("Action items")) + QStringLiteral("</h2>\n<ul>\n");
        for (const PublicMinutes::ActionLine& a : m.actionItems) {
            QString status = a.completed ? tr("Completed") : tr("Pending");
            if (!a.note.isEmpty())
                status += QStringLiteral(": ") + a.note;
            QStringList details;
            if (!a.owner.isEmpty())
                details << tr("Owner: %1").arg(a.owner);
            if (a.due.isValid())
                details << tr("due %1").arg(locale.toString(a.due, QStringLiteral("d MMM yyyy")));
            details << status;
            // QStringLiteral, not QLatin1String: the dash is UTF-8 in this file, and read
            // as Latin-1 it printed "â€”" in every action item.
            html += QStringLiteral("<li><strong>") + esc(a.identifier)
                + QStringLiteral("</strong>: ") + esc(a.text) + QStringLiteral(" — ")
                + esc(details.join(QStringLiteral("; "))) + QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    if (!withoutNotes.isEmpty())
        html += QStringLiteral("<p class=\"note\">")
            + esc(tr("No notes were recorded under: %1.")
                      .arg(withoutNotes.join(QStringLiteral("; "))))
            + QStringLiteral("</p>\n");
    return html;
}

Result<PublicDocument> MinutesExporter::document(const Database& db, qint64 meetingId)
{
    auto record = Meetings::load(db, meetingId);
    if (!record)
        return record.error();
    if (!record.value().minutes.exists)
        return Error { tr("Meeting no. %1 has no minutes yet; generate the draft first.")
                           .arg(record.value().meeting.number),
                       {} };
    const PublicMinutes pub = PublicMinutesFilter::build(
        record.value(), record.value().rules);
    PublicDocument d;
    d.title = title(pub);
    d.bodyHtml = bodyHtml(pub);
    d.dateLine = dateLine(pub);
    return d;
}

QString MinutesExporter::fileName(QDate meetingDay, DocumentWriter::Format format)
{
    return QStringLiteral("csc-minutes-%1.%2")
        .arg(meetingDay.toString(Qt::ISODate), DocumentWriter::extension(format));
}

Status MinutesExporter::exportMinutes(Database& db, qint64 meetingId, DocumentWriter::Format format,
                                      const QString& path)
{
    OutputRequest request;
    request.meetingId = meetingId;
    return PublicOutputs::produceToFile(db, QStringLiteral("minutes"),
                                        DocumentWriter::extension(format), request, path);
}

} // namespace csc
