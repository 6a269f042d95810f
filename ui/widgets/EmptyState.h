// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace csc {

// A centred icon, headline and explanation, so an empty view says why it is
// empty and what to do instead of showing a blank pane.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QIcon& icon, const QString& headline, const QString& text,
               QWidget* parent = nullptr);

    void setHeadline(const QString& headline);
    void setText(const QString& text);
    QString headline() const;

private:
    QLabel* m_headline;
    QLabel* m_text;
};

} // namespace csc
