// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseMoves.h"

#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/AuditedWrite.h"
#include "core/settings/CommitteeSettings.h"

namespace csc {

using namespace caserows;

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Status recordNotices(WriteScope& w, qint64 caseId, const QString& level, const QString& kind)
{
    for (const QString& recipient : CaseMoves::noticeRecipients()) {
        if (auto s = CaseStore::insertNotice(w, caseId,
                                             { parseInstant(nowUtc()), level, recipient, kind });
            !s)
            return s;
    }
    return {};
}

} // namespace

QStringList CaseMoves::noticeRecipients()
{
    return { QStringLiteral("rysg"), QStringLiteral("ccnso_council"),
             QStringLiteral("gnso_council") };
}

QString CaseMoves::recipientName(const QString& key)
{
    if (key == QLatin1String("rysg"))
        return tr("Registry Stakeholder Group");
    if (key == QLatin1String("ccnso_council"))
        return tr("ccNSO Council");
    if (key == QLatin1String("gnso_council"))
        return tr("GNSO Council");
    return key;
}

Result<qint64> CaseMoves::move(Database& db, const MoveRequest& r)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto found = CaseRepository::summary(db, r.caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    if (c.archived)
        return Error { tr("%1 is in the archive; restore it before changing it.").arg(c.reference),
                       {} };
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    if (auto s = def.checkMove(c.step, r.toStep); !s)
        return s.error();
    const MoveDefinition& m = *def.move(c.step, r.toStep);
    const StepDefinition& source = *def.step(c.step);
    const StepDefinition& target = *def.step(r.toStep);
    const QDate effective = r.effectiveDate.isValid() ? r.effectiveDate : QDate::currentDate();
    // A step that waits for someone: once its due date has passed without a response, the next
    // step is allowed without the document, and the move says so. A response received earlier
    // brings its own document.
    const bool respondedDocument = !source.awaits.isEmpty() && !m.documentKind.isEmpty();
    const bool documentGiven = !r.documentPath.isEmpty() || r.documentId != 0;
    const bool silent = respondedDocument && !documentGiven
        && (c.response == ResponseState::None
            || (c.response == ResponseState::Pending && c.dueDate.isValid()
                && effective > c.dueDate));
    qint64 responseDocument = 0;
    if (respondedDocument && c.response == ResponseState::Received) {
        auto response = CaseResponses::current(db, c);
        if (!response)
            return response.error();
        if (response.value())
            responseDocument = response.value()->documentId;
    }
    QString reason = r.reason.trimmed();
    if (silent)
        reason = reason.isEmpty()
            ? CaseResponses::noResponseNote(c.dueDate)
            : CaseResponses::noResponseNote(c.dueDate) + QStringLiteral("; ") + reason;
    if (m.needsNote && reason.isEmpty())
        return Error { tr("“%1” needs a note saying why.").arg(m.label), {} };
    if (!m.documentKind.isEmpty() && !silent && r.documentPath.isEmpty() && r.documentId == 0
        && responseDocument == 0)
        return Error {
            respondedDocument && c.dueDate.isValid()
                ? tr("“%1” needs the %2: attach it to the move, or record the response. Without "
                     "a response the move is possible after the due date (%3).")
                      .arg(m.label, m.documentKind, c.dueDate.toString(Qt::ISODate))
                : tr("“%1” needs the %2: attach it to the move.").arg(m.label, m.documentKind),
            {}
        };
    if ((target.deadline == DeadlineRule::EnteredDays
         || target.deadline == DeadlineRule::PanelRemedyDays)
        && r.deadlineDays <= 0)
        return Error { tr("“%1” needs the period it runs for, in %2.")
                           .arg(target.name,
                                DeadlineRules::unitName(DeadlineRules::unitOf(target.deadline))),
                       {} };
    if (effective < c.stepSince)
        return Error { tr("The move cannot be dated %1: %2 entered “%3” on %4.")
                           .arg(effective.toString(Qt::ISODate), c.reference, def.stepName(c.step),
                                c.stepSince.toString(Qt::ISODate)),
                       {} };

    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        if (silent && c.response == ResponseState::Pending) {
            if (auto none = CaseResponses::recordNone(db, c.id, effective); !none)
                return none.error();
        }
        qint64 documentId = r.documentId ? r.documentId : responseDocument;
        if (!r.documentPath.isEmpty()) {
            auto doc = CaseDocuments::attachFile(db, r.caseId, r.documentPath, m.documentKind);
            if (!doc)
                return doc.error();
            documentId = doc.value();
        }
        const int days = CaseDeadlines::periodDays(db, target.deadline, r.deadlineDays);
        const QDate due = CaseDeadlines::dueDate(CommitteeSettings::businessCalendar(db),
                                                 target.deadline, effective, days);
        int level = c.escalationLevel;
        const QStringList levels = CommitteeSettings::escalationLevels(db);
        const bool invokes = target.invokesEscalation && level == 0 && !levels.isEmpty();
        if (invokes)
            level = 1;

        MoveRow row;
        row.caseId = r.caseId;
        row.fromStep = c.step;
        row.toStep = r.toStep;
        row.effectiveDate = effective;
        row.atUtc = nowUtc();
        row.actor = db.session().name;
        row.actorRole = RoleNames::key(db.session().role);
        row.reason = reason;
        row.documentId = documentId;
        row.deadlineDays = days;
        row.dueDate = dateOrNull(due);
        row.prevStepSince = dateOrNull(c.stepSince);
        row.prevDueDate = dateOrNull(c.dueDate);
        row.prevEscalation = c.escalationLevel;
        auto moveId = CaseStore::insertMove(w, row);
        if (!moveId)
            return moveId.error();
        if (documentId) {
            if (auto s = CaseStore::attachDocument(w, r.caseId, documentId, moveId.value()); !s)
                return s.error();
        }
        CaseStepRow now;
        now.step = r.toStep;
        now.stepSince = effective.toString(Qt::ISODate);
        now.dueDate = dateOrNull(due);
        now.escalationLevel = level;
        now.closedUtc = target.isEnd
            ? QVariant(effective == QDate::currentDate() ? nowUtc() : instantOf(effective))
            : QVariant();
        now.endState = target.isEnd ? QVariant(target.endState) : QVariant();
        if (auto s = CaseStore::setStep(w, r.caseId, now); !s)
            return s.error();
        if (invokes) {
            if (auto s = recordNotices(w, r.caseId, levels.first(), QStringLiteral("invoked")); !s)
                return s.error();
        }
        QList<FieldChange> changes {
            { QStringLiteral("step"), c.step, r.toStep },
            { QStringLiteral("effectiveDate"), {}, effective.toString(Qt::ISODate) },
            { QStringLiteral("reason"), {}, reason }
        };
        if (c.dueDate != due)
            changes << FieldChange { QStringLiteral("dueDate"), dateOrNull(c.dueDate),
                                     dateOrNull(due) };
        if (documentId)
            changes << FieldChange { QStringLiteral("documentId"), {}, documentId };
        if (invokes)
            changes << FieldChange { QStringLiteral("escalationLevel"), 0, 1 };
        if (auto a = w.audit(QStringLiteral("case"), r.caseId, QStringLiteral("move"), changes); !a)
            return a.error();
        return moveId.value();
    });
}

