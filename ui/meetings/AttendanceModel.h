// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MeetingTypes.h"

#include <QAbstractTableModel>

#include <functional>

namespace csc {

// Who attended: present / apologies / absent for each member and liaison.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Seat, Status, ColumnCount };

    explicit AttendanceModel(QObject* parent = nullptr);

    void setEntries(const QList<AttendanceEntry>& entries);
    const QList<AttendanceEntry>& entries() const { return m_entries; }
    void setEditHandler(std::function<void(qint64 memberId, AttendanceStatus)> edit)
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
    QList<AttendanceEntry> m_entries;
    std::function<void(qint64, AttendanceStatus)> m_edit;
};

} // namespace csc
