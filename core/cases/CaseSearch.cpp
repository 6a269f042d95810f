// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseSearch.h"

#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/storage/SqlDialect.h"

#include <QRegularExpression>

namespace csc {

namespace {

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression kSeparators(QStringLiteral("[^\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return text.split(kSeparators, Qt::SkipEmptyParts);
}

} // namespace

QString CaseSearch::ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : wordsOf(text))
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

Result<QSet<qint64>> CaseSearch::matchingCases(const Database& db, const QString& text)
{
    QSet<qint64> result;
    // Each word may be found in a different source (title, a comment, a move note)
    // of the same case, so the words are matched one by one and intersected.
    bool first = true;
    for (const QString& word : wordsOf(text)) {
        auto ids = CaseStore::casesMatching(db, word);
        if (!ids)
            return ids.error();
        if (first)
            result = ids.value();
        else
            result.intersect(ids.value());
        first = false;
    }
    return result;
}

} // namespace csc
