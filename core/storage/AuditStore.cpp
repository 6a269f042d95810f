// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditStore.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

namespace csc {

namespace {

const QString kEntryColumns = QStringLiteral(
    "id, at_utc, actor, actor_role, entity, entity_id, action, changes, prev_hash, hash");

AuditStore::StoredEntry entryOf(const SqlQuery& q)
{
    AuditStore::StoredEntry s;
    AuditEntry& e = s.entry;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    e.actor = q.value(2).toString();
    e.actorRole = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.action = q.value(6).toString();
    s.changesJson = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return s;
}

} // namespace

Result<AuditStore::Tail> AuditStore::tail(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT (SELECT count(*) FROM audit_log), id, hash FROM "
                              "audit_log ORDER BY id DESC LIMIT 1"));
    if (auto s = q.exec(); !s)
        return s.error();
    Tail t;
    if (q.next()) {
        t.count = q.value(0).toLongLong();
        t.lastId = q.value(1).toLongLong();
        t.lastHash = q.value(2).toString();
    }
    return t;
}

Result<AuditStore::Tail> AuditStore::last(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (auto s = q.exec(); !s)
        return s.error();
    Tail t;
    if (q.next()) {
        t.lastId = q.value(0).toLongLong();
        t.lastHash = q.value(1).toString();
    }
    return t;
}

Status AuditStore::append(Database& db, const AuditEntry& e, const QString& changesJson)
{
    return execute(db,
                   QStringLiteral("INSERT INTO audit_log(") + kEntryColumns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   { e.id, e.at.toString(Qt::ISODate), e.actor, e.actorRole, e.entity, e.entityId,
                     e.action, changesJson, e.prevHash, e.hash });
}

Result<QList<AuditStore::StoredEntry>>
AuditStore::entries(const Database& db, const QString& entity, const QString& entityId)
{
    QString sql
        = QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM audit_log WHERE 1=1");
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += QLatin1String(" AND entity = ?");
        values << entity;
    }
    if (!entityId.isEmpty()) {
        sql += QLatin1String(" AND entity_id = ?");
        values << entityId;
    }
    sql += QLatin1String(" ORDER BY id");
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<StoredEntry> result;
    while (q.next())
        result.append(entryOf(q));
    return result;
}

Result<QStringList> AuditStore::hashes(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QDateTime> AuditStore::lastChangeUtc(const Database& db)
{
    auto v = queryScalar(db, QStringLiteral("SELECT max(at_utc) FROM audit_log"));
    if (!v)
        return v.error();
    return QDateTime::fromString(v.value().toString(), Qt::ISODate);
}

Status AuditStore::addAnchor(Database& db, const AuditHead& head, const QString& what,
                             const QDateTime& notedUtc)
{
    return execute(
        db,
        SqlDialect::of(db).insertOrIgnore(QStringLiteral("audit_anchor"),
                                          { QStringLiteral("entries"), QStringLiteral("hash"),
                                            QStringLiteral("what"), QStringLiteral("noted_utc") }),
        { head.entries, head.hash, what, notedUtc.toString(Qt::ISODate) });
}

Result<QList<AuditAnchor>> AuditStore::anchors(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, entries, hash, what, noted_utc FROM audit_anchor "
                              "ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AuditAnchor> anchors;
    while (q.next()) {
        AuditAnchor a;
        a.id = q.value(0).toLongLong();
        a.head.entries = q.value(1).toLongLong();
        a.head.hash = q.value(2).toString();
        a.what = q.value(3).toString();
        a.notedUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        anchors.append(a);
    }
    return anchors;
}

QList<AuditStore::Trigger> AuditStore::expectedGuards()
{
    const auto guard = [](const QString& name, const QString& when, const QString& table,
                          const QString& message) {
        return Trigger { name, table,
                         QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT "
                                        "RAISE(ABORT, '%4'); END")
                             .arg(name, when, table, message) };
    };
    const QString chain = QStringLiteral("the audit trail is append-only");
    const QString heads = QStringLiteral("the published audit heads are append-only");
    return {
        guard(QStringLiteral("audit_log_no_update"), QStringLiteral("UPDATE"),
              QStringLiteral("audit_log"), chain),
        guard(QStringLiteral("audit_log_no_delete"), QStringLiteral("DELETE"),
              QStringLiteral("audit_log"), chain),
        guard(QStringLiteral("audit_anchor_no_update"), QStringLiteral("UPDATE"),
              QStringLiteral("audit_anchor"), heads),
        guard(QStringLiteral("audit_anchor_no_delete"), QStringLiteral("DELETE"),
              QStringLiteral("audit_anchor"), heads),
    };
}

Result<QList<AuditStore::Trigger>> AuditStore::guardsFound(const Database& db)
{
    auto found = SqlDialect::of(db).triggersOn(
        db, { QStringLiteral("audit_log"), QStringLiteral("audit_anchor") });
    if (!found)
        return found.error();
    QList<Trigger> list;
    for (const SqlDialect::TriggerInfo& t : found.value())
        list.append({ t.name, t.table, t.sql });
    return list;
}

namespace {

// " AND action NOT IN (?, ?)" for the actions left out, with their values.
QString leaveOut(const QStringList& actions, QVariantList& values)
{
    if (actions.isEmpty())
        return {};
    QStringList marks;
    for (const QString& a : actions) {
        marks << QStringLiteral("?");
        values << a;
    }
    return QLatin1String(" AND action NOT IN (") + marks.join(QLatin1String(", "))
        + QLatin1Char(')');
}

} // namespace

Result<std::optional<AuditEntry>> AuditStore::newest(const Database& db, const QString& entity,
                                                     const QString& entityId,
                                                     const QStringList& leftOut)
{
    QVariantList values { entity, entityId };
    const QString sql = QStringLiteral("SELECT ") + kEntryColumns
        + QStringLiteral(" FROM audit_log WHERE entity = ? AND entity_id = ?")
        + leaveOut(leftOut, values) + QStringLiteral(" ORDER BY id DESC LIMIT 1");
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<AuditEntry> {};
    return std::optional<AuditEntry> { entryOf(q).entry };
}

Result<QHash<QString, qint64>> AuditStore::newestIds(const Database& db, const QString& entity,
                                                     const QStringList& leftOut)
{
    QVariantList values { entity };
    const QString sql = QStringLiteral("SELECT entity_id, MAX(id) FROM audit_log WHERE entity = ?")
        + leaveOut(leftOut, values) + QStringLiteral(" GROUP BY entity_id");
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

} // namespace csc
