// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionGate.h"

#include <QAction>
#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace csc {

namespace {

constexpr const char* kOwnTip = "cscOwnToolTip";
constexpr const char* kReason = "cscDisabledReason";

template<typename T> void gate(T* target, const Status& allowed)
{
    if (!target)
        return;
    // The first call remembers the control's own tooltip, shown again whenever it is enabled.
    if (!target->property(kOwnTip).isValid())
        target->setProperty(kOwnTip, target->toolTip());
    const QString own = target->property(kOwnTip).toString();
    if (allowed) {
        target->setEnabled(true);
        target->setToolTip(own);
        target->setStatusTip(own);
        target->setProperty(kReason, QString());
        return;
    }
    const QString why = allowed.error().message;
    target->setEnabled(false);
    target->setToolTip(own.isEmpty() ? why : own + QLatin1Char('\n') + why);
    target->setStatusTip(why);
    target->setProperty(kReason, why);
}

} // namespace

void ActionGate::apply(QWidget* widget, const Status& allowed)
{
    gate(widget, allowed);
    // Screen readers read the description of a disabled button: give them the reason too.
    if (widget)
        widget->setAccessibleDescription(allowed ? widget->property(kOwnTip).toString()
                                                 : allowed.error().message);
}

void ActionGate::apply(QAction* action, const Status& allowed)
{
    gate(action, allowed);
}

QString ActionGate::reason(const QWidget* widget)
{
    return widget ? widget->property(kReason).toString() : QString();
}

} // namespace csc
