// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommitObserver.h"
#include "Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace csc {

class DatabaseLock;
class ReviewCopyOpener;

// The key that lets a file marked as a member's review copy be opened writable: only the
// review opener (core/review/ReviewCopyOpener) can make one, so no other path opens a copy
// as if it were the committee's own file.
class CopyAccess
{
    friend class ReviewCopyOpener;
    CopyAccess() = default;
};

// One open CSC Desk database: the SQLite connection, its lock, its schema state
// and the session (who is making changes). Everything dialect-specific about
// opening lives here and in Migrations; the rest of core talks SQL through SqlQuery.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options
    {
        bool readOnly = false; // the user asked for read-only
        int targetVersion = -1; // tests only: stop migrating at this version
        // Skip PRAGMA quick_check at opening (FileCheck::open runs it beside the first reads);
        // the header is still read, and a file to be upgraded is checked before the upgrade.
        bool deferQuickCheck = false;
    };

    // Opens an existing CSC Desk database. Never creates one: a missing path, an empty
    // file or any other file is refused ("not a CSC Desk database") and left untouched.
    // A member's review copy (meta key `review_copy_id`, written by core/review) is refused
    // unless opened read-only: it opens writable only through ReviewCopyOpener, pinned to
    // its member and role.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options,
                                                  const CopyAccess& access);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options {});
    }
    // The one way to make a database: a new, empty committee at `path`, which must not
    // exist (an existing file, even an empty one, is refused and left untouched).
    static Result<std::unique_ptr<Database>> create(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> create(const QString& path)
    {
        return create(path, Options {});
    }
    // A committee on a PostgreSQL server: "postgresql://user@host:port/dbname?sslmode=…"
    // (libpq's URI; the password from the URI, PGPASSWORD or ~/.pgpass, TLS as libpq does).
    static bool isServerUrl(const QString& pathOrUrl);
    // A private in-memory database with the full schema, for tests and previews.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }
    // A shared committee on a PostgreSQL server (not a file).
    bool isServer() const { return m_server; }
    // On a server: the CSC Desk role the login is a member of (cscdesk_chair …); the session's
    // role follows it, since the server enforces it anyway.
    std::optional<Role> serverRole() const { return m_serverRole; }

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Translated sentence saying why the database is read-only; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }

    int schemaVersion() const;
    static int currentSchemaVersion();
    // The copy made before the last migration of this file, if any.
    QString migrationBackupPath() const { return m_backupPath; }

    const UserSession& session() const { return m_session; }
    // Once pinned (a review copy: its member, in its role), setSession keeps the pinned
    // session whatever it is given.
    void setSession(const UserSession& session);
    void pinSession(const UserSession& session);
    bool isSessionPinned() const { return m_pinnedSession.has_value(); }

    // Observers are called after the outermost commit and before the database closes.
    void addCommitObserver(std::unique_ptr<CommitObserver> observer);
    // Calls the observers now (outside any transaction), e.g. before reading what they wrote.
    void notifyCommitObservers();

    // The committee this database belongs to (stable UUID, created with the file).
    QString committeeId() const;

    // SQLite's online backup of the whole database into `targetPath` (overwritten).
    Status backupTo(const QString& targetPath) const;

    // The raw handle, for SQLite features Qt has no wrapper for (backup, session).
    sqlite3* handle() const;

    // Nesting depth of Transaction objects; used by Transaction only.
    int& transactionDepth() { return m_transactionDepth; }
    // Called by Transaction after the outermost COMMIT.
    void committed();

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openFile(const QString& path, const Options& options,
                                                      bool creating, bool copyAllowed);
    Status configureConnection();
    Status migrate(int targetVersion);
    static Result<std::unique_ptr<Database>> openServer(const QString& url, const Options& options,
                                                        bool creating);
    void listenForChanges();

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    UserSession m_session;
    std::unique_ptr<DatabaseLock> m_lock;
    std::optional<UserSession> m_pinnedSession;
    std::vector<std::unique_ptr<CommitObserver>> m_observers;
    int m_transactionDepth = 0;
    bool m_server = false;
    std::optional<Role> m_serverRole;
};

} // namespace csc
