// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseResponses.h"

#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/AuditedWrite.h"

namespace csc {

using namespace caserows;

namespace {

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

Result<qint64> insert(WriteScope& w, const CaseSummary& c, bool received, QDate receivedOn,
                      bool onTime, qint64 documentId, const QString& note)
{
    ResponseRow row;
    row.caseId = c.id;
    row.step = c.step;
    row.stepSince = c.stepSince;
    row.received = received;
    row.receivedDate = receivedOn;
    row.dueDate = c.dueDate;
    row.onTime = onTime;
    row.documentId = documentId;
    row.note = note.trimmed();
    row.atUtc = nowUtc();
    row.actor = w.db().session().name;
    auto id = CaseStore::insertResponse(w, row);
    if (!id)
        return id;
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
    if (auto a = w.audit(QStringLiteral("case"), c.id, QStringLiteral("response"), changes); !a)
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
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        qint64 doc = documentId;
        if (!documentPath.isEmpty()) {
            auto stored = CaseDocuments::attachFile(
                db, caseId, documentPath, tr("Response (%1)").arg(def.step(c.step)->awaits));
            if (!stored)
                return stored.error();
            doc = stored.value();
        }
        const bool onTime = !c.dueDate.isValid() || receivedOn <= c.dueDate;
        return insert(w, c, true, receivedOn, onTime, doc, note);
    });
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
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        return insert(w, c, false, {}, false, 0, note);
    });
}

Result<std::optional<CaseResponse>> CaseResponses::current(const Database& db, const CaseSummary& c)
{
    return CaseStore::currentResponse(db, c);
}

Result<QList<CaseResponse>> CaseResponses::ofCase(const Database& db, qint64 caseId)
{
    // As every case read: nothing of a case the session's role may not see.
    return CaseStore::responses(db, caseId);
}

} // namespace csc
