// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MinutesDeadline.h"

#include <QAbstractTableModel>

namespace csc {

class Database;

// The meetings, newest first, with their minutes' state and deadline.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Kind, MinutesColumn, Deadline, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1 };

    explicit MeetingListModel(QObject* parent = nullptr);

    void reload(const Database& db, QDate today);
    qint64 meetingId(int row) const;
    int rowOf(qint64 meetingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Meeting meeting;
        Minutes minutes;
        DeadlineStatus deadline;
    };
    QList<Row> m_rows;
};

} // namespace csc
