// SPDX-License-Identifier: GPL-3.0-or-later
// A persistently missed service level opens one Problem Management case linked to it.
#include "TestSupport.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/PersistentMissCases.h"
#include "core/storage/SqlQuery.h"

#include <QTest>

using namespace csc;

class TestPersistentMiss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOneLinkedCase()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QVERIFY(execute(*db,
                        QStringLiteral("INSERT INTO service_level(id, category, metric) VALUES (7, "
                                       "'I', 'Other validations and reviews')")));
        const QString label = QStringLiteral("Other validations and reviews (category I)");
        QCOMPARE(PersistentMissCases::openCaseFor(*db, 7).value(), 0);

        auto opened = PersistentMissCases::open(
            *db, 7, label, { QDate(2026, 7, 1), QDate(2026, 9, 1), QDate(2026, 10, 1) },
            QDate(2026, 11, 23));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        const CaseSummary c = CaseRepository::summary(*db, opened.value()).value();
        QCOMPARE(c.process, CaseProcess::ProblemManagement);
        QVERIFY(c.title.contains(QStringLiteral("Other validations and reviews")));
        QCOMPARE(queryScalar(
                     *db, QStringLiteral("SELECT service_level_id FROM case_record WHERE id = ?"),
                     { opened.value() })
                     .value()
                     .toLongLong(),
                 7);
        QVERIFY(CaseRepository::detail(*db, opened.value())
                    .value()
                    .summary.confidential); // confidential by default

        // Asked again (another month, another member): the same case, not a second one.
        QCOMPARE(PersistentMissCases::open(*db, 7, label, {}).value(), opened.value());
        QCOMPARE(
            queryScalar(
                *db, QStringLiteral("SELECT count(*) FROM case_record WHERE process = 'problem'"))
                .value()
                .toInt(),
            1);
    }

    void membersCannotOpenCases()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QVERIFY(execute(*db,
                        QStringLiteral("INSERT INTO service_level(id, category, metric) VALUES (7, "
                                       "'I', 'Technical check results')")));
        db->setSession({ QStringLiteral("A Member"), Role::Member, 0 });
        auto refused
            = PersistentMissCases::open(*db, 7, QStringLiteral("Technical check results"), {});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Secretariat")));
    }
};

QTEST_GUILESS_MAIN(TestPersistentMiss)
#include "tst_persistentmiss.moc"
