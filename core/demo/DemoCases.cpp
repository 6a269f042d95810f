// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoster.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseStore.h"
#include "core/cases/ProcessDefinition.h"
#include "core/meetings/Committee.h"
#include "core/settings/CommitteeSettings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>

namespace csc {

namespace {

struct Operator
{
    const char* name;
    const char* tld;
    const char* kind;
};

// Invented operators; IDN TLDs are written in their own scripts.
const Operator kOperators[] = {
    { "Northgate Registry", "northgate", "gtld" },
    { "Fjordline Domains", "fjord", "gtld" },
    { "Pacific Island NIC", "pi", "cctld" },
    { "Andes Registry Services", "andes", "gtld" },
    { "Registro Exemplo", "ex", "cctld" },
    { "Испытание Регистр", "испытание", "gtld" },
    { "テスト登録機関", "テスト", "gtld" },
    { "Lakeside ccTLD Authority", "lk", "cctld" },
    { "IAB for .arpa", "arpa", "other" },
    { "Sahel Network Information Centre", "sh", "cctld" },
    { "Boreal Names Ltd", "boreal", "gtld" },
    { "Caribbean Domain Registry", "cb", "cctld" },
};

const char* const kCategories[]
    = { "technical_checks", "root_zone_change", "contact_update", "timeliness",
        "communication",    "ticketing",        "other" };

const char* const kTitles[] = {
    "Technical check failed without explanation",
    "Root zone update delayed beyond the target",
    "Authorisation contacts not asked to approve",
    "No answer from customer service for a week",
    "Change request lodged twice by mistake",
    "Name server change stuck in validation",
    "DS record update published late",
    "Ticket closed before the change was made",
    "Contact update applied to the wrong record",
    "Glue records rejected during checks",
    "Re-test after failed checks took hours",
    "Completion notice never received",
};

// The note of a move, by the step it enters.
QString noteFor(const QString& to)
{
    static const QHash<QString, QString> kNotes {
        { QStringLiteral("reported"),
          QStringLiteral(
              "No satisfactory answer from the IFO's customer service by e-mail, then by phone.") },
        { QStringLiteral("written_response"),
          QStringLiteral("The committee requested a written response from the IFO.") },
        { QStringLiteral("mediation"),
          QStringLiteral("Facilitation did not lead to an agreed outcome.") },
        { QStringLiteral("systemic_review"), QStringLiteral("Mediation ended without agreement.") },
        { QStringLiteral("appeal"), QStringLiteral("An Independent Appeals Panel was started.") },
        { QStringLiteral("redirected"),
          QStringLiteral("Not an IANA operational issue; redirected to the right body.") },
        { QStringLiteral("expert_team"),
          QStringLiteral("The root cause is unclear; experts will look into it with the IFO.") },
        { QStringLiteral("remedial_action"),
          QStringLiteral("The IFO's response was inadequate; remedial action directed.") },
        { QStringLiteral("completion_check"),
          QStringLiteral("The IFO reports the remedial action completed.") },
        { QStringLiteral("councils"),
          QStringLiteral(
              "Unremedied to the committee's satisfaction; escalated to the Councils.") },
        { QStringLiteral("resolved"),
          QStringLiteral("The parties agreed on the remedial action.") },
        { QStringLiteral("withdrawn"), QStringLiteral("Withdrawn after the change was made.") },
        { QStringLiteral("recorded"),
          QStringLiteral("The emergency is over; closed for the record.") },
        { QStringLiteral("remedied"),
          QStringLiteral("The remedy was confirmed within the panel's period.") },
        { QStringLiteral("further_escalation"),
          QStringLiteral("The remedy was not made in time.") },
        { QStringLiteral("concluded"), QStringLiteral("The further escalation is concluded.") },
    };
    return kNotes.value(to, QStringLiteral("Agreed at the monthly meeting."));
}

const char* const kComments[] = {
    "Discussed at the monthly meeting; the liaison will follow up with the IFO.",
    "The IFO acknowledged receipt within one business day.",
    "Similar to earlier complaints about the same service level.",
    "Waiting on the customer: this time does not count against the IFO.",
    "The nameserver in Reykjavík timed out during the technical checks.",
};

QString instant(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

QDateTime instantAt(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Walks invented cases through their processes and hands each, in its final state, to
// CaseStore's bulk load (the history is generated, not audited).
class Generator
{
public:
    explicit Generator(DemoContext& context)
        : m_context(context)
        , m_calendar(CommitteeSettings::businessCalendar(context.db))
        , m_writtenResponseDays(
              CommitteeSettings::intValue(context.db, CommitteeSettings::Key::WrittenResponseDays))
        , m_failureDays(CommitteeSettings::intValue(
              context.db, CommitteeSettings::Key::SignificantFailureResponseDays))
        , m_levels(CommitteeSettings::escalationLevels(context.db))
    { }

    Status prepare();
    Status run(CaseHistoryLoader& loader);

private:
    struct Walk
    {
        CaseProcess process;
        QDate opened;
        QList<QString> forcedPath; // the steps to take when `forced`
        bool forced = false; // else a random walk until `asOf`
    };

    Status runRealistic();
    Status runBench();
    Status addCluster(int count);
    // `clustered` (non-zero): the case is one of the recent cluster on that service level.
    Status addCase(const Walk& walk, qint64 clustered = 0);
    void move(HistoricCase& c, const ProcessDefinition& def, const QString& from, const QString& to,
              QDate on, int* level, QDate* due);
    QString pick(const char* const* list, int size)
    {
        return QString::fromUtf8(list[m_context.bounded(0, size - 1)]);
    }
    QString actor()
    {
        return m_actors.isEmpty() ? QStringLiteral("Secretariat")
                                  : m_actors.at(m_context.bounded(0, int(m_actors.size()) - 1));
    }

    DemoContext& m_context;
    CaseHistoryLoader* m_loader = nullptr;
    BusinessCalendar m_calendar;
    int m_writtenResponseDays;
    int m_failureDays;
    QStringList m_levels;
    QStringList m_actors;
    QList<qint64> m_serviceLevels;
    QList<qint64> m_recentComplaints;
    QHash<int, int> m_numbers;
};

Status Generator::prepare()
{
    auto levels = CaseStore::serviceLevelIds(m_context.db);
    if (!levels)
        return levels.error();
    m_serviceLevels = levels.value();
    // The voting members, in the order the roster added them.
    auto members = Committee::members(m_context.db);
    if (!members)
        return members.error();
    QHash<qint64, QString> names;
    for (const Member& m : members.value())
        names.insert(m.id, m.name);
    for (qint64 id : std::as_const(m_context.votingMemberIds))
        m_actors << names.value(id);
    return {};
}

void Generator::move(HistoricCase& c, const ProcessDefinition& def, const QString& from,
                     const QString& to, QDate on, int* level, QDate* due)
{
    const MoveDefinition* m = def.move(from, to);
    const StepDefinition* target = def.step(to);
    HistoricCase::Move entry;
    if (!m->documentKind.isEmpty()) {
        const QByteArray content
            = QStringLiteral("%1\n\n%2 for case %3, dated %4.\n")
                  .arg(m->documentKind, m->label, c.row.reference, on.toString(Qt::ISODate))
                  .toUtf8();
        DocumentRow doc;
        doc.name = m->documentKind + QLatin1String(".txt");
        doc.kind = m->documentKind;
        doc.mimeType = QStringLiteral("text/plain");
        doc.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        doc.content = content;
        doc.confidential = true;
        doc.addedUtc = instant(on, 10);
        doc.addedBy = actor();
        entry.document = int(c.documents.size());
        c.documents << HistoricCase::Document { doc };
    }
    int days = 0;
    if (target->deadline == DeadlineRule::WrittenResponse)
        days = m_writtenResponseDays;
    else if (target->deadline == DeadlineRule::SignificantFailureResponse)
        days = m_failureDays;
    else if (target->deadline == DeadlineRule::EnteredDays)
        days = m_context.bounded(10, 40);
    *due = CaseDeadlines::dueDate(m_calendar, target->deadline, on, days);
    entry.row.fromStep = from;
    entry.row.toStep = to;
    entry.row.effectiveDate = on;
    entry.row.atUtc = instant(on, 14);
    entry.row.actor = actor();
    entry.row.actorRole = QStringLiteral("secretariat");
    entry.row.reason = m->needsNote ? noteFor(to) : QString(QLatin1String(""));
    entry.row.deadlineDays = days;
    entry.row.dueDate = dateOrNull(*due);
    c.moves << entry;
    if (target->invokesEscalation && *level == 0 && !m_levels.isEmpty()) {
        *level = 1;
        for (const QString& recipient : CaseMoves::noticeRecipients())
            c.notices << HistoricCase::Notice { instant(on, 15), m_levels.first(), recipient,
                                                QStringLiteral("invoked") };
    }
}

Status Generator::addCase(const Walk& walk, qint64 clustered)
{
    const ProcessDefinition& def = ProcessDefinition::of(walk.process);
    const Operator& op = kOperators[m_context.bounded(0, int(std::size(kOperators)) - 1)];
    const QString category = pick(kCategories, int(std::size(kCategories)));
    const int year = walk.opened.year();
    const int number = ++m_numbers[year];
    QString title = pick(kTitles, int(std::size(kTitles)));
    if (walk.process == CaseProcess::RootZoneEmergency)
        title = QStringLiteral("Emergency: %1 unreachable after a key rollover")
                    .arg(QString::fromUtf8(op.tld));
    else if (walk.process == CaseProcess::ProblemManagement)
        title = QStringLiteral("Persistent: %1").arg(title.toLower());
    else if (walk.process == CaseProcess::AppealsPanel)
        title = QStringLiteral("Appeal: %1").arg(title.toLower());
    qint64 serviceLevel = 0;
    // Recent complaints carry a service level only inside the cluster, so the
    // pattern suggestion shows on exactly one of them.
    const bool recent = walk.opened > m_context.asOf.addDays(-150);
    if (!m_serviceLevels.isEmpty() && !recent && m_context.chance(0.4))
        serviceLevel = m_serviceLevels.at(m_context.bounded(0, int(m_serviceLevels.size()) - 1));
    const bool exercise = walk.process == CaseProcess::ProblemManagement && m_context.chance(0.04);
    const bool confidential = !m_context.chance(0.15);
    const StepDefinition& first = def.steps.first();
    QDate due = CaseDeadlines::dueDate(m_calendar, first.deadline, walk.opened,
                                       first.deadline == DeadlineRule::None ? 0 : m_failureDays);
    HistoricCase c;
    c.row.reference = QStringLiteral("CSC-%1-%2").arg(year).arg(number, 3, 10, QLatin1Char('0'));
    c.row.refYear = year;
    c.row.refNumber = number;
    c.row.title = title;
    c.row.description
        = QStringLiteral("Escalated to the committee by %1 (.%2) after its contacts with the "
                         "IFO's customer service: %3.")
              .arg(QString::fromUtf8(op.name), QString::fromUtf8(op.tld), title.toLower());
    c.row.process = def.key;
    c.row.complainant = QString::fromUtf8(op.name);
    c.row.tld = QString::fromUtf8(op.tld);
    c.row.tldKind = QString::fromLatin1(op.kind);
    c.row.category = clustered ? QStringLiteral("technical_checks") : category;
    c.row.serviceLevelId = clustered ? clustered : serviceLevel;
    c.row.confidential = confidential;
    c.row.exercise = exercise;
    c.row.openedUtc = instant(walk.opened, 9);

    HistoricCase::Move entry;
    entry.row.toStep = first.key;
    entry.row.effectiveDate = walk.opened;
    entry.row.atUtc = instant(walk.opened, 9);
    entry.row.actor = actor();
    entry.row.actorRole = QStringLiteral("secretariat");
    entry.row.dueDate = dateOrNull(due);
    c.moves << entry;
    const bool complaintWithoutLevel = walk.process == CaseProcess::Complaint && serviceLevel == 0;
    if (walk.process == CaseProcess::ProblemManagement && m_recentComplaints.size() >= 2
        && m_context.chance(0.5)) {
        for (int i = 0; i < 2; ++i)
            c.openedFrom << m_recentComplaints.takeLast();
    }
    if (!confidential)
        c.publication
            = CasePublication { true,
                                QStringLiteral("The operator and the IFO agreed to publication."),
                                instantAt(walk.opened, 16), actor() };

    QString step = first.key;
    QDate since = walk.opened;
    int level = 0;
    int forced = 0;
    QDate closed;
    QString endState;
    while (true) {
        QString next;
        QDate on = since.addDays(m_context.bounded(2, 35));
        if (walk.forced) {
            if (forced == walk.forcedPath.size())
                break;
            next = walk.forcedPath.at(forced++);
            on = since.addDays(m_context.bounded(1, 4));
        } else {
            const QList<MoveDefinition> moves = def.movesFrom(step);
            if (moves.isEmpty() || on > m_context.asOf)
                break;
            next = moves.at(m_context.bounded(0, int(moves.size()) - 1)).to;
        }
        on = qMin(on, m_context.asOf);
        move(c, def, step, next, on, &level, &due);
        step = next;
        since = on;
        if (def.step(step)->isEnd) {
            closed = on;
            endState = def.step(step)->endState;
            break;
        }
    }
    if (level > 0 && m_levels.size() > 1 && m_context.chance(0.4)) {
        level = 2;
        for (const QString& recipient : CaseMoves::noticeRecipients())
            c.notices << HistoricCase::Notice {
                instant(qMin(since.addDays(14), m_context.asOf), 16), m_levels.at(1), recipient,
                QStringLiteral("advanced")
            };
    }
    if (m_context.chance(0.35)) {
        const QString author = actor();
        c.comments << CaseComment { 0, instantAt(since, 17), author,
                                    pick(kComments, int(std::size(kComments))) };
    }
    const bool archived = closed.isValid() && closed < m_context.asOf.addDays(-90);
    c.row.step = step;
    c.row.stepSince = since;
    c.row.dueDate = closed.isValid() ? QDate() : due;
    c.escalationLevel = level;
    c.closedUtc = closed.isValid() ? instant(closed, 14) : QString();
    c.endState = endState;
    c.archivedUtc = archived ? instant(closed.addDays(90), 8) : QString();
    auto id = m_loader->add(c);
    if (!id)
        return id.error();
    if (complaintWithoutLevel)
        m_recentComplaints << id.value();
    return {};
}

// The steps after `from` on a shortest way to a step that `wanted` accepts (empty if none).
QList<QString> pathFrom(const ProcessDefinition& def, const QString& from,
                        const std::function<bool(const QString&)>& wanted)
{
    QHash<QString, QString> cameFrom;
    QList<QString> queue { from };
    cameFrom.insert(from, {});
    while (!queue.isEmpty()) {
        const QString at = queue.takeFirst();
        if (at != from && wanted(at)) {
            QList<QString> path;
            for (QString s = at; s != from; s = cameFrom.value(s))
                path.prepend(s);
            return path;
        }
        for (const MoveDefinition& m : def.movesFrom(at)) {
            if (!cameFrom.contains(m.to)) {
                cameFrom.insert(m.to, at);
                queue << m.to;
            }
        }
    }
    return {};
}

Status Generator::run(CaseHistoryLoader& loader)
{
    m_loader = &loader;
    return m_context.bench ? runBench() : runRealistic();
}

// The real committee's volumes: the complaint process "is only used sporadically". Per year
// a handful of complaints, at most one or two Problem Management cases, the occasional
// emergency log and appeal; over the whole history every step of every process is taken
// at least once, and a few cases are open on the board today.
Status Generator::runRealistic()
{
    const QDate asOf = m_context.asOf;
    const QDate historyEnd = asOf.addDays(-40);
    QList<Walk> walks;
    for (int y = 0; y < m_context.years; ++y) {
        const QDate from = m_context.firstMonth.addYears(y);
        const QDate to = qMin(from.addYears(1), historyEnd);
        if (from >= to)
            break;
        const auto day
            = [&] { return from.addDays(m_context.bounded(0, int(from.daysTo(to)) - 1)); };
        const int complaints = m_context.bounded(3, 5);
        for (int i = 0; i < complaints; ++i)
            walks.append({ CaseProcess::Complaint, day(), {}, false });
        const int emergencies = m_context.bounded(0, 2);
        for (int i = 0; i < emergencies; ++i)
            walks.append({ CaseProcess::RootZoneEmergency, day(), {}, false });
        if (m_context.chance(0.5))
            walks.append({ CaseProcess::ProblemManagement, day(), {}, false });
        if (m_context.chance(0.3))
            walks.append({ CaseProcess::AppealsPanel, day(), {}, false });
    }
    // Every step of every process taken at least once, by cases that have run their course.
    const int span = qMax(90, int(m_context.firstMonth.daysTo(historyEnd)) - 60);
    for (CaseProcess process : ProcessDefinition::all()) {
        const ProcessDefinition& def = ProcessDefinition::of(process);
        QSet<QString> covered { def.firstStep() };
        for (const Walk& w : std::as_const(walks)) {
            if (w.process == process && w.forced)
                covered.unite(QSet<QString>(w.forcedPath.cbegin(), w.forcedPath.cend()));
        }
        // Deepest steps first, so one case covers the steps on its way.
        QList<QPair<int, QString>> byDepth;
        for (const StepDefinition& step : def.steps) {
            const QString key = step.key;
            byDepth.append(
                { int(pathFrom(def, def.firstStep(), [&](const QString& s) { return s == key; })
                          .size()),
                  key });
        }
        std::sort(byDepth.begin(), byDepth.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& entry : std::as_const(byDepth)) {
            const QString key = entry.second;
            if (covered.contains(key))
                continue;
            QList<QString> path
                = pathFrom(def, def.firstStep(), [&](const QString& s) { return s == key; });
            if (!def.step(key)->isEnd)
                path += pathFrom(def, key, [&](const QString& s) { return def.step(s)->isEnd; });
            covered.unite(QSet<QString>(path.cbegin(), path.cend()));
            walks.append(
                { process, m_context.firstMonth.addDays(m_context.bounded(20, span)), path, true });
        }
    }
    // Today's board: a complaint waiting on the IFO's written response (due soon), a Problem
    // Management case in remedial action, and an emergency logged last week.
    const ProcessDefinition& complaint = ProcessDefinition::of(CaseProcess::Complaint);
    walks.append(
        { CaseProcess::Complaint, asOf.addDays(-12),
          pathFrom(complaint, complaint.firstStep(),
                   [](const QString& s) { return s == QLatin1String("written_response"); }),
          true });
    const ProcessDefinition& problem = ProcessDefinition::of(CaseProcess::ProblemManagement);
    walks.append({ CaseProcess::ProblemManagement, asOf.addDays(-75),
                   pathFrom(problem, problem.firstStep(),
                            [](const QString& s) { return s == QLatin1String("remedial_action"); }),
                   true });
    walks.append({ CaseProcess::RootZoneEmergency, asOf.addDays(-6), {}, true });

    // Numbered in the order they were opened, as the secretariat numbers them.
    std::stable_sort(walks.begin(), walks.end(),
                     [](const Walk& a, const Walk& b) { return a.opened < b.opened; });
    for (const Walk& w : std::as_const(walks)) {
        if (auto s = addCase(w); !s)
            return s;
    }
    // Three recent complaints about one service level: the pattern the committee watches for.
    return addCluster(3);
}

Status Generator::addCluster(int count)
{
    if (m_serviceLevels.isEmpty())
        return {};
    const qint64 clustered
        = m_serviceLevels.at(m_context.bounded(0, int(m_serviceLevels.size()) - 1));
    for (int i = 0; i < count; ++i) {
        if (auto s = addCase({ CaseProcess::Complaint,
                               m_context.asOf.addDays(-m_context.bounded(3, 70)),
                               {},
                               false },
                             clustered);
            !s)
            return s;
    }
    return {};
}

// The benchmarks' data set: about a thousand cases a year, and every step holding cases.
Status Generator::runBench()
{
    const QDate asOf = m_context.asOf;
    for (QDate day = m_context.firstMonth; day < asOf.addDays(-40); day = day.addDays(1)) {
        const int count = m_context.bounded(0, 5) + (m_context.chance(0.25) ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            const int roll = m_context.bounded(0, 99);
            const CaseProcess process = roll < 72 ? CaseProcess::Complaint
                : roll < 84                       ? CaseProcess::RootZoneEmergency
                : roll < 95                       ? CaseProcess::ProblemManagement
                                                  : CaseProcess::AppealsPanel;
            if (auto s = addCase({ process, day, {}, false }); !s)
                return s;
        }
    }
    // The current board: every step of every process holds cases, some overdue.
    for (CaseProcess process : ProcessDefinition::all()) {
        const ProcessDefinition& def = ProcessDefinition::of(process);
        for (const StepDefinition& step : def.steps) {
            const QString key = step.key;
            const QList<QString> path
                = pathFrom(def, def.firstStep(), [&](const QString& s) { return s == key; });
            const int copies = step.isEnd ? 2 : 3;
            for (int i = 0; i < copies; ++i) {
                // The first copy entered its step long ago: an overdue deadline, if the step has
                // one.
                const int base = 4 * int(path.size()) + (i == 0 && !step.isEnd ? 45 : 3);
                const QDate opened = asOf.addDays(-m_context.bounded(base, base + 35));
                if (auto s = addCase({ process, opened, path, true }); !s)
                    return s;
            }
        }
    }
    // A cluster of complaints on one service level: the pattern to notice.
    return addCluster(4);
}

} // namespace

Status DemoCases::populate(DemoContext& context)
{
    Generator generator(context);
    if (auto s = generator.prepare(); !s)
        return s;
    return CaseStore::loadHistory(context.db,
                                  [&](CaseHistoryLoader& loader) { return generator.run(loader); });
}

} // namespace csc
