// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confidentiality.h"

#include "core/domain/Permissions.h"
#include "core/storage/Database.h"

#include <QRegularExpression>

#include <algorithm>

namespace csc {

bool Confidentiality::ofCase(const CaseLink& link)
{
    return link.isSet() && ofCase(link.confidential, link.exercise);
}

bool Confidentiality::ofAgendaItem(bool flagged, const CaseLink& linkedCase)
{
    return flagged || ofCase(linkedCase);
}

bool Confidentiality::ofSection(bool flagged, bool agendaItemConfidential,
                                const QList<CaseLink>& referencedCases)
{
    return flagged || agendaItemConfidential
        || std::any_of(referencedCases.cbegin(), referencedCases.cend(),
                       [](const CaseLink& c) { return ofCase(c); });
}

bool Confidentiality::ofDecision(bool flagged, bool agendaItemConfidential,
                                 const CaseLink& linkedCase)
{
    return flagged || agendaItemConfidential || (linkedCase.isSet() && linkedCase.exercise);
}

bool Confidentiality::ofActionItem(bool flagged, bool agendaItemConfidential)
{
    return flagged || agendaItemConfidential;
}

QStringList Confidentiality::caseReferencesIn(const QString& text)
{
    // As CaseRepository numbers them; a longer number is another case.
    static const QRegularExpression reference(
        QStringLiteral("(?<![A-Za-z0-9])CSC-[0-9]{4}-[0-9]{3,}(?![0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QString ref = it.next().captured(0).toUpper();
        if (!found.contains(ref))
            found << ref;
    }
    return found;
}

QString Confidentiality::publicCaseLabel(const CaseLink& link)
{
    if (!link.isSet() || link.exercise)
        return {};
    if (link.confidential || link.title.isEmpty())
        return link.reference;
    return link.reference + QStringLiteral(" — ") + link.title;
}

bool Visibility::seesConfidential(Role role)
{
    return Permissions::allows(role, Permission::ViewConfidential);
}

bool Visibility::seesConfidential(const Database& db)
{
    return seesConfidential(db.session().role);
}

CaseLink Visibility::caseLinkFor(const Database& db, const CaseLink& link)
{
    CaseLink seen = link;
    if (!seesConfidential(db) && Confidentiality::ofCase(link))
        seen.title.clear();
    return seen;
}

} // namespace csc
