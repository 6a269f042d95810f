// SPDX-License-Identifier: GPL-3.0-or-later
// The Meetings page shows what core says may be done (issue 15 item 6): the minutes buttons follow
// MinutesActions, the decisions buttons follow DecisionRules; and it records the e-mail decision
// that ratifies a decision of a meeting that was not quorate or approves circulated minutes
// (issue 12 item 9), answered through the UserPrompts seam.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/meetings/DecisionRules.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesActions.h"
#include "core/meetings/MinutesBook.h"
#include "ui/AppContext.h"
#include "ui/meetings/DecisionModel.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/meetings/MinutesReviewPanel.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/UserPrompts.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>

using namespace csc;

class TestDecisionsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    QUndoGroup m_group;
    test::Roster m_roster;
    qint64 m_meeting = 0;
    qint64 m_atMeeting = 0;
    qint64 m_email = 0;

    QString cell(MeetingsPage& page, int column)
    {
        const QAbstractItemModel* model = page.decisionsView()->model();
        return model->index(0, column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        UserPrompts::setHeadless(true);
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Sam"), Role::Secretariat, 0 });
        m_roster = test::addRoster(*m_db);
        m_meeting = test::addMeeting(*m_db, QDate(2026, 11, 19));
        for (int i = 0; i < 3; ++i) // one appointed member missing: not quorate
            QVERIFY(Meetings::setAttendance(*m_db, m_meeting, m_roster.voting.at(i),
                                            AttendanceStatus::Present));
        Decision d;
        d.meetingId = m_meeting;
        d.decidedOn = QDate(2026, 11, 19);
        d.text = QStringLiteral("Adopt the work plan");
        d.votes
            = DecisionRules::defaultVotes(false, Meetings::attendance(*m_db, m_meeting).value());
        m_atMeeting = Decisions::add(*m_db, d).value();
        Decision mail;
        mail.byEmail = true;
        mail.decidedOn = QDate(2026, 11, 24);
        mail.text = QStringLiteral("Ratify the work plan; approve the minutes of 19 November");
        for (qint64 id : m_roster.voting)
            mail.votes.append({ id, {}, VoteChoice::For });
        m_email = Decisions::add(*m_db, mail).value();
        QVERIFY(MinutesBook::generateDraft(*m_db, m_meeting));
    }

    void ratificationIsShownAndRecorded()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 26));
        page.selectMeeting(m_meeting);
        page.decisionsView()->setCurrentIndex(page.decisionsView()->model()->index(0, 0));
        QPushButton* mark = page.markRatifyButton();
        QPushButton* ratify = page.ratifyButton();
        QCOMPARE(cell(page, DecisionModel::Ratification),
                 QStringLiteral("Not marked for ratification by e-mail."));
        QVERIFY(mark->isEnabled());
        QVERIFY(!ratify->isEnabled());
        QCOMPARE(ActionGate::reason(ratify),
                 QStringLiteral("Mark the decision to be ratified by e-mail first."));

        mark->click();
        QVERIFY(Decisions::decision(*m_db, m_atMeeting).value().ratifyByEmail);
        QCOMPARE(cell(page, DecisionModel::Ratification),
                 QStringLiteral("To be ratified by e-mail: not yet ratified."));
        QVERIFY(!mark->isEnabled());
        QVERIFY(ratify->isEnabled());

        // The user picks the carried e-mail decision (the seam answers the item dialog).
        UserPrompts::setNextText(DecisionRules::label(Decisions::decision(*m_db, m_email).value()));
        ratify->click();
        QCOMPARE(Decisions::decision(*m_db, m_atMeeting).value().ratifiedByDecisionId, m_email);
        QVERIFY2(cell(page, DecisionModel::Ratification)
                     .startsWith(QStringLiteral("Ratified by an e-mail decision")),
                 qPrintable(cell(page, DecisionModel::Ratification)));
        QVERIFY(!ratify->isEnabled());
        QCOMPARE(ActionGate::reason(ratify), QStringLiteral("The decision was ratified already."));
        // Set CSC_SHOTS_DIR to keep the picture a reviewer looks at.
        if (const QString dir = qEnvironmentVariable("CSC_SHOTS_DIR"); !dir.isEmpty()) {
            page.resize(1500, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            if (auto* tabs = page.findChild<QTabWidget*>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Decisions"))
                        tabs->setCurrentIndex(i);
                }
            }
            page.grab().save(dir + QStringLiteral("/decisions-ratified.png"));
        }

        // A member sees the buttons disabled with the role they need.
        m_db->setSession({ QStringLiteral("Ben"), Role::Member, m_roster.voting.at(1) });
        page.reload();
        page.decisionsView()->setCurrentIndex(page.decisionsView()->model()->index(0, 0));
        QVERIFY(!mark->isEnabled());
        QVERIFY2(ActionGate::reason(mark).contains(QStringLiteral("Secretariat")),
                 qPrintable(ActionGate::reason(mark)));
    }

    void theMinutesButtonsFollowCore()
    {
        QVERIFY(MinutesBook::advance(*m_db, m_meeting, MinutesState::Circulated));
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 26));
        page.selectMeeting(m_meeting);
        QPushButton* email
            = page.reviewPanel()->findChild<QPushButton*>(QStringLiteral("minutesEmailDecision"));
        QVERIFY(email);
        QVERIFY(email->isEnabled());
        // As the chair: Approve waits for the approvals core counts, and says so.
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        page.minutesEditor()->refresh();
        QPushButton* approve = page.minutesEditor()->approveButton();
        QVERIFY(!approve->isEnabled());
        MinutesSituation s;
        s.meetingId = m_meeting;
        s.minutes = MinutesBook::minutes(*m_db, m_meeting).value();
        s.approvals = MinutesReview::approvals(*m_db, m_meeting).value();
        QCOMPARE(ActionGate::reason(approve),
                 MinutesActions::of(m_db->session(), s, MinutesAction::Approve).reason);

        // The secretariat records the e-mail decision that approved them (through the seam).
        m_db->setSession({ QStringLiteral("Sam"), Role::Secretariat, 0 });
        page.reload();
        QVERIFY(email->isEnabled());
        UserPrompts::setNextText(DecisionRules::label(Decisions::decision(*m_db, m_email).value()));
        email->click();
        QCOMPARE(MinutesReview::approvals(*m_db, m_meeting).value().decisionId, m_email);
        QVERIFY(!email->isEnabled()); // once
        QVERIFY(ActionGate::reason(email).contains(QStringLiteral("recorded already")));
        // Now the chair may approve: the button follows.
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        page.minutesEditor()->refresh();
        QVERIFY2(approve->isEnabled(), qPrintable(ActionGate::reason(approve)));
        QVERIFY(UserPrompts::takeShownMessages().join(QString()).isEmpty());
    }
};

QTEST_MAIN(TestDecisionsGui)
#include "tst_decisionsgui.moc"
