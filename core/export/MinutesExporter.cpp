// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesExporter.h"

#include "meetings/Meetings.h"
#include "storage/Database.h"

#include <QLocale>

namespace csc {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const QLocale& documentLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

} // namespace

Result<PublicMinutes> MinutesExporter::publicMinutes(const Database& db, qint64 meetingId)
{
    auto record = Meetings::load(db, meetingId);
    if (!record)
        return record.error();
    return PublicMinutesFilter::build(record.value(),
                                      Decisions::rules(db, record.value().meeting.day()));
}

QString MinutesExporter::title(const PublicMinutes& m)
{
    return tr("Minutes of the CSC %1 no. %2, %3")
        .arg(MeetingNames::kindName(m.kind).toLower())
        .arg(m.number)
        .arg(documentLocale().toString(m.startsUtc.toUTC().date(), QStringLiteral("d MMMM yyyy")));
}

QString MinutesExporter::bodyHtml(const PublicMinutes& m)
{
    const QLocale& locale = documentLocale();
    QString html;
    const QDateTime start = m.startsUtc.toUTC();
    html += QLatin1String("<p>")
        + esc(tr("%1, %2–%3 UTC.")
                  .arg(locale.toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
                       start.toString(QStringLiteral("HH:mm")),
                       start.addSecs(qint64(m.durationMinutes) * 60)
                           .toString(QStringLiteral("HH:mm"))));
    html += QLatin1Char(' ')
        + esc(m.quorate ? tr("The meeting was quorate.") : tr("The meeting was not quorate."))
        + QLatin1String("</p>\n");
    if (m.state == MinutesState::Approved || m.state == MinutesState::Published)
        html += QLatin1String("<p>")
            + esc(tr("Approved by the committee on %1.")
                      .arg(locale.toString(m.approvedUtc.toUTC().date(),
                                           QStringLiteral("d MMMM yyyy"))))
            + QLatin1String("</p>\n");
    else
        html += QLatin1String("<p><em>")
            + esc(tr("Draft minutes, not yet approved by the committee."))
            + QLatin1String("</em></p>\n");

    for (const PublicMinutes::Section& s : m.sections) {
        html += QLatin1String("<h2>") + esc(s.heading) + QLatin1String("</h2>\n");
        if (s.bodyHtml.isEmpty())
            html += QLatin1String("<p>") + esc(tr("No notes.")) + QLatin1String("</p>\n");
        else
            html += s.bodyHtml + QLatin1Char('\n');
    }

    if (!m.decisions.isEmpty()) {
        html += QLatin1String("<h2>") + esc(tr("Decisions")) + QLatin1String("</h2>\n<ol>\n");
        for (const PublicMinutes::DecisionLine& d : m.decisions) {
            html += QLatin1String("<li>") + esc(d.text);
            if (!d.caseLabel.isEmpty())
                html += QLatin1String(" ") + esc(tr("(case %1)").arg(d.caseLabel));
            if (d.byEmail)
                html += QLatin1String(" ")
                    + esc(tr("Taken by e-mail on %1.")
                              .arg(locale.toString(d.decidedOn, QStringLiteral("d MMMM yyyy"))));
            html += QLatin1String(" <em>") + esc(d.outcome) + QLatin1String("</em></li>\n");
        }
        html += QLatin1String("</ol>\n");
    }

    if (!m.actionItems.isEmpty()) {
        // A list, not a table: it reads the same in HTML, PDF and Markdown, and
        // long words never break inside a narrow column.
        html += QLatin1String("<h2>") + esc(tr("Action items")) + QLatin1String("</h2>\n<ul>\n");
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
            html += QLatin1String("<li><strong>") + esc(a.identifier) + QLatin1String("</strong>: ")
                + esc(a.text) + QLatin1String(" — ") + esc(details.join(QLatin1String("; ")))
                + QLatin1String("</li>\n");
        }
        html += QLatin1String("</ul>\n");
    }
    return html;
}

QString MinutesExporter::fileName(QDate meetingDay, DocumentWriter::Format format)
{
    return QStringLiteral("csc-minutes-%1.%2")
        .arg(meetingDay.toString(Qt::ISODate), DocumentWriter::extension(format));
}

Status MinutesExporter::exportMinutes(const Database& db, qint64 meetingId,
                                      DocumentWriter::Format format, const QString& path)
{
    auto record = Meetings::load(db, meetingId);
    if (!record)
        return record.error();
    if (!record.value().minutes.exists)
        return Error { tr("Meeting no. %1 has no minutes yet; generate the draft first.")
                           .arg(record.value().meeting.number),
                       {} };
    const PublicMinutes pub = PublicMinutesFilter::build(
        record.value(), Decisions::rules(db, record.value().meeting.day()));
    return DocumentWriter::write(format, path, title(pub), bodyHtml(pub));
}

} // namespace csc
