// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCheck.h"

#include "AuditAnchors.h"
#include "AuditStore.h"
#include "Database.h"

#include <QHash>

namespace csc {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

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
    auto stored = AuditStore::hashes(db);
    if (!stored)
        return stored.error();
    const QStringList& hashes = stored.value();
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
    auto guards = AuditStore::guardsFound(db);
    if (!guards)
        return guards.error();
    QHash<QString, QPair<QString, QString>> found; // name -> (table, sql)
    for (const AuditStore::Trigger& t : guards.value())
        found.insert(t.name, { t.table, t.sql });
    for (const AuditStore::Trigger& t : AuditStore::expectedGuards()) {
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
