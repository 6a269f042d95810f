// SPDX-License-Identifier: GPL-3.0-or-later
// Creating a committee, the imports and exports of its set-up data, and the read
// commands for scripting (meetings, action items, roster, catalogue).
#include "SetupCommands.h"

#include "CommandContext.h"
#include "Tabular.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Committee.h"
#include "core/meetings/Meetings.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/settings/AppSettings.h"
#include "core/setup/CatalogueTransfer.h"
#include "core/setup/CommitteeSetup.h"
#include "core/setup/HolidayTransfer.h"
#include "core/setup/RosterTransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace csc {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cscdesk", text, disambiguation, n);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("table (default), csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

// Parses `args` (program name first) for a subcommand: an exit code to stop with, or nothing.
std::optional<int> parseSub(CommandContext& context, QCommandLineParser& parser,
                            const QStringList& args, int positional)
{
    parser.addHelpOption();
    if (const auto done = context.parseArguments(parser, args))
        return done;
    if (parser.positionalArguments().size() != positional)
        return context.usageError(
            positional == 0
                ? tr("unexpected argument “%1”").arg(parser.positionalArguments().value(0))
                : tr("expected %n argument(s)", nullptr, positional));
    if (parser.optionNames().contains(QStringLiteral("format"))
        && !Tabular::isFormat(parser.value(QStringLiteral("format"))))
        return context.usageError(tr("--format must be table, csv or json, not “%1”")
                                      .arg(parser.value(QStringLiteral("format"))));
    return std::nullopt;
}

// Takes the subcommand (after the command's name) out of `args`: an exit code to stop with
// (none given, or --help: the usage said), or nothing.
std::optional<int> takeSubcommand(CommandContext& context, QStringList& args, const QString& usage,
                                  QString* sub)
{
    if (args.size() < 2)
        return context.usageError(usage);
    *sub = args.takeAt(1);
    if (*sub == QLatin1String("--help") || *sub == QLatin1String("-h")) {
        context.out << usage << Qt::endl;
        return ExitOk;
    }
    return std::nullopt;
}

// What an import did, or its problems (one per line on stderr) and exit 2.
int reportImport(CommandContext& context, const Result<SetupImportOutcome>& outcome,
                 const QString& what)
{
    if (!outcome)
        return context.dataError(outcome.error());
    const SetupImportOutcome& o = outcome.value();
    if (!o.ok()) {
        for (const ImportProblem& p : o.problems)
            context.err << p.text() << Qt::endl;
        return context.dataError(tr("Nothing was imported: the file has %n problem(s).", nullptr,
                                    int(o.problems.size())));
    }
    context.out << tr("%1: %2 added, %3 already there.").arg(what).arg(o.added).arg(o.unchanged)
                << Qt::endl;
    for (const QString& note : o.notes)
        context.out << tr("Note: %1").arg(note) << Qt::endl;
    return ExitOk;
}

// `X import FILE` / `X export [--out FILE]` for one kind of set-up data.
struct Transfer
{
    const char* name; // "roster"
    QString what; // translated, for messages
    Result<SetupImportOutcome> (*importFile)(Database&, const QString&);
    Result<QString> (*exportText)(const Database&);
    Status (*exportFile)(const Database&, const QString&);
};

int runTransfer(CommandContext& context, const Transfer& t, const QString& sub,
                const QStringList& args)
{
    if (sub == QLatin1String("import")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Imports %1 from FILE, all or nothing.").arg(t.what));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
        if (const auto done = parseSub(context, parser, args, 1))
            return *done;
        auto db = context.openDatabase();
        if (!db)
            return context.dataError(db.error());
        return reportImport(
            context, t.importFile(*db.value(), parser.positionalArguments().first()), t.what);
    }
    if (sub == QLatin1String("export")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Exports %1 (to stdout without --out).").arg(t.what));
        const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."),
                                     QStringLiteral("FILE"));
        parser.addOption(out);
        if (const auto done = parseSub(context, parser, args, 0))
            return *done;
        auto db = context.openDatabase(true);
        if (!db)
            return context.dataError(db.error());
        if (!parser.isSet(out)) {
            auto text = t.exportText(*db.value());
            if (!text)
                return context.dataError(text.error());
            context.out << text.value();
            return ExitOk;
        }
        if (auto s = t.exportFile(*db.value(), parser.value(out)); !s)
            return context.dataError(s.error());
        context.out << tr("%1 written to %2").arg(t.what, parser.value(out)) << Qt::endl;
        return ExitOk;
    }
    return context.usageError(tr("unknown %1 subcommand “%2”").arg(QLatin1String(t.name), sub));
}

