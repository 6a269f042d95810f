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

    // Applies the edit in one audited write (all of it or nothing), each changed value and
    // the calendar audited as CommitteeSettings::setValue and setHolidays do. Needs
    // ManageCommittee. Refuses a holiday without a date or a name, saying which.
    Status apply(Database& db) const;
};

} // namespace csc
