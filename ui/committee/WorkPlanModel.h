// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/WorkPlan.h"

#include <QAbstractTableModel>

#include <functional>

namespace csc {

// The committee's work plan. Edits go to the edit handler (which pushes an undo
// command); the model never writes.
class WorkPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Target, Status, Public, ColumnCount };
    using EditHandler = std::function<void(const WorkItem& before, const WorkItem& after)>;

    explicit WorkPlanModel(QObject* parent = nullptr);

    void setItems(const QList<WorkItem>& items);
    void setEditHandler(EditHandler handler) { m_edit = std::move(handler); }
    const WorkItem& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WorkItem> m_items;
    EditHandler m_edit;
};

} // namespace csc
