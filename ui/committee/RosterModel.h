// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Member.h"

#include <QAbstractTableModel>

namespace csc {

// The committee's roster: members and liaisons, current ones first. Read-only;
// the page edits through dialogs and undo commands.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Affiliation, Seat, Voting, Term, Roles, ColumnCount };

    explicit RosterModel(QObject* parent = nullptr);

    void setMembers(const QList<Member>& members, QDate today);
    const QList<Member>& members() const { return m_members; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Member> m_members;
    QDate m_today;
};

} // namespace csc
