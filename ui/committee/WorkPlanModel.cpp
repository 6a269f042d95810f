// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanModel.h"

#include "ui/edit/RowSync.h"

#include <QLocale>

namespace csc {

WorkPlanModel::WorkPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void WorkPlanModel::setItems(const QList<WorkItem>& items)
{
    // In place: an edit of one item must keep the view's selection and scroll position.
    RowSync::apply(this, m_items, items, [](const WorkItem& i) { return i.id; });
}

int WorkPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const WorkItem& item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Title:
            return item.title;
        case Target:
            return item.target.isValid() ? QLocale().toString(item.target, QLocale::ShortFormat)
                                         : QString();
        case Status:
            return WorkPlan::statusName(item.status);
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Public)
        return item.isPublic ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Public)
        return item.isPublic ? tr("Published with the work plan")
                             : tr("Internal: left out of the public work plan");
    if (role == Qt::ToolTipRole && index.column() == Title)
        return item.description;
    return {};
}

bool WorkPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !m_edit)
        return false;
    WorkItem after = m_items.at(index.row());
    if (index.column() == Public && role == Qt::CheckStateRole)
        after.isPublic = value.toInt() == Qt::Checked;
    else if (index.column() == Title && role == Qt::EditRole
             && !value.toString().trimmed().isEmpty())
        after.title = value.toString().trimmed();
    else
        return false;
    m_edit(m_items.at(index.row()), after);
    return true;
}

Qt::ItemFlags WorkPlanModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Public)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Title)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant WorkPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Work item");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Public:
        return tr("Public");
    default:
        return {};
    }
}

} // namespace csc
