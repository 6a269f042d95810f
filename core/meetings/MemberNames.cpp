// SPDX-License-Identifier: GPL-3.0-or-later
#include "Member.h"

namespace csc {

namespace {
struct KindRow
{
    Member::Kind kind;
    const char* key;
};
constexpr KindRow kKinds[] = {
    { Member::Kind::Gtld, "gtld" },
    { Member::Kind::Cctld, "cctld" },
    { Member::Kind::IfoLiaison, "ifo_liaison" },
    { Member::Kind::OtherTld, "other_tld" },
    { Member::Kind::Gnso, "gnso" },
    { Member::Kind::Rssac, "rssac" },
    { Member::Kind::Ssac, "ssac" },
    { Member::Kind::Gac, "gac" },
    { Member::Kind::Alac, "alac" },
};
} // namespace

QString MemberNames::kindKey(Member::Kind kind)
{
    for (const KindRow& row : kKinds) {
        if (row.kind == kind)
            return QLatin1String(row.key);
    }
    return {};
}

Member::Kind MemberNames::kindFromKey(const QString& key)
{
    for (const KindRow& row : kKinds) {
        if (key == QLatin1String(row.key))
            return row.kind;
    }
    return Member::Kind::OtherTld;
}

QList<Member::Kind> MemberNames::allKinds()
{
    QList<Member::Kind> kinds;
    for (const KindRow& row : kKinds)
        kinds.append(row.kind);
    return kinds;
}

QString MemberNames::kindName(Member::Kind kind)
{
    switch (kind) {
    case Member::Kind::Gtld:
        return tr("gTLD registry member");
    case Member::Kind::Cctld:
        return tr("ccTLD registry member");
    case Member::Kind::IfoLiaison:
        return tr("IFO liaison");
    case Member::Kind::OtherTld:
        return tr("Other TLD liaison");
    case Member::Kind::Gnso:
        return tr("GNSO liaison");
    case Member::Kind::Rssac:
        return tr("RSSAC liaison");
    case Member::Kind::Ssac:
        return tr("SSAC liaison");
    case Member::Kind::Gac:
        return tr("GAC liaison");
    case Member::Kind::Alac:
        return tr("ALAC liaison");
    }
    return {};
}

QString MemberNames::contactKey(Member::ContactRole role)
{
    switch (role) {
    case Member::ContactRole::Primary:
        return QStringLiteral("primary");
    case Member::ContactRole::Secondary:
        return QStringLiteral("secondary");
    case Member::ContactRole::None:
        break;
    }
    return {};
}

Member::ContactRole MemberNames::contactFromKey(const QString& key)
{
    if (key == QLatin1String("primary"))
        return Member::ContactRole::Primary;
    if (key == QLatin1String("secondary"))
        return Member::ContactRole::Secondary;
    return Member::ContactRole::None;
}

QString MemberNames::contactName(Member::ContactRole role)
{
    switch (role) {
    case Member::ContactRole::Primary:
        return tr("Primary point of contact");
    case Member::ContactRole::Secondary:
        return tr("Secondary point of contact");
    case Member::ContactRole::None:
        break;
    }
    return {};
}

} // namespace csc
