// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace csc {

// The rich text of the minutes editor (QTextDocument HTML, full of Qt-internal
// styles such as -qt-block-indent) rewritten as plain semantic HTML: paragraphs,
// lists, headings, emphasis, links and simple tables, nothing else. Public
// documents carry only this, so the GUI's text and the command line's read alike.
class CleanHtml
{
public:
    // `headingOffset` shifts headings down (a section body sits under an h2).
    static QString fromRichText(const QString& html, int headingOffset = 2);
};

} // namespace csc