int runInit(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a new, empty committee database: cscdesk init --db PATH --committee NAME."));
    const QCommandLineOption committee(QStringLiteral("committee"), tr("The committee's name."),
                                       QStringLiteral("NAME"));
    // `cscdesk init --db PATH` names the file after the command, as the issue writes it.
    const QCommandLineOption dbOption({ QStringLiteral("d"), QStringLiteral("db") },
                                      tr("The new database file (must not exist)."),
                                      QStringLiteral("PATH"));
    parser.addOptions({ committee, dbOption });
    if (const auto done = parseSub(context, parser, context.arguments, 0))
        return *done;
    if (parser.isSet(dbOption)) {
        context.databasePath = parser.value(dbOption);
        context.databaseGiven = true;
    }
    if (!context.databaseGiven)
        return context.usageError(tr("--db PATH is required (the new database file)"));
    if (!parser.isSet(committee) || parser.value(committee).trimmed().isEmpty())
        return context.usageError(tr("--committee NAME is required"));
    auto db = CommitteeSetup::createCommittee(context.databasePath, parser.value(committee),
                                              AppSettings().profile());
    if (!db)
        return context.dataError(db.error());
    context.out << tr("New committee “%1” created in %2")
                       .arg(parser.value(committee).trimmed(), db.value()->path())
                << Qt::endl;
    context.out << tr("Next: cscdesk roster import, cscdesk holidays import, cscdesk sle "
                      "catalogue import, or the set-up assistant in the app.")
                << Qt::endl;
    return ExitOk;
}

int runRoster(CommandContext& context)
{
    QStringList args = context.arguments;
    const QString usage
        = tr("usage: cscdesk roster list [--format table|csv|json] | import FILE | export [--out "
             "FILE]");
    QString sub;
    if (const auto done = takeSubcommand(context, args, usage, &sub))
        return *done;
    if (sub == QLatin1String("list")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the roster, for scripting."));
        parser.addOption(formatOption());
        if (const auto done = parseSub(context, parser, args, 0))
            return *done;
        auto db = context.openDatabase(true);
        if (!db)
            return context.dataError(db.error());
        auto members = Committee::members(*db.value());
        if (!members)
            return context.dataError(members.error());
        Tabular table(RosterTransfer::columns());
        for (const Member& m : members.value())
            table.addRow(
                { m.name, m.affiliation, MemberNames::kindKey(m.kind), yesNo(m.voting), m.email,
                  m.termStart.toString(Qt::ISODate), m.termEnd.toString(Qt::ISODate),
                  yesNo(m.isChair), MemberNames::contactKey(m.contactRole) },
                QJsonObject {
                    { QStringLiteral("name"), m.name },
                    { QStringLiteral("affiliation"), m.affiliation },
                    { QStringLiteral("kind"), MemberNames::kindKey(m.kind) },
                    { QStringLiteral("voting"), m.voting },
                    { QStringLiteral("email"), m.email },
                    { QStringLiteral("termStart"), m.termStart.toString(Qt::ISODate) },
                    { QStringLiteral("termEnd"), m.termEnd.toString(Qt::ISODate) },
                    { QStringLiteral("chair"), m.isChair },
                    { QStringLiteral("ifoContactRole"), MemberNames::contactKey(m.contactRole) } });
        table.print(context.out, parser.value(QStringLiteral("format")));
        return ExitOk;
    }
    const Transfer t { "roster", tr("the roster"), &RosterTransfer::importFile,
                       &RosterTransfer::exportText, &RosterTransfer::exportFile };
    return runTransfer(context, t, sub, args);
}

