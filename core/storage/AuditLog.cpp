// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditStore.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "EditGuard.h"
#include "SqlDialect.h"

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
    // A reader who does not see every entry gets the head of the whole chain from the server.
    auto walked = SqlDialect::of(db).auditChainForRestrictedReader(db);
    if (!walked)
        return walked.error();
    if (const auto& c = walked.value())
        return AuditHead { c->entries, c->entries > 0 ? c->headHash : kGenesis };
    auto tail = AuditStore::tail(db);
    if (!tail)
        return tail.error();
    AuditHead head;
    head.entries = tail.value().count;
    head.hash = tail.value().lastId > 0 ? tail.value().lastHash : kGenesis;
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
    auto tail = AuditStore::last(db);
    if (!tail)
        return tail.error();
    AuditEntry e;
    e.id = 1;
    e.prevHash = kGenesis;
    if (tail.value().lastId > 0) {
        e.id = tail.value().lastId + 1;
        e.prevHash = tail.value().lastHash;
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

    if (auto s = AuditStore::append(db, e, json); !s)
        return s.error();
    EditGuard::noteOwnEntry(db, entity, entityId, e.id);
    ChangeNotifier::of(db).note(entity, entityId, action);
    if (db.transactionDepth() == 0)
        ChangeNotifier::of(db).flush(); // a write outside a transaction is committed already
    return e.id;
}

Result<QList<AuditEntry>> AuditLog::entries(const Database& db, const QString& entity,
                                            const QString& entityId)
{
    auto stored = AuditStore::entries(db, entity, entityId);
    if (!stored)
        return stored.error();
    QList<AuditEntry> result;
    result.reserve(stored.value().size());
    for (const AuditStore::StoredEntry& s : stored.value()) {
        AuditEntry e = s.entry;
        e.changes = changesFromJson(s.changesJson);
        result.append(e);
    }
    return result;
}

Result<AuditVerification> AuditLog::verify(const Database& db)
{
    using Problem = SqlDialect::ChainCheck::Problem;
    // A reader who does not see every entry (an observer on the server) has the server walk
    // the chain and learns only where it breaks, not what the hidden entries say.
    auto walked = SqlDialect::of(db).auditChainForRestrictedReader(db);
    if (!walked)
        return walked.error();
    SqlDialect::ChainCheck check;
    if (walked.value()) {
        check = *walked.value();
    } else {
        auto stored = AuditStore::entries(db);
        if (!stored)
            return stored.error();
        QString previousHash = kGenesis;
        qint64 expectedId = 1;
        for (const AuditStore::StoredEntry& s : stored.value()) {
            const AuditEntry& e = s.entry;
            ++check.checked;
            if (e.id != expectedId)
                check.problem = Problem::Missing;
            else if (e.prevHash != previousHash)
                check.problem = Problem::Unlinked;
            else if (hashOf(e, s.changesJson) != e.hash)
                check.problem = Problem::Altered;
            if (check.problem != Problem::None) {
                check.firstBadId = e.id;
                check.expectedId = expectedId;
                break;
            }
            previousHash = e.hash;
            expectedId = e.id + 1;
        }
    }
    AuditVerification report;
    report.entriesChecked = check.checked;
    report.intact = check.problem == Problem::None;
    report.firstBadId = check.firstBadId;
    switch (check.problem) {
    case Problem::None:
        break;
    case Problem::Missing:
        report.problem = tr("entry %1 is missing: entries were removed before entry %2")
                             .arg(check.expectedId)
                             .arg(check.firstBadId);
        break;
    case Problem::Unlinked:
        report.problem = tr("entry %1 does not follow the entry before it: an entry was inserted "
                            "or removed")
                             .arg(check.firstBadId);
        break;
    case Problem::Altered:
        report.problem = tr("entry %1 was altered after it was written").arg(check.firstBadId);
        break;
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

} // namespace csc
