// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 6: core says what may be done with the minutes and decisions now, with the
// reason when not (MinutesActions, DecisionRules); issue 12, item 9: the e-mail decision that
// approves minutes or ratifies a decision of a meeting that was not quorate, headless too.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/meetings/DecisionRules.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesActions.h"
#include "core/meetings/MinutesBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

UserSession as(Role role)
{
    return { QStringLiteral("Someone"), role, 0 };
}

MinutesSituation situation(MinutesState state, bool exists = true)
{
    MinutesSituation s;
    s.meetingId = 7;
    s.minutes.exists = exists;
    s.minutes.state = state;
    return s;
}

AttendanceEntry entry(qint64 id, bool voting, AttendanceStatus status)
{
    AttendanceEntry e;
    e.memberId = id;
    e.name = QStringLiteral("M%1").arg(id);
    e.voting = voting;
    e.status = status;
    return e;
}

} // namespace

class TestMinutesActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWorkflowFollowsTheStateAndSaysWhy()
    {
        const UserSession secretariat = as(Role::Secretariat);
        MinutesSituation draft = situation(MinutesState::Draft);
        QVERIFY(MinutesActions::of(secretariat, draft, MinutesAction::Circulate).enabled);
        QVERIFY(MinutesActions::of(secretariat, draft, MinutesAction::EditSections).enabled);
        const MinutesActionState approve = MinutesActions::of(
            secretariat, situation(MinutesState::Circulated), MinutesAction::Approve);
        QVERIFY(!approve.enabled);
        QVERIFY2(approve.reason.contains(QStringLiteral("Chair or Member")),
                 qPrintable(approve.reason)); // the role it needs
        const MinutesActionState publish
            = MinutesActions::of(secretariat, draft, MinutesAction::Publish);
        QVERIFY(!publish.enabled);
        QCOMPARE(publish.reason, QStringLiteral("Only approved minutes can be published."));
        QVERIFY(!MinutesActions::of(secretariat, draft, MinutesAction::Generate).enabled);
        QVERIFY(MinutesActions::of(secretariat, situation(MinutesState::Draft, false),
                                   MinutesAction::Generate)
                    .enabled);
        // No meeting: nothing, and it says so.
        MinutesSituation none;
        QCOMPARE(MinutesActions::of(secretariat, none, MinutesAction::Generate).reason,
                 QStringLiteral("Select a meeting first."));
        // Every action is answered, once.
        QCOMPARE(MinutesActions::available(secretariat, draft).size(), 11);
    }

    void approvingNeedsTheMembersApprovalsOrAnEmailDecision()
    {
        const UserSession chair = as(Role::Chair);
        MinutesSituation s = situation(MinutesState::Circulated);
        s.approvals = MinutesApprovals { 1, 4, 3, 0, QStringLiteral("1 of the 3 approvals.") };
        MinutesActionState approve = MinutesActions::of(chair, s, MinutesAction::Approve);
        QVERIFY(!approve.enabled);
        QCOMPARE(approve.reason, QStringLiteral("1 of the 3 approvals."));
        s.approvals->approvals = 3;
        QVERIFY(MinutesActions::of(chair, s, MinutesAction::Approve).enabled);
        s.approvals->approvals = 0;
        s.approvals->decisionId = 12; // a recorded e-mail decision
        QVERIFY(MinutesActions::of(chair, s, MinutesAction::Approve).enabled);
        // The e-mail decision is recorded by the secretariat, once.
        const UserSession secretariat = as(Role::Secretariat);
        QVERIFY(!MinutesActions::of(secretariat, s, MinutesAction::RecordEmailDecision).enabled);
        s.approvals->decisionId = 0;
        QVERIFY(MinutesActions::of(secretariat, s, MinutesAction::RecordEmailDecision).enabled);
        QVERIFY(!MinutesActions::of(secretariat, situation(MinutesState::Draft),
                                    MinutesAction::RecordEmailDecision)
                     .enabled);
    }

    void membersReviewOnlyCirculatedMinutes()
    {
        const UserSession member = as(Role::Member);
        QVERIFY(MinutesActions::of(member, situation(MinutesState::Circulated),
                                   MinutesAction::MemberApprove)
                    .enabled);
        const MinutesActionState early = MinutesActions::of(member, situation(MinutesState::Draft),
                                                            MinutesAction::AskForChanges);
        QVERIFY(!early.enabled);
        QVERIFY(early.reason.contains(QStringLiteral("circulated")));
        QVERIFY(MinutesActions::of(member, situation(MinutesState::Draft), MinutesAction::Comment)
                    .enabled);
        QVERIFY(!MinutesActions::of(as(Role::Observer), situation(MinutesState::Draft),
                                    MinutesAction::Comment)
                     .enabled);
        QList<MinutesComment> reviews(2);
        reviews[0].verdict = MinutesComment::Verdict::Approve;
        reviews[1].verdict = MinutesComment::Verdict::Changes;
        QCOMPARE(MinutesActions::reviewSummary(situation(MinutesState::Circulated), reviews),
                 QStringLiteral("Circulated for approval: 1 approval(s), 1 request(s) for "
                                "changes."));
    }

    void aReviewCopyReviewsButLeavesTheWorkflowToTheCommittee()
    {
        UserSession member = as(Role::Member);
        member.reviewCopy = true;
        const MinutesSituation s = situation(MinutesState::Circulated);
        QVERIFY(MinutesActions::of(member, s, MinutesAction::MemberApprove).enabled);
        QVERIFY(MinutesActions::of(member, s, MinutesAction::Comment).enabled);
        const MinutesActionState approve = MinutesActions::of(member, s, MinutesAction::Approve);
        QVERIFY(!approve.enabled);
        QVERIFY2(approve.reason.contains(QStringLiteral("review copy")),
                 qPrintable(approve.reason));
    }

    void aReadOnlyDatabaseOnlyExports()
    {
        MinutesSituation s = situation(MinutesState::Draft);
        s.readOnly = true;
        s.readOnlyReason = QStringLiteral("opened read-only");
        for (const MinutesActionState& a : MinutesActions::available(as(Role::Chair), s)) {
            QCOMPARE(a.enabled, a.action == MinutesAction::Export);
            if (!a.enabled)
                QVERIFY2(a.reason.contains(QStringLiteral("opened read-only")),
                         qPrintable(a.reason));
        }
    }

    void defaultVotesAndTheQuorum()
    {
        const QList<AttendanceEntry> attendance
            = { entry(1, true, AttendanceStatus::Present),
                entry(2, true, AttendanceStatus::Present),
                entry(3, true, AttendanceStatus::Present), entry(4, true, AttendanceStatus::Absent),
                entry(5, false, AttendanceStatus::Present) }; // a liaison
        QList<Vote> atMeeting = DecisionRules::defaultVotes(false, attendance);
        QCOMPARE(atMeeting.size(), 3); // the voting members present; the liaison does not vote
        QCOMPARE(atMeeting.first().choice, VoteChoice::For);
        QCOMPARE(DecisionRules::defaultVotes(true, attendance).size(), 4); // by e-mail: all voting
        const QuorumRules rules; // every appointed member, 3 for a decision
        const QuorumSummary q = DecisionRules::quorumSummary(rules, attendance);
        QVERIFY(!q.quorate);
        QVERIFY(q.decisionsAllowed);
        QCOMPARE(q.votingPresent, 3);
        QCOMPARE(q.votingMembers, 4);
        QVERIFY2(q.text.startsWith(QStringLiteral("Not quorate: 3 of 4")), qPrintable(q.text));
        QVERIFY(!DecisionRules::mayCastOwnVote(as(Role::Member))); // not linked to the roster
        QVERIFY(DecisionRules::mayCastOwnVote({ QStringLiteral("Ada"), Role::Member, 1 }));
        QVERIFY(!DecisionRules::mayCastOwnVote({ QStringLiteral("Sam"), Role::Secretariat, 1 }));
    }

    void ratificationStepsFollowTheDecision()
    {
        const UserSession secretariat = as(Role::Secretariat);
        Decision d;
        d.meetingId = 3;
        DecisionOutcome notQuorate;
        notQuorate.toRatifyByEmail = true;
        QCOMPARE(DecisionRules::ratification(d, notQuorate), Ratification::Possible);
        QVERIFY(DecisionRules::mayMarkToRatify(secretariat, d, notQuorate));
        QVERIFY(!DecisionRules::mayRatify(secretariat, d, notQuorate));
        QVERIFY(!DecisionRules::mayMarkToRatify(as(Role::Member), d, notQuorate));
        d.ratifyByEmail = true;
        QCOMPARE(DecisionRules::ratificationText(d, notQuorate, {}),
                 QStringLiteral("To be ratified by e-mail: not yet ratified."));
        QVERIFY(!DecisionRules::mayMarkToRatify(secretariat, d, notQuorate));
        QVERIFY(DecisionRules::mayRatify(secretariat, d, notQuorate));
        Decision mail;
        mail.id = 9;
        mail.byEmail = true;
        mail.decidedOn = QDate(2026, 12, 1);
        d.ratifiedByDecisionId = 9;
        QCOMPARE(DecisionRules::ratification(d, notQuorate), Ratification::Ratified);
        QVERIFY(DecisionRules::ratificationText(d, notQuorate, { mail })
                    .startsWith(QStringLiteral("Ratified by the e-mail decision of")));
        QVERIFY(!DecisionRules::mayRatify(secretariat, d, notQuorate));
        // A quorate decision needs none, and says nothing about it.
        Decision quorate;
        quorate.meetingId = 3;
        QVERIFY(DecisionRules::ratificationText(quorate, DecisionOutcome {}, {}).isEmpty());
        QVERIFY(!DecisionRules::mayMarkToRatify(secretariat, quorate, DecisionOutcome {}));
        DecisionOutcome carried;
        carried.carried = true;
        QCOMPARE(
            DecisionRules::carriedEmailDecisions({ quorate, mail }, { carried, carried }).size(),
            1);
    }

    // The same two records headless: `decisions ratify` and `minutes approve-by-email`, with the
    // rules and audit of the app.
    void theEmailDecisionIsRecordedHeadless()
    {
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("ratify.db"));
        qint64 atMeeting = 0, email = 0, meeting = 0;
        {
            auto db = test::createOrFail(path);
            QVERIFY(db);
            path = db->path(); // the server's address with CSC_TEST_DB=postgresql
            db->setSession(as(Role::Secretariat));
            const test::Roster roster = test::addRoster(*db);
            meeting = test::addMeeting(*db, QDate(2026, 11, 19));
            for (int i = 0; i < 3; ++i) // one appointed member missing: not quorate
                QVERIFY(Meetings::setAttendance(*db, meeting, roster.voting.at(i),
                                                AttendanceStatus::Present));
            Decision d;
            d.meetingId = meeting;
            d.decidedOn = QDate(2026, 11, 19);
            d.text = QStringLiteral("Adopt the work plan");
            d.votes
                = DecisionRules::defaultVotes(false, Meetings::attendance(*db, meeting).value());
            atMeeting = Decisions::add(*db, d).value();
            Decision mail;
            mail.byEmail = true;
            mail.decidedOn = QDate(2026, 11, 24);
            mail.text = QStringLiteral("Ratify the adoption of the work plan");
            for (qint64 id : roster.voting)
                mail.votes.append({ id, {}, VoteChoice::For });
            email = Decisions::add(*db, mail).value();
            QVERIFY(MinutesBook::generateDraft(*db, meeting));
            QVERIFY(MinutesBook::advance(*db, meeting, MinutesState::Circulated));
        }
        const auto run = [&](const QStringList& args) {
            return test::runCscDesk(QStringList { QStringLiteral("--db"), path } + args);
        };
        auto listed = run({ QStringLiteral("decisions"), QStringLiteral("list"),
                            QStringLiteral("--meeting"), QStringLiteral("2026-11-19"),
                            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(listed.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2); // the decision at the meeting and the e-mail decision since
        QCOMPARE(rows.at(0)[QStringLiteral("id")].toInteger(), atMeeting);
        QVERIFY(!rows.at(0)[QStringLiteral("carried")].toBool());
        QCOMPARE(rows.at(1)[QStringLiteral("id")].toInteger(), email);
        QVERIFY(rows.at(1)[QStringLiteral("carried")].toBool());

        // Ratifying with a decision that is not an e-mail decision is refused with the reason.
        auto wrong = run({ QStringLiteral("decisions"), QStringLiteral("ratify"),
                           QString::number(atMeeting), QStringLiteral("--by"),
                           QString::number(atMeeting) });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("e-mail")), qPrintable(wrong.err));
        auto ratified
            = run({ QStringLiteral("decisions"), QStringLiteral("ratify"),
                    QString::number(atMeeting), QStringLiteral("--by"), QString::number(email) });
        QCOMPARE(ratified.exitCode, 0);
        QCOMPARE(run({ QStringLiteral("decisions"), QStringLiteral("ratify"),
                       QString::number(atMeeting), QStringLiteral("--by"), QString::number(email) })
                     .exitCode,
                 2); // once only
        listed = run({ QStringLiteral("decisions"), QStringLiteral("list"),
                       QStringLiteral("--meeting"), QStringLiteral("2026-11-19"),
                       QStringLiteral("--format"), QStringLiteral("json") });
        rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.at(0)[QStringLiteral("ratifiedBy")].toInteger(), email);
        QVERIFY(rows.at(0)[QStringLiteral("ratification")].toString().startsWith(
            QStringLiteral("Ratified by the e-mail decision of")));

        // The circulated minutes approved by the same carried e-mail decision.
        QCOMPARE(run({ QStringLiteral("minutes"), QStringLiteral("approve-by-email"),
                       QStringLiteral("--meeting"), QStringLiteral("2026-11-19") })
                     .exitCode,
                 1); // --decision is required
        const auto approved = run({ QStringLiteral("minutes"), QStringLiteral("approve-by-email"),
                                    QStringLiteral("--meeting"), QStringLiteral("2026-11-19"),
                                    QStringLiteral("--decision"), QString::number(email) });
        QCOMPARE(approved.exitCode, 0);
        auto db = test::openOrFail(path);
        QVERIFY(db);
        QCOMPARE(Decisions::decision(*db, atMeeting).value().ratifiedByDecisionId, email);
        auto approvals = MinutesReview::approvals(*db, meeting);
        QVERIFY(approvals);
        QCOMPARE(approvals.value().decisionId, email);
        QVERIFY(approvals.value().enough());
    }
};

QTEST_GUILESS_MAIN(TestMinutesActions)
#include "tst_minutesactions.moc"
