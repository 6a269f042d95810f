// SPDX-License-Identifier: GPL-3.0-or-later
// Roles are enforced in core; a refusal names the role it needs.
#include "core/domain/Permissions.h"

#include <QTest>

using namespace csc;

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheSecretariatPublishesMinutes()
    {
        QVERIFY(Permissions::check({ QStringLiteral("S"), Role::Secretariat, 0 },
                                   Permission::PublishMinutes));
        for (Role role : { Role::Chair, Role::Member, Role::Liaison, Role::Observer }) {
            auto refused
                = Permissions::check({ QStringLiteral("X"), role, 0 }, Permission::PublishMinutes);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("Secretariat")),
                     qPrintable(refused.error().message));
            QVERIFY(refused.error().message.contains(RoleNames::displayName(role)));
        }
    }

    void liaisonsAndObserversDoNotVote()
    {
        QVERIFY(Permissions::allows(Role::Member, Permission::Vote));
        QVERIFY(Permissions::allows(Role::Chair, Permission::Vote));
        QVERIFY(!Permissions::allows(Role::Liaison, Permission::Vote));
        QVERIFY(!Permissions::allows(Role::Observer, Permission::Vote));
        QVERIFY(!Permissions::allows(Role::Secretariat, Permission::Vote));
    }

    void observersDoNotSeeConfidentialMaterial()
    {
        QVERIFY(!Permissions::allows(Role::Observer, Permission::ViewConfidential));
        for (Role role : { Role::Chair, Role::Member, Role::Liaison, Role::Secretariat })
            QVERIFY(Permissions::allows(role, Permission::ViewConfidential));
    }

    void roleKeysRoundTrip()
    {
        for (Role role :
             { Role::Chair, Role::Member, Role::Liaison, Role::Secretariat, Role::Observer })
            QCOMPARE(RoleNames::fromKey(RoleNames::key(role)), role);
        QCOMPARE(RoleNames::fromKey(QStringLiteral("nonsense"), Role::Observer), Role::Observer);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
