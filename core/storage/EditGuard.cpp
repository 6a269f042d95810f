// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditGuard.h"

#include "AuditLog.h"
#include "Database.h"

#include <QHash>

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

QHash<Guarded, qint64>& guards()
{
    static QHash<Guarded, qint64> all;
    return all;
}

// The detail that marks a stale edit for isStaleEdit (not shown on its own).
const QString kStaleMarker = QStringLiteral("stale-edit");

} // namespace

Result<qint64> EditGuard::versionOf(const Database& db, const QString& entity, qint64 id)
{
    auto entries = AuditLog::entries(db, entity, QString::number(id));
    if (!entries)
        return entries.error();
    return entries.value().isEmpty() ? 0 : entries.value().last().id;
}

EditGuard::EditGuard(const Database& db, const QString& entity, qint64 id, qint64 seenVersion)
    : m_db(db)
    , m_entity(entity)
    , m_id(id)
{
    guards().insert({ &db, entity, QString::number(id) }, seenVersion);
}

EditGuard::~EditGuard()
{
    guards().remove({ &m_db, m_entity, QString::number(m_id) });
}

Status EditGuard::verify(const Database& db, const QString& entity, const QString& entityId)
{
    const auto found = guards().constFind({ &db, entity, entityId });
    if (found == guards().cend())
        return {};
    auto entries = AuditLog::entries(db, entity, entityId);
    if (!entries)
        return entries.error();
    if (entries.value().isEmpty() || entries.value().last().id == found.value())
        return {};
    const AuditEntry& last = entries.value().last();
    return Error { tr("%1 changed this record at %2 UTC while you were editing it, so your "
                      "change was not saved; your text is kept. Look at their change, then make "
                      "yours again.")
                       .arg(last.actor, last.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                   kStaleMarker };
}

bool EditGuard::isStaleEdit(const Error& error)
{
    return error.detail == kStaleMarker;
}

} // namespace csc
