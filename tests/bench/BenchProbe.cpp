#include "BenchProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_elapsed < 0) {
        m_elapsed = m_clock.elapsed();
        // Let the paint finish, then leave.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
