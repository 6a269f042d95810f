// SPDX-License-Identifier: GPL-3.0-or-later
// A member's offline work comes back: comments, an approval, a vote and a done
// action item, merged once, attributed to the member; conflicts are not forced.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesReview.h"
#include "core/review/KeptChanges.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewMerge.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestReviewRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_committee;
    qint64 m_caseId = 0;
    qint64 m_circulatedMeeting = 0;
    qint64 m_decision = 0;
    qint64 m_actionItem = 0;
    qint64 m_lars = 0;

    QString exportCopyFor(const QString& member, const QString& file)
    {
        auto db = test::openOrFail(m_committee);
        auto recipient = ReviewCopy::findRecipient(*db, member);
        if (!recipient)
            return {};
        const QString path = m_dir.filePath(file);
        return ReviewCopy::exportCopy(*db, recipient.value(), path) ? path : QString();
    }

    int count(Database& db, const QString& sql, const QVariantList& values = {})
    {
        return queryScalar(db, sql, values).value().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_committee = m_dir.filePath(QStringLiteral("committee.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_committee, options));
        auto db = test::openOrFail(m_committee);
        m_caseId
            = queryScalar(
                  *db, QStringLiteral("SELECT min(id) FROM case_record WHERE archived_utc IS NULL"))
                  .value()
                  .toLongLong();
        m_circulatedMeeting
            = queryScalar(*db,
                          QStringLiteral(
                              "SELECT meeting_id FROM minutes WHERE state = 'circulated' LIMIT 1"))
                  .value()
                  .toLongLong();
        m_lars = queryScalar(*db,
                             QStringLiteral("SELECT id FROM member WHERE name = 'Lars Henriksen'"))
                     .value()
                     .toLongLong();
        QVERIFY(m_caseId && m_circulatedMeeting && m_lars);
        Decision d;
        d.meetingId = m_circulatedMeeting;
        d.decidedOn = QDate(2026, 11, 16);
        d.text = QStringLiteral(
            "Ask the IFO for a written response on the ticket confirmation misses");
        auto decision = Decisions::add(*db, d);
        QVERIFY2(decision, qPrintable(decision ? QString() : decision.error().fullText()));
        m_decision = decision.value();
        auto item = ActionItems::add(*db, m_circulatedMeeting,
                                     QStringLiteral("Review the IFO's October report"), m_lars,
                                     QDate(2026, 12, 1));
        QVERIFY(item);
        m_actionItem = item.value();
    }

    void roundTrip()
    {
        const QString copyPath
            = exportCopyFor(QStringLiteral("Lars Henriksen"), QStringLiteral("lars.db"));
        QVERIFY(!copyPath.isEmpty());
        {
            auto copy = test::openOrFail(copyPath);
            QVERIFY(copy && ReviewCopy::infoOf(*copy));
            QVERIFY(CaseComments::add(
                *copy, m_caseId, QStringLiteral("Seen on the plane: the IFO answered on day 9.")));
            QVERIFY(MinutesReview::comment(*copy, m_circulatedMeeting, 0,
                                           QStringLiteral("Typo in the roll call.")));
            auto approved = MinutesReview::approve(*copy, m_circulatedMeeting);
            QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().fullText()));
            QVERIFY(Decisions::recordVote(*copy, m_decision, m_lars, VoteChoice::Against));
            QVERIFY(ActionItems::setStatus(*copy, m_actionItem, true,
                                           QStringLiteral("Read it; fine.")));
            // Committee records stay the committee's.
            QVERIFY(!MinutesBook::advance(*copy, m_circulatedMeeting, MinutesState::Approved));
        }
        const QString changes = m_dir.filePath(QStringLiteral("lars.changes"));
        {
            // Reopened later (the laptop was closed): the changes are still there.
            auto copy = test::openOrFail(copyPath);
            QCOMPARE(ReviewCopy::pendingChangeCount(*copy).value() > 0, true);
            QVERIFY(ReviewCopy::writeChanges(*copy, changes));
        }

        auto db = test::openOrFail(m_committee);
        const qint64 auditBefore = count(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto preview = ReviewMerge::preview(*db, changes);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().fullText()));
        QCOMPARE(preview.value().applied.size(), 5);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")),
                 auditBefore); // a preview changes nothing

        auto merged = ReviewMerge::merge(*db, changes);
        QVERIFY(merged);
        QCOMPARE(merged.value().author, QStringLiteral("Lars Henriksen"));
        QCOMPARE(merged.value().applied.size(), 5);
        QVERIFY(merged.value().conflicts.isEmpty());

        QCOMPARE(
            count(*db,
                  QStringLiteral("SELECT count(*) FROM case_comment WHERE case_id = ? AND author = "
                                 "'Lars Henriksen' AND body LIKE 'Seen on the plane%'"),
                  { m_caseId }),
            1);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM minutes_comment WHERE meeting_id = ? "
                                      "AND member_id = ? AND verdict = 'approve'"),
                       { m_circulatedMeeting, m_lars }),
                 1);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM minutes_comment WHERE meeting_id = ? "
                                      "AND author = 'Lars Henriksen' AND verdict = 'comment'"),
                       { m_circulatedMeeting }),
                 1);
        QCOMPARE(queryScalar(*db,
                             QStringLiteral(
                                 "SELECT choice FROM vote WHERE decision_id = ? AND member_id = ?"),
                             { m_decision, m_lars })
                     .value()
                     .toString(),
                 QStringLiteral("against"));
        QCOMPARE(queryScalar(
                     *db,
                     QStringLiteral("SELECT status || ':' || note FROM action_item WHERE id = ?"),
                     { m_actionItem })
                     .value()
                     .toString(),
                 QStringLiteral("completed:Read it; fine."));
        // Attributed to the member in the audit trail, and the trail still verifies.
        QVERIFY(
            count(*db,
                  QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE id > ? AND actor = 'Lars Henriksen'"),
                  { auditBefore })
            >= 5);
        QVERIFY(AuditLog::verify(*db).value().intact);

        // The same file again is refused and changes nothing.
        const QString before = test::contentDump(*db);
        auto again = ReviewMerge::merge(*db, changes);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("merged already")),
                 qPrintable(again.error().message));
        QCOMPARE(test::contentDump(*db), before);

        // A second changes file from the same copy carries the earlier rows too: they are
        // recognised and merged once.
        const QString more = m_dir.filePath(QStringLiteral("lars-2.changes"));
        {
            auto copy = test::openOrFail(copyPath);
            QVERIFY(CaseComments::add(*copy, m_caseId, QStringLiteral("One more thought.")));
            QVERIFY(ReviewCopy::writeChanges(*copy, more));
        }
        auto second = ReviewMerge::merge(*db, more);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().fullText()));
        QCOMPARE(second.value().applied.size(), 1);
        QCOMPARE(second.value().alreadyMerged, 5);
    }

    void conflictIsReportedNotForced()
    {
        const QString copyPath
            = exportCopyFor(QStringLiteral("Mariana Costa"), QStringLiteral("mariana.db"));
        QVERIFY(!copyPath.isEmpty());
        const QString changes = m_dir.filePath(QStringLiteral("mariana.changes"));
        {
            auto copy = test::openOrFail(copyPath);
            QVERIFY(MinutesReview::askForChanges(
                *copy, m_circulatedMeeting,
                QStringLiteral("Add the IFO's explanation of the misses.")));
            QVERIFY(ReviewCopy::writeChanges(*copy, changes));
        }
        auto db = test::openOrFail(m_committee);
        // Meanwhile the committee approved the minutes: the other members first, then the chair.
        for (const AttendanceEntry& a : Meetings::attendance(*db, m_circulatedMeeting).value()) {
            if (!a.voting || a.name == QLatin1String("Mariana Costa"))
                continue;
            db->setSession({ a.name, Role::Member, a.memberId });
            QVERIFY(MinutesReview::approve(*db, m_circulatedMeeting));
        }
        db->setSession({ QStringLiteral("Amaka Okonkwo"), Role::Chair, 0 });
        QVERIFY(MinutesBook::advance(*db, m_circulatedMeeting, MinutesState::Approved));
        db->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });

        auto merged = ReviewMerge::merge(*db, changes);
        QVERIFY(merged);
        QVERIFY(merged.value().applied.isEmpty());
        QCOMPARE(merged.value().conflicts.size(), 1);
        QVERIFY2(merged.value().conflicts.first().contains(QStringLiteral("approved already")),
                 qPrintable(merged.value().conflicts.first()));
        QCOMPARE(count(*db,
                       QStringLiteral(
                           "SELECT count(*) FROM minutes_comment WHERE author = 'Mariana Costa'")),
                 0);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM review_conflict WHERE author = "
                                      "'Mariana Costa' AND status = 'pending'")),
                 1);
        // Merging again is refused and does not duplicate the kept conflict.
        QVERIFY(!ReviewMerge::merge(*db, changes));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM review_conflict")), 1);

        // The secretariat decides: the kept change leaves the list, its record stays.
        auto kept = KeptChanges::pending(*db);
        QVERIFY(kept);
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().first().author, QStringLiteral("Mariana Costa"));
        QVERIFY(kept.value().first().reason.contains(QStringLiteral("approved already")));
        db->setSession({ QStringLiteral("Lars Henriksen"), Role::Member, 0 });
        QVERIFY(!KeptChanges::dismiss(*db, kept.value().first().id, QStringLiteral("no")));
        db->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
        QVERIFY(KeptChanges::dismiss(*db, kept.value().first().id,
                                     QStringLiteral("Raised at the next meeting instead.")));
        QVERIFY(KeptChanges::pending(*db).value().isEmpty());
        QVERIFY(!KeptChanges::dismiss(*db, kept.value().first().id, {}));
        QCOMPARE(count(*db,
                       QStringLiteral(
                           "SELECT count(*) FROM review_conflict WHERE status = 'dismissed'")),
                 1);
    }

    void commandLineRoundTrip()
    {
        const QString copyPath = m_dir.filePath(QStringLiteral("kenji.db"));
        auto exported = test::runCscDesk(
            { QStringLiteral("--db"), m_committee, QStringLiteral("review"),
              QStringLiteral("export"), QStringLiteral("--for"), QStringLiteral("Kenji Watanabe"),
              QStringLiteral("--out"), copyPath });
        QCOMPARE(exported.exitCode, 0);
        {
            auto copy = test::openOrFail(copyPath);
            QVERIFY(CaseComments::add(*copy, m_caseId,
                                      QStringLiteral("Comment from the command-line round trip")));
        }
        const QString changes = m_dir.filePath(QStringLiteral("kenji.changes"));
        QCOMPARE(test::runCscDesk({ QStringLiteral("--db"), copyPath, QStringLiteral("review"),
                                    QStringLiteral("changes"), QStringLiteral("--out"), changes })
                     .exitCode,
                 0);
        auto merged
            = test::runCscDesk({ QStringLiteral("--db"), m_committee, QStringLiteral("review"),
                                 QStringLiteral("merge"), changes });
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains(QStringLiteral("1 merged")), qPrintable(merged.out));
        auto bad = test::runCscDesk({ QStringLiteral("--db"), m_committee, QStringLiteral("review"),
                                      QStringLiteral("merge"), copyPath });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("not a CSC Desk changes file")));
    }
};

QTEST_GUILESS_MAIN(TestReviewRoundTrip)
#include "tst_reviewroundtrip.moc"
