// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Member.h"

#include <QCoreApplication>
#include <QList>

namespace csc {

struct CompositionIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString message; // translated, e.g. "1 ccTLD member; the charter asks for at least 2"
};

// The minimum composition of domain.md §1, checked on every roster change.
class CompositionCheck
{
    Q_DECLARE_TR_FUNCTIONS(CompositionCheck)

public:
    static QList<CompositionIssue> run(const QList<Member>& roster, QDate asOf);
    // Fewer voting seats than the charter's minimum: decisions must then be unanimous (domain.md
    // §6).
    static bool hasVacancies(const QList<Member>& roster, QDate asOf);
};

} // namespace csc
