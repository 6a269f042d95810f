#include "CaseBoard.h"

#include "BoardColumnView.h"
#include "CaseCardDelegate.h"
#include "CaseListModel.h"
#include "cases/ProcessDefinition.h"

#include <QHBoxLayout>
#include <QLabel>
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
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* strip = new QWidget(scroll);
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(6, 6, 6, 6);
    row->setSpacing(8);
    auto* delegate = new CaseCardDelegate(this);
    for (const StepDefinition& step : process.steps) {
        auto* column = new QFrame(strip);
        column->setFrameShape(QFrame::StyledPanel);
        column->setMinimumWidth(230);
        column->setBackgroundRole(QPalette::AlternateBase);
        column->setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(4, 6, 4, 4);
        auto* header = new QLabel(column);
        header->setTextFormat(Qt::RichText);
        header->setToolTip(tr("%1\nActs: %2").arg(step.summary, step.actor));
        header->setWordWrap(true);
        layout->addWidget(header);
        auto* proxy = new CaseFilterProxy(this);
        proxy->setSourceModel(model);
        proxy->setStep(step.key);
        auto* view = new BoardColumnView(step.key, column);
        view->setModel(proxy);
        view->setItemDelegate(delegate);
        view->setAccessibleName(step.name);
        view->viewport()->setBackgroundRole(QPalette::AlternateBase);
        layout->addWidget(view, 1);
        row->addWidget(column, 1);
        m_columns << view;
        m_proxies << proxy;
        m_headers << header;

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
    }
    scroll->setWidget(strip);
}

void CaseBoard::setCriteria(const BoardCriteria& criteria)
{
    for (CaseFilterProxy* proxy : std::as_const(m_proxies))
        proxy->setCriteria(criteria);
    updateCounts();
}

void CaseBoard::updateCounts()
{
    for (int i = 0; i < m_headers.size(); ++i) {
        const StepDefinition& step = m_process.steps.at(i);
        QString extra = step.isEnd ? tr("end state") : step.actor;
        m_headers.at(i)->setText(QStringLiteral("<b>%1</b> (%2)<br/><small>%3</small>")
                                     .arg(step.name.toHtmlEscaped())
                                     .arg(m_proxies.at(i)->rowCount())
                                     .arg(extra.toHtmlEscaped()));
    }
}

BoardColumnView* CaseBoard::column(const QString& step) const
{
    for (BoardColumnView* v : m_columns) {
        if (v->step() == step)
            return v;
    }
    return nullptr;
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
                return true;
            }
        }
    }
    return false;
}

} // namespace csc
