// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

// Quits the application right after the watched window's first paint, and
// remembers how long that took from the probe's creation.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_clock.start();
    }
    qint64 elapsedMs() const { return m_elapsed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_clock;
    qint64 m_elapsed = -1;
};
