// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChart.h"

#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace csc {

namespace {

constexpr int kWidth = 720;
constexpr int kHeight = 240;
const QRect kPlot(56, 16, kWidth - 72, kHeight - 56);
const QColor kMet(0x2e, 0x7d, 0x32);
const QColor kMissed(0xc6, 0x28, 0x28);
const QColor kTarget(0x15, 0x65, 0xc0);

QByteArray toPng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The frame every report chart shares: a percent axis from 0 to 100 and month labels. The
// axis always starts at 0: a cut axis made 98.3% look like a collapse (issue 11).
struct Frame
{
    QImage image { kWidth, kHeight, QImage::Format_RGB32 };
    QPainter painter;
    double low = 0;
    int count;

    explicit Frame(const QList<MonthEvaluation>& months)
        : count(int(months.size()))
    {
        image.fill(Qt::white);
        painter.begin(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font = painter.font();
        font.setPixelSize(11);
        painter.setFont(font);
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        for (int i = 0; i <= 4; ++i) {
            const double value = low + (100 - low) * i / 4;
            const int y = yOf(value);
            painter.drawLine(kPlot.left(), y, kPlot.right(), y);
            painter.setPen(Qt::black);
            painter.drawText(QRect(0, y - 8, kPlot.left() - 6, 16),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QLocale().toString(value, 'f', 0) + QLatin1Char('%'));
            painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        }
        painter.setPen(Qt::black);
        for (int i = 0; i < count; ++i) {
            const QRect label(int(xOf(i) - slot() / 2), kPlot.bottom() + 6, int(slot()), 16);
            painter.drawText(label, Qt::AlignCenter,
                             QLocale().toString(months.at(i).month, QStringLiteral("MMM yy")));
        }
    }
    double slot() const { return double(kPlot.width()) / qMax(1, count); }
    double xOf(int i) const { return kPlot.left() + slot() * (i + 0.5); }
    int yOf(double value) const
    {
        return int(kPlot.bottom() - (value - low) / (100 - low) * kPlot.height());
    }
};

} // namespace

QByteArray ReportChart::overallPng(const QList<MonthEvaluation>& months)
{
    Frame f(months);
    for (int i = 0; i < months.size(); ++i) {
        const MonthEvaluation& e = months.at(i);
        if (!e.hasFigures())
            continue;
        const int top = f.yOf(e.overallPercent());
        const QRectF bar(f.xOf(i) - f.slot() * 0.35, top, f.slot() * 0.7, kPlot.bottom() - top);
        f.painter.fillRect(bar, e.misses().isEmpty() ? kMet : kMissed);
        // The value on the bar: at 0-100% a few points' difference is read, not measured.
        f.painter.setPen(Qt::black);
        f.painter.drawText(QRectF(f.xOf(i) - f.slot() / 2, top - 15, f.slot(), 14), Qt::AlignCenter,
                           SleText::percent(e.overallPercent()));
    }
    f.painter.end();
    return toPng(f.image);
}

QByteArray ReportChart::compliancePng(const QList<MonthEvaluation>& months, qint64 serviceLevelId)
{
    QList<const MetricEvaluation*> points;
    for (const MonthEvaluation& e : months) {
        const MetricEvaluation* found = nullptr;
        for (const MetricEvaluation& m : e.metrics) {
            if (m.serviceLevelId == serviceLevelId)
                found = &m;
        }
        points.append(found);
    }
    Frame f(months);
    QPen target(kTarget, 2, Qt::DashLine);
    QPen line(kMet, 2);
    QPointF previous;
    bool hasPrevious = false;
    for (int i = 0; i < points.size(); ++i) {
        const MetricEvaluation* m = points.at(i);
        if (!m)
            continue;
        f.painter.setPen(target);
        f.painter.drawLine(QPointF(f.xOf(i) - f.slot() / 2, f.yOf(m->version.targetPercent)),
                           QPointF(f.xOf(i) + f.slot() / 2, f.yOf(m->version.targetPercent)));
        if (m->status != MetricStatus::Met && m->status != MetricStatus::Missed) {
            hasPrevious = false;
            continue;
        }
        const QPointF p(f.xOf(i), f.yOf(m->compliancePercent));
        f.painter.setPen(line);
        if (hasPrevious)
            f.painter.drawLine(previous, p);
        f.painter.setBrush(m->status == MetricStatus::Missed ? kMissed : kMet);
        f.painter.setPen(Qt::NoPen);
        f.painter.drawEllipse(p, m->status == MetricStatus::Missed ? 5 : 3,
                              m->status == MetricStatus::Missed ? 5 : 3);
        previous = p;
        hasPrevious = true;
    }
    f.painter.end();
    return toPng(f.image);
}

QString ReportChart::imgTag(const QByteArray& png, const QString& alt, int width, int height)
{
    return QStringLiteral(
               "<img src=\"data:image/png;base64,%1\" alt=\"%2\" width=\"%3\" height=\"%4\">")
        .arg(QString::fromLatin1(png.toBase64()), alt.toHtmlEscaped())
        .arg(width)
        .arg(height);
}

} // namespace csc
