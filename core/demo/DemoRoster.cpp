// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoster.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

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

Status addHolidays(DemoContext& context)
{
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
            if (auto s
                = execute(context.db,
                          QStringLiteral("INSERT OR IGNORE INTO holiday(day, name) VALUES (?, ?)"),
                          { QDate(year, h.month, h.day).toString(Qt::ISODate),
                            QString::fromLatin1(h.name) });
                !s)
                return s;
        }
    }
    return {};
}

} // namespace

Status DemoRoster::populate(DemoContext& context)
{
    const QDate termStart = context.firstMonth;
    for (const Seat& seat : kSeats) {
        SqlQuery q(context.db,
                   QStringLiteral("INSERT INTO member(name, affiliation, kind, voting, email, "
                                  "term_start, term_end, is_chair, contact_role) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString name = QString::fromUtf8(seat.name);
        const QString email
            = name.section(QLatin1Char(' '), -1).toLower() + QLatin1String("@example.org");
        q.bind(name)
            .bind(QString::fromUtf8(seat.affiliation))
            .bind(QString::fromLatin1(seat.kind))
            .bind(seat.voting ? 1 : 0);
        q.bind(email)
            .bind(termStart.toString(Qt::ISODate))
            .bind(termStart.addYears(context.years + 2).toString(Qt::ISODate));
        q.bind(seat.chair ? 1 : 0)
            .bind(seat.contactRole ? QVariant(QString::fromLatin1(seat.contactRole)) : QVariant());
        if (auto s = q.exec(); !s)
            return s;
        const qint64 id = q.lastInsertId().toLongLong();
        context.memberIds.append(id);
        if (seat.voting)
            context.votingMemberIds.append(id);
    }
    return addHolidays(context);
}

} // namespace csc
