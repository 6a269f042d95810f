// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicMinutes.h"

#include <QRegularExpression>

namespace csc {

QString PublicMinutesFilter::caseLabel(const CaseLink& link)
{
    if (!link.isSet() || link.exercise)
        return {};
    if (link.confidential || link.title.isEmpty())
        return link.reference;
    return link.reference + QStringLiteral(" — ") + link.title;
}

QString PublicMinutesFilter::bodyFragment(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption
                                             | QRegularExpression::CaseInsensitiveOption);
    const auto match = body.match(html);
    const QString inner = match.hasMatch() ? match.captured(1) : html;
    // QTextDocument writes an empty paragraph for an empty editor.
    static const QRegularExpression emptyParagraph(
        QStringLiteral("<p[^>]*-qt-paragraph-type:empty[^>]*>\\s*(<br\\s*/>)?\\s*</p>"));
    return QString(inner).remove(emptyParagraph).trimmed();
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
    pub.quorate = Decisions::isQuorate(rules, record.attendance);

    QHash<qint64, const AgendaItem*> agenda;
    for (const AgendaItem& item : record.agenda)
        agenda.insert(item.id, &item);
    for (const MinutesSection& section : record.minutes.sections) {
        if (section.confidential)
            continue;
        const AgendaItem* item = agenda.value(section.agendaItemId);
        if (item && item->linkedCase.exercise)
            continue; // exercises never appear in public output
        pub.sections.append({ section.heading, bodyFragment(section.bodyHtml) });
    }

    const auto addDecisions = [&](const QList<Decision>& decisions) {
        for (const Decision& d : decisions) {
            if (d.confidential || d.linkedCase.exercise)
                continue;
            const DecisionOutcome outcome = Decisions::evaluate(rules, d, record.attendance);
            pub.decisions.append(
                { d.decidedOn, d.byEmail, d.text, caseLabel(d.linkedCase), outcome.explanation });
        }
    };
    addDecisions(record.emailDecisions);
    addDecisions(record.decisions);

    for (const ActionItem& a : record.actionItems) {
        if (a.confidential)
            continue;
        pub.actionItems.append({ a.identifier(), a.text, a.ownerName, a.due, a.completed, a.note });
    }
    return pub;
}

} // namespace csc
