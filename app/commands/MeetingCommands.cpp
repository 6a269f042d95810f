// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "core/export/MeetingPack.h"
#include "core/export/MinutesExporter.h"
#include "core/export/PublicOutputs.h"
#include "core/export/WorkPlanExporter.h"
#include "core/meetings/HolidayFile.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesDeadline.h"
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
    parser.addOptions({ meeting, format, out });
    parser.addPositionalArgument(
        QStringLiteral("export|pack"),
        QCoreApplication::translate("cscdesk",
                                    "export: the public minutes (confidential sections removed); "
                                    "pack: the members' meeting pack (PDF)."));
    if (int done
        = parse(context, parser,
                QCoreApplication::translate("cscdesk", "Exports the public minutes of a meeting."));
        done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    const bool pack = positional == QStringList { QStringLiteral("pack") };
    if (positional != QStringList { QStringLiteral("export") } && !pack)
        return context.usageError(QCoreApplication::translate(
            "cscdesk",
            "say `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE` or "
            "`minutes pack --meeting YYYY-MM-DD --out FILE.pdf`"));
    const QDate day = QDate::fromString(parser.value(meeting), Qt::ISODate);
    if (!day.isValid())
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--meeting “%1” is not a date (YYYY-MM-DD)")
                .arg(parser.value(meeting)));
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
    if (QFileInfo::exists(context.databasePath)) {
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
          QCoreApplication::translate("cscdesk", "Export the public work plan"), &runWorkPlan }
    };
}

} // namespace csc