Result<qint64> CaseMoves::undo(Database& db, qint64 moveId)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto stored = CaseStore::storedMove(db, moveId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error { tr("There is no move #%1.").arg(moveId), {} };
    const StoredMove undone = *stored.value();
    auto found = CaseRepository::summary(db, undone.caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    if (undone.fromStep.isEmpty() || undone.undone || undone.isUndo
        || undone.latestInEffect != moveId || c.step != undone.toStep)
        return Error {
            tr("Only the latest move of %1 still in effect can be undone.").arg(c.reference), {}
        };
    if (c.archived)
        return Error { tr("%1 is in the archive; restore it before changing it.").arg(c.reference),
                       {} };
    const ProcessDefinition& def = ProcessDefinition::of(c.process);

    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        MoveRow row;
        row.caseId = undone.caseId;
        row.fromStep = undone.toStep;
        row.toStep = undone.fromStep;
        row.effectiveDate = QDate::currentDate();
        row.atUtc = nowUtc();
        row.actor = db.session().name;
        row.actorRole = RoleNames::key(db.session().role);
        row.reason = tr("Undo of the move to “%1”").arg(def.stepName(undone.toStep));
        row.dueDate = undone.prevDueDate;
        row.prevStepSince = dateOrNull(c.stepSince);
        row.prevDueDate = dateOrNull(c.dueDate);
        row.prevEscalation = c.escalationLevel;
        row.undoesMoveId = moveId;
        auto undoId = CaseStore::insertMove(w, row);
        if (!undoId)
            return undoId.error();
        if (auto s = CaseStore::markUndone(w, moveId, undoId.value()); !s)
            return s.error();
        CaseStepRow back;
        back.step = undone.fromStep;
        back.stepSince = undone.prevStepSince;
        back.dueDate = undone.prevDueDate;
        back.escalationLevel = undone.prevEscalation;
        if (auto s = CaseStore::setStep(w, undone.caseId, back); !s)
            return s.error();
        if (auto a = w.audit(QStringLiteral("case"), undone.caseId, QStringLiteral("undo"),
                             { { QStringLiteral("step"), undone.toStep, undone.fromStep },
                               { QStringLiteral("undoesMove"), {}, moveId } });
            !a)
            return a.error();
        return undoId.value();
    });
}

Result<int> CaseMoves::advanceEscalation(Database& db, qint64 caseId, const QString& note)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto found = CaseRepository::summary(db, caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const StepDefinition* step = def.step(c.step);
    if (!step || !step->invokesEscalation || c.escalationLevel == 0)
        return Error {
            tr("%1 is not in remedial action; there is no escalation to advance.").arg(c.reference),
            {}
        };
    const QStringList levels = CommitteeSettings::escalationLevels(db);
    if (c.escalationLevel >= levels.size())
        return Error { tr("%1 is already at the last escalation level (%2).")
                           .arg(c.reference, levels.value(levels.size() - 1)),
                       {} };
    if (note.trimmed().isEmpty())
        return Error { tr("Advancing the escalation needs a note saying why."), {} };
    const int level = c.escalationLevel + 1;
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<int> {
        if (auto s = CaseStore::setEscalationLevel(w, caseId, level); !s)
            return s.error();
        if (auto s = CaseStore::insertComment(
                w, caseId,
                { 0, parseInstant(nowUtc()), db.session().name,
                  tr("Escalated to %1: %2").arg(levels.at(level - 1), note.trimmed()) });
            !s)
            return s.error();
        if (auto s = recordNotices(w, caseId, levels.at(level - 1), QStringLiteral("advanced")); !s)
            return s.error();
        if (auto a = w.audit(QStringLiteral("case"), caseId, QStringLiteral("escalate"),
                             { { QStringLiteral("escalationLevel"), c.escalationLevel, level },
                               { QStringLiteral("note"), {}, note.trimmed() } });
            !a)
            return a.error();
        return level;
    });
}

} // namespace csc
