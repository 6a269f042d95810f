// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include "Database.h"

#include <QUrl>
#include <QUrlQuery>

namespace csc {

QString ServerAddress::toUrl() const
{
    if (isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed());
    QUrlQuery query;
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('/'))) {
        // A Unix socket folder cannot stand in the authority: libpq takes it from ?host=.
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), h);
    } else {
        url.setHost(h.isEmpty() ? QStringLiteral("localhost") : h);
    }
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

ServerAddress ServerAddress::fromUrl(const QString& text)
{
    ServerAddress a;
    if (!Database::isServerUrl(text))
        return a;
    const QUrl url(text);
    const QUrlQuery query(url);
    a.host = query.hasQueryItem(QStringLiteral("host"))
        ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
        : url.host();
    a.port = std::max(0, url.port());
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    a.user = url.userName(QUrl::FullyDecoded);
    a.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    return a;
}

QString ServerAddress::withPassword(const QString& text, const QString& password)
{
    QUrl url(text);
    url.setPassword(password);
    return url.toString();
}

QStringList ServerAddress::sslModes()
{
    return {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")
    };
}

bool ServerAddress::needsPassword(const Error& error)
{
    // libpq's own words (fe-auth.c, auth.c): no password given, or a wrong one.
    return error.detail.contains(QLatin1String("no password supplied"))
        || error.detail.contains(QLatin1String("password authentication failed"));
}

Result<QString> ServerAddress::test(const QString& url)
{
    if (!Database::isServerUrl(url))
        return Error { tr("Fill in at least the database name of the shared server."), {} };
    Database::Options options;
    options.readOnly = true; // a test changes nothing, not even a migration
    auto db = Database::open(url, options);
    if (!db)
        return db.error();
    const auto role = db.value()->serverRole();
    return role ? tr("Connected to %1: a CSC Desk committee; you connect as %2.")
                      .arg(db.value()->path(), RoleNames::displayName(*role))
                : tr("Connected to %1: a CSC Desk committee; your database role has no "
                     "committee role, so you read what the server allows.")
                      .arg(db.value()->path());
}

} // namespace csc
