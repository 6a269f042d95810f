// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/UrgentReviews.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace csc {

class BulkLoad;
class Database;
class WriteScope;

// The stored form of a case row written when a case is opened.
struct CaseRow
{
    QString reference;
    int refYear = 0;
    int refNumber = 0;
    QString title;
    QString description;
    QString process; // ProcessDefinition key
    QString step;
    QDate stepSince;
    QDate dueDate;
    QString complainant;
    QString tld;
    QString tldKind; // gtld, cctld, other
    QString category;
    qint64 serviceLevelId = 0;
    bool confidential = true;
    bool exercise = false;
    QString openedUtc;
};

// One row of case_move: a move, a case's first entry, or the undo of a move.
struct MoveRow
{
    qint64 caseId = 0;
    QString fromStep; // empty: the case's first step
    QString toStep;
    QDate effectiveDate;
    QString atUtc;
    QString actor;
    QString actorRole;
    QString reason;
    qint64 documentId = 0;
    int deadlineDays = 0;
    QVariant dueDate; // ISO date or null
    QVariant prevStepSince; // what an undo restores (null for a case's first entry)
    QVariant prevDueDate;
    int prevEscalation = 0;
    qint64 undoesMoveId = 0;
};

// Where a case stands after a move (or an undo restores it).
struct CaseStepRow
{
    QString step;
    QVariant stepSince; // ISO date
    QVariant dueDate;
    int escalationLevel = 0;
    QVariant closedUtc; // null while open
    QVariant endState;
};

// A move as an undo needs it.
struct StoredMove
{
    qint64 caseId = 0;
    QString fromStep;
    QString toStep;
    QString prevStepSince;
    QVariant prevDueDate;
    int prevEscalation = 0;
    bool undone = false;
    bool isUndo = false;
    qint64 latestInEffect = 0; // the case's latest move still in effect
};

struct DocumentRow
{
    QString name;
    QString kind;
    QString mimeType;
    QString sha256;
    QByteArray content;
    bool confidential = true;
    QString addedUtc;
    QString addedBy;
};

struct ResponseRow
{
    qint64 caseId = 0;
    QString step;
    QDate stepSince;
    bool received = false;
    QDate receivedDate;
    QDate dueDate;
    bool onTime = false;
    qint64 documentId = 0;
    QString note;
    QString atUtc;
    QString actor;
};

struct FindingRow
{
    qint64 caseId = 0;
    qint64 originCaseId = 0;
    QString findingKey;
    int remedyDays = 0; // 0: none
    QDate decidedOn;
    QString publicText;
    qint64 documentId = 0;
};

// A stored finding as read: the finding's key is turned into PanelFinding by CaseHandOver.
struct StoredFinding
{
    AppealFinding finding;
    QString findingKey;
};

// A case of the public escalation summary, as stored on a day.
struct EscalationRow
{
    QString reference;
    QString title;
    bool confidential = true;
    QString process;
    QDate opened;
    QString stepOnDay;
};

// A complaint (or emergency) that may belong to a pattern.
struct PatternCaseRow
{
    qint64 serviceLevelId = 0;
    QString serviceLevelLabel;
    qint64 caseId = 0;
    QString reference;
};

// Complaints opened in one month under one key (service level or category).
struct PatternCountRow
{
    QString key;
    QDate month; // its first day
    int count = 0;
};

// A historic case loaded in bulk (the demo's history): its row in its final state, and
// what happened to it. Not audited: the caller decided it is a generated history.
struct HistoricCase
{
    struct Document
    {
        DocumentRow row;
    };
    struct Move
    {
        MoveRow row; // caseId and documentId are filled in by the loader
        int document = -1; // index into documents, or -1
    };
    struct Notice
    {
        QString atUtc;
        QString level;
        QString recipient;
        QString kind;
    };
    CaseRow row; // in its final state
    QString closedUtc;
    QString endState;
    QString archivedUtc;
    int escalationLevel = 0;
    QList<Document> documents; // linked to the case
    QList<Move> moves;
    QList<Notice> notices;
    QList<CaseComment> comments; // at, author, body
    QList<qint64> openedFrom; // earlier cases this one links to
    std::optional<CasePublication> publication;
};

