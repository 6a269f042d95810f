// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStepCommands.h"
#include "CommandContext.h"
#include "core/cases/CaseCategories.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ProcessDefinition.h"
#include "core/settings/CommitteeSettings.h"
#include "core/util/CsvCell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csc {

namespace {

QString deadlineText(const DeadlineStatus& s)
{
    switch (s.state) {
    case DeadlineState::None:
        return {};
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::OnTrack:
        return QStringLiteral("due");
    case DeadlineState::DueSoon:
        return QStringLiteral("due soon");
    case DeadlineState::DueToday:
        return QStringLiteral("due today");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::Late:
        return QStringLiteral("late");
    case DeadlineState::Unanswered:
        return QStringLiteral("unanswered");
    }
    return {};
}

int runList(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cscdesk", "Lists cases, for scripting."));
    parser.addHelpOption();
    const QCommandLineOption process(
        QStringLiteral("process"),
        QCoreApplication::translate("cscdesk",
                                    "Only this process: complaint, problem, emergency or appeal."),
        QStringLiteral("P"));
    const QCommandLineOption overdue(
        QStringLiteral("overdue"),
        QCoreApplication::translate("cscdesk", "Only open cases past their deadline."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cscdesk", "table, csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("cscdesk",
                                    "Judge deadlines on this day, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE"));
    parser.addOptions({ process, overdue, format, asOf });
    if (const auto done = context.parseArguments(parser))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1
        || (positional.size() == 1 && positional.first() != QLatin1String("list")))
        return context.usageError(QCoreApplication::translate("cscdesk", "unexpected argument “%1”")
                                      .arg(positional.last()));
    CaseListFilter filter;
    if (parser.isSet(process)) {
        const ProcessDefinition* def = ProcessDefinition::fromKey(parser.value(process));
        if (!def)
            return context.usageError(
                QCoreApplication::translate(
                    "cscdesk",
                    "--process must be complaint, problem, emergency or appeal, not “%1”")
                    .arg(parser.value(process)));
        filter.anyProcess = false;
        filter.process = def->process;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv")
        && fmt != QLatin1String("json"))
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--format must be table, csv or json, not “%1”")
                .arg(fmt));
    filter.today = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate)
                                      : QDate::currentDate();
    if (!filter.today.isValid())
        return context.usageError(
            QCoreApplication::translate("cscdesk", "--as-of “%1” is not a date (YYYY-MM-DD)")
                .arg(parser.value(asOf)));
    filter.overdueOnly = parser.isSet(overdue);

    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto cases = CaseRepository::list(*db.value(), filter);
    if (!cases)
        return context.dataError(cases.error());
    const BusinessCalendar calendar = CommitteeSettings::businessCalendar(*db.value());
    const int dueSoon
        = CommitteeSettings::intValue(*db.value(), CommitteeSettings::Key::DueSoonDays);

    const QStringList header { QStringLiteral("reference"),    QStringLiteral("process"),
                               QStringLiteral("step"),         QStringLiteral("title"),
                               QStringLiteral("operator"),     QStringLiteral("tld"),
                               QStringLiteral("opened"),       QStringLiteral("due"),
                               QStringLiteral("deadline"),     QStringLiteral("state"),
                               QStringLiteral("confidential"), QStringLiteral("exercise") };
    QList<QStringList> rows;
    for (const CaseSummary& c : cases.value()) {
        const DeadlineStatus status = CaseDeadlines::status(calendar, c, filter.today, dueSoon);
        rows << QStringList { c.reference,
                              ProcessDefinition::keyOf(c.process),
                              c.step,
                              c.title,
                              c.complainant,
                              c.tld,
                              c.opened.toString(Qt::ISODate),
                              c.isOpen() ? c.dueDate.toString(Qt::ISODate) : QString(),
                              deadlineText(status),
                              c.archived       ? QStringLiteral("archived")
                                  : c.isOpen() ? QStringLiteral("open")
                                               : c.endState,
                              c.confidential ? QStringLiteral("yes") : QStringLiteral("no"),
                              c.exercise ? QStringLiteral("yes") : QStringLiteral("no") };
    }
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const QStringList& row : rows) {
            QJsonObject o;
            for (int i = 0; i < header.size(); ++i)
                o.insert(header.at(i), row.at(i));
            array.append(o);
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (fmt == QLatin1String("csv")) {
        context.out << csvRow(header) << '\n';
        for (const QStringList& row : rows)
            context.out << csvRow(row) << '\n';
    } else {
        // The table keeps to the columns a person scans; csv and json have them all.
        const QList<int> shown { 0, 1, 2, 6, 7, 8, 3 };
        QList<int> widths(header.size(), 0);
        for (int i : shown) {
            widths[i] = int(header.at(i).size());
            for (const QStringList& row : rows)
                widths[i] = qMin(48, qMax(widths[i], int(row.at(i).size())));
        }
        const auto line = [&](const QStringList& row) {
            QStringList cells;
            for (int i : shown)
                cells << row.at(i).left(widths[i]).leftJustified(widths[i]);
            context.out << cells.join(QLatin1String("  ")).trimmed() << '\n';
        };
        line(header);
        for (const QStringList& row : rows)
            line(row);
        context.out << QCoreApplication::translate("cscdesk", "%n case(s)", nullptr,
                                                   int(rows.size()))
                    << '\n';
    }
    context.out.flush();
    return ExitOk;
}

