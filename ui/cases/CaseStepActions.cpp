// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStepActions.h"

#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/ProcessDefinition.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QLocale>

namespace csc {

namespace {

// A day typed as YYYY-MM-DD (QInputDialog has no date field); invalid when cancelled or wrong.
QDate askDay(QWidget* parent, const QString& title, const QString& label, QDate suggested)
{
    bool ok = false;
    const QString text
        = UserPrompts::text(parent, title, label, suggested.toString(Qt::ISODate), &ok);
    return ok ? QDate::fromString(text.trimmed(), Qt::ISODate) : QDate();
}

} // namespace

qint64 CaseStepActions::recordResponse(QWidget* parent, Database& db, qint64 caseId)
{
    auto c = CaseRepository::summary(db, caseId);
    if (!c)
        return UserPrompts::error(parent, tr("Cases"), c.error()), 0;
    const StepDefinition* step = ProcessDefinition::of(c.value().process).step(c.value().step);
    const QString who = step ? step->awaits : QString();
    const QString title = tr("Response to %1").arg(c.value().reference);
    const QStringList choices { tr("Response received from the %1…").arg(who),
                                tr("No response by the due date") };
    bool ok = false;
    const QString choice = UserPrompts::item(parent, title, tr("What came back?"), choices, 0, &ok);
    if (!ok)
        return 0;
    Result<qint64> recorded = qint64(0);
    if (choice == choices.first()) {
        const QDate day
            = askDay(parent, title, tr("Received on (YYYY-MM-DD):"), QDate::currentDate());
        if (!day.isValid())
            return 0;
        const QString file = UserPrompts::openFileName(parent, tr("The Response Received"));
        if (file.isEmpty())
            return 0;
        recorded = CaseResponses::recordReceived(db, caseId, day, file);
    } else {
        recorded = CaseResponses::recordNone(db, caseId, QDate::currentDate());
    }
    if (!recorded)
        return UserPrompts::error(parent, tr("Cases"), recorded.error()), 0;
    return caseId;
}

qint64 CaseStepActions::handOver(QWidget* parent, Database& db, qint64 caseId)
{
    auto found = CaseRepository::summary(db, caseId);
    if (!found)
        return UserPrompts::error(parent, tr("Cases"), found.error()), 0;
    const CaseSummary c = found.value();
    Result<qint64> opened = qint64(0);
    if (c.process == CaseProcess::AppealsPanel) {
        if (c.step == QLatin1String("hearing"))
            return recordFinding(parent, db, caseId);
        if (UserPrompts::question(parent, tr("Publish the Finding"),
                                  tr("Publish the public text of the panel's finding in %1? The "
                                     "dispute itself stays confidential.")
                                      .arg(c.reference),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return 0;
        if (auto s = CaseHandOver::publishFinding(db, caseId); !s)
            return UserPrompts::error(parent, tr("Cases"), s.error()), 0;
        return caseId;
    }
    const bool toProblem
        = c.process == CaseProcess::Complaint && c.step == QLatin1String("systemic_review");
    const QString what = toProblem ? tr("Open a linked Problem Management case from %1?")
                                   : tr("Open a linked Independent Appeals Panel case from %1?");
    bool ok = false;
    const QString note = UserPrompts::text(
        parent, toProblem ? tr("Open Problem Management Case") : tr("Open Appeals Panel Case"),
        what.arg(c.reference) + QLatin1Char('\n') + tr("A note (optional):"), {}, &ok);
    if (!ok)
        return 0;
    opened = toProblem ? CaseHandOver::openProblemManagement(db, caseId, note)
                       : CaseHandOver::openAppealsPanel(db, caseId, note);
    if (!opened)
        return UserPrompts::error(parent, tr("Cases"), opened.error()), 0;
    return opened.value();
}

qint64 CaseStepActions::recordFinding(QWidget* parent, Database& db, qint64 caseId)
{
    const QString title = tr("Panel Finding");
    const QList<PanelFinding> kinds { PanelFinding::NoBreach, PanelFinding::Remediable,
                                      PanelFinding::NotRemediable };
    QStringList names;
    for (PanelFinding k : kinds)
        names << CaseHandOver::findingName(k);
    bool ok = false;
    const QString name = UserPrompts::item(parent, title, tr("The panel found:"), names, 0, &ok);
    if (!ok)
        return 0;
    FindingRequest r;
    r.appealCaseId = caseId;
    r.finding = kinds.at(names.indexOf(name));
    r.decidedOn = QDate::currentDate();
    if (r.finding == PanelFinding::Remediable) {
        r.remedyDays = UserPrompts::integer(
            parent, title, tr("Days the IFO has to remedy it (calendar days):"), 30, 1, 3650, &ok);
        if (!ok)
            return 0;
    }
    r.publicText = UserPrompts::multiLineText(
        parent, title, tr("The finding's public text (published; the dispute stays confidential):"),
        {}, &ok);
    if (!ok)
        return 0;
    r.documentPath = UserPrompts::openFileName(parent, tr("The Panel's Finding"));
    if (r.documentPath.isEmpty())
        return 0;
    if (auto s = CaseHandOver::recordFinding(db, r); !s)
        return UserPrompts::error(parent, tr("Cases"), s.error()), 0;
    return caseId;
}

} // namespace csc
