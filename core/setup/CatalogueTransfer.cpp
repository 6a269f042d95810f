// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueTransfer.h"

#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace csc {

namespace {

struct Line
{
    int line = 0;
    QString category;
    QString metric;
    ServiceLevelVersion version;
};

bool sameDefinition(const ServiceLevelVersion& a, const ServiceLevelVersion& b)
{
    return a.effectiveFrom == b.effectiveFrom && a.threshold == b.threshold && a.unit == b.unit
        && a.type == b.type && a.targetPercent == b.targetPercent;
}

} // namespace

QStringList CatalogueTransfer::columns()
{
    return { QStringLiteral("category"),      QStringLiteral("metric"),
             QStringLiteral("threshold"),     QStringLiteral("unit"),
             QStringLiteral("type"),          QStringLiteral("target_percent"),
             QStringLiteral("effective_from") };
}

Result<SetupImportOutcome> CatalogueTransfer::importFile(Database& db, const QString& path)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    SetupCsvTable table = SetupCsvTable::read(path, columns(), columns());
    SetupImportOutcome outcome;
    QList<Line> lines;
    QMap<QString, int> seen; // category|metric|month -> line
    for (const SetupCsvTable::Row& row : table.rows()) {
        Line l;
        l.line = row.line;
        l.category = table.value(row, QStringLiteral("category")).toUpper();
        l.metric = table.value(row, QStringLiteral("metric"));
        if (!SleText::categories().contains(l.category))
            table.addProblem(row, QStringLiteral("category"),
                             tr("“%1” is not a process category (I to V).")
                                 .arg(table.value(row, QStringLiteral("category"))));
        if (l.metric.isEmpty())
            table.addProblem(row, QStringLiteral("metric"), tr("The metric has no name."));
        bool ok = false;
        l.version.threshold = table.value(row, QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || !(l.version.threshold > 0))
            table.addProblem(row, QStringLiteral("threshold"),
                             tr("The threshold “%1” is not a positive number.")
                                 .arg(table.value(row, QStringLiteral("threshold"))));
        if (!SleText::unitFromKey(table.value(row, QStringLiteral("unit")).toLower(),
                                  &l.version.unit))
            table.addProblem(row, QStringLiteral("unit"),
                             tr("The unit “%1” is not seconds, minutes, hours or days.")
                                 .arg(table.value(row, QStringLiteral("unit"))));
        const QString type = table.value(row, QStringLiteral("type")).toLower();
        if (type == QLatin1String("max"))
            l.version.type = ThresholdType::Max;
        else if (type == QLatin1String("min"))
            l.version.type = ThresholdType::Min;
        else
            table.addProblem(row, QStringLiteral("type"),
                             tr("The type “%1” is not Max or Min.")
                                 .arg(table.value(row, QStringLiteral("type"))));
        l.version.targetPercent = table.value(row, QStringLiteral("target_percent")).toDouble(&ok);
        if (!ok || !(l.version.targetPercent > 0 && l.version.targetPercent <= 100))
            table.addProblem(row, QStringLiteral("target_percent"),
                             tr("The compliance target “%1” is not a percentage above 0 and up "
                                "to 100.")
                                 .arg(table.value(row, QStringLiteral("target_percent"))));
        l.version.effectiveFrom
            = SleMonth::parse(table.value(row, QStringLiteral("effective_from")));
        if (!l.version.effectiveFrom.isValid())
            table.addProblem(row, QStringLiteral("effective_from"),
                             tr("“%1” is not a month (YYYY-MM).")
                                 .arg(table.value(row, QStringLiteral("effective_from"))));
        const QString key = l.category + QLatin1Char('|') + l.metric + QLatin1Char('|')
            + SleMonth::key(l.version.effectiveFrom);
        if (seen.contains(key))
            table.addProblem(
                row, QStringLiteral("effective_from"),
                tr("%1 “%2” is given twice for %3 (first on line %4).")
                    .arg(l.category, l.metric, table.value(row, QStringLiteral("effective_from")))
                    .arg(seen.value(key)));
        seen.insert(key, row.line);
        lines.append(l);
    }
    if (!table.problems().isEmpty()) {
        outcome.problems = table.problems();
        return outcome;
    }

    auto levels = ServiceLevelCatalogue::all(db);
    if (!levels)
        return levels.error();
    auto rated = ServiceLevelCatalogue::lastRatedMonth(db);
    if (!rated)
        return rated.error();

    // Group the file by level, in the order the levels first appear, versions by month.
    QStringList order;
    QMap<QString, QList<Line>> byLevel;
    for (const Line& l : std::as_const(lines)) {
        const QString key = l.category + QLatin1Char('|') + l.metric;
        if (!byLevel.contains(key))
            order << key;
        byLevel[key].append(l);
    }
    const auto problemAt = [&](const Line& l, const QString& message) {
        outcome.problems.append({ table.fileName(), l.line,
                                  int(columns().indexOf(QStringLiteral("effective_from"))) + 1,
                                  message });
    };

    // The whole file or nothing: a problem anywhere rolls every level and amendment back.
    bool keepNothing = false;
    const Status imported = auditedWrite(
        db, Permission::ManageCommittee, [&](WriteScope&) -> Status {
            // One change request per month of amendments, like the committee's formal amendments.
            QMap<QDate, QList<QPair<qint64, ServiceLevelVersion>>> amendments;
            QMap<QDate, int> amendmentLine;
            for (const QString& key : std::as_const(order)) {
                QList<Line> versions = byLevel.value(key);
                std::sort(versions.begin(), versions.end(), [](const Line& a, const Line& b) {
                    return a.version.effectiveFrom < b.version.effectiveFrom;
                });
                const ServiceLevel* existing = nullptr;
                for (const ServiceLevel& s : levels.value()) {
                    if (s.category == versions.first().category
                        && s.metric == versions.first().metric)
                        existing = &s;
                }
                qint64 levelId = existing ? existing->id : 0;
                QDate latest;
                if (existing) {
                    for (const ServiceLevelVersion& v : existing->versions)
                        latest = qMax(latest, v.effectiveFrom);
                }
                for (const Line& l : std::as_const(versions)) {
                    const ServiceLevelVersion* same = nullptr;
                    if (existing) {
                        for (const ServiceLevelVersion& v : existing->versions) {
                            if (v.effectiveFrom == l.version.effectiveFrom)
                                same = &v;
                        }
                    }
                    if (same) {
                        if (sameDefinition(*same, l.version))
                            ++outcome.unchanged;
                        else
                            problemAt(
                                l,
                                tr("%1 “%2” already has a different definition from %3; change it "
                                   "with an amendment, not an import.")
                                    .arg(l.category, l.metric,
                                         SleMonth::key(l.version.effectiveFrom)));
                        continue;
                    }
                    if (!levelId) {
                        auto created
                            = ServiceLevelCatalogue::create(db, l.category, l.metric, l.version);
                        if (!created) {
                            problemAt(l, created.error().message);
                            continue;
                        }
                        levelId = created.value();
                        latest = l.version.effectiveFrom;
                        ++outcome.added;
                        continue;
                    }
                    if (latest.isValid() && l.version.effectiveFrom <= latest) {
                        problemAt(
                            l,
                            tr("%1 “%2” already has a version from %3; an imported version must "
                               "start later.")
                                .arg(l.category, l.metric, SleMonth::key(latest)));
                        continue;
                    }
                    if (rated.value().isValid() && l.version.effectiveFrom <= rated.value()) {
                        problemAt(l,
                                  tr("%1 is already rated; a change never rewrites a month already "
                                     "evaluated.")
                                      .arg(SleMonth::key(l.version.effectiveFrom)));
                        continue;
                    }
                    amendments[l.version.effectiveFrom].append({ levelId, l.version });
                    amendmentLine.insert(l.version.effectiveFrom, l.line);
                    latest = l.version.effectiveFrom;
                    ++outcome.added;
                }
            }
            for (auto it = amendments.cbegin();
                 it != amendments.cend() && outcome.problems.isEmpty(); ++it) {
                ChangeRequest request;
                request.title = tr("Catalogue imported from %1, effective %2")
                                    .arg(table.fileName(), SleMonth::key(it.key()));
                request.effectiveFrom = it.key();
                request.requestedOn = it.key();
                request.decidedOn = it.key();
                request.decision = tr("Imported with the catalogue.");
                if (auto r = ServiceLevelCatalogue::amend(db, request, it.value()); !r)
                    outcome.problems.append(
                        { table.fileName(), amendmentLine.value(it.key()), 0, r.error().message });
            }
            if (!outcome.problems.isEmpty()) {
                keepNothing = true;
                return Error {}; // rolls back
            }
            return {};
        });
    if (keepNothing) {
        outcome.added = 0;
        outcome.unchanged = 0;
        return outcome; // nothing changed
    }
    if (!imported)
        return imported.error();
    return outcome;
}

Result<QString> CatalogueTransfer::exportText(const Database& db)
{
    auto levels = ServiceLevelCatalogue::all(db);
    if (!levels)
        return levels.error();
    QString text = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const ServiceLevel& level : levels.value()) {
        for (const ServiceLevelVersion& v : level.versions)
            text += SetupCsvWriter::line(
                { level.category, level.metric, SetupCsvWriter::number(v.threshold),
                  SleText::unitKey(v.unit), SleText::typeKey(v.type),
                  SetupCsvWriter::number(v.targetPercent), SleMonth::key(v.effectiveFrom) });
    }
    return text;
}

Status CatalogueTransfer::exportFile(const Database& db, const QString& path)
{
    auto text = exportText(db);
    if (!text)
        return text.error();
    return writeFileAtomically(path, text.value().toUtf8());
}

} // namespace csc
