// SPDX-License-Identifier: GPL-3.0-or-later
// Confidentiality is decided in one place (issue 10, item 2): a section is
// confidential when it, its agenda item or a case it refers to is; exercises are
// confidential everywhere; decisions and action items follow their agenda item.
// An observer's reads through core never return any of it, and the public minutes
// and work plan leave it out by the same rule.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseSearch.h"
#include "core/cases/PersistentMissCases.h"
#include "core/domain/Confidentiality.h"
#include "core/export/MinutesExporter.h"
#include "core/export/WorkPlanExporter.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/WorkPlan.h"

#include <QTest>

using namespace csc;

namespace {

const QString kLateSection = QStringLiteral("LATECONFIDENTIALBODY");
const QString kReferringSection = QStringLiteral("REFERRINGSECTIONBODY");
const QString kExerciseSection = QStringLiteral("EXERCISESECTIONBODY");
const QString kItemDecision = QStringLiteral("ITEMDECISIONTEXT");
const QString kItemAction = QStringLiteral("ITEMACTIONTEXT");
const QString kPublicSection = QStringLiteral("PUBLICSECTIONBODY");
const QString kReferringWork = QStringLiteral("REFERRINGWORKITEM");

} // namespace

class TestConfidentiality : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::Roster m_roster;
    qint64 m_meeting = 0;
    qint64 m_secretCase = 0;
    qint64 m_exercise = 0;
    qint64 m_problem = 0;
    qint64 m_lateItem = 0;

    void asObserver() { m_db->setSession({ QStringLiteral("Olga"), Role::Observer, 0 }); }
    void asSecretariat()
    {
        m_db->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
    }

    qint64 sectionWith(const QString& marker)
    {
        for (const MinutesSection& s : MinutesBook::minutes(*m_db, m_meeting).value().sections) {
            if (s.bodyHtml.contains(marker))
                return s.id;
        }
        return 0;
    }

    QString publicText()
    {
        const PublicMinutes pub = MinutesExporter::publicMinutes(*m_db, m_meeting).value();
        QString all;
        for (const auto& s : pub.sections)
            all += s.heading + s.bodyHtml;
        for (const auto& d : pub.decisions)
            all += d.text + d.caseLabel;
        for (const auto& a : pub.actionItems)
            all += a.text;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_roster = test::addRoster(*m_db);
        m_secretCase = test::addCase(*m_db, QStringLiteral("CSC-2026-001"),
                                     QStringLiteral("Secret complaint"), true, false);
        // An exercise someone marked public: still confidential everywhere.
        m_exercise = test::addCase(*m_db, QStringLiteral("CSC-2026-002"),
                                   QStringLiteral("EXERCISECASETITLE"), false, true);
        QVERIFY(execute(*m_db,
                        QStringLiteral("INSERT INTO service_level(id, category, metric) VALUES "
                                       "(1, 'I', 'Technical check results')")));
        m_problem = test::addCase(*m_db, QStringLiteral("CSC-2026-003"),
                                  QStringLiteral("Persistent miss"), true, false);
        QVERIFY(execute(*m_db,
                        QStringLiteral("UPDATE case_record SET process = 'problem', "
                                       "service_level_id = 1 WHERE id = ?"),
                        { m_problem }));

        m_meeting = test::addMeeting(*m_db, QDate(2026, 11, 19));
        AgendaItem item;
        item.title = QStringLiteral("Budget");
        auto late = Meetings::addAgendaItem(*m_db, m_meeting, item, 3);
        QVERIFY(late);
        m_lateItem = late.value();
        QVERIFY(MinutesBook::generateDraft(*m_db, m_meeting));

        for (MinutesSection s : MinutesBook::minutes(*m_db, m_meeting).value().sections) {
            if (s.agendaItemId == m_lateItem)
                s.bodyHtml = QStringLiteral("<p>%1</p>").arg(kLateSection);
            else if (s.heading == QStringLiteral("Topics"))
                s.bodyHtml = QStringLiteral("<p>%1</p>").arg(kPublicSection);
            else
                continue;
            QVERIFY(MinutesBook::updateSection(*m_db, s));
        }
        MinutesSection referring;
        referring.heading = QStringLiteral("Follow-up");
        referring.bodyHtml
            = QStringLiteral("<p>%1: the IFO answered on CSC-2026-001.</p>").arg(kReferringSection);
        QVERIFY(MinutesBook::addSection(*m_db, m_meeting, referring));
        MinutesSection rehearsal;
        rehearsal.heading = QStringLiteral("Rehearsal");
        rehearsal.bodyHtml = QStringLiteral("<p>%1 about csc-2026-002.</p>").arg(kExerciseSection);
        QVERIFY(MinutesBook::addSection(*m_db, m_meeting, rehearsal));

        Decision d;
        d.meetingId = m_meeting;
        d.decidedOn = QDate(2026, 11, 19);
        d.text = kItemDecision;
        d.agendaItemId = m_lateItem;
        QVERIFY(Decisions::add(*m_db, d));
        QVERIFY(ActionItems::add(*m_db, m_meeting, kItemAction, m_roster.voting.at(0),
                                 QDate(2026, 12, 10), false, m_lateItem));

        WorkItem w;
        w.title = kReferringWork;
        w.description = QStringLiteral("Lessons from CSC-2026-001");
        QVERIFY(WorkPlan::add(*m_db, w));

        // The item is marked confidential after the draft, decision and action item exist.
        AgendaItem marked = Meetings::agenda(*m_db, m_meeting).value().at(3);
        QCOMPARE(marked.id, m_lateItem);
        marked.confidential = true;
        QVERIFY(Meetings::updateAgendaItem(*m_db, marked));
        QVERIFY(sectionWith(kLateSection) != 0); // the secretariat still sees it
    }

    void cleanup() { asSecretariat(); }

    void observerGetsNoSectionOfAConfidentialItem()
    {
        asObserver();
        QCOMPARE(sectionWith(kLateSection), 0);
        QVERIFY(sectionWith(kPublicSection) != 0);
    }

    void observerGetsNoSectionReferringToAConfidentialCase()
    {
        asObserver();
        QCOMPARE(sectionWith(kReferringSection), 0);
        QCOMPARE(sectionWith(kExerciseSection), 0);
    }

    void observerGetsNoDecisionOrActionItemOfAConfidentialItem()
    {
        asObserver();
        for (const Decision& d : Decisions::ofMeeting(*m_db, m_meeting).value())
            QVERIFY2(d.text != kItemDecision, "a decision under a confidential agenda item");
        for (const ActionItem& a : ActionItems::ofMeeting(*m_db, m_meeting).value())
            QVERIFY2(a.text != kItemAction, "an action item under a confidential agenda item");
        for (const ActionItem& a : ActionItems::open(*m_db).value())
            QVERIFY(a.text != kItemAction);
    }

    void observerNeverReadsAnExercise()
    {
        asObserver();
        for (const CaseSummary& c : CaseRepository::list(*m_db, {}).value())
            QVERIFY2(c.id != m_exercise, qPrintable(c.reference));
        QVERIFY(!CaseRepository::summary(*m_db, m_exercise));
        QVERIFY(!CaseRepository::idOfReference(*m_db, QStringLiteral("CSC-2026-002")));
        QVERIFY(!Meetings::caseLink(*m_db, m_exercise));
        QVERIFY(!CaseSearch::matchingCases(*m_db, QStringLiteral("EXERCISECASETITLE"))
                     .value()
                     .contains(m_exercise));
        asSecretariat();
        QVERIFY(CaseRepository::summary(*m_db, m_exercise)); // it is there
    }

    void observerIsNotHandedAConfidentialOpenCase()
    {
        QCOMPARE(PersistentMissCases::openCaseFor(*m_db, 1).value(), m_problem);
        asObserver();
        // Before, the id of a case the observer cannot read came back (and the
        // performance page then read it blindly).
        QCOMPARE(PersistentMissCases::openCaseFor(*m_db, 1).value(), qint64(0));
        QVERIFY(!PersistentMissCases::open(*m_db, 1, QStringLiteral("Technical check results"),
                                           { QDate(2026, 10, 1) }));
    }

    void publicMinutesApplyTheSameRule()
    {
        const QString text = publicText();
        QVERIFY(text.contains(kPublicSection));
        for (const QString& secret :
             { kLateSection, kReferringSection, kExerciseSection, kItemDecision, kItemAction })
            QVERIFY2(!text.contains(secret), qPrintable(secret));
    }

    void publicWorkPlanLeavesOutWhatRefersToAConfidentialCase()
    {
        const QString html = WorkPlanExporter::bodyHtml(
            WorkPlanExporter::publicItems(WorkPlan::items(*m_db).value()));
        QVERIFY(!html.contains(kReferringWork));
    }

    // The stores read by the domain's rule (stated as values, turned into their conditions
    // there): an observer reads a case exactly when Confidentiality::ofCase says it is public.
    void theStoresReadCasesByTheRule()
    {
        QCOMPARE(Confidentiality::caseFlagsThatWithhold().size(), 2);
        int n = 10;
        for (bool flagged : { false, true }) {
            for (bool exercise : { false, true }) {
                asSecretariat();
                const QString reference
                    = QStringLiteral("CSC-2026-%1").arg(n++, 3, 10, QLatin1Char('0'));
                const qint64 id
                    = test::addCase(*m_db, reference, QStringLiteral("Flags"), flagged, exercise);
                QVERIFY(id);
                asObserver();
                const bool seen = bool(CaseRepository::summary(*m_db, id));
                QCOMPARE(seen, !Confidentiality::ofCase(flagged, exercise));
                QCOMPARE(CaseRepository::idOfReference(*m_db, reference).valueOr(0) == id, seen);
            }
        }
    }

    void theRuleItself()
    {
        CaseLink none;
        CaseLink open { 1, QStringLiteral("CSC-2026-001"), QStringLiteral("t"), false, false };
        CaseLink closed { 2, QStringLiteral("CSC-2026-002"), QStringLiteral("t"), true, false };
        CaseLink exercise { 3, QStringLiteral("CSC-2026-003"), QStringLiteral("t"), false, true };
        QVERIFY(!Confidentiality::ofCase(none));
        QVERIFY(!Confidentiality::ofCase(open));
        QVERIFY(Confidentiality::ofCase(closed));
        QVERIFY(Confidentiality::ofCase(exercise));
        QVERIFY(!Confidentiality::ofSection(false, false, { open }));
        QVERIFY(Confidentiality::ofSection(false, false, { open, exercise }));
        QVERIFY(Confidentiality::ofSection(false, true, {}));
        QVERIFY(!Confidentiality::ofDecision(false, false, closed)); // named by reference
        QVERIFY(Confidentiality::ofDecision(false, false, exercise));
        QCOMPARE(Confidentiality::caseReferencesIn(
                     QStringLiteral("CSC-2026-001, csc-2026-0140 and xCSC-2026-002")),
                 QStringList({ QStringLiteral("CSC-2026-001"), QStringLiteral("CSC-2026-0140") }));
        QCOMPARE(Confidentiality::publicCaseLabel(exercise), QString());
        QCOMPARE(Confidentiality::publicCaseLabel(closed), QStringLiteral("CSC-2026-002"));
    }
};

QTEST_GUILESS_MAIN(TestConfidentiality)
#include "tst_confidentiality.moc"
