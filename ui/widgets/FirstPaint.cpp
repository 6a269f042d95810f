// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace csc {

void FirstPaint::then(QWidget* widget, std::function<void()> then)
{
    new FirstPaint(widget, std::move(then));
}

FirstPaint::FirstPaint(QWidget* widget, std::function<void()> then)
    : QObject(widget) // gone with the widget, its work with it
    , m_then(std::move(then))
{
    widget->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After the paint has reached the screen: the rest of the frame is not held up.
        QTimer::singleShot(0, watched, std::move(m_then));
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace csc
