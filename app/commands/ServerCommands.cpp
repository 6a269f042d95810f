// SPDX-License-Identifier: GPL-3.0-or-later
// The shared committee server: moving a committee's SQLite file onto PostgreSQL.
#include "CommandContext.h"
#include "core/storage/CommitteeTransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace csc {

namespace {

int runMigrate(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk",
        "Moves a committee onto a shared PostgreSQL server: `cscdesk migrate --from "
        "committee.db --to postgresql://user@host:port/dbname`. Every record, document and "
        "audit entry is copied with its id into the empty database; the audit chain is "
        "verified on both sides. The file is only read. Without --from, a new empty committee "
        "is created on the server."));
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("cscdesk", "The committee file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate(
            "cscdesk", "The server's empty database (password from PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("URL"));
    parser.addOptions({ from, to });
    if (const auto done = context.parseArguments(parser))
        return *done;
    const QString source = parser.isSet(from) ? parser.value(from)
        : context.databaseGiven               ? context.databasePath
                                              : QString();
    if (!parser.isSet(to))
        return context.usageError(
            QCoreApplication::translate("cscdesk", "expected --to URL (and --from FILE)"));
    if (!Database::isServerUrl(parser.value(to)))
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--to must be a postgresql:// address, not “%1”")
                .arg(parser.value(to)));
    if (source.isEmpty()) {
        // No file: a new, empty committee on the server.
        auto created = Database::create(parser.value(to));
        if (!created)
            return context.dataError(created.error());
        context.out << QCoreApplication::translate("cscdesk", "Created a new committee at %1.")
                           .arg(created.value()->path())
                    << Qt::endl;
        return ExitOk;
    }
    auto report = CommitteeTransfer::fileToServer(source, parser.value(to));
    if (!report)
        return context.dataError(report.error());
    const CommitteeTransfer::Report& r = report.value();
    context.out << QCoreApplication::translate(
                       "cscdesk",
                       "Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n "
                       "entries, head %4) verifies on both sides.",
                       nullptr, int(r.auditEntries))
                       .arg(QDir::toNativeSeparators(source))
                       .arg(r.rows)
                       .arg(r.tables)
                       .arg(r.auditHead.left(16))
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CommandSpec> serverCommands()
{
    return { { QStringLiteral("migrate"),
               QCoreApplication::translate("cscdesk",
                                           "Move a committee file onto a PostgreSQL server"),
               &runMigrate } };
}

} // namespace csc
