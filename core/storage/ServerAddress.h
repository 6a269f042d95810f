// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace csc {

// The address of a committee's shared server as the Settings page edits it, and the
// postgresql:// URL core opens (Database::open). A password is never part of what is kept:
// libpq reads it from ~/.pgpass or PGPASSWORD, else the user types it for one connection.
// TLS is libpq's: sslmode (and sslrootcert & co. given in the URL) are passed through.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host; // a name, an address, or a socket folder (starting with '/')
    int port = 0; // 0: libpq's default (5432)
    QString database;
    QString user;
    QString sslMode; // empty: libpq's default (prefer, or PGSSLMODE)

    bool isEmpty() const { return database.isEmpty(); }
    // postgresql://user@host:port/dbname?sslmode=…; a socket folder goes in ?host=.
    QString toUrl() const;
    // The fields of a postgresql:// URL (other options and any password are left out).
    static ServerAddress fromUrl(const QString& url);
    // The same URL carrying a password, for one connection (never shown, never saved).
    static QString withPassword(const QString& url, const QString& password);

    // The sslmode values libpq knows, in order of strictness.
    static QStringList sslModes();
    // Whether a connection was refused for a missing or wrong password (ask the user).
    static bool needsPassword(const Error& error);
    // Connects once, read-only, and says what it found ("Connected to … as chair; schema 12").
    static Result<QString> test(const QString& url);
};

} // namespace csc
