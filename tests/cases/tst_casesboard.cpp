// SPDX-License-Identifier: GPL-3.0-or-later
// The Cases section offscreen: drops on legal and illegal columns, the move dialog,
// undo and redo of a move, search reaching into comments, and the models under test.
#include "CaseTestHelpers.h"
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/cases/CaseResponses.h"
#include "core/duties/IfoComplaints.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"
#include "ui/cases/BoardColumnView.h"
#include "ui/cases/CaseBoard.h"
#include "ui/cases/CaseCardDelegate.h"
#include "ui/cases/CaseDetailPane.h"
#include "ui/cases/CaseFilterProxy.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/CaseStepActions.h"
#include "ui/cases/CasesPage.h"
#include "ui/cases/MoveDialog.h"
#include "ui/cases/PatternTableModel.h"
#include "ui/cases/PatternsView.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMap>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace csc;

namespace {

// What Qt delivers to a column when a card is dropped on it.
void dropCase(BoardColumnView* column, qint64 caseId)
{
    QMimeData mime;
    mime.setData(CaseListModel::kMimeType, QByteArray::number(caseId));
    QWidget* viewport = column->viewport();
    const QPoint pos = viewport->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

// Answers the next move dialog as a user would, through the UserPrompts seam (no timer);
// records whether one appeared.
struct DialogAnswer
{
    bool appeared = false;
    bool okWasEnabledBeforeFilling = true;
    QString document;
};

void answerNextMoveDialog(DialogAnswer* answer, const QString& note)
{
    UserPrompts::setNextDialog([answer, note](QDialog& shown) {
        auto* dialog = qobject_cast<MoveDialog*>(&shown);
        if (!dialog)
            return;
        answer->appeared = true;
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        answer->okWasEnabledBeforeFilling = ok->isEnabled();
        dialog->setNote(note);
        if (!answer->document.isEmpty())
            dialog->setDocumentPath(answer->document);
        if (ok->isEnabled())
            dialog->accept();
        else
            dialog->reject();
    });
}

int rowsIn(BoardColumnView* column)
{
    return column->model()->rowCount();
}

// The card of `caseId` in a column, as the view shows it.
QModelIndex cardIndex(BoardColumnView* column, qint64 caseId)
{
    QAbstractItemModel* model = column->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        if (i.data(CaseListModel::CaseIdRole).toLongLong() == caseId)
            return i;
    }
    return {};
}

} // namespace

