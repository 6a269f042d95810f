// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStepCommands.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/ProcessDefinition.h"
#include "core/export/ProcessPublicTexts.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csc {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("cscdesk", text);
}

QCommandLineOption option(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), t(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), t(description));
}

// A date option: nothing when absent, an invalid date flagged through `bad`.
QDate dateOption(const QCommandLineParser& parser, const QCommandLineOption& o, bool* bad)
{
    if (!parser.isSet(o))
        return {};
    const QDate d = QDate::fromString(parser.value(o), Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

int badDate(CommandContext& context, const QString& name)
{
    return context.usageError(t("--%1 must be a date (YYYY-MM-DD)").arg(name));
}

// The one positional argument (the case reference) after the subcommand.
std::optional<QString> reference(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return std::nullopt;
    return positional.first();
}

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// The database opened and the case `ref` looked up in it, as every case command starts;
// when either fails, `exit` is the command's exit code (the error said).
struct OpenedCase
{
    std::unique_ptr<Database> db;
    qint64 id = 0;
    int exit = ExitOk;
    explicit operator bool() const { return exit == ExitOk; }
};

OpenedCase openCase(CommandContext& context, const QString& ref, bool readOnly)
{
    OpenedCase opened;
    auto db = context.openDatabase(readOnly);
    if (!db) {
        opened.exit = context.dataError(db.error());
        return opened;
    }
    auto id = CaseRepository::idOfReference(*db.value(), ref);
    if (!id) {
        opened.exit = context.dataError(id.error());
        return opened;
    }
    opened.db = std::move(db.value());
    opened.id = id.value();
    return opened;
}

} // namespace

int runCaseOpen(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        t("Opens a case; with --from, the hand-over from a complaint's step 6 (--process "
          "problem) or an appeal step (--process appeal)."));
    parser.addHelpOption();
    const auto process = option("process", "complaint, problem, emergency or appeal.", "P");
    const auto title = option("title", "The case's title.", "TEXT");
    const auto description = option("description", "What it is about.", "TEXT");
    const auto complainant = option("operator", "The registry operator.", "NAME");
    const auto tld = option("tld", "The TLD.", "TLD");
    const auto tldKind = option("tld-kind", "gtld, cctld or other.", "KIND");
    const auto category = option("category", "A case category key.", "KEY");
    const auto serviceLevel = option("service-level", "The service level's id.", "ID");
    const auto opened = option("opened", "The day it was opened (default: today).", "DATE");
    const auto exercise = option("exercise", "A table-top exercise.");
    const auto from = option("from", "Hand over from this case (its reference).", "REF");
    const auto note = option("note", "A note for the hand-over.", "TEXT");
    parser.addOptions({ process, title, description, complainant, tld, tldKind, category,
                        serviceLevel, opened, exercise, from, note });
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    const ProcessDefinition* def = ProcessDefinition::fromKey(parser.value(process));
    if (!def)
        return context.usageError(t("--process must be complaint, problem, emergency or appeal"));
    auto db = context.openDatabase(false);
    if (!db)
        return context.dataError(db.error());
    Database& d = *db.value();
    Result<qint64> id = qint64(0);
    if (parser.isSet(from)) {
        auto origin = CaseRepository::idOfReference(d, parser.value(from));
        if (!origin)
            return context.dataError(origin.error());
        if (def->process == CaseProcess::ProblemManagement)
            id = CaseHandOver::openProblemManagement(d, origin.value(), parser.value(note));
        else if (def->process == CaseProcess::AppealsPanel)
            id = CaseHandOver::openAppealsPanel(d, origin.value(), parser.value(note));
        else
            return context.usageError(t("--from hands over to --process problem or appeal"));
    } else {
        bool bad = false;
        NewCase c;
        c.process = def->process;
        c.title = parser.value(title);
        c.description = parser.value(description);
        c.complainant = parser.value(complainant);
        c.tld = parser.value(tld);
        c.tldKind = parser.value(tldKind) == QLatin1String("cctld") ? TldKind::Cctld
            : parser.value(tldKind) == QLatin1String("other")       ? TldKind::Other
                                                                    : TldKind::Gtld;
        c.category = parser.value(category);
        c.serviceLevelId = parser.value(serviceLevel).toLongLong();
        c.exercise = parser.isSet(exercise);
        c.openedOn = dateOption(parser, opened, &bad);
        if (bad)
            return badDate(context, QStringLiteral("opened"));
        id = CaseRepository::create(d, c);
    }
    if (!id)
        return context.dataError(id.error());
    auto summary = CaseRepository::summary(d, id.value());
    if (!summary)
        return context.dataError(summary.error());
    context.out << summary.value().reference << '\n';
    context.out.flush();
    return ExitOk;
}

