// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoster.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/ProcessDefinition.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

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
        , m_insertCase(context.db.connection())
        , m_insertMove(context.db.connection())
        , m_updateCase(context.db.connection())
        , m_insertComment(context.db.connection())
        , m_insertDocument(context.db.connection())
        , m_linkDocument(context.db.connection())
        , m_insertNotice(context.db.connection())
        , m_insertLink(context.db.connection())
        , m_insertPublication(context.db.connection())
    { }

    Status prepare();
    Status run();
    Status runRealistic();
    Status runBench();
    Status addCluster(int count);

private:
    struct Walk
    {
        CaseProcess process;
        QDate opened;
        QList<QString> forcedPath; // the steps to take when `forced`
        bool forced = false; // else a random walk until `asOf`
    };

    Status addCase(const Walk& walk);
    Status move(qint64 caseId, const ProcessDefinition& def, const QString& from, const QString& to,
                QDate on, int* level, QDate* due);
    QString pick(const char* const* list, int size)
    {
        return QString::fromUtf8(list[m_context.bounded(0, size - 1)]);
    }
    Status exec(QSqlQuery& q, const QVariantList& values);
    QString actor()
    {
        return m_actors.isEmpty() ? QStringLiteral("Secretariat")
                                  : m_actors.at(m_context.bounded(0, int(m_actors.size()) - 1));
    }

    DemoContext& m_context;
    BusinessCalendar m_calendar;
    int m_writtenResponseDays;
    int m_failureDays;
    QStringList m_levels;
    QStringList m_actors;
    QList<qint64> m_serviceLevels;
    QList<qint64> m_recentComplaints;
    QHash<int, int> m_numbers;
    QSqlQuery m_insertCase, m_insertMove, m_updateCase, m_insertComment, m_insertDocument,
        m_linkDocument, m_insertNotice, m_insertLink, m_insertPublication;
};

Status Generator::exec(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return SqlQuery::errorOf(q, QStringLiteral("demo cases"));
    return {};
}

