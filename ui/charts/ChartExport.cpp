// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include "core/util/AtomicFile.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace csc {

namespace {

// A chart renders through a scene; a temporary view lays it out at the size wanted
// and hands the chart back to its owner afterwards.
template<typename Paint> void renderDetached(QChart* chart, QSize size, Paint paint)
{
    QGraphicsScene* oldScene = chart->scene();
    const QRectF oldGeometry = chart->geometry();
    QGraphicsScene scene;
    if (oldScene)
        oldScene->removeItem(chart);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    paint(scene);
    scene.removeItem(chart);
    if (oldScene) {
        oldScene->addItem(chart);
        chart->setGeometry(oldGeometry);
    }
}

} // namespace

Status ChartExport::png(QChart* chart, const QString& path, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    renderDetached(chart, size, [&](QGraphicsScene& scene) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    });
    // Encoded in memory, then written atomically: a full disk leaves any earlier image.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error { tr("Could not make the image “%1”.").arg(QDir::toNativeSeparators(path)),
                       {} };
    return writeFileAtomically(path, bytes);
}

Status ChartExport::svg(QChart* chart, const QString& path, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator; // writes into the buffer when it goes out of scope
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        renderDetached(chart, size, [&](QGraphicsScene& scene) {
            QPainter painter;
            if (!painter.begin(&generator))
                return;
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
            painter.end();
        });
    }
    if (bytes.isEmpty())
        return Error { tr("Could not make the drawing “%1”.").arg(QDir::toNativeSeparators(path)),
                       {} };
    return writeFileAtomically(path, bytes);
}

Status ChartExport::write(QChart* chart, const QString& path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return svg(chart, path);
    return png(chart, path);
}

} // namespace csc
