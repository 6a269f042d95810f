// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Decisions.h"
#include "core/meetings/MeetingTypes.h"

#include <QCoreApplication>

namespace csc {

// The public version of a meeting's minutes, as a model that has no room for
// confidential material: it is built by filtering the meeting record field by
// field, and the public documents are rendered from it alone (never by
// post-filtering a rendered document).
struct PublicMinutes
{
    struct Section
    {
        QString heading;
        QString bodyHtml; // the body fragment of a public section
    };
    struct DecisionLine
    {
        QDate decidedOn;
        bool byEmail = false;
        QString text;
        QString caseLabel; // "CSC-2026-004" or "CSC-2026-004 — title" when the case is public
        QString outcome;
    };
    struct ActionLine
    {
        QString identifier;
        QString text;
        QString owner;
        QDate due;
        bool completed = false;
        QString note;
    };

    int number = 0;
    MeetingKind kind = MeetingKind::Monthly;
    QDateTime startsUtc;
    int durationMinutes = 0;
    MinutesState state = MinutesState::Draft;
    QDateTime approvedUtc;
    QDateTime publishedUtc;
    bool quorate = false;
    QList<Section> sections;
    QList<DecisionLine> decisions;
    QList<ActionLine> actionItems;
};

class PublicMinutesFilter
{
    Q_DECLARE_TR_FUNCTIONS(PublicMinutesFilter)

public:
    // Drops what Confidentiality calls confidential: sections, decisions and action
    // items flagged, under a confidential agenda item, or (sections) referring to a
    // confidential case; anything tied to an exercise; a confidential case's title.
    static PublicMinutes build(const MeetingRecord& record, const QuorumRules& rules);

    // What a public document may say about a case: "" for an exercise, the reference
    // for a confidential case, reference and title for a public one.
    static QString caseLabel(const CaseLink& link);
    // The inner body of a stored rich-text section (QTextDocument HTML).
    static QString bodyFragment(const QString& html);
};

} // namespace csc