int runHolidays(CommandContext& context)
{
    QStringList args = context.arguments;
    const QString usage = tr("usage: cscdesk holidays import FILE | export [--out FILE]");
    QString sub;
    if (const auto done = takeSubcommand(context, args, usage, &sub))
        return *done;
    const Transfer t { "holidays", tr("the holiday calendar"), &HolidayTransfer::importFile,
                       &HolidayTransfer::exportText, &HolidayTransfer::exportFile };
    return runTransfer(context, t, sub, args);
}

QJsonObject meetingJson(const Meeting& m)
{
    return { { QStringLiteral("number"), m.number },
             { QStringLiteral("date"), m.day().toString(Qt::ISODate) },
             { QStringLiteral("startsUtc"), m.startsUtc.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("kind"), MeetingNames::kindKey(m.kind) },
             { QStringLiteral("durationMinutes"), m.durationMinutes } };
}

QJsonObject actionJson(const ActionItem& a)
{
    return { { QStringLiteral("identifier"), a.identifier() },
             { QStringLiteral("meeting"), a.meetingNumber },
             { QStringLiteral("text"), a.text },
             { QStringLiteral("owner"), a.ownerName },
             { QStringLiteral("due"), a.due.toString(Qt::ISODate) },
             { QStringLiteral("status"),
               a.completed ? QStringLiteral("completed") : QStringLiteral("pending") },
             { QStringLiteral("note"), a.note } };
}

QStringList actionRow(const ActionItem& a)
{
    return { a.identifier(),
             a.completed ? QStringLiteral("completed") : QStringLiteral("pending"),
             a.due.toString(Qt::ISODate),
             a.ownerName,
             a.text,
             a.note };
}

const QStringList kActionColumns { QStringLiteral("identifier"), QStringLiteral("status"),
                                   QStringLiteral("due"),        QStringLiteral("owner"),
                                   QStringLiteral("text"),       QStringLiteral("note") };

int runMeetingsList(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every meeting, oldest first."));
    parser.addOption(formatOption());
    if (const auto done = parseSub(context, parser, args, 0))
        return *done;
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto meetings = Meetings::list(*db.value());
    if (!meetings)
        return context.dataError(meetings.error());
    Tabular table({ QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("kind"),
                    QStringLiteral("starts_utc"), QStringLiteral("minutes") });
    QList<Meeting> list = meetings.value();
    std::reverse(list.begin(), list.end());
    for (const Meeting& m : std::as_const(list))
        table.addRow({ QString::number(m.number), m.day().toString(Qt::ISODate),
                       MeetingNames::kindKey(m.kind), m.startsUtc.toUTC().toString(Qt::ISODate),
                       QString::number(m.durationMinutes) },
                     meetingJson(m));
    table.print(context.out, parser.value(QStringLiteral("format")));
    return ExitOk;
}

