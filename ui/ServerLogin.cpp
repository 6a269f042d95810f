// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogin.h"

#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"
#include "ui/widgets/UserPrompts.h"

namespace csc {

template<typename T>
Result<T> ServerLogin::withPassword(QWidget* parent, const QString& url,
                                    const std::function<Result<T>(const QString&)>& attempt)
{
    Result<T> result = attempt(url);
    if (!Database::isServerUrl(url))
        return result;
    for (int tries = 0; !result && ServerAddress::needsPassword(result.error()) && tries < 3;
         ++tries) {
        bool ok = false;
        const QString password = UserPrompts::password(
            parent, tr("Shared Server"),
            tries == 0 ? tr("The password of your database role on %1 (used for this connection "
                            "only; to connect without asking, put it in ~/.pgpass):")
                             .arg(ServerAddress::fromUrl(url).host)
                       : tr("The server refused that password. Your password on %1:")
                             .arg(ServerAddress::fromUrl(url).host),
            &ok);
        if (!ok)
            return result;
        result = attempt(ServerAddress::withPassword(url, password));
    }
    return result;
}

Result<std::unique_ptr<Database>> ServerLogin::open(QWidget* parent, const QString& url,
                                                    const Opener& opener)
{
    return withPassword<std::unique_ptr<Database>>(parent, url, opener);
}

Result<QString> ServerLogin::test(QWidget* parent, const QString& url)
{
    return withPassword<QString>(parent, url,
                                 [](const QString& u) { return ServerAddress::test(u); });
}

} // namespace csc
