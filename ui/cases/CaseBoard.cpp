// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBoard.h"

#include "BoardColumnView.h"
#include "CaseCardDelegate.h"
#include "CaseListModel.h"
#include "StepHeader.h"
#include "core/cases/ProcessDefinition.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace csc {

CaseBoard::CaseBoard(const ProcessDefinition& process, CaseListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_process(process)
{
    setObjectName(QStringLiteral("board_") + process.key);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* strip = new QWidget(scroll);
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(6, 6, 6, 6);
    row->setSpacing(8);
    auto* delegate = new CaseCardDelegate(this);
    m_delegate = delegate;
    for (const StepDefinition& step : process.steps) {
        auto* column = new QFrame(strip);
        column->setFrameShape(QFrame::StyledPanel);
        // A readable minimum: ten columns of Problem Management fit 1440 px wide with the section
        // list; narrower windows scroll, and selecting a case scrolls to its column.
        column->setMinimumWidth(150);
        column->setBackgroundRole(QPalette::AlternateBase);
        column->setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(4, 6, 4, 4);
        auto* header = new StepHeader(column);
        header->setToolTip(tr("%1\nActs: %2").arg(step.summary, step.actor));
        layout->addWidget(header);
        auto* proxy = new CaseFilterProxy(this);
        proxy->setSourceModel(model);
        proxy->setStep(step.key);
        auto* view = new BoardColumnView(step.key, column);
        view->setModel(proxy);
        view->setItemDelegate(delegate);
        view->setAccessibleName(step.name);
        view->setAccessibleDescription(
            tr("Cases at the step %1 of %2").arg(step.name, process.name));
        view->viewport()->setBackgroundRole(QPalette::AlternateBase);
        layout->addWidget(view, 1);
        row->addWidget(column, 1);
        m_columns << view;
        m_proxies << proxy;
        m_headers << header;
        m_frames << column;
        m_legal << false;
        connect(view, &BoardColumnView::dragStarted, this, &CaseBoard::highlightDropTargets);
        connect(view, &BoardColumnView::dragFinished, this,
                [this] { highlightDropTargets(QString()); });

        connect(view, &BoardColumnView::caseDropped, this, &CaseBoard::moveRequested);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex& current) {
                    if (!current.isValid())
                        return;
                    for (BoardColumnView* other : std::as_const(m_columns)) {
                        if (other != view)
                            other->clearSelection();
                    }
                    Q_EMIT caseSelected(current.data(CaseListModel::CaseIdRole).toLongLong());
                });
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
            // From the keyboard (the Menu key) the position need not be over a card: use the
            // current one.
            const QModelIndex i
                = view->indexAt(pos).isValid() ? view->indexAt(pos) : view->currentIndex();
            if (i.isValid())
                Q_EMIT contextMenuRequested(i.data(CaseListModel::CaseIdRole).toLongLong(),
                                            view->viewport()->mapToGlobal(pos));
        });
        connect(proxy, &QAbstractItemModel::modelReset, this, &CaseBoard::updateCounts);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &CaseBoard::updateCounts);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &CaseBoard::updateCounts);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &CaseBoard::updateCounts);
    }
    scroll->setWidget(strip);
}

void CaseBoard::setCriteria(const BoardCriteria& criteria)
{
    for (CaseFilterProxy* proxy : std::as_const(m_proxies))
        proxy->setCriteria(criteria);
    m_delegate->setHighlight(criteria.text);
    for (BoardColumnView* column : std::as_const(m_columns))
        column->viewport()->update();
    updateCounts();
}

void CaseBoard::updateCounts()
{
    for (int i = 0; i < m_headers.size(); ++i) {
        const StepDefinition& step = m_process.steps.at(i);
        QString extra = step.isEnd ? tr("end state") : step.actor;
        if (!m_draggedFrom.isEmpty() && step.key != m_draggedFrom)
            extra
                = m_legal.at(i) ? tr("drop here: a legal next step") : tr("not a legal next step");
        m_headers.at(i)->setLines(
            QStringLiteral("%1 (%2)").arg(step.name).arg(m_proxies.at(i)->rowCount()), extra);
    }
}

void CaseBoard::highlightDropTargets(const QString& fromStep)
{
    m_draggedFrom = fromStep;
    for (int i = 0; i < m_frames.size(); ++i) {
        const StepDefinition& step = m_process.steps.at(i);
        const bool legal = !fromStep.isEmpty() && step.key != fromStep
            && bool(m_process.checkMove(fromStep, step.key));
        m_legal[i] = legal;
        // Colours from the palette roles: a highlight tint on the legal targets, the others
        // unchanged, so it reads in light, dark and high-contrast palettes alike.
        QPalette p = palette();
        if (legal) {
            const QColor base = p.color(QPalette::AlternateBase);
            const QColor hi = p.color(QPalette::Highlight);
            const QColor tint = QColor::fromRgbF(base.redF() * 0.7 + hi.redF() * 0.3,
                                                 base.greenF() * 0.7 + hi.greenF() * 0.3,
                                                 base.blueF() * 0.7 + hi.blueF() * 0.3);
            p.setColor(QPalette::AlternateBase, tint);
        }
        m_frames.at(i)->setPalette(p);
        m_frames.at(i)->setLineWidth(legal ? 3 : 1);
        m_frames.at(i)->setFrameShape(legal ? QFrame::Box : QFrame::StyledPanel);
        m_columns.at(i)->setAccessibleDescription(legal ? tr("Legal next step: drop the case here")
                                                        : QString());
    }
    updateCounts();
}

bool CaseBoard::isHighlightedTarget(const QString& step) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->step() == step)
            return m_legal.at(i);
    }
    return false;
}

void CaseBoard::scrollToColumn(int index)
{
    if (m_scroll && index >= 0 && index < m_frames.size())
        m_scroll->ensureWidgetVisible(m_frames.at(index), 40, 0);
}

BoardColumnView* CaseBoard::column(const QString& step) const
{
    for (BoardColumnView* v : m_columns) {
        if (v->step() == step)
            return v;
    }
    return nullptr;
}

bool CaseBoard::containsCase(qint64 caseId) const
{
    for (const CaseFilterProxy* proxy : m_proxies) {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(CaseListModel::CaseIdRole).toLongLong() == caseId)
                return true;
        }
    }
    return false;
}

bool CaseBoard::selectCase(qint64 caseId)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        CaseFilterProxy* proxy = m_proxies.at(c);
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex i = proxy->index(r, 0);
            if (i.data(CaseListModel::CaseIdRole).toLongLong() == caseId) {
                m_columns.at(c)->setCurrentIndex(i);
                m_columns.at(c)->scrollTo(i);
                scrollToColumn(c);
                return true;
            }
        }
    }
    return false;
}

} // namespace csc
