// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseCategories.h"

namespace csc {

QStringList CaseCategories::keys()
{
    return { QStringLiteral("technical_checks"),
             QStringLiteral("root_zone_change"),
             QStringLiteral("contact_update"),
             QStringLiteral("timeliness"),
             QStringLiteral("communication"),
             QStringLiteral("ticketing"),
             QStringLiteral("other"),
             QStringLiteral("delegation"),
             QStringLiteral("redelegation") };
}

QString CaseCategories::displayName(const QString& key)
{
    if (key == QLatin1String("technical_checks"))
        return tr("Technical checks");
    if (key == QLatin1String("root_zone_change"))
        return tr("Root zone change");
    if (key == QLatin1String("contact_update"))
        return tr("Contact update");
    if (key == QLatin1String("timeliness"))
        return tr("Timeliness");
    if (key == QLatin1String("communication"))
        return tr("Communication");
    if (key == QLatin1String("ticketing"))
        return tr("Ticketing");
    if (key == QLatin1String("other"))
        return tr("Other");
    if (key == QLatin1String("delegation"))
        return tr("Delegation of a TLD");
    if (key == QLatin1String("redelegation"))
        return tr("Re-delegation of a TLD");
    return key;
}

bool CaseCategories::isDelegation(const QString& key)
{
    return key == QLatin1String("delegation") || key == QLatin1String("redelegation");
}

Status CaseCategories::checkAdmissible(const QString& key)
{
    if (isDelegation(key))
        return Error { tr("Disputes about the delegation or re-delegation of a TLD are excluded "
                          "from the committee's "
                          "escalation processes; such a case cannot be opened. The operator keeps "
                          "its right to take "
                          "legal action directly."),
                       {} };
    if (!keys().contains(key))
        return Error { tr("“%1” is not a case category.").arg(key), {} };
    return {};
}

} // namespace csc
