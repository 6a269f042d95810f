// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace csc {

// The head of a board column: the step's name and card count in bold, and below it in a
// smaller font who acts (or, during a drag, whether the step is a legal target). Both lines
// wrap. The text is plain ("Name (3)\nwho acts"), as a screen reader reads it; the two fonts
// are painted here, so no rich-text document is laid out each time the board's layout asks a
// header for its height.
class StepHeader : public QLabel
{
    Q_OBJECT

public:
    explicit StepHeader(QWidget* parent = nullptr);

    void setLines(const QString& title, const QString& detail);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont titleFont() const;
    QFont detailFont() const;
    int linesHeight(int width) const;

    QString m_title;
    QString m_detail;
};

} // namespace csc
