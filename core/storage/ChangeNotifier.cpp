// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeNotifier.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace csc {

namespace {
QHash<const Database*, ChangeNotifier*>& notifiers()
{
    static QHash<const Database*, ChangeNotifier*> all;
    return all;
}
} // namespace

ChangeNotifier& ChangeNotifier::of(const Database& db)
{
    ChangeNotifier*& n = notifiers()[&db];
    if (!n)
        n = new ChangeNotifier;
    return *n;
}

void ChangeNotifier::forget(const Database* db)
{
    delete notifiers().take(db);
}

EntityChange::Kind EntityChange::kindOfAction(const QString& action)
{
    if (action == QLatin1String("create") || action == QLatin1String("add")
        || action == QLatin1String("insert"))
        return Kind::Inserted;
    if (action == QLatin1String("delete") || action == QLatin1String("remove"))
        return Kind::Removed;
    return Kind::Updated;
}

QList<EntityChange> DataChange::rowsOf(const QString& entity) const
{
    QList<EntityChange> result;
    for (const EntityChange& row : rows) {
        if (row.entity != entity)
            continue;
        auto same = std::find_if(result.begin(), result.end(),
                                 [&](const EntityChange& r) { return r.id == row.id; });
        if (same == result.end())
            result << row;
        else if (same->kind != EntityChange::Kind::Inserted)
            same->kind = row.kind; // inserted then updated in one write is still new
        else if (row.kind == EntityChange::Kind::Removed)
            result.erase(same); // inserted and removed in one write: nothing to show
    }
    return result;
}

bool DataChange::onlyUpdates(const QString& entity) const
{
    const QList<EntityChange> of = rowsOf(entity);
    return !of.isEmpty() && std::all_of(of.begin(), of.end(), [](const EntityChange& r) {
        return r.kind == EntityChange::Kind::Updated;
    });
}

void ChangeNotifier::note(const QString& entity)
{
    m_pending.insert(entity);
}

void ChangeNotifier::note(const QString& entity, const QString& id, const QString& action)
{
    m_pending.insert(entity);
    m_pendingRows << EntityChange { entity, id, EntityChange::kindOfAction(action) };
}

void ChangeNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    DataChange change { std::exchange(m_pending, {}), std::exchange(m_pendingRows, {}) };
    Q_EMIT changed(change);
}

void ChangeNotifier::announceRemote(const QString& entity)
{
    Q_EMIT changed(DataChange { { entity }, {} }); // which rows: not said, so views reload
}

void ChangeNotifier::discard()
{
    m_pending.clear();
    m_pendingRows.clear();
}

} // namespace csc
