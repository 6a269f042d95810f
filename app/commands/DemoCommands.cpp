// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace csc {

namespace {

int runDemo(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk", "Creates a demonstration database of a realistic committee."));
    parser.addHelpOption();
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("cscdesk", "The new database file (must not exist)."),
        QStringLiteral("PATH"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("cscdesk", "Random seed; the same seed gives the same data."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption years(
        QStringLiteral("years"), QCoreApplication::translate("cscdesk", "Years of history (1-30)."),
        QStringLiteral("Y"), QStringLiteral("2"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("cscdesk", "The demo's today, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate(
            "cscdesk",
            "realistic (default: the real committee's volumes) or bench (about 1,000 "
            "cases a year, for the benchmarks)."),
        QStringLiteral("SCALE"), QStringLiteral("realistic"));
    const QCommandLineOption ifMissing(
        QStringLiteral("if-missing"),
        QCoreApplication::translate("cscdesk", "Do nothing when the file already exists."));
    parser.addOptions({ out, seed, years, asOf, scale, ifMissing });
    if (const auto done = context.parseArguments(parser))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("cscdesk", "unexpected argument “%1”")
                                      .arg(parser.positionalArguments().first()));

    const QString path = parser.isSet(out)
        ? parser.value(out)
        : (context.databaseGiven ? context.databasePath : QString());
    if (path.isEmpty() && !parser.isSet(ifMissing))
        return context.usageError(QCoreApplication::translate("cscdesk", "--out PATH is required"));
    const QString target = path.isEmpty() ? context.databasePath : path;
    if (parser.isSet(ifMissing) && QFileInfo::exists(target))
        return ExitOk;

    DemoOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return context.usageError(
            QCoreApplication::translate("cscdesk",
                                        "--seed must be a non-negative whole number, not “%1”")
                .arg(parser.value(seed)));
    options.years = parser.value(years).toInt(&ok);
    if (!ok || options.years < 1 || options.years > 30)
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--years must be between 1 and 30, not “%1”")
                .arg(parser.value(years)));
    if (parser.value(scale) == QLatin1String("bench"))
        options.scale = DemoOptions::Scale::Bench;
    else if (parser.value(scale) != QLatin1String("realistic"))
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--scale must be realistic or bench, not “%1”")
                .arg(parser.value(scale)));
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid())
            return context.usageError(
                QCoreApplication::translate("cscdesk", "--as-of “%1” is not a date (YYYY-MM-DD)")
                    .arg(parser.value(asOf)));
    }
    if (auto s = DemoGenerator::generateFile(target, options); !s)
        return context.dataError(s.error());
    context.out << QCoreApplication::translate("cscdesk", "Demo database written to %1").arg(target)
                << Qt::endl;
    return ExitOk;
}

// What the database is and whether it can be written; for scripts and support.
int runInfo(CommandContext& context)
{
    if (context.arguments.size() > 1)
        return context.usageError(
            QCoreApplication::translate("cscdesk", "`info` takes no arguments"));
    auto opened = context.openDatabase();
    if (!opened)
        return context.dataError(opened.error());
    const Database& db = *opened.value();
    context.out << QCoreApplication::translate("cscdesk", "database: %1").arg(db.path())
                << Qt::endl;
    context.out << QCoreApplication::translate("cscdesk", "schema: %1").arg(db.schemaVersion())
                << Qt::endl;
    context.out << QCoreApplication::translate("cscdesk", "committee: %1").arg(db.committeeId())
                << Qt::endl;
    context.out << QCoreApplication::translate("cscdesk", "access: %1")
                       .arg(db.isReadOnly()
                                ? QCoreApplication::translate("cscdesk", "read-only (%1)")
                                      .arg(db.readOnlyReason())
                                : QCoreApplication::translate("cscdesk", "read-write"))
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CommandSpec> demoCommands()
{
    return { { QStringLiteral("demo"),
               QCoreApplication::translate("cscdesk", "Create a demonstration database"),
               &runDemo },
             { QStringLiteral("info"),
               QCoreApplication::translate("cscdesk",
                                           "Show the database's schema, committee and access"),
               &runInfo } };
}

} // namespace csc
