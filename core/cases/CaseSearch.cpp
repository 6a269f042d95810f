// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseSearch.h"

#include "core/cases/CaseRows.h"
#include "core/storage/SqlDialect.h"

#include <QRegularExpression>

namespace csc {

QString CaseSearch::ftsQuery(const QString& text)
{
    static const QRegularExpression kSeparators(QStringLiteral("[^\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString& word : text.split(kSeparators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

Result<QSet<qint64>> CaseSearch::matchingCases(const Database& db, const QString& text)
{
    const QString query = ftsQuery(text);
    QSet<qint64> result;
    if (query.isEmpty())
        return result;
    // Each word may be found in a different source (title, a comment, a move note)
    // of the same case, so the words are matched one by one and intersected.
    const QStringList terms = query.split(QLatin1Char(' '));
    bool first = true;
    for (const QString& term : terms) {
        SqlQuery q(
            db,
            QStringLiteral("SELECT DISTINCT f.case_id FROM case_fts f JOIN case_record c ON "
                           "c.id = f.case_id WHERE ")
                + SqlDialect::of(db).fullTextMatch(QStringLiteral("case_fts"), QStringLiteral("f"))
                + caserows::visibilityClause(db));
        // The word itself: ftsQuery quoted it as "word"* for FTS5.
        q.bind(term.mid(1, term.size() - 3));
        if (auto s = q.exec(); !s)
            return s.error();
        QSet<qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        if (first)
            result = ids;
        else
            result.intersect(ids);
        first = false;
    }
    return result;
}

} // namespace csc
