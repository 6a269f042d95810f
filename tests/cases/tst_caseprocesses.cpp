// SPDX-License-Identifier: GPL-3.0-or-later
// The four processes as state machines: every legal move, and a representative
// set of illegal ones refused with a reason and without changing the case.
#include "CaseTestHelpers.h"
#include "TestSupport.h"

#include <QSet>
#include <QTest>

using namespace csc;

namespace {

using MoveSet = QSet<QString>;

QString arrow(const QString& from, const QString& to)
{
    return from + QLatin1String("->") + to;
}

// Written from domain.md §3, independently of the definitions in core.
MoveSet expectedMoves(CaseProcess process)
{
    QStringList list;
    switch (process) {
    case CaseProcess::Complaint:
        list = {
            QStringLiteral("raised->reported"), QStringLiteral("reported->ombudsman"),
            QStringLiteral("reported->written_response"),
            QStringLiteral("ombudsman->written_response"), QStringLiteral("ombudsman->redirected"),
            QStringLiteral("written_response->mediation"),
            QStringLiteral("mediation->systemic_review"), QStringLiteral("systemic_review->appeal"),
            // The panel's finding returns from the linked appeal case (issue 12).
            QStringLiteral("appeal->remedy_period"), QStringLiteral("appeal->further_escalation"),
            QStringLiteral("remedy_period->further_escalation")
        };
        for (const char* s :
             { "raised", "reported", "ombudsman", "written_response", "mediation",
               "systemic_review", "appeal", "remedy_period", "further_escalation" }) {
            list << QLatin1String(s) + QLatin1String("->resolved")
                 << QLatin1String(s) + QLatin1String("->withdrawn");
        }
        break;
    case CaseProcess::ProblemManagement:
        list = { QStringLiteral("reported->expert_team"),
                 QStringLiteral("reported->remedial_action"),
                 QStringLiteral("reported->resolved"),
                 QStringLiteral("expert_team->remedial_action"),
                 QStringLiteral("expert_team->resolved"),
                 QStringLiteral("remedial_action->completion_check"),
                 QStringLiteral("completion_check->resolved"),
                 QStringLiteral("completion_check->mediation"),
                 QStringLiteral("mediation->appeal"),
                 QStringLiteral("mediation->resolved"),
                 QStringLiteral("appeal->resolved"),
                 QStringLiteral("remedial_action->councils"),
                 QStringLiteral("completion_check->councils"),
                 QStringLiteral("mediation->councils"),
                 QStringLiteral("appeal->councils"),
                 QStringLiteral("councils->resolved"),
                 QStringLiteral("appeal->remedy_period"),
                 QStringLiteral("appeal->further_escalation"),
                 QStringLiteral("remedy_period->resolved"),
                 QStringLiteral("remedy_period->further_escalation"),
                 QStringLiteral("further_escalation->resolved") };
        for (const char* s :
             { "reported", "expert_team", "remedial_action", "completion_check", "mediation",
               "appeal", "remedy_period", "further_escalation", "councils" })
            list << QLatin1String(s) + QLatin1String("->withdrawn");
        break;
    case CaseProcess::RootZoneEmergency:
        list = { QStringLiteral("logged->recorded") };
        break;
    case CaseProcess::AppealsPanel:
        list = { QStringLiteral("hearing->no_breach"),
                 QStringLiteral("hearing->remedy_period"),
                 QStringLiteral("hearing->further_escalation"),
                 QStringLiteral("hearing->withdrawn"),
                 QStringLiteral("remedy_period->remedied"),
                 QStringLiteral("remedy_period->further_escalation"),
                 QStringLiteral("further_escalation->concluded") };
        break;
    }
    return MoveSet(list.cbegin(), list.cend());
}

} // namespace

class TestCaseProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionsMatchTheSpecification_data()
    {
        QTest::addColumn<int>("process");
        for (CaseProcess p : ProcessDefinition::all())
            QTest::newRow(qPrintable(ProcessDefinition::keyOf(p))) << int(p);
    }

    void definitionsMatchTheSpecification()
    {
        QFETCH(int, process);
        const ProcessDefinition& def = ProcessDefinition::of(CaseProcess(process));
        MoveSet actual;
        for (const MoveDefinition& m : def.moves) {
            actual.insert(arrow(m.from, m.to));
            QVERIFY2(def.step(m.from) && def.step(m.to), qPrintable(arrow(m.from, m.to)));
            QVERIFY2(!def.step(m.from)->isEnd, "no move leaves an end state");
        }
        QCOMPARE(actual, expectedMoves(CaseProcess(process)));
        // Every end state is reachable, every open step can be left.
        for (const StepDefinition& s : def.steps) {
            QVERIFY2(s.isEnd == def.movesFrom(s.key).isEmpty(), qPrintable(s.key));
            QVERIFY2(s.key == def.firstStep() || !test::pathTo(def, s.key).isEmpty(),
                     qPrintable(s.key));
        }
    }

    // Performs every legal move of every process on a real case, in core.
    void everyLegalMoveIsAccepted_data()
    {
        QTest::addColumn<int>("process");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        for (CaseProcess p : ProcessDefinition::all()) {
            for (const MoveDefinition& m : ProcessDefinition::of(p).moves)
                QTest::newRow(qPrintable(ProcessDefinition::keyOf(p) + QLatin1Char(':')
                                         + arrow(m.from, m.to)))
                    << int(p) << m.from << m.to;
        }
    }

    void everyLegalMoveIsAccepted()
    {
        QFETCH(int, process);
        QFETCH(QString, from);
        QFETCH(QString, to);
        auto db = test::inMemoryOrFail();
        const ProcessDefinition& def = ProcessDefinition::of(CaseProcess(process));
        auto id = test::openCase(*db, CaseProcess(process));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        QVERIFY(test::walkTo(*db, id.value(), def, from));
        QCOMPARE(CaseRepository::summary(*db, id.value()).value().step, from);
        auto moved = CaseMoves::move(*db, test::fullRequest(*db, id.value(), to));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().fullText()));
        const CaseSummary after = CaseRepository::summary(*db, id.value()).value();
        QCOMPARE(after.step, to);
        QCOMPARE(after.isOpen(), !def.step(to)->isEnd);
        if (def.step(to)->isEnd)
            QCOMPARE(after.endState, def.step(to)->endState);
    }

    void illegalMovesAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("process");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reasonContains");
        const int complaint = int(CaseProcess::Complaint);
        const int problem = int(CaseProcess::ProblemManagement);
        const int emergency = int(CaseProcess::RootZoneEmergency);
        const int appeal = int(CaseProcess::AppealsPanel);
        QTest::newRow("complaint skips to mediation") << complaint << "raised"
                                                      << "mediation"
                                                      << "can move to";
        QTest::newRow("complaint requests a response before reporting")
            << complaint << "raised"
            << "written_response"
            << "“2 · Reported to the committee”";
        QTest::newRow("complaint goes back") << complaint << "mediation"
                                             << "reported"
                                             << "earlier step";
        QTest::newRow("complaint reopened") << complaint << "resolved"
                                            << "reported"
                                            << "end state";
        QTest::newRow("complaint redirected without Ombudsman") << complaint << "reported"
                                                                << "redirected"
                                                                << "can move to";
        QTest::newRow("complaint to the same step") << complaint << "reported"
                                                    << "reported"
                                                    << "already";
        QTest::newRow("complaint to an unknown step") << complaint << "reported"
                                                      << "councils"
                                                      << "not a step";
        QTest::newRow("problem skips to appeal") << problem << "reported"
                                                 << "appeal"
                                                 << "can move to";
        QTest::newRow("problem escalates before remedial action") << problem << "reported"
                                                                  << "councils"
                                                                  << "can move to";
        QTest::newRow("problem confirms without remedial action") << problem << "reported"
                                                                  << "completion_check"
                                                                  << "can move to";
        QTest::newRow("problem withdrawn then resolved") << problem << "withdrawn"
                                                         << "resolved"
                                                         << "end state";
        QTest::newRow("emergency handled by committee") << emergency << "logged"
                                                        << "logged"
                                                        << "already";
        QTest::newRow("emergency reopened") << emergency << "recorded"
                                            << "logged"
                                            << "end state";
        QTest::newRow("appeal remedied without finding") << appeal << "hearing"
                                                         << "remedied"
                                                         << "can move to";
        QTest::newRow("appeal no breach after remedy") << appeal << "remedy_period"
                                                       << "no_breach"
                                                       << "can move to";
        QTest::newRow("appeal concluded twice") << appeal << "concluded"
                                                << "further_escalation"
                                                << "end state";
    }

    void illegalMovesAreRefusedWithAReason()
    {
        QFETCH(int, process);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reasonContains);
        auto db = test::inMemoryOrFail();
        const ProcessDefinition& def = ProcessDefinition::of(CaseProcess(process));
        QVERIFY(!def.move(from, to));
        auto id = test::openCase(*db, CaseProcess(process));
        QVERIFY(id);
        QVERIFY(test::walkTo(*db, id.value(), def, from));
        const CaseSummary before = CaseRepository::summary(*db, id.value()).value();
        auto moved = CaseMoves::move(*db, test::fullRequest(*db, id.value(), to));
        QVERIFY(!moved);
        QVERIFY2(moved.error().message.contains(reasonContains), qPrintable(moved.error().message));
        const CaseSummary after = CaseRepository::summary(*db, id.value()).value();
        QCOMPARE(after.step, before.step);
        QCOMPARE(after.stepSince, before.stepSince);
    }

    void emergencyRefusalSaysTheCommitteeHasNoRole()
    {
        const ProcessDefinition& def = ProcessDefinition::of(CaseProcess::RootZoneEmergency);
        QVERIFY(!def.committeeActs);
        QVERIFY(def.checkMove(QStringLiteral("logged"), QStringLiteral("recorded")));
        // A step of another process is not a step here.
        QVERIFY(!def.checkMove(QStringLiteral("logged"), QStringLiteral("resolved")));
    }

    void movesNeedWhatTheyNeed()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::ProblemManagement);
        QVERIFY(id);
        MoveRequest r;
        r.caseId = id.value();
        r.toStep = QStringLiteral("remedial_action");
        auto m = CaseMoves::move(*db, r);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QStringLiteral("note")), qPrintable(m.error().message));
        r.reason = QStringLiteral("The response did not address the root cause");
        m = CaseMoves::move(*db, r);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QStringLiteral("IFO's response")),
                 qPrintable(m.error().message));
        r.documentId = CaseDocuments::attachBytes(*db, id.value(), QStringLiteral("response.pdf"),
                                                  QStringLiteral("IFO's response"), "%PDF-1.4")
                           .value();
        m = CaseMoves::move(*db, r);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QStringLiteral("working days")),
                 qPrintable(m.error().message));
        r.deadlineDays = 20;
        m = CaseMoves::move(*db, r);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().fullText()));
    }

    void observersCannotMoveCases()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::Complaint);
        QVERIFY(id);
        db->setSession({ QStringLiteral("Visitor"), Role::Member, 0 });
        auto m
            = CaseMoves::move(*db, test::fullRequest(*db, id.value(), QStringLiteral("reported")));
        QVERIFY(!m);
        QVERIFY(m.error().message.contains(QStringLiteral("Chair")));
    }
};

QTEST_GUILESS_MAIN(TestCaseProcesses)
#include "tst_caseprocesses.moc"
