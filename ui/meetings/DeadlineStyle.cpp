// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineStyle.h"

namespace csc {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

const QColor kAmber(0xe0, 0x9a, 0x10);
const QColor kRed(0xd0, 0x30, 0x30);

} // namespace

QColor DeadlineStyle::background(DeadlineState state, const QPalette& palette)
{
    // Tints of the base colour keep the text readable in light and dark palettes.
    const QColor base = palette.color(QPalette::Base);
    switch (state) {
    case DeadlineState::DueToday:
        return mix(base, kAmber, 0.45);
    case DeadlineState::Overdue:
    case DeadlineState::Unanswered:
        return mix(base, kRed, 0.45);
    case DeadlineState::Late:
        return mix(base, kAmber, 0.3);
    default:
        return {};
    }
}

QColor DeadlineStyle::foreground(DeadlineState state, const QPalette& palette)
{
    switch (state) {
    case DeadlineState::DueSoon:
        return mix(palette.color(QPalette::Text), kAmber, 0.6);
    case DeadlineState::Met:
        return palette.color(QPalette::PlaceholderText);
    default:
        return palette.color(QPalette::Text);
    }
}

} // namespace csc
