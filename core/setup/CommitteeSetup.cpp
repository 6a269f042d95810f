// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeSetup.h"

#include "core/meetings/Committee.h"
#include "core/performance/CatalogueStore.h"
#include "core/settings/CommitteeSettings.h"
#include "core/settings/SettingsStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QFile>

namespace csc {

QStringList SetupState::missing() const
{
    if (isDemo)
        return {};
    QStringList list;
    if (!hasName)
        list << CommitteeSetup::tr("the committee's name");
    if (!hasRoster)
        list << CommitteeSetup::tr("the roster");
    if (!hasHolidays)
        list << CommitteeSetup::tr("the holiday calendar");
    if (!hasCatalogue)
        list << CommitteeSetup::tr("the service level catalogue");
    if (!rulesReviewed)
        list << CommitteeSetup::tr("the rules (response windows, thresholds)");
    return list;
}

Result<std::unique_ptr<Database>> CommitteeSetup::createCommittee(const QString& path,
                                                                  const QString& name,
                                                                  const UserSession& session)
{
    if (name.trimmed().isEmpty())
        return Error { tr("A new committee needs a name."), {} };
    auto db = Database::create(path);
    if (!db)
        return db.error();
    db.value()->setSession(session);
    if (auto s = CommitteeSettings::setValue(*db.value(), CommitteeSettings::Key::CommitteeName,
                                             name.trimmed());
        !s) {
        const QString file = db.value()->path();
        db.value().reset();
        QFile::remove(file);
        QFile::remove(file + QLatin1String("-wal"));
        QFile::remove(file + QLatin1String("-shm"));
        return s.error();
    }
    return db;
}

Result<SetupState> CommitteeSetup::state(const Database& db)
{
    SetupState s;
    s.isDemo = isDemo(db);
    s.hasName = !committeeName(db).isEmpty();
    // Counted through the stores of each aggregate; setup holds no SQL.
    auto members = Committee::members(db);
    if (!members)
        return members.error();
    auto holidays = SettingsStore::holidayCount(db);
    if (!holidays)
        return holidays.error();
    auto levels = CatalogueStore::serviceLevelCount(db);
    if (!levels)
        return levels.error();
    s.hasRoster = !members.value().isEmpty();
    s.hasHolidays = holidays.value() > 0;
    s.hasCatalogue = levels.value() > 0;
    s.rulesReviewed = CommitteeSettings::value(db, CommitteeSettings::Key::RulesReviewed).toBool();
    return s;
}

bool CommitteeSetup::isDemo(const Database& db)
{
    // The generator records the database's creation as the demo's.
    const auto entries
        = AuditLog::entries(db, QStringLiteral("database"), QStringLiteral("demo")).valueOr({});
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const AuditEntry& e) { return e.action == QLatin1String("create"); });
}

QString CommitteeSetup::committeeName(const Database& db)
{
    return CommitteeSettings::value(db, CommitteeSettings::Key::CommitteeName).toString().trimmed();
}

} // namespace csc
