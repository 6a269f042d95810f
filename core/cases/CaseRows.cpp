// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRows.h"

#include "core/cases/CaseClock.h"
#include "core/cases/ProcessDefinition.h"

namespace csc::caserows {

QString tldKindKey(TldKind kind)
{
    switch (kind) {
    case TldKind::Gtld:
        return QStringLiteral("gtld");
    case TldKind::Cctld:
        return QStringLiteral("cctld");
    case TldKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

TldKind tldKindFromKey(const QString& key)
{
    if (key == QLatin1String("cctld"))
        return TldKind::Cctld;
    if (key == QLatin1String("other"))
        return TldKind::Other;
    return TldKind::Gtld;
}

namespace {
QDateTime& fixedNow()
{
    static QDateTime instant;
    return instant;
}
} // namespace

QString nowUtc()
{
    const QDateTime& fixed = fixedNow();
    return (fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
}

QString instantOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toString(Qt::ISODate);
}

QDateTime parseInstant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

QDate dateOf(const QVariant& v)
{
    // Both plain dates and instants ("2026-11-23T12:00:00Z") start with the ISO date.
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace csc::caserows

namespace csc {

FixedCaseClock::FixedCaseClock(const QDateTime& utc)
{
    caserows::fixedNow() = utc.toUTC();
}

FixedCaseClock::~FixedCaseClock()
{
    caserows::fixedNow() = QDateTime();
}

} // namespace csc
