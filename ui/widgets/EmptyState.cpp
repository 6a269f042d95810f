// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace csc {

EmptyState::EmptyState(const QIcon& icon, const QString& headline, const QString& text,
                       QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(headline, this))
    , m_text(new QLabel(text, this))
{
    auto* picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(QSize(72, 72), devicePixelRatioF()));
    picture->setAlignment(Qt::AlignCenter);
    picture->setEnabled(false);

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setObjectName(QStringLiteral("emptyStateHeadline"));

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(320);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(picture);
    layout->addSpacing(8);
    layout->addWidget(m_headline);
    // Centre the wrapped text with stretches: an alignment flag would break its height-for-width.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addStretch(3);
}

void EmptyState::setHeadline(const QString& headline)
{
    m_headline->setText(headline);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

QString EmptyState::headline() const
{
    return m_headline->text();
}

} // namespace csc
