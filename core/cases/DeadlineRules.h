// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/ProcessDefinition.h"
#include "core/rules/BusinessCalendar.h"
#include "core/settings/CommitteeSettings.h"

#include <QCoreApplication>

#include <optional>

namespace csc {

class Database;

// One row of the rule table: which period, in which unit, and where its length comes from.
struct DeadlineRuleInfo
{
    DeadlineRule rule = DeadlineRule::None;
    DayUnit unit = DayUnit::Business;
    std::optional<CommitteeSettings::Key> setting; // none: the days are entered with the move
    QString name; // translated: "IFO's written response (complaint step 4)"
    QString source; // where the procedure says so, translated
};

// The one table of deadline rules (domain.md §7 "Day counts"): "working days" count business
// days, "days" count calendar days. Case steps, the Settings dialog, the board and the command
// line all read it, so a period is always shown with its unit.
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRules)

public:
    static const QList<DeadlineRuleInfo>& table();
    static const DeadlineRuleInfo& of(DeadlineRule rule);
    static DayUnit unitOf(DeadlineRule rule) { return of(rule).unit; }

    // "30 days", "10 working days".
    static QString period(int days, DayUnit unit);
    // "calendar days" / "working days": the unit's name, for headers and Settings.
    static QString unitName(DayUnit unit);
    // Stable keys for the command line and JSON.
    static QString unitKey(DayUnit unit);
};

} // namespace csc
