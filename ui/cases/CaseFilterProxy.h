// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace csc {

// What the user narrowed the board to.
struct BoardCriteria
{
    CaseProcess process = CaseProcess::Complaint;
    QString text; // matched locally against reference, title, operator, TLD
    QSet<qint64> textHits; // plus the full-text hits (comments, notes) from core
    QString operatorName; // empty: any
    qint64 serviceLevelId = 0; // 0: any
    enum class State { OnBoard, Archived, All } state = State::OnBoard;
    bool overdueOnly = false;
};

// Filters the case list to a process and the criteria; with a step set, to one column.
class CaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxy(QObject* parent = nullptr);

    void setCriteria(const BoardCriteria& criteria);
    void setStep(const QString& step);
    QString step() const { return m_step; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    BoardCriteria m_criteria;
    QString m_foldedText;
    QString m_step; // empty: every step
};

} // namespace csc
