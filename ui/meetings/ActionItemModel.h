// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MeetingTypes.h"

#include <QAbstractTableModel>

#include <functional>

namespace csc {

// The action items raised at a meeting plus the open ones carried to it.
// Ticking "completed" or editing the note goes to the page as an edit.
class ActionItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Identifier, Text, Owner, Due, Completed, Note, ColumnCount };

    explicit ActionItemModel(QObject* parent = nullptr);

    void setItems(const QList<ActionItem>& items);
    const QList<ActionItem>& items() const { return m_items; }
    void setEditHandler(std::function<void(const ActionItem& before, const ActionItem& after)> edit)
    {
        m_edit = std::move(edit);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ActionItem> m_items;
    std::function<void(const ActionItem&, const ActionItem&)> m_edit;
};

} // namespace csc
