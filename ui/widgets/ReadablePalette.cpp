// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadablePalette.h"

#include <algorithm>
#include <cmath>

namespace csc {

double ReadablePalette::luminance(const QColor& c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double ReadablePalette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ReadablePalette::readableOn(const QColor& fg, const QColor& bg, const QColor& text,
                                   double ratio)
{
    // Composite a translucent colour on the background first: that is what is painted.
    QColor solid = fg.toRgb();
    if (solid.alphaF() < 1.0) {
        const double a = solid.alphaF();
        const QColor b = bg.toRgb();
        solid = QColor::fromRgbF(solid.redF() * a + b.redF() * (1 - a),
                                 solid.greenF() * a + b.greenF() * (1 - a),
                                 solid.blueF() * a + b.blueF() * (1 - a));
    }
    const QColor t = text.toRgb();
    for (int step = 0; step <= 20 && contrast(solid, bg) < ratio; ++step) {
        const double k = 0.15;
        solid = QColor::fromRgbF(solid.redF() * (1 - k) + t.redF() * k,
                                 solid.greenF() * (1 - k) + t.greenF() * k,
                                 solid.blueF() * (1 - k) + t.blueF() * k);
    }
    return contrast(solid, bg) >= ratio || contrast(t, bg) < ratio ? solid : t;
}

QPalette ReadablePalette::adjusted(const QPalette& palette)
{
    QPalette p = palette;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        const QColor base = p.color(group, QPalette::Base);
        const QColor text = p.color(group, QPalette::Text);
        const QColor placeholder = p.color(group, QPalette::PlaceholderText);
        // Secondary text is painted on the base and on alternate rows: readable on both.
        const QColor alternate = p.color(group, QPalette::AlternateBase);
        if (contrast(placeholder, base) < 4.5 || contrast(placeholder, alternate) < 4.5
            || placeholder.alphaF() < 1.0)
            p.setColor(group, QPalette::PlaceholderText,
                       readableOn(readableOn(placeholder, base, text), alternate, text));
        // Selected rows: the highlighted text on the highlight, darkened or lightened until it
        // reads.
        const QColor highlight = p.color(group, QPalette::Highlight);
        const QColor onHighlight = p.color(group, QPalette::HighlightedText);
        if (contrast(onHighlight, highlight) < 4.5) {
            const QColor away
                = luminance(onHighlight) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
            p.setColor(group, QPalette::Highlight, readableOn(highlight, onHighlight, away));
        }
        // Links on the base (the detail pane, the guide).
        const QColor link = p.color(group, QPalette::Link);
        if (contrast(link, base) < 4.5)
            p.setColor(group, QPalette::Link, readableOn(link, base, text));
    }
    return p;
}

} // namespace csc