int runMeetingsShow(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows one meeting: DATE (YYYY-MM-DD) or its NUMBER."));
    parser.addOption(formatOption());
    parser.addPositionalArgument(QStringLiteral("DATE|NUMBER"), tr("The meeting."));
    if (const auto done = parseSub(context, parser, args, 1))
        return *done;
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    const QString which = parser.positionalArguments().first();
    qint64 id = 0;
    bool isNumber = false;
    const int number = which.toInt(&isNumber);
    if (isNumber) {
        auto meetings = Meetings::list(*db.value());
        if (!meetings)
            return context.dataError(meetings.error());
        for (const Meeting& m : meetings.value()) {
            if (m.number == number)
                id = m.id;
        }
        if (!id)
            return context.dataError(tr("There is no meeting number %1.").arg(number));
    } else {
        const QDate day = QDate::fromString(which, Qt::ISODate);
        if (!day.isValid())
            return context.usageError(
                tr("“%1” is neither a date (YYYY-MM-DD) nor a meeting number").arg(which));
        auto m = Meetings::meetingOn(*db.value(), day);
        if (!m)
            return context.dataError(m.error());
        id = m.value().id;
    }
    auto record = Meetings::load(*db.value(), id);
    if (!record)
        return context.dataError(record.error());
    const MeetingRecord& r = record.value();
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
        QJsonObject o = meetingJson(r.meeting);
        QJsonArray agenda, attendance, decisions, actions;
        for (const AgendaItem& a : r.agenda)
            agenda.append(QJsonObject { { QStringLiteral("kind"), MeetingNames::agendaKey(a.kind) },
                                        { QStringLiteral("title"), a.title } });
        for (const AttendanceEntry& e : r.attendance)
            attendance.append(
                QJsonObject { { QStringLiteral("name"), e.name },
                              { QStringLiteral("status"), MeetingNames::attendanceKey(e.status) },
                              { QStringLiteral("voting"), e.voting } });
        for (const Decision& d : r.decisions)
            decisions.append(
                QJsonObject { { QStringLiteral("date"), d.decidedOn.toString(Qt::ISODate) },
                              { QStringLiteral("text"), d.text },
                              { QStringLiteral("byEmail"), d.byEmail } });
        for (const ActionItem& a : r.actionItems)
            actions.append(actionJson(a));
        o.insert(QStringLiteral("minutes"), MeetingNames::minutesKey(r.minutes.state));
        o.insert(QStringLiteral("agenda"), agenda);
        o.insert(QStringLiteral("attendance"), attendance);
        o.insert(QStringLiteral("decisions"), decisions);
        o.insert(QStringLiteral("actionItems"), actions);
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    // table and csv: the agenda, one line per item, after a heading (table only).
    if (format == QLatin1String("table")) {
        context.out << tr("Meeting %1, %2 (%3), minutes %4")
                           .arg(r.meeting.number)
                           .arg(r.meeting.day().toString(Qt::ISODate),
                                MeetingNames::kindName(r.meeting.kind),
                                MeetingNames::minutesName(r.minutes.state))
                    << "\n\n";
    }
    Tabular table({ QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("title") });
    for (const AgendaItem& a : r.agenda)
        table.addRow({ QString::number(a.position + 1), MeetingNames::agendaKey(a.kind), a.title },
                     {});
    table.print(context.out, format);
    if (format == QLatin1String("table")) {
        int present = 0;
        for (const AttendanceEntry& e : r.attendance)
            present += e.status == AttendanceStatus::Present ? 1 : 0;
        context.out << '\n'
                    << tr("Attendance: %1 of %2 present; %3 decision(s); %4 action item(s).")
                           .arg(present)
                           .arg(r.attendance.size())
                           .arg(r.decisions.size())
                           .arg(r.actionItems.size())
                    << '\n';
    }
    return ExitOk;
}

int runMeetings(CommandContext& context)
{
    QStringList args = context.arguments;
    const QString usage
        = tr("usage: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER "
             "[--format table|csv|json]");
    QString sub;
    if (const auto done = takeSubcommand(context, args, usage, &sub))
        return *done;
    if (sub == QLatin1String("list"))
        return runMeetingsList(context, args);
    if (sub == QLatin1String("show"))
        return runMeetingsShow(context, args);
    return context.usageError(tr("unknown meetings subcommand “%1”; %2").arg(sub, usage));
}

int runActions(CommandContext& context)
{
    QStringList args = context.arguments;
    if (args.size() >= 2 && args.at(1) == QLatin1String("list"))
        args.removeAt(1);
    else if (args.size() < 2
             || (args.at(1) != QLatin1String("--help") && args.at(1) != QLatin1String("-h")))
        return context.usageError(tr("usage: cscdesk actions list [--open] [--format "
                                     "table|csv|json]"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists action items, for scripting."));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only pending items."));
    parser.addOptions({ open, formatOption() });
    if (const auto done = parseSub(context, parser, args, 0))
        return *done;
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    QList<ActionItem> items;
    if (parser.isSet(open)) {
        auto pending = ActionItems::open(*db.value());
        if (!pending)
            return context.dataError(pending.error());
        items = pending.value();
    } else {
        auto meetings = Meetings::list(*db.value());
        if (!meetings)
            return context.dataError(meetings.error());
        QList<Meeting> list = meetings.value();
        std::reverse(list.begin(), list.end());
        for (const Meeting& m : std::as_const(list)) {
            auto of = ActionItems::ofMeeting(*db.value(), m.id);
            if (!of)
                return context.dataError(of.error());
            items += of.value();
        }
    }
    Tabular table(kActionColumns);
    for (const ActionItem& a : std::as_const(items))
        table.addRow(actionRow(a), actionJson(a));
    table.print(context.out, parser.value(QStringLiteral("format")));
    return ExitOk;
}

} // namespace

