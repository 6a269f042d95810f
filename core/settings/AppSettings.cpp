// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QDir>
#include <QStandardPaths>

#include <array>

namespace csc {

namespace {

struct KeySpec
{
    AppSettings::Key key;
    const char* name;
    QVariant (*defaultValue)();
};

QString systemUserName()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("secretariat") : name;
}

const std::array<KeySpec, 10> kKeys { {
    { AppSettings::Key::ProfileName, "profile/name", [] { return QVariant(systemUserName()); } },
    { AppSettings::Key::ProfileRole, "profile/role",
      [] { return QVariant(QStringLiteral("secretariat")); } },
    { AppSettings::Key::ProfileMemberId, "profile/memberId", [] { return QVariant(0); } },
    { AppSettings::Key::LastDatabase, "database/last", [] { return QVariant(QString()); } },
    { AppSettings::Key::MainWindowGeometry, "mainWindow/geometry",
      [] { return QVariant(QByteArray()); } },
    { AppSettings::Key::MainWindowState, "mainWindow/state",
      [] { return QVariant(QByteArray()); } },
    { AppSettings::Key::CurrentSection, "mainWindow/section", [] { return QVariant(0); } },
    { AppSettings::Key::Language, "ui/language", [] { return QVariant(QString()); } },
    { AppSettings::Key::ServerConnection, "database/server", [] { return QVariant(QString()); } },
    { AppSettings::Key::ServerAtStartup, "database/serverAtStartup",
      [] { return QVariant(true); } },
} };

const KeySpec& spec(AppSettings::Key key)
{
    for (const KeySpec& s : kKeys) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

const QString kVersionKey = QStringLiteral("settingsVersion");

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

QVariant AppSettings::value(Key key) const
{
    const KeySpec& s = spec(key);
    return m_settings->value(QLatin1String(s.name), s.defaultValue());
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(spec(key).name), value);
}

QString AppSettings::startupServer() const
{
    return value(Key::ServerAtStartup).toBool() ? value(Key::ServerConnection).toString()
                                                : QString();
}

UserSession AppSettings::profile() const
{
    UserSession session;
    session.name = value(Key::ProfileName).toString();
    session.role = RoleNames::fromKey(value(Key::ProfileRole).toString(), Role::Secretariat);
    session.memberId = value(Key::ProfileMemberId).toLongLong();
    return session;
}

void AppSettings::setProfile(const UserSession& session)
{
    setValue(Key::ProfileName, session.name);
    setValue(Key::ProfileRole, RoleNames::key(session.role));
    setValue(Key::ProfileMemberId, session.memberId);
}

void AppSettings::migrate()
{
    const int stored = m_settings->value(kVersionKey, 0).toInt();
    if (stored >= kVersion)
        return;
    // Version 1 is the first layout; later versions rename or convert keys here.
    m_settings->setValue(kVersionKey, kVersion);
}

} // namespace csc
