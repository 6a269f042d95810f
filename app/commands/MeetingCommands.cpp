// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "Tabular.h"
#include "core/export/MeetingPack.h"
#include "core/export/MinutesExporter.h"
#include "core/export/PublicOutputs.h"
#include "core/export/WorkPlanExporter.h"
#include "core/meetings/DecisionRules.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/HolidayFile.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesDeadline.h"
#include "core/meetings/MinutesReview.h"
#include "core/meetings/ObligationCalendar.h"
#include "core/settings/CommitteeSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace csc {

namespace {

// Parses and handles --help; returns -1 to go on, else the exit code.
int parse(CommandContext& context, QCommandLineParser& parser, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (const auto done = context.parseArguments(parser))
        return *done;
    return -1;
}

int runMinutes(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        QCoreApplication::translate("cscdesk", "The day of the meeting, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cscdesk", "html, pdf or md."),
                                    QStringLiteral("FORMAT"), QStringLiteral("html"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("cscdesk",
                                    "The file to write (default: csc-minutes-DATE.EXT)."),
        QStringLiteral("FILE"));
    const QCommandLineOption decision(
        QStringLiteral("decision"),
        QCoreApplication::translate("cscdesk",
                                    "approve-by-email: the id of the carried e-mail decision "
                                    "(`decisions list`)."),
        QStringLiteral("ID"));
    parser.addOptions({ meeting, format, out, decision });
    parser.addPositionalArgument(
        QStringLiteral("export|pack|approve-by-email"),
        QCoreApplication::translate("cscdesk",
                                    "export: the public minutes (confidential sections removed); "
                                    "pack: the members' meeting pack (PDF); approve-by-email: "
                                    "record the e-mail decision that approved circulated "
                                    "minutes."));
    if (int done
        = parse(context, parser,
                QCoreApplication::translate("cscdesk", "Exports the public minutes of a meeting."));
        done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    const bool pack = positional == QStringList { QStringLiteral("pack") };
    const bool byEmail = positional == QStringList { QStringLiteral("approve-by-email") };
    if (positional != QStringList { QStringLiteral("export") } && !pack && !byEmail)
        return context.usageError(QCoreApplication::translate(
            "cscdesk",
            "say `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`, "
            "`minutes pack --meeting YYYY-MM-DD --out FILE.pdf` or `minutes approve-by-email "
            "--meeting YYYY-MM-DD --decision ID`"));
    const QDate day = QDate::fromString(parser.value(meeting), Qt::ISODate);
    if (!day.isValid())
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--meeting “%1” is not a date (YYYY-MM-DD)")
                .arg(parser.value(meeting)));
    if (byEmail) {
        bool ok = false;
        const qint64 id = parser.value(decision).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usageError(QCoreApplication::translate(
                "cscdesk", "--decision ID is required (the e-mail decision's id)"));
        auto db = context.openDatabase();
        if (!db)
            return context.dataError(db.error());
        auto found = Meetings::meetingOn(*db.value(), day);
        if (!found)
            return context.dataError(found.error());
        // The same rule and audit as the app: only circulated minutes, a carried e-mail decision.
        if (auto s = MinutesReview::recordEmailDecision(*db.value(), found.value().id, id); !s)
            return context.dataError(s.error());
        context.out << QCoreApplication::translate(
                           "cscdesk", "The minutes of %1 are approved by the e-mail decision %2.")
                           .arg(day.toString(Qt::ISODate))
                           .arg(id)
                    << Qt::endl;
        return ExitOk;
    }
    auto fmt = DocumentWriter::formatFromName(pack ? QStringLiteral("pdf") : parser.value(format));
    if (!fmt)
        return context.usageError(fmt.error().message);
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    auto found = Meetings::meetingOn(*db.value(), day);
    if (!found)
        return context.dataError(found.error());
    if (pack) {
        const QString packPath = parser.isSet(out) ? parser.value(out) : MeetingPack::fileName(day);
        if (auto s = MeetingPack::write(*db.value(), found.value().id, packPath); !s)
            return context.dataError(s.error());
        context.out
            << QCoreApplication::translate("cscdesk", "Meeting pack written to %1").arg(packPath)
            << Qt::endl;
        return ExitOk;
    }
    const QString path
        = parser.isSet(out) ? parser.value(out) : MinutesExporter::fileName(day, fmt.value());
    if (auto s = MinutesExporter::exportMinutes(*db.value(), found.value().id, fmt.value(), path);
        !s)
        return context.dataError(s.error());
    context.out << QCoreApplication::translate("cscdesk", "Public minutes written to %1").arg(path)
                << Qt::endl;
    return ExitOk;
}

int runDeadline(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption meetingDate(
        QStringLiteral("meeting-date"),
        QCoreApplication::translate("cscdesk", "The day of the meeting, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption holidays(
        QStringLiteral("holidays"),
        QCoreApplication::translate(
            "cscdesk",
            "A holiday file (one YYYY-MM-DD per line, or .ics); default: the database's holidays."),
        QStringLiteral("FILE"));
    parser.addOptions({ meetingDate, holidays });
    if (int done
        = parse(context, parser,
                QCoreApplication::translate(
                    "cscdesk",
                    "Prints the day the minutes of a meeting must be published by (YYYY-MM-DD)."));
        done >= 0)
        return done;
    const QDate day = QDate::fromString(parser.value(meetingDate), Qt::ISODate);
    if (!day.isValid())
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--meeting-date “%1” is not a date (YYYY-MM-DD)")
                .arg(parser.value(meetingDate)));

    BusinessCalendar calendar;
    int days = CommitteeSettings::defaultValue(CommitteeSettings::Key::MinutesDeadlineDays).toInt();
    if (parser.isSet(holidays)) {
        auto list = HolidayFile::read(parser.value(holidays));
        if (!list)
            return context.dataError(list.error());
        QSet<QDate> set;
        for (const Holiday& h : list.value())
            set.insert(h.day);
        calendar = BusinessCalendar(set);
    }
    // An existing database gives the committee's own window (and holidays unless a file was given);
    // none is created.
    if (Database::isServerUrl(context.databasePath) || QFileInfo::exists(context.databasePath)) {
        auto db = context.openDatabase(true);
        if (!db)
            return context.dataError(db.error());
        if (!parser.isSet(holidays))
            calendar = CommitteeSettings::businessCalendar(*db.value());
        days
            = CommitteeSettings::intValue(*db.value(), CommitteeSettings::Key::MinutesDeadlineDays);
    }
    context.out << MinutesDeadline::due(calendar, day, days).toString(Qt::ISODate) << Qt::endl;
    return ExitOk;
}

int runCalendar(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cscdesk", "The .ics file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QCoreApplication::translate("cscdesk", "Count from this day, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE"));
    parser.addOptions({ out, today });
    if (int done = parse(context, parser,
                         QCoreApplication::translate(
                             "cscdesk",
                             "Exports the committee's calendar (meetings, minutes deadlines, "
                             "obligations) as iCalendar."));
        done >= 0)
        return done;
    if (!parser.isSet(out))
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--out FILE.ics is required"));
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return context.usageError(
                QCoreApplication::translate("cscdesk", "--today “%1” is not a date (YYYY-MM-DD)")
                    .arg(parser.value(today)));
    }
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    if (auto s = PublicOutputs::exportCalendar(*db.value(), parser.value(out), day,
                                               QDateTime::currentDateTimeUtc());
        !s)
        return context.dataError(s.error());
    context.out
        << QCoreApplication::translate("cscdesk", "Calendar written to %1").arg(parser.value(out))
        << Qt::endl;
    return ExitOk;
}

