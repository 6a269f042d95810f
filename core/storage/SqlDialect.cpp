// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

#include "Database.h"
#include "PostgresDialect.h"
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
    static const PostgresDialect postgres;
    if (db.isServer())
        return postgres;
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
