// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"
#include "SetupCommands.h"
#include "core/export/FindingsReport.h"
#include "core/performance/Evaluation.h"
#include "core/performance/FigureImporter.h"
#include "core/performance/Findings.h"
#include "core/util/CsvCell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csc {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cscdesk", text, disambiguation, n);
}

QString statusKey(MetricStatus s)
{
    switch (s) {
    case MetricStatus::Met:
        return QStringLiteral("met");
    case MetricStatus::Missed:
        return QStringLiteral("missed");
    case MetricStatus::NoRequests:
        return QStringLiteral("no-requests");
    case MetricStatus::NoData:
        return QStringLiteral("no-data");
    }
    return {};
}

int runImport(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the IFO's figures from a CSV file (per request or per month)."));
    parser.addHelpOption();
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace months that were already imported."));
    parser.addOption(replace);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("sle import needs exactly one FILE"));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    ImportOptions options;
    options.replace = parser.isSet(replace);
    auto outcome
        = FigureImporter::importFile(*db.value(), parser.positionalArguments().first(), options);
    if (!outcome)
        return context.dataError(outcome.error());
    const ImportOutcome& o = outcome.value();
    QStringList months;
    for (const QDate& m : o.months)
        months << SleMonth::key(m);
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        context.out << tr("Imported %1 rows (%2) for %3.")
                           .arg(o.rows)
                           .arg(o.shape, months.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitOk;
    case ImportOutcome::Status::Invalid:
        for (const ImportProblem& p : o.problems)
            context.err << p.text() << Qt::endl;
        return context.dataError(tr("Nothing was imported: the file has %n problem(s).", nullptr,
                                    int(o.problems.size())));
    case ImportOutcome::Status::MonthAlreadyImported: {
        QStringList existing;
        for (const QDate& m : o.existingMonths)
            existing << SleMonth::key(m);
        return context.dataError(tr("Figures for %1 were already imported; nothing was changed. "
                                    "Run again with --replace to replace them.")
                                     .arg(existing.join(QStringLiteral(", "))));
    }
    case ImportOutcome::Status::Cancelled:
        return context.dataError(tr("The import was cancelled; nothing was changed."));
    }
    return ExitData;
}

Result<QDate> monthOption(CommandContext& context, const QCommandLineParser& parser,
                          const QCommandLineOption& option)
{
    Q_UNUSED(context);
    const QDate month = SleMonth::parse(parser.value(option));
    if (!month.isValid())
        return Error { tr("--month must be YYYY-MM, not “%1”").arg(parser.value(option)), {} };
    return month;
}

