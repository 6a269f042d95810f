// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

class QAction;
class QWidget;

namespace csc {

// Enables a control or action, or disables it and says why: the reason (core's permission
// check, or the state the record must be in) becomes its tooltip and status tip, so a greyed
// button never leaves the user guessing. The control's own tooltip comes back when it is enabled.
class ActionGate
{
public:
    static void apply(QWidget* widget, const Status& allowed);
    static void apply(QAction* action, const Status& allowed);
    // The reason the control is disabled, or empty when enabled.
    static QString reason(const QWidget* widget);
};

} // namespace csc
