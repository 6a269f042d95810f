// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseFilterProxy.h"

#include <QWidget>

class QFrame;
class QScrollArea;

namespace csc {

class BoardColumnView;
class CaseCardDelegate;
class CaseListModel;
class ProcessDefinition;
class StepHeader;

// The board of one process: a column per step (from the process definition in core),
// cards filtered by the shared criteria.
class CaseBoard : public QWidget
{
    Q_OBJECT

public:
    CaseBoard(const ProcessDefinition& process, CaseListModel* model, QWidget* parent = nullptr);

    void setCriteria(const BoardCriteria& criteria);
    BoardColumnView* column(const QString& step) const;
    QList<BoardColumnView*> columns() const { return m_columns; }
    // Selects the card of a case if it is on this board (scrolling its column into view).
    bool selectCase(qint64 caseId);
    // Whether the case's card is shown under the current filter.
    bool containsCase(qint64 caseId) const;

    // While a card from `fromStep` is dragged, the columns it may legally go to are lit up and
    // the others say they are not a legal next step; an empty step clears the highlight.
    void highlightDropTargets(const QString& fromStep);
    bool isHighlightedTarget(const QString& step) const;
    QString draggedFrom() const { return m_draggedFrom; }

Q_SIGNALS:
    void moveRequested(qint64 caseId, const QString& toStep);
    void caseSelected(qint64 caseId);
    void contextMenuRequested(qint64 caseId, const QPoint& globalPos);

private:
    void updateCounts();
    void scrollToColumn(int index);

    const ProcessDefinition& m_process;
    QList<BoardColumnView*> m_columns;
    QList<CaseFilterProxy*> m_proxies;
    QList<StepHeader*> m_headers;
    QList<QFrame*> m_frames;
    QList<bool> m_legal;
    CaseCardDelegate* m_delegate = nullptr;
    QString m_draggedFrom;
    QScrollArea* m_scroll = nullptr;
};

} // namespace csc
