// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace csc {

// A word-level comparison of two texts, for showing this month's findings as
// changes against last month's.
class Redline
{
public:
    enum class Kind { Same, Removed, Added };
    struct Piece
    {
        Kind kind;
        QString text;
    };

    static QList<Piece> diff(const QString& before, const QString& after);
    // HTML with <del> and <ins>; paragraphs (blank lines) become <p>.
    static QString html(const QString& before, const QString& after);
};

} // namespace csc
