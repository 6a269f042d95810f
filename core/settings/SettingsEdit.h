// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommitteeSettings.h"

#include <QMap>

#include <optional>

namespace csc {

// What the settings dialog edits at once: values by key, and the whole holiday calendar
// (nullopt: left as it is).
struct SettingsEdit
{
    QMap<CommitteeSettings::Key, QVariant> values;
    std::optional<QList<Holiday>> holidays;

    // What the committee holds now for the keys this edit sets (and the calendar, if it sets
    // it): the value an undo of the edit restores, and the value read back after it.
    SettingsEdit heldIn(const Database& db) const;
    // Whether apply() would write anything; refused as apply() refuses an invalid calendar.
    Result<bool> changes(const Database& db) const;

    // Applies the edit in one audited write (all of it or nothing), each changed value and
    // the calendar audited as CommitteeSettings::setValue and setHolidays do. Needs
    // ManageCommittee. Refuses a holiday without a date or a name, saying which.
    Status apply(Database& db) const;

    friend bool operator==(const SettingsEdit& a, const SettingsEdit& b)
    {
        return a.values == b.values && a.holidays == b.holidays;
    }
};

} // namespace csc
