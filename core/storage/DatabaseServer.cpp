// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: connecting, the schema, the member's role, live refresh.
#include "ChangeNotifier.h"
#include "Database.h"
#include "DatabaseLock.h"
#include "PostgresDialect.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace csc {

namespace {

QString nextServerConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cscdesk-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The URI as shown to the user and kept as the database's "path": never the password.
QString shownUrl(QUrl url)
{
    url.setPassword({});
    return url.toString(QUrl::RemovePassword);
}

} // namespace

bool Database::isServerUrl(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("postgresql://"))
        || pathOrUrl.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& url, const Options& options,
                                                       bool creating)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.path().size() < 2)
        return Error { tr("“%1” is not a PostgreSQL address; write "
                          "postgresql://user@host:port/dbname.")
                           .arg(url),
                       parsed.errorString() };
    std::unique_ptr<Database> db(new Database);
    db->m_server = true;
    db->m_path = shownUrl(parsed);
    db->m_connectionName = nextServerConnectionName();
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!conn.isValid())
        return Error { tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver "
                          "(Debian package libqt6sql6-psql) is missing."),
                       {} };
    // Every query item is a libpq connection parameter (sslmode, sslrootcert, host for a
    // socket folder, connect_timeout, …); libpq also reads PGPASSWORD, ~/.pgpass, PGSSLMODE.
    QStringList connectOptions;
    QString host = parsed.host();
    for (const auto& [key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            host = value;
        else
            connectOptions << key + QLatin1Char('=') + value;
    }
    // The server's notices (an IF NOT EXISTS that skipped) are no news to the user.
    if (!QUrlQuery(parsed).hasQueryItem(QStringLiteral("options")))
        connectOptions << QStringLiteral("options=-cclient_min_messages=warning");
    conn.setHostName(host);
    if (parsed.port() > 0)
        conn.setPort(parsed.port());
    conn.setUserName(parsed.userName(QUrl::FullyDecoded));
    if (!parsed.password().isEmpty())
        conn.setPassword(parsed.password(QUrl::FullyDecoded));
    conn.setDatabaseName(parsed.path(QUrl::FullyDecoded).mid(1));
    conn.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!conn.open())
        return Error { tr("Cannot connect to the committee database “%1”.").arg(db->m_path),
                       conn.lastError().text() };
    if (options.readOnly)
        db->m_readOnlyReason = tr("Opened read-only as requested.");
    if (auto configured = db->configureConnection(); !configured)
        return configured.error();

    auto version = PostgresDialect::storedSchemaVersion(*db);
    if (!version)
        return version.error();
    if (creating && version.value() > 0)
        return Error { tr("“%1” already holds a CSC Desk committee; a new committee is only "
                          "created in an empty database. It was left untouched.")
                           .arg(db->m_path),
                       {} };
    if (!creating && version.value() == 0)
        return Error { tr("“%1” is not a CSC Desk committee (it has no CSC Desk schema). Create "
                          "one with `cscdesk migrate` or `cscdesk setup --db …`; nothing was "
                          "changed.")
                           .arg(db->m_path),
                       {} };
    if (version.value() > currentSchemaVersion())
        return Error { tr("“%1” was written by a newer CSC Desk (schema %2; this version reads "
                          "up to %3). Update CSC Desk to open it.")
                           .arg(db->m_path)
                           .arg(version.value())
                           .arg(currentSchemaVersion()),
                       {} };
    const int target = options.targetVersion >= 0 ? options.targetVersion : currentSchemaVersion();
    if (version.value() < target) {
        if (db->isReadOnly())
            return Error { tr("“%1” needs an upgrade to this version of CSC Desk, but it was "
                              "opened read-only.")
                               .arg(db->m_path),
                           {} };
        if (auto migrated = db->migrate(target); !migrated)
            return migrated.error();
    }
    auto role = PostgresDialect::memberRole(*db);
    if (!role)
        return role.error();
    if (!role.value().isEmpty())
        db->m_serverRole = RoleNames::fromKey(role.value().mid(QStringLiteral("cscdesk_").size()));
    db->setSession(db->m_session);
    db->listenForChanges();
    return db;
}

void Database::listenForChanges()
{
    QSqlDriver* driver = connection().driver();
    const QString channel = PostgresDialect::changeChannel();
    if (!driver->subscribeToNotification(channel))
        return; // no live refresh; everything else works
    ChangeNotifier* notifier = &ChangeNotifier::of(*this);
    QObject::connect(driver, &QSqlDriver::notification, notifier,
                     [notifier, channel](const QString& name, QSqlDriver::NotificationSource source,
                                         const QVariant& payload) {
                         // Our own commits were announced already, as they committed.
                         if (name != channel || source == QSqlDriver::SelfSource)
                             return;
                         notifier->announceRemote(payload.toString().section(QLatin1Char(' '), 1));
                     });
}

} // namespace csc
