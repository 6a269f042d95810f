// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/Evaluation.h"
#include "core/performance/Findings.h"

#include <QAbstractTableModel>

namespace csc {

// Read-only table models over core data; edits go through the page's undo stack.
enum SleRole { IdRole = Qt::UserRole + 1, MonthRole, StatusRole };

// Every metric of one month: threshold, target, figures, result, narrative.
class MonthEvaluationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Category,
        Metric,
        Threshold,
        Target,
        Requests,
        Met,
        Actual,
        Result,
        Narrative,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setMonth(const MonthEvaluation& evaluation,
                  const QHash<qint64, MissNarrative>& narratives);
    const MonthEvaluation& evaluation() const { return m_evaluation; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(const MetricEvaluation& m);

private:
    MonthEvaluation m_evaluation;
    QHash<qint64, MissNarrative> m_narratives;
};

// One row per month with figures: n of N, overall %, misses, proposed and decided rating.
class MonthStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Month,
        ThresholdsMet,
        Overall,
        Missed,
        Persistent,
        Proposed,
        Decided,
        ColumnCount
    };
    struct Row
    {
        MonthEvaluation evaluation;
        QString proposed;
        QString decided;
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row>& rows); // newest first
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

// The catalogue: one row per service level with the version in force in a month.
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Metric, Threshold, Target, Since, Versions, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLevels(const QList<ServiceLevel>& levels, QDate month);
    const ServiceLevel* level(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ServiceLevel> m_levels;
    QDate m_month;
};

} // namespace csc
