#pragma once

#include "CaseFilterProxy.h"

#include <QWidget>

class QLabel;

namespace csc {

class BoardColumnView;
class CaseListModel;
class ProcessDefinition;

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
    // Selects the card of a case if it is on this board.
    bool selectCase(qint64 caseId);

Q_SIGNALS:
    void moveRequested(qint64 caseId, const QString& toStep);
    void caseSelected(qint64 caseId);
    void contextMenuRequested(qint64 caseId, const QPoint& globalPos);

private:
    void updateCounts();

    const ProcessDefinition& m_process;
    QList<BoardColumnView*> m_columns;
    QList<CaseFilterProxy*> m_proxies;
    QList<QLabel*> m_headers;
};

} // namespace csc