int runWorkPlan(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cscdesk", "html, pdf or md."),
                                    QStringLiteral("FORMAT"), QStringLiteral("html"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("cscdesk",
                                    "The file to write (default: csc-work-plan-DATE.EXT)."),
        QStringLiteral("FILE"));
    parser.addOptions({ format, out });
    parser.addPositionalArgument(
        QStringLiteral("export"),
        QCoreApplication::translate("cscdesk", "Export the public work plan."));
    if (int done
        = parse(context, parser,
                QCoreApplication::translate(
                    "cscdesk", "Exports the committee's public work plan: `workplan export`."));
        done >= 0)
        return done;
    if (parser.positionalArguments() != QStringList { QStringLiteral("export") })
        return context.usageError(
            QCoreApplication::translate("cscdesk", "expected `workplan export`"));
    auto chosen = DocumentWriter::formatFromName(parser.value(format));
    if (!chosen)
        return context.usageError(chosen.error().message);
    const QString path = parser.isSet(out)
        ? parser.value(out)
        : WorkPlanExporter::fileName(QDate::currentDate(), chosen.value());
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    if (auto s = WorkPlanExporter::exportWorkPlan(*db.value(), chosen.value(), path); !s)
        return context.dataError(s.error());
    context.out
        << QCoreApplication::translate("cscdesk", "Public work plan written to %1").arg(path)
        << Qt::endl;
    return ExitOk;
}

