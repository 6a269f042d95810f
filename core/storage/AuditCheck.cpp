// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCheck.h"

#include "AuditAnchors.h"
#include "Database.h"
#include "SqlQuery.h"

#include <QHash>

namespace csc {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

// The append-only guards exactly as the schema scripts make them (whitespace aside).
struct ExpectedTrigger
{
    QString name;
    QString table;
    QString sql;
};

QList<ExpectedTrigger> expectedTriggers()
{
    const auto guard = [](const QString& name, const QString& when, const QString& table,
                          const QString& message) {
        return ExpectedTrigger { name, table,
                                 QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT "
                                                "RAISE(ABORT, '%4'); END")
                                     .arg(name, when, table, message) };
    };
    const QString chain = QStringLiteral("the audit trail is append-only");
    const QString heads = QStringLiteral("the published audit heads are append-only");
    return {
        guard(QStringLiteral("audit_log_no_update"), QStringLiteral("UPDATE"),
              QStringLiteral("audit_log"), chain),
        guard(QStringLiteral("audit_log_no_delete"), QStringLiteral("DELETE"),
              QStringLiteral("audit_log"), chain),
        guard(QStringLiteral("audit_anchor_no_update"), QStringLiteral("UPDATE"),
              QStringLiteral("audit_anchor"), heads),
        guard(QStringLiteral("audit_anchor_no_delete"), QStringLiteral("DELETE"),
              QStringLiteral("audit_anchor"), heads),
    };
}

} // namespace

Result<AuditReport> AuditCheck::run(const Database& db, const QList<KnownHead>& givenHeads)
{
    AuditReport report;
    auto chain = AuditLog::verify(db);
    if (!chain)
        return chain.error();
    report.chain = chain.value();
    if (!report.chain.intact)
        report.problems << report.chain.problem;

    QList<KnownHead> heads;
    auto anchors = AuditAnchors::all(db);
    if (!anchors)
        return anchors.error();
    for (const AuditAnchor& a : anchors.value())
        heads.append(
            { a.head,
              tr("the head noted for “%1” on %2").arg(a.what, a.notedUtc.toString(Qt::ISODate)) });
    heads += givenHeads;
    if (auto s = checkHeads(db, heads, report); !s)
        return s.error();
    if (auto s = checkTriggers(db, report); !s)
        return s.error();
    return report;
}

Status AuditCheck::checkHeads(const Database& db, const QList<KnownHead>& heads,
                              AuditReport& report)
{
    // The chain as it is now, position by position (the entry-by-entry check vouches for it or
    // has named where it breaks).
    SqlQuery q(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s;
    QStringList hashes;
    while (q.next())
        hashes << q.value(0).toString();
    const qint64 count = hashes.size();
    const auto matches = [&](const AuditHead& h) {
        if (h.entries > count)
            return false;
        return h.entries == 0 ? h.hash == kGenesis : hashes.at(h.entries - 1) == h.hash;
    };
    // Everything up to the newest head that still matches is as it was when that head went out.
    for (const KnownHead& h : heads) {
        if (matches(h.head))
            report.lastMatchingHead = qMax(report.lastMatchingHead, h.head.entries);
    }
    QStringList problems;
    for (const KnownHead& h : heads) {
        ++report.headsChecked;
        if (matches(h.head))
            continue;
        if (h.head.entries > count) {
            problems << tr("the chain ends at entry %1, but %2 (“%3”) names entry %4: the last %5 "
                           "entries were cut off")
                            .arg(count)
                            .arg(h.source, h.head.toText())
                            .arg(h.head.entries)
                            .arg(h.head.entries - count);
        } else {
            const QString since = report.lastMatchingHead < h.head.entries
                ? tr(" after entry %1 (the newest head that still matches)")
                      .arg(report.lastMatchingHead)
                : QString();
            problems << tr("entry %1 no longer has the hash of %2 (“%3”): the chain was "
                           "rewritten%4 with recomputed hashes, or the head is another database's")
                            .arg(h.head.entries)
                            .arg(h.source, h.head.toText(), since);
        }
    }
    problems.removeDuplicates();
    report.problems += problems;
    return {};
}

Status AuditCheck::checkTriggers(const Database& db, AuditReport& report)
{
    SqlQuery q(db,
               QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = "
                              "'trigger' AND tbl_name IN ('audit_log', 'audit_anchor')"));
    if (auto s = q.exec(); !s)
        return s;
    QHash<QString, QPair<QString, QString>> found; // name -> (table, sql)
    while (q.next())
        found.insert(q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() });
    for (const ExpectedTrigger& t : expectedTriggers()) {
        const auto it = found.constFind(t.name);
        if (it == found.cend())
            report.problems << tr("the append-only trigger %1 on %2 is missing: entries can be "
                                  "changed or removed without SQLite refusing")
                                   .arg(t.name, t.table);
        else if (it->second.simplified() != t.sql || it->first != t.table)
            report.problems
                << tr("the append-only trigger %1 on %2 was altered").arg(t.name, t.table);
        found.remove(t.name);
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        report.problems << tr("an unexpected trigger %1 acts on %2").arg(it.key(), it->first);
    return {};
}

} // namespace csc
