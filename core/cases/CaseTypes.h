// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace csc {

// The four processes of domain.md §3 (their steps live in ProcessDefinition).
enum class CaseProcess { Complaint, ProblemManagement, RootZoneEmergency, AppealsPanel };

enum class TldKind { Gtld, Cctld, Other };

// What came back while the current step waited for someone (ProcessDefinition's `awaits`).
enum class ResponseState { Pending, Received, None };

// One row of a board: what a card and a list line need, loaded in one query.
struct CaseSummary
{
    qint64 id = 0;
    QString reference;
    QString title;
    CaseProcess process = CaseProcess::Complaint;
    QString step;
    QDate stepSince;
    QDate dueDate; // deadline of the current step; invalid when it has none
    QString complainant;
    QString tld;
    TldKind tldKind = TldKind::Gtld;
    QString category;
    qint64 serviceLevelId = 0; // 0: none
    bool confidential = true;
    bool exercise = false;
    QDate opened;
    QDate closed; // invalid while open
    QString endState;
    bool archived = false;
    int escalationLevel = 0;
    ResponseState response = ResponseState::Pending; // for the current step
    QDate responseDate; // received on (Received)
    int linkCount = 0; // cases linked either way (hand-overs)

    bool isOpen() const { return !closed.isValid(); }
    bool operator==(const CaseSummary&) const = default;
};

// What opening a case needs.
struct NewCase
{
    CaseProcess process = CaseProcess::Complaint;
    QString title;
    QString description;
    QString complainant;
    QString tld;
    TldKind tldKind = TldKind::Gtld;
    QString category; // a key of CaseCategories
    qint64 serviceLevelId = 0; // 0: none
    bool exercise = false;
    QDate openedOn; // invalid: today
    QList<qint64> linkedFrom; // cases this one is opened from (complaints -> problem)
};

// What a move needs; which fields are required depends on the move (MoveDefinition).
struct MoveRequest
{
    qint64 caseId = 0;
    QString toStep;
    QString reason;
    QDate effectiveDate; // the day the move happened (a request's date); invalid: today
    int deadlineDays = 0; // for steps whose period is set when entering them
    QString documentPath; // a file to store with the move...
    qint64 documentId = 0; // ...or a document already stored (redo of an undone move)
};

struct CaseMove
{
    qint64 id = 0;
    QString fromStep;
    QString toStep;
    QDate effectiveDate;
    QDateTime at;
    QString actor;
    QString actorRole;
    QString reason;
    qint64 documentId = 0;
    QString documentName;
    QDate dueDate;
    qint64 undoesMoveId = 0;
    qint64 undoneByMoveId = 0;
};

// A response event: received on a day (on time or late against the due date), or none by then.
struct CaseResponse
{
    qint64 id = 0;
    QString step;
    QDate stepSince;
    bool received = false;
    QDate receivedDate;
    QDate dueDate;
    bool onTime = true;
    qint64 documentId = 0;
    QString documentName;
    QString note;
    QDateTime at;
    QString actor;
};

// An Independent Appeals Panel's finding (domain.md §3d), with its public text.
enum class PanelFinding { NoBreach, Remediable, NotRemediable };

struct AppealFinding
{
    qint64 caseId = 0;
    qint64 originCaseId = 0;
    PanelFinding finding = PanelFinding::NoBreach;
    int remedyDays = 0; // calendar days
    QDate decidedOn;
    QString publicText;
    qint64 documentId = 0;
    QDateTime publishedUtc; // invalid until published
    QString publishedBy;
};

struct CaseComment
{
    qint64 id = 0;
    QDateTime at;
    QString author;
    QString body;
};

struct CaseDocumentRef
{
    qint64 id = 0;
    QString name;
    QString kind;
    QString sha256;
    qint64 size = 0;
    QDateTime added;
};

struct CaseLinkRef
{
    qint64 caseId = 0;
    QString reference;
    QString title;
    bool outgoing = true; // true: this case was opened from the other one
    CaseProcess process = CaseProcess::Complaint;
    QString step;
};

struct CaseNotice
{
    QDateTime at;
    QString level;
    QString recipient; // rysg, ccnso_council, gnso_council
    QString kind; // invoked, advanced
};

struct CasePublication
{
    bool madePublic = false;
    QString consent;
    QDateTime decided;
    QString decidedBy;
};

// Everything the detail pane shows.
struct CaseDetail
{
    CaseSummary summary;
    QString description;
    QString serviceLevelLabel;
    QList<CaseMove> moves;
    QList<CaseComment> comments;
    QList<CaseDocumentRef> documents;
    QList<CaseLinkRef> links;
    QList<CaseNotice> notices;
    QList<CasePublication> publications;
    QList<CaseResponse> responses;
    bool hasFinding = false;
    AppealFinding finding; // for a panel case with a finding
};

// For the findings report: escalations in progress, public parts only.
struct PublicEscalationSummary
{
    QString reference;
    QString title; // empty when the case is confidential
    CaseProcess process = CaseProcess::Complaint;
    QString stepName;
    QDate opened;
};

struct CaseListFilter
{
    bool anyProcess = true;
    CaseProcess process = CaseProcess::Complaint;
    bool overdueOnly = false;
    bool includeArchived = true;
    QDate today; // invalid: today
};

struct ServiceLevelRef
{
    qint64 id = 0;
    QString label; // "I · Technical check results"
};

} // namespace csc