int runShow(CommandContext& context, const QString& reference)
{
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto id = CaseRepository::idOfReference(*db.value(), reference);
    if (!id)
        return context.dataError(id.error());
    auto detail = CaseRepository::detail(*db.value(), id.value());
    if (!detail)
        return context.dataError(detail.error());
    const CaseDetail& d = detail.value();
    const CaseSummary& c = d.summary;
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    QTextStream& out = context.out;
    out << c.reference << "  " << c.title << '\n';
    out << QCoreApplication::translate("cscdesk", "Process: %1").arg(def.name) << '\n';
    out << QCoreApplication::translate("cscdesk", "Step: %1").arg(def.stepName(c.step))
        << (c.archived ? QCoreApplication::translate("cscdesk", " (archived)") : QString()) << '\n';
    out << QCoreApplication::translate("cscdesk", "Operator: %1 (.%2)").arg(c.complainant, c.tld)
        << '\n';
    out << QCoreApplication::translate("cscdesk", "Category: %1")
               .arg(CaseCategories::displayName(c.category))
        << '\n';
    if (!d.serviceLevelLabel.isEmpty())
        out << QCoreApplication::translate("cscdesk", "Service level: %1").arg(d.serviceLevelLabel)
            << '\n';
    out << QCoreApplication::translate("cscdesk", "Opened: %1").arg(c.opened.toString(Qt::ISODate))
        << '\n';
    if (c.isOpen() && c.dueDate.isValid())
        out << QCoreApplication::translate("cscdesk", "Due: %1")
                   .arg(c.dueDate.toString(Qt::ISODate))
            << '\n';
    out << QCoreApplication::translate("cscdesk", "Confidential: %1")
               .arg(c.confidential ? QCoreApplication::translate("cscdesk", "yes")
                                   : QCoreApplication::translate("cscdesk", "no"))
        << (c.exercise ? QCoreApplication::translate("cscdesk", "; table-top exercise") : QString())
        << '\n';
    if (!d.description.isEmpty())
        out << '\n' << d.description << '\n';
    out << '\n' << QCoreApplication::translate("cscdesk", "Timeline:") << '\n';
    for (const CaseMove& m : d.moves) {
        out << "  " << m.effectiveDate.toString(Qt::ISODate) << "  "
            << (m.fromStep.isEmpty() ? QCoreApplication::translate("cscdesk", "opened at %1")
                                           .arg(def.stepName(m.toStep))
                                     : QCoreApplication::translate("cscdesk", "%1 -> %2")
                                           .arg(def.stepName(m.fromStep), def.stepName(m.toStep)))
            << "  (" << m.actor << ')';
        if (!m.reason.isEmpty())
            out << ": " << m.reason;
        if (!m.documentName.isEmpty())
            out << " [" << m.documentName << ']';
        if (m.undoneByMoveId)
            out << QCoreApplication::translate("cscdesk", " (undone)");
        out << '\n';
    }
    if (!d.comments.isEmpty()) {
        out << '\n' << QCoreApplication::translate("cscdesk", "Comments:") << '\n';
        for (const CaseComment& cm : d.comments)
            out << "  " << cm.at.toString(Qt::ISODate) << "  " << cm.author << ": " << cm.body
                << '\n';
    }
    for (const CaseLinkRef& l : d.links)
        out << (l.outgoing ? QCoreApplication::translate("cscdesk", "Opened from %1 %2")
                           : QCoreApplication::translate("cscdesk", "Led to %1 %2"))
                   .arg(l.reference, l.title)
            << '\n';
    out.flush();
    return ExitOk;
}

int runCases(CommandContext& context)
{
    // `cases show REF` has its own argument; the steps have their own parsers; everything
    // else is `cases list ...`.
    const QStringList args = context.arguments;
    if (args.size() >= 2 && args.at(1) == QLatin1String("show")) {
        const bool json = args.size() == 5 && args.at(3) == QLatin1String("--format")
            && args.at(4) == QLatin1String("json");
        const bool text = args.size() == 5 && args.at(3) == QLatin1String("--format")
            && args.at(4) == QLatin1String("text");
        if (args.size() != 3 && !json && !text)
            return context.usageError(QCoreApplication::translate(
                "cscdesk", "usage: cscdesk cases show REFERENCE [--format text|json]"));
        return json ? runCaseShowJson(context, args.at(2)) : runShow(context, args.at(2));
    }
    using Step = int (*)(CommandContext&, const QStringList&);
    const QList<QPair<QString, Step>> steps {
        { QStringLiteral("open"), &runCaseOpen },
        { QStringLiteral("move"), &runCaseMove },
        { QStringLiteral("respond"), &runCaseRespond },
        { QStringLiteral("link"), &runCaseLink },
        { QStringLiteral("finding"), &runCaseFinding },
        { QStringLiteral("publish-finding"), &runCasePublishFinding },
    };
    for (const auto& [name, run] : steps) {
        if (args.size() >= 2 && args.at(1) == name) {
            QStringList own = args;
            own.removeAt(1);
            return run(context, own);
        }
    }
    if (args.size() >= 2 && !args.at(1).startsWith(QLatin1Char('-'))
        && args.at(1) != QLatin1String("list"))
        return context.usageError(
            QCoreApplication::translate("cscdesk",
                                        "unknown cases command “%1” (list, show, open, move, "
                                        "respond, link, finding or publish-finding)")
                .arg(args.at(1)));
    return runList(context);
}

} // namespace

QList<CommandSpec> caseCommands()
{
    return { { QStringLiteral("cases"),
               QCoreApplication::translate("cscdesk",
                                           "List cases, show one, and take each step: list "
                                           "[--process P] [--overdue] [--format table|csv|json], "
                                           "show REF [--format json], open, move, respond, link, "
                                           "finding, publish-finding (each with --help)"),
               &runCases },
             { QStringLiteral("duties"),
               QCoreApplication::translate("cscdesk",
                                           "The committee's other duties as JSON (urgent "
                                           "reviews, audits, technical changes, updates, "
                                           "liaisons, the IFO's complaint handling)"),
               &runDuties } };
}

} // namespace csc