int runSleCatalogue(CommandContext& context, const QStringList& all)
{
    QStringList args = all;
    const QString usage = tr("usage: cscdesk sle catalogue list [--month YYYY-MM] [--format "
                             "table|csv|json] | import FILE | export [--out FILE]");
    QString sub;
    if (const auto done = takeSubcommand(context, args, usage, &sub))
        return *done;
    if (sub == QLatin1String("list")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Lists the service levels with their versions, or those in force in a month."));
        const QCommandLineOption month(QStringLiteral("month"),
                                       tr("Only the definitions in force in this month."),
                                       QStringLiteral("YYYY-MM"));
        parser.addOptions({ month, formatOption() });
        if (const auto done = parseSub(context, parser, args, 0))
            return *done;
        QDate inMonth;
        if (parser.isSet(month)) {
            inMonth = SleMonth::parse(parser.value(month));
            if (!inMonth.isValid())
                return context.usageError(
                    tr("--month must be YYYY-MM, not “%1”").arg(parser.value(month)));
        }
        auto db = context.openDatabase(true);
        if (!db)
            return context.dataError(db.error());
        auto levels = ServiceLevelCatalogue::all(*db.value());
        if (!levels)
            return context.dataError(levels.error());
        Tabular table({ QStringLiteral("category"), QStringLiteral("metric"),
                        QStringLiteral("threshold"), QStringLiteral("unit"), QStringLiteral("type"),
                        QStringLiteral("target_percent"), QStringLiteral("effective_from"),
                        QStringLiteral("shown") });
        for (const ServiceLevel& level : levels.value()) {
            QList<ServiceLevelVersion> versions = level.versions;
            if (inMonth.isValid()) {
                const ServiceLevelVersion* v = level.versionFor(inMonth);
                versions = v ? QList<ServiceLevelVersion> { *v } : QList<ServiceLevelVersion> {};
            }
            for (const ServiceLevelVersion& v : std::as_const(versions))
                table.addRow({ level.category, level.metric, SetupCsvWriter::number(v.threshold),
                               SleText::unitKey(v.unit), SleText::typeKey(v.type),
                               SetupCsvWriter::number(v.targetPercent),
                               SleMonth::key(v.effectiveFrom), SleText::threshold(v) },
                             QJsonObject { { QStringLiteral("category"), level.category },
                                           { QStringLiteral("metric"), level.metric },
                                           { QStringLiteral("threshold"), v.threshold },
                                           { QStringLiteral("unit"), SleText::unitKey(v.unit) },
                                           { QStringLiteral("type"), SleText::typeKey(v.type) },
                                           { QStringLiteral("targetPercent"), v.targetPercent },
                                           { QStringLiteral("effectiveFrom"),
                                             SleMonth::key(v.effectiveFrom) },
                                           { QStringLiteral("shown"), SleText::threshold(v) } });
        }
        table.print(context.out, parser.value(QStringLiteral("format")));
        return ExitOk;
    }
    const Transfer t { "sle catalogue", tr("the service level catalogue"),
                       &CatalogueTransfer::importFile, &CatalogueTransfer::exportText,
                       &CatalogueTransfer::exportFile };
    return runTransfer(context, t, sub, args);
}

QList<CommandSpec> setupCommands()
{
    return { { QStringLiteral("init"), tr("Create a new, empty committee database"), &runInit },
             { QStringLiteral("roster"), tr("The roster: list, import, export"), &runRoster },
             { QStringLiteral("holidays"), tr("The holiday calendar: import, export"),
               &runHolidays },
             { QStringLiteral("meetings"), tr("List meetings or show one"), &runMeetings },
             { QStringLiteral("actions"), tr("List action items"), &runActions } };
}

} // namespace csc
