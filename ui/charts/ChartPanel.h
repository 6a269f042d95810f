// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PerformanceCharts.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;

namespace csc {

class Database;

// Chooses a chart, a metric and a date range; shows the chart and exports it.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(Database* db, QWidget* parent = nullptr);

    void reload();
    void setKind(PerformanceCharts::Kind kind);
    void setServiceLevel(qint64 id);
    void setRange(QDate from, QDate to);
    QChart* chart() const;

private:
    void rebuild();
    void exportChart();

    Database* m_db;
    QComboBox* m_kind;
    QComboBox* m_metric;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QChartView* m_view;
};

} // namespace csc
