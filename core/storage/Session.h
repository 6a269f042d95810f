// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace csc {

// What the person at the keyboard is to the committee. Enforced in core (see Permissions).
enum class Role { Chair, Member, Liaison, Secretariat, Observer };

struct RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    static QString key(Role role); // stable, stored: "chair", "member", ...
    static Role fromKey(const QString& key, Role fallback = Role::Member);
    static QString displayName(Role role); // translated
};

// Who makes a change: written into every audit entry.
struct UserSession
{
    QString name;
    Role role = Role::Secretariat;
    qint64 memberId = 0; // 0: not linked to a roster entry
    bool reviewCopy = false; // working in an offline review copy: committee records are read-only
};

} // namespace csc