int runCaseMove(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(t("Moves a case to a step: cases move REF --to STEP."));
    parser.addHelpOption();
    const auto to = option("to", "The step to move to (its key, as in cases show).", "STEP");
    const auto note = option("note", "Why (the steps that need a note).", "TEXT");
    const auto document = option("document", "The document the move needs.", "FILE");
    const auto days = option("days", "The period of a step that sets one (in its unit).", "N");
    const auto on = option("on", "The day it happened (default: today).", "DATE");
    parser.addOptions({ to, note, document, days, on });
    parser.addPositionalArgument(QStringLiteral("REF"), t("The case reference."));
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    const auto ref = reference(parser);
    if (!ref || !parser.isSet(to))
        return context.usageError(t("usage: cscdesk cases move REF --to STEP [--note TEXT] "
                                    "[--document FILE] [--days N] [--on DATE]"));
    bool bad = false;
    MoveRequest r;
    r.toStep = parser.value(to);
    r.reason = parser.value(note);
    r.documentPath = parser.value(document);
    r.deadlineDays = parser.value(days).toInt();
    r.effectiveDate = dateOption(parser, on, &bad);
    if (bad)
        return badDate(context, QStringLiteral("on"));
    auto opened = openCase(context, *ref, false);
    if (!opened)
        return opened.exit;
    Database& db = *opened.db;
    const qint64 id = opened.id;
    r.caseId = id;
    if (auto m = CaseMoves::move(db, r); !m)
        return context.dataError(m.error());
    auto c = CaseRepository::summary(db, id);
    if (!c)
        return context.dataError(c.error());
    context.out << c.value().reference << ' ' << c.value().step;
    if (c.value().dueDate.isValid() && c.value().isOpen())
        context.out << ' ' << t("due %1").arg(iso(c.value().dueDate));
    context.out << '\n';
    context.out.flush();
    return ExitOk;
}

int runCaseRespond(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        t("Records the response a step waits for: --received DATE --document FILE, or --none."));
    parser.addHelpOption();
    const auto received = option("received", "The day the response was received.", "DATE");
    const auto none = option("none", "No response by the due date.");
    const auto document = option("document", "The response received.", "FILE");
    const auto on = option("on", "With --none: the day it is recorded (default: today).", "DATE");
    const auto note = option("note", "A note.", "TEXT");
    parser.addOptions({ received, none, document, on, note });
    parser.addPositionalArgument(QStringLiteral("REF"), t("The case reference."));
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    const auto ref = reference(parser);
    if (!ref || parser.isSet(received) == parser.isSet(none))
        return context.usageError(t("usage: cscdesk cases respond REF --received DATE --document "
                                    "FILE | --none [--on DATE] [--note TEXT]"));
    bool bad = false;
    const QDate receivedOn = dateOption(parser, received, &bad);
    const QDate asOf = dateOption(parser, on, &bad);
    if (bad)
        return badDate(context,
                       parser.isSet(received) ? QStringLiteral("received") : QStringLiteral("on"));
    if (parser.isSet(received) && !parser.isSet(document))
        return context.usageError(t("--received needs --document FILE (the response)"));
    auto opened = openCase(context, *ref, false);
    if (!opened)
        return opened.exit;
    Database& db = *opened.db;
    const qint64 id = opened.id;
    auto r = parser.isSet(none)
        ? CaseResponses::recordNone(db, id, asOf, parser.value(note))
        : CaseResponses::recordReceived(db, id, receivedOn, parser.value(document), 0,
                                        parser.value(note));
    if (!r)
        return context.dataError(r.error());
    auto c = CaseRepository::summary(db, id);
    if (!c)
        return context.dataError(c.error());
    const DeadlineStatus s = CaseDeadlines::status(
        CommitteeSettings::businessCalendar(db), c.value(), QDate::currentDate(),
        CommitteeSettings::intValue(db, CommitteeSettings::Key::DueSoonDays));
    context.out << c.value().reference << ' ' << CaseDeadlines::stateKey(s.state) << '\n';
    context.out.flush();
    return ExitOk;
}

int runCaseLink(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        t("Links a case to the case it was opened from: cases link REF --to REF."));
    parser.addHelpOption();
    const auto to = option("to", "The case it was opened from.", "REF");
    parser.addOption(to);
    parser.addPositionalArgument(QStringLiteral("REF"), t("The case reference."));
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    const auto ref = reference(parser);
    if (!ref || !parser.isSet(to))
        return context.usageError(t("usage: cscdesk cases link REF --to REF"));
    auto opened = openCase(context, *ref, false);
    if (!opened)
        return opened.exit;
    Database& db = *opened.db;
    const qint64 from = opened.id;
    auto target = CaseRepository::idOfReference(db, parser.value(to));
    if (!target)
        return context.dataError(target.error());
    if (auto s = CaseRepository::link(db, from, target.value()); !s)
        return context.dataError(s.error());
    return ExitOk;
}

