// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

namespace csc {

// A word-wrapped label that works out its height for a given width once per text, font and
// width. QLabel lays its text out anew on every such question, and one layout pass asks it
// several times: with a board's dozen rich-text column headers that was most of the cost of
// showing the board.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    mutable QHash<int, int> m_heights; // width -> height, for m_heightsFor in m_heightsFont
    mutable QString m_heightsFor;
    mutable QFont m_heightsFont;
};

} // namespace csc
