// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace csc {

// One column of a board (one step). Cards are dragged out of it; a drop asks the
// board whether the move is legal (the board shows the reason when it is not).
class BoardColumnView : public QListView
{
    Q_OBJECT

public:
    BoardColumnView(const QString& step, QWidget* parent = nullptr);

    QString step() const { return m_step; }

Q_SIGNALS:
    void caseDropped(qint64 caseId, const QString& toStep);
    void dragHovered(qint64 caseId, const QString& toStep); // so the board can say in advance
    // A card of this column is being dragged (the board lights up the legal targets) / no more.
    void dragStarted(const QString& fromStep);
    void dragFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    QString m_step;
};

} // namespace csc