int runCaseFinding(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        t("Records an Independent Appeals Panel's finding; it returns to the case the panel "
          "came from and moves it."));
    parser.addHelpOption();
    const auto finding = option("finding", "no_breach, remediable or not_remediable.", "KIND");
    const auto days
        = option("remedy-days", "For remediable: the days the IFO has (calendar).", "N");
    const auto text = option("public-text", "The finding's public text.", "TEXT");
    const auto document = option("document", "The panel's finding.", "FILE");
    const auto on = option("on", "The day of the finding (default: today).", "DATE");
    parser.addOptions({ finding, days, text, document, on });
    parser.addPositionalArgument(QStringLiteral("REF"), t("The panel case's reference."));
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    const auto ref = reference(parser);
    if (!ref || !parser.isSet(finding))
        return context.usageError(t("usage: cscdesk cases finding REF --finding KIND "
                                    "[--remedy-days N] --public-text TEXT --document FILE"));
    auto kind = CaseHandOver::findingFromKey(parser.value(finding));
    if (!kind)
        return context.usageError(kind.error().message);
    bool bad = false;
    FindingRequest r;
    r.finding = kind.value();
    r.remedyDays = parser.value(days).toInt();
    r.publicText = parser.value(text);
    r.documentPath = parser.value(document);
    r.decidedOn = dateOption(parser, on, &bad);
    if (bad)
        return badDate(context, QStringLiteral("on"));
    auto opened = openCase(context, *ref, false);
    if (!opened)
        return opened.exit;
    Database& db = *opened.db;
    const qint64 id = opened.id;
    r.appealCaseId = id;
    if (auto s = CaseHandOver::recordFinding(db, r); !s)
        return context.dataError(s.error());
    return ExitOk;
}

int runCasePublishFinding(CommandContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        t("Publishes a panel finding's public text (the dispute stays confidential)."));
    parser.addHelpOption();
    const auto format = option("format", "html or md (with --out).", "FORMAT");
    const auto out = option("out", "Also write the public text to this file.", "FILE");
    parser.addOptions({ format, out });
    parser.addPositionalArgument(QStringLiteral("REF"), t("The panel case's reference."));
    if (const auto done = context.parseArguments(parser, args))
        return *done;
    const auto ref = reference(parser);
    if (!ref)
        return context.usageError(
            t("usage: cscdesk cases publish-finding REF [--format html|md --out FILE]"));
    const QString fmt
        = parser.value(format).isEmpty() ? QStringLiteral("html") : parser.value(format);
    if (fmt != QLatin1String("html") && fmt != QLatin1String("md"))
        return context.usageError(t("--format must be html or md, not “%1”").arg(fmt));
    auto opened = openCase(context, *ref, false);
    if (!opened)
        return opened.exit;
    Database& db = *opened.db;
    const qint64 id = opened.id;
    if (auto s = CaseHandOver::publishFinding(db, id); !s)
        return context.dataError(s.error());
    auto text = ProcessPublicTexts::publishedAppealFinding(db, id);
    if (!text)
        return context.dataError(text.error());
    const QString body = fmt == QLatin1String("md") ? text.value().markdown() : text.value().html();
    if (parser.isSet(out)) {
        if (auto s = writeFileAtomically(parser.value(out), body.toUtf8()); !s)
            return context.dataError(s.error());
    } else {
        context.out << body;
    }
    context.out.flush();
    return ExitOk;
}

