// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceModel.h"

namespace csc {

AttendanceModel::AttendanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AttendanceModel::setEntries(const QList<AttendanceEntry>& entries)
{
    // The same members again (after a status change): update the rows in place, so the view
    // keeps its current cell and keyboard entry goes on with the member under the cursor.
    bool sameRows = entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).memberId == m_entries.at(i).memberId;
    if (sameRows) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttendanceEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return e.name;
        case Seat:
            return e.voting ? MemberNames::kindName(e.kind)
                            : tr("%1 (does not vote)").arg(MemberNames::kindName(e.kind));
        case Status:
            return MeetingNames::attendanceName(e.status);
        }
    }
    // The status column edits as an index into present / apologies / absent.
    if (role == Qt::EditRole && index.column() == Status)
        return int(e.status);
    return {};
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Status
        || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_edit)
        return false;
    const int status = value.toInt();
    if (status < 0 || status > int(AttendanceStatus::Absent)
        || status == int(m_entries.at(index.row()).status))
        return false;
    m_edit(m_entries.at(index.row()).memberId, AttendanceStatus(status));
    return true;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Status)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Seat:
        return tr("Seat");
    case Status:
        return tr("Attendance");
    }
    return {};
}

} // namespace csc
