// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "core/domain/AuditedWrite.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

namespace csc {

Result<std::optional<QString>> SettingsStore::value(const Database& db, const QString& key)
{
    auto stored = queryScalar(
        db, QStringLiteral("SELECT value FROM committee_setting WHERE key = ?"), { key });
    if (!stored)
        return stored.error();
    if (!stored.value().isValid())
        return std::optional<QString>();
    return std::optional<QString>(stored.value().toString());
}

Status SettingsStore::writeValue(WriteScope& w, const QString& key, const QString& oldText,
                                 const QString& text)
{
    const QString upsert = SqlDialect::of(w.db()).upsert(
        QStringLiteral("committee_setting"), { QStringLiteral("key"), QStringLiteral("value") },
        { QStringLiteral("key") }, { QStringLiteral("value") });
    if (auto s = w.exec(upsert, { key, text }); !s)
        return s;
    return w.audit(QStringLiteral("setting"), key, QStringLiteral("update"),
                   { { QStringLiteral("value"), oldText, text } });
}

Result<QList<Holiday>> SettingsStore::holidays(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT day, name FROM holiday ORDER BY day"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Holiday> result;
    while (q.next())
        result.append(
            { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString() });
    return result;
}

Result<int> SettingsStore::holidayCount(const Database& db)
{
    auto n = queryScalar(db, QStringLiteral("SELECT count(*) FROM holiday"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status SettingsStore::replaceHolidays(WriteScope& w, const QList<Holiday>& holidays,
                                      const QList<FieldChange>& changes)
{
    if (auto s = w.exec(QStringLiteral("DELETE FROM holiday")); !s)
        return s;
    for (const Holiday& h : holidays) {
        if (auto s = w.exec(
                QStringLiteral("INSERT INTO holiday(day, name) VALUES (?, ?)"),
                { h.day.toString(Qt::ISODate), h.name.isNull() ? QStringLiteral("") : h.name });
            !s)
            return s;
    }
    return w.audit(QStringLiteral("holiday_calendar"), QStringLiteral("holidays"),
                   QStringLiteral("update"), changes);
}

} // namespace csc
