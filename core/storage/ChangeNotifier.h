// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace csc {

class Database;

// What a committed write changed: the audit entities it touched ("minutes", "case", "member"...).
// Views compare against the entities they show instead of being told by the page that wrote.
struct DataChange
{
    QSet<QString> entities;
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
    // Called by the database after the outermost COMMIT / ROLLBACK.
    void flush();
    void discard();
    // A change another client committed (on a shared server), announced at once.
    void announceRemote(const QString& entity);

Q_SIGNALS:
    void changed(const csc::DataChange& change);

private:
    QSet<QString> m_pending;
};

} // namespace csc
