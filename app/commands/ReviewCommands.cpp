// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "core/review/KeptChanges.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewMerge.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace csc {

namespace {

int exportCopy(CommandContext& context, QCommandLineParser& parser)
{
    const QString member = parser.value(QStringLiteral("for"));
    const QString out = parser.value(QStringLiteral("out"));
    if (member.isEmpty() || out.isEmpty())
        return context.usageError(QCoreApplication::translate(
            "cscdesk", "review export needs --for MEMBER and --out FILE"));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    std::optional<Role> role;
    if (parser.isSet(QStringLiteral("observer")))
        role = Role::Observer;
    auto recipient = ReviewCopy::findRecipient(*db.value(), member, role);
    if (!recipient)
        return context.dataError(recipient.error());
    if (auto s = ReviewCopy::exportCopy(*db.value(), recipient.value(), out); !s)
        return context.dataError(s.error());
    context.out << QCoreApplication::translate("cscdesk", "Review copy for %1 written to %2")
                       .arg(recipient.value().name, out)
                << Qt::endl;
    return ExitOk;
}

int writeChanges(CommandContext& context, QCommandLineParser& parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(
            QCoreApplication::translate("cscdesk", "review changes needs --out FILE"));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    if (auto s = ReviewCopy::writeChanges(*db.value(), out); !s)
        return context.dataError(s.error());
    context.out << QCoreApplication::translate("cscdesk", "Changes written to %1").arg(out)
                << Qt::endl;
    return ExitOk;
}

int mergeChanges(CommandContext& context, QCommandLineParser& parser, const QString& file)
{
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    const bool preview = parser.isSet(QStringLiteral("preview"));
    auto report
        = preview ? ReviewMerge::preview(*db.value(), file) : ReviewMerge::merge(*db.value(), file);
    if (!report)
        return context.dataError(report.error());
    const MergeReport& r = report.value();
    context.out << QCoreApplication::translate(
                       "cscdesk", "%1 from %2: %3 merged, %4 not forced in, %5 merged before")
                       .arg(preview ? QCoreApplication::translate("cscdesk", "Preview")
                                    : QCoreApplication::translate("cscdesk", "Merged"),
                            r.author)
                       .arg(r.applied.size())
                       .arg(r.conflicts.size())
                       .arg(r.alreadyMerged)
                << Qt::endl;
    for (const QString& line : r.applied)
        context.out << "  + " << line << Qt::endl;
    for (const QString& line : r.conflicts)
        context.out << "  ! " << line << Qt::endl;
    return ExitOk;
}

int listKept(CommandContext& context)
{
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto kept = KeptChanges::pending(*db.value());
    if (!kept)
        return context.dataError(kept.error());
    for (const KeptChange& k : kept.value())
        context.out << k.id << '\t' << k.author << '\t' << k.description << " — " << k.reason
                    << Qt::endl;
    context.out << QCoreApplication::translate(
        "cscdesk", "%n kept change(s) waiting for a decision.", nullptr, int(kept.value().size()))
                << Qt::endl;
    return ExitOk;
}

int dismissKept(CommandContext& context, const QString& idText, const QString& why)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return context.usageError(
            QCoreApplication::translate("cscdesk", "“%1” is not the number of a kept change")
                .arg(idText));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    if (auto s = KeptChanges::dismiss(*db.value(), id, why); !s)
        return context.dataError(s.error());
    context.out << QCoreApplication::translate("cscdesk", "Kept change %1 dismissed.").arg(id)
                << Qt::endl;
    return ExitOk;
}

int runReview(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk",
        "Offline review copies:\n"
        "  review export --for MEMBER --out FILE [--observer]\n"
        "  review changes --out FILE        (in a review copy)\n"
        "  review merge FILE [--preview]    (in the committee's database)\n"
        "  review kept                      (changes not forced in, waiting for a decision)\n"
        "  review dismiss ID [--why TEXT]   (decide against a kept change)"));
    parser.addHelpOption();
    parser.addOptions(
        { { QStringLiteral("for"),
            QCoreApplication::translate("cscdesk", "Member (name or id) the copy is for."),
            QStringLiteral("MEMBER") },
          { QStringLiteral("out"), QCoreApplication::translate("cscdesk", "File to write."),
            QStringLiteral("FILE") },
          { QStringLiteral("observer"),
            QCoreApplication::translate("cscdesk",
                                        "Make an observer's copy: no confidential material.") },
          { QStringLiteral("preview"),
            QCoreApplication::translate("cscdesk", "Show what merging would do; change nothing.") },
          { QStringLiteral("why"),
            QCoreApplication::translate("cscdesk", "Why a kept change is dismissed."),
            QStringLiteral("TEXT") } });
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("cscdesk", "export, changes or merge"));
    if (const auto done = context.parseArguments(parser))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("export") && args.size() == 1)
        return exportCopy(context, parser);
    if (action == QLatin1String("changes") && args.size() == 1)
        return writeChanges(context, parser);
    if (action == QLatin1String("merge") && args.size() == 2)
        return mergeChanges(context, parser, args.at(1));
    if (action == QLatin1String("kept") && args.size() == 1)
        return listKept(context);
    if (action == QLatin1String("dismiss") && args.size() == 2)
        return dismissKept(context, args.at(1), parser.value(QStringLiteral("why")));
    return context.usageError(
        QCoreApplication::translate("cscdesk",
                                    "expected `review export`, `review changes` or `review merge "
                                    "FILE`; see `cscdesk review --help`"));
}

} // namespace

QList<CommandSpec> reviewCommands()
{
    return { { QStringLiteral("review"),
               QCoreApplication::translate("cscdesk",
                                           "Export review copies, write and merge their changes"),
               &runReview } };
}

} // namespace csc
