// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: response events on the steps that wait for someone (met / late / unanswered, the
// next step without the document after a silent due date), the hand-overs complaint -> problem
// -> appeal with the panel's finding returning to the origin, urgent review's consent gate.
#include "CaseTestHelpers.h"
#include "TestSupport.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/UrgentReviews.h"
#include "core/export/ProcessPublicTexts.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// A case of `process` at the step that waits, entered on `entered`, and that step's key.
struct Waiting
{
    qint64 id = 0;
    QString step;
    QString next; // the next step, whose move needs the response as its document
};

Waiting waitingCase(Database& db, CaseProcess process, QDate entered)
{
    Waiting w;
    if (process == CaseProcess::Complaint) {
        w.id = test::openCase(db, process, QStringLiteral("Silent IFO"), entered.addDays(-7))
                   .valueOr(0);
        // A failed move leaves no case to test (the callers check the id).
        if (!CaseMoves::move(
                db, test::fullRequest(db, w.id, QStringLiteral("reported"), entered.addDays(-7)))
            || !CaseMoves::move(
                db, test::fullRequest(db, w.id, QStringLiteral("written_response"), entered)))
            w.id = 0;
        w.step = QStringLiteral("written_response");
        w.next = QStringLiteral("mediation");
    } else if (process == CaseProcess::ProblemManagement) {
        w.id = test::openCase(db, process, QStringLiteral("Silent IFO"), entered).valueOr(0);
        w.step = QStringLiteral("reported");
        w.next = QStringLiteral("remedial_action");
    } else {
        w.id = test::openCase(db, process, QStringLiteral("Silent IFO"), entered.addDays(-7))
                   .valueOr(0);
        MoveRequest r = test::fullRequest(db, w.id, QStringLiteral("remedy_period"), entered);
        r.deadlineDays = 20;
        if (!CaseMoves::move(db, r))
            w.id = 0;
        w.step = QStringLiteral("remedy_period");
        w.next = QStringLiteral("remedied");
    }
    return w;
}

DeadlineStatus statusOf(Database& db, qint64 id, QDate today)
{
    return CaseDeadlines::status(CommitteeSettings::businessCalendar(db),
                                 CaseRepository::summary(db, id).value(), today, 2);
}

} // namespace

