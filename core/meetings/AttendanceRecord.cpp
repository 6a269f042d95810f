// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceRecord.h"

#include "Meetings.h"
#include "core/domain/AuditedWrite.h"

namespace csc {

Status AttendanceRecord::setStatuses(Database& db, qint64 meetingId,
                                     const QMap<qint64, AttendanceStatus>& statuses)
{
    // Each change checks its permission and writes its own audit entry inside this one write.
    return auditedWrite(db, std::nullopt, [&](WriteScope&) -> Status {
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
            if (auto s = Meetings::setAttendance(db, meetingId, it.key(), it.value()); !s)
                return s;
        }
        return {};
    });
}

QString AttendanceRecord::quorumText(const QuorumRules& rules,
                                     const QList<AttendanceEntry>& attendance)
{
    int voting = 0, present = 0;
    for (const AttendanceEntry& e : attendance) {
        voting += e.voting ? 1 : 0;
        present += e.voting && e.status == AttendanceStatus::Present ? 1 : 0;
    }
    const bool quorate = Decisions::isQuorate(rules, attendance);
    const bool decisions = present >= rules.decisionMinimumMembers;
    QString text;
    if (quorate) {
        text = tr("Quorate: %1 of %2 voting members present.").arg(present).arg(voting);
        text += QLatin1Char(' ')
            + (decisions ? tr("Decisions can be taken.")
                         : tr("No decisions can be taken: at least %1 voting members must be "
                              "present.")
                               .arg(rules.decisionMinimumMembers));
    } else if (decisions) {
        // Quorum (every appointed member) and the decision minimum are two rules: say which
        // one holds, so the sentence does not read as a contradiction.
        text = tr("Not quorate: %1 of %2 voting members present (a quorum needs all of them). "
                  "Decisions can still be taken, as at least %3 members are present; the "
                  "minutes record that the meeting was not quorate.")
                   .arg(present)
                   .arg(voting)
                   .arg(rules.decisionMinimumMembers);
    } else {
        text = tr("Not quorate: %1 of %2 voting members present. No decisions can be taken: at "
                  "least %3 voting members must be present.")
                   .arg(present)
                   .arg(voting)
                   .arg(rules.decisionMinimumMembers);
    }
    if (rules.vacancies)
        text += QLatin1Char(' ')
            + tr("With vacancies on the committee, decisions must be unanimous.");
    return text;
}

} // namespace csc
