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

// The copy is a member's scratch file, not the committee's record: its
// "never delete" guards step aside while redacting and come back after.
Result<QStringList> dropDeleteGuards(Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%BEFORE DELETE%' AND sql LIKE '%RAISE%'"));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names, definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    for (const QString& name : std::as_const(names)) {
        if (auto s = execute(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
            return s.error();
    }
    return definitions;
}

// Search indexes hold the words of what was removed: drop their orphans, then
// merge the index so no segment still carries the old terms.
Status cleanSearchIndexes(Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"));
    if (auto s = q.exec(); !s)
        return s;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : std::as_const(tables)) {
        auto hasCase = queryScalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'case_id'"), { table });
        if (hasCase && hasCase.value().toInt() > 0) {
            if (auto s = execute(db, QStringLiteral("DELETE FROM \"%1\" WHERE case_id NOT IN (SELECT id FROM case_record)").arg(table)); !s)
                return s;
        }
        if (auto s = execute(db, QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('optimize')").arg(table)); !s)
            return s;
    }
    return {};
}

// Rows without a `confidential` flag that still stay out of public output:
// exercises (domain.md §3) with their documents, and internal work items.
const QList<QPair<QString, QString>> kWithheldFromObservers {
    { QStringLiteral("document"),
      QStringLiteral("id IN (SELECT d.document_id FROM case_document d JOIN case_record c ON c.id = d.case_id WHERE c.is_exercise <> 0)") },
    { QStringLiteral("case_record"), QStringLiteral("is_exercise <> 0") },
    { QStringLiteral("work_item"), QStringLiteral("public = 0") },
};

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
    auto guards = dropDeleteGuards(copy);
    if (!guards)
        return guards.error();
    for (const QString& table : tables.value()) {
        if (auto s = execute(copy, QStringLiteral("DELETE FROM \"%1\" WHERE confidential <> 0").arg(table)); !s)
            return s;
    }
    for (const auto& [table, where] : kWithheldFromObservers) {
        if (auto s = execute(copy, QStringLiteral("DELETE FROM \"%1\" WHERE %2").arg(table, where)); !s)
            return s;
    }
    if (auto s = removeOrphans(copy); !s)
        return s;
    if (auto s = cleanSearchIndexes(copy); !s)
        return s;
    for (const QString& guard : guards.value()) {
        if (auto s = execute(copy, guard); !s)
            return s;
    }
    return {};
}

} // namespace csc
