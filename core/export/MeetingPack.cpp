// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingPack.h"

#include "PublicMinutes.h"
#include "PublicationLanguage.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Meetings.h"
#include "core/performance/Evaluation.h"
#include "core/performance/Findings.h"
#include "core/performance/ServiceLevel.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QLocale>

namespace csc {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString mark()
{
    return QStringLiteral(" <span class=\"confidential\">[") + esc(MeetingPack::tr("confidential"))
        + QStringLiteral("]</span>");
}

PublicDocument::Part agendaPart(const MeetingRecord& r)
{
    PublicDocument::Part part { MeetingPack::tr("Agenda"), {}, false };
    part.bodyHtml = QStringLiteral("<ol>\n");
    for (const AgendaItem& a : r.agenda) {
        const bool secret = a.isConfidential(); // Confidentiality decides, as everywhere
        part.confidential = part.confidential || secret;
        QString line = esc(a.title);
        if (a.linkedCase.isSet())
            line += QStringLiteral(" (") + esc(a.linkedCase.reference)
                + (a.linkedCase.title.isEmpty() ? QString()
                                                : QStringLiteral(" — ") + esc(a.linkedCase.title))
                + QLatin1Char(')');
        part.bodyHtml += QStringLiteral("<li>") + line + (secret ? mark() : QString())
            + QStringLiteral("</li>\n");
    }
    part.bodyHtml += QStringLiteral("</ol>\n");
    return part;
}

PublicDocument::Part previousMinutesPart(const Database& db, const MeetingRecord& current)
{
    PublicDocument::Part part { MeetingPack::tr("Minutes of the previous meeting"), {}, false };
    qint64 previousId = 0;
    if (auto meetings = Meetings::list(db)) {
        for (const Meeting& m : meetings.value()) { // newest first: the first earlier one
            if (m.startsUtc < current.meeting.startsUtc) {
                previousId = m.id;
                break;
            }
        }
    }
    const QString none = QStringLiteral("<p>")
        + esc(MeetingPack::tr("No minutes of an earlier meeting.")) + QStringLiteral("</p>\n");
    if (!previousId) {
        part.bodyHtml = none;
        return part;
    }
    auto previous = Meetings::load(db, previousId);
    if (!previous || !previous.value().minutes.exists) {
        part.bodyHtml = none;
        return part;
    }
    const MeetingRecord& p = previous.value();
    part.heading
        = MeetingPack::tr("Minutes of meeting no. %1 (%2), %3")
              .arg(p.meeting.number)
              .arg(date(p.meeting.day()), MeetingNames::minutesName(p.minutes.state).toLower());
    for (const MinutesSection& s : p.minutes.sections) {
        const QString body = PublicMinutesFilter::bodyFragment(s.bodyHtml);
        if (body.isEmpty())
            continue;
        part.confidential = part.confidential || s.isConfidential();
        part.bodyHtml += QStringLiteral("<h3>") + esc(s.heading) + QStringLiteral("</h3>")
            + (s.isConfidential() ? mark() : QString()) + QLatin1Char('\n') + body
            + QLatin1Char('\n');
    }
    if (!p.decisions.isEmpty()) {
        part.bodyHtml += QStringLiteral("<h3>") + esc(MeetingPack::tr("Decisions"))
            + QStringLiteral("</h3>\n<ol>\n");
        for (const Decision& d : p.decisions) {
            part.confidential = part.confidential || d.isConfidential();
            part.bodyHtml += QStringLiteral("<li>") + esc(d.text)
                + (d.isConfidential() ? mark() : QString()) + QStringLiteral("</li>\n");
        }
        part.bodyHtml += QStringLiteral("</ol>\n");
    }
    if (part.bodyHtml.isEmpty())
        part.bodyHtml = QStringLiteral("<p>")
            + esc(MeetingPack::tr("The minutes have no notes yet.")) + QStringLiteral("</p>\n");
    return part;
}

PublicDocument::Part performancePart(const Database& db, const MeetingRecord& r)
{
    QDate month;
    for (const AgendaItem& a : r.agenda) {
        if (!a.performanceMonth.isEmpty())
            month = SleMonth::parse(a.performanceMonth);
    }
    if (!month.isValid()) {
        const QDate prev = r.meeting.day().addMonths(-1);
        month = QDate(prev.year(), prev.month(), 1);
    }
    PublicDocument::Part part { MeetingPack::tr("IFO performance for %1 and the findings draft")
                                    .arg(SleMonth::display(month)),
                                {},
                                false };
    auto months = Evaluation::range(db, month, month);
    if (months && !months.value().isEmpty() && months.value().constLast().hasFigures()) {
        const MonthEvaluation& e = months.value().constLast();
        part.bodyHtml += QStringLiteral("<p><strong>") + esc(e.summarySentence())
            + QStringLiteral("</strong></p>\n");
        const QList<MetricEvaluation> misses = e.misses();
        if (!misses.isEmpty()) {
            part.bodyHtml += QStringLiteral("<table>\n<thead><tr><th>")
                + esc(MeetingPack::tr("Missed threshold"))
                + QStringLiteral("</th><th class=\"num\">") + esc(MeetingPack::tr("Actual"))
                + QStringLiteral("</th><th class=\"num\">") + esc(MeetingPack::tr("Target"))
                + QStringLiteral("</th></tr></thead>\n<tbody>\n");
            for (const MetricEvaluation& m : misses)
                part.bodyHtml += QStringLiteral("<tr><td>")
                    + esc(m.category + QStringLiteral(" · ") + m.metric)
                    + QStringLiteral("</td><td class=\"num\">")
                    + esc(SleText::percent(m.compliancePercent))
                    + QStringLiteral("</td><td class=\"num\">")
                    + esc(SleText::percent(m.version.targetPercent, 0))
                    + QStringLiteral("</td></tr>\n");
            part.bodyHtml += QStringLiteral("</tbody>\n</table>\n");
        }
    } else {
        part.bodyHtml += QStringLiteral("<p>")
            + esc(MeetingPack::tr("No figures for this month yet.")) + QStringLiteral("</p>\n");
    }
    auto statement = Findings::statementOrDraft(db, month);
    if (statement && !statement.value().trimmed().isEmpty()) {
        part.bodyHtml += QStringLiteral("<h3>") + esc(MeetingPack::tr("Findings draft"))
            + QStringLiteral("</h3>\n");
        for (const QString& p : statement.value().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            part.bodyHtml += QStringLiteral("<p>") + esc(p) + QStringLiteral("</p>\n");
    }
    return part;
}

PublicDocument::Part actionItemsPart(const Database& db, const MeetingRecord& r)
{
    PublicDocument::Part part { MeetingPack::tr("Open action items"), {}, false };
    auto open = ActionItems::open(db, r.meeting.number + 1);
    if (!open || open.value().isEmpty()) {
        part.bodyHtml = QStringLiteral("<p>") + esc(MeetingPack::tr("No open action items."))
            + QStringLiteral("</p>\n");
        return part;
    }
    part.bodyHtml = QStringLiteral("<table>\n<thead><tr><th>") + esc(MeetingPack::tr("Action item"))
        + QStringLiteral("</th><th>") + esc(MeetingPack::tr("Owner")) + QStringLiteral("</th><th>")
        + esc(MeetingPack::tr("Due")) + QStringLiteral("</th></tr></thead>\n<tbody>\n");
    for (const ActionItem& a : open.value()) {
        part.confidential = part.confidential || a.isConfidential();
        part.bodyHtml += QStringLiteral("<tr><td><strong>") + esc(a.identifier())
            + QStringLiteral("</strong>: ") + esc(a.text)
            + (a.isConfidential() ? mark() : QString()) + QStringLiteral("</td><td>")
            + esc(a.ownerName) + QStringLiteral("</td><td>") + esc(date(a.due))
            + QStringLiteral("</td></tr>\n");
    }
    part.bodyHtml += QStringLiteral("</tbody>\n</table>\n");
    return part;
}

PublicDocument::Part casesPart(const Database& db, const MeetingRecord& r)
{
    PublicDocument::Part part { MeetingPack::tr("Open cases and their deadlines"), {}, false };
    CaseListFilter filter;
    filter.includeArchived = false;
    filter.today = r.meeting.day();
    auto cases = CaseRepository::list(db, filter);
    QList<CaseSummary> open;
    if (cases) {
        for (const CaseSummary& c : cases.value()) {
            if (c.isOpen() && !c.exercise)
                open.append(c);
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const CaseSummary& a, const CaseSummary& b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    if (open.isEmpty()) {
        part.bodyHtml = QStringLiteral("<p>") + esc(MeetingPack::tr("No open cases."))
            + QStringLiteral("</p>\n");
        return part;
    }
    part.bodyHtml = QStringLiteral("<table>\n<thead><tr><th>") + esc(MeetingPack::tr("Case"))
        + QStringLiteral("</th><th>") + esc(MeetingPack::tr("Step")) + QStringLiteral("</th><th>")
        + esc(MeetingPack::tr("Deadline")) + QStringLiteral("</th></tr></thead>\n<tbody>\n");
    for (const CaseSummary& c : open) {
        const bool secret = Confidentiality::ofCase(c.confidential, c.exercise);
        part.confidential = part.confidential || secret;
        part.bodyHtml += QStringLiteral("<tr><td><strong>") + esc(c.reference)
            + QStringLiteral("</strong> ") + esc(c.title) + (secret ? mark() : QString())
            + QStringLiteral("</td><td>") + esc(ProcessDefinition::of(c.process).stepName(c.step))
            + QStringLiteral("</td><td>") + esc(date(c.dueDate)) + QStringLiteral("</td></tr>\n");
    }
    part.bodyHtml += QStringLiteral("</tbody>\n</table>\n");
    return part;
}

} // namespace

QString MeetingPack::confidentialMark()
{
    return tr("Confidential — committee members only");
}

QString MeetingPack::fileName(QDate meetingDay)
{
    return QStringLiteral("csc-meeting-pack-%1.pdf").arg(meetingDay.toString(Qt::ISODate));
}

Result<PublicDocument> MeetingPack::document(const Database& db, qint64 meetingId)
{
    if (auto p = Permissions::check(db.session(), Permission::ViewConfidential); !p)
        return p.error();
    auto record = Meetings::load(db, meetingId);
    if (!record)
        return record.error();
    const MeetingRecord& r = record.value();
    PublicDocument d;
    d.title = tr("Meeting pack: CSC %1 no. %2, %3")
                  .arg(MeetingNames::kindName(r.meeting.kind).toLower())
                  .arg(r.meeting.number)
                  .arg(QLocale().toString(r.meeting.day(), QStringLiteral("d MMMM yyyy")));
    d.pageMark = confidentialMark();
    d.dateLine = tr("For the members of the committee.");
    d.parts = { agendaPart(r), previousMinutesPart(db, r), performancePart(db, r),
                actionItemsPart(db, r), casesPart(db, r) };
    return d;
}

Result<QByteArray> MeetingPack::pdf(const Database& db, qint64 meetingId)
{
    PublicationScope scope(PublicationScope::languageOf(db));
    auto d = document(db, meetingId);
    if (!d)
        return d.error();
    PublicDocument doc = d.value();
    if (auto head = AuditLog::head(db))
        doc.auditHead = head.value().toText();
    return DocumentWriter::pdf(doc);
}

Status MeetingPack::write(const Database& db, qint64 meetingId, const QString& path)
{
    auto bytes = pdf(db, meetingId);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

} // namespace csc
