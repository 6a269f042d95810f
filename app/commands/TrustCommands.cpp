// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "storage/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace csc {

namespace {

int runAudit(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cscdesk", "Checks the audit trail: `cscdesk audit verify`."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("verify"),
        QCoreApplication::translate("cscdesk", "Verify the hash chain of the audit trail."));
    if (const auto done = context.parseArguments(parser))
        return *done;
    if (parser.positionalArguments() != QStringList { QStringLiteral("verify") })
        return context.usageError(
            QCoreApplication::translate("cscdesk", "expected `audit verify`"));

    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto report = AuditLog::verify(*db.value());
    if (!report)
        return context.dataError(report.error());
    if (!report.value().intact)
        return context.dataError(
            QCoreApplication::translate("cscdesk", "audit trail broken at entry %1: %2")
                .arg(report.value().firstBadId)
                .arg(report.value().problem));
    context.out << QCoreApplication::translate("cscdesk",
                                               "Audit trail intact: %n entries verified.", nullptr,
                                               int(report.value().entriesChecked))
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CommandSpec> trustCommands()
{
    return { { QStringLiteral("audit"),
               QCoreApplication::translate("cscdesk", "Verify the tamper-evident audit trail"),
               &runAudit } };
}

} // namespace csc