class TestCasesBoard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CasesPage> m_page;
    qint64 m_raised = 0;
    qint64 m_reported = 0;

    QString stepOf(qint64 caseId) { return CaseRepository::summary(*m_db, caseId).value().step; }
    BoardColumnView* column(const QString& step)
    {
        return m_page->board(CaseProcess::Complaint)->column(step);
    }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        auto a = test::openCase(*m_db, CaseProcess::Complaint, QStringLiteral("Checks fail"),
                                QDate(2026, 1, 5));
        auto b = test::openCase(*m_db, CaseProcess::Complaint, QStringLiteral("Slow lodging"),
                                QDate(2026, 1, 6));
        QVERIFY(a && b);
        m_raised = a.value();
        m_reported = b.value();
        QVERIFY(CaseMoves::move(
            *m_db,
            test::fullRequest(*m_db, m_reported, QStringLiteral("reported"), QDate(2026, 1, 7))));
        QVERIFY(CaseComments::add(*m_db, m_reported,
                                  QStringLiteral("The Ombudsman mentioned a zebra crossing.")));
        m_page = std::make_unique<CasesPage>(AppContext { m_db.get(), nullptr, nullptr });
        m_page->resize(1500, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        UserPrompts::takeShownMessages();
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void boardShowsEveryStepAsAColumn()
    {
        for (CaseProcess p : ProcessDefinition::all()) {
            const ProcessDefinition& def = ProcessDefinition::of(p);
            QCOMPARE(m_page->board(p)->columns().size(), def.steps.size());
        }
        QCOMPARE(rowsIn(column(QStringLiteral("raised"))), 1);
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 1);
    }

    void dropOnALegalColumnAsksAndMoves()
    {
        DialogAnswer answer;
        answerNextMoveDialog(&answer, QStringLiteral("No answer by e-mail or phone"));
        dropCase(column(QStringLiteral("reported")), m_raised);
        QVERIFY(answer.appeared);
        QVERIFY(!answer.okWasEnabledBeforeFilling); // this move needs a note
        QCOMPARE(stepOf(m_raised), QStringLiteral("reported"));
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 2);
        QCOMPARE(rowsIn(column(QStringLiteral("raised"))), 0);
        QCOMPARE(m_page->undoStack()->count(), 1);
        QVERIFY(m_page->noticeText().isEmpty());
        const CaseDetail d = CaseRepository::detail(*m_db, m_raised).value();
        QCOMPARE(d.moves.last().reason, QStringLiteral("No answer by e-mail or phone"));
    }

    void dropOnAnIllegalColumnIsRefusedWithTheReason()
    {
        DialogAnswer answer;
        answerNextMoveDialog(&answer, QStringLiteral("should never be asked"));
        dropCase(column(QStringLiteral("mediation")), m_reported);
        QVERIFY(!answer.appeared);
        QCOMPARE(stepOf(m_reported), QStringLiteral("reported"));
        QCOMPARE(m_page->undoStack()->count(), 0);
        const QString notice = m_page->noticeText();
        QVERIFY2(notice.contains(QStringLiteral("“5 · External mediation”")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("“3 · Ombudsman”")),
                 qPrintable(notice)); // where it can go instead
        QCOMPARE(UserPrompts::discardPendingDialogs(), 1); // the answer was never asked for
    }

    void aMoveNeedingADocumentWaitsForIt()
    {
        QVERIFY(CaseMoves::move(
            *m_db,
            test::fullRequest(*m_db, m_reported, QStringLiteral("ombudsman"), QDate(2026, 1, 8))));
        m_page->reload();
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("ombudsman-report.txt"));
        test::writeFile(report, "The Ombudsman could not resolve the matter.");
        DialogAnswer answer;
        answer.document = report;
        answerNextMoveDialog(&answer, QStringLiteral("Ombudsman could not resolve it"));
        dropCase(column(QStringLiteral("written_response")), m_reported);
        QVERIFY(answer.appeared);
        QCOMPARE(stepOf(m_reported), QStringLiteral("written_response"));
        const CaseDetail d = CaseRepository::detail(*m_db, m_reported).value();
        QCOMPARE(d.documents.last().name, QStringLiteral("ombudsman-report.txt"));
        QVERIFY(d.summary.dueDate.isValid());
        QVERIFY(m_page->detailPane()->shownText().contains(QStringLiteral("ombudsman-report.txt")));
    }

    void theBoardShowsMetLateAndUnansweredResponses()
    {
        // Three complaints waiting for the IFO's written response, requested on 2026-01-07
        // (due 2026-01-21): answered on time, late, and not at all.
        QMap<QString, qint64> byBadge;
        for (const QString& badge :
             { QStringLiteral("Met"), QStringLiteral("Late"), QStringLiteral("Unanswered") }) {
            auto id = test::openCase(*m_db, CaseProcess::Complaint, badge, QDate(2026, 1, 5));
            QVERIFY(id);
            QVERIFY(CaseMoves::move(*m_db,
                                    test::fullRequest(*m_db, id.value(), QStringLiteral("reported"),
                                                      QDate(2026, 1, 6))));
            QVERIFY(CaseMoves::move(*m_db,
                                    test::fullRequest(*m_db, id.value(),
                                                      QStringLiteral("written_response"),
                                                      QDate(2026, 1, 7))));
            byBadge.insert(badge, id.value());
        }
        const qint64 doc
            = test::fullRequest(*m_db, byBadge.value(QStringLiteral("Met")), QStringLiteral("x"))
                  .documentId;
        QVERIFY(CaseResponses::recordReceived(*m_db, byBadge.value(QStringLiteral("Met")),
                                              QDate(2026, 1, 20), {}, doc));
        const qint64 lateDoc
            = test::fullRequest(*m_db, byBadge.value(QStringLiteral("Late")), QStringLiteral("x"))
                  .documentId;
        QVERIFY(CaseResponses::recordReceived(*m_db, byBadge.value(QStringLiteral("Late")),
                                              QDate(2026, 1, 27), {}, lateDoc));
        QVERIFY(CaseResponses::recordNone(*m_db, byBadge.value(QStringLiteral("Unanswered")),
                                          QDate(2026, 1, 22)));
        m_page->reload();
        for (auto it = byBadge.cbegin(); it != byBadge.cend(); ++it) {
            const QModelIndex card
                = cardIndex(column(QStringLiteral("written_response")), it.value());
            QVERIFY(card.isValid());
            QCOMPARE(CaseCardDelegate::badgeText(
                         card.data(CaseListModel::DeadlineStateRole).toInt(), {}),
                     it.key());
            m_page->detailPane()->showCase(it.value());
            QVERIFY2(m_page->detailPane()->shownText().contains(it.key()),
                     qPrintable(m_page->detailPane()->shownText()));
        }
        m_page->detailPane()->showCase(byBadge.value(QStringLiteral("Late")));
        QVERIFY(
            m_page->detailPane()->shownText().contains(QStringLiteral("Late by 4 working days")));
        // For looking at it: CSC_SCREENSHOT_DIR=dir writes the board with the late case shown.
        if (const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_page->resize(1500, 900);
            m_page->show(); // the column views lay their cards out once shown
            QTest::qWait(200);
            m_page->grab().save(dir + QStringLiteral("/board-responses.png"));
            m_page->detailPane()->showCase(byBadge.value(QStringLiteral("Unanswered")));
            m_page->grab().save(dir + QStringLiteral("/board-unanswered.png"));
            m_page->hide();
        }

        // The unanswered one moves on without a document; the dialog does not ask for one.
        DialogAnswer answer;
        answerNextMoveDialog(&answer, QStringLiteral("Facilitation failed"));
        dropCase(column(QStringLiteral("mediation")), byBadge.value(QStringLiteral("Unanswered")));
        QVERIFY(answer.appeared);
        QCOMPARE(stepOf(byBadge.value(QStringLiteral("Unanswered"))), QStringLiteral("mediation"));
        const CaseDetail d
            = CaseRepository::detail(*m_db, byBadge.value(QStringLiteral("Unanswered"))).value();
        QVERIFY(d.moves.last().reason.startsWith(QStringLiteral("no response by 2026-01-21")));
    }

    void undoAndRedoAMove()
    {
        DialogAnswer answer;
        answerNextMoveDialog(&answer, QStringLiteral("Going to the Ombudsman"));
        dropCase(column(QStringLiteral("ombudsman")), m_reported);
        QVERIFY(answer.appeared);
        QCOMPARE(stepOf(m_reported), QStringLiteral("ombudsman"));

        m_page->undoStack()->undo();
        QCOMPARE(stepOf(m_reported), QStringLiteral("reported"));
        QCOMPARE(rowsIn(column(QStringLiteral("ombudsman"))), 0);
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 1);
        auto audit
            = AuditLog::entries(*m_db, QStringLiteral("case"), QString::number(m_reported)).value();
        QCOMPARE(audit.last().action, QStringLiteral("undo"));

        m_page->undoStack()->redo();
        QCOMPARE(stepOf(m_reported), QStringLiteral("ombudsman"));
        QCOMPARE(rowsIn(column(QStringLiteral("ombudsman"))), 1);
        audit
            = AuditLog::entries(*m_db, QStringLiteral("case"), QString::number(m_reported)).value();
        QCOMPARE(audit.last().action, QStringLiteral("move"));
        // The timeline keeps all three: the move, its undo, the move again.
        const CaseDetail d = CaseRepository::detail(*m_db, m_reported).value();
        QCOMPARE(d.moves.size(), 5);
        QVERIFY(d.moves.at(2).undoneByMoveId != 0);
    }

    // Issue 12: "Record response…" on the detail pane asks what came back and records it through
    // core; the board's badge follows. The answers come through the UserPrompts seam.
    void recordResponseActionRecordsWhatCameBack()
    {
        QVERIFY(
            CaseMoves::move(*m_db,
                            test::fullRequest(*m_db, m_reported, QStringLiteral("written_response"),
                                              QDate(2026, 1, 7)))); // due 2026-01-21
        m_page->reload();
        m_page->detailPane()->showCase(m_reported);
        auto* respond
            = m_page->detailPane()->findChild<QPushButton*>(QStringLiteral("recordResponse"));
        QVERIFY(respond);
        const QString received = CaseStepActions::tr("Response received from the %1…")
                                     .arg(ProcessDefinition::of(CaseProcess::Complaint)
                                              .step(QStringLiteral("written_response"))
                                              ->awaits);

        // Cancelled (nothing queued): nothing is recorded.
        respond->click();
        QCOMPARE(CaseResponses::ofCase(*m_db, m_reported).value().size(), 0);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ifo-response.txt"));
        test::writeFile(file, "The IFO's written response.\n");
        UserPrompts::setNextText(received);
        UserPrompts::setNextText(QStringLiteral("2026-01-27"));
        UserPrompts::setNextFileName(file);
        respond->click();
        QCOMPARE(UserPrompts::takeShownMessages(), QStringList());
        const QModelIndex card = cardIndex(column(QStringLiteral("written_response")), m_reported);
        QVERIFY(card.isValid());
        QCOMPARE(
            CaseCardDelegate::badgeText(card.data(CaseListModel::DeadlineStateRole).toInt(), {}),
            QStringLiteral("Late"));
        QVERIFY2(
            m_page->detailPane()->shownText().contains(QStringLiteral("Late by 4 working days")),
            qPrintable(m_page->detailPane()->shownText()));
        QVERIFY(m_page->detailPane()->shownText().contains(QStringLiteral("ifo-response.txt")));

        // The other answer, on another case: no response by the due date, no document asked.
        QVERIFY(CaseMoves::move(
            *m_db,
            test::fullRequest(*m_db, m_raised, QStringLiteral("reported"), QDate(2026, 1, 6))));
        QVERIFY(
            CaseMoves::move(*m_db,
                            test::fullRequest(*m_db, m_raised, QStringLiteral("written_response"),
                                              QDate(2026, 1, 7))));
        m_page->reload();
        m_page->detailPane()->showCase(m_raised);
        UserPrompts::setNextText(CaseStepActions::tr("No response by the due date"));
        respond->click();
        const QModelIndex none = cardIndex(column(QStringLiteral("written_response")), m_raised);
        QCOMPARE(
            CaseCardDelegate::badgeText(none.data(CaseListModel::DeadlineStateRole).toInt(), {}),
            QStringLiteral("Unanswered"));
    }

    // Issue 12: "Hand over…" from complaint step 6 opens the linked Problem Management case and
    // shows it, with the link both ways.
    void handOverActionOpensTheLinkedProblemCase()
    {
        QVERIFY(test::walkTo(*m_db, m_raised, ProcessDefinition::of(CaseProcess::Complaint),
                             QStringLiteral("systemic_review")));
        m_page->reload();
        m_page->detailPane()->showCase(m_raised);
        auto* handOver = m_page->detailPane()->findChild<QPushButton*>(QStringLiteral("handOver"));
        QVERIFY(handOver);
        const int before = int(CaseRepository::list(*m_db).value().size());
        handOver->click(); // cancelled: nothing opened
        QCOMPARE(int(CaseRepository::list(*m_db).value().size()), before);

        UserPrompts::setNextText(QStringLiteral("Mediation showed a systemic failure"));
        handOver->click();
        QCOMPARE(UserPrompts::takeShownMessages(), QStringList());
        QCOMPARE(int(CaseRepository::list(*m_db).value().size()), before + 1);
        const qint64 problem = m_page->detailPane()->caseId();
        QVERIFY(problem != m_raised);
        const CaseDetail d = CaseRepository::detail(*m_db, problem).value();
        QCOMPARE(d.summary.process, CaseProcess::ProblemManagement);
        QVERIFY(std::any_of(d.links.cbegin(), d.links.cend(),
                            [&](const CaseLinkRef& l) { return l.caseId == m_raised; }));
        const QString origin = CaseRepository::summary(*m_db, m_raised).value().reference;
        QVERIFY2(m_page->detailPane()->shownText().contains(origin),
                 qPrintable(m_page->detailPane()->shownText()));
    }

    void searchReachesIntoComments()
    {
        m_page->setSearchText(QStringLiteral("zebra"));
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 1);
        QCOMPARE(rowsIn(column(QStringLiteral("raised"))), 0);
        m_page->setSearchText(QStringLiteral("checks"));
        QCOMPARE(rowsIn(column(QStringLiteral("raised"))), 1);
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 0);
        m_page->setSearchText(QString());
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 1);
    }

    void typingFiltersAtOnceAndCommentsFollow()
    {
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("caseSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("checks"));
        // Each keystroke re-filters the board itself, before the full-text pause.
        QCOMPARE(rowsIn(column(QStringLiteral("raised"))), 1);
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 0);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zebra"));
        // Only a comment says "zebra": that hit comes with the full-text search after the pause.
        QCOMPARE(rowsIn(column(QStringLiteral("reported"))), 0);
        QTRY_COMPARE(rowsIn(column(QStringLiteral("reported"))), 1);
        m_page->setSearchText(QString());
    }

    void modelsPassTheTester()
    {
        CaseListModel model;
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCases(CaseRepository::list(*m_db).value(), BusinessCalendar(), QDate(2026, 2, 1),
                       2);
        QCOMPARE(model.rowCount(), 2);
        CaseFilterProxy proxy;
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        BoardCriteria criteria;
        criteria.text = QStringLiteral("lodging");
        proxy.setCriteria(criteria);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStep(QStringLiteral("raised"));
        QCOMPARE(proxy.rowCount(), 0);
        PatternTableModel patterns;
        QAbstractItemModelTester t3(&patterns,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        patterns.setSeries(
            { PatternSeries { QStringLiteral("1"), QStringLiteral("I · checks"), { 0, 3, 1 }, 4 } },
            QDate(2026, 1, 1), 3);
        QCOMPARE(patterns.columnCount(), 5);
        QCOMPARE(patterns.index(0, 2).data().toString(), QStringLiteral("3"));
    }

    void patternsViewOffersTheProblemCase()
    {
        QVERIFY(execute(*m_db,
                        QStringLiteral("INSERT INTO service_level(category, metric) VALUES ('I', "
                                       "'Technical check results')")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::openCase(*m_db, CaseProcess::Complaint, QStringLiteral("Check %1").arg(i),
                                   QDate::currentDate().addDays(-i), 1));
        m_page->reload();
        QCOMPARE(m_page->patternsView()->suggestions().size(), 1);
        auto* open = m_page->patternsView()->findChild<QPushButton*>(QStringLiteral("openProblem"));
        QVERIFY(open);
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        open->click();
        QCOMPARE(
            queryScalar(
                *m_db, QStringLiteral("SELECT count(*) FROM case_record WHERE process = 'problem'"))
                .value()
                .toInt(),
            1);
        QVERIFY(m_page->patternsView()->suggestions().isEmpty());
    }

    // Issue 12 / domain.md §7: the IFO's summaries of escalated complaints feed the patterns.
    void patternsViewCountsTheIfosEscalatedComplaints()
    {
        QVERIFY(
            m_page->patternsView()->ifoEscalatedText().contains(QStringLiteral("no escalated")));
        const QDate today = QDate::currentDate();
        IfoComplaintSummary summary;
        summary.periodFrom = QDate(today.year(), today.month(), 1);
        summary.periodTo = today;
        summary.receivedOn = today;
        summary.counts
            = { { QStringLiteral("timeliness"), 4 }, { QStringLiteral("communication"), 2 } };
        QVERIFY(IfoComplaints::addSummary(*m_db, summary));
        m_page->reload();
        const QString text = m_page->patternsView()->ifoEscalatedText();
        QVERIFY2(text.contains(QStringLiteral("6 escalated complaint")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": 4")), qPrintable(text));
    }
};

QTEST_MAIN(TestCasesBoard)
#include "tst_casesboard.moc"
