// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "core/review/AuditHeadReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace csc {

namespace {

int runAudit(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk",
        "Checks the audit trail: `cscdesk audit verify [--against FILE|HEAD]...`.\n"
        "The chain is checked entry by entry, against every head this database noted when it "
        "published a document or issued a review copy, against each head given (\"audit N "
        "HASH\", or a file that carries one: HTML, Markdown, iCalendar, text, PDF, a review copy, "
        "a changes file), and its append-only triggers are checked."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("against"),
                       QCoreApplication::translate(
                           "cscdesk",
                           "A head (\"audit N HASH\") or a file carrying one to check the chain "
                           "against; may be given more than once."),
                       QStringLiteral("FILE|HEAD") });
    parser.addPositionalArgument(
        QStringLiteral("verify"),
        QCoreApplication::translate("cscdesk", "Verify the hash chain of the audit trail."));
    if (const auto done = context.parseArguments(parser))
        return *done;
    if (parser.positionalArguments() != QStringList { QStringLiteral("verify") })
        return context.usageError(
            QCoreApplication::translate("cscdesk", "expected `audit verify`"));

    QList<KnownHead> given;
    for (const QString& against : parser.values(QStringLiteral("against"))) {
        auto heads = AuditHeadReader::headsIn(against);
        if (!heads)
            return context.dataError(heads.error());
        given += heads.value();
    }
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto report = AuditCheck::run(*db.value(), given);
    if (!report)
        return context.dataError(report.error());
    const AuditReport& r = report.value();
    if (!r.intact()) {
        const QString problems = r.problems.join(QLatin1String("; "));
        if (r.chain.firstBadId > 0)
            return context.dataError(
                QCoreApplication::translate("cscdesk", "audit trail broken at entry %1: %2")
                    .arg(r.chain.firstBadId)
                    .arg(problems));
        return context.dataError(
            QCoreApplication::translate("cscdesk", "audit trail broken: %1").arg(problems));
    }
    context.out << QCoreApplication::translate(
        "cscdesk", "Audit trail intact: %n entries verified.", nullptr, int(r.chain.entriesChecked))
                << ' '
                << QCoreApplication::translate(
                       "cscdesk",
                       "It matches the %n published or given head(s) it was checked "
                       "against; its append-only triggers are in place.",
                       nullptr, r.headsChecked)
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
