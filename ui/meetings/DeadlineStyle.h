// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/BusinessCalendar.h"

#include <QColor>
#include <QPalette>

namespace csc {

// How a deadline looks everywhere: amber on the last day, red when overdue.
struct DeadlineStyle
{
    static QColor background(DeadlineState state, const QPalette& palette);
    static QColor foreground(DeadlineState state, const QPalette& palette);
    static bool isUrgent(DeadlineState state)
    {
        return state == DeadlineState::DueToday || state == DeadlineState::Overdue;
    }
};

} // namespace csc
