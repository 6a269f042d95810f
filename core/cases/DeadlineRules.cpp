// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineRules.h"

namespace csc {

const QList<DeadlineRuleInfo>& DeadlineRules::table()
{
    using K = CommitteeSettings::Key;
    // Built on first use, after the translators are installed.
    static const QList<DeadlineRuleInfo> kTable {
        { DeadlineRule::None, DayUnit::Business, std::nullopt, tr("No deadline"), {} },
        { DeadlineRule::WrittenResponse, DayUnit::Business, K::WrittenResponseDays,
          tr("IFO's written response (complaint step 4)"),
          tr("“due within 10 working days” (domain.md §3b)") },
        { DeadlineRule::SignificantFailureResponse, DayUnit::Calendar,
          K::SignificantFailureResponseDays,
          tr("IFO's response to a significant failure (Problem Management step 1)"),
          tr("“within a set number of days (30 by default)” (domain.md §3c)") },
        { DeadlineRule::EnteredDays, DayUnit::Business, std::nullopt,
          tr("Remedial action directed (Problem Management step 2)"),
          tr("“within a specified period”, entered with the move") },
        { DeadlineRule::PanelRemedyDays, DayUnit::Calendar, std::nullopt,
          tr("A panel's remedy period"),
          tr("“the IFO has a set number of days to remedy it” (domain.md §3d)") },
        { DeadlineRule::MinutesPublication, DayUnit::Business, K::MinutesDeadlineDays,
          tr("Minutes published after the meeting"),
          tr("“within 5 business days” (domain.md §2)") },
    };
    return kTable;
}

const DeadlineRuleInfo& DeadlineRules::of(DeadlineRule rule)
{
    for (const DeadlineRuleInfo& info : table()) {
        if (info.rule == rule)
            return info;
    }
    return table().first();
}

QString DeadlineRules::period(int days, DayUnit unit)
{
    // Spelled out rather than %n: the text must read right before the plural forms are translated.
    if (unit == DayUnit::Business)
        return days == 1 ? tr("1 working day") : tr("%1 working days").arg(days);
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString DeadlineRules::unitName(DayUnit unit)
{
    return unit == DayUnit::Business ? tr("working days") : tr("calendar days");
}

QString DeadlineRules::unitKey(DayUnit unit)
{
    return unit == DayUnit::Business ? QStringLiteral("business_days")
                                     : QStringLiteral("calendar_days");
}

} // namespace csc
