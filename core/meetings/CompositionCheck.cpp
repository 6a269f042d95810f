// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionCheck.h"

namespace csc {

namespace {

constexpr int kMinimumPerRegistryKind = 2;

int countActive(const QList<Member>& roster, QDate asOf, auto predicate)
{
    int n = 0;
    for (const Member& m : roster) {
        if (m.isActiveOn(asOf) && predicate(m))
            ++n;
    }
    return n;
}

} // namespace

bool CompositionCheck::hasVacancies(const QList<Member>& roster, QDate asOf)
{
    const int gtld = countActive(
        roster, asOf, [](const Member& m) { return m.kind == Member::Kind::Gtld && m.voting; });
    const int cctld = countActive(
        roster, asOf, [](const Member& m) { return m.kind == Member::Kind::Cctld && m.voting; });
    return gtld < kMinimumPerRegistryKind || cctld < kMinimumPerRegistryKind;
}

QList<CompositionIssue> CompositionCheck::run(const QList<Member>& roster, QDate asOf)
{
    using Severity = CompositionIssue::Severity;
    QList<CompositionIssue> issues;
    const auto add = [&issues](Severity severity, const QString& message) {
        issues.append({ severity, message });
    };

    const int gtld = countActive(
        roster, asOf, [](const Member& m) { return m.kind == Member::Kind::Gtld && m.voting; });
    const int cctld = countActive(
        roster, asOf, [](const Member& m) { return m.kind == Member::Kind::Cctld && m.voting; });
    if (gtld < kMinimumPerRegistryKind)
        add(Severity::Error,
            gtld == 1
                ? tr("1 gTLD member; the charter asks for at least %1").arg(kMinimumPerRegistryKind)
                : tr("%1 gTLD members; the charter asks for at least %2")
                      .arg(gtld)
                      .arg(kMinimumPerRegistryKind));
    if (cctld < kMinimumPerRegistryKind)
        add(Severity::Error,
            cctld == 1 ? tr("1 ccTLD member; the charter asks for at least %1")
                             .arg(kMinimumPerRegistryKind)
                       : tr("%1 ccTLD members; the charter asks for at least %2")
                             .arg(cctld)
                             .arg(kMinimumPerRegistryKind));

    const int ifo = countActive(roster, asOf,
                                [](const Member& m) { return m.kind == Member::Kind::IfoLiaison; });
    if (ifo == 0)
        add(Severity::Error, tr("No liaison from the IFO; the charter asks for one"));
    else if (ifo > 1)
        add(Severity::Warning, tr("%1 IFO liaisons; the charter provides for one").arg(ifo));

    for (Member::Kind kind : { Member::Kind::OtherTld, Member::Kind::Gnso, Member::Kind::Rssac,
                               Member::Kind::Ssac, Member::Kind::Gac, Member::Kind::Alac }) {
        const int n = countActive(roster, asOf, [kind](const Member& m) { return m.kind == kind; });
        if (n > 1)
            add(Severity::Warning,
                tr("%1 × %2; the charter provides for at most one")
                    .arg(n)
                    .arg(MemberNames::kindName(kind)));
    }
    for (const Member& m : roster) {
        if (m.isActiveOn(asOf) && m.voting && !Member::kindMayVote(m.kind))
            add(Severity::Error,
                tr("%1 is a liaison (%2) but marked as voting; liaisons do not vote")
                    .arg(m.name, MemberNames::kindName(m.kind)));
    }

    const int chairs = countActive(roster, asOf, [](const Member& m) { return m.isChair; });
    if (chairs == 0)
        add(Severity::Error, tr("No chair; the committee elects one"));
    else if (chairs > 1)
        add(Severity::Error, tr("%1 chairs; the committee has one").arg(chairs));

    for (Member::ContactRole role :
         { Member::ContactRole::Primary, Member::ContactRole::Secondary }) {
        const int n
            = countActive(roster, asOf, [role](const Member& m) { return m.contactRole == role; });
        if (n == 0)
            add(Severity::Warning,
                tr("No %1 for the IFO").arg(MemberNames::contactName(role).toLower()));
        else if (n > 1)
            add(Severity::Error,
                tr("%1 members are the %2; there should be one")
                    .arg(n)
                    .arg(MemberNames::contactName(role).toLower()));
    }
    return issues;
}

} // namespace csc
