// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoster.h"

#include "core/meetings/Committee.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"

#include <QSet>

namespace csc {

namespace {

struct Seat
{
    const char* name;
    const char* affiliation;
    const char* kind;
    bool voting;
    bool chair;
    const char* contactRole;
};

// Invented people and organisations; the shape follows domain.md §1.
const Seat kSeats[] = {
    { "Amaka Okonkwo", "Northgate Registry (gTLD)", "gtld", true, true, nullptr },
    { "Lars Henriksen", "Fjordline Domains (gTLD)", "gtld", true, false, "primary" },
    { "Mariana Costa", ".br-like ccTLD operator (ccTLD)", "cctld", true, false, "secondary" },
    { "Kenji Watanabe", "Pacific Island Network Information Centre (ccTLD)", "cctld", true, false,
      nullptr },
    { "Élodie Marchand", "IANA (IFO liaison)", "ifo_liaison", false, false, nullptr },
    { "Rahul Mehta", "GNSO (non-registry)", "gnso", false, false, nullptr },
    { "Sofia Lindqvist", "RSSAC", "rssac", false, false, nullptr },
    { "Jonas Weber", "IAB for .arpa (other TLD)", "other_tld", false, false, nullptr },
};

// Through the committee's settings, as the settings dialog would: the holidays already
// on file stay, the demo's fixed ones are added.
Status addHolidays(DemoContext& context)
{
    auto current = CommitteeSettings::holidays(context.db);
    if (!current)
        return current.error();
    QList<Holiday> holidays = current.value();
    QSet<QDate> known;
    for (const Holiday& h : std::as_const(holidays))
        known.insert(h.day);
    for (int year = context.firstMonth.year(); year <= context.asOf.year() + 1; ++year) {
        const struct
        {
            int month, day;
            const char* name;
        } fixed[] = { { 1, 1, "New Year's Day" },
                      { 5, 1, "Labour Day" },
                      { 12, 25, "Christmas Day" },
                      { 12, 26, "Boxing Day" } };
        for (const auto& h : fixed) {
            const QDate day(year, h.month, h.day);
            if (!known.contains(day)) {
                known.insert(day);
                holidays.append({ day, QString::fromLatin1(h.name) });
            }
        }
    }
    return CommitteeSettings::setHolidays(context.db, holidays);
}

} // namespace

Status DemoRoster::populate(DemoContext& context)
{
    const QDate termStart = context.firstMonth;
    for (const Seat& seat : kSeats) {
        Member m;
        m.name = QString::fromUtf8(seat.name);
        m.affiliation = QString::fromUtf8(seat.affiliation);
        m.kind = MemberNames::kindFromKey(QString::fromLatin1(seat.kind));
        m.voting = seat.voting;
        m.email = m.name.section(QLatin1Char(' '), -1).toLower() + QLatin1String("@example.org");
        m.termStart = termStart;
        m.termEnd = termStart.addYears(context.years + 2);
        m.isChair = seat.chair;
        m.contactRole = MemberNames::contactFromKey(
            seat.contactRole ? QString::fromLatin1(seat.contactRole) : QString());
        auto id = Committee::addMember(context.db, m);
        if (!id)
            return id.error();
        context.memberIds.append(id.value());
        if (seat.voting)
            context.votingMemberIds.append(id.value());
    }
    return addHolidays(context);
}

} // namespace csc
