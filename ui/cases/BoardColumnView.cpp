// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardColumnView.h"

#include "CaseListModel.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace csc {

BoardColumnView::BoardColumnView(const QString& step, QWidget* parent)
    : QListView(parent)
    , m_step(step)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true); // thousands of cards stay cheap to lay out
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setObjectName(QStringLiteral("column_") + step);
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent* event)
{
    if (CaseListModel::caseIdFromMime(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent* event)
{
    // Every column takes the drop; an illegal one is refused with its reason on drop.
    const qint64 id = CaseListModel::caseIdFromMime(event->mimeData());
    if (!id) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT dragHovered(id, m_step);
}

void BoardColumnView::dropEvent(QDropEvent* event)
{
    const qint64 id = CaseListModel::caseIdFromMime(event->mimeData());
    if (!id) {
        event->ignore();
        return;
    }
    // The model changes through the board's undo command, not through the drag.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT caseDropped(id, m_step);
}

void BoardColumnView::startDrag(Qt::DropActions supportedActions)
{
    // Copy, so Qt never removes the source row itself; the reload after the move does.
    Q_EMIT dragStarted(m_step);
    QListView::startDrag(supportedActions | Qt::CopyAction);
    Q_EMIT dragFinished();
}

} // namespace csc
