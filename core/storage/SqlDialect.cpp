// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SqliteDialect.h"

#include <QSqlDriver>

namespace csc {

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect& SqlDialect::of(const Database& db)
{
    // Only SQLite today; the PostgreSQL dialect joins here, chosen by the driver.
    Q_UNUSED(db);
    return sqlite();
}

QString SqlDialect::placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

} // namespace csc
