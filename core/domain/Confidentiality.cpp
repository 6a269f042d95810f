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

QString Confidentiality::caseSql(const QString& alias)
{
    return QStringLiteral("(%1.confidential <> 0 OR %1.is_exercise <> 0)").arg(alias);
}

QString Confidentiality::refersToConfidentialCaseSql(const QString& textExpression)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM case_record rc WHERE %1 AND "
                          "instr(upper(%2), rc.reference) > 0)")
        .arg(caseSql(QStringLiteral("rc")), textExpression);
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

QString Visibility::caseFilter(const Database& db, const QString& alias)
{
    return seesConfidential(db) ? QString()
                                : QStringLiteral(" AND NOT ") + Confidentiality::caseSql(alias);
}

CaseLink Visibility::caseLinkFor(const Database& db, const CaseLink& link)
{
    CaseLink seen = link;
    if (!seesConfidential(db) && Confidentiality::ofCase(link))
        seen.title.clear();
    return seen;
}

ReferencedCases::ReferencedCases(const Database& db)
    : m_query(
        db,
        QStringLiteral("SELECT id, confidential, is_exercise FROM case_record WHERE reference = ?"))
{ }

Result<QList<CaseLink>> ReferencedCases::in(const QString& text)
{
    QList<CaseLink> found;
    for (const QString& reference : Confidentiality::caseReferencesIn(text)) {
        if (!m_ids.contains(reference)) {
            m_query.bind(reference);
            if (auto s = m_query.exec(); !s)
                return s.error();
            const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
            m_ids.insert(reference, id);
            if (id != 0)
                m_flags.insert(id,
                               { m_query.value(1).toInt() != 0, m_query.value(2).toInt() != 0 });
        }
        const qint64 id = m_ids.value(reference);
        if (id == 0)
            continue;
        CaseLink link;
        link.id = id;
        link.reference = reference;
        link.confidential = m_flags.value(id).first;
        link.exercise = m_flags.value(id).second;
        found << link;
    }
    return found;
}

} // namespace csc
