// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseFilterProxy.h"

#include "CaseListModel.h"
#include "core/rules/BusinessCalendar.h"

namespace csc {

CaseFilterProxy::CaseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Not dynamic, as before: the keystroke re-filter keeps its one sort. A case edited in
    // place (dataChanged) or added reaches its column and place when the page re-applies the
    // criteria after the refresh (CasesPage::refreshRows): an incremental re-filter and a sort,
    // which keep the columns' selection and scroll position.
    setDynamicSortFilter(false);
}

void CaseFilterProxy::setCriteria(const BoardCriteria& criteria)
{
    m_criteria = criteria;
    m_foldedText = criteria.text.trimmed().toCaseFolded();
    invalidateFilter();
    sort(0);
}

void CaseFilterProxy::setStep(const QString& step)
{
    m_step = step;
    invalidateFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // Cheapest tests first: 10,000 rows go through each column's proxy on every
    // keystroke, so the case's own fields are read directly, not through QVariants.
    const auto* cases = qobject_cast<const CaseListModel*>(sourceModel());
    const CaseSummary* c = cases ? cases->caseAt(sourceRow) : nullptr;
    if (!c || c->process != m_criteria.process)
        return false;
    if (!m_step.isEmpty() && c->step != m_step)
        return false;
    if (m_criteria.state == BoardCriteria::State::OnBoard && c->archived)
        return false;
    if (m_criteria.state == BoardCriteria::State::Archived && !c->archived)
        return false;
    if (m_criteria.serviceLevelId && c->serviceLevelId != m_criteria.serviceLevelId)
        return false;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_criteria.overdueOnly
        && i.data(CaseListModel::DeadlineStateRole).toInt() != int(DeadlineState::Overdue))
        return false;
    if (!m_criteria.operatorName.isEmpty()
        && !i.data(CaseListModel::OperatorRole).toString().startsWith(m_criteria.operatorName))
        return false;
    if (!m_foldedText.isEmpty()
        && !i.data(CaseListModel::SearchTextRole).toString().contains(m_foldedText)
        && !m_criteria.textHits.contains(c->id))
        return false;
    return true;
}

bool CaseFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Most urgent first: overdue, due today, due soon; then the longest waiting.
    const auto urgency = [](const QModelIndex& i) {
        switch (DeadlineState(i.data(CaseListModel::DeadlineStateRole).toInt())) {
        case DeadlineState::Overdue:
            return 0;
        case DeadlineState::DueToday:
            return 1;
        case DeadlineState::DueSoon:
            return 2;
        case DeadlineState::OnTrack:
            return 3;
        default:
            return 4;
        }
    };
    const int l = urgency(left);
    const int r = urgency(right);
    if (l != r)
        return l < r;
    return left.data(CaseListModel::DaysInStepRole).toInt()
        > right.data(CaseListModel::DaysInStepRole).toInt();
}

} // namespace csc
