// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingLabel.h"

#include <QEvent>

namespace csc {

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (m_heightsFor != text() || m_heightsFont != font()) {
        m_heights.clear();
        m_heightsFor = text();
        m_heightsFont = font();
    }
    // A window being resized by hand asks for many widths: only the recent ones are kept.
    if (m_heights.size() > 64)
        m_heights.clear();
    if (const auto known = m_heights.constFind(width); known != m_heights.constEnd())
        return known.value();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappingLabel::changeEvent(QEvent* event)
{
    // The style and the margins change the height without changing the text or the font.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::ContentsRectChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace csc