Status Generator::prepare()
{
    const std::array<std::pair<QSqlQuery*, const char*>, 9> statements { {
        { &m_insertCase,
          "INSERT INTO case_record(reference, ref_year, ref_number, title, description, process, "
          "step, step_since, due_date, "
          "complainant, tld, tld_kind, category, service_level_id, confidential, is_exercise, "
          "opened_utc) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
        { &m_insertMove,
          "INSERT INTO case_move(case_id, from_step, to_step, effective_date, at_utc, actor, "
          "actor_role, reason, document_id, "
          "deadline_days, due_date) VALUES (?, ?, ?, ?, ?, ?, 'secretariat', ?, ?, ?, ?)" },
        { &m_updateCase,
          "UPDATE case_record SET step = ?, step_since = ?, due_date = ?, escalation_level = ?, "
          "closed_utc = ?, end_state = ?, "
          "archived_utc = ? WHERE id = ?" },
        { &m_insertComment,
          "INSERT INTO case_comment(case_id, at_utc, author, body) VALUES (?, ?, ?, ?)" },
        { &m_insertDocument,
          "INSERT INTO document(name, kind, mime_type, sha256, size, content, confidential, "
          "added_utc, added_by) "
          "VALUES (?, ?, 'text/plain', ?, ?, ?, 1, ?, ?)" },
        { &m_linkDocument, "INSERT INTO case_document(case_id, document_id) VALUES (?, ?)" },
        { &m_insertNotice,
          "INSERT INTO case_notice(case_id, at_utc, level, recipient, kind) VALUES (?, ?, ?, ?, "
          "?)" },
        { &m_insertLink,
          "INSERT OR IGNORE INTO case_link(from_case_id, to_case_id, kind) VALUES (?, ?, "
          "'opened_from')" },
        { &m_insertPublication,
          "INSERT INTO case_publication(case_id, made_public, consent, decided_utc, decided_by) "
          "VALUES (?, 1, ?, ?, ?)" },
    } };
    for (const auto& [query, sql] : statements) {
        if (!query->prepare(QString::fromLatin1(sql)))
            return SqlQuery::errorOf(*query, QStringLiteral("demo cases"));
    }
    QSqlQuery q(m_context.db.connection());
    q.exec(QStringLiteral("SELECT id FROM service_level ORDER BY id"));
    while (q.next())
        m_serviceLevels << q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT name FROM member WHERE voting = 1 ORDER BY id"));
    while (q.next())
        m_actors << q.value(0).toString();
    return {};
}

QString instant(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Status Generator::move(qint64 caseId, const ProcessDefinition& def, const QString& from,
                       const QString& to, QDate on, int* level, QDate* due)
{
    const MoveDefinition* m = def.move(from, to);
    const StepDefinition* target = def.step(to);
    QVariant documentId;
    if (!m->documentKind.isEmpty()) {
        const QByteArray content
            = QStringLiteral("%1\n\n%2 for case #%3, dated %4.\n")
                  .arg(m->documentKind, m->label, QString::number(caseId), on.toString(Qt::ISODate))
                  .toUtf8();
        if (auto s
            = exec(m_insertDocument,
                   { QString(m->documentKind + QLatin1String(".txt")), m->documentKind,
                     QString::fromLatin1(
                         QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                     content.size(), content, instant(on, 10), actor() });
            !s)
            return s;
        documentId = m_insertDocument.lastInsertId();
        if (auto s = exec(m_linkDocument, { caseId, documentId }); !s)
            return s;
    }
    int days = 0;
    if (target->deadline == DeadlineRule::WrittenResponse)
        days = m_writtenResponseDays;
    else if (target->deadline == DeadlineRule::SignificantFailureResponse)
        days = m_failureDays;
    else if (target->deadline == DeadlineRule::EnteredDays)
        days = m_context.bounded(10, 40);
    *due = CaseDeadlines::dueDate(m_calendar, target->deadline, on, days);
    const QString note = m->needsNote ? noteFor(to) : QString(QLatin1String(""));
    if (auto s = exec(m_insertMove,
                      { caseId, from, to, on.toString(Qt::ISODate), instant(on, 14), actor(), note,
                        documentId, days > 0 ? QVariant(days) : QVariant(), dateOrNull(*due) });
        !s)
        return s;
    if (target->invokesEscalation && *level == 0 && !m_levels.isEmpty()) {
        *level = 1;
        for (const QString& recipient : CaseMoves::noticeRecipients()) {
            if (auto s = exec(m_insertNotice,
                              { caseId, instant(on, 15), m_levels.first(), recipient,
                                QStringLiteral("invoked") });
                !s)
                return s;
        }
    }
    return {};
}

Status Generator::addCase(const Walk& walk)
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
    QVariant serviceLevel;
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
    if (auto s = exec(
            m_insertCase,
            { QStringLiteral("CSC-%1-%2").arg(year).arg(number, 3, 10, QLatin1Char('0')), year,
              number, title,
              QStringLiteral("Escalated to the committee by %1 (.%2) after its contacts with the "
                             "IFO's customer service: %3.")
                  .arg(QString::fromUtf8(op.name), QString::fromUtf8(op.tld), title.toLower()),
              def.key, first.key, walk.opened.toString(Qt::ISODate), dateOrNull(due),
              QString::fromUtf8(op.name), QString::fromUtf8(op.tld), QString::fromLatin1(op.kind),
              category, serviceLevel, confidential ? 1 : 0, exercise ? 1 : 0,
              instant(walk.opened, 9) });
        !s)
        return s;
    const qint64 id = m_insertCase.lastInsertId().toLongLong();
    if (auto s = exec(m_insertMove,
                      { id, QString(QLatin1String("")), first.key,
                        walk.opened.toString(Qt::ISODate), instant(walk.opened, 9), actor(),
                        QString(QLatin1String("")), QVariant(), QVariant(), dateOrNull(due) });
        !s)
        return s;
    if (walk.process == CaseProcess::Complaint && serviceLevel.isNull())
        m_recentComplaints << id;
    if (walk.process == CaseProcess::ProblemManagement && m_recentComplaints.size() >= 2
        && m_context.chance(0.5)) {
        for (int i = 0; i < 2; ++i) {
            if (auto s = exec(m_insertLink, { id, m_recentComplaints.takeLast() }); !s)
                return s;
        }
    }
    if (!confidential) {
        if (auto s = exec(m_insertPublication,
                          { id, QStringLiteral("The operator and the IFO agreed to publication."),
                            instant(walk.opened, 16), actor() });
            !s)
            return s;
    }

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
        if (auto s = move(id, def, step, next, on, &level, &due); !s)
            return s;
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
        for (const QString& recipient : CaseMoves::noticeRecipients()) {
            if (auto s = exec(m_insertNotice,
                              { id, instant(qMin(since.addDays(14), m_context.asOf), 16),
                                m_levels.at(1), recipient, QStringLiteral("advanced") });
                !s)
                return s;
        }
    }
    if (m_context.chance(0.35)) {
        if (auto s
            = exec(m_insertComment,
                   { id, instant(since, 17), actor(), pick(kComments, int(std::size(kComments))) });
            !s)
            return s;
    }
    const bool archived = closed.isValid() && closed < m_context.asOf.addDays(-90);
    if (auto s
        = exec(m_updateCase,
               { step, since.toString(Qt::ISODate), dateOrNull(closed.isValid() ? QDate() : due),
                 level, closed.isValid() ? QVariant(instant(closed, 14)) : QVariant(),
                 endState.isEmpty() ? QVariant() : QVariant(endState),
                 archived ? QVariant(instant(closed.addDays(90), 8)) : QVariant(), id });
        !s)
        return s;
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

Status Generator::run()
{
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
                               false });
            !s)
            return s;
        QSqlQuery q(m_context.db.connection());
        q.prepare(
            QStringLiteral("UPDATE case_record SET service_level_id = ?, category = "
                           "'technical_checks' WHERE id = (SELECT max(id) FROM case_record)"));
        q.addBindValue(clustered);
        if (!q.exec())
            return SqlQuery::errorOf(q, QStringLiteral("demo cases"));
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
    return generator.run();
}

} // namespace csc
