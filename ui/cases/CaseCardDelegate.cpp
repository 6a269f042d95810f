// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseCardDelegate.h"

#include "CaseListModel.h"
#include "core/rules/BusinessCalendar.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace csc {

namespace {
constexpr int kMargin = 4;
constexpr int kPadding = 8;
} // namespace

QString CaseCardDelegate::badgeText(int deadlineState, QDate due)
{
    switch (DeadlineState(deadlineState)) {
    case DeadlineState::Overdue:
        return tr("Overdue");
    case DeadlineState::DueToday:
        return tr("Due today");
    case DeadlineState::DueSoon:
    case DeadlineState::OnTrack:
        return tr("Due %1").arg(QLocale().toString(due, QLocale::ShortFormat));
    case DeadlineState::Met:
        return tr("Met");
    case DeadlineState::Late:
        return tr("Late");
    case DeadlineState::Unanswered:
        return tr("Unanswered");
    default:
        return {};
    }
}

QColor CaseCardDelegate::badgeColor(int deadlineState, const QPalette& palette)
{
    // Fixed hues read on light and dark palettes alike; "on track" follows the palette.
    switch (DeadlineState(deadlineState)) {
    case DeadlineState::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case DeadlineState::DueToday:
    case DeadlineState::DueSoon:
        return QColor(0xe0, 0x8a, 0x00);
    case DeadlineState::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case DeadlineState::Late:
        return QColor(0xbf, 0x36, 0x0c);
    case DeadlineState::Unanswered:
        return QColor(0x6a, 0x1b, 0x9a);
    default:
        // A faint tint of the text colour on the card: the badge's text stays the text colour.
        return QColor::fromRgbF(palette.color(QPalette::Base).redF() * 0.88
                                    + palette.color(QPalette::Text).redF() * 0.12,
                                palette.color(QPalette::Base).greenF() * 0.88
                                    + palette.color(QPalette::Text).greenF() * 0.12,
                                palette.color(QPalette::Base).blueF() * 0.88
                                    + palette.color(QPalette::Text).blueF() * 0.12);
    }
}

void CaseCardDelegate::drawLine(QPainter* painter, const QRect& rect, const QString& full,
                                const QColor& colour, const QStyleOptionViewItem& option) const
{
    const QString shown = option.fontMetrics.elidedText(full, Qt::ElideRight, rect.width());
    painter->setPen(colour);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    const QString needle = m_highlight.trimmed();
    if (needle.isEmpty() || (option.state & QStyle::State_Selected))
        return;
    // Each hit of the search text: the highlight colours of the palette, readable on any theme.
    for (qsizetype at = shown.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = shown.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
        const int x = rect.left() + option.fontMetrics.horizontalAdvance(shown.left(at));
        const QString hit = shown.mid(at, needle.size());
        const QRect mark(x, rect.top() + 1, option.fontMetrics.horizontalAdvance(hit),
                         rect.height() - 2);
        painter->fillRect(mark, option.palette.color(QPalette::Highlight));
        painter->setPen(option.palette.color(QPalette::HighlightedText));
        painter->drawText(mark, Qt::AlignLeft | Qt::AlignVCenter, hit);
    }
}

QSize CaseCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = option.fontMetrics.height();
    return QSize(140, 4 * (line + 2) + 2 * kPadding + 2 * kMargin);
}

void CaseCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool archived = index.data(CaseListModel::ArchivedRole).toBool();
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter->setPen(QPen(option.state & QStyle::State_HasFocus ? pal.color(QPalette::Highlight)
                                                               : pal.color(QPalette::Mid),
                         1));
    painter->drawPath(path);

    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    // Secondary lines: the text colour blended a little towards the card, not the placeholder
    // grey (unreadable on dark palettes); stays above 4.5:1 on light and dark bases.
    const QColor base = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
    const QColor muted = selected ? text
                                  : QColor::fromRgbF(text.redF() * 0.78 + base.redF() * 0.22,
                                                     text.greenF() * 0.78 + base.greenF() * 0.22,
                                                     text.blueF() * 0.78 + base.blueF() * 0.22);
    const QRect inner = card.toRect().adjusted(kPadding, kPadding - 2, -kPadding, -kPadding + 2);
    const int line = option.fontMetrics.height() + 2;

    // Line 1: reference, markers, deadline badge on the right.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    QString reference = index.data(CaseListModel::ReferenceRole).toString();
    QRect first(inner.left(), inner.top(), inner.width(), line);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, reference);
    int x = inner.left() + QFontMetrics(bold).horizontalAdvance(reference) + 6;
    painter->setFont(option.font);
    const auto marker = [&](const QString& full, const QColor& color) {
        // In a narrow column the marker shortens to what fits (at least its initial), never
        // running off the card.
        const int room = inner.right() - x - 8;
        if (room < option.fontMetrics.horizontalAdvance(full.left(1)) + 2)
            return;
        const QString label = option.fontMetrics.horizontalAdvance(full) <= room
            ? full
            : option.fontMetrics.elidedText(full, Qt::ElideRight, room);
        const int w = option.fontMetrics.horizontalAdvance(label) + 8;
        const QRect r(x, first.top() + 2, w, line - 4);
        // The hue marks the border; the label is in the text colour, readable on any palette.
        painter->setPen(QPen(color, 1.5));
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(text);
        painter->drawText(r, Qt::AlignCenter, label);
        x += w + 4;
    };
    if (index.data(CaseListModel::ConfidentialRole).toBool())
        marker(tr("Confidential"), selected ? text : QColor(0x8e, 0x44, 0xad));
    if (index.data(CaseListModel::ExerciseRole).toBool())
        marker(tr("Exercise"), selected ? text : QColor(0x00, 0x7a, 0x87));
    if (archived)
        marker(tr("Archived"), muted);
    if (const int links = index.data(CaseListModel::LinkCountRole).toInt(); links > 0)
        marker(tr("⇄ %1").arg(links), selected ? text : QColor(0x1e, 0x5a, 0x96));

    // Line 2: title; line 3: operator and TLD; line 4: deadline badge and days in step.
    const QRect second(inner.left(), first.bottom() + 1, inner.width(), line);
    drawLine(painter, second, index.data(Qt::DisplayRole).toString(), text, option);
    const QRect third(inner.left(), second.bottom() + 1, inner.width(), line);
    drawLine(painter, third, index.data(CaseListModel::OperatorRole).toString(), muted, option);
    painter->setPen(muted);
    const QRect fourth(inner.left(), third.bottom() + 1, inner.width(), line);
    if (!index.data(CaseListModel::OpenRole).toBool()) {
        painter->drawText(
            fourth, Qt::AlignLeft | Qt::AlignVCenter,
            tr("Closed %1")
                .arg(QLocale().toString(index.data(CaseListModel::ClosedDateRole).toDate(),
                                        QLocale::ShortFormat)));
        painter->restore();
        return;
    }
    const int state = index.data(CaseListModel::DeadlineStateRole).toInt();
    const QString shown = badgeText(state, index.data(CaseListModel::DueDateRole).toDate());
    // Days in step on the right, unless the badge needs the room (narrow columns).
    const QString days
        = tr("%n d in step", nullptr, index.data(CaseListModel::DaysInStepRole).toInt());
    const int badgeWidth = shown.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(shown) + 12;
    if (badgeWidth + option.fontMetrics.horizontalAdvance(days) + 8 <= fourth.width())
        painter->drawText(fourth, Qt::AlignRight | Qt::AlignVCenter, days);
    if (!shown.isEmpty()) {
        const int w = option.fontMetrics.horizontalAdvance(shown) + 12;
        const QRect r(fourth.left(), fourth.top() + 1, w, line - 2);
        QPainterPath pill;
        pill.addRoundedRect(r, (line - 2) / 2.0, (line - 2) / 2.0);
        painter->fillPath(pill, badgeColor(state, pal));
        // Dark text on amber, white on red, the palette's text on the neutral pill: each
        // at least 4.5:1.
        const DeadlineState ds = DeadlineState(state);
        const QColor onBadge = ds == DeadlineState::Overdue ? QColor(Qt::white)
            : (ds == DeadlineState::DueToday || ds == DeadlineState::DueSoon)
            ? QColor(0x1a, 0x1a, 0x1a)
            : pal.color(QPalette::Text);
        if (ds != DeadlineState::Overdue && ds != DeadlineState::DueToday
            && ds != DeadlineState::DueSoon) {
            painter->setPen(QPen(pal.color(QPalette::Text), 1));
            painter->drawPath(pill);
        }
        painter->setPen(onBadge);
        painter->drawText(r, Qt::AlignCenter, shown);
    }
    painter->restore();
}

} // namespace csc
