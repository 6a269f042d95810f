// SPDX-License-Identifier: GPL-3.0-or-later
// cscdesk: the desktop application, or `cscdesk <command>` headless.
#include "CommandContext.h"
#include "GuiMain.h"
#include "QtArguments.h"
#include "core/settings/AppSettings.h"
#include "core/util/AtomicFile.h"
#include "core/util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

// Headless commands keep stderr for their own one-line errors: Qt's chatter
// about the offscreen platform or a missing runtime folder stays out of it.
void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

QString defaultDatabasePath()
{
    // A member of a committee that works on a shared server has its address saved.
    const QString server = csc::AppSettings().startupServer();
    if (!server.isEmpty())
        return server;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("cscdesk.db"));
}

} // namespace

// --help and --version answer without a display, like the headless commands.
bool asksForInfoOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            return true;
    }
    return false;
}

int main(int argc, char** argv)
{
    // Qt's own options (-style Fusion, --platform offscreen) are set apart first, so
    // that neither they nor their values are taken for a command.
    const csc::QtArguments split(argc, argv);
    // A file size limit must fail a write with a message, not kill the program mid-write.
    csc::ignoreFileSizeSignal();
    const int commandAt = split.commandIndex();
    if (commandAt < 0 && !split.platformAvailable()) {
        // Qt would abort on a platform plugin it cannot find.
        fprintf(stderr, "cscdesk: there is no Qt platform plugin \"%s\" (-platform).\n",
                split.platform().constData());
        return csc::ExitUsage;
    }
    // A command runs headless: no display is needed, so no QApplication. It gets a
    // QGuiApplication on the offscreen platform all the same, because PDF exports
    // lay text out with fonts, and QFontDatabase needs a QGuiApplication. Qt's
    // options mean nothing to a command: it gets the arguments without them.
    if (commandAt > 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (commandAt > 0 && qEnvironmentVariableIsEmpty("CSCDESK_DEBUG"))
        qInstallMessageHandler(quietHandler);
    QList<QByteArray> commandArgs = split.own();
    std::vector<char*> commandArgv;
    for (QByteArray& arg : commandArgs)
        commandArgv.push_back(arg.data());
    commandArgv.push_back(nullptr);
    int commandArgc = int(commandArgs.size());
    std::unique_ptr<QCoreApplication> app(
        commandAt > 0                     ? new QGuiApplication(commandArgc, commandArgv.data())
            : asksForInfoOnly(argc, argv) ? new QCoreApplication(argc, argv)
                                          : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("CSCDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("cscdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSC_VERSION));
    csc::Translations::install(*app, QLocale(), QStringLiteral(":/i18n"));

    // Our own arguments, decoded as QCoreApplication would, with the command where
    // split found it (Qt may have removed arguments of its own from arguments()).
    QStringList all;
    for (const QByteArray& arg : split.own())
        all << QString::fromLocal8Bit(arg);
    const QStringList globalArgs = commandAt > 0 ? all.mid(0, commandAt) : all;
    const QList<csc::CommandSpec> commands = csc::allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk", "CSC Desk: the workbench of a Customer Standing Committee."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        { QStringLiteral("d"), QStringLiteral("db") },
        QCoreApplication::translate(
            "cscdesk",
            "The database file, or a shared server as postgresql://user@host:port/dbname "
            "(default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QStringLiteral("PATH"));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QCoreApplication::translate("cscdesk", "Open the database read-only."));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QCoreApplication::translate(
            "cscdesk", "Open on a section: cases, performance, meetings, committee or calendar."),
        QStringLiteral("NAME"));
    parser.addOptions({ dbOption, readOnlyOption, sectionOption });
    QString commandHelp;
    for (const csc::CommandSpec& spec : commands)
        commandHelp += QStringLiteral("\n  %1  %2").arg(spec.name, -10).arg(spec.summary);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "cscdesk", "Run headless; `cscdesk <command> --help` for its options. Commands:")
            + commandHelp,
        QStringLiteral("[command [options]]"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(globalArgs)) {
        err << "cscdesk: " << parser.errorText() << Qt::endl;
        return csc::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return csc::ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return csc::ExitOk;
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    if (commandAt < 0)
        return csc::runGui(dbPath, parser.isSet(readOnlyOption), parser.value(sectionOption));

    const QString name = all.at(commandAt);
    for (const csc::CommandSpec& spec : commands) {
        if (spec.name == name) {
            csc::CommandContext context {
                name,   QStringList { all.first() } + all.mid(commandAt + 1),
                dbPath, parser.isSet(dbOption),
                out,    err
            };
            return spec.run(context);
        }
    }
    err << QCoreApplication::translate("cscdesk",
                                       "cscdesk: unknown command “%1”; see cscdesk --help")
               .arg(name)
        << Qt::endl;
    return csc::ExitUsage;
}
