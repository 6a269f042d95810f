// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace csc {

template<typename Work>
auto auditedWrite(Database& db, std::optional<Permission> permission, Work&& work)
    -> std::invoke_result_t<Work, WriteScope&>
{
    using R = std::invoke_result_t<Work, WriteScope&>;
    if (permission) {
        if (auto s = Permissions::check(db.session(), *permission); !s)
            return R(s.error());
    }
    Transaction tx(db);
    if (!tx)
        return R(tx.error());
    WriteScope scope(db);
    R result = std::forward<Work>(work)(scope);
    if (!result)
        return result; // tx rolls back
    if (auto c = tx.commit(); !c)
        return R(c.error());
    return result;
}

} // namespace csc
