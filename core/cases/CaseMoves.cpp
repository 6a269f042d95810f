// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseMoves.h"

#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/CaseRows.h"
#include "core/cases/ProcessDefinition.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

namespace csc {

using namespace caserows;

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Status recordNotices(Database& db, qint64 caseId, const QString& level, const QString& kind)
{
    for (const QString& recipient : CaseMoves::noticeRecipients()) {
        if (auto s = execute(db,
                             QStringLiteral("INSERT INTO case_notice(case_id, at_utc, level, "
                                            "recipient, kind) VALUES (?, ?, ?, ?, ?)"),
                             { caseId, nowUtc(), level, recipient, kind });
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

    Transaction tx(db);
    if (!tx)
        return tx.error();
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

    SqlQuery q(db,
               QStringLiteral("INSERT INTO case_move(case_id, from_step, to_step, effective_date, "
                              "at_utc, actor, actor_role, reason, "
                              "document_id, deadline_days, due_date, prev_step_since, "
                              "prev_due_date, prev_escalation) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(r.caseId)
        .bind(c.step)
        .bind(r.toStep)
        .bind(effective.toString(Qt::ISODate))
        .bind(nowUtc());
    q.bind(text(db.session().name)).bind(RoleNames::key(db.session().role)).bind(text(reason));
    q.bind(documentId ? QVariant(documentId) : QVariant())
        .bind(days > 0 ? QVariant(days) : QVariant());
    q.bind(dateOrNull(due))
        .bind(dateOrNull(c.stepSince))
        .bind(dateOrNull(c.dueDate))
        .bind(c.escalationLevel);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 moveId = q.lastInsertId().toLongLong();
    if (documentId) {
        if (auto s = execute(db,
                             QStringLiteral("INSERT OR IGNORE INTO case_document(case_id, "
                                            "document_id, move_id) VALUES (?, ?, ?)"),
                             { r.caseId, documentId, moveId });
            !s)
            return s.error();
    }
    const QVariant closed = target.isEnd
        ? QVariant(effective == QDate::currentDate() ? nowUtc() : instantOf(effective))
        : QVariant();
    if (auto s
        = execute(db,
                  QStringLiteral("UPDATE case_record SET step = ?, step_since = ?, due_date = ?, "
                                 "escalation_level = ?, "
                                 "closed_utc = ?, end_state = ? WHERE id = ?"),
                  { r.toStep, effective.toString(Qt::ISODate), dateOrNull(due), level, closed,
                    target.isEnd ? QVariant(target.endState) : QVariant(), r.caseId });
        !s)
        return s.error();
    if (invokes) {
        if (auto s = recordNotices(db, r.caseId, levels.first(), QStringLiteral("invoked")); !s)
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
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(r.caseId),
                                  QStringLiteral("move"), changes);
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return moveId;
}

Result<qint64> CaseMoves::undo(Database& db, qint64 moveId)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT case_id, from_step, to_step, prev_step_since, prev_due_date, "
                   "prev_escalation, undone_by_move_id, "
                   "undoes_move_id, (SELECT max(id) FROM case_move l WHERE l.case_id = m.case_id "
                   "AND l.undone_by_move_id IS NULL AND l.undoes_move_id IS NULL) FROM case_move m "
                   "WHERE id = ?"));
    q.bind(moveId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no move #%1.").arg(moveId), {} };
    const qint64 caseId = q.value(0).toLongLong();
    const QString from = q.value(1).toString();
    const QString to = q.value(2).toString();
    auto found = CaseRepository::summary(db, caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    if (from.isEmpty() || !q.value(6).isNull() || !q.value(7).isNull()
        || q.value(8).toLongLong() != moveId || c.step != to)
        return Error {
            tr("Only the latest move of %1 still in effect can be undone.").arg(c.reference), {}
        };
    if (c.archived)
        return Error { tr("%1 is in the archive; restore it before changing it.").arg(c.reference),
                       {} };
    const QString prevSince = q.value(3).toString();
    const QVariant prevDue = q.value(4);
    const int prevLevel = q.value(5).toInt();
    const ProcessDefinition& def = ProcessDefinition::of(c.process);

    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery ins(db,
                 QStringLiteral("INSERT INTO case_move(case_id, from_step, to_step, "
                                "effective_date, at_utc, actor, actor_role, reason, "
                                "due_date, prev_step_since, prev_due_date, prev_escalation, "
                                "undoes_move_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.bind(caseId)
        .bind(to)
        .bind(from)
        .bind(QDate::currentDate().toString(Qt::ISODate))
        .bind(nowUtc());
    ins.bind(text(db.session().name)).bind(RoleNames::key(db.session().role));
    ins.bind(tr("Undo of the move to “%1”").arg(def.stepName(to))).bind(prevDue);
    ins.bind(dateOrNull(c.stepSince))
        .bind(dateOrNull(c.dueDate))
        .bind(c.escalationLevel)
        .bind(moveId);
    if (auto s = ins.exec(); !s)
        return s.error();
    const qint64 undoId = ins.lastInsertId().toLongLong();
    if (auto s
        = execute(db, QStringLiteral("UPDATE case_move SET undone_by_move_id = ? WHERE id = ?"),
                  { undoId, moveId });
        !s)
        return s.error();
    if (auto s = execute(db,
                         QStringLiteral("UPDATE case_record SET step = ?, step_since = ?, due_date "
                                        "= ?, escalation_level = ?, "
                                        "closed_utc = NULL, end_state = NULL WHERE id = ?"),
                         { from, prevSince, prevDue, prevLevel, caseId });
        !s)
        return s.error();
    if (auto a = AuditLog::record(
            db, QStringLiteral("case"), QString::number(caseId), QStringLiteral("undo"),
            { { QStringLiteral("step"), to, from }, { QStringLiteral("undoesMove"), {}, moveId } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return undoId;
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s
        = execute(db, QStringLiteral("UPDATE case_record SET escalation_level = ? WHERE id = ?"),
                  { level, caseId });
        !s)
        return s.error();
    if (auto s = execute(
            db,
            QStringLiteral(
                "INSERT INTO case_comment(case_id, at_utc, author, body) VALUES (?, ?, ?, ?)"),
            { caseId, nowUtc(), text(db.session().name),
              tr("Escalated to %1: %2").arg(levels.at(level - 1), note.trimmed()) });
        !s)
        return s.error();
    if (auto s = recordNotices(db, caseId, levels.at(level - 1), QStringLiteral("advanced")); !s)
        return s.error();
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(caseId),
                                  QStringLiteral("escalate"),
                                  { { QStringLiteral("escalationLevel"), c.escalationLevel, level },
                                    { QStringLiteral("note"), {}, note.trimmed() } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return level;
}

} // namespace csc
