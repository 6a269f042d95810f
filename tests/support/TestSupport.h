// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace csc::test {

// Opens (creating) a database or fails the current test.
std::unique_ptr<Database> openOrFail(const QString& path);
// A new, empty committee database at `path` (which must not exist).
std::unique_ptr<Database> createOrFail(const QString& path);
std::unique_ptr<Database> inMemoryOrFail();
// Records the approval of every voting member on the roster (as each of them), so the minutes
// can then be approved as the procedure needs; the session is restored.
bool approveAsVotingMembers(Database& db, qint64 meetingId);

QByteArray fileBytes(const QString& path);

// A plain SQLite file written without CSC Desk (rollback journal); false on failure.
bool writeRawDatabase(const QString& path, const QStringList& statements);
// An SQLite file with an intact header and a scribbled middle: quick_check fails on it.
bool writeDamagedDatabase(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
// Removes a trigger the way someone holding the database could (sqlite3 on a file, the
// owner's psql on the server), through db's own connection; false on failure.
bool dropTrigger(Database& db, const QString& trigger, const QString& table);

// Every row of every table but the audit trail and meta, in a stable order: two
// databases with the same content give the same text.
QString contentDump(const Database& db,
                    const QStringList& skipTables
                    = { QStringLiteral("audit_log"), QStringLiteral("meta") });

struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the real cscdesk executable headless.
CommandResult runCscDesk(const QStringList& arguments, int timeoutMs = 120000);

QString testDataPath(const QString& relative);

// The throw-away PostgreSQL cluster CTest starts (tests/pg/pg_cluster.sh, fixture "pg").
// With CSC_TEST_DB=postgresql, createOrFail and inMemoryOrFail make a fresh database on it.
namespace pg {
// True when the cluster runs (CSC_TEST_PG names its folder and it said "ready").
bool available();
// Why not, for QSKIP.
const char* unavailableReason();
// The libpq URI of `database` on the cluster, as `user`.
QString url(const QString& database, const QString& user = QStringLiteral("cscdesk_admin"));
// A new, empty database on the cluster; its URI (empty, with the test failed, on error).
QString freshDatabase();
// Runs statements as the cluster's administrator; false (test failed) on error.
bool admin(const QStringList& statements, const QString& database = QStringLiteral("postgres"));
// Rows of a query as a given login (plain SQL, as psql would); each row's columns joined by '|'.
QStringList rowsAs(const QString& user, const QString& database, const QString& sql);
} // namespace pg

// The text of a PDF, read back with pdftotext (poppler-utils).
QString pdfText(const QString& pdfPath);

} // namespace csc::test
