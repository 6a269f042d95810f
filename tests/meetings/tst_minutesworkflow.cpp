// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings and minutes: the workflow's legal and illegal steps, who may take
// them, the agenda, votes, decisions and the carry-over of open action items.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesReview.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"

using namespace csc;

class TestMinutesWorkflow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::Roster m_roster;

    void as(Role role, qint64 memberId = 0)
    {
        m_db->setSession({ RoleNames::displayName(role), role, memberId });
    }
    MinutesState state(qint64 meetingId)
    {
        return MinutesBook::minutes(*m_db, meetingId).value().state;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        as(Role::Secretariat);
        m_roster = test::addRoster(*m_db);
        QCOMPARE(m_roster.voting.size(), 4);
    }

    void meetingsAreNumberedAndStartFromTheStandingAgenda()
    {
        const qint64 first = test::addMeeting(*m_db, QDate(2026, 10, 15));
        const qint64 second = test::addMeeting(*m_db, QDate(2026, 11, 19));
        QCOMPARE(Meetings::meeting(*m_db, first).value().number, 1);
        QCOMPARE(Meetings::meeting(*m_db, second).value().number, 2);
        QCOMPARE(Meetings::meeting(*m_db, second).value().startsUtc,
                 QDateTime(QDate(2026, 11, 19), QTime(14, 0), Qt::UTC));
        const auto agenda = Meetings::agenda(*m_db, second).value();
        QStringList kinds;
        for (const AgendaItem& a : agenda)
            kinds << MeetingNames::agendaKey(a.kind);
        QCOMPARE(kinds,
                 (QStringList { QStringLiteral("roll_call"), QStringLiteral("action_items"),
                                QStringLiteral("performance"), QStringLiteral("topic"),
                                QStringLiteral("aob"), QStringLiteral("adjourn") }));
        QCOMPARE(agenda.at(2).performanceMonth, QStringLiteral("2026-10"));
        QVERIFY(agenda.at(2).title.contains(QStringLiteral("October 2026")));
    }

    void openActionItemsCarryOverUntilCompleted()
    {
        const qint64 m1 = test::addMeeting(*m_db, QDate(2026, 9, 17));
        auto done = ActionItems::add(*m_db, m1, QStringLiteral("Send the findings"),
                                     m_roster.voting.at(0), QDate(2026, 10, 1));
        auto open = ActionItems::add(*m_db, m1, QStringLiteral("Ask the IFO about ticket delays"),
                                     m_roster.voting.at(1), QDate(2026, 10, 1));
        QVERIFY(done && open);
        QCOMPARE(ActionItems::item(*m_db, open.value()).value().identifier(),
                 QStringLiteral("Action item 02 1 2026"));
        QVERIFY(
            ActionItems::setStatus(*m_db, done.value(), true, QStringLiteral("Sent on 20 Sep")));

        const qint64 m2 = test::addMeeting(*m_db, QDate(2026, 10, 15));
        auto agenda = Meetings::agenda(*m_db, m2).value();
        QCOMPARE(agenda.at(1).kind, AgendaKind::ActionItems);
        QCOMPARE(agenda.at(2).kind, AgendaKind::ActionItem);
        QCOMPARE(agenda.at(2).actionItemId, open.value());
        QCOMPARE(agenda.at(2).title,
                 QStringLiteral("Action item 02 1 2026: Ask the IFO about ticket delays"));
        QCOMPARE(agenda.at(3).kind, AgendaKind::Performance);
        // Running the carry-over again adds nothing twice.
        QCOMPARE(Meetings::carryOverOpenActionItems(*m_db, m2).value(), 0);

        // Still open: it comes to the third meeting too; once completed it stops.
        const qint64 m3 = test::addMeeting(*m_db, QDate(2026, 11, 19));
        const QList<AgendaItem> third = Meetings::agenda(*m_db, m3).value();
        QVERIFY(std::any_of(third.cbegin(), third.cend(),
                            [&](const AgendaItem& a) { return a.actionItemId == open.value(); }));
        QVERIFY(ActionItems::setStatus(*m_db, open.value(), true, QStringLiteral("Answered")));
        const qint64 m4 = test::addMeeting(*m_db, QDate(2026, 12, 17));
        for (const AgendaItem& a : Meetings::agenda(*m_db, m4).value())
            QCOMPARE(a.kind == AgendaKind::ActionItem, false);
    }

    void agendaReorders()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        const auto before = Meetings::agenda(*m_db, m).value();
        QVERIFY(Meetings::moveAgendaItem(*m_db, m, 3, 1));
        const auto after = Meetings::agenda(*m_db, m).value();
        QCOMPARE(after.at(1).id, before.at(3).id);
        QCOMPARE(after.at(2).id, before.at(1).id);
        QVERIFY(!Meetings::moveAgendaItem(*m_db, m, 0, 99));
        QCOMPARE(AuditLog::entries(*m_db, QStringLiteral("agenda_item"),
                                   QString::number(before.at(3).id))
                     .value()
                     .last()
                     .action,
                 QStringLiteral("move"));
    }

    void workflowLegalSteps()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        auto draft = MinutesBook::generateDraft(*m_db, m);
        QVERIFY2(draft, qPrintable(draft.ok() ? QString() : draft.error().fullText()));
        QVERIFY(!MinutesBook::generateDraft(*m_db, m)); // only once
        QCOMPARE(state(m), MinutesState::Draft);
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Circulated));
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Draft)); // back for rework
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Circulated));
        QVERIFY(test::approveAsMembers(*m_db, m, m_roster.voting));
        as(Role::Chair);
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Approved, {},
                                     QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)));
        const Minutes approved = MinutesBook::minutes(*m_db, m).value();
        QCOMPARE(approved.approvedBy, QStringLiteral("Ada"));
        QCOMPARE(approved.approvedUtc, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        as(Role::Secretariat);
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Published,
                                     QStringLiteral("https://example.org/csc/minutes/2026-11-19")));
        const Minutes published = MinutesBook::minutes(*m_db, m).value();
        QCOMPARE(published.state, MinutesState::Published);
        QCOMPARE(published.publishedWhere,
                 QStringLiteral("https://example.org/csc/minutes/2026-11-19"));
        QVERIFY(published.publishedUtc.isValid());
        // Every step is in the audit trail.
        QCOMPARE(
            AuditLog::entries(*m_db, QStringLiteral("minutes"), QString::number(m)).value().size(),
            6);
    }

    void workflowIllegalSteps()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        QVERIFY(!MinutesBook::advance(*m_db, m, MinutesState::Circulated)); // no draft yet
        QVERIFY(MinutesBook::generateDraft(*m_db, m));
        for (MinutesState to :
             { MinutesState::Approved, MinutesState::Published, MinutesState::Draft }) {
            auto s = MinutesBook::advance(*m_db, m, to, QStringLiteral("x"));
            QVERIFY(!s);
        }
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Circulated));
        QVERIFY(!MinutesBook::advance(*m_db, m, MinutesState::Published, QStringLiteral("x")));

        // Editing a circulated draft is refused and says why.
        MinutesSection section = MinutesBook::minutes(*m_db, m).value().sections.first();
        section.bodyHtml = QStringLiteral("<p>changed</p>");
        auto edit = MinutesBook::updateSection(*m_db, section);
        QVERIFY(!edit);
        QVERIFY(edit.error().message.contains(QStringLiteral("circulated")));

        // The secretariat cannot approve; a liaison cannot either.
        auto approve = MinutesBook::advance(*m_db, m, MinutesState::Approved);
        QVERIFY(!approve);
        QVERIFY(approve.error().message.contains(QStringLiteral("Approving minutes")));
        as(Role::Liaison);
        QVERIFY(!MinutesBook::advance(*m_db, m, MinutesState::Approved));
        QVERIFY(test::approveAsMembers(*m_db, m, m_roster.voting));
        as(Role::Member);
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Approved));
        // Publishing needs PublishMinutes (the secretariat) and a place.
        auto publish = MinutesBook::advance(*m_db, m, MinutesState::Published,
                                            QStringLiteral("https://example.org"));
        QVERIFY(!publish);
        QVERIFY(publish.error().message.contains(QStringLiteral("Publishing minutes")));
        as(Role::Secretariat);
        QVERIFY(!MinutesBook::advance(*m_db, m, MinutesState::Published, QStringLiteral("  ")));
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Published,
                                     QStringLiteral("https://example.org")));
        for (MinutesState to :
             { MinutesState::Draft, MinutesState::Circulated, MinutesState::Approved })
            QVERIFY(!MinutesBook::advance(*m_db, m, to));
        QCOMPARE(state(m), MinutesState::Published);
    }

    // domain.md §6: minutes are approved by the members (by e-mail if need be), not by one
    // click: a majority of the voting members, a number the committee may set, or a recorded
    // e-mail decision.
    void approvalNeedsTheMembersOrAnEmailDecision()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        QVERIFY(MinutesBook::generateDraft(*m_db, m));
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Circulated));
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        auto alone = MinutesBook::advance(*m_db, m, MinutesState::Approved);
        QVERIFY(!alone);
        QVERIFY2(alone.error().message.contains(
                     QStringLiteral("0 of 4 voting members have approved; 3 are needed")),
                 qPrintable(alone.error().message));
        QVERIFY(test::approveAsMembers(*m_db, m, m_roster.voting, 2));
        auto two = MinutesBook::advance(*m_db, m, MinutesState::Approved);
        QVERIFY(!two);
        QVERIFY2(two.error().message.contains(QStringLiteral(
                     "2 of 4 voting members have approved; 3 are needed, or record the e-mail "
                     "decision")),
                 qPrintable(two.error().message));
        // The same member approving twice is still one approval.
        QVERIFY(test::approveAsMembers(*m_db, m, m_roster.voting, 1));
        QCOMPARE(MinutesReview::approvals(*m_db, m).value().approvals, 2);
        QCOMPARE(state(m), MinutesState::Circulated);

        // Reworked minutes need fresh approvals: the earlier ones were about another text.
        as(Role::Secretariat);
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Draft));
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Circulated, {}, later));
        QCOMPARE(MinutesReview::approvals(*m_db, m).value().approvals, 0);
        QVERIFY(test::approveAsMembers(*m_db, m, m_roster.voting, 3, later.addSecs(60)));
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Approved));

        // The committee's rule sets the number.
        as(Role::Chair);
        QVERIFY(
            CommitteeSettings::setValue(*m_db, CommitteeSettings::Key::MinutesApprovalsNeeded, 2));
        as(Role::Secretariat);
        const qint64 m2 = test::addMeeting(*m_db, QDate(2026, 12, 17));
        QVERIFY(MinutesBook::generateDraft(*m_db, m2));
        QVERIFY(MinutesBook::advance(*m_db, m2, MinutesState::Circulated));
        QVERIFY(test::approveAsMembers(*m_db, m2, m_roster.voting, 2));
        as(Role::Member);
        QVERIFY(MinutesBook::advance(*m_db, m2, MinutesState::Approved));
    }

    void approvalByARecordedEmailDecision()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        QVERIFY(MinutesBook::generateDraft(*m_db, m));
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Circulated));
        Decision weak;
        weak.byEmail = true;
        weak.decidedOn = QDate(2026, 11, 24);
        weak.text = QStringLiteral("Approve the minutes of 19 November");
        weak.votes = { { m_roster.voting.at(0), {}, VoteChoice::For } };
        auto weakId = Decisions::add(*m_db, weak);
        QVERIFY(weakId);
        auto refused = MinutesReview::recordEmailDecision(*m_db, m, weakId.value());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("answered")));
        Decision carried = weak;
        carried.votes = { { m_roster.voting.at(0), {}, VoteChoice::For },
                          { m_roster.voting.at(1), {}, VoteChoice::For },
                          { m_roster.voting.at(2), {}, VoteChoice::For } };
        auto carriedId = Decisions::add(*m_db, carried);
        QVERIFY(carriedId);
        QVERIFY(MinutesReview::recordEmailDecision(*m_db, m, carriedId.value()));
        QCOMPARE(MinutesReview::approvals(*m_db, m).value().decisionId, carriedId.value());
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        QVERIFY(MinutesBook::advance(*m_db, m, MinutesState::Approved));
        QCOMPARE(AuditLog::entries(*m_db, QStringLiteral("minutes"), QString::number(m))
                     .value()
                     .at(2)
                     .changes.first()
                     .field,
                 QStringLiteral("approval_decision_id"));
    }

    void draftIsGeneratedFromTheMeeting()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        QVERIFY(
            Meetings::setAttendance(*m_db, m, m_roster.voting.at(0), AttendanceStatus::Present));
        QVERIFY(
            Meetings::setAttendance(*m_db, m, m_roster.voting.at(1), AttendanceStatus::Apologies));
        QVERIFY(Meetings::setAttendance(*m_db, m, m_roster.ifoLiaison, AttendanceStatus::Present));
        QVERIFY(MinutesBook::generateDraft(*m_db, m));
        const Minutes minutes = MinutesBook::minutes(*m_db, m).value();
        QCOMPARE(minutes.sections.size(), Meetings::agenda(*m_db, m).value().size());
        QCOMPARE(minutes.sections.first().heading, QStringLiteral("Roll call"));
        QVERIFY(minutes.sections.first().bodyHtml.contains(QStringLiteral("Ada")));
        QVERIFY(minutes.sections.first().bodyHtml.contains(QStringLiteral("Eve (liaison)")));
        QVERIFY(minutes.sections.first().bodyHtml.contains(QStringLiteral("Apologies:</b> Ben")));
    }

    void liaisonsAndObserversDoNotVote()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        Decision d;
        d.meetingId = m;
        d.decidedOn = QDate(2026, 11, 19);
        d.text = QStringLiteral("Approve the October findings");
        auto id = Decisions::add(*m_db, d);
        QVERIFY(id);
        auto liaison
            = Decisions::recordVote(*m_db, id.value(), m_roster.ifoLiaison, VoteChoice::For);
        QVERIFY(!liaison);
        QVERIFY2(liaison.error().message.contains(QStringLiteral("does not vote")),
                 qPrintable(liaison.error().message));
        QVERIFY(Decisions::recordVote(*m_db, id.value(), m_roster.voting.at(0), VoteChoice::For));
        // A member casts their own vote; an observer cannot record anyone's.
        m_db->setSession({ QStringLiteral("Ben"), Role::Member, m_roster.voting.at(1) });
        QVERIFY(
            Decisions::recordVote(*m_db, id.value(), m_roster.voting.at(1), VoteChoice::Against));
        QVERIFY(
            !Decisions::recordVote(*m_db, id.value(), m_roster.voting.at(2), VoteChoice::Against));
        as(Role::Observer);
        QVERIFY(
            !Decisions::recordVote(*m_db, id.value(), m_roster.voting.at(0), VoteChoice::Against));
        QCOMPARE(Decisions::ofMeeting(*m_db, m).value().first().votes.size(), 2);
    }

    void quorumAndDecisionRules()
    {
        const qint64 m = test::addMeeting(*m_db, QDate(2026, 11, 19));
        for (int i = 0; i < 3; ++i)
            QVERIFY(Meetings::setAttendance(*m_db, m, m_roster.voting.at(i),
                                            AttendanceStatus::Present));
        const auto attendance = Meetings::attendance(*m_db, m).value();
        QuorumRules rules = Decisions::rules(*m_db, QDate(2026, 11, 19));
        QVERIFY(rules.requireAllMembers);
        QVERIFY(!rules.vacancies);
        QVERIFY(!Decisions::isQuorate(rules, attendance)); // one appointed member missing
        Decision d;
        d.votes = { { m_roster.voting.at(0), {}, VoteChoice::For },
                    { m_roster.voting.at(1), {}, VoteChoice::For },
                    { m_roster.voting.at(2), {}, VoteChoice::Against } };
        // Not quorate (one appointed member missing): not carried, to be ratified by e-mail.
        DecisionOutcome o = Decisions::evaluate(rules, d, attendance);
        QVERIFY(!o.carried);
        QVERIFY(o.toRatifyByEmail);
        QVERIFY(o.explanation.contains(QStringLiteral("not quorate")));
        rules.requireAllMembers = false;
        QVERIFY(Decisions::isQuorate(rules, attendance));
        o = Decisions::evaluate(rules, d, attendance);
        QVERIFY(o.carried); // quorate, 3 present suffices for a decision
        QVERIFY(!o.toRatifyByEmail);
        // With vacancies: limited to approving the monthly report, and only unanimously.
        rules.vacancies = true;
        o = Decisions::evaluate(rules, d, attendance);
        QVERIFY(!o.carried);
        QVERIFY(o.outOfScope);
        d.aboutMonthlyReport = true;
        o = Decisions::evaluate(rules, d, attendance);
        QVERIFY(!o.carried);
        QVERIFY(o.explanation.contains(QStringLiteral("unanimous")));
        d.votes.last().choice = VoteChoice::For;
        QVERIFY(Decisions::evaluate(rules, d, attendance).carried);

        // By e-mail: those who answered count; two are not enough.
        Decision mail;
        mail.byEmail = true;
        mail.votes = { { m_roster.voting.at(0), {}, VoteChoice::For },
                       { m_roster.voting.at(1), {}, VoteChoice::For } };
        o = Decisions::evaluate(Decisions::rules(*m_db, QDate(2026, 11, 19)), mail, {});
        QVERIFY(!o.carried);
        QVERIFY(o.explanation.contains(QStringLiteral("answered")));
    }

    void emailDecisionsAreRecorded()
    {
        test::addMeeting(*m_db, QDate(2026, 10, 15));
        const qint64 m2 = test::addMeeting(*m_db, QDate(2026, 11, 19));
        Decision d;
        d.byEmail = true;
        d.decidedOn = QDate(2026, 11, 2);
        d.text = QStringLiteral("Endorse the consultation paper");
        for (qint64 id : m_roster.voting)
            d.votes.append({ id, {}, VoteChoice::For });
        QVERIFY(Decisions::add(*m_db, d));
        const MeetingRecord record = Meetings::load(*m_db, m2).value();
        QCOMPARE(record.emailDecisions.size(), 1);
        QCOMPARE(record.emailDecisions.first().votes.size(), 4);
        QVERIFY(Decisions::evaluate(Decisions::rules(*m_db, d.decidedOn),
                                    record.emailDecisions.first(), {})
                    .carried);
    }
};

QTEST_GUILESS_MAIN(TestMinutesWorkflow)
#include "tst_minutesworkflow.moc"
