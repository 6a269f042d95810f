#include "ReviewTables.h"

#include "domain/Permissions.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlQuery>

namespace csc {

QList<ReviewTable> reviewTables()
{
    return {};
}

namespace {

// Tables with a `confidential` column hold rows an observer may not see.
Result<QStringList> tablesWithConfidentialColumn(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                                  "WHERE m.type = 'table' AND c.name = 'confidential' ORDER BY m.name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// Deletes, until none are left, rows whose parent was removed: the moves,
// comments and links of a confidential case go with it.
Status removeOrphans(Database& db)
{
    for (int round = 0; round < 20; ++round) {
        QSqlQuery check(db.connection());
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return SqlQuery::errorOf(check, QCoreApplication::translate("csc::ReviewCopy", "The review copy could not be checked."));
        QList<QPair<QString, qint64>> orphans;
        while (check.next())
            orphans.append({ check.value(0).toString(), check.value(1).toLongLong() });
        if (orphans.isEmpty())
            return {};
        for (const auto& [table, rowid] : orphans) {
            if (auto s = execute(db, QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(table), { rowid }); !s)
                return s;
        }
    }
    return Error { QCoreApplication::translate("csc::ReviewCopy", "The review copy could not be cleaned of confidential records."), {} };
}

} // namespace

Status redactReviewCopy(Database& copy, Role role)
{
    if (Permissions::allows(role, Permission::ViewConfidential))
        return {};
    auto tables = tablesWithConfidentialColumn(copy);
    if (!tables)
        return tables.error();
    // Inside the export's transaction: parents go first, their orphans right after, checked at commit.
    QSqlQuery(copy.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Status status;
    for (const QString& table : tables.value()) {
        status = execute(copy, QStringLiteral("DELETE FROM \"%1\" WHERE confidential <> 0").arg(table));
        if (!status)
            break;
    }
    if (status)
        status = removeOrphans(copy);
    return status;
}

} // namespace csc
