// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaModel.h"

#include "ui/edit/RowSync.h"

#include <QFont>
#include <QIcon>
#include <QMimeData>

namespace csc {

namespace {
const QString kMime = QStringLiteral("application/x-cscdesk-agenda-row");
}

AgendaModel::AgendaModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void AgendaModel::setItems(const QList<AgendaItem>& items)
{
    // In place: an edit, a move or a new topic keeps the view's selection and scroll position.
    RowSync::apply(this, m_items, items, [](const AgendaItem& i) { return i.id; });
}

void AgendaModel::setEditHandlers(std::function<void(const AgendaItem&)> edit,
                                  std::function<void(int, int)> move)
{
    m_edit = std::move(edit);
    m_move = std::move(move);
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AgendaItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1. ").arg(index.row() + 1)
            + (item.kind == AgendaKind::ActionItem ? QStringLiteral("    ") : QString())
            + item.title;
        if (item.linkedCase.isSet())
            text += tr(" — case %1").arg(item.linkedCase.reference);
        if (item.confidential)
            text += tr(" (confidential)");
        return text;
    }
    case Qt::EditRole:
        return item.title;
    case Qt::CheckStateRole:
        return item.confidential ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return item.confidential ? tr("Confidential: its minutes section starts confidential and "
                                      "stays out of public minutes.")
                                 : tr("Tick to mark this item confidential.");
    case Qt::FontRole:
        if (item.kind != AgendaKind::Topic && item.kind != AgendaKind::ActionItem) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_edit)
        return false;
    AgendaItem item = m_items.at(index.row());
    if (role == Qt::EditRole) {
        if (value.toString().trimmed().isEmpty() || value.toString() == item.title)
            return false;
        item.title = value.toString();
    } else if (role == Qt::CheckStateRole) {
        item.confidential = value.toInt() == Qt::Checked;
    } else {
        return false;
    }
    m_edit(item); // the page pushes the command and reloads
    return true;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
        | Qt::ItemIsDragEnabled;
}

QStringList AgendaModel::mimeTypes() const
{
    return { kMime };
}

QMimeData* AgendaModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool AgendaModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                               const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime) || !m_move)
        return false;
    const int from = data->data(kMime).toInt();
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_items.size());
    if (to > from)
        --to; // the row leaves its place first
    to = qBound(0, to, int(m_items.size()) - 1);
    if (from != to)
        m_move(from, to);
    return false; // the page reloads the agenda; the view must not remove rows itself
}

} // namespace csc
