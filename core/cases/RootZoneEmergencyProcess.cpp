// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessDefinition.h"

namespace csc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RootZoneEmergencyProcess)
};
} // namespace

// Root Zone Emergency, domain.md §3a: the committee has no active role; the case
// is only a record (kept for pattern analysis).
ProcessDefinition rootZoneEmergencyProcess()
{
    ProcessDefinition p;
    p.process = CaseProcess::RootZoneEmergency;
    p.key = QStringLiteral("emergency");
    p.name = Text::tr("Root Zone Emergency");
    p.summary = Text::tr(
        "Expedited handling between a TLD manager and the IFO, logged for the record only.");
    p.committeeActs = false;
    p.steps = {
        { QStringLiteral("logged"),
          Text::tr("Logged"),
          Text::tr("TLD manager and IFO"),
          Text::tr("Handled between the TLD manager and the IFO; the committee keeps the record."),
          DeadlineRule::None,
          false,
          {},
          false },
        { QStringLiteral("recorded"), Text::tr("Closed for the record"), Text::tr("Secretariat"),
          Text::tr("The emergency is over; the record stays for pattern analysis."),
          DeadlineRule::None, true, QStringLiteral("recorded"), false },
    };
    p.moves << MoveDefinition {
        QStringLiteral("logged"), QStringLiteral("recorded"), Text::tr("Close the record"), true, {}
    };
    return p;
}

} // namespace csc