int runStatus(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a month's evaluation against the service levels."));
    parser.addHelpOption();
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({ month, format });
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    auto m = monthOption(context, parser, month);
    if (!m)
        return context.usageError(m.error().message);
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv")
        && fmt != QLatin1String("json"))
        return context.usageError(tr("--format must be table, csv or json, not “%1”").arg(fmt));
    auto db = context.openDatabase(true);
    if (!db)
        return context.dataError(db.error());
    auto e = Evaluation::month(*db.value(), m.value());
    if (!e)
        return context.dataError(e.error());
    auto finding = Findings::load(*db.value(), m.value());
    if (!finding)
        return context.dataError(finding.error());
    const MonthEvaluation& ev = e.value();
    const QString proposed = Findings::ratingLabel(
        *db.value(), Findings::proposedRating(ev, finding.value().narratives));

    if (fmt == QLatin1String("json")) {
        QJsonArray metrics;
        for (const MetricEvaluation& me : ev.metrics) {
            QJsonObject o { { QStringLiteral("serviceLevelId"), me.serviceLevelId },
                            { QStringLiteral("category"), me.category },
                            { QStringLiteral("metric"), me.metric },
                            { QStringLiteral("type"), SleText::typeKey(me.version.type) },
                            { QStringLiteral("threshold"), me.version.threshold },
                            { QStringLiteral("unit"), SleText::unitKey(me.version.unit) },
                            { QStringLiteral("targetPercent"), me.version.targetPercent },
                            { QStringLiteral("requests"), me.requests },
                            { QStringLiteral("met"), me.met },
                            { QStringLiteral("status"), statusKey(me.status) },
                            { QStringLiteral("persistent"), me.persistent } };
            if (me.status == MetricStatus::Met || me.status == MetricStatus::Missed)
                o.insert(QStringLiteral("compliancePercent"), me.compliancePercent);
            metrics.append(o);
        }
        const QJsonObject root { { QStringLiteral("month"), SleMonth::key(ev.month) },
                                 { QStringLiteral("defined"), ev.defined() },
                                 { QStringLiteral("thresholdsMet"), ev.thresholdsMet() },
                                 { QStringLiteral("overallPercent"), ev.overallPercent() },
                                 { QStringLiteral("summary"), ev.summarySentence() },
                                 { QStringLiteral("proposedRating"), proposed },
                                 { QStringLiteral("decidedRating"), finding.value().decidedRating },
                                 { QStringLiteral("metrics"), metrics } };
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (fmt == QLatin1String("csv")) {
        context.out << "month,category,metric,type,threshold,unit,target_percent,requests,met,"
                       "compliance_percent,status,persistent\n";
        for (const MetricEvaluation& me : ev.metrics) {
            const bool actual = me.status == MetricStatus::Met || me.status == MetricStatus::Missed;
            context.out << SleMonth::key(ev.month) << ',' << csvCell(me.category) << ','
                        << csvCell(me.metric) << ',' << SleText::typeKey(me.version.type) << ','
                        << me.version.threshold << ',' << SleText::unitKey(me.version.unit) << ','
                        << me.version.targetPercent << ',' << me.requests << ',' << me.met << ','
                        << (actual ? QString::number(me.compliancePercent, 'f', 2) : QString())
                        << ',' << statusKey(me.status) << ',' << (me.persistent ? "yes" : "no")
                        << '\n';
        }
        return ExitOk;
    }
    context.out << ev.summarySentence() << '\n';
    context.out << tr("Proposed rating: %1").arg(proposed) << '\n';
    if (!finding.value().decidedRating.isEmpty())
        context.out << tr("Decided rating: %1").arg(finding.value().decidedRating) << '\n';
    context.out << '\n';
    int width = 6;
    for (const MetricEvaluation& me : ev.metrics)
        width = qMax(width, int(me.metric.size()));
    context.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(tr("Cat"), -4)
                       .arg(tr("Metric"), -width)
                       .arg(tr("Threshold"), -12)
                       .arg(tr("Target"), 6)
                       .arg(tr("Requests"), 8)
                       .arg(tr("Actual"), 7)
                       .arg(tr("Result"));
    for (const MetricEvaluation& me : ev.metrics) {
        const bool actual = me.status == MetricStatus::Met || me.status == MetricStatus::Missed;
        QString result = statusKey(me.status);
        if (me.persistent)
            result += QStringLiteral(" (persistent)");
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                           .arg(me.category, -4)
                           .arg(me.metric, -width)
                           .arg(SleText::threshold(me.version), -12)
                           .arg(SleText::percent(me.version.targetPercent, 0), 6)
                           .arg(me.status == MetricStatus::NoData ? QStringLiteral("-")
                                                                  : QString::number(me.requests),
                                8)
                           .arg(actual ? SleText::percent(me.compliancePercent)
                                       : QStringLiteral("-"),
                                7)
                           .arg(result);
    }
    return ExitOk;
}

int runReport(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the monthly findings report for public posting."));
    parser.addHelpOption();
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf or html."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions({ month, format, out });
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    auto m = monthOption(context, parser, month);
    if (!m)
        return context.usageError(m.error().message);
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("pdf") && fmt != QLatin1String("html"))
        return context.usageError(tr("--format must be pdf or html, not “%1”").arg(fmt));
    if (!parser.isSet(out))
        return context.usageError(tr("--out FILE is required"));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    auto escalations = FindingsReport::escalationsInProgress(*db.value(), m.value());
    if (!escalations)
        return context.dataError(escalations.error());
    if (auto s = FindingsReport::write(*db.value(), m.value(), escalations.value(), fmt,
                                       parser.value(out));
        !s)
        return context.dataError(s.error());
    context.out
        << tr("Findings for %1 written to %2").arg(SleMonth::key(m.value()), parser.value(out))
        << Qt::endl;
    return ExitOk;
}

