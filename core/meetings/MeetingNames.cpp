// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingTypes.h"
#include "core/domain/Confidentiality.h"

namespace csc {

bool AgendaItem::isConfidential() const
{
    return Confidentiality::ofAgendaItem(confidential, linkedCase);
}

bool Decision::isConfidential() const
{
    return Confidentiality::ofDecision(confidential, agendaItemConfidential, linkedCase);
}

bool ActionItem::isConfidential() const
{
    return Confidentiality::ofActionItem(confidential, agendaItemConfidential);
}

namespace {

template<typename E, size_t N> QString keyOf(const std::pair<E, const char*> (&table)[N], E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QLatin1String(key);
    }
    return {};
}

template<typename E, size_t N>
E fromKey(const std::pair<E, const char*> (&table)[N], const QString& key, E fallback)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return fallback;
}

const std::pair<MeetingKind, const char*> kMeetingKinds[]
    = { { MeetingKind::Monthly, "monthly" },
        { MeetingKind::Extraordinary, "extraordinary" },
        { MeetingKind::Consultation, "consultation" } };
const std::pair<AgendaKind, const char*> kAgendaKinds[]
    = { { AgendaKind::RollCall, "roll_call" },
        { AgendaKind::ActionItems, "action_items" },
        { AgendaKind::ActionItem, "action_item" },
        { AgendaKind::Performance, "performance" },
        { AgendaKind::Topic, "topic" },
        { AgendaKind::Aob, "aob" },
        { AgendaKind::Adjourn, "adjourn" } };
const std::pair<AttendanceStatus, const char*> kAttendance[]
    = { { AttendanceStatus::Present, "present" },
        { AttendanceStatus::Apologies, "apologies" },
        { AttendanceStatus::Absent, "absent" } };
const std::pair<VoteChoice, const char*> kVotes[] = { { VoteChoice::For, "for" },
                                                      { VoteChoice::Against, "against" },
                                                      { VoteChoice::Abstain, "abstain" } };
const std::pair<MinutesState, const char*> kMinutes[]
    = { { MinutesState::Draft, "draft" },
        { MinutesState::Circulated, "circulated" },
        { MinutesState::Approved, "approved" },
        { MinutesState::Published, "published" } };

} // namespace

QString MeetingNames::kindKey(MeetingKind kind)
{
    return keyOf(kMeetingKinds, kind);
}
MeetingKind MeetingNames::kindFromKey(const QString& key)
{
    return fromKey(kMeetingKinds, key, MeetingKind::Monthly);
}
QString MeetingNames::agendaKey(AgendaKind kind)
{
    return keyOf(kAgendaKinds, kind);
}
AgendaKind MeetingNames::agendaFromKey(const QString& key)
{
    return fromKey(kAgendaKinds, key, AgendaKind::Topic);
}
QString MeetingNames::attendanceKey(AttendanceStatus status)
{
    return keyOf(kAttendance, status);
}
AttendanceStatus MeetingNames::attendanceFromKey(const QString& key)
{
    return fromKey(kAttendance, key, AttendanceStatus::Absent);
}
QString MeetingNames::voteKey(VoteChoice choice)
{
    return keyOf(kVotes, choice);
}
VoteChoice MeetingNames::voteFromKey(const QString& key)
{
    return fromKey(kVotes, key, VoteChoice::Abstain);
}
QString MeetingNames::minutesKey(MinutesState state)
{
    return keyOf(kMinutes, state);
}
MinutesState MeetingNames::minutesFromKey(const QString& key)
{
    return fromKey(kMinutes, key, MinutesState::Draft);
}

QString MeetingNames::kindName(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Monthly:
        return tr("Monthly meeting");
    case MeetingKind::Extraordinary:
        return tr("Extraordinary meeting");
    case MeetingKind::Consultation:
        return tr("Consultation");
    }
    return {};
}

QString MeetingNames::attendanceName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Apologies:
        return tr("Apologies");
    case AttendanceStatus::Absent:
        return tr("Absent");
    }
    return {};
}

QString MeetingNames::voteName(VoteChoice choice)
{
    switch (choice) {
    case VoteChoice::For:
        return tr("For");
    case VoteChoice::Against:
        return tr("Against");
    case VoteChoice::Abstain:
        return tr("Abstain");
    }
    return {};
}

QString MeetingNames::minutesName(MinutesState state)
{
    switch (state) {
    case MinutesState::Draft:
        return tr("Draft");
    case MinutesState::Circulated:
        return tr("Circulated");
    case MinutesState::Approved:
        return tr("Approved");
    case MinutesState::Published:
        return tr("Published");
    }
    return {};
}

} // namespace csc