class TestCaseResponses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString responseFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("response.txt"));
        test::writeFile(path, "The IFO's response");
        return path;
    }

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<int>("process");
        QTest::newRow("complaint") << int(CaseProcess::Complaint);
        QTest::newRow("problem") << int(CaseProcess::ProblemManagement);
        QTest::newRow("appeal") << int(CaseProcess::AppealsPanel);
    }

    void responses()
    {
        QFETCH(int, process);
        const CaseProcess p = CaseProcess(process);
        const QDate entered(2025, 11, 3);
        auto db = test::inMemoryOrFail();

        // On time: the badge says met, and the overdue case no longer looks overdue.
        const Waiting onTime = waitingCase(*db, p, entered);
        QVERIFY(onTime.id);
        const QDate due = CaseRepository::summary(*db, onTime.id).value().dueDate;
        QVERIFY(due.isValid());
        QCOMPARE(statusOf(*db, onTime.id, due.addDays(20)).state, DeadlineState::Overdue);
        QVERIFY(CaseResponses::recordReceived(*db, onTime.id, due, responseFile()));
        QCOMPARE(statusOf(*db, onTime.id, due.addDays(20)).state, DeadlineState::Met);
        QCOMPARE(CaseDeadlines::badge(statusOf(*db, onTime.id, due.addDays(20))),
                 QStringLiteral("Met"));
        // Recorded once: never changed afterwards.
        QVERIFY(!CaseResponses::recordNone(*db, onTime.id, due.addDays(20)));
        // The next step takes the response's document: no second attachment.
        MoveRequest next;
        next.caseId = onTime.id;
        next.toStep = onTime.next;
        next.reason = QStringLiteral("Facilitation failed");
        next.deadlineDays = 10;
        next.effectiveDate = due.addDays(1);
        QVERIFY(CaseMoves::move(*db, next));

        // Late: received after the due date.
        const Waiting late = waitingCase(*db, p, entered);
        QVERIFY(late.id);
        QVERIFY(CaseResponses::recordReceived(*db, late.id, due.addDays(6), responseFile()));
        const DeadlineStatus lateStatus = statusOf(*db, late.id, due.addDays(20));
        QCOMPARE(lateStatus.state, DeadlineState::Late);
        QVERIFY2(CaseDeadlines::badge(lateStatus).startsWith(QStringLiteral("Late by ")),
                 qPrintable(CaseDeadlines::badge(lateStatus)));

        // None: refused before the due date; afterwards unanswered, and the next step is
        // allowed without a document, recorded as "no response by <date>".
        const Waiting silent = waitingCase(*db, p, entered);
        QVERIFY(silent.id);
        MoveRequest early;
        early.caseId = silent.id;
        early.toStep = silent.next;
        early.reason = QStringLiteral("Nothing came");
        early.deadlineDays = 10;
        early.effectiveDate = due;
        QVERIFY(!CaseMoves::move(*db, early)); // before the due date the document is needed
        QVERIFY(!CaseResponses::recordNone(*db, silent.id, due));
        QVERIFY(CaseResponses::recordNone(*db, silent.id, due.addDays(1)));
        QCOMPARE(statusOf(*db, silent.id, due.addDays(20)).state, DeadlineState::Unanswered);
        early.effectiveDate = due.addDays(1);
        auto moved = CaseMoves::move(*db, early);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
        const CaseDetail d = CaseRepository::detail(*db, silent.id).value();
        QVERIFY(d.moves.last().reason.startsWith(
            QStringLiteral("no response by %1").arg(due.toString(Qt::ISODate))));
        QCOMPARE(d.moves.last().documentId, 0);
        QCOMPARE(d.responses.size(), 1);
        QVERIFY(!d.responses.first().received);
    }

    void aSilentDueDateAllowsTheNextStepDirectly()
    {
        // Without recording "none" first: the move after the due date records it itself.
        auto db = test::inMemoryOrFail();
        const Waiting w = waitingCase(*db, CaseProcess::Complaint, QDate(2025, 11, 3));
        const QDate due = CaseRepository::summary(*db, w.id).value().dueDate;
        MoveRequest r;
        r.caseId = w.id;
        r.toStep = w.next;
        r.effectiveDate = due.addDays(3);
        QVERIFY(CaseMoves::move(*db, r));
        const CaseDetail d = CaseRepository::detail(*db, w.id).value();
        QCOMPARE(d.responses.size(), 1);
        QVERIFY(!d.responses.first().received);
        QCOMPARE(d.moves.last().reason,
                 QStringLiteral("no response by %1").arg(due.toString(Qt::ISODate)));
    }

    void anObserverGetsNoResponseOfAConfidentialCase()
    {
        // The responses of a case were read without the role's visibility: an observer asking
        // by id got the IFO's response (its note and document name) to a confidential case.
        auto db = test::inMemoryOrFail();
        const Waiting w = waitingCase(*db, CaseProcess::Complaint, QDate(2025, 11, 3));
        QVERIFY(w.id != 0);
        const QDate due = CaseRepository::summary(*db, w.id).value().dueDate;
        QVERIFY(CaseResponses::recordReceived(*db, w.id, due, responseFile(), 0,
                                              QStringLiteral("CONFIDENTIALRESPONSENOTE")));
        QCOMPARE(CaseResponses::ofCase(*db, w.id).value().size(), 1);
        const UserSession secretariat = db->session();
        db->setSession({ QStringLiteral("Observer"), Role::Observer, 0 });
        auto seen = CaseResponses::ofCase(*db, w.id);
        QVERIFY(seen);
        QVERIFY(seen.value().isEmpty());
        QVERIFY(!CaseRepository::summary(*db, w.id));
        db->setSession(secretariat);
    }

    void complaintToProblemToAppealAndBack()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(execute(*db,
                        QStringLiteral("INSERT INTO service_level(id, category, metric) VALUES "
                                       "(7, 'I', 'Technical check results')")));
        auto complaint = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Checks"),
                                        QDate(2025, 6, 2), 7);
        QVERIFY(complaint);
        QVERIFY(test::walkTo(*db, complaint.value(), ProcessDefinition::of(CaseProcess::Complaint),
                             QStringLiteral("systemic_review")));
        // Only from step 6.
        auto pm = CaseHandOver::openProblemManagement(*db, complaint.value(), {});
        QVERIFY2(pm, pm ? "" : qPrintable(pm.error().message));
        const CaseSummary problem = CaseRepository::summary(*db, pm.value()).value();
        QCOMPARE(problem.process, CaseProcess::ProblemManagement);
        QCOMPARE(problem.serviceLevelId, qint64(7));
        QCOMPARE(problem.complainant, QStringLiteral("Northgate Registry"));
        const CaseDetail complaintDetail = CaseRepository::detail(*db, complaint.value()).value();
        QCOMPARE(complaintDetail.links.size(), 1); // both ways: the complaint shows what it led to
        QCOMPARE(complaintDetail.links.first().caseId, pm.value());
        QVERIFY(!complaintDetail.links.first().outgoing);

        // Problem Management to its binding panel; an appeal case only from the appeal step.
        QVERIFY(!CaseHandOver::openAppealsPanel(*db, pm.value(), {}));
        QVERIFY(test::walkTo(*db, pm.value(), ProcessDefinition::of(CaseProcess::ProblemManagement),
                             QStringLiteral("appeal")));
        auto appeal = CaseHandOver::openAppealsPanel(*db, pm.value(), {});
        QVERIFY(appeal);
        QVERIFY(!CaseHandOver::openAppealsPanel(*db, pm.value(), {})); // one under way
        QCOMPARE(CaseHandOver::originOf(*db, appeal.value()).value(), pm.value());

        // The remediable finding moves both cases; the remedy deadline (calendar days) is on the
        // origin.
        FindingRequest f;
        f.appealCaseId = appeal.value();
        f.finding = PanelFinding::Remediable;
        f.remedyDays = 30;
        f.decidedOn = QDate::currentDate(); // the cases were walked to their steps today
        f.publicText = QStringLiteral("The panel found a breach capable of remedy.");
        const QString doc = m_dir.filePath(QStringLiteral("finding.txt"));
        test::writeFile(doc, "Panel finding");
        f.documentPath = doc;
        FindingRequest noText = f;
        noText.publicText.clear();
        QVERIFY(!CaseHandOver::recordFinding(*db, noText));
        QVERIFY(CaseHandOver::recordFinding(*db, f));
        const CaseSummary origin = CaseRepository::summary(*db, pm.value()).value();
        QCOMPARE(origin.step, QStringLiteral("remedy_period"));
        QCOMPARE(origin.dueDate, QDate::currentDate().addDays(30)); // calendar days
        QCOMPARE(CaseRepository::summary(*db, appeal.value()).value().step,
                 QStringLiteral("remedy_period"));

        // The public text: published separately, never the confidential title or operator.
        QVERIFY(!ProcessPublicTexts::publishedAppealFinding(*db, appeal.value()));
        QVERIFY(CaseHandOver::publishFinding(*db, appeal.value()));
        auto text = ProcessPublicTexts::publishedAppealFinding(*db, appeal.value());
        QVERIFY(text);
        QVERIFY(text.value().html().contains(QStringLiteral("breach capable of remedy")));
        QVERIFY(text.value().markdown().contains(QStringLiteral("30 days")));
        QVERIFY(!text.value().html().contains(QStringLiteral("Northgate")));
        QVERIFY(!text.value().html().contains(QStringLiteral("Checks")));
    }

    void noBreachResolvesTheComplaint()
    {
        auto db = test::inMemoryOrFail();
        auto complaint = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Checks"),
                                        QDate(2025, 6, 2));
        QVERIFY(test::walkTo(*db, complaint.value(), ProcessDefinition::of(CaseProcess::Complaint),
                             QStringLiteral("appeal")));
        auto appeal = CaseHandOver::openAppealsPanel(*db, complaint.value(), {});
        QVERIFY(appeal);
        FindingRequest f;
        f.appealCaseId = appeal.value();
        f.finding = PanelFinding::NoBreach;
        f.decidedOn = QDate::currentDate();
        f.publicText = QStringLiteral("No breach.");
        const QString doc = m_dir.filePath(QStringLiteral("nobreach.txt"));
        test::writeFile(doc, "No breach");
        f.documentPath = doc;
        QVERIFY(CaseHandOver::recordFinding(*db, f));
        const CaseSummary origin = CaseRepository::summary(*db, complaint.value()).value();
        QCOMPARE(origin.step, QStringLiteral("resolved"));
        QVERIFY(!origin.isOpen());
    }

    void urgentReviewNeedsBothCustomersConsent()
    {
        auto db = test::inMemoryOrFail();
        UrgentReview r;
        r.title = QStringLiteral("Root zone publication stalled for 3 days");
        QVERIFY(!UrgentReviews::open(*db, r)); // no evidence
        r.evidence = QStringLiteral("Publication delayed 72 h on 2025-11-10; IFO incident report.");
        auto id = UrgentReviews::open(*db, r);
        QVERIFY(id);
        auto refused
            = UrgentReviews::openFurtherEscalation(*db, id.value(), QStringLiteral("Irremediable"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("ccTLD customers")));
        const QString doc = m_dir.filePath(QStringLiteral("consent.txt"));
        test::writeFile(doc, "ccNSO Council resolution");
        CustomerConsent c;
        c.customers = TldKind::Cctld;
        c.givenBy = QStringLiteral("ccNSO Council");
        c.means = QStringLiteral("Council resolution");
        c.givenOn = QDate(2025, 11, 20);
        QVERIFY(!UrgentReviews::recordConsent(*db, id.value(), c)); // no evidence
        c.documentPath = doc;
        QVERIFY(UrgentReviews::recordConsent(*db, id.value(), c));
        refused
            = UrgentReviews::openFurtherEscalation(*db, id.value(), QStringLiteral("Irremediable"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("gTLD customers")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("ccTLD customers")));
        c.customers = TldKind::Gtld;
        c.givenBy = QStringLiteral("Registries Stakeholder Group");
        QVERIFY(UrgentReviews::recordConsent(*db, id.value(), c));
        QVERIFY(
            UrgentReviews::openFurtherEscalation(*db, id.value(), QStringLiteral("Irremediable")));
        QCOMPARE(UrgentReviews::get(*db, id.value()).value().state,
                 QStringLiteral("further_escalation"));
    }
};

// A GUI application: the Markdown of a public text goes through QTextDocument (fonts).
QTEST_MAIN(TestCaseResponses)
#include "tst_caseresponses.moc"
