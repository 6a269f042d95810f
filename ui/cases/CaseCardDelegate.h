// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace csc {

// Paints a case as a card: reference with the confidential marker, title,
// operator and TLD, days in step and the deadline badge.
class CaseCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The badge text and colour for a deadline state (also used by the detail pane).
    static QString badgeText(int deadlineState, QDate due);
    static QColor badgeColor(int deadlineState, const QPalette& palette);

    // The search text: its hits in the title and operator lines are marked on the cards.
    void setHighlight(const QString& text) { m_highlight = text; }
    QString highlight() const { return m_highlight; }

private:
    void drawLine(QPainter* painter, const QRect& rect, const QString& text, const QColor& colour,
                  const QStyleOptionViewItem& option) const;

    QString m_highlight;
};

} // namespace csc
