// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/cases: how keys, instants and dates are stored.
#include "core/cases/CaseTypes.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"

namespace csc::caserows {

QString tldKindKey(TldKind kind);
TldKind tldKindFromKey(const QString& key);
QString nowUtc();
QString instantOf(QDate day); // a day's noon, UTC, for dated entries made after the fact
QDateTime parseInstant(const QVariant& v);
QDate dateOf(const QVariant& v);
// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QLatin1String("")) : QVariant(s);
}
} // namespace csc::caserows
