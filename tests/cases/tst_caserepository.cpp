// SPDX-License-Identifier: GPL-3.0-or-later
// Cases as records: refusal of delegation disputes, confidentiality, documents,
// comments, search (archive included), undo as an audited move, patterns, escalation.
#include "CaseTestHelpers.h"
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/cases/CaseSearch.h"
#include "core/cases/ComplaintPatterns.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestCaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delegationDisputesAreRefused_data()
    {
        QTest::addColumn<QString>("category");
        QTest::newRow("delegation") << QStringLiteral("delegation");
        QTest::newRow("re-delegation") << QStringLiteral("redelegation");
    }

    void delegationDisputesAreRefused()
    {
        QFETCH(QString, category);
        auto db = test::inMemoryOrFail();
        NewCase c;
        c.title = QStringLiteral("Dispute over who runs .example");
        c.category = category;
        auto id = CaseRepository::create(*db, c);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("delegation or re-delegation")),
                 qPrintable(id.error().message));
        QCOMPARE(
            queryScalar(*db, QStringLiteral("SELECT count(*) FROM case_record")).value().toInt(),
            0);
    }

    void casesAreConfidentialByDefaultAndNumberedPerYear()
    {
        auto db = test::inMemoryOrFail();
        auto a
            = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("A"), QDate(2025, 3, 1));
        auto b
            = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("B"), QDate(2025, 4, 1));
        auto c
            = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("C"), QDate(2026, 1, 5));
        QVERIFY(a && b && c);
        QCOMPARE(CaseRepository::summary(*db, a.value()).value().reference,
                 QStringLiteral("CSC-2025-001"));
        QCOMPARE(CaseRepository::summary(*db, b.value()).value().reference,
                 QStringLiteral("CSC-2025-002"));
        QCOMPARE(CaseRepository::summary(*db, c.value()).value().reference,
                 QStringLiteral("CSC-2026-001"));
        QVERIFY(CaseRepository::summary(*db, a.value()).value().confidential);

        // Observers never get confidential cases.
        db->setSession({ QStringLiteral("Observer"), Role::Observer, 0 });
        auto seen = CaseRepository::list(*db);
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().fullText()));
        QCOMPARE(seen.value().size(), 0);
        QVERIFY(!CaseRepository::detail(*db, a.value()));
        auto hits = CaseSearch::matchingCases(*db, QStringLiteral("Northgate"));
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().fullText()));
        QVERIFY(hits.value().isEmpty());
        db->setSession({ QStringLiteral("Chair"), Role::Chair, 0 });

        // Making one public is an explicit decision with the parties' consent.
        auto refused = CaseRepository::setPublic(*db, a.value(), true, QString());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("consent")));
        QVERIFY(CaseRepository::setPublic(
            *db, a.value(), true, QStringLiteral("Both parties agreed by e-mail on 2025-05-02")));
        const CaseDetail d = CaseRepository::detail(*db, a.value()).value();
        QVERIFY(!d.summary.confidential);
        QCOMPARE(d.publications.size(), 1);
        QCOMPARE(d.publications.first().decidedBy, QStringLiteral("Chair"));
        QVERIFY(d.publications.first().consent.contains(QStringLiteral("Both parties")));
        db->setSession({ QStringLiteral("Observer"), Role::Observer, 0 });
        QCOMPARE(CaseRepository::list(*db).value().size(), 1);
    }

    void publicSummariesLeaveOutConfidentialAndExercises()
    {
        auto db = test::inMemoryOrFail();
        auto secret = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Secret matter"),
                                     QDate(2025, 3, 1));
        auto open = test::openCase(*db, CaseProcess::ProblemManagement,
                                   QStringLiteral("Public problem"), QDate(2025, 3, 2));
        NewCase exercise;
        exercise.process = CaseProcess::ProblemManagement;
        exercise.title = QStringLiteral("Table-top rehearsal");
        exercise.category = QStringLiteral("other");
        exercise.exercise = true;
        exercise.openedOn = QDate(2025, 3, 3);
        auto ex = CaseRepository::create(*db, exercise);
        auto closed = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Closed early"),
                                     QDate(2025, 3, 4));
        QVERIFY(secret && open && ex && closed);
        QVERIFY(CaseRepository::setPublic(*db, open.value(), true,
                                          QStringLiteral("IFO and committee agreed")));
        QVERIFY(CaseMoves::move(*db,
                                test::fullRequest(*db, closed.value(), QStringLiteral("withdrawn"),
                                                  QDate(2025, 3, 10))));

        const auto before
            = CaseRepository::publicEscalationSummaries(*db, QDate(2025, 3, 5)).value();
        QCOMPARE(before.size(), 3); // the one withdrawn later was still open then
        const auto summaries
            = CaseRepository::publicEscalationSummaries(*db, QDate(2025, 4, 1)).value();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).reference, QStringLiteral("CSC-2025-001"));
        QVERIFY(summaries.at(0).title.isEmpty());
        QCOMPARE(summaries.at(1).title, QStringLiteral("Public problem"));
        QCOMPARE(summaries.at(1).stepName,
                 ProcessDefinition::of(CaseProcess::ProblemManagement).steps.first().name);
    }

    void closedCasesAreArchivedAndStaySearchable()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::Complaint,
                                 QStringLiteral("Glue records rejected"), QDate(2025, 3, 1));
        QVERIFY(id);
        auto early = CaseRepository::setArchived(*db, id.value(), true);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("still open")));
        QVERIFY(CaseMoves::move(
            *db,
            test::fullRequest(*db, id.value(), QStringLiteral("resolved"), QDate(2025, 3, 20))));
        QVERIFY(CaseRepository::setArchived(*db, id.value(), true));
        CaseListFilter board;
        board.includeArchived = false;
        QCOMPARE(CaseRepository::list(*db, board).value().size(), 0);
        QCOMPARE(CaseRepository::list(*db).value().size(), 1);
        QCOMPARE(CaseSearch::matchingCases(*db, QStringLiteral("glue")).value(),
                 QSet<qint64> { id.value() });
        // Archived cases are not changed; nothing is ever deleted.
        QVERIFY(!CaseComments::add(*db, id.value(), QString()));
        QVERIFY(
            !execute(*db, QStringLiteral("DELETE FROM case_record WHERE id = ?"), { id.value() }));
        QVERIFY(!execute(*db, QStringLiteral("DELETE FROM case_move")));
    }

    void searchFindsWordsInCommentsAndMoveNotes()
    {
        auto db = test::inMemoryOrFail();
        auto a = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Slow updates"));
        auto b = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Other matter"));
        QVERIFY(a && b);
        QVERIFY(CaseComments::add(
            *db, b.value(),
            QStringLiteral("The nameserver in Reykjavík timed out twice during checks.")));
        QCOMPARE(CaseSearch::matchingCases(*db, QStringLiteral("reykjavik")).value(),
                 QSet<qint64> { b.value() });
        QCOMPARE(CaseSearch::matchingCases(*db, QStringLiteral("nameserv timed")).value(),
                 QSet<qint64> { b.value() });
        // Words from the title and a comment of the same case.
        QCOMPARE(CaseSearch::matchingCases(*db, QStringLiteral("other reykjavik")).value(),
                 QSet<qint64> { b.value() });
        QVERIFY(CaseSearch::matchingCases(*db, QStringLiteral("slow reykjavik")).value().isEmpty());
        MoveRequest r = test::fullRequest(*db, a.value(), QStringLiteral("reported"));
        r.reason = QStringLiteral("Operator unhappy with the DNSSEC key rollover handling");
        QVERIFY(CaseMoves::move(*db, r));
        QCOMPARE(CaseSearch::matchingCases(*db, QStringLiteral("rollover")).value(),
                 QSet<qint64> { a.value() });
        // FTS syntax typed by a user is taken as words.
        QVERIFY(CaseSearch::matchingCases(*db, QStringLiteral("\"NEAR( AND *")));
        QVERIFY(!CaseComments::add(*db, a.value(), QStringLiteral("   ")));
    }

    void commentsNeedThePermission()
    {
        auto db = test::inMemoryOrFail();
        auto a = test::openCase(*db, CaseProcess::Complaint);
        QVERIFY(a && CaseRepository::setPublic(*db, a.value(), true, QStringLiteral("agreed")));
        db->setSession({ QStringLiteral("Observer"), Role::Observer, 0 });
        auto c = CaseComments::add(*db, a.value(), QStringLiteral("Hello"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QStringLiteral("Commenting")));
        db->setSession({ QStringLiteral("Member"), Role::Member, 0 });
        QVERIFY(CaseComments::add(*db, a.value(), QStringLiteral("Hello")));
    }

    void undoIsAnAuditedMoveNotAnErasure()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("Undo me"),
                                 QDate(2025, 3, 1));
        QVERIFY(id);
        QVERIFY(CaseMoves::move(
            *db,
            test::fullRequest(*db, id.value(), QStringLiteral("reported"), QDate(2025, 3, 2))));
        auto toResponse
            = CaseMoves::move(*db,
                              test::fullRequest(*db, id.value(), QStringLiteral("written_response"),
                                                QDate(2025, 3, 3)));
        QVERIFY(toResponse);
        QVERIFY(CaseRepository::summary(*db, id.value()).value().dueDate.isValid());
        auto undone = CaseMoves::undo(*db, toResponse.value());
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().fullText()));
        const CaseSummary after = CaseRepository::summary(*db, id.value()).value();
        QCOMPARE(after.step, QStringLiteral("reported"));
        QCOMPARE(after.stepSince, QDate(2025, 3, 2));
        QVERIFY(!after.dueDate.isValid());
        const CaseDetail d = CaseRepository::detail(*db, id.value()).value();
        QCOMPARE(d.moves.size(), 4); // opened, reported, written response, its undo
        QCOMPARE(d.moves.at(2).undoneByMoveId, undone.value());
        QCOMPARE(d.moves.at(3).undoesMoveId, toResponse.value());
        const auto audit
            = AuditLog::entries(*db, QStringLiteral("case"), QString::number(id.value())).value();
        QCOMPARE(audit.last().action, QStringLiteral("undo"));
        // The same move cannot be undone twice, nor an earlier one out of order.
        QVERIFY(!CaseMoves::undo(*db, toResponse.value()));
        QVERIFY(!CaseMoves::undo(*db, d.moves.at(0).id));
        QVERIFY(AuditLog::verify(*db).value().intact);
    }

    void documentsAreStoredWithTheirHashOrRefused()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::Complaint);
        QVERIFY(id);
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("response.txt"));
        test::writeFile(good, "The IFO's written response");
        auto doc = CaseDocuments::attachFile(*db, id.value(), good,
                                             QStringLiteral("IFO's written response"));
        QVERIFY(doc);
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT sha256 FROM document WHERE id = ?"),
                             { doc.value() })
                     .value()
                     .toString(),
                 QString::fromLatin1(QCryptographicHash::hash("The IFO's written response",
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        QCOMPARE(CaseRepository::detail(*db, id.value()).value().documents.first().name,
                 QStringLiteral("response.txt"));

        auto missing = CaseDocuments::attachFile(*db, id.value(),
                                                 dir.filePath(QStringLiteral("nope.pdf")), {});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.pdf")));

        const QString big = dir.filePath(QStringLiteral("huge.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(CaseDocuments::kMaxBytes + 1));
        f.close();
        auto tooBig = CaseDocuments::attachFile(*db, id.value(), big, {});
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().message.contains(QStringLiteral("at most")),
                 qPrintable(tooBig.error().message));

        const QString locked = dir.filePath(QStringLiteral("locked.txt"));
        test::writeFile(locked, "secret");
        QFile::setPermissions(locked, QFileDevice::Permissions {});
        if (!QFile(locked).open(QIODevice::ReadOnly)) { // root reads everything
            auto unreadable = CaseDocuments::attachFile(*db, id.value(), locked, {});
            QVERIFY(!unreadable);
            QVERIFY(unreadable.error().message.contains(QStringLiteral("cannot be read")));
        }
        QCOMPARE(CaseRepository::detail(*db, id.value()).value().documents.size(), 1);
    }

    void patternSuggestionAppearsAtTheThresholdNotBelow()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(execute(*db,
                        QStringLiteral("INSERT INTO service_level(category, metric) VALUES ('I', "
                                       "'Technical check results')")));
        QVERIFY(execute(*db,
                        QStringLiteral("INSERT INTO service_level(category, metric) VALUES ('II', "
                                       "'Lodging an emailed request')")));
        const qint64 checks = 1;
        const qint64 lodging = 2;
        const QDate asOf(2026, 6, 30);
        QVERIFY(test::openCase(*db, CaseProcess::Complaint, QStringLiteral("old"),
                               asOf.addDays(-90), checks)); // outside the 90 days
        QVERIFY(test::openCase(*db, CaseProcess::Complaint, QStringLiteral("a"), asOf.addDays(-89),
                               checks));
        QVERIFY(test::openCase(*db, CaseProcess::Complaint, QStringLiteral("b"), asOf.addDays(-30),
                               checks));
        QVERIFY(test::openCase(*db, CaseProcess::Complaint, QStringLiteral("x"), asOf.addDays(-3),
                               lodging));
        NewCase rehearsal;
        rehearsal.title = QStringLiteral("exercise");
        rehearsal.category = QStringLiteral("technical_checks");
        rehearsal.serviceLevelId = checks;
        rehearsal.exercise = true;
        rehearsal.openedOn = asOf.addDays(-2);
        QVERIFY(CaseRepository::create(*db, rehearsal));
        QVERIFY(ComplaintPatterns::suggestions(*db, asOf).value().isEmpty()); // 2 real ones: below

        auto third = test::openCase(*db, CaseProcess::Complaint, QStringLiteral("c"),
                                    asOf.addDays(-1), checks);
        QVERIFY(third);
        const auto found = ComplaintPatterns::suggestions(*db, asOf).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().serviceLevelId, checks);
        QCOMPARE(found.first().caseIds.size(), 3);
        QCOMPARE(found.first().serviceLevelLabel, QStringLiteral("I · Technical check results"));

        auto problem = ComplaintPatterns::openProblemCase(*db, found.first(), asOf);
        QVERIFY(problem);
        const CaseDetail d = CaseRepository::detail(*db, problem.value()).value();
        QCOMPARE(d.summary.process, CaseProcess::ProblemManagement);
        QCOMPARE(d.links.size(), 3);
        QVERIFY(ComplaintPatterns::suggestions(*db, asOf).value().isEmpty()); // taken up now

        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::ComplaintPatternCount, 1));
        QCOMPARE(ComplaintPatterns::suggestions(*db, asOf).value().size(),
                 1); // the lodging complaint

        const auto series = ComplaintPatterns::byServiceLevel(*db, QDate(2026, 1, 1), 6).value();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.first().total, 4);
    }

    void remedialActionEscalatesAndRecordsNotices()
    {
        auto db = test::inMemoryOrFail();
        auto id = test::openCase(*db, CaseProcess::ProblemManagement,
                                 QStringLiteral("Persistent misses"), QDate(2025, 3, 1));
        QVERIFY(id);
        QVERIFY(!CaseMoves::advanceEscalation(*db, id.value(), QStringLiteral("too early")));
        QVERIFY(
            CaseMoves::move(*db,
                            test::fullRequest(*db, id.value(), QStringLiteral("remedial_action"),
                                              QDate(2025, 3, 5))));
        const QStringList levels = CommitteeSettings::escalationLevels(*db);
        QCOMPARE(CaseRepository::summary(*db, id.value()).value().escalationLevel, 1);
        QCOMPARE(CaseRepository::detail(*db, id.value()).value().notices.size(), 3);
        for (int level = 2; level <= levels.size(); ++level)
            QCOMPARE(CaseMoves::advanceEscalation(*db, id.value(), QStringLiteral("No progress"))
                         .value(),
                     level);
        auto beyond = CaseMoves::advanceEscalation(*db, id.value(), QStringLiteral("No progress"));
        QVERIFY(!beyond);
        QVERIFY(beyond.error().message.contains(QStringLiteral("ICANN Board")));
        const CaseDetail d = CaseRepository::detail(*db, id.value()).value();
        QCOMPARE(d.notices.size(), 3 * levels.size());
        QCOMPARE(d.notices.last().level, QStringLiteral("ICANN Board"));
        QStringList recipients;
        for (int i = 0; i < 3; ++i)
            recipients << d.notices.at(i).recipient;
        QCOMPARE(recipients, CaseMoves::noticeRecipients());
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
