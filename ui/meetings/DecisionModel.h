// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Decisions.h"

#include <QAbstractTableModel>

namespace csc {

// Decisions of a meeting and those taken by e-mail since the one before, with
// their votes and outcome under the committee's rules. Read-only.
class DecisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Text, Votes, Outcome, Ratification, ColumnCount };

    explicit DecisionModel(QObject* parent = nullptr);

    void setDecisions(const QList<Decision>& decisions, const QList<DecisionOutcome>& outcomes);
    const Decision& decisionAt(int row) const { return m_decisions.at(row); }
    DecisionOutcome outcomeAt(int row) const { return m_outcomes.value(row); }
    const QList<Decision>& decisions() const { return m_decisions; }
    const QList<DecisionOutcome>& outcomes() const { return m_outcomes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Decision> m_decisions;
    QList<DecisionOutcome> m_outcomes;
};

} // namespace csc
