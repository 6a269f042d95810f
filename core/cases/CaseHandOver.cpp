// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseHandOver.h"

#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/cases/ProcessDefinition.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

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
    auto open = queryScalar(db,
                            QStringLiteral("SELECT count(*) FROM case_link l JOIN case_record p "
                                           "ON p.id = l.from_case_id WHERE l.to_case_id = ? AND "
                                           "p.process = 'appeal' AND p.closed_utc IS NULL"),
                            { originId });
    if (!open)
        return open.error();
    if (open.value().toInt() > 0)
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
    auto origin = queryScalar(
        db,
        QStringLiteral("SELECT l.to_case_id FROM case_link l JOIN case_record o ON o.id = "
                       "l.to_case_id WHERE l.from_case_id = ? AND o.process IN ('complaint', "
                       "'problem') ORDER BY l.to_case_id LIMIT 1"),
        { appealCaseId });
    if (!origin)
        return origin.error();
    return origin.value().isValid() ? origin.value().toLongLong() : qint64(0);
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

    Transaction tx(db);
    if (!tx)
        return tx.error();
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
    auto documentId = queryScalar(
        db, QStringLiteral("SELECT document_id FROM case_move WHERE id = ?"), { moved.value() });
    if (!documentId)
        return documentId.error();
    const qint64 doc = documentId.value().toLongLong();
    if (auto s
        = execute(db,
                  QStringLiteral("INSERT INTO appeal_finding(case_id, origin_case_id, "
                                 "finding, remedy_days, decided_on, public_text, "
                                 "document_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  { panel.id, origin.value() ? QVariant(origin.value()) : QVariant(),
                    findingKey(r.finding),
                    r.finding == PanelFinding::Remediable ? QVariant(r.remedyDays) : QVariant(),
                    decided.toString(Qt::ISODate), r.publicText.trimmed(),
                    doc ? QVariant(doc) : QVariant() });
        !s)
        return s;
    if (auto a
        = AuditLog::record(db, QStringLiteral("appeal_finding"), QString::number(panel.id),
                           QStringLiteral("create"),
                           { { QStringLiteral("finding"), {}, findingKey(r.finding) },
                             { QStringLiteral("remedyDays"), {}, r.remedyDays },
                             { QStringLiteral("decidedOn"), {}, decided.toString(Qt::ISODate) },
                             { QStringLiteral("publicText"), {}, r.publicText.trimmed() },
                             { QStringLiteral("origin"), {}, origin.value() } });
        !a)
        return a.error();
    // The finding returns to the case the panel came from, if it is still at its appeal step.
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
                if (auto s = execute(db,
                                     QStringLiteral("INSERT OR IGNORE INTO case_document(case_id, "
                                                    "document_id) VALUES (?, ?)"),
                                     { origin.value(), doc });
                    !s)
                    return s;
            }
            if (auto m = CaseMoves::move(db, back); !m)
                return m.error();
        }
    }
    return tx.commit();
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    if (auto s = execute(db,
                         QStringLiteral("UPDATE appeal_finding SET published_utc = ?, "
                                        "published_by = ? WHERE case_id = ?"),
                         { now, text(db.session().name), appealCaseId });
        !s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("appeal_finding"),
                                  QString::number(appealCaseId), QStringLiteral("publish"),
                                  { { QStringLiteral("publishedUtc"), {}, now } });
        !a)
        return a.error();
    return tx.commit();
}

Result<AppealFinding> CaseHandOver::finding(const Database& db, qint64 appealCaseId)
{
    // Visible to whoever sees the panel case; the public text itself is public by design.
    auto c = CaseRepository::summary(db, appealCaseId);
    if (!c)
        return c.error();
    SqlQuery q(db,
               QStringLiteral("SELECT origin_case_id, finding, remedy_days, decided_on, "
                              "public_text, document_id, published_utc, published_by FROM "
                              "appeal_finding WHERE case_id = ?"));
    q.bind(appealCaseId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("%1 has no panel finding yet.").arg(c.value().reference), {} };
    AppealFinding f;
    f.caseId = appealCaseId;
    f.originCaseId = q.value(0).toLongLong();
    f.finding = findingFromKey(q.value(1).toString()).valueOr(PanelFinding::NoBreach);
    f.remedyDays = q.value(2).toInt();
    f.decidedOn = dateOf(q.value(3));
    f.publicText = q.value(4).toString();
    f.documentId = q.value(5).toLongLong();
    f.publishedUtc = parseInstant(q.value(6));
    f.publishedBy = q.value(7).toString();
    return f;
}

Result<QList<qint64>> CaseHandOver::publishedFindings(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT f.case_id FROM appeal_finding f JOIN case_record c "
                              "ON c.id = f.case_id WHERE f.published_utc IS NOT NULL "
                              "AND c.is_exercise = 0 ORDER BY f.decided_on, f.case_id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace csc
