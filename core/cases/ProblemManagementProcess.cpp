// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessDefinition.h"

namespace csc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProblemManagementProcess)
};
} // namespace

// Problem Management (critical, persistent or systemic failure), domain.md §3c and §6.
ProcessDefinition problemManagementProcess()
{
    ProcessDefinition p;
    p.process = CaseProcess::ProblemManagement;
    p.key = QStringLiteral("problem");
    p.name = Text::tr("Problem Management");
    p.summary
        = Text::tr("A critical, persistent or systemic failure the committee takes up itself.");
    const QString committee = Text::tr("Committee");
    p.steps = {
        { QStringLiteral("reported"),
          Text::tr("1 · Failure reported to the IFO"),
          committee,
          Text::tr("The committee reported the significant failure and requested a response."),
          DeadlineRule::SignificantFailureResponse,
          false,
          {},
          false },
        { QStringLiteral("expert_team"),
          Text::tr("Technical expert team"),
          Text::tr("Committee and experts"),
          Text::tr("Experts find the root cause with the IFO and advise whether the failure is "
                   "critical or systemic."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("remedial_action"),
          Text::tr("2 · Remedial action directed"),
          Text::tr("IFO"),
          Text::tr("The committee directed remedial action within a specified period; escalation "
                   "levels apply."),
          DeadlineRule::EnteredDays,
          false,
          {},
          true },
        { QStringLiteral("completion_check"),
          Text::tr("3 · Confirming completion"),
          committee,
          Text::tr("The committee checks that the remedial action was completed."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("mediation"),
          Text::tr("4 · Mediation"),
          Text::tr("Committee and mediator"),
          Text::tr("Remediation was unsatisfactory; a mediator is involved."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("appeal"),
          Text::tr("5 · Binding Appeals Panel"),
          committee,
          Text::tr("Mediation failed; a binding Independent Appeals Panel was initiated."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("remedy_period"),
          Text::tr("Panel: remedy period"),
          Text::tr("IFO"),
          Text::tr("The panel found a breach capable of remedy; the IFO has the days it set."),
          DeadlineRule::PanelRemedyDays,
          false,
          {},
          false },
        { QStringLiteral("further_escalation"),
          Text::tr("Further escalation options"),
          committee,
          Text::tr("An irremediable breach, or a remedy not made in time: the further escalation "
                   "options are open."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("councils"),
          Text::tr("Escalated to ccNSO and GNSO Councils"),
          Text::tr("ccNSO and GNSO Councils"),
          Text::tr("Unremedied to the committee's satisfaction; escalated to the Councils."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("resolved"), Text::tr("Resolved"), committee,
          Text::tr("Remedied to the committee's satisfaction."), DeadlineRule::None, true,
          QStringLiteral("resolved"), false },
        { QStringLiteral("withdrawn"), Text::tr("Withdrawn"), committee,
          Text::tr("Closed by the committee without further action."), DeadlineRule::None, true,
          QStringLiteral("withdrawn"), false },
    };
    const auto add = [&p](const char* from, const char* to, const QString& label, bool note,
                          const QString& document = {}) {
        p.moves << MoveDefinition { QLatin1String(from), QLatin1String(to), label, note, document };
    };
    add("reported", "expert_team", Text::tr("Appoint a technical expert team"), true);
    add("reported", "remedial_action", Text::tr("Response inadequate: direct remedial action"),
        true, Text::tr("IFO's response"));
    add("reported", "resolved", Text::tr("Response adequate: resolve"), true,
        Text::tr("IFO's response"));
    add("expert_team", "remedial_action", Text::tr("Direct remedial action on the experts' advice"),
        true, Text::tr("Expert team's report"));
    add("expert_team", "resolved", Text::tr("Not critical or systemic: resolve"), true,
        Text::tr("Expert team's report"));
    add("remedial_action", "completion_check", Text::tr("IFO reports completion"), true);
    add("completion_check", "resolved", Text::tr("Confirm completion"), true);
    add("completion_check", "mediation", Text::tr("Remediation unsatisfactory: involve a mediator"),
        true);
    add("mediation", "appeal", Text::tr("Mediation failed: initiate a binding panel"), true,
        Text::tr("Mediator's report"));
    add("mediation", "resolved", Text::tr("Mediation succeeded: resolve"), true,
        Text::tr("Mediator's report"));
    add("appeal", "resolved", Text::tr("Panel finding: resolve"), true, Text::tr("Panel finding"));
    add("appeal", "remedy_period", Text::tr("Panel finding: breach capable of remedy"), true,
        Text::tr("Panel finding"));
    add("appeal", "further_escalation", Text::tr("Panel finding: breach not capable of remedy"),
        true, Text::tr("Panel finding"));
    add("remedy_period", "resolved", Text::tr("Remedy confirmed: resolve"), true,
        Text::tr("IFO's report of the remedy"));
    add("remedy_period", "further_escalation", Text::tr("Remedy not made in time"), true);
    add("further_escalation", "resolved", Text::tr("Further escalation concluded: resolve"), true);
    for (const char* open : { "remedial_action", "completion_check", "mediation", "appeal" })
        add(open, "councils", Text::tr("Escalate to the ccNSO and GNSO Councils"), true);
    add("councils", "resolved", Text::tr("Remedied after escalation: resolve"), true);
    for (const char* open :
         { "reported", "expert_team", "remedial_action", "completion_check", "mediation", "appeal",
           "remedy_period", "further_escalation", "councils" })
        add(open, "withdrawn", Text::tr("Close without further action"), true);
    p.setAwaits("reported", Text::tr("IFO"));
    p.setAwaits("remedial_action", Text::tr("IFO"));
    p.setAwaits("mediation", Text::tr("Mediator"));
    p.setAwaits("appeal", Text::tr("Panel"));
    p.setAwaits("remedy_period", Text::tr("IFO"));
    return p;
}

} // namespace csc
