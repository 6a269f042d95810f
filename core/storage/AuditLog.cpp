// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "EditGuard.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace csc {

namespace {

QString changesToJson(const QList<FieldChange>& changes)
{
    QJsonArray array;
    for (const FieldChange& c : changes) {
        array.append(QJsonObject {
            { QStringLiteral("field"), c.field },
            { QStringLiteral("old"), QJsonValue::fromVariant(c.oldValue) },
            { QStringLiteral("new"), QJsonValue::fromVariant(c.newValue) },
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldChange> changesFromJson(const QString& json)
{
    QList<FieldChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        changes.append({ o.value(QStringLiteral("field")).toString(),
                         o.value(QStringLiteral("old")).toVariant(),
                         o.value(QStringLiteral("new")).toVariant() });
    }
    return changes;
}

const QString kGenesis
    = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");

} // namespace

QString AuditLog::hashOf(const AuditEntry& e, const QString& changesJson)
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(e.id) + sep + e.at.toString(Qt::ISODate) + sep
        + e.actor + sep + e.actorRole + sep + e.entity + sep + e.entityId + sep + e.action + sep
        + changesJson + sep + e.prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuditHead::toText() const
{
    return QLatin1String("audit ") + QString::number(entries) + QLatin1Char(' ') + hash;
}

Result<AuditHead> AuditHead::fromText(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok = false;
    AuditHead head;
    if (parts.size() == 3 && parts.at(0) == QLatin1String("audit"))
        head.entries = parts.at(1).toLongLong(&ok);
    static const QRegularExpression kHex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!ok || head.entries < 0 || !kHex.match(parts.at(2)).hasMatch())
        return Error { AuditLog::tr("“%1” is not an audit chain head (expected “audit COUNT "
                                    "SHA-256”).")
                           .arg(text.left(80)),
                       {} };
    head.hash = parts.at(2);
    return head;
}

Result<AuditHead> AuditLog::head(const Database& db)
{
    SqlQuery last(db,
                  QStringLiteral("SELECT (SELECT count(*) FROM audit_log), "
                                 "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"));
    if (auto s = last.exec(); !s)
        return s.error();
    AuditHead head;
    head.hash = kGenesis;
    if (last.next()) {
        head.entries = last.value(0).toLongLong();
        if (!last.value(1).isNull())
            head.hash = last.value(1).toString();
    }
    return head;
}

Result<qint64> AuditLog::record(Database& db, const QString& entity, const QString& entityId,
                                const QString& action, const QList<FieldChange>& changes)
{
    // Concurrent writers on a server take turns here, so each links to the one before.
    if (auto s = SqlDialect::of(db).serialiseAuditAppend(db); !s)
        return s.error();
    // A record someone is editing from an older version: refused here, under the same lock.
    if (auto s = EditGuard::verify(db, entity, entityId); !s)
        return s.error();
    SqlQuery last(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (auto s = last.exec(); !s)
        return s.error();
    AuditEntry e;
    e.id = 1;
    e.prevHash = kGenesis;
    if (last.next()) {
        e.id = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    e.at = QDateTime::currentDateTimeUtc();
    e.at.setTime(QTime(e.at.time().hour(), e.at.time().minute(), e.at.time().second()));
    e.actor = db.session().name.isEmpty() ? tr("unknown") : db.session().name;
    e.actorRole = RoleNames::key(db.session().role);
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    const QString json = changesToJson(changes);
    e.hash = hashOf(e, json);

    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO audit_log(id, at_utc, actor, actor_role, entity, "
                                   "entity_id, action, changes, prev_hash, hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(e.id)
        .bind(e.at.toString(Qt::ISODate))
        .bind(e.actor)
        .bind(e.actorRole)
        .bind(e.entity);
    insert.bind(e.entityId).bind(e.action).bind(json).bind(e.prevHash).bind(e.hash);
    if (auto s = insert.exec(); !s)
        return s.error();
    ChangeNotifier::of(db).note(entity);
    if (db.transactionDepth() == 0)
        ChangeNotifier::of(db).flush(); // a write outside a transaction is committed already
    return e.id;
}

Result<QList<AuditEntry>> AuditLog::entries(const Database& db, const QString& entity,
                                            const QString& entityId)
{
    QString sql = QStringLiteral("SELECT id, at_utc, actor, actor_role, entity, entity_id, action, "
                                 "changes, prev_hash, hash FROM audit_log WHERE 1=1");
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
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.actor = q.value(2).toString();
        e.actorRole = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.action = q.value(6).toString();
        e.changes = changesFromJson(q.value(7).toString());
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        result.append(e);
    }
    return result;
}

Result<AuditVerification> AuditLog::verify(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, at_utc, actor, actor_role, entity, entity_id, action, "
                              "changes, prev_hash, hash FROM audit_log ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    AuditVerification report;
    QString previousHash = kGenesis;
    qint64 expectedId = 1;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.actor = q.value(2).toString();
        e.actorRole = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.action = q.value(6).toString();
        const QString json = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        ++report.entriesChecked;

        QString problem;
        if (e.id != expectedId)
            problem = tr("entry %1 is missing: entries were removed before entry %2")
                          .arg(expectedId)
                          .arg(e.id);
        else if (e.prevHash != previousHash)
            problem = tr("entry %1 does not follow the entry before it: an entry was inserted or "
                         "removed")
                          .arg(e.id);
        else if (hashOf(e, json) != e.hash)
            problem = tr("entry %1 was altered after it was written").arg(e.id);
        if (!problem.isEmpty()) {
            report.intact = false;
            report.firstBadId = e.id;
            report.problem = problem;
            return report;
        }
        previousHash = e.hash;
        expectedId = e.id + 1;
    }
    return report;
}

QList<FieldChange> AuditLog::diff(const QVariantMap& before, const QVariantMap& after)
{
    QList<FieldChange> changes;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : keys) {
        const QVariant a = before.value(key);
        const QVariant b = after.value(key);
        if (a != b)
            changes.append({ key, a, b });
    }
    return changes;
}

Status auditedUpdate(Database& db, const QString& entity, qint64 entityId,
                     const QList<FieldChange>& changes, const QString& sql,
                     const QVariantList& values)
{
    if (changes.isEmpty())
        return {};
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = execute(db, sql, values); !s)
        return s;
    if (auto a = AuditLog::record(db, entity, QString::number(entityId), QStringLiteral("update"),
                                  changes);
        !a)
        return a.error();
    return tx.commit();
}

} // namespace csc
