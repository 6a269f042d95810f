// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeTransfer.h"

#include "AuditLog.h"
#include "Database.h"
#include "PostgresDialect.h"
#include "SqlDialect.h"
#include "Transaction.h"

namespace csc {

namespace {

// Tables whose rows the target makes itself: the schema's bookkeeping, and on SQLite the
// full-text index its triggers fill while the rows are copied in.
bool skipped(const QString& table, const Database& to)
{
    return table == QLatin1String("meta") || (table == QLatin1String("case_fts") && !to.isServer());
}

Result<QStringList> sharedColumns(const Database& from, const Database& to, const QString& table)
{
    auto source = SqlDialect::of(from).columnsOf(from, table);
    if (!source)
        return source.error();
    auto target = SqlDialect::of(to).columnsOf(to, table);
    if (!target)
        return target.error();
    QStringList columns;
    // FTS5 keeps its row id out of the column list; PostgreSQL's table has it as a column.
    if (table == QLatin1String("case_fts") && target.value().contains(QLatin1String("rowid")))
        columns << QStringLiteral("rowid");
    for (const QString& c : source.value()) {
        if (target.value().contains(c) && !columns.contains(c))
            columns << c;
    }
    return columns;
}

Status verifyChain(const Database& db, const QString& side)
{
    auto verified = AuditLog::verify(db);
    if (!verified)
        return verified.error();
    if (!verified.value().intact)
        return Error { CommitteeTransfer::tr("The audit trail of the %1 does not verify: %2")
                           .arg(side, verified.value().problem),
                       {} };
    return {};
}

} // namespace

Result<CommitteeTransfer::Report> CommitteeTransfer::copyAll(const Database& from, Database& to)
{
    if (auto s = verifyChain(from, tr("source")); !s)
        return s.error();
    Report report;
    Transaction tx(to);
    if (!tx)
        return tx.error();
    const SqlDialect& target = SqlDialect::of(to);
    if (auto s = target.deferConstraints(to); !s)
        return s.error();
    // The committee keeps its identity; the target's own schema version stays.
    if (auto s = PostgresDialect::copyMeta(from, to); !s)
        return s.error();
    auto tables
        = to.isServer() ? PostgresDialect::dataTables(to) : PostgresDialect::dataTables(from);
    if (!tables)
        return tables.error();
    // The tables both sides have, and what is copied of each.
    QList<std::pair<QString, QStringList>> copies;
    for (const QString& table : tables.value()) {
        if (skipped(table, to))
            continue;
        auto exists = SqlDialect::of(from).tableExists(from, table);
        auto existsThere = target.tableExists(to, table);
        if (!exists || !existsThere)
            return !exists ? exists.error() : existsThere.error();
        if (!exists.value() || !existsThere.value())
            continue;
        auto columns = sharedColumns(from, to, table);
        if (!columns)
            return columns.error();
        copies.append({ table, columns.value() });
    }
    // Whole records go in as they were: the rules their triggers keep held when they were
    // written (a rated month's figures went in before it was rated). The server's guards are
    // off for this transaction only, and on again before it commits.
    if (to.isServer()) {
        for (const auto& [table, columns] : copies) {
            if (auto s = PostgresDialect::setTriggersEnabled(to, table, false); !s)
                return s.error();
        }
    }
    for (const auto& [table, columns] : copies) {
        auto copied = PostgresDialect::copyRows(from, to, table, columns);
        if (!copied)
            return copied.error();
        auto there = PostgresDialect::rowCount(to, table);
        if (!there)
            return there.error();
        if (there.value() != copied.value())
            return Error { tr("The table %1 has %2 rows after the copy instead of %3.")
                               .arg(table)
                               .arg(there.value())
                               .arg(copied.value()),
                           {} };
        ++report.tables;
        report.rows += copied.value();
    }
    if (to.isServer()) {
        // Every reference checked now, so no check is pending when the guards come back.
        if (auto s = PostgresDialect::checkConstraintsNow(to); !s)
            return s.error();
        for (const auto& [table, columns] : copies) {
            if (auto s = PostgresDialect::setTriggersEnabled(to, table, true); !s)
                return s.error();
        }
        if (auto s = PostgresDialect::resetIdentities(to); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();

    if (auto s = verifyChain(to, tr("copy")); !s)
        return s.error();
    auto headFrom = AuditLog::head(from);
    auto headTo = AuditLog::head(to);
    if (!headFrom || !headTo)
        return !headFrom ? headFrom.error() : headTo.error();
    if (headFrom.value().hash != headTo.value().hash
        || headFrom.value().entries != headTo.value().entries)
        return Error { tr("The copy's audit trail ends elsewhere than the source's."), {} };
    report.auditEntries = headTo.value().entries;
    report.auditHead = headTo.value().hash;
    return report;
}

Result<CommitteeTransfer::Report> CommitteeTransfer::fileToServer(const QString& sqlitePath,
                                                                  const QString& url)
{
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto from = Database::open(sqlitePath, readOnly);
    if (!from)
        return from.error();
    auto to = Database::create(url);
    if (!to)
        return to.error();
    to.value()->setSession(from.value()->session());
    return copyAll(*from.value(), *to.value());
}

} // namespace csc
