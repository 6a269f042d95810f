// SPDX-License-Identifier: GPL-3.0-or-later
// Roles enforced in core: each role tries the representative actions on a copy of
// the demo database; allowed ones succeed, refused ones say which role they need,
// and an observer's reads hold nothing confidential.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseSearch.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Permissions.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Committee.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesReview.h"
#include "core/performance/FigureImporter.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace csc;

Q_DECLARE_METATYPE(csc::Role)

namespace {

QString failure(const Status& s)
{
    return s ? QString() : s.error().fullText();
}

template<typename T> Status statusOf(const Result<T>& r)
{
    if (r)
        return {};
    return r.error();
}

// What the fixture prepared in the base file, as the secretariat.
struct Fixture
{
    qint64 circulatedMeeting = 0;
    qint64 approvedMeeting = 0;
    qint64 decision = 0;
    qint64 votingMember = 0;
    qint64 liaisonMember = 0;
    qint64 caseId = 0;
    qint64 itemOfVoter = 0;
    qint64 itemOfLiaison = 0;
    QString figures; // a valid per-month CSV for a month not imported yet
};

struct Action
{
    QString name;
    QList<Role> allowed; // from domain.md, written out rather than read from Permissions
    std::function<Status(Database&, const Fixture&)> run;
};

const QList<Role> kEveryoneButObservers { Role::Chair, Role::Member, Role::Liaison,
                                          Role::Secretariat };

QList<Action> actions()
{
    return {
        { QStringLiteral("open a case"),
          { Role::Chair, Role::Secretariat },
          [](Database& db, const Fixture&) {
              NewCase c;
              c.title = QStringLiteral("Roles test case");
              c.category = QStringLiteral("other");
              c.openedOn = QDate(2026, 11, 23);
              return statusOf(CaseRepository::create(db, c));
          } },
        { QStringLiteral("comment on a case"), kEveryoneButObservers,
          [](Database& db, const Fixture& f) {
              return statusOf(CaseComments::add(db, f.caseId, QStringLiteral("A comment.")));
          } },
        { QStringLiteral("schedule a meeting"),
          { Role::Chair, Role::Secretariat },
          [](Database& db, const Fixture&) {
              return statusOf(Meetings::create(
                  db, MeetingKind::Monthly, QDateTime(QDate(2027, 3, 11), QTime(14, 0), Qt::UTC)));
          } },
        // Every session is linked to a voting member's roster entry (the liaison to a liaison's):
        // the role alone decides.
        { QStringLiteral("cast one's own vote"),
          { Role::Chair, Role::Member },
          [](Database& db, const Fixture& f) {
              return Decisions::recordVote(db, f.decision, db.session().memberId, VoteChoice::For);
          } },
        { QStringLiteral("approve circulated minutes"),
          { Role::Chair, Role::Member },
          [](Database& db, const Fixture& f) {
              return MinutesBook::advance(db, f.circulatedMeeting, MinutesState::Approved);
          } },
        { QStringLiteral("publish approved minutes"),
          { Role::Secretariat },
          [](Database& db, const Fixture& f) {
              return MinutesBook::advance(db, f.approvedMeeting, MinutesState::Published,
                                          QStringLiteral("https://example.org/csc/minutes"));
          } },
        { QStringLiteral("add a member to the roster"),
          { Role::Chair, Role::Secretariat },
          [](Database& db, const Fixture&) {
              Member m;
              m.name = QStringLiteral("Roles Test");
              m.affiliation = QStringLiteral("Test Registry");
              m.kind = Member::Kind::Gac;
              m.voting = false;
              m.termStart = QDate(2026, 1, 1);
              return statusOf(Committee::addMember(db, m));
          } },
        { QStringLiteral("import performance figures"),
          { Role::Chair, Role::Secretariat },
          [](Database& db, const Fixture& f) -> Status {
              auto outcome = FigureImporter::importFile(db, f.figures);
              if (!outcome)
                  return outcome.error();
              if (outcome.value().status != ImportOutcome::Status::Imported)
                  return Error { QStringLiteral("the import did not go through"), {} };
              return {};
          } },
        { QStringLiteral("complete one's own action item"), kEveryoneButObservers,
          [](Database& db, const Fixture& f) {
              const qint64 item
                  = db.session().role == Role::Liaison ? f.itemOfLiaison : f.itemOfVoter;
              return ActionItems::setStatus(db, item, true, QStringLiteral("Done."));
          } },
    };
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    Fixture m_fixture;

    std::unique_ptr<Database> openAs(Role role, const QString& copyName)
    {
        const QString file = m_dir.filePath(copyName);
        QFile::remove(file);
        if (!QFile::copy(m_base, file))
            return {};
        auto db = test::openOrFail(file);
        if (!db)
            return {};
        const qint64 memberId
            = role == Role::Liaison ? m_fixture.liaisonMember : m_fixture.votingMember;
        db->setSession({ RoleNames::displayName(role), role, memberId });
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = m_dir.filePath(QStringLiteral("base.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        QVERIFY(DemoGenerator::generateFile(m_base, options));
        auto db = test::openOrFail(m_base);
        QVERIFY(db);
        db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
        Fixture& f = m_fixture;
        for (const Member& m : Committee::activeMembers(*db, QDate(2026, 11, 23)).value()) {
            if (m.voting && f.votingMember == 0)
                f.votingMember = m.id;
            if (!m.voting && m.kind == Member::Kind::IfoLiaison && f.liaisonMember == 0)
                f.liaisonMember = m.id;
        }
        QVERIFY(f.votingMember && f.liaisonMember);
        f.figures = m_dir.filePath(QStringLiteral("december.csv"));
        test::writeFile(
            f.figures,
            "month,category,metric,requests,met\n2026-12,I,Technical check results,20,19\n");
        const QList<CaseSummary> cases = CaseRepository::list(*db).value();
        QVERIFY(!cases.isEmpty());
        f.caseId = cases.first().id;

        auto makeMinutes = [&](QDate day) -> qint64 {
            auto id = Meetings::create(*db, MeetingKind::Monthly,
                                       QDateTime(day, QTime(14, 0), Qt::UTC));
            if (!id)
                return 0;
            if (!MinutesBook::generateDraft(*db, id.value())
                || !MinutesBook::advance(*db, id.value(), MinutesState::Circulated))
                return 0;
            // The members' approvals the procedure needs, so that approving is a matter of role.
            for (const AttendanceEntry& a : Meetings::attendance(*db, id.value()).value()) {
                if (!a.voting)
                    continue;
                db->setSession({ a.name, Role::Member, a.memberId });
                const bool approved = bool(MinutesReview::approve(*db, id.value()));
                db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
                if (!approved)
                    return 0;
            }
            return id.value();
        };
        f.circulatedMeeting = makeMinutes(QDate(2027, 1, 14));
        f.approvedMeeting = makeMinutes(QDate(2027, 2, 11));
        QVERIFY(f.circulatedMeeting && f.approvedMeeting);
        Decision d;
        d.meetingId = f.circulatedMeeting;
        d.decidedOn = QDate(2027, 1, 14);
        d.text = QStringLiteral("The committee adopts its work plan.");
        auto decision = Decisions::add(*db, d);
        QVERIFY2(decision, qPrintable(failure(statusOf(decision))));
        f.decision = decision.value();
        auto a = ActionItems::add(*db, f.circulatedMeeting, QStringLiteral("Read the report"),
                                  f.votingMember, QDate(2027, 2, 1), false);
        auto b = ActionItems::add(*db, f.circulatedMeeting, QStringLiteral("Ask the IFO"),
                                  f.liaisonMember, QDate(2027, 2, 1), false);
        QVERIFY(a && b);
        f.itemOfVoter = a.value();
        f.itemOfLiaison = b.value();

        db->setSession({ QStringLiteral("Chair"), Role::Chair, f.votingMember });
        const Status approved
            = MinutesBook::advance(*db, f.approvedMeeting, MinutesState::Approved);
        QVERIFY2(approved, qPrintable(failure(approved)));
    }

    void eachRoleDoesWhatItMayAndNoMore_data()
    {
        QTest::addColumn<Role>("role");
        for (Role role :
             { Role::Chair, Role::Member, Role::Liaison, Role::Secretariat, Role::Observer })
            QTest::newRow(qPrintable(RoleNames::key(role))) << role;
    }

    void eachRoleDoesWhatItMayAndNoMore()
    {
        QFETCH(Role, role);
        auto db = openAs(role, RoleNames::key(role) + QStringLiteral(".db"));
        QVERIFY(db);
        for (const Action& action : actions()) {
            const Status s = action.run(*db, m_fixture);
            const QString what = RoleNames::key(role) + QStringLiteral(" → ") + action.name
                + QStringLiteral(": ") + failure(s);
            if (action.allowed.contains(role)) {
                QVERIFY2(s, qPrintable(what));
                continue;
            }
            QVERIFY2(!s, qPrintable(what));
            QVERIFY2(s.error().message.contains(QStringLiteral("needs the role")),
                     qPrintable(what));
            for (Role needed : action.allowed)
                QVERIFY2(s.error().message.contains(RoleNames::displayName(needed)),
                         qPrintable(what));
            QVERIFY2(s.error().message.contains(RoleNames::displayName(role)), qPrintable(what));
        }
    }

    void observerReadsNothingConfidential()
    {
        // What the secretariat sees first, so the observer's view is checked against real content.
        auto full = openAs(Role::Secretariat, QStringLiteral("secretariat-reads.db"));
        QVERIFY(full);
        QList<qint64> confidentialCases;
        QStringList confidentialTitles;
        for (const CaseSummary& c : CaseRepository::list(*full).value()) {
            if (c.confidential) {
                confidentialCases << c.id;
                confidentialTitles << c.title;
            }
        }
        QVERIFY(!confidentialCases.isEmpty());
        int confidentialSections = 0;
        const QList<Meeting> meetings = Meetings::list(*full).value();
        for (const Meeting& m : meetings) {
            for (const MinutesSection& s : MinutesBook::minutes(*full, m.id).value().sections)
                confidentialSections += s.confidential ? 1 : 0;
        }
        QVERIFY(confidentialSections > 0);
        full.reset();

        auto db = openAs(Role::Observer, QStringLiteral("observer-reads.db"));
        QVERIFY(db);
        const QList<CaseSummary> visible = CaseRepository::list(*db).value();
        QVERIFY(!visible.isEmpty());
        for (const CaseSummary& c : visible)
            QVERIFY2(!c.confidential && !c.exercise, qPrintable(c.reference));
        for (qint64 id : std::as_const(confidentialCases)) {
            QVERIFY(!CaseRepository::detail(*db, id));
            QVERIFY(!Meetings::caseLink(*db, id));
        }
        for (const QString& title : std::as_const(confidentialTitles)) {
            const QSet<qint64> found = CaseSearch::matchingCases(*db, title).valueOr({});
            for (qint64 id : std::as_const(confidentialCases))
                QVERIFY2(!found.contains(id), qPrintable(title));
        }
        int publicSections = 0;
        for (const Meeting& m : meetings) {
            auto record = Meetings::load(*db, m.id);
            QVERIFY2(record, qPrintable(record ? QString() : record.error().fullText()));
            const MeetingRecord& r = record.value();
            for (const MinutesSection& s : r.minutes.sections) {
                QVERIFY2(!s.isConfidential(), qPrintable(s.heading));
                ++publicSections;
            }
            QCOMPARE(MinutesBook::minutes(*db, m.id).value().sections.size(),
                     r.minutes.sections.size());
            for (const AgendaItem& a : r.agenda) {
                QVERIFY2(!a.confidential, qPrintable(a.title));
                QVERIFY2(a.linkedCase.id == 0 || !a.linkedCase.confidential, qPrintable(a.title));
            }
            for (const QList<Decision>& list : { r.decisions, r.emailDecisions }) {
                for (const Decision& d : list) {
                    QVERIFY2(!d.isConfidential(), qPrintable(d.text));
                    // As in the public minutes: a confidential case by its reference only.
                    QVERIFY2(d.linkedCase.id == 0 || !d.linkedCase.confidential
                                 || d.linkedCase.title.isEmpty(),
                             qPrintable(d.text));
                }
            }
            for (const ActionItem& a : r.actionItems)
                QVERIFY2(!a.confidential, qPrintable(a.text));
        }
        QVERIFY(publicSections > 0);
        for (const ActionItem& a : ActionItems::open(*db).value())
            QVERIFY2(!a.confidential, qPrintable(a.text));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
