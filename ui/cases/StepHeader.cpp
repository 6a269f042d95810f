// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepHeader.h"

#include <QPainter>

namespace csc {

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

int wrappedHeight(const QFont& font, int width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font)
        .boundingRect(QRect(0, 0, qMax(1, width), 100000), kWrap, text)
        .height();
}

} // namespace

StepHeader::StepHeader(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void StepHeader::setLines(const QString& title, const QString& detail)
{
    if (title == m_title && detail == m_detail)
        return;
    m_title = title;
    m_detail = detail;
    // The plain text is what accessibility reads.
    setText(detail.isEmpty() ? title : title + QLatin1Char('\n') + detail);
}

QFont StepHeader::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QFont StepHeader::detailFont() const
{
    // As HTML's <small>: one step down.
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.83);
    else
        f.setPixelSize(qMax(1, qRound(f.pixelSize() * 0.83)));
    return f;
}

int StepHeader::linesHeight(int width) const
{
    const QMargins m = contentsMargins();
    const int inner = width - m.left() - m.right();
    return wrappedHeight(titleFont(), inner, m_title) + wrappedHeight(detailFont(), inner, m_detail)
        + m.top() + m.bottom();
}

int StepHeader::heightForWidth(int width) const
{
    return linesHeight(width);
}

QSize StepHeader::sizeHint() const
{
    const QMargins m = contentsMargins();
    const int wide = qMax(QFontMetrics(titleFont()).horizontalAdvance(m_title),
                          QFontMetrics(detailFont()).horizontalAdvance(m_detail))
        + m.left() + m.right();
    const int width = qMin(wide, 24 * QFontMetrics(font()).averageCharWidth());
    return QSize(width, linesHeight(width));
}

QSize StepHeader::minimumSizeHint() const
{
    const int width = 6 * QFontMetrics(font()).averageCharWidth();
    return QSize(width, linesHeight(width));
}

void StepHeader::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    QRect area = contentsRect();
    painter.setFont(titleFont());
    QRect used;
    painter.drawText(area, kWrap, m_title, &used);
    area.setTop(used.bottom() + 1);
    painter.setFont(detailFont());
    painter.drawText(area, kWrap, m_detail);
}

} // namespace csc