// `decisions list --meeting DATE` and `decisions ratify ID --by EMAIL_ID`: the e-mail decision
// that ratifies a decision taken at a meeting that was not quorate (domain.md §6).
int runDecisions(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        QCoreApplication::translate("cscdesk", "list: the day of the meeting, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption by(
        QStringLiteral("by"),
        QCoreApplication::translate("cscdesk",
                                    "ratify: the id of the carried e-mail decision that ratifies."),
        QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cscdesk", "table, csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({ meeting, by, format });
    parser.addPositionalArgument(
        QStringLiteral("list|ratify ID"),
        QCoreApplication::translate(
            "cscdesk",
            "list: a meeting's decisions and the carried e-mail decisions since, with ids and "
            "ratification; ratify: record the e-mail decision that ratifies decision ID."));
    if (int done
        = parse(context, parser,
                QCoreApplication::translate(
                    "cscdesk", "Lists decisions and records their ratification by e-mail."));
        done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    const QString usage
        = QCoreApplication::translate("cscdesk",
                                      "say `decisions list --meeting YYYY-MM-DD` or `decisions "
                                      "ratify ID --by EMAIL_DECISION_ID`");
    if (positional.value(0) == QLatin1String("ratify") && positional.size() == 2) {
        bool ok = false, okBy = false;
        const qint64 id = positional.at(1).toLongLong(&ok);
        const qint64 email = parser.value(by).toLongLong(&okBy);
        if (!ok || !okBy)
            return context.usageError(usage);
        auto db = context.openDatabase();
        if (!db)
            return context.dataError(db.error());
        auto d = Decisions::decision(*db.value(), id);
        if (!d)
            return context.dataError(d.error());
        // A decision not marked yet is marked first: two audited records, as in the app.
        if (!d.value().ratifyByEmail && d.value().ratifiedByDecisionId == 0) {
            if (auto s = Decisions::markToRatifyByEmail(*db.value(), id); !s)
                return context.dataError(s.error());
        }
        if (auto s = Decisions::ratify(*db.value(), id, email); !s)
            return context.dataError(s.error());
        context.out << QCoreApplication::translate("cscdesk",
                                                   "Decision %1 is ratified by the e-mail "
                                                   "decision %2.")
                           .arg(id)
                           .arg(email)
                    << Qt::endl;
        return ExitOk;
    }
    if (positional != QStringList { QStringLiteral("list") })
        return context.usageError(usage);
    const QDate day = QDate::fromString(parser.value(meeting), Qt::ISODate);
    if (!day.isValid())
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--meeting “%1” is not a date (YYYY-MM-DD)")
                .arg(parser.value(meeting)));
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto found = Meetings::meetingOn(*db.value(), day);
    if (!found)
        return context.dataError(found.error());
    auto record = Meetings::load(*db.value(), found.value().id);
    if (!record)
        return context.dataError(record.error());
    auto since = DecisionRules::carriedEmailDecisionsSince(*db.value(), day);
    if (!since)
        return context.dataError(since.error());
    if (!Tabular::isFormat(parser.value(format)))
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--format is table, csv or json"));
    const MeetingRecord& r = record.value();
    Tabular table({ QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("by_email"),
                    QStringLiteral("text"), QStringLiteral("outcome"),
                    QStringLiteral("ratification") });
    const auto add = [&](const Decision& d, const DecisionOutcome& o) {
        const QString ratification = DecisionRules::ratificationText(d, o, since.value());
        table.addRow({ QString::number(d.id), d.decidedOn.toString(Qt::ISODate),
                       d.byEmail ? QStringLiteral("1") : QStringLiteral("0"), d.text, o.explanation,
                       ratification },
                     QJsonObject { { QStringLiteral("id"), d.id },
                                   { QStringLiteral("date"), d.decidedOn.toString(Qt::ISODate) },
                                   { QStringLiteral("byEmail"), d.byEmail },
                                   { QStringLiteral("text"), d.text },
                                   { QStringLiteral("carried"), o.carried },
                                   { QStringLiteral("outcome"), o.explanation },
                                   { QStringLiteral("ratifyByEmail"), d.ratifyByEmail },
                                   { QStringLiteral("ratifiedBy"), d.ratifiedByDecisionId },
                                   { QStringLiteral("ratification"), ratification } });
    };
    for (const Decision& d : r.decisions)
        add(d, Decisions::evaluate(r.rules, d, r.attendance));
    for (const Decision& d : since.value())
        add(d, Decisions::evaluate(Decisions::rules(*db.value(), d.decidedOn), d, {}));
    table.print(context.out, parser.value(format));
    return ExitOk;
}

} // namespace

QList<CommandSpec> meetingCommands()
{
    return {
        { QStringLiteral("minutes"),
          QCoreApplication::translate("cscdesk", "Export the public minutes or the meeting pack"),
          &runMinutes },
        { QStringLiteral("deadline"),
          QCoreApplication::translate("cscdesk", "Print the minutes' publication due date"),
          &runDeadline },
        { QStringLiteral("calendar"),
          QCoreApplication::translate("cscdesk", "Export the committee calendar as .ics"),
          &runCalendar },
        { QStringLiteral("workplan"),
          QCoreApplication::translate("cscdesk", "Export the public work plan"), &runWorkPlan },
        { QStringLiteral("decisions"),
          QCoreApplication::translate(
              "cscdesk", "List decisions; record the e-mail decision that ratifies one"),
          &runDecisions }
    };
}

} // namespace csc
