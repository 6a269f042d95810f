// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditGuard.h"

#include "AuditStore.h"
#include "Database.h"

#include <QSet>

namespace csc {

namespace {

struct Guarded
{
    const Database* db;
    QString entity;
    QString id;
    friend bool operator==(const Guarded& a, const Guarded& b)
    {
        return a.db == b.db && a.entity == b.entity && a.id == b.id;
    }
};

size_t qHash(const Guarded& g, size_t seed = 0)
{
    return qHashMulti(seed, quintptr(g.db), g.entity, g.id);
}

// The versions a guarded write may find: the one its editor saw, and its own entries.
QHash<Guarded, QSet<qint64>>& guards()
{
    static QHash<Guarded, QSet<qint64>> all;
    return all;
}

// The detail that marks a stale edit for isStaleEdit (not shown on its own).
const QString kStaleMarker = QStringLiteral("stale-edit");

// Entries that add to a record without changing what its editors show (appends: never stale).
const QStringList& appendOnlyActions()
{
    static const QStringList actions { QStringLiteral("comment"), QStringLiteral("attach") };
    return actions;
}

} // namespace

Result<qint64> EditGuard::versionOf(const Database& db, const QString& entity, qint64 id)
{
    return versionOf(db, entity, QString::number(id));
}

Result<qint64> EditGuard::versionOf(const Database& db, const QString& entity, const QString& id)
{
    auto newest = AuditStore::newest(db, entity, id, appendOnlyActions());
    if (!newest)
        return newest.error();
    return newest.value() ? newest.value()->id : 0;
}

Result<QHash<QString, qint64>> EditGuard::versionsOf(const Database& db, const QString& entity)
{
    return AuditStore::newestIds(db, entity, appendOnlyActions());
}

EditGuard::EditGuard(const Database& db, const QString& entity, qint64 id, qint64 seenVersion)
    : EditGuard(db, entity, QString::number(id), seenVersion)
{ }

EditGuard::EditGuard(const Database& db, const QString& entity, const QString& id,
                     qint64 seenVersion)
    : m_db(db)
    , m_entity(entity)
    , m_id(id)
{
    guards().insert({ &db, entity, id }, { seenVersion });
}

EditGuard::~EditGuard()
{
    guards().remove({ &m_db, m_entity, m_id });
}

Status EditGuard::verify(const Database& db, const QString& entity, const QString& entityId)
{
    const auto found = guards().constFind({ &db, entity, entityId });
    if (found == guards().cend())
        return {};
    auto newest = AuditStore::newest(db, entity, entityId, appendOnlyActions());
    if (!newest)
        return newest.error();
    // A record never changed through core (0) is as its editor saw it.
    const qint64 now = newest.value() ? newest.value()->id : 0;
    if (found.value().contains(now))
        return {};
    const AuditEntry& last = *newest.value();
    return Error { tr("%1 changed this record at %2 UTC while you were editing it, so your "
                      "change was not saved; your text is kept. Look at their change, then make "
                      "yours again.")
                       .arg(last.actor, last.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                   kStaleMarker };
}

void EditGuard::noteOwnEntry(const Database& db, const QString& entity, const QString& entityId,
                             qint64 entryId)
{
    const auto found = guards().find({ &db, entity, entityId });
    if (found != guards().end())
        found.value().insert(entryId);
}

bool EditGuard::isStaleEdit(const Error& error)
{
    return error.detail == kStaleMarker;
}

} // namespace csc
