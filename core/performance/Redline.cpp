// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redline.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace csc {

namespace {

// Words and the whitespace after them stay together, so joining pieces gives the text back.
QStringList tokens(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("\\S+\\s*|\\s+"));
    QStringList list;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        list << it.next().captured();
    return list;
}

} // namespace

QList<Redline::Piece> Redline::diff(const QString& before, const QString& after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Classic LCS table; findings are a few hundred words, so quadratic is fine.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i).trimmed() == b.at(j).trimmed()
                ? lcs[i + 1][j + 1] + 1
                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<Piece> pieces;
    const auto push = [&pieces](Kind kind, const QString& text) {
        if (!pieces.isEmpty() && pieces.last().kind == kind)
            pieces.last().text += text;
        else
            pieces.append({ kind, text });
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i).trimmed() == b.at(j).trimmed()) {
            push(Kind::Same, b.at(j));
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            push(Kind::Removed, a.at(i++));
        } else {
            push(Kind::Added, b.at(j++));
        }
    }
    while (i < n)
        push(Kind::Removed, a.at(i++));
    while (j < m)
        push(Kind::Added, b.at(j++));
    return pieces;
}

QString Redline::html(const QString& before, const QString& after)
{
    QString out = QStringLiteral("<p>");
    for (const Piece& p : diff(before, after)) {
        QString text = p.text.toHtmlEscaped();
        text.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
        switch (p.kind) {
        case Kind::Same:
            out += text;
            break;
        case Kind::Removed:
            // del/ins for meaning in HTML; s/u because QTextDocument ignores del/ins.
            out += QStringLiteral("<del><s style=\"color:#b3261e\">") + text
                + QStringLiteral("</s></del>");
            break;
        case Kind::Added:
            out += QStringLiteral("<ins><u style=\"color:#1b6e2d\">") + text
                + QStringLiteral("</u></ins>");
            break;
        }
    }
    return out + QStringLiteral("</p>");
}

} // namespace csc
