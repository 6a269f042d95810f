// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDeadlines.h"

#include "core/settings/CommitteeSettings.h"

namespace csc {

int CaseDeadlines::periodDays(const Database& db, DeadlineRule rule, int enteredDays)
{
    const DeadlineRuleInfo& info = DeadlineRules::of(rule);
    if (rule == DeadlineRule::None)
        return 0;
    if (info.setting)
        return CommitteeSettings::intValue(db, *info.setting);
    return enteredDays;
}

QDate CaseDeadlines::dueDate(const BusinessCalendar& calendar, DeadlineRule rule, QDate entered,
                             int periodDays)
{
    if (rule == DeadlineRule::None || periodDays <= 0 || !entered.isValid())
        return {};
    return addDaysIn(calendar, DeadlineRules::unitOf(rule), entered, periodDays);
}

DeadlineRule CaseDeadlines::ruleOf(const CaseSummary& c)
{
    const StepDefinition* step = ProcessDefinition::of(c.process).step(c.step);
    return step ? step->deadline : DeadlineRule::None;
}

DeadlineStatus CaseDeadlines::status(const BusinessCalendar& calendar, const CaseSummary& c,
                                     QDate today, int dueSoonDays)
{
    if (!c.isOpen() || !c.dueDate.isValid())
        return {};
    const DayUnit unit = DeadlineRules::unitOf(ruleOf(c));
    if (c.response == ResponseState::None) {
        DeadlineStatus s = deadlineStatusIn(calendar, unit, c.dueDate, today, dueSoonDays);
        s.state = DeadlineState::Unanswered;
        return s;
    }
    return deadlineStatusIn(calendar, unit, c.dueDate, today, dueSoonDays,
                            c.response == ResponseState::Received ? c.responseDate : QDate());
}

QString CaseDeadlines::badge(const DeadlineStatus& s)
{
    switch (s.state) {
    case DeadlineState::None:
        return {};
    case DeadlineState::Met:
        return tr("Met");
    case DeadlineState::Late:
        return tr("Late by %1").arg(DeadlineRules::period(-s.businessDaysLeft, s.unit));
    case DeadlineState::Unanswered:
        return tr("Unanswered");
    case DeadlineState::Overdue:
        return tr("Overdue by %1").arg(DeadlineRules::period(-s.businessDaysLeft, s.unit));
    case DeadlineState::DueToday:
        return tr("Due today");
    case DeadlineState::DueSoon:
    case DeadlineState::OnTrack:
        return tr("%1 left").arg(DeadlineRules::period(s.businessDaysLeft, s.unit));
    }
    return {};
}

QString CaseDeadlines::stateKey(DeadlineState state)
{
    switch (state) {
    case DeadlineState::None:
        return QStringLiteral("none");
    case DeadlineState::OnTrack:
        return QStringLiteral("on_track");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::DueToday:
        return QStringLiteral("due_today");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::Late:
        return QStringLiteral("late");
    case DeadlineState::Unanswered:
        return QStringLiteral("unanswered");
    }
    return {};
}

} // namespace csc
