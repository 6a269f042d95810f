// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace csc {

// The app follows the system palette (light, dark, high contrast). Some palettes (Qt's own
// default for PlaceholderText is Text at half opacity) leave placeholders and secondary text
// below WCAG's 4.5:1 on a dark base: adjusted() raises those roles until they read, and leaves
// every other colour as the system chose it.
class ReadablePalette
{
public:
    static double luminance(const QColor& c);
    static double contrast(const QColor& a, const QColor& b);
    // `fg` moved towards the text colour until it reaches `ratio` against `bg`.
    static QColor readableOn(const QColor& fg, const QColor& bg, const QColor& text,
                             double ratio = 4.5);
    static QPalette adjusted(const QPalette& palette);
};

} // namespace csc
