// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/cases: how a case row is read and how instants are stored.
#include "core/cases/CaseTypes.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

namespace csc::caserows {

inline const QString& summaryColumns()
{
    static const QString kColumns = QStringLiteral(
        "c.id, c.reference, c.title, c.process, c.step, c.step_since, c.due_date, "
        "c.complainant, c.tld, c.tld_kind, "
        "c.category, c.service_level_id, c.confidential, c.is_exercise, "
        "c.opened_utc, c.closed_utc, c.end_state, "
        "c.archived_utc, c.escalation_level, "
        "(SELECT r.kind || '|' || coalesce(r.received_date, '') FROM case_response "
        " r WHERE r.case_id = c.id AND r.step = c.step AND r.step_since = "
        " c.step_since), "
        "(SELECT count(*) FROM case_link l WHERE l.from_case_id = c.id OR "
        " l.to_case_id = c.id)");
    return kColumns;
}

CaseSummary readSummary(const SqlQuery& q);
QString tldKindKey(TldKind kind);
TldKind tldKindFromKey(const QString& key);
QString nowUtc();
QString instantOf(QDate day); // a day's noon, UTC, for dated entries made after the fact
QDateTime parseInstant(const QVariant& v);
QDate dateOf(const QVariant& v);
// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QLatin1String("")) : QVariant(s);
}
inline bool seesConfidential(const Database& db)
{
    return Visibility::seesConfidential(db);
}
// Leaves out, for those who must not see them, confidential cases and exercises
// (Confidentiality decides which).
inline QString visibilityClause(const Database& db)
{
    return Visibility::caseFilter(db, QStringLiteral("c"));
}

} // namespace csc::caserows
