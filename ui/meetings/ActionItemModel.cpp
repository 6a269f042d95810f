// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemModel.h"

#include "ui/edit/RowSync.h"

#include <QLocale>

namespace csc {

ActionItemModel::ActionItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ActionItemModel::setItems(const QList<ActionItem>& items)
{
    // In place: an edit of one item must keep the view's selection and scroll position.
    RowSync::apply(this, m_items, items, [](const ActionItem& i) { return i.id; });
}

int ActionItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionItem& a = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Identifier:
            return a.identifier();
        case Text:
            return a.confidential ? tr("%1 (confidential)").arg(a.text) : a.text;
        case Owner:
            return a.ownerName;
        case Due:
            return role == Qt::EditRole ? QVariant(a.due)
                                        : QVariant(QLocale().toString(a.due, QLocale::ShortFormat));
        case Completed:
            return role == Qt::DisplayRole ? (a.completed ? tr("Completed") : tr("Pending"))
                                           : QVariant();
        case Note:
            return a.note;
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Completed)
        return a.completed ? Qt::Checked : Qt::Unchecked;
    return {};
}

bool ActionItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_edit)
        return false;
    const ActionItem& before = m_items.at(index.row());
    ActionItem after = before;
    if (index.column() == Completed && role == Qt::CheckStateRole)
        after.completed = value.toInt() == Qt::Checked;
    else if (index.column() == Note && role == Qt::EditRole)
        after.note = value.toString();
    else
        return false;
    if (after.completed == before.completed && after.note == before.note)
        return false;
    m_edit(before, after);
    return true;
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Completed)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Note)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Identifier"), tr("Action"), tr("Owner"),
                                tr("Due"),        tr("Status"), tr("Note") };
    return headers.value(section);
}

} // namespace csc
