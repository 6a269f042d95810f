// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseHandOver.h"

#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/AuditedWrite.h"

namespace csc {

using namespace caserows;

namespace {

NewCase followUp(const CaseSummary& from, CaseProcess process, const QString& title,
                 const QString& description, QDate openedOn)
{
    NewCase n;
    n.openedOn = openedOn;
    n.process = process;
    n.title = title;
    n.description = description;
    n.complainant = from.complainant;
    n.tld = from.tld;
    n.tldKind = from.tldKind;
    n.category = from.category;
    n.serviceLevelId = from.serviceLevelId;
    n.exercise = from.exercise;
    n.linkedFrom = { from.id };
    return n;
}

// Where a finding sends the panel case and the case it came from.
QString panelStep(PanelFinding f)
{
    switch (f) {
    case PanelFinding::NoBreach:
        return QStringLiteral("no_breach");
    case PanelFinding::Remediable:
        return QStringLiteral("remedy_period");
    case PanelFinding::NotRemediable:
        return QStringLiteral("further_escalation");
    }
    return {};
}

QString originStep(PanelFinding f)
{
    return f == PanelFinding::NoBreach ? QStringLiteral("resolved") : panelStep(f);
}

} // namespace

QString CaseHandOver::findingKey(PanelFinding f)
{
    switch (f) {
    case PanelFinding::NoBreach:
        return QStringLiteral("no_breach");
    case PanelFinding::Remediable:
        return QStringLiteral("remediable");
    case PanelFinding::NotRemediable:
        return QStringLiteral("not_remediable");
    }
    return {};
}

Result<PanelFinding> CaseHandOver::findingFromKey(const QString& key)
{
    for (PanelFinding f :
         { PanelFinding::NoBreach, PanelFinding::Remediable, PanelFinding::NotRemediable }) {
        if (findingKey(f) == key)
            return f;
    }
    return Error {
        tr("“%1” is not a panel finding (no_breach, remediable or not_remediable).").arg(key), {}
    };
}

QString CaseHandOver::findingName(PanelFinding f)
{
    switch (f) {
    case PanelFinding::NoBreach:
        return tr("No breach");
    case PanelFinding::Remediable:
        return tr("Breach capable of remedy");
    case PanelFinding::NotRemediable:
        return tr("Breach not capable of remedy");
    }
    return {};
}

Result<qint64> CaseHandOver::openProblemManagement(Database& db, qint64 complaintId,
                                                   const QString& note, QDate openedOn)
{
    auto found = CaseRepository::summary(db, complaintId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    if (c.process != CaseProcess::Complaint || c.step != QLatin1String("systemic_review"))
        return Error { tr("A Problem Management case is opened from a complaint at “%1”; %2 is "
                          "at “%3”.")
                           .arg(ProcessDefinition::of(CaseProcess::Complaint)
                                    .stepName(QStringLiteral("systemic_review")),
                                c.reference, ProcessDefinition::of(c.process).stepName(c.step)),
                       {} };
    if (openedOn.isValid() && openedOn < c.stepSince)
        return Error { tr("The hand-over cannot predate %1's step (%2).")
                           .arg(c.reference, c.stepSince.toString(Qt::ISODate)),
                       {} };
    QString description = tr("Systemic failure found in complaint %1 (step 6).").arg(c.reference);
    if (!note.trimmed().isEmpty())
        description += QLatin1Char(' ') + note.trimmed();
    return CaseRepository::create(db,
                                  followUp(c, CaseProcess::ProblemManagement,
                                           tr("Systemic failure: %1").arg(c.title), description,
                                           openedOn));
}

Result<qint64> CaseHandOver::openAppealsPanel(Database& db, qint64 originId, const QString& note,
                                              QDate openedOn)
{
    auto found = CaseRepository::summary(db, originId);
    if (!found)
        return found.error();
    const CaseSummary c = found.value();
    const bool fromAppealStep
        = (c.process == CaseProcess::Complaint || c.process == CaseProcess::ProblemManagement)
        && c.step == QLatin1String("appeal");
    if (!fromAppealStep)
        return Error { tr("An Independent Appeals Panel case is opened from the appeal step of a "
                          "complaint or a Problem Management case; %1 is at “%2”.")
                           .arg(c.reference, ProcessDefinition::of(c.process).stepName(c.step)),
                       {} };
    auto open = CaseStore::openAppealsFrom(db, originId);
    if (!open)
        return open.error();
    if (open.value() > 0)
        return Error {
            tr("%1 already has an Independent Appeals Panel case under way.").arg(c.reference), {}
        };
    QString description
        = tr("Appeal from %1 (%2).").arg(c.reference, ProcessDefinition::of(c.process).name);
    if (!note.trimmed().isEmpty())
        description += QLatin1Char(' ') + note.trimmed();
    return CaseRepository::create(db,
                                  followUp(c, CaseProcess::AppealsPanel,
                                           tr("Appeal: %1").arg(c.title), description, openedOn));
}

Result<qint64> CaseHandOver::originOf(const Database& db, qint64 appealCaseId)
{
    return CaseStore::originOf(db, appealCaseId);
}

Status CaseHandOver::recordFinding(Database& db, const FindingRequest& r)
{
    auto found = CaseRepository::summary(db, r.appealCaseId);
    if (!found)
        return found.error();
    const CaseSummary panel = found.value();
    if (panel.process != CaseProcess::AppealsPanel || panel.step != QLatin1String("hearing"))
        return Error {
            tr("A finding is recorded on an Independent Appeals Panel case under way; %1 is not.")
                .arg(panel.reference),
            {}
        };
    if (r.publicText.trimmed().isEmpty())
        return Error { tr("A panel finding needs its public text: all findings are published, "
                          "while the dispute stays confidential."),
                       {} };
    if (r.finding == PanelFinding::Remediable && r.remedyDays <= 0)
        return Error {
            tr("A breach capable of remedy needs the days the panel gave the IFO (calendar days)."),
            {}
        };
    const QDate decided = r.decidedOn.isValid() ? r.decidedOn : QDate::currentDate();
    auto origin = originOf(db, panel.id);
    if (!origin)
        return origin.error();

    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Status {
        MoveRequest move;
        move.caseId = panel.id;
        move.toStep = panelStep(r.finding);
        move.reason = findingName(r.finding);
        move.effectiveDate = decided;
        move.deadlineDays = r.remedyDays;
        move.documentPath = r.documentPath;
        move.documentId = r.documentId;
        auto moved = CaseMoves::move(db, move);
        if (!moved)
            return moved.error();
        auto documentId = CaseStore::documentOfMove(db, moved.value());
        if (!documentId)
            return documentId.error();
        const qint64 doc = documentId.value();
        FindingRow row;
        row.caseId = panel.id;
        row.originCaseId = origin.value();
        row.findingKey = findingKey(r.finding);
        row.remedyDays = r.finding == PanelFinding::Remediable ? r.remedyDays : 0;
        row.decidedOn = decided;
        row.publicText = r.publicText.trimmed();
        row.documentId = doc;
        if (auto s = CaseStore::insertFinding(w, row); !s)
            return s;
        if (auto a = w.audit(QStringLiteral("appeal_finding"), panel.id, QStringLiteral("create"),
                             { { QStringLiteral("finding"), {}, findingKey(r.finding) },
                               { QStringLiteral("remedyDays"), {}, r.remedyDays },
                               { QStringLiteral("decidedOn"), {}, decided.toString(Qt::ISODate) },
                               { QStringLiteral("publicText"), {}, r.publicText.trimmed() },
                               { QStringLiteral("origin"), {}, origin.value() } });
            !a)
            return a.error();
        // The finding returns to the case the panel came from, if it is still at its appeal
        // step.
        if (origin.value()) {
            auto o = CaseRepository::summary(db, origin.value());
            if (!o)
                return o.error();
            if (o.value().isOpen() && o.value().step == QLatin1String("appeal")) {
                MoveRequest back;
                back.caseId = origin.value();
                back.toStep = originStep(r.finding);
                back.reason
                    = tr("Panel finding in %1: %2").arg(panel.reference, findingName(r.finding));
                back.effectiveDate = decided;
                back.deadlineDays = r.remedyDays;
                back.documentId = doc;
                if (doc) {
                    if (auto s = CaseStore::attachDocument(w, origin.value(), doc); !s)
                        return s;
                }
                if (auto m = CaseMoves::move(db, back); !m)
                    return m.error();
            }
        }
        return {};
    });
}

Status CaseHandOver::publishFinding(Database& db, qint64 appealCaseId)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    auto f = finding(db, appealCaseId);
    if (!f)
        return f.error();
    if (f.value().publishedUtc.isValid())
        return {};
    const QString now = nowUtc();
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Status {
        if (auto s = CaseStore::publishFinding(w, appealCaseId, now, db.session().name); !s)
            return s;
        return w.audit(QStringLiteral("appeal_finding"), appealCaseId, QStringLiteral("publish"),
                       { { QStringLiteral("publishedUtc"), {}, now } });
    });
}

Result<AppealFinding> CaseHandOver::finding(const Database& db, qint64 appealCaseId)
{
    // Visible to whoever sees the panel case; the public text itself is public by design.
    auto c = CaseRepository::summary(db, appealCaseId);
    if (!c)
        return c.error();
    auto stored = CaseStore::finding(db, appealCaseId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error { tr("%1 has no panel finding yet.").arg(c.value().reference), {} };
    AppealFinding f = stored.value()->finding;
    f.finding = findingFromKey(stored.value()->findingKey).valueOr(PanelFinding::NoBreach);
    return f;
}

Result<QList<qint64>> CaseHandOver::publishedFindings(const Database& db)
{
    return CaseStore::publishedFindings(db);
}

} // namespace csc
