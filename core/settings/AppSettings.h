// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Session.h"

#include <QByteArray>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace csc {

// The per-user settings (profile, window state, last database), typed, with
// every default in one table and a version for migrating old keys. Settings
// that belong to the committee travel in the database (CommitteeSettings).
class AppSettings
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        ProfileName,
        ProfileRole,
        ProfileMemberId,
        LastDatabase,
        MainWindowGeometry,
        MainWindowState,
        CurrentSection,
        Language,
        // The committee's shared server ("postgresql://user@host:port/dbname", never a
        // password: libpq reads it from ~/.pgpass or PGPASSWORD); opened when --db is not given.
        ServerConnection,
        // Whether the saved server opens at start-up (when --db is not given).
        ServerAtStartup,
    };

    // Uses the application's default QSettings location.
    AppSettings();
    // Uses an INI file: tests give each run its own.
    explicit AppSettings(const QString& iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void sync() { m_settings->sync(); }

    // The shared server to open at start-up when --db is not given (empty: none).
    QString startupServer() const;

    UserSession profile() const;
    void setProfile(const UserSession& session);

    static constexpr int kVersion = 1;

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace csc
