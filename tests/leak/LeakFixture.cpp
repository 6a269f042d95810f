// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakFixture.h"

#include "core/cases/CaseComments.h"
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ProcessDefinition.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/WorkPlan.h"
#include "core/performance/Evaluation.h"
#include "core/performance/Findings.h"
#include "core/review/ReviewCopy.h"
#include "core/storage/Database.h"

#include <QTextDocument>

namespace csc::test {

namespace {

// Unwraps a core result or hands its error (with what was being planted) back.
#define PLANT(var, expr, what)                                                                     \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return Error {                                                                             \
            QStringLiteral("planting %1: %2").arg(QStringLiteral(what), var.error().fullText()),   \
            {}                                                                                     \
        };

QString richText(const QString& text)
{
    QTextDocument doc;
    doc.setPlainText(text);
    return doc.toHtml(); // what the minutes editor stores
}

} // namespace

// Short single words (letters and digits): no export format escapes them, and they
// fit the narrow table cells of a PDF without being broken across lines.
QString LeakFixture::secret(const QString& field)
{
    const QString marker = QStringLiteral("LEAKM%1Z").arg(++m_counter, 3, 10, QLatin1Char('0'));
    m_plant.secrets << marker;
    m_plant.fieldOf.insert(marker, field);
    return marker;
}

QString LeakFixture::open(const QString& field, const QString& where)
{
    const QString marker = QStringLiteral("PUBM%1Z").arg(++m_counter, 3, 10, QLatin1Char('0'));
    m_plant.publics << marker;
    m_plant.publicWhere.insert(marker, where);
    m_plant.fieldOf.insert(marker, field);
    return marker;
}

