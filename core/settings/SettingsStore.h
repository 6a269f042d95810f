// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace csc {

class Database;
class WriteScope;

// All SQL of the committee's settings and holiday calendar. Values travel as the text
// they are stored as; CommitteeSettings knows their types and defaults. Writes take the
// WriteScope of the caller's one audited write, so several compose into one.
class SettingsStore
{
public:
    // The stored text of `key`; nullopt when the committee never set it.
    static Result<std::optional<QString>> value(const Database& db, const QString& key);
    // Stores `text` for `key` and records the "setting" entry with the old text.
    static Status writeValue(WriteScope& w, const QString& key, const QString& oldText,
                             const QString& text);

    // The calendar, by day.
    static Result<QList<Holiday>> holidays(const Database& db);
    static Result<int> holidayCount(const Database& db);
    // Replaces the whole calendar and records one "holiday_calendar" entry with `changes`.
    static Status replaceHolidays(WriteScope& w, const QList<Holiday>& holidays,
                                  const QList<FieldChange>& changes);
};

} // namespace csc
