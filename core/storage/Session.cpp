// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <array>
#include <utility>

namespace csc {

namespace {
constexpr std::array<std::pair<Role, const char*>, 5> kKeys { {
    { Role::Chair, "chair" },
    { Role::Member, "member" },
    { Role::Liaison, "liaison" },
    { Role::Secretariat, "secretariat" },
    { Role::Observer, "observer" },
} };
} // namespace

QString RoleNames::key(Role role)
{
    for (const auto& [r, k] : kKeys) {
        if (r == role)
            return QString::fromLatin1(k);
    }
    return QStringLiteral("member");
}

Role RoleNames::fromKey(const QString& key, Role fallback)
{
    for (const auto& [r, k] : kKeys) {
        if (key == QLatin1String(k))
            return r;
    }
    return fallback;
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Chair:
        return tr("Chair");
    case Role::Member:
        return tr("Member");
    case Role::Liaison:
        return tr("Liaison");
    case Role::Secretariat:
        return tr("Secretariat");
    case Role::Observer:
        return tr("Observer");
    }
    return tr("Member");
}

} // namespace csc
