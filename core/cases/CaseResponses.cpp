// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseResponses.h"

#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/cases/ProcessDefinition.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

namespace csc {

using namespace caserows;

namespace {

const QString kColumns = QStringLiteral(
    "r.id, r.step, r.step_since, r.kind, r.received_date, r.due_date, r.on_time, r.document_id, "
    "coalesce(d.name, ''), r.note, r.at_utc, r.actor");

CaseResponse readResponse(const SqlQuery& q)
{
    CaseResponse r;
    r.id = q.value(0).toLongLong();
    r.step = q.value(1).toString();
    r.stepSince = dateOf(q.value(2));
    r.received = q.value(3).toString() == QLatin1String("received");
    r.receivedDate = dateOf(q.value(4));
    r.dueDate = dateOf(q.value(5));
    r.onTime = q.value(6).toInt() != 0;
    r.documentId = q.value(7).toLongLong();
    r.documentName = q.value(8).toString();
    r.note = q.value(9).toString();
    r.at = parseInstant(q.value(10));
    r.actor = q.value(11).toString();
    return r;
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The checks both kinds share: the case is open, its step waits for someone, nothing is
// recorded yet for this entry into the step.
Result<CaseSummary> waitingCase(const Database& db, qint64 caseId)
{
    auto found = CaseRepository::summary(db, caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const StepDefinition* step = def.step(c.step);
    if (!c.isOpen() || c.archived)
        return Error {
            CaseResponses::tr("%1 is closed; a response belongs to an open step.").arg(c.reference),
            {}
        };
    if (!step || step->awaits.isEmpty())
        return Error { CaseResponses::tr(
                           "%1 is at “%2”, which does not wait for anyone's response.")
                           .arg(c.reference, def.stepName(c.step)),
                       {} };
    if (c.response != ResponseState::Pending)
        return Error { CaseResponses::tr("A response to “%1” of %2 is already recorded; it is "
                                         "not changed afterwards (add a comment to correct it).")
                           .arg(def.stepName(c.step), c.reference),
                       {} };
    return c;
}

Result<qint64> insert(Database& db, const CaseSummary& c, bool received, QDate receivedOn,
                      bool onTime, qint64 documentId, const QString& note)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO case_response(case_id, step, step_since, kind, "
                              "received_date, due_date, on_time, document_id, note, at_utc, "
                              "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(c.id).bind(c.step).bind(c.stepSince.toString(Qt::ISODate));
    q.bind(received ? QStringLiteral("received") : QStringLiteral("none"))
        .bind(dateOrNull(receivedOn))
        .bind(dateOrNull(c.dueDate))
        .bind(onTime ? 1 : 0);
    q.bind(documentId ? QVariant(documentId) : QVariant())
        .bind(text(note.trimmed()))
        .bind(nowUtc())
        .bind(text(db.session().name));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    QList<FieldChange> changes { { QStringLiteral("step"), {}, c.step },
                                 { QStringLiteral("kind"),
                                   {},
                                   received ? QStringLiteral("received") : QStringLiteral("none") },
                                 { QStringLiteral("dueDate"), {}, dateOrNull(c.dueDate) } };
    if (received) {
        changes << FieldChange { QStringLiteral("receivedDate"),
                                 {},
                                 receivedOn.toString(Qt::ISODate) }
                << FieldChange { QStringLiteral("onTime"), {}, onTime }
                << FieldChange { QStringLiteral("documentId"), {}, documentId };
    }
    if (!note.trimmed().isEmpty())
        changes << FieldChange { QStringLiteral("note"), {}, note.trimmed() };
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(c.id),
                                  QStringLiteral("response"), changes);
        !a)
        return a.error();
    return id;
}

} // namespace

QString CaseResponses::noResponseNote(QDate due)
{
    return tr("no response by %1").arg(due.toString(Qt::ISODate));
}

Result<qint64> CaseResponses::recordReceived(Database& db, qint64 caseId, QDate receivedOn,
                                             const QString& documentPath, qint64 documentId,
                                             const QString& note)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto found = waitingCase(db, caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    if (!receivedOn.isValid())
        return Error { tr("Say on which day the response was received."), {} };
    if (receivedOn < c.stepSince || receivedOn > QDate::currentDate())
        return Error { tr("A response to %1 received on %2 is outside the step (entered %3, "
                          "today %4).")
                           .arg(c.reference, receivedOn.toString(Qt::ISODate),
                                c.stepSince.toString(Qt::ISODate),
                                QDate::currentDate().toString(Qt::ISODate)),
                       {} };
    if (documentPath.isEmpty() && documentId == 0)
        return Error { tr("A received response needs its document: attach it."), {} };
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    Transaction tx(db);
    if (!tx)
        return tx.error();
    qint64 doc = documentId;
    if (!documentPath.isEmpty()) {
        auto stored = CaseDocuments::attachFile(db, caseId, documentPath,
                                                tr("Response (%1)").arg(def.step(c.step)->awaits));
        if (!stored)
            return stored.error();
        doc = stored.value();
    }
    const bool onTime = !c.dueDate.isValid() || receivedOn <= c.dueDate;
    auto id = insert(db, c, true, receivedOn, onTime, doc, note);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<qint64> CaseResponses::recordNone(Database& db, qint64 caseId, QDate asOf,
                                         const QString& note)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto found = waitingCase(db, caseId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    if (!c.dueDate.isValid())
        return Error { tr("“%1” has no due date, so “no response by the due date” cannot be "
                          "recorded; record the response when it comes.")
                           .arg(ProcessDefinition::of(c.process).stepName(c.step)),
                       {} };
    if (day <= c.dueDate)
        return Error { tr("The response to %1 is due on %2; “no response” can be recorded only "
                          "after that day.")
                           .arg(c.reference, c.dueDate.toString(Qt::ISODate)),
                       {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto id = insert(db, c, false, {}, false, 0, note);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<std::optional<CaseResponse>> CaseResponses::current(const Database& db, const CaseSummary& c)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kColumns
                   + QStringLiteral(" FROM case_response r LEFT JOIN document d ON d.id = "
                                    "r.document_id WHERE r.case_id = ? AND r.step = ? AND "
                                    "r.step_since = ?"));
    q.bind(c.id).bind(c.step).bind(c.stepSince.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<CaseResponse>();
    return std::optional<CaseResponse>(readResponse(q));
}

Result<QList<CaseResponse>> CaseResponses::ofCase(const Database& db, qint64 caseId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kColumns
                   + QStringLiteral(" FROM case_response r LEFT JOIN document d ON d.id = "
                                    "r.document_id WHERE r.case_id = ? ORDER BY r.id"));
    q.bind(caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CaseResponse> result;
    while (q.next())
        result << readResponse(q);
    return result;
}

} // namespace csc
