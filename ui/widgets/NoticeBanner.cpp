// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace csc {

NoticeBanner::NoticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
    hide();
}

void NoticeBanner::showNotice(Kind kind, const QString& text)
{
    // Tints blended with the window colour keep the banner readable in light and dark palettes.
    const QColor base = palette().color(QPalette::Window);
    const QColor accent = kind == Kind::Error ? QColor(0xd0, 0x30, 0x30)
        : kind == Kind::Warning               ? QColor(0xe0, 0x9a, 0x10)
                                              : QColor(0x2a, 0x7a, 0xd0);
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    QPalette p = palette();
    p.setColor(QPalette::Window, mix(base, accent, 0.25));
    setPalette(p);
    m_label->setText(text);
    show();
}

QString NoticeBanner::text() const
{
    return m_label->text();
}

} // namespace csc
