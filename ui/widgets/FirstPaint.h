// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace csc {

// Runs `then` once, on the next turn of the event loop after `widget` first paints: for work
// that must not delay what the user sees first (and for saying when it has been seen). If the
// widget is gone first, nothing runs.
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    static void then(QWidget* widget, std::function<void()> then);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaint(QWidget* widget, std::function<void()> then);

    std::function<void()> m_then;
};

} // namespace csc
