// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessDefinition.h"

namespace csc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppealsPanelProcess)
};
} // namespace

// Independent Appeals Panel findings, domain.md §3d. All findings are published.
ProcessDefinition appealsPanelProcess()
{
    ProcessDefinition p;
    p.process = CaseProcess::AppealsPanel;
    p.key = QStringLiteral("appeal");
    p.name = Text::tr("Independent Appeals Panel");
    p.summary
        = Text::tr("Binding arbitration on agreed service levels, and what follows its finding.");
    const QString panel = Text::tr("Panel");
    p.steps = {
        { QStringLiteral("hearing"),
          Text::tr("Panel under way"),
          panel,
          Text::tr("The panel hears the dispute about agreed service levels."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("remedy_period"),
          Text::tr("Breach remediable: remedy period"),
          Text::tr("IFO"),
          Text::tr("The panel found a breach capable of remedy; the IFO has the days it set."),
          DeadlineRule::PanelRemedyDays,
          false,
          {},
          false },
        { QStringLiteral("further_escalation"),
          Text::tr("Further escalation options"),
          Text::tr("Committee"),
          Text::tr(
              "An irremediable breach, or a remedy not made in time: further escalation is open."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("no_breach"), Text::tr("Finding: no breach"), panel,
          Text::tr("No breach: resolved, no further action."), DeadlineRule::None, true,
          QStringLiteral("finding"), false },
        { QStringLiteral("remedied"), Text::tr("Remedied"), Text::tr("Committee"),
          Text::tr("The breach was remedied in time."), DeadlineRule::None, true,
          QStringLiteral("resolved"), false },
        { QStringLiteral("concluded"), Text::tr("Concluded"), Text::tr("Committee"),
          Text::tr("The further escalation is concluded."), DeadlineRule::None, true,
          QStringLiteral("resolved"), false },
        { QStringLiteral("withdrawn"), Text::tr("Withdrawn"), Text::tr("Registry operator"),
          Text::tr("The appeal was withdrawn."), DeadlineRule::None, true,
          QStringLiteral("withdrawn"), false },
    };
    const QString finding = Text::tr("Panel finding");
    p.moves = {
        { QStringLiteral("hearing"), QStringLiteral("no_breach"), Text::tr("Finding: no breach"),
          false, finding },
        { QStringLiteral("hearing"), QStringLiteral("remedy_period"),
          Text::tr("Finding: breach capable of remedy"), false, finding },
        { QStringLiteral("hearing"), QStringLiteral("further_escalation"),
          Text::tr("Finding: breach not capable of remedy"), false, finding },
        { QStringLiteral("hearing"),
          QStringLiteral("withdrawn"),
          Text::tr("Appeal withdrawn"),
          true,
          {} },
        { QStringLiteral("remedy_period"), QStringLiteral("remedied"), Text::tr("Remedy confirmed"),
          true, Text::tr("IFO's report of the remedy") },
        { QStringLiteral("remedy_period"),
          QStringLiteral("further_escalation"),
          Text::tr("Remedy not made in time"),
          true,
          {} },
        { QStringLiteral("further_escalation"),
          QStringLiteral("concluded"),
          Text::tr("Conclude the escalation"),
          true,
          {} },
    };
    p.setAwaits("hearing", panel);
    p.setAwaits("remedy_period", Text::tr("IFO"));
    return p;
}

} // namespace csc
