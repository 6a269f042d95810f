// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewStore.h"

#include "core/cases/CaseStore.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace csc {

namespace {

ReviewStore::Recipient recipientOf(const SqlQuery& q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(),
             q.value(3).toBool()       ? Role::Chair
                 : q.value(2).toBool() ? Role::Member
                                       : Role::Liaison };
}

} // namespace

Status ReviewStore::addPendingChangeset(Database& copy, const QByteArray& changeset)
{
    return execute(
        copy, QStringLiteral("INSERT INTO review_pending(changeset, recorded_utc) VALUES (?, ?)"),
        { changeset, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
}

Result<int> ReviewStore::pendingChangesetCount(const Database& copy)
{
    auto n = queryScalar(copy, QStringLiteral("SELECT count(*) FROM review_pending"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<QByteArray>> ReviewStore::pendingChangesets(const Database& copy)
{
    SqlQuery q(copy, QStringLiteral("SELECT changeset FROM review_pending ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<QByteArray> changesets;
    while (q.next())
        changesets << q.value(0).toByteArray();
    return changesets;
}

Result<std::optional<ReviewStore::Recipient>> ReviewStore::findRecipient(const Database& db,
                                                                         const QString& idOrName)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, name, voting, is_chair FROM member WHERE CAST(id AS "
                              "TEXT) = ? OR lower(name) = lower(?)"));
    q.bind(idOrName).bind(idOrName);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Recipient> {};
    return std::optional<Recipient> { recipientOf(q) };
}

Result<QList<ReviewStore::Recipient>> ReviewStore::recipients(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, voting, is_chair FROM member ORDER BY name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Recipient> list;
    while (q.next())
        list.append(recipientOf(q));
    return list;
}

Status ReviewStore::addIssuedCopy(WriteScope& w, const IssuedCopy& copy)
{
    return w.exec(QStringLiteral("INSERT INTO review_issued_copy(copy_id, member_id, "
                                 "member_name, role, base_revision, secret, issued_utc, "
                                 "issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  { copy.copyId, copy.memberId, copy.memberName, RoleNames::key(copy.role),
                    copy.baseRevision, copy.secret, copy.issuedUtc.toString(Qt::ISODate),
                    copy.issuedBy });
}

Result<std::optional<IssuedCopy>> ReviewStore::issuedCopy(const Database& committee,
                                                          const QString& copyId)
{
    SqlQuery q(
        committee,
        QStringLiteral("SELECT copy_id, member_id, member_name, role, base_revision, secret, "
                       "issued_utc, issued_by FROM review_issued_copy WHERE copy_id = ?"));
    q.bind(copyId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<IssuedCopy> {};
    IssuedCopy c;
    c.copyId = q.value(0).toString();
    c.memberId = q.value(1).toLongLong();
    c.memberName = q.value(2).toString();
    c.role = RoleNames::fromKey(q.value(3).toString(), Role::Observer);
    c.baseRevision = q.value(4).toLongLong();
    c.secret = q.value(5).toString();
    c.issuedUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    c.issuedBy = q.value(7).toString();
    return std::optional<IssuedCopy> { c };
}

Result<QList<KeptChange>> ReviewStore::pendingKeptChanges(const Database& db)
{
    SqlQuery q(
        db,
        QStringLiteral("SELECT id, author, description, reason, recorded_utc FROM review_conflict "
                       "WHERE status = 'pending' ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<KeptChange> list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),
                      QDateTime::fromString(q.value(4).toString(), Qt::ISODate) });
    }
    return list;
}

Result<QString> ReviewStore::keptChangeStatus(const Database& db, qint64 id)
{
    auto status = queryScalar(db, QStringLiteral("SELECT status FROM review_conflict WHERE id = ?"),
                              { id });
    if (!status)
        return status.error();
    return status.value().toString();
}

Status ReviewStore::dismissKeptChange(Database& db, qint64 id, const QString& why)
{
    return auditedFieldUpdate(
        db, Permission::ExportReviewCopies, QStringLiteral("review_conflict"), id,
        { { QStringLiteral("status"), QStringLiteral("pending"), QStringLiteral("dismissed") },
          { QStringLiteral("why"), {}, why.trimmed() } },
        QStringLiteral("UPDATE review_conflict SET status = 'dismissed' WHERE id = ?"), { id });
}

Result<QVariant> ReviewStore::mergedUtc(const Database& committee, const QString& changesId)
{
    return queryScalar(
        committee, QStringLiteral("SELECT merged_utc FROM review_merged_file WHERE changes_id = ?"),
        { changesId });
}

Status ReviewStore::addMergedFile(Database& committee, const QString& changesId,
                                  const QString& copyId, const QString& mergedUtc,
                                  const QString& mergedBy)
{
    return execute(committee,
                   QStringLiteral("INSERT INTO review_merged_file(changes_id, copy_id, "
                                  "merged_utc, merged_by) VALUES (?, ?, ?, ?)"),
                   { changesId, copyId, mergedUtc, mergedBy });
}

Result<QVariant> ReviewStore::mergedRowOutcome(const Database& committee, const QString& copyId,
                                               const QString& table, const QString& rowKey)
{
    return queryScalar(committee,
                       QStringLiteral("SELECT outcome FROM review_merged_row WHERE copy_id "
                                      "= ? AND table_name = ? AND row_key = ?"),
                       { copyId, table, rowKey });
}

Status ReviewStore::addConflict(Database& committee, const MergedRow& row,
                                const QString& description, const QString& reason,
                                const QString& changeJson)
{
    return execute(
        committee,
        SqlDialect::of(committee).insertOrIgnore(
            QStringLiteral("review_conflict"),
            { QStringLiteral("copy_id"), QStringLiteral("changes_id"), QStringLiteral("author"),
              QStringLiteral("table_name"), QStringLiteral("row_key"),
              QStringLiteral("description"), QStringLiteral("reason"),
              QStringLiteral("change_json"), QStringLiteral("recorded_utc") }),
        { row.copyId, row.changesId, row.author, row.table, row.rowKey, description, reason,
          changeJson, row.mergedUtc });
}

Status ReviewStore::addMergedRow(Database& committee, const MergedRow& row, bool applied)
{
    return execute(committee,
                   QStringLiteral("INSERT INTO review_merged_row(copy_id, table_name, row_key, "
                                  "changes_id, author, merged_utc, outcome) VALUES (?, ?, ?, ?, "
                                  "?, ?, ?)"),
                   { row.copyId, row.table, row.rowKey, row.changesId, row.author, row.mergedUtc,
                     applied ? QStringLiteral("applied") : QStringLiteral("conflict") });
}

Result<QVariant> ReviewStore::meetingNumber(const Database& db, qint64 meetingId)
{
    return queryScalar(db, QStringLiteral("SELECT number FROM meeting WHERE id = ?"),
                       { meetingId });
}

Result<QVariant> ReviewStore::caseReference(const Database& db, qint64 caseId)
{
    return queryScalar(db, QStringLiteral("SELECT reference FROM case_record WHERE id = ?"),
                       { caseId });
}

// The redaction of a fresh review copy (review-copy code: SQLite's introspection and FTS5
// spelt here, on the in-memory copy only, never on a committee file).
namespace {

// Tables with a `confidential` column hold rows an observer may not see.
Result<QStringList> tablesWithConfidentialColumn(const Database& db)
{
    SqlQuery q(
        db,
        QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
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
            return SqlQuery::errorOf(
                check,
                QCoreApplication::translate("csc::ReviewCopy",
                                            "The review copy could not be checked."));
        QList<QPair<QString, qint64>> orphans;
        while (check.next())
            orphans.append({ check.value(0).toString(), check.value(1).toLongLong() });
        if (orphans.isEmpty())
            return {};
        for (const auto& [table, rowid] : orphans) {
            if (auto s = execute(
                    db, QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(table), { rowid });
                !s)
                return s;
        }
    }
    return Error { QCoreApplication::translate(
                       "csc::ReviewCopy",
                       "The review copy could not be cleaned of confidential records."),
                   {} };
}

// The copy is a member's scratch file, not the committee's record: its
// "never delete" guards step aside while redacting and come back after.
Result<QStringList> dropDeleteGuards(Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql "
                              "LIKE '%BEFORE DELETE%' AND sql LIKE '%RAISE%'"));
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
    SqlQuery q(db,
               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                              "'CREATE VIRTUAL TABLE%fts5%'"));
    if (auto s = q.exec(); !s)
        return s;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : std::as_const(tables)) {
        auto hasCase = queryScalar(
            db, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'case_id'"),
            { table });
        if (hasCase && hasCase.value().toInt() > 0) {
            if (auto s = execute(
                    db,
                    QStringLiteral(
                        "DELETE FROM \"%1\" WHERE case_id NOT IN (SELECT id FROM case_record)")
                        .arg(table));
                !s)
                return s;
        }
        if (auto s = execute(
                db, QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('optimize')").arg(table));
            !s)
            return s;
    }
    return {};
}

// Rows without a `confidential` flag that still stay out of public output:
// exercises (domain.md §3) with their documents, and internal work items.
const QList<QPair<QString, QString>> kWithheldFromObservers {
    { QStringLiteral("document"),
      QStringLiteral("id IN (SELECT d.document_id FROM case_document d JOIN case_record c ON c.id "
                     "= d.case_id WHERE c.is_exercise <> 0)") },
    { QStringLiteral("case_record"), QStringLiteral("is_exercise <> 0") },
    { QStringLiteral("work_item"), QStringLiteral("public = 0") },
};

// Confidentiality's rule for text: a minutes section or work item that refers to a
// confidential case (or an exercise) is confidential itself.
const QList<QPair<QString, QString>> kReferringToCases {
    // Qualified: case_record has a title of its own.
    { QStringLiteral("minutes_section"),
      QStringLiteral("minutes_section.heading || ' ' || minutes_section.body_html") },
    { QStringLiteral("work_item"),
      QStringLiteral("work_item.title || ' ' || work_item.description") },
};

} // namespace

Status ReviewStore::redactCopy(Database& copy, Role role)
{
    if (Permissions::allows(role, Permission::ViewConfidential))
        return {};
    auto tables = tablesWithConfidentialColumn(copy);
    if (!tables)
        return tables.error();
    // Inside the export's transaction: parents go first, their orphans right after, checked at
    // commit.
    QSqlQuery(copy.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    auto guards = dropDeleteGuards(copy);
    if (!guards)
        return guards.error();
    // Rows whose text names a confidential case go first, while the cases are there to match.
    for (const auto& [table, text] : kReferringToCases) {
        if (auto s = execute(copy,
                             QStringLiteral("DELETE FROM \"%1\" WHERE %2")
                                 .arg(table, CaseStore::refersToConfidentialCaseCondition(text)));
            !s)
            return s;
    }
    for (const QString& table : tables.value()) {
        if (auto s = execute(
                copy, QStringLiteral("DELETE FROM \"%1\" WHERE confidential <> 0").arg(table));
            !s)
            return s;
    }
    for (const auto& [table, where] : kWithheldFromObservers) {
        if (auto s = execute(copy, QStringLiteral("DELETE FROM \"%1\" WHERE %2").arg(table, where));
            !s)
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

void ReviewStore::useSecureScratch(Database& copy)
{
    // Deleted rows are overwritten, and SQLite's own scratch files stay in memory too.
    for (const QString& pragma : { QStringLiteral("PRAGMA secure_delete = ON"),
                                   QStringLiteral("PRAGMA temp_store = MEMORY") })
        QSqlQuery(copy.connection()).exec(pragma);
}

Result<qint64> ReviewStore::lastAuditId(const Database& copy)
{
    auto id = queryScalar(copy, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Status ReviewStore::setMeta(Database& copy, const QString& key, const QString& value)
{
    return execute(copy,
                   SqlDialect::of(copy).upsert(
                       QStringLiteral("meta"), { QStringLiteral("key"), QStringLiteral("value") },
                       { QStringLiteral("key") }, { QStringLiteral("value") }),
                   { key, value });
}

Status ReviewStore::vacuumInto(Database& copy, const QString& path)
{
    // VACUUM INTO writes only live pages: no free page of the file holds what was redacted.
    return execute(copy, QStringLiteral("VACUUM INTO ?"), { path });
}

QStringList ReviewStore::problemsOfFinishedCopy(const QSqlDatabase& db, const QString& copyId,
                                                const QStringList& emptyTables,
                                                bool withoutConfidential)
{
    const auto scalar = [&](const QString& sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    QStringList problems;
    if (scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
        problems << QStringLiteral("integrity_check failed");
    if (scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'review_copy_id'")).toString()
        != copyId)
        problems << QStringLiteral("the copy id is not in the file");
    for (const QString& table : emptyTables) {
        if (scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toInt() != 0)
            problems << QStringLiteral("%1 was not emptied").arg(table);
    }
    if (withoutConfidential) {
        QSqlQuery tables(db);
        tables.exec(
            QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE "
                           "m.type = 'table' AND c.name = 'confidential'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : std::as_const(names)) {
            if (scalar(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE confidential <> 0")
                           .arg(table))
                    .toInt()
                != 0)
                problems << QStringLiteral("confidential rows left in %1").arg(table);
        }
        if (scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE is_exercise <> 0"))
                .toInt()
            != 0)
            problems << QStringLiteral("exercise cases left");
    }
    return problems;
}

// Empties the committee-only tables; their append-only guards step aside and come back as they
// were, so the copy's own trail stays guarded.
Status ReviewStore::clearTables(Database& copy, const QStringList& tables)
{
    QStringList guards;
    for (const QString& table : tables) {
        SqlQuery q(copy,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                  "tbl_name = ?"));
        q.bind(table);
        if (auto s = q.exec(); !s)
            return s;
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            guards << q.value(1).toString();
        }
        for (const QString& name : std::as_const(names)) {
            if (auto s = execute(copy, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
                return s;
        }
        if (auto s = execute(copy, QStringLiteral("DELETE FROM \"%1\"").arg(table)); !s)
            return s;
    }
    for (const QString& guard : std::as_const(guards)) {
        if (auto s = execute(copy, guard); !s)
            return s;
    }
    return {};
}

} // namespace csc
