// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/ComplaintPatterns.h"

#include <QAbstractTableModel>

namespace csc {

// Complaints per service level (or category) and month, fed by ComplaintPatterns.
class PatternTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PatternTableModel(QObject* parent = nullptr);

    void setSeries(QList<PatternSeries> series, QDate firstMonth, int threshold);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PatternSeries> m_series;
    QDate m_firstMonth;
    int m_months = 0;
    int m_threshold = 3;
};

} // namespace csc
