// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterTransfer.h"

#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/meetings/Committee.h"
#include "core/meetings/CompositionCheck.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

namespace csc {

namespace {

bool parseYesNo(const QString& text, bool* value)
{
    const QString t = text.toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")
        || t.isEmpty()) {
        *value = false;
        return true;
    }
    return false;
}

bool parseKind(const QString& text, Member::Kind* kind)
{
    QString key = text.toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (Member::Kind k : MemberNames::allKinds()) {
        if (MemberNames::kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool sameMember(const Member& a, const Member& b)
{
    return Committee::snapshot(a) == Committee::snapshot(b);
}

} // namespace

QStringList RosterTransfer::columns()
{
    return { QStringLiteral("name"),
             QStringLiteral("affiliation"),
             QStringLiteral("kind"),
             QStringLiteral("voting"),
             QStringLiteral("email"),
             QStringLiteral("term_start"),
             QStringLiteral("term_end"),
             QStringLiteral("chair"),
             QStringLiteral("ifo_contact_role") };
}

Result<SetupImportOutcome> RosterTransfer::importFile(Database& db, const QString& path)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    SetupCsvTable table = SetupCsvTable::read(
        path, columns(),
        { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("term_start") });
    SetupImportOutcome outcome;
    QList<QPair<int, Member>> members;
    for (const SetupCsvTable::Row& row : table.rows()) {
        Member m;
        m.name = table.value(row, QStringLiteral("name"));
        m.affiliation = table.value(row, QStringLiteral("affiliation"));
        m.email = table.value(row, QStringLiteral("email"));
        if (m.name.isEmpty())
            table.addProblem(row, QStringLiteral("name"), tr("The name is empty."));
        if (!parseKind(table.value(row, QStringLiteral("kind")), &m.kind))
            table.addProblem(row, QStringLiteral("kind"),
                             tr("“%1” is not a kind of seat (gtld, cctld, ifo_liaison, "
                                "other_tld, gnso, rssac, ssac, gac, alac).")
                                 .arg(table.value(row, QStringLiteral("kind"))));
        const QString voting = table.value(row, QStringLiteral("voting"));
        if (!table.hasColumn(QStringLiteral("voting")))
            m.voting = Member::kindMayVote(m.kind);
        else if (!parseYesNo(voting, &m.voting))
            table.addProblem(row, QStringLiteral("voting"),
                             tr("“%1” is not yes or no.").arg(voting));
        const QString chair = table.value(row, QStringLiteral("chair"));
        if (!parseYesNo(chair, &m.isChair))
            table.addProblem(row, QStringLiteral("chair"), tr("“%1” is not yes or no.").arg(chair));
        const QString start = table.value(row, QStringLiteral("term_start"));
        m.termStart = QDate::fromString(start, Qt::ISODate);
        if (!m.termStart.isValid() || start.size() != 10)
            table.addProblem(row, QStringLiteral("term_start"),
                             tr("“%1” is not a date (YYYY-MM-DD).").arg(start));
        const QString end = table.value(row, QStringLiteral("term_end"));
        m.termEnd = QDate::fromString(end, Qt::ISODate);
        if (!end.isEmpty() && (!m.termEnd.isValid() || end.size() != 10))
            table.addProblem(row, QStringLiteral("term_end"),
                             tr("“%1” is not a date (YYYY-MM-DD).").arg(end));
        const QString contact = table.value(row, QStringLiteral("ifo_contact_role")).toLower();
        m.contactRole = MemberNames::contactFromKey(contact);
        if (!contact.isEmpty() && m.contactRole == Member::ContactRole::None)
            table.addProblem(row, QStringLiteral("ifo_contact_role"),
                             tr("“%1” is not primary or secondary.").arg(contact));
        if (m.email.contains(QLatin1Char(' '))
            || (!m.email.isEmpty() && !m.email.contains(QLatin1Char('@'))))
            table.addProblem(row, QStringLiteral("email"),
                             tr("“%1” is not an e-mail address.").arg(m.email));
        if (table.problems().isEmpty() || table.problems().last().line != row.line) {
            if (auto v = Committee::validate(m); !v)
                table.addProblem(row, m.voting ? QStringLiteral("voting") : QString(),
                                 v.error().message);
        }
        for (const auto& [line, other] : std::as_const(members)) {
            if (other.name == m.name && other.termStart == m.termStart)
                table.addProblem(row, QStringLiteral("name"),
                                 tr("%1 with a term from %2 is already on line %3.")
                                     .arg(m.name, start)
                                     .arg(line));
        }
        members.append({ row.line, m });
    }
    if (!table.problems().isEmpty()) {
        outcome.problems = table.problems();
        return outcome;
    }
    auto existing = Committee::members(db);
    if (!existing)
        return existing.error();
    // All members or none: a file with any problem adds nothing.
    bool keepNothing = false;
    const Status added = auditedWrite(db, Permission::ManageCommittee, [&](WriteScope&) -> Status {
        for (const auto& [line, m] : std::as_const(members)) {
            const Member* same = nullptr;
            for (const Member& e : existing.value()) {
                if (e.name == m.name && e.termStart == m.termStart)
                    same = &e;
            }
            if (same) {
                if (sameMember(*same, m))
                    ++outcome.unchanged;
                else
                    outcome.problems.append(
                        { table.fileName(), line, 1,
                          tr("%1 is already on the roster with different details; "
                             "edit the member instead.")
                              .arg(m.name) });
                continue;
            }
            if (auto id = Committee::addMember(db, m); !id)
                outcome.problems.append({ table.fileName(), line, 0, id.error().message });
            else
                ++outcome.added;
        }
        if (!outcome.problems.isEmpty()) {
            keepNothing = true;
            return Error {}; // rolls back
        }
        return {};
    });
    if (keepNothing) {
        outcome.added = outcome.unchanged = 0;
        return outcome;
    }
    if (!added)
        return added.error();
    if (auto roster = Committee::members(db)) {
        for (const CompositionIssue& issue :
             CompositionCheck::run(roster.value(), QDate::currentDate()))
            outcome.notes << issue.message;
    }
    return outcome;
}

Result<QString> RosterTransfer::exportText(const Database& db)
{
    auto members = Committee::members(db);
    if (!members)
        return members.error();
    QString text = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const Member& m : members.value())
        text += SetupCsvWriter::line({ m.name, m.affiliation, MemberNames::kindKey(m.kind),
                                       yesNo(m.voting), m.email, m.termStart.toString(Qt::ISODate),
                                       m.termEnd.toString(Qt::ISODate), yesNo(m.isChair),
                                       MemberNames::contactKey(m.contactRole) });
    return text;
}

Status RosterTransfer::exportFile(const Database& db, const QString& path)
{
    auto text = exportText(db);
    if (!text)
        return text.error();
    return writeFileAtomically(path, text.value().toUtf8());
}

} // namespace csc
