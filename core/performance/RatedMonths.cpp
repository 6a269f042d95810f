// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatedMonths.h"

#include "FindingStore.h"
#include "ServiceLevel.h"

#include <QStringList>

namespace csc {

Result<bool> RatedMonths::isRated(const Database& db, QDate month)
{
    auto rated = among(db, { SleMonth::of(month) });
    if (!rated)
        return rated.error();
    return !rated.value().isEmpty();
}

Result<QDate> RatedMonths::last(const Database& db)
{
    return FindingStore::lastRatedMonth(db);
}

Result<QList<QDate>> RatedMonths::among(const Database& db, const QList<QDate>& months)
{
    auto found = FindingStore::ratedAmong(db, months);
    if (!found)
        return found.error();
    QList<QDate> rated;
    for (const QDate& m : found.value())
        rated.append(SleMonth::of(m));
    std::sort(rated.begin(), rated.end());
    return rated;
}

Status RatedMonths::refuseFigureChange(const Database& db, const QList<QDate>& months)
{
    auto rated = among(db, months);
    if (!rated)
        return rated.error();
    if (rated.value().isEmpty())
        return {};
    QStringList names;
    for (const QDate& m : rated.value())
        names << SleMonth::display(m);
    return Error { tr("The figures of %1 cannot change: the committee has rated that month, and a "
                      "rated month is a record. The chair must first reopen its rating, a "
                      "recorded decision.")
                       .arg(names.join(QStringLiteral(", "))),
                   {} };
}

Status RatedMonths::refuseCatalogueChange(const Database& db, QDate from, const QString& what)
{
    auto lastRated = last(db);
    if (!lastRated)
        return lastRated.error();
    if (!lastRated.value().isValid() || SleMonth::of(from) > lastRated.value())
        return {};
    return Error { tr("%1 cannot take effect in %2: the committee has already rated %3, and a "
                      "change never rewrites a month already rated. Choose %4 or later.")
                       .arg(what, SleMonth::display(SleMonth::of(from)),
                            SleMonth::display(lastRated.value()),
                            SleMonth::display(lastRated.value().addMonths(1))),
                   {} };
}

} // namespace csc
