// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerformanceCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace csc {

namespace {

const QColor kMet(0x2e, 0x7d, 0x32);
const QColor kMissed(0xc6, 0x28, 0x28);
const QColor kNoData(0x9e, 0x9e, 0x9e);
const QColor kNoRequests(0xa5, 0xd6, 0xa7);

qreal x(QDate month)
{
    return qreal(QDateTime(month, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QDate monthAt(qreal value)
{
    return SleMonth::of(QDateTime::fromMSecsSinceEpoch(qint64(value), Qt::UTC).date().addDays(10));
}

QDateTimeAxis* monthAxis(const QList<MonthEvaluation>& months)
{
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("MMM yyyy"));
    if (!months.isEmpty())
        axis->setRange(QDateTime(months.first().month.addDays(-15), QTime(0, 0), Qt::UTC),
                       QDateTime(months.last().month.addDays(15), QTime(0, 0), Qt::UTC));
    axis->setTickCount(qBound(2, int(months.size()), 8));
    axis->setTitleText(PerformanceCharts::tr("Month"));
    return axis;
}

// A 0-100% axis zoomed to the data, with round ticks.
QValueAxis* percentAxis(qreal lowest, const QString& title)
{
    const qreal low = qBound(0.0, std::floor((lowest - 1) / 5) * 5, 95.0);
    const qreal span = 100 - low;
    const qreal step = span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
    auto* axis = new QValueAxis;
    axis->setRange(low, 100);
    axis->setTickCount(int(span / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
    axis->setTitleText(title);
    return axis;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void tooltip(QXYSeries* series, std::function<QString(const QPointF&)> text)
{
    QObject::connect(series, &QXYSeries::hovered, series, [text](const QPointF& point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(point));
        else
            QToolTip::hideText();
    });
}

} // namespace

QString PerformanceCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::Compliance:
        return tr("Compliance against target");
    case Kind::HeatMap:
        return tr("Met and missed by month");
    case Kind::Overall:
        return tr("Thresholds met per month");
    case Kind::Volumes:
        return tr("Requests handled");
    }
    return {};
}

QChart* PerformanceCharts::compliance(const QList<MonthEvaluation>& months, qint64 serviceLevelId)
{
    QString name;
    auto* actual = new QLineSeries;
    auto* target = new QLineSeries;
    auto* missed = new QScatterSeries;
    actual->setPointsVisible(true);
    actual->setColor(kMet);
    target->setColor(QColor(0x15, 0x65, 0xc0));
    QPen dashed = target->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    target->setPen(dashed);
    missed->setColor(kMissed);
    missed->setMarkerSize(12);
    QHash<QDate, MetricEvaluation> byMonth;
    qreal lowest = 100;
    for (const MonthEvaluation& e : months) {
        for (const MetricEvaluation& m : e.metrics) {
            if (m.serviceLevelId != serviceLevelId)
                continue;
            name = tr("%1 (category %2)").arg(m.metric, m.category);
            byMonth.insert(e.month, m);
            target->append(x(e.month), m.version.targetPercent);
            lowest = qMin(lowest, qreal(m.version.targetPercent));
            if (m.status == MetricStatus::Met || m.status == MetricStatus::Missed) {
                actual->append(x(e.month), m.compliancePercent);
                lowest = qMin(lowest, qreal(m.compliancePercent));
                if (m.status == MetricStatus::Missed)
                    missed->append(x(e.month), m.compliancePercent);
            }
        }
    }
    actual->setName(tr("Actual"));
    target->setName(tr("Target"));
    missed->setName(tr("Missed"));
    QChart* chart
        = newChart(name.isEmpty() ? title(Kind::Compliance) : tr("Compliance: %1").arg(name));
    chart->addSeries(target);
    chart->addSeries(actual);
    chart->addSeries(missed);
    auto* axisX = monthAxis(months);
    auto* axisY = percentAxis(lowest, tr("Requests meeting the threshold"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    const auto describe = [byMonth](const QPointF& p) {
        const QDate month = monthAt(p.x());
        const MetricEvaluation m = byMonth.value(month);
        return tr("%1: %2 of %3 requests (%4), target %5")
            .arg(SleMonth::display(month))
            .arg(m.met)
            .arg(m.requests)
            .arg(SleText::percent(m.compliancePercent),
                 SleText::percent(m.version.targetPercent, 0));
    };
    tooltip(actual, describe);
    tooltip(missed, describe);
    return chart;
}

QChart* PerformanceCharts::heatMap(const QList<MonthEvaluation>& months)
{
    // Rows: every metric defined in the range, in catalogue order.
    QList<QPair<qint64, QString>> rows;
    QHash<qint64, int> rowOf;
    for (const MonthEvaluation& e : months) {
        for (const MetricEvaluation& m : e.metrics) {
            if (!rowOf.contains(m.serviceLevelId)) {
                rowOf.insert(m.serviceLevelId, int(rows.size()));
                rows.append({ m.serviceLevelId, m.category + QStringLiteral(" · ") + m.metric });
            }
        }
    }
    auto* met = new QScatterSeries;
    auto* missed = new QScatterSeries;
    auto* none = new QScatterSeries;
    auto* idle = new QScatterSeries;
    const QList<QPair<QScatterSeries*, QColor>> styles {
        { met, kMet }, { missed, kMissed }, { none, kNoData }, { idle, kNoRequests }
    };
    for (const auto& [series, colour] : styles) {
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        series->setColor(colour);
        series->setBorderColor(colour);
        series->setMarkerSize(months.size() > 48 ? 5 : 9);
    }
    met->setName(tr("Met"));
    missed->setName(tr("Missed"));
    none->setName(tr("No figures"));
    idle->setName(tr("No requests"));
    // What each cell's tooltip says: the metric, the month, the figures and the outcome.
    QHash<QPair<int, qint64>, QString> cellText;
    for (const MonthEvaluation& e : months) {
        for (const MetricEvaluation& m : e.metrics) {
            const int row = int(rows.size()) - 1 - rowOf.value(m.serviceLevelId);
            QString figures;
            if (m.status == MetricStatus::NoData)
                figures = tr("no figures");
            else if (m.requests == 0)
                figures = tr("no requests");
            else
                figures = tr("%1 of %2 met (%3; target %4)")
                              .arg(m.met)
                              .arg(m.requests)
                              .arg(SleText::percent(m.compliancePercent, 1),
                                   SleText::percent(m.version.targetPercent, 0));
            cellText.insert({ row, SleMonth::of(e.month).toJulianDay() },
                            tr("%1 · %2\n%3: %4")
                                .arg(m.category, m.metric, SleMonth::display(e.month), figures));
            QScatterSeries* target = m.status == MetricStatus::Met ? met
                : m.status == MetricStatus::Missed                 ? missed
                : m.status == MetricStatus::NoData                 ? none
                                                                   : idle;
            target->append(x(e.month), row);
        }
    }
    QChart* chart = newChart(title(Kind::HeatMap));
    for (const auto& [series, colour] : styles)
        chart->addSeries(series);
    auto* axisX = monthAxis(months);
    // One labelled row per metric ("I · Technical check results"), top-down in catalogue order.
    auto* axisY = new QCategoryAxis;
    axisY->setRange(-0.5, qMax(0.5, rows.size() - 0.5));
    axisY->setStartValue(-0.5);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * (rows.size() > 40 ? 0.7 : 0.85)));
    axisY->setLabelsFont(small);
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        axisY->append(rows.at(i).second, qreal(rows.size() - 1 - i) + 0.5);
    axisY->setGridLineVisible(false);
    // Full metric names: Qt Charts would cut each to "..." when the rows are close together.
    axisY->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    for (const auto& [series, colour] : styles) {
        const QString state = series->name();
        tooltip(series, [cellText, state](const QPointF& p) {
            const int row = int(qRound(p.y()));
            return cellText.value({ row, monthAt(p.x()).toJulianDay() }) + QStringLiteral(" — ")
                + state;
        });
    }
    // Cells fill the plot: the markers grow with it, so the map is a grid of cells one can
    // point at, not thin stripes.
    const int rowCount = qMax(1, int(rows.size()));
    const int monthCount = qMax(1, int(months.size()));
    QObject::connect(
        chart, &QChart::plotAreaChanged, chart, [styles, rowCount, monthCount](const QRectF& plot) {
            const qreal cell
                = qMax(3.0, qMin(plot.height() / rowCount, plot.width() / (monthCount + 1)) * 0.92);
            for (const auto& [series, colour] : styles)
                series->setMarkerSize(cell);
        });
    return chart;
}

QChart* PerformanceCharts::overall(const QList<MonthEvaluation>& months)
{
    auto* line = new QLineSeries;
    line->setName(tr("Thresholds met"));
    line->setPointsVisible(true);
    line->setColor(QColor(0x15, 0x65, 0xc0));
    auto* below = new QScatterSeries;
    below->setName(tr("Months with misses"));
    below->setColor(kMissed);
    below->setMarkerSize(10);
    QHash<QDate, QString> text;
    qreal lowest = 100;
    for (const MonthEvaluation& e : months) {
        if (!e.hasFigures())
            continue;
        line->append(x(e.month), e.overallPercent());
        if (!e.misses().isEmpty())
            below->append(x(e.month), e.overallPercent());
        lowest = qMin(lowest, qreal(e.overallPercent()));
        text.insert(e.month, e.summarySentence());
    }
    QChart* chart = newChart(title(Kind::Overall));
    chart->addSeries(line);
    chart->addSeries(below);
    auto* axisX = monthAxis(months);
    auto* axisY = percentAxis(lowest, tr("Share of defined thresholds met"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    const auto describe = [text](const QPointF& p) {
        const QDate m = monthAt(p.x());
        return SleMonth::display(m) + QStringLiteral(": ") + text.value(m);
    };
    tooltip(line, describe);
    tooltip(below, describe);
    return chart;
}

QChart* PerformanceCharts::volumes(const QList<MonthEvaluation>& months)
{
    auto* series = new QStackedBarSeries;
    QHash<QString, QBarSet*> sets;
    const QStringList categories = SleText::categories();
    for (const QString& c : categories) {
        auto* set = new QBarSet(tr("Category %1").arg(c));
        sets.insert(c, set);
        series->append(set);
    }
    QStringList labels;
    for (const MonthEvaluation& e : months) {
        labels << QLocale().toString(e.month, QStringLiteral("MMM yy"));
        QHash<QString, qint64> totals;
        for (const MetricEvaluation& m : e.metrics)
            totals[m.category] += m.requests;
        for (const QString& c : categories)
            *sets.value(c) << qreal(totals.value(c));
    }
    series->setBarWidth(0.8);
    QChart* chart = newChart(title(Kind::Volumes));
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    if (labels.size() > 12)
        axisX->setLabelsAngle(-90);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Requests (summed over the category's metrics)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    axisY->applyNiceNumbers();
    QObject::connect(series, &QStackedBarSeries::hovered, series,
                     [labels](bool state, int index, QBarSet* set) {
                         if (state)
                             QToolTip::showText(QCursor::pos(),
                                                tr("%1, %2: %3 requests")
                                                    .arg(labels.value(index), set->label())
                                                    .arg(set->at(index)));
                         else
                             QToolTip::hideText();
                     });
    return chart;
}

QChart* PerformanceCharts::build(Kind kind, const QList<MonthEvaluation>& months,
                                 qint64 serviceLevelId)
{
    switch (kind) {
    case Kind::Compliance:
        return compliance(months, serviceLevelId);
    case Kind::HeatMap:
        return heatMap(months);
    case Kind::Overall:
        return overall(months);
    case Kind::Volumes:
        return volumes(months);
    }
    return nullptr;
}

} // namespace csc
