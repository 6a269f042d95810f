// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessDefinition.h"

namespace csc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintProcess)
};
} // namespace

// Customer Service Complaint Resolution, domain.md §3b.
ProcessDefinition complaintProcess()
{
    ProcessDefinition p;
    p.process = CaseProcess::Complaint;
    p.key = QStringLiteral("complaint");
    p.name = Text::tr("Customer Service Complaint");
    p.summary = Text::tr(
        "An individual complaint about the IFO's customer service, escalated step by step.");
    const QString committee = Text::tr("Committee");
    const QString complainant = Text::tr("Complainant");
    p.steps = {
        { QStringLiteral("raised"),
          Text::tr("1 · Raised with the IFO"),
          complainant,
          Text::tr("The operator raised the problem with the IFO's customer service (e-mail, then "
                   "phone)."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("reported"),
          Text::tr("2 · Reported to the committee"),
          complainant,
          Text::tr("Reported to the committee for the record only; the complainant may go to the "
                   "Ombudsman."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("ombudsman"),
          Text::tr("3 · Ombudsman"),
          Text::tr("Ombudsman"),
          Text::tr("The Ombudsman reports the result to the operator and the committee, or "
                   "redirects the matter."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("written_response"),
          Text::tr("4 · Written response requested"),
          committee,
          Text::tr("The committee requested a written response from the IFO and facilitates an "
                   "agreed outcome."),
          DeadlineRule::WrittenResponse,
          false,
          {},
          false },
        { QStringLiteral("mediation"),
          Text::tr("5 · External mediation"),
          Text::tr("Committee and mediator"),
          Text::tr("An external mediator, with reports on the earlier attempts from the committee "
                   "and the IFO."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("systemic_review"),
          Text::tr("6 · Systemic failure?"),
          committee,
          Text::tr("The committee decides whether a systemic failure is involved (and may open "
                   "Problem Management)."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("appeal"),
          Text::tr("7 · Independent Appeals Panel"),
          Text::tr("Registry operator"),
          Text::tr("The registry operator started an Independent Appeals Panel on its own."),
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
        { QStringLiteral("resolved"), Text::tr("Resolved"), committee,
          Text::tr("Resolved with the remedial action agreed."), DeadlineRule::None, true,
          QStringLiteral("resolved"), false },
        { QStringLiteral("withdrawn"), Text::tr("Withdrawn"), complainant,
          Text::tr("Withdrawn by the complainant."), DeadlineRule::None, true,
          QStringLiteral("withdrawn"), false },
        { QStringLiteral("redirected"), Text::tr("Redirected"), Text::tr("Ombudsman"),
          Text::tr("Not an IANA operational issue: redirected to the right body."),
          DeadlineRule::None, true, QStringLiteral("redirected"), false },
    };
    const auto add = [&p](const char* from, const char* to, const QString& label, bool note,
                          const QString& document = {}) {
        p.moves << MoveDefinition { QLatin1String(from), QLatin1String(to), label, note, document };
    };
    add("raised", "reported", Text::tr("Report to the committee"), true);
    add("reported", "ombudsman", Text::tr("Go to the Ombudsman"), false);
    add("reported", "written_response", Text::tr("Skip the Ombudsman: request a written response"),
        true);
    add("ombudsman", "written_response", Text::tr("Ombudsman failed: request a written response"),
        true, Text::tr("Ombudsman's report"));
    add("ombudsman", "redirected", Text::tr("Redirect to another body"), true,
        Text::tr("Ombudsman's report"));
    add("written_response", "mediation", Text::tr("Facilitation failed: engage a mediator"), true,
        Text::tr("IFO's written response"));
    add("mediation", "systemic_review", Text::tr("Mediation failed: consider systemic failure"),
        true, Text::tr("Mediator's report"));
    add("systemic_review", "appeal", Text::tr("Operator starts an Independent Appeals Panel"),
        true);
    // The panel's finding returns here from the linked Independent Appeals Panel case.
    add("appeal", "remedy_period", Text::tr("Panel finding: breach capable of remedy"), true,
        Text::tr("Panel finding"));
    add("appeal", "further_escalation", Text::tr("Panel finding: breach not capable of remedy"),
        true, Text::tr("Panel finding"));
    add("remedy_period", "further_escalation", Text::tr("Remedy not made in time"), true);
    for (const char* open :
         { "raised", "reported", "ombudsman", "written_response", "mediation", "systemic_review",
           "appeal", "remedy_period", "further_escalation" }) {
        add(open, "resolved", Text::tr("Resolve (remedial action agreed)"), true,
            QLatin1String(open) == QLatin1String("appeal") ? Text::tr("Panel finding")
                : QLatin1String(open) == QLatin1String("remedy_period")
                ? Text::tr("IFO's report of the remedy")
                : QString());
        add(open, "withdrawn", Text::tr("Withdrawn by the complainant"), true);
    }
    p.setAwaits("ombudsman", Text::tr("Ombudsman"));
    p.setAwaits("written_response", Text::tr("IFO"));
    p.setAwaits("mediation", Text::tr("Mediator"));
    p.setAwaits("appeal", Text::tr("Panel"));
    p.setAwaits("remedy_period", Text::tr("IFO"));
    return p;
}

} // namespace csc
