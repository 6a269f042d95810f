// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationReport.h"

#include "FindingStore.h"
#include "core/cases/ProcessDefinition.h"

#include <map>

namespace csc {

int EscalationReport::confidentialTotal() const
{
    int total = 0;
    for (const EscalationCount& c : confidentialCounts)
        total += c.cases;
    return total;
}

Result<EscalationReport> EscalationReport::inProgress(const Database& db, QDate asOf)
{
    auto rows = FindingStore::escalations(db, asOf);
    if (!rows)
        return rows.error();
    EscalationReport report;
    // (process position, step position) -> count, so the counts follow the procedures' order.
    std::map<std::pair<qsizetype, qsizetype>, EscalationCount> counts;
    for (const EscalationRow& row : rows.value()) {
        const ProcessDefinition* def = ProcessDefinition::fromKey(row.process);
        const StepDefinition* step = def ? def->step(row.step) : nullptr;
        if (!step || step->isEnd)
            continue;
        if (row.isPublic) {
            report.publicCases.append({ row.reference, row.title, def->name, step->name,
                                        QDate::fromString(row.openedUtc.left(10), Qt::ISODate) });
            continue;
        }
        const qsizetype processAt = ProcessDefinition::all().indexOf(def->process);
        qsizetype stepAt = 0;
        while (stepAt < def->steps.size() && def->steps.at(stepAt).key != step->key)
            ++stepAt;
        EscalationCount& c = counts[{ processAt, stepAt }];
        c.process = def->name;
        c.step = step->name;
        ++c.cases;
    }
    for (const auto& [key, count] : counts)
        report.confidentialCounts.append(count);
    return report;
}

} // namespace csc
