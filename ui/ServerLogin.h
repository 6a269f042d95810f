// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QWidget;

namespace csc {

class Database;

// Connecting to a committee's shared server when libpq finds no password for it (neither
// ~/.pgpass nor PGPASSWORD, or a wrong one): the user is asked (UserPrompts::password) and the
// connection tried again. The password is used for this connection only, never saved.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    using Opener = std::function<Result<std::unique_ptr<Database>>(const QString& url)>;
    // Opens `url` with `opener`; a file path is opened as it is.
    static Result<std::unique_ptr<Database>> open(QWidget* parent, const QString& url,
                                                  const Opener& opener);
    // Settings › Shared Server › Test connection: core's ServerAddress::test, asking for a
    // password the same way.
    static Result<QString> test(QWidget* parent, const QString& url);

private:
    // Runs `attempt` with the URL, then with the password the user gives while libpq wants one.
    template<typename T>
    static Result<T> withPassword(QWidget* parent, const QString& url,
                                  const std::function<Result<T>(const QString&)>& attempt);
};

} // namespace csc
