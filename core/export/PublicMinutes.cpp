// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicMinutes.h"

#include "core/domain/Confidentiality.h"
#include "CleanHtml.h"

#include <QRegularExpression>

namespace csc {

QString PublicMinutesFilter::caseLabel(const CaseLink& link)
{
    return Confidentiality::publicCaseLabel(link);
}

QString PublicMinutesFilter::bodyFragment(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption
                                             | QRegularExpression::CaseInsensitiveOption);
    const auto match = body.match(html);
    const QString inner = match.hasMatch() ? match.captured(1) : html;
    // Rewritten as plain semantic HTML: no Qt-internal styles reach a public document,
    // and an editor left empty gives an empty body.
    return CleanHtml::fromRichText(inner);
}

PublicMinutes PublicMinutesFilter::build(const MeetingRecord& record, const QuorumRules& rules)
{
    PublicMinutes pub;
    pub.number = record.meeting.number;
    pub.kind = record.meeting.kind;
    pub.startsUtc = record.meeting.startsUtc;
    pub.durationMinutes = record.meeting.durationMinutes;
    pub.state = record.minutes.state;
    pub.approvedUtc = record.minutes.approvedUtc;
    pub.publishedUtc = record.minutes.publishedUtc;
    pub.quorate = Decisions::isQuorate(rules, record.attendance);

    QHash<qint64, const AgendaItem*> agenda;
    for (const AgendaItem& item : record.agenda)
        agenda.insert(item.id, &item);
    // Confidentiality decides; the record's reads filled in what a section inherits, and
    // the agenda is asked again so a hand-built record cannot slip one through.
    for (const MinutesSection& section : record.minutes.sections) {
        const AgendaItem* item = agenda.value(section.agendaItemId);
        if (section.isConfidential() || (item && item->isConfidential()))
            continue;
        pub.sections.append({ section.heading, bodyFragment(section.bodyHtml) });
    }

    const auto addDecisions = [&](const QList<Decision>& decisions) {
        for (const Decision& d : decisions) {
            const AgendaItem* item = agenda.value(d.agendaItemId);
            if (d.isConfidential() || (item && item->isConfidential()))
                continue;
            const DecisionOutcome outcome = Decisions::evaluate(rules, d, record.attendance);
            pub.decisions.append(
                { d.decidedOn, d.byEmail, d.text, caseLabel(d.linkedCase), outcome.explanation });
        }
    };
    addDecisions(record.emailDecisions);
    addDecisions(record.decisions);

    for (const ActionItem& a : record.actionItems) {
        const AgendaItem* item = agenda.value(a.agendaItemId);
        if (a.isConfidential() || (item && item->isConfidential()))
            continue;
        pub.actionItems.append({ a.identifier(), a.text, a.ownerName, a.due, a.completed, a.note });
    }
    return pub;
}

} // namespace csc
