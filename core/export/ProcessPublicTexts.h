// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/duties/DutyTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// One public document: a title and an HTML body fragment, built from public fields only.
struct PublicText
{
    QString title;
    QString bodyHtml;
    QString html() const; // a standalone page (DocumentWriter)
    QString markdown() const;
};

// The public texts of the escalation processes and the committee's other duties (domain.md §7):
// an Independent Appeals Panel finding (the dispute stays confidential: only the reference, the
// kind of finding, the remedy period and the finding's own public text), an update to the direct
// customers or the annual consultation, a technical change's RFC and statement, the periodic
// audit's results. Plain functions, for the public-output registry to register.
class ProcessPublicTexts
{
    Q_DECLARE_TR_FUNCTIONS(ProcessPublicTexts)

public:
    static PublicText appealFinding(const QString& reference, const AppealFinding& finding);
    // The finding of a panel case, refused until it is published.
    static Result<PublicText> publishedAppealFinding(const Database& db, qint64 appealCaseId);
    static PublicText customerUpdate(const CustomerUpdate& update);
    static PublicText technicalChange(const TechnicalChange& change);
    // Refused until the results are published.
    static Result<PublicText> auditResults(const PeriodicAudit& audit);
};

} // namespace csc
