// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationReport.h"

#include "core/cases/ProcessDefinition.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

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
    // The step on `asOf` is the last move made by then that was not undone. A case is public
    // only when it is not confidential now and its latest publication decision made it public:
    // a flag without a recorded decision is not enough.
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT c.reference, c.title, c.process, c.opened_utc, "
            "(SELECT m.to_step FROM case_move m WHERE m.case_id = c.id AND m.effective_date <= ? "
            "  AND m.undone_by_move_id IS NULL AND m.undoes_move_id IS NULL "
            "  ORDER BY m.effective_date DESC, m.id DESC LIMIT 1), "
            "c.confidential = 0 AND coalesce((SELECT p.made_public FROM case_publication p "
            "  WHERE p.case_id = c.id ORDER BY p.decided_utc DESC, p.id DESC LIMIT 1), 0) = 1 "
            "FROM case_record c WHERE c.is_exercise = 0 AND c.process <> 'emergency' "
            "AND substr(c.opened_utc, 1, 10) <= ? ORDER BY c.ref_year, c.ref_number"));
    q.bind(asOf.toString(Qt::ISODate)).bind(asOf.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    EscalationReport report;
    // (process position, step position) -> count, so the counts follow the procedures' order.
    std::map<std::pair<qsizetype, qsizetype>, EscalationCount> counts;
    while (q.next()) {
        const ProcessDefinition* def = ProcessDefinition::fromKey(q.value(2).toString());
        const StepDefinition* step = def ? def->step(q.value(4).toString()) : nullptr;
        if (!step || step->isEnd)
            continue;
        if (q.value(5).toBool()) {
            report.publicCases.append(
                { q.value(0).toString(), q.value(1).toString(), def->name, step->name,
                  QDate::fromString(q.value(3).toString().left(10), Qt::ISODate) });
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
