// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "core/export/PublicSite.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace csc {

namespace {

int runPublish(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk",
        "Writes the committee's public site into a folder: index, minutes, findings, work "
        "plan, calendar and Atom feed. Files that did not change are left as they are."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cscdesk", "The site's folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QCoreApplication::translate("cscdesk", "The day to publish as of (default: today)."),
        QStringLiteral("DATE"));
    parser.addOptions({ out, today });
    if (const auto done = context.parseArguments(parser))
        return *done;
    if (!parser.isSet(out))
        return context.usageError(QCoreApplication::translate("cscdesk", "--out DIR is required"));
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
    auto report = PublicSite::publish(*db.value(), parser.value(out), day);
    if (!report)
        return context.dataError(report.error());
    context.out << QCoreApplication::translate("cscdesk",
                                               "Public site in %1: %2 files written, %3 unchanged")
                       .arg(parser.value(out))
                       .arg(report.value().written.size())
                       .arg(report.value().unchanged.size())
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CommandSpec> publicCommands()
{
    return { { QStringLiteral("publish"),
               QCoreApplication::translate("cscdesk", "Write the committee's public site"),
               &runPublish } };
}

} // namespace csc
