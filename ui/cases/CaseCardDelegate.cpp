#include "CaseCardDelegate.h"

#include "CaseListModel.h"
#include "rules/BusinessCalendar.h"

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
        return palette.color(QPalette::Mid);
    }
}

QSize CaseCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = option.fontMetrics.height();
    return QSize(220, 4 * (line + 2) + 2 * kPadding + 2 * kMargin);
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
    const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);
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
    const auto marker = [&](const QString& label, const QColor& color) {
        const int w = option.fontMetrics.horizontalAdvance(label) + 8;
        const QRect r(x, first.top() + 2, w, line - 4);
        painter->setPen(color);
        painter->drawRoundedRect(r, 3, 3);
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
    painter->setPen(text);
    const QRect second(inner.left(), first.bottom() + 1, inner.width(), line);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                    Qt::ElideRight, second.width()));
    painter->setPen(muted);
    const QRect third(inner.left(), second.bottom() + 1, inner.width(), line);
    painter->drawText(
        third, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(index.data(CaseListModel::OperatorRole).toString(),
                                      Qt::ElideRight, third.width()));
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
    painter->drawText(
        fourth, Qt::AlignRight | Qt::AlignVCenter,
        tr("%n d in step", nullptr, index.data(CaseListModel::DaysInStepRole).toInt()));
    const int state = index.data(CaseListModel::DeadlineStateRole).toInt();
    const QString shown = badgeText(state, index.data(CaseListModel::DueDateRole).toDate());
    if (!shown.isEmpty()) {
        const int w = option.fontMetrics.horizontalAdvance(shown) + 12;
        const QRect r(fourth.left(), fourth.top() + 1, w, line - 2);
        QPainterPath pill;
        pill.addRoundedRect(r, (line - 2) / 2.0, (line - 2) / 2.0);
        painter->fillPath(pill, badgeColor(state, pal));
        painter->setPen(DeadlineState(state) == DeadlineState::OnTrack ? pal.color(QPalette::Text)
                                                                       : QColor(Qt::white));
        painter->drawText(r, Qt::AlignCenter, shown);
    }
    painter->restore();
}

} // namespace csc