int runCaseShowJson(CommandContext& context, const QString& ref)
{
    auto opened = openCase(context, ref, true);
    if (!opened)
        return opened.exit;
    Database& db = *opened.db;
    const qint64 id = opened.id;
    auto detail = CaseRepository::detail(db, id);
    if (!detail)
        return context.dataError(detail.error());
    const CaseDetail& d = detail.value();
    const CaseSummary& c = d.summary;
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const BusinessCalendar calendar = CommitteeSettings::businessCalendar(db);
    const DeadlineStatus status = CaseDeadlines::status(
        calendar, c, QDate::currentDate(),
        CommitteeSettings::intValue(db, CommitteeSettings::Key::DueSoonDays));
    const DeadlineRule rule = CaseDeadlines::ruleOf(c);

    QJsonObject o;
    o.insert(QStringLiteral("reference"), c.reference);
    o.insert(QStringLiteral("title"), c.title);
    o.insert(QStringLiteral("process"), def.key);
    o.insert(QStringLiteral("step"), c.step);
    o.insert(QStringLiteral("stepName"), def.stepName(c.step));
    o.insert(QStringLiteral("stepSince"), iso(c.stepSince));
    o.insert(QStringLiteral("open"), c.isOpen());
    o.insert(QStringLiteral("endState"), c.endState);
    o.insert(QStringLiteral("confidential"), c.confidential);
    o.insert(QStringLiteral("exercise"), c.exercise);
    o.insert(QStringLiteral("operator"), c.complainant);
    o.insert(QStringLiteral("tld"), c.tld);
    o.insert(QStringLiteral("serviceLevel"), d.serviceLevelLabel);
    QJsonObject deadline;
    deadline.insert(QStringLiteral("due"), isoOrNull(c.isOpen() ? c.dueDate : QDate()));
    deadline.insert(QStringLiteral("status"), CaseDeadlines::stateKey(status.state));
    deadline.insert(QStringLiteral("unit"), DeadlineRules::unitKey(DeadlineRules::unitOf(rule)));
    deadline.insert(QStringLiteral("rule"), DeadlineRules::of(rule).name);
    deadline.insert(QStringLiteral("badge"), CaseDeadlines::badge(status));
    o.insert(QStringLiteral("deadline"), deadline);
    QJsonArray steps;
    for (const StepDefinition& s : def.steps) {
        QJsonObject step;
        step.insert(QStringLiteral("key"), s.key);
        step.insert(QStringLiteral("name"), s.name);
        step.insert(QStringLiteral("actor"), s.actor);
        step.insert(QStringLiteral("awaits"), s.awaits);
        step.insert(QStringLiteral("end"), s.isEnd);
        if (s.deadline != DeadlineRule::None) {
            const DeadlineRuleInfo& info = DeadlineRules::of(s.deadline);
            step.insert(QStringLiteral("deadlineUnit"), DeadlineRules::unitKey(info.unit));
            if (info.setting)
                step.insert(
                    QStringLiteral("deadlinePeriod"),
                    DeadlineRules::period(CaseDeadlines::periodDays(db, s.deadline, 0), info.unit));
        }
        QJsonArray next;
        for (const MoveDefinition& m : def.movesFrom(s.key))
            next.append(m.to);
        step.insert(QStringLiteral("next"), next);
        steps.append(step);
    }
    o.insert(QStringLiteral("steps"), steps);
    QJsonArray moves;
    for (const CaseMove& m : d.moves) {
        QJsonObject move;
        move.insert(QStringLiteral("from"), m.fromStep);
        move.insert(QStringLiteral("to"), m.toStep);
        move.insert(QStringLiteral("on"), iso(m.effectiveDate));
        move.insert(QStringLiteral("actor"), m.actor);
        move.insert(QStringLiteral("note"), m.reason);
        move.insert(QStringLiteral("document"), m.documentName);
        move.insert(QStringLiteral("due"), isoOrNull(m.dueDate));
        move.insert(QStringLiteral("undone"), m.undoneByMoveId != 0);
        moves.append(move);
    }
    o.insert(QStringLiteral("moves"), moves);
    QJsonArray responses;
    for (const CaseResponse& r : d.responses) {
        QJsonObject response;
        response.insert(QStringLiteral("step"), r.step);
        response.insert(QStringLiteral("kind"),
                        r.received ? QStringLiteral("received") : QStringLiteral("none"));
        response.insert(QStringLiteral("received"), isoOrNull(r.receivedDate));
        response.insert(QStringLiteral("due"), isoOrNull(r.dueDate));
        response.insert(QStringLiteral("status"),
                        !r.received    ? QStringLiteral("unanswered")
                            : r.onTime ? QStringLiteral("met")
                                       : QStringLiteral("late"));
        response.insert(QStringLiteral("document"), r.documentName);
        response.insert(QStringLiteral("note"), r.note);
        responses.append(response);
    }
    o.insert(QStringLiteral("responses"), responses);
    QJsonArray links;
    for (const CaseLinkRef& l : d.links) {
        QJsonObject link;
        link.insert(QStringLiteral("reference"), l.reference);
        link.insert(QStringLiteral("process"), ProcessDefinition::keyOf(l.process));
        link.insert(QStringLiteral("step"), l.step);
        link.insert(QStringLiteral("direction"),
                    l.outgoing ? QStringLiteral("opened_from") : QStringLiteral("led_to"));
        links.append(link);
    }
    o.insert(QStringLiteral("links"), links);
    if (d.hasFinding) {
        QJsonObject f;
        f.insert(QStringLiteral("finding"), CaseHandOver::findingKey(d.finding.finding));
        f.insert(QStringLiteral("remedyDays"), d.finding.remedyDays);
        f.insert(QStringLiteral("decided"), iso(d.finding.decidedOn));
        f.insert(QStringLiteral("publicText"), d.finding.publicText);
        f.insert(QStringLiteral("published"), d.finding.publishedUtc.isValid());
        o.insert(QStringLiteral("finding"), f);
    }
    context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    context.out.flush();
    return ExitOk;
}

} // namespace csc