Result<LeakPlant> LeakFixture::create(const QString& path)
{
    LeakPlant plant;
    plant.asOf = QDate(2026, 11, 23);
    PLANT(made, DemoGenerator::generateFile(path, { 7, kDemoYears, plant.asOf }), "the demo");
    PLANT(opened, Database::open(path), "opening the demo");
    Database& db = *opened.value();
    LeakFixture f(plant);

    PLANT(people, ReviewCopy::candidates(db), "the roster");
    if (people.value().size() < 2)
        return Error { QStringLiteral("the demo roster is too small"), {} };
    const qint64 owner = people.value().first().memberId;
    plant.observerFor = people.value().last().name;

    // Cases: a confidential complaint with everything a case can carry, two
    // exercises (one left confidential, one wrongly made public), and a public case.
    const auto openCase
        = [&](CaseProcess process, bool exercise, const QString& title, const QString& description,
              const QString& complainant, const QString& tld) {
              NewCase c;
              c.process = process;
              c.title = title;
              c.description = description;
              c.complainant = complainant;
              c.tld = tld;
              c.category = QStringLiteral("technical_checks");
              c.exercise = exercise;
              c.openedOn = plant.asOf.addDays(-20);
              return CaseRepository::create(db, c);
          };
    const auto fillCase = [&](qint64 caseId, CaseProcess process, const QString& tag) -> Status {
        if (auto s = CaseComments::add(db, caseId, f.secret(tag + QStringLiteral("COMMENT"))); !s)
            return s.error();
        if (auto s = CaseDocuments::attachBytes(
                db, caseId, f.secret(tag + QStringLiteral("DOCNAME")) + QStringLiteral(".txt"),
                QStringLiteral("Letter"), f.secret(tag + QStringLiteral("DOCBODY")).toUtf8());
            !s)
            return s.error();
        const ProcessDefinition& def = ProcessDefinition::of(process);
        MoveRequest r;
        r.caseId = caseId;
        r.toStep = def.movesFrom(def.firstStep()).first().to;
        r.reason = f.secret(tag + QStringLiteral("MOVENOTE"));
        r.deadlineDays = 15;
        r.effectiveDate = plant.asOf.addDays(-15);
        auto doc = CaseDocuments::attachBytes(
            db, caseId, f.secret(tag + QStringLiteral("MOVEDOCNAME")) + QStringLiteral(".pdf"),
            QStringLiteral("Response"), f.secret(tag + QStringLiteral("MOVEDOCBODY")).toUtf8());
        if (!doc)
            return doc.error();
        r.documentId = doc.value();
        if (auto s = CaseMoves::move(db, r); !s)
            return s.error();
        return {};
    };

    PLANT(secretCase,
          openCase(CaseProcess::Complaint, false, f.secret(QStringLiteral("CASETITLE")),
                   f.secret(QStringLiteral("CASEDESC")), f.secret(QStringLiteral("COMPLAINANT")),
                   f.secret(QStringLiteral("TLD"))),
          "the confidential case");
    PLANT(secretFill, fillCase(secretCase.value(), CaseProcess::Complaint, QStringLiteral("CASE")),
          "the confidential case's record");

    PLANT(exercise,
          openCase(CaseProcess::ProblemManagement, true, f.secret(QStringLiteral("EXERCISETITLE")),
                   f.secret(QStringLiteral("EXERCISEDESC")),
                   f.secret(QStringLiteral("EXERCISECOMPLAINANT")),
                   f.secret(QStringLiteral("EXERCISETLD"))),
          "the exercise");
    PLANT(exerciseFill,
          fillCase(exercise.value(), CaseProcess::ProblemManagement, QStringLiteral("EXERCISE")),
          "the exercise's record");
    // Exercises stay out of public output even when someone marks one public.
    PLANT(publicExercise,
          openCase(CaseProcess::Complaint, true, f.secret(QStringLiteral("PUBEXERCISETITLE")),
                   f.secret(QStringLiteral("PUBEXERCISEDESC")),
                   f.secret(QStringLiteral("PUBEXERCISECOMPLAINANT")),
                   f.secret(QStringLiteral("PUBEXERCISETLD"))),
          "the public exercise");
    PLANT(publicExerciseMove,
          fillCase(publicExercise.value(), CaseProcess::Complaint, QStringLiteral("PUBEXERCISE")),
          "the public exercise's record");
    PLANT(exercisePublished,
          CaseRepository::setPublic(db, publicExercise.value(), true,
                                    QStringLiteral("Table-top rehearsal")),
          "publishing the exercise");

    // A case that was public for a while, got a document then, and is confidential again.
    PLANT(retracted,
          openCase(CaseProcess::Complaint, false, f.secret(QStringLiteral("RETRACTEDTITLE")),
                   f.secret(QStringLiteral("RETRACTEDDESC")),
                   f.secret(QStringLiteral("RETRACTEDCOMPLAINANT")),
                   f.secret(QStringLiteral("RETRACTEDTLD"))),
          "the retracted case");
    PLANT(retractedPublic,
          CaseRepository::setPublic(db, retracted.value(), true,
                                    QStringLiteral("Both parties by e-mail")),
          "publishing the retracted case");
    PLANT(retractedFill,
          fillCase(retracted.value(), CaseProcess::Complaint, QStringLiteral("RETRACTED")),
          "the retracted case's record");
    PLANT(retractedAgain, CaseRepository::setPublic(db, retracted.value(), false, {}),
          "retracting the case");

    PLANT(publicCase,
          openCase(CaseProcess::Complaint, false,
                   f.open(QStringLiteral("CASETITLE"), QStringLiteral("minutes report")),
                   QStringLiteral("Late technical checks"), QStringLiteral("Northgate Registry"),
                   QStringLiteral("example")),
          "the public case");
    PLANT(published,
          CaseRepository::setPublic(db, publicCase.value(), true,
                                    QStringLiteral("Both parties by e-mail")),
          "publishing the case");
    // The public case goes on to the written response, a step with a deadline (on the calendar).
    for (const QString& step : { QStringLiteral("reported"), QStringLiteral("ombudsman"),
                                 QStringLiteral("written_response") }) {
        MoveRequest r;
        r.caseId = publicCase.value();
        r.toStep = step;
        r.reason = QStringLiteral("Next step");
        r.deadlineDays = 15;
        r.effectiveDate = plant.asOf.addDays(-15);
        auto doc = CaseDocuments::attachBytes(db, publicCase.value(), step + QStringLiteral(".txt"),
                                              QStringLiteral("Letter"), "letter");
        r.documentId = doc ? doc.value() : 0;
        PLANT(moved, CaseMoves::move(db, r), "moving the public case");
    }

    for (qint64 id : { exercise.value(), publicExercise.value(), publicCase.value() }) {
        PLANT(summary, CaseRepository::summary(db, id), "reading a case back");
        if (id == publicCase.value())
            plant.publicCaseReference = summary.value().reference;
        else
            plant.exerciseReferences << summary.value().reference;
    }

    // A meeting on the first free day after the demo's "as of" date.
    plant.meetingDay = plant.asOf.addDays(1);
    while (Meetings::meetingOn(db, plant.meetingDay) || plant.meetingDay.dayOfWeek() > 5)
        plant.meetingDay = plant.meetingDay.addDays(1);
    PLANT(meeting,
          Meetings::create(db, MeetingKind::Monthly,
                           QDateTime(plant.meetingDay, QTime(15, 0), Qt::UTC)),
          "the meeting");
    const qint64 m = meeting.value();
    const auto agendaItem = [&](const QString& title, bool confidential, qint64 caseId) {
        AgendaItem item;
        item.kind = AgendaKind::Topic;
        item.title = title;
        item.confidential = confidential;
        item.linkedCase.id = caseId;
        return Meetings::addAgendaItem(db, m, item);
    };
    PLANT(a1,
          agendaItem(f.open(QStringLiteral("AGENDATOPIC"), QStringLiteral("minutes")), false, 0),
          "a public agenda item");
    PLANT(a2, agendaItem(f.secret(QStringLiteral("AGENDATITLE")), true, 0),
          "a confidential agenda item");
    PLANT(a3, agendaItem(f.secret(QStringLiteral("EXERCISEAGENDA")), false, exercise.value()),
          "an exercise's agenda item");
    PLANT(a4, agendaItem(f.secret(QStringLiteral("CASEAGENDA")), true, secretCase.value()),
          "a confidential case's agenda item");
    // Public when the draft is made, marked confidential afterwards (issue 10, item 2).
    PLANT(a5, agendaItem(f.secret(QStringLiteral("LATEAGENDATITLE")), false, 0),
          "an agenda item marked confidential later");
    PLANT(draft, MinutesBook::generateDraft(db, m), "the draft minutes");

    PLANT(minutes, MinutesBook::minutes(db, m), "reading the minutes");
    for (MinutesSection section : minutes.value().sections) {
        if (section.agendaItemId == a1.value()) {
            section.bodyHtml
                = richText(f.open(QStringLiteral("SECTIONBODY"), QStringLiteral("minutes")));
        } else if (section.agendaItemId == a2.value() || section.agendaItemId == a3.value()
                   || section.agendaItemId == a4.value() || section.agendaItemId == a5.value()) {
            section.bodyHtml = richText(f.secret(QStringLiteral("AGENDASECTIONBODY")));
        } else {
            continue;
        }
        PLANT(updated, MinutesBook::updateSection(db, section), "a section");
    }
    MinutesSection closed;
    closed.heading = f.secret(QStringLiteral("SECTIONHEAD"));
    closed.bodyHtml = richText(f.secret(QStringLiteral("SECTIONBODY")));
    closed.confidential = true;
    PLANT(closedSection, MinutesBook::addSection(db, m, closed), "a confidential section");

    // Sections not flagged themselves that refer to a confidential case and to an
    // exercise by reference only.
    PLANT(secretSummary, CaseRepository::summary(db, secretCase.value()), "the case's reference");
    PLANT(exerciseSummary, CaseRepository::summary(db, exercise.value()),
          "the exercise's reference");
    MinutesSection referring;
    referring.heading = QStringLiteral("Follow-up");
    referring.bodyHtml = richText(f.secret(QStringLiteral("REFERRINGSECTION"))
                                  + QStringLiteral(" on ") + secretSummary.value().reference);
    PLANT(referringSection, MinutesBook::addSection(db, m, referring),
          "a section referring to a confidential case");
    MinutesSection rehearsal;
    rehearsal.heading = QStringLiteral("Rehearsal");
    rehearsal.bodyHtml = richText(f.secret(QStringLiteral("EXERCISESECTION"))
                                  + QStringLiteral(" in ") + exerciseSummary.value().reference);
    PLANT(rehearsalSection, MinutesBook::addSection(db, m, rehearsal),
          "a section referring to an exercise");

    const auto decision = [&](const QString& text, bool confidential, qint64 caseId, bool byEmail) {
        Decision d;
        d.meetingId = byEmail ? 0 : m;
        d.byEmail = byEmail;
        d.decidedOn = byEmail ? plant.meetingDay.addDays(-1) : plant.meetingDay;
        d.text = text;
        d.confidential = confidential;
        d.linkedCase.id = caseId;
        return Decisions::add(db, d);
    };
    PLANT(d1, decision(f.secret(QStringLiteral("DECISION")), true, 0, false),
          "a confidential decision");
    PLANT(d2, decision(f.secret(QStringLiteral("EMAILDECISION")), true, 0, true),
          "a confidential e-mail decision");
    PLANT(d3,
          decision(f.secret(QStringLiteral("EXERCISEDECISION")), false, exercise.value(), false),
          "an exercise's decision");
    PLANT(d4,
          decision(f.open(QStringLiteral("DECISION"), QStringLiteral("minutes")), false,
                   secretCase.value(), false),
          "a public decision on a confidential case");
    PLANT(d5,
          decision(f.open(QStringLiteral("EMAILDECISION"), QStringLiteral("minutes")), false,
                   publicCase.value(), true),
          "a public e-mail decision");

    {
        Decision d;
        d.meetingId = m;
        d.decidedOn = plant.meetingDay;
        d.text = f.secret(QStringLiteral("LATEITEMDECISION"));
        d.agendaItemId = a5.value();
        PLANT(d6, Decisions::add(db, d), "a decision under the item marked later");
    }
    PLANT(ai3,
          ActionItems::add(db, m, f.secret(QStringLiteral("LATEITEMACTION")), owner,
                           plant.meetingDay.addDays(14), false, a5.value()),
          "an action item under the item marked later");
    {
        PLANT(lateItems, Meetings::agenda(db, m), "the agenda");
        for (AgendaItem item : lateItems.value()) {
            if (item.id != a5.value())
                continue;
            item.confidential = true;
            PLANT(marked, Meetings::updateAgendaItem(db, item), "marking the item confidential");
        }
    }

    PLANT(ai1,
          ActionItems::add(db, m, f.secret(QStringLiteral("ACTIONTEXT")), owner,
                           plant.meetingDay.addDays(14), true),
          "a confidential action item");
    PLANT(ai1done,
          ActionItems::setStatus(db, ai1.value(), true, f.secret(QStringLiteral("ACTIONNOTE"))),
          "completing it");
    PLANT(ai2,
          ActionItems::add(db, m, f.open(QStringLiteral("ACTIONTEXT"), QStringLiteral("minutes")),
                           owner, plant.meetingDay.addDays(14), false),
          "a public action item");

    WorkItem internal;
    internal.position = 90;
    internal.title = f.secret(QStringLiteral("WORKITEMTITLE"));
    internal.description = f.secret(QStringLiteral("WORKITEMDESC"));
    internal.target = plant.asOf.addMonths(3);
    internal.isPublic = false;
    PLANT(w1, WorkPlan::add(db, internal), "an internal work item");
    WorkItem referringWork;
    referringWork.position = 92;
    referringWork.title = f.secret(QStringLiteral("REFERRINGWORKITEM"));
    referringWork.description = QStringLiteral("Lessons from ") + secretSummary.value().reference;
    PLANT(w3, WorkPlan::add(db, referringWork), "a work item referring to a confidential case");
    WorkItem open;
    open.position = 91;
    open.title = f.open(QStringLiteral("WORKITEMTITLE"), QStringLiteral("workplan"));
    open.description = f.open(QStringLiteral("WORKITEMDESC"), QStringLiteral("workplan"));
    open.target = plant.asOf.addMonths(3);
    PLANT(w2, WorkPlan::add(db, open), "a public work item");

    // The month's findings are public: the statement and the narrative of a miss.
    const QDate month(plant.asOf.year(), plant.asOf.month(), 1);
    PLANT(statement,
          Findings::setStatement(db, month,
                                 f.open(QStringLiteral("STATEMENT"), QStringLiteral("report"))),
          "the statement");
    PLANT(evaluation, Evaluation::month(db, month), "the month's evaluation");
    if (!evaluation.value().misses().isEmpty()) {
        PLANT(narrative,
              Findings::setNarrative(
                  db, month, evaluation.value().misses().first().serviceLevelId,
                  { f.open(QStringLiteral("NARRATIVE"), QStringLiteral("report")), false }),
              "a narrative");
    }
    return plant;
}

} // namespace csc::test
