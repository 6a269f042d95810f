// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, items 6 and 7: the periodic audit as a tracked process in order, the IFO's complaint
// handling times against its own procedure, the other duties' records and their public texts.
#include "TestSupport.h"
#include "core/duties/DutyRecords.h"
#include "core/duties/IfoComplaints.h"
#include "core/duties/PeriodicAudits.h"
#include "core/export/ProcessPublicTexts.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestDuties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAuditGoesStageByStage()
    {
        auto db = test::inMemoryOrFail();
        auto id = PeriodicAudits::commission(*db, QStringLiteral("Meridian Assurance"),
                                             QDate(2026, 1, 5));
        QVERIFY(id);
        // Nothing is published before the report is received, no feedback before publication.
        QVERIFY(!PeriodicAudits::publishResults(*db, id.value(), QDate(2026, 3, 1),
                                                QStringLiteral("https://csc.example/audit"),
                                                QStringLiteral("Results")));
        QVERIFY(!PeriodicAudits::recordFeedback(*db, id.value(), QDate(2026, 4, 1),
                                                QStringLiteral("Comments")));
        QVERIFY(!PeriodicAudits::recordReport(*db, id.value(), QDate(2025, 12, 1), {}));
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        test::writeFile(report, "%PDF-1.4 audit");
        QVERIFY(PeriodicAudits::recordReport(*db, id.value(), QDate(2026, 2, 20), report));
        QVERIFY(PeriodicAudits::publishResults(
            *db, id.value(), QDate(2026, 3, 1), QStringLiteral("https://csc.example/audit"),
            QStringLiteral("The IFO met 61 of 63 service levels.")));
        QVERIFY(PeriodicAudits::recordFeedback(*db, id.value(), QDate(2026, 4, 1),
                                               QStringLiteral("Nine comments.")));
        auto cr = PeriodicAudits::openChangeRequest(
            *db, id.value(), QStringLiteral("Refine re-tests"), QDate(2026, 4, 10));
        QVERIFY(cr);
        QCOMPARE(queryScalar(*db,
                             QStringLiteral("SELECT status FROM sle_change_request WHERE id = ?"),
                             { cr.value() })
                     .value()
                     .toString(),
                 QStringLiteral("proposed"));
        const PeriodicAudit a = PeriodicAudits::get(*db, id.value()).value();
        QCOMPARE(a.changeRequestIds, QList<qint64> { cr.value() });
        auto text = ProcessPublicTexts::auditResults(a);
        QVERIFY(text);
        QVERIFY(text.value().html().contains(QStringLiteral("61 of 63")));
    }

    void theIfoHandlingTimesAreJudgedInBusinessDays()
    {
        auto db = test::inMemoryOrFail();
        const BusinessCalendar calendar = CommitteeSettings::businessCalendar(*db);
        // Received Friday 2026-11-06: receipt due Monday 9th, response due Tuesday 10th.
        IfoComplaintHandling h { 0,
                                 QStringLiteral("IANA-1"),
                                 QDate(2026, 11, 6),
                                 QDate(2026, 11, 9),
                                 QDate(2026, 11, 12),
                                 0 };
        QVERIFY(IfoComplaints::addHandling(*db, h));
        const IfoHandlingCheck c = IfoComplaints::check(calendar, h, QDate(2026, 11, 20));
        QCOMPARE(c.receipt.state, DeadlineState::Met);
        QCOMPARE(c.response.state, DeadlineState::Late);
        QCOMPARE(c.response.businessDaysLeft, -2);
        h.acknowledgedOn = QDate(2026, 11, 5); // before it was received
        QVERIFY(!IfoComplaints::addHandling(*db, h));
    }

    void summariesFeedTheCountsPerKind()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(IfoComplaints::addSummary(
            *db,
            { 0,
              QDate(2026, 7, 1),
              QDate(2026, 9, 30),
              QDate(2026, 10, 2),
              { { QStringLiteral("timeliness"), 3 }, { QStringLiteral("communication"), 1 } } }));
        QVERIFY(IfoComplaints::addSummary(*db,
                                          { 0,
                                            QDate(2026, 10, 1),
                                            QDate(2026, 10, 31),
                                            QDate(2026, 11, 2),
                                            { { QStringLiteral("timeliness"), 2 } } }));
        const auto counts
            = IfoComplaints::escalatedCounts(*db, QDate(2026, 9, 1), QDate(2026, 11, 30)).value();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.first(), qMakePair(QStringLiteral("timeliness"), 5));
    }

    void recordsRefuseWhatTheProcedureRulesOut()
    {
        auto db = test::inMemoryOrFail();
        TechnicalChange c;
        c.title = QStringLiteral("KSK rollover");
        c.rfcOpensOn = QDate(2026, 9, 1);
        c.rfcClosesOn = QDate(2026, 9, 30);
        c.statementOn = QDate(2026, 9, 15); // before the comments are in
        QVERIFY(!DutyRecords::addTechnicalChange(*db, c));
        c.statementOn = QDate(2026, 10, 15);
        c.publicText = QStringLiteral("Plan agreed on behalf of the registry operators.");
        auto added = DutyRecords::addTechnicalChange(*db, c);
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
        CustomerUpdate u;
        u.consultation = true;
        u.heldOn = QDate(2026, 6, 1);
        u.audience = QStringLiteral("The community");
        u.content = QStringLiteral("Internal notes");
        QVERIFY(!DutyRecords::addCustomerUpdate(*db, u)); // no public text
        u.publicText = QStringLiteral("Annual consultation held.");
        QVERIFY(DutyRecords::addCustomerUpdate(*db, u));
        const PublicText t
            = ProcessPublicTexts::customerUpdate(DutyRecords::customerUpdates(*db).value().first());
        QVERIFY(t.html().contains(QStringLiteral("Annual consultation held.")));
        QVERIFY(!t.html().contains(QStringLiteral("Internal notes")));
        QVERIFY(!DutyRecords::addReviewLiaison(
            *db,
            { 0, QStringLiteral("A. Liaison"), QStringLiteral("other"), QDate(2026, 1, 1), {} }));
        QVERIFY(DutyRecords::addReviewLiaison(
            *db,
            { 0, QStringLiteral("A. Liaison"), QStringLiteral("ifr"), QDate(2026, 1, 1), {} }));
    }
};

// A GUI application: public texts render Markdown through QTextDocument.
QTEST_MAIN(TestDuties)
#include "tst_duties.moc"
