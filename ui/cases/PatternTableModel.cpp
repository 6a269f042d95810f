// SPDX-License-Identifier: GPL-3.0-or-later
#include "PatternTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace csc {

PatternTableModel::PatternTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PatternTableModel::setSeries(QList<PatternSeries> series, QDate firstMonth, int threshold)
{
    beginResetModel();
    m_series = std::move(series);
    m_firstMonth = firstMonth;
    m_months = m_series.isEmpty() ? 0 : int(m_series.first().perMonth.size());
    m_threshold = threshold;
    endResetModel();
}

int PatternTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int PatternTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_months + 2;
}

QVariant PatternTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatternSeries& s = m_series.at(index.row());
    const int col = index.column();
    if (col == 0)
        return role == Qt::DisplayRole ? QVariant(s.label) : QVariant();
    const int value = col == m_months + 1 ? s.total : s.perMonth.at(col - 1);
    switch (role) {
    case Qt::DisplayRole:
        return value == 0 ? QString() : QString::number(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        // A month at or above the threshold stands out.
        if (m_threshold > 0 && !s.key.isEmpty() && col <= m_months && value >= m_threshold)
            return QBrush(QColor(0xe0, 0x8a, 0x00, 110));
        return {};
    default:
        return {};
    }
}

QVariant PatternTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Complaints about");
    if (section == m_months + 1)
        return tr("Total");
    return QLocale().toString(m_firstMonth.addMonths(section - 1), QStringLiteral("MMM yy"));
}

} // namespace csc