// The chair's decisions on a month, for scripting: the same core calls (and refusals) as the app.
int runRate(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records the committee's rating of a month (the chair's decision)."));
    parser.addHelpOption();
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption rating(QStringLiteral("rating"),
                                    tr("The rating: Excellent, Satisfactory or the lower label."),
                                    QStringLiteral("RATING"));
    const QCommandLineOption on(QStringLiteral("on"),
                                tr("The date of the decision (default: today)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption redraft(QStringLiteral("redraft"),
                                     tr("Redraft a statement edited by hand for another rating."));
    const QCommandLineOption keep(
        QStringLiteral("keep-edit"),
        tr("Keep such an edit (the report then cannot be exported until they agree)."));
    parser.addOptions({ month, rating, on, redraft, keep });
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    auto m = monthOption(context, parser, month);
    if (!m)
        return context.usageError(m.error().message);
    if (!parser.isSet(rating))
        return context.usageError(tr("--rating RATING is required"));
    if (parser.isSet(redraft) && parser.isSet(keep))
        return context.usageError(tr("--redraft and --keep-edit exclude each other"));
    const QDate decidedOn = parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate)
                                             : QDate::currentDate();
    if (!decidedOn.isValid())
        return context.usageError(tr("--on must be YYYY-MM-DD, not “%1”").arg(parser.value(on)));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    const EditedStatement onEdit = parser.isSet(redraft) ? EditedStatement::Redraft
        : parser.isSet(keep)                             ? EditedStatement::Keep
                                                         : EditedStatement::Refuse;
    if (auto s = Findings::setDecidedRating(*db.value(), m.value(), parser.value(rating), decidedOn,
                                            onEdit);
        !s)
        return context.dataError(s.error());
    context.out
        << tr("Rating of %1 recorded: %2").arg(SleMonth::key(m.value()), parser.value(rating))
        << Qt::endl;
    return ExitOk;
}

int runReopen(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reopens a rated month (the chair's recorded decision), so its figures may change."));
    parser.addHelpOption();
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption why(QStringLiteral("why"), tr("The reason, kept in the record."),
                                 QStringLiteral("TEXT"));
    parser.addOptions({ month, why });
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    auto m = monthOption(context, parser, month);
    if (!m)
        return context.usageError(m.error().message);
    if (!parser.isSet(why))
        return context.usageError(tr("--why TEXT is required"));
    auto db = context.openDatabase();
    if (!db)
        return context.dataError(db.error());
    if (auto s = Findings::reopen(*db.value(), m.value(), parser.value(why)); !s)
        return context.dataError(s.error());
    context.out << tr("Rating of %1 reopened").arg(SleMonth::key(m.value())) << Qt::endl;
    return ExitOk;
}

int runSle(CommandContext& context)
{
    QStringList args = context.arguments;
    const QString usage = tr("usage: cscdesk sle import FILE [--replace] | status --month YYYY-MM "
                             "[--format table|csv|json] | "
                             "report --month YYYY-MM --format pdf|html --out FILE | "
                             "rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | "
                             "reopen --month YYYY-MM --why TEXT | catalogue list|import|export");
    if (args.size() < 2)
        return context.usageError(usage);
    const QString sub = args.takeAt(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << usage << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("import"))
        return runImport(context, args);
    if (sub == QLatin1String("status"))
        return runStatus(context, args);
    if (sub == QLatin1String("report"))
        return runReport(context, args);
    if (sub == QLatin1String("rate"))
        return runRate(context, args);
    if (sub == QLatin1String("reopen"))
        return runReopen(context, args);
    if (sub == QLatin1String("catalogue"))
        return runSleCatalogue(context, args);
    return context.usageError(tr("unknown sle subcommand “%1”; %2").arg(sub, usage));
}

} // namespace

QList<CommandSpec> performanceCommands()
{
    return { { QStringLiteral("sle"),
               QCoreApplication::translate(
                   "cscdesk",
                   "Service levels: import figures, show a month, write the findings report"),
               &runSle } };
}

} // namespace csc