class CaseHistoryLoader;

// All SQL of core/cases, one aggregate: cases with their moves, responses, documents,
// comments, notices, links, publications, panel findings, urgent reviews and the full-text
// index. Reads for a role apply Visibility here, once: a confidential case (or anything of
// it) is not read for a role that may not see it. Writes take the WriteScope of the
// caller's auditedWrite, so a rule composes several statements into one audited write.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    // Confidentiality::caseFlagsThatWithhold as a condition over the case_record row `alias`
    // (for the other stores that withhold by case, e.g. the review copy's redaction).
    static QString confidentialCaseCondition(const QString& alias);
    // A condition true when the text expression names a confidential case by reference (a
    // longer reference that starts with it matches too: errs on withholding). Qualify the
    // expression's columns: it is evaluated inside a subquery on case_record.
    static QString refersToConfidentialCaseCondition(const QString& textExpression);

    // --- cases, as the session's role may see them
    static Result<std::optional<CaseSummary>> summary(const Database& db, qint64 caseId);
    static Result<qint64> idOfReference(const Database& db, const QString& reference); // 0: none
    // `today` decides what is overdue.
    // One page of the archived cases the session may see, in reference order (the board
    // shows the open ones first and fetches the archive after).
    static Result<QList<CaseSummary>> archivedPage(const Database& db, int offset, int limit);
    static Result<QList<CaseSummary>> list(const Database& db, const CaseListFilter& filter,
                                           QDate today);
    // The cases of `ids` the session may see (a missing or hidden one is left out), for a view
    // bringing the rows a write named up to date.
    static Result<QList<CaseSummary>> summaries(const Database& db, const QList<qint64>& ids);
    static Result<QString> description(const Database& db, qint64 caseId);
    static Result<QString> serviceLevelLabelOfCase(const Database& db, qint64 caseId);
    static Result<QList<CaseMove>> moves(const Database& db, qint64 caseId);
    static Result<QList<CaseComment>> comments(const Database& db, qint64 caseId);
    static Result<QList<CaseDocumentRef>> documents(const Database& db, qint64 caseId);
    static Result<QList<CaseLinkRef>> links(const Database& db, qint64 caseId);
    static Result<QList<CaseNotice>> notices(const Database& db, qint64 caseId);
    static Result<QList<CasePublication>> publications(const Database& db, qint64 caseId);
    static Result<std::optional<CaseResponse>> currentResponse(const Database& db,
                                                               const CaseSummary& c);
    static Result<QList<CaseResponse>> responses(const Database& db, qint64 caseId);
    // Invalid QVariant: no such document of a case the role sees.
    static Result<QVariant> documentContent(const Database& db, qint64 documentId);
    // The open Problem Management case (not an exercise) of a service level; 0: none.
    static Result<qint64> openProblemCaseFor(const Database& db, qint64 serviceLevelId);
    static Result<QList<PatternCaseRow>> patternCandidates(const Database& db, QDate from,
                                                           QDate to);
    enum class PatternKey { ServiceLevel, Category };
    static Result<QList<PatternCountRow>> patternCounts(const Database& db, PatternKey key,
                                                        QDate from, QDate before);
    // The cases whose indexed text (titles, descriptions, comments, move notes) holds `word`
    // as a prefix.
    static Result<QSet<qint64>> casesMatching(const Database& db, const QString& word);

    // --- reads that are not for a role (checks of writes, public outputs)
    static Result<int> lastReferenceNumber(const Database& db, int year);
    static Result<bool> serviceLevelExists(const Database& db, qint64 serviceLevelId);
    static Result<QList<ServiceLevelRef>> serviceLevels(const Database& db);
    static Result<QList<qint64>> serviceLevelIds(const Database& db); // by id
    static Result<QString> serviceLevelLabel(const Database& db, qint64 serviceLevelId);
    static Result<std::optional<StoredMove>> storedMove(const Database& db, qint64 moveId);
    static Result<qint64> documentOfMove(const Database& db, qint64 moveId);
    // Public outputs: every case that is not an exercise nor an emergency, opened by `asOf`.
    static Result<QList<EscalationRow>> escalationsOn(const Database& db, QDate asOf);
    static Result<int> openAppealsFrom(const Database& db, qint64 originId);
    static Result<qint64> originOf(const Database& db, qint64 appealCaseId);
    static Result<std::optional<StoredFinding>> finding(const Database& db, qint64 appealCaseId);
    static Result<QList<qint64>> publishedFindings(const Database& db);
    static Result<QList<UrgentReview>> urgentReviews(const Database& db);

    // --- writes, inside the caller's auditedWrite
    static Result<qint64> insertCase(WriteScope& w, const CaseRow& row);
    static Result<qint64> insertMove(WriteScope& w, const MoveRow& row);
    static Status setStep(WriteScope& w, qint64 caseId, const CaseStepRow& step);
    static Status markUndone(WriteScope& w, qint64 moveId, qint64 undoId);
    static Status setEscalationLevel(WriteScope& w, qint64 caseId, int level);
    static Status setConfidential(WriteScope& w, qint64 caseId, bool confidential);
    static Status insertPublication(WriteScope& w, qint64 caseId, const CasePublication& p);
    static Status setArchived(WriteScope& w, qint64 caseId, const QVariant& archivedUtc);
    static Status insertLink(WriteScope& w, qint64 fromCaseId, qint64 toCaseId);
    static Result<qint64> insertComment(WriteScope& w, qint64 caseId, const CaseComment& c);
    static Status insertNotice(WriteScope& w, qint64 caseId, const CaseNotice& n);
    static Result<qint64> insertDocument(WriteScope& w, const DocumentRow& row);
    // Links a document to a case (once; `moveId` 0: not through a move).
    static Status attachDocument(WriteScope& w, qint64 caseId, qint64 documentId,
                                 qint64 moveId = 0);
    static Result<qint64> insertResponse(WriteScope& w, const ResponseRow& row);
    static Status insertFinding(WriteScope& w, const FindingRow& row);
    static Status publishFinding(WriteScope& w, qint64 appealCaseId, const QString& atUtc,
                                 const QString& by);
    static Result<qint64> insertUrgentReview(WriteScope& w, const UrgentReview& r, qint64 document);
    static Result<qint64> insertConsent(WriteScope& w, qint64 reviewId, const CustomerConsent& c,
                                        qint64 document, const QString& atUtc);
    // The state changes of an urgent review: each one audited write with its changes.
    static Status setUrgentReviewEscalated(Database& db, qint64 reviewId,
                                           const QList<FieldChange>& changes, QDate on,
                                           const QString& ground);
    static Status setUrgentReviewConcluded(Database& db, qint64 reviewId,
                                           const QList<FieldChange>& changes, QDate on,
                                           const QString& outcome);

    // Historic cases in bulk, in one write (no permission: the caller decided), through the
    // dialect's bulk load. `produce` adds the cases in the order they are numbered.
    static Status loadHistory(Database& db,
                              const std::function<Status(CaseHistoryLoader&)>& produce);
};

// Adds the cases of CaseStore::loadHistory.
class CaseHistoryLoader
{
public:
    ~CaseHistoryLoader();
    // Returns the new case's id.
    Result<qint64> add(const HistoricCase& c);

private:
    friend class CaseStore;
    CaseHistoryLoader();
    Status prepare(const Database& db);
    std::unique_ptr<BulkLoad> m_cases, m_moves, m_documents, m_caseDocuments, m_notices, m_comments,
        m_links, m_publications;
};

} // namespace csc
