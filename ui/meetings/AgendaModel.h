// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MeetingTypes.h"

#include <QAbstractListModel>

#include <functional>

namespace csc {

// The ordered agenda of one meeting. Edits (title, confidential, a drag to a new
// place) do not write: they go to the page, which pushes undo commands.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AgendaModel(QObject* parent = nullptr);

    void setItems(const QList<AgendaItem>& items);
    const QList<AgendaItem>& items() const { return m_items; }
    void setEditHandlers(std::function<void(const AgendaItem&)> edit,
                         std::function<void(int, int)> move);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    QList<AgendaItem> m_items;
    std::function<void(const AgendaItem&)> m_edit;
    std::function<void(int, int)> m_move;
};

} // namespace csc
