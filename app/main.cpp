// SPDX-License-Identifier: GPL-3.0-or-later
// cscdesk: the desktop application, or `cscdesk <command>` headless.
#include "CommandContext.h"
#include "GuiMain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// The first argument that is neither an option nor an option's value names a command.
int commandIndex(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "-d" || arg == "--section") {
            ++i;
            continue;
        }
        if (!arg.startsWith('-'))
            return i;
    }
    return -1;
}

void installTranslators(QCoreApplication& app)
{
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto* own = new QTranslator(&app);
    // No catalogue for the locale (English, "C", or a language not translated yet) means
    // the English source strings: still take cscdesk_en for its plurals ("1 day", "2 days").
    if (own->load(locale, QStringLiteral("cscdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/cscdesk_en")))
        app.installTranslator(own);
}

// Headless commands keep stderr for their own one-line errors: Qt's chatter
// about the offscreen platform or a missing runtime folder stays out of it.
void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

QString defaultDatabasePath()
{
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
    const int commandAt = commandIndex(argc, argv);
    // A command runs headless: no display is needed, so no QApplication. It gets a
    // QGuiApplication on the offscreen platform all the same, because PDF exports
    // lay text out with fonts, and QFontDatabase needs a QGuiApplication.
    if (commandAt > 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (commandAt > 0 && qEnvironmentVariableIsEmpty("CSCDESK_DEBUG"))
        qInstallMessageHandler(quietHandler);
    std::unique_ptr<QCoreApplication> app(commandAt > 0 ? new QGuiApplication(argc, argv)
                                              : asksForInfoOnly(argc, argv)
                                              ? new QCoreApplication(argc, argv)
                                              : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("CSCDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("cscdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSC_VERSION));
    installTranslators(*app);

    QStringList all = QCoreApplication::arguments();
    const QStringList globalArgs = commandAt > 0 ? all.mid(0, commandAt) : all;
    const QList<csc::CommandSpec> commands = csc::allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk", "CSC Desk: the workbench of a Customer Standing Committee."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        { QStringLiteral("d"), QStringLiteral("db") },
        QCoreApplication::translate("cscdesk", "The database file (default: %1).")
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
