// SPDX-License-Identifier: GPL-3.0-or-later
// Optimistic concurrency on an SQLite committee file: two members' connections to the same
// file edit the same record; the second save, made from what they saw before the first, is
// refused naming who changed it, and neither text is lost.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/cases/CaseRepository.h"
#include "core/domain/AuditedWrite.h"
#include "core/meetings/WorkPlan.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EditGuard.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestEditGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    static WorkItem itemOf(const Database& db, qint64 id)
    {
        for (const WorkItem& w : WorkPlan::items(db).valueOr({})) {
            if (w.id == id)
                return w;
        }
        return {};
    }

private Q_SLOTS:
    void theSecondMemberIsRefusedAndNothingIsLost()
    {
        const QString file = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_count));
        qint64 id = 0;
        {
            auto setup = test::createOrFail(file);
            QVERIFY(setup);
            setup->setSession({ QStringLiteral("Setup"), Role::Secretariat, 0 });
            WorkItem item;
            item.title = QStringLiteral("Charter review");
            auto added = WorkPlan::add(*setup, item);
            QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
            id = added.value();
        }
        // Ana has the file open for writing; Ben has it open beside her (read-only while she
        // holds it) and his editor shows the item as it is now.
        auto ana = test::openOrFail(file);
        QVERIFY(ana);
        ana->setSession({ QStringLiteral("Ana Silva"), Role::Secretariat, 0 });
        auto benViewing = Database::open(file);
        QVERIFY(benViewing);
        WorkItem bens = itemOf(*benViewing.value(), id);
        const qint64 seenByBen
            = EditGuard::versionOf(*benViewing.value(), QStringLiteral("work_item"), id).value();
        const qint64 seenByAna
            = EditGuard::versionOf(*ana, QStringLiteral("work_item"), id).value();
        QCOMPARE(seenByBen, seenByAna);
        QVERIFY(seenByAna > 0);

        // Ana saves her edit.
        WorkItem anas = itemOf(*ana, id);
        anas.title = QStringLiteral("Charter review 2027 (Ana)");
        {
            EditGuard guard(*ana, QStringLiteral("work_item"), id, seenByAna);
            QVERIFY(WorkPlan::update(*ana, anas));
        }
        // She closes; Ben's CSC Desk takes the file for writing and saves what he typed
        // into the item as he saw it.
        ana.reset();
        benViewing.value().reset();
        auto ben = test::openOrFail(file);
        QVERIFY(ben);
        QVERIFY(!ben->isReadOnly());
        ben->setSession({ QStringLiteral("Ben Okafor"), Role::Secretariat, 0 });
        bens.title = QStringLiteral("Charter review with the GNSO (Ben)");
        Status refused;
        {
            EditGuard guard(*ben, QStringLiteral("work_item"), id, seenByBen);
            refused = WorkPlan::update(*ben, bens);
        }
        QVERIFY(!refused);
        QVERIFY(EditGuard::isStaleEdit(refused.error()));
        QVERIFY2(refused.error().message.contains(QLatin1String("Ana Silva")),
                 qPrintable(refused.error().message));
        // Nothing lost: Ana's title is saved, Ben still holds his, no entry of his was made.
        QCOMPARE(itemOf(*ben, id).title, anas.title);
        QCOMPARE(bens.title, QStringLiteral("Charter review with the GNSO (Ben)"));
        const auto entries
            = AuditLog::entries(*ben, QStringLiteral("work_item"), QString::number(id));
        QCOMPARE(entries.value().last().actor, QStringLiteral("Ana Silva"));

        // Having seen Ana's change, Ben saves his.
        const qint64 now = EditGuard::versionOf(*ben, QStringLiteral("work_item"), id).value();
        QVERIFY(now > seenByBen);
        {
            EditGuard guard(*ben, QStringLiteral("work_item"), id, now);
            QVERIFY(WorkPlan::update(*ben, bens));
        }
        QCOMPARE(itemOf(*ben, id).title, bens.title);
        QVERIFY(AuditLog::verify(*ben).value().intact);
    }

    void aCommentIsNoChangeOfTheCase()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        NewCase c;
        c.title = QStringLiteral("Late renewal notices");
        c.complainant = QStringLiteral("Registry Operator");
        c.tld = QStringLiteral("example");
        c.category = QStringLiteral("other");
        auto caseId = CaseRepository::create(*db, c);
        QVERIFY2(caseId, caseId ? "" : qPrintable(caseId.error().fullText()));
        const qint64 seen
            = EditGuard::versionOf(*db, QStringLiteral("case"), caseId.value()).value();
        // A colleague's comment while the user decides: the case's version stays.
        db->setSession({ QStringLiteral("Ana Silva"), Role::Secretariat, 0 });
        QVERIFY(CaseComments::add(*db, caseId.value(), QStringLiteral("Called the registry.")));
        QCOMPARE(EditGuard::versionOf(*db, QStringLiteral("case"), caseId.value()).value(), seen);
        // A change of the case itself moves it, and the guarded write is refused.
        const QString consent = QStringLiteral("Both parties agreed by e-mail on 2026-11-20.");
        const Status madePublic = CaseRepository::setPublic(*db, caseId.value(), true, consent);
        QVERIFY2(madePublic, madePublic ? "" : qPrintable(madePublic.error().fullText()));
        QVERIFY(EditGuard::versionOf(*db, QStringLiteral("case"), caseId.value()).value() > seen);
        db->setSession({ QStringLiteral("Ben Okafor"), Role::Secretariat, 0 });
        EditGuard guard(*db, QStringLiteral("case"), caseId.value(), seen);
        const Status refused = CaseRepository::setPublic(*db, caseId.value(), false, consent);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("Ana Silva")));
    }

    void oneWriteMayRecordSeveralEntriesAboutItsRecord()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        WorkItem item;
        item.title = QStringLiteral("Annual report");
        auto id = WorkPlan::add(*db, item);
        QVERIFY(id);
        const qint64 seen
            = EditGuard::versionOf(*db, QStringLiteral("work_item"), id.value()).value();
        // The versions of a whole table, in one read, agree with the one-record read.
        QCOMPARE(EditGuard::versionsOf(*db, QStringLiteral("work_item"))
                     .value()
                     .value(QString::number(id.value())),
                 seen);
        EditGuard guard(*db, QStringLiteral("work_item"), id.value(), seen);
        const Status twice = auditedWrite(*db, std::nullopt, [&](WriteScope& w) -> Status {
            if (auto a = w.audit(QStringLiteral("work_item"), id.value(), QStringLiteral("update"),
                                 { { QStringLiteral("title"), item.title, QStringLiteral("A") } });
                !a)
                return a;
            return w.audit(
                QStringLiteral("work_item"), id.value(), QStringLiteral("update"),
                { { QStringLiteral("title"), QStringLiteral("A"), QStringLiteral("B") } });
        });
        QVERIFY2(twice, twice ? "" : qPrintable(twice.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestEditGuard)
#include "tst_editguard.moc"
