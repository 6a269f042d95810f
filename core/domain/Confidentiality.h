// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLink.h"
#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace csc {

class Database;

// The one rule of what is confidential (domain.md §4). Every read for a role and
// every public output asks here, so a new screen or export cannot forget a clause:
// - a case is confidential until a recorded decision makes it public; an exercise
//   always is, whatever its flag says;
// - an agenda item is confidential when flagged or about a confidential case;
// - a minutes section, decision or action item is confidential when flagged, when
//   its agenda item is confidential, or (sections) when any case it refers to is.
// A decision about a confidential (non-exercise) case may be public: it names the
// case by reference only (publicCaseLabel).
class Confidentiality
{
public:
    // The flags of a case's record that make it confidential: any one of them suffices. The
    // stores turn this list into their conditions (CaseStore), so a read and ofCase agree.
    enum class CaseFlag { Confidential, Exercise };
    static QList<CaseFlag> caseFlagsThatWithhold()
    {
        return { CaseFlag::Confidential, CaseFlag::Exercise };
    }
    static bool ofCase(bool flagged, bool exercise) { return flagged || exercise; }
    static bool ofCase(const CaseLink& link); // false when no case is linked
    static bool ofAgendaItem(bool flagged, const CaseLink& linkedCase);
    static bool ofSection(bool flagged, bool agendaItemConfidential,
                          const QList<CaseLink>& referencedCases);
    static bool ofDecision(bool flagged, bool agendaItemConfidential, const CaseLink& linkedCase);
    static bool ofActionItem(bool flagged, bool agendaItemConfidential);
    // Internal (not public), or its text refers to a confidential case.
    static bool ofWorkItem(bool isPublic, bool refersToConfidentialCase)
    {
        return !isPublic || refersToConfidentialCase;
    }

    // The case references ("CSC-2026-014") written in a text, each once.
    static QStringList caseReferencesIn(const QString& text);
    // What a public document may say about a case: nothing for an exercise, the
    // reference for a confidential case, reference and title for a public one.
    static QString publicCaseLabel(const CaseLink& link);
};

// Who sees confidential material: decided by the session's role, asked by core's
// read functions (never by the screens).
class Visibility
{
public:
    static bool seesConfidential(Role role);
    static bool seesConfidential(const Database& db);
    // A case as a meeting's reader may see it: a confidential case's title is
    // dropped for a role that does not see confidential material.
    static CaseLink caseLinkFor(const Database& db, const CaseLink& link);
};

} // namespace csc
