// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace csc {

class Database;

// One row a committed write touched, as its audit entry names it.
struct EntityChange
{
    enum class Kind { Inserted, Updated, Removed };
    QString entity; // "minutes_section", "case", "member", ...
    QString id; // the audit entry's entity id
    Kind kind = Kind::Updated;

    // The kind an audit action stands for: "create"/"add" insert, "delete"/"remove" remove,
    // anything else ("update", "move", "undo", ...) updates the row.
    static Kind kindOfAction(const QString& action);
    bool operator==(const EntityChange&) const = default;
};

// What a committed write changed: the audit entities it touched ("minutes", "case", "member"...)
// and, typed, each row (entity, id, inserted/updated/removed) in the order written.
// Views compare against the entities they show instead of being told by the page that wrote;
// item models update the rows concerned instead of resetting.
struct DataChange
{
    QSet<QString> entities;
    QList<EntityChange> rows;

    // The rows of one entity that were touched, each once (its last kind wins).
    QList<EntityChange> rowsOf(const QString& entity) const;
    // True when the write only updated rows of `entity` (none inserted or removed), so a model
    // may refresh those rows in place.
    bool onlyUpdates(const QString& entity) const;
    bool touches(const QString& entity) const { return entities.contains(entity); }
    bool touchesAny(std::initializer_list<const char*> names) const
    {
        for (const char* name : names) {
            if (entities.contains(QLatin1String(name)))
                return true;
        }
        return false;
    }
};

// The database's change notifications. Every write through core records an audit entry; the
// entry's entity is noted here and announced once the outermost transaction commits (never for a
// rolled-back write), so every open view can follow what changed, whoever changed it.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The notifier of an open database (made on first use, gone with the database). Kept
    // beside Database rather than in it, so the class every file includes stays as it is.
    static ChangeNotifier& of(const Database& db);
    // Called by ~Database.
    static void forget(const Database* db);

    // Called by AuditLog::record inside the write's transaction.
    void note(const QString& entity);
    void note(const QString& entity, const QString& id, const QString& action);
    // Called by the database after the outermost COMMIT / ROLLBACK.
    void flush();
    void discard();
    // A change another client committed (on a shared server), announced at once.
    void announceRemote(const QString& entity);

Q_SIGNALS:
    void changed(const csc::DataChange& change);

private:
    QSet<QString> m_pending;
    QList<EntityChange> m_pendingRows;
};

} // namespace csc
