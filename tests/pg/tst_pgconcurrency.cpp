// SPDX-License-Identifier: GPL-3.0-or-later
// Two members on the shared server edit the same record that is not a minutes section (a
// work-plan item, a roster member): the second save, made from what they saw before the first,
// is refused naming who changed it, and nothing is lost. Settings › Shared Server's Test
// connection reaches the same server.
#include "TestSupport.h"
#include "core/meetings/Committee.h"
#include "core/meetings/WorkPlan.h"
#include "core/settings/AppSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EditGuard.h"
#include "core/storage/ServerAddress.h"
#include "ui/SettingsDialog.h"
#include "ui/committee/WorkPlanModel.h"
#include "ui/committee/WorkPlanPanel.h"
#include "ui/widgets/UserPrompts.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace csc;

class TestPgConcurrency : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    std::unique_ptr<Database> m_ana;
    std::unique_ptr<Database> m_ben;

    static WorkItem itemOf(const Database& db, qint64 id)
    {
        for (const WorkItem& w : WorkPlan::items(db).valueOr({})) {
            if (w.id == id)
                return w;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::pg::available())
            QSKIP(test::pg::unavailableReason());
        UserPrompts::setHeadless(true);
    }

    void init()
    {
        m_url = test::pg::freshDatabase();
        auto created = Database::create(m_url);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        m_ana = std::move(created).value();
        m_ana->setSession({ QStringLiteral("Ana Silva"), Role::Secretariat, 0 });
        auto opened = Database::open(m_url);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
        m_ben = std::move(opened).value();
        m_ben->setSession({ QStringLiteral("Ben Okafor"), Role::Secretariat, 0 });
    }

    void cleanup()
    {
        m_ben.reset();
        m_ana.reset();
    }

    void twoClientsEditingOneRosterEntryLoseNothing()
    {
        Member m;
        m.name = QStringLiteral("Carla Registry");
        m.affiliation = QStringLiteral("RySG");
        m.termStart = QDate(2026, 1, 1);
        auto id = Committee::addMember(*m_ana, m);
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        // Both open the member's dialog.
        Member anas = Committee::member(*m_ana, id.value()).value();
        Member bens = Committee::member(*m_ben, id.value()).value();
        const qint64 seenByAna
            = EditGuard::versionOf(*m_ana, QStringLiteral("member"), id.value()).value();
        const qint64 seenByBen
            = EditGuard::versionOf(*m_ben, QStringLiteral("member"), id.value()).value();
        QCOMPARE(seenByAna, seenByBen);

        anas.email = QStringLiteral("carla@example.org");
        {
            EditGuard guard(*m_ana, QStringLiteral("member"), id.value(), seenByAna);
            QVERIFY(Committee::updateMember(*m_ana, anas));
        }
        bens.affiliation = QStringLiteral("Registries Stakeholder Group");
        Status refused;
        {
            EditGuard guard(*m_ben, QStringLiteral("member"), id.value(), seenByBen);
            refused = Committee::updateMember(*m_ben, bens);
        }
        QVERIFY(!refused);
        QVERIFY(EditGuard::isStaleEdit(refused.error()));
        QVERIFY2(refused.error().message.contains(QLatin1String("Ana Silva")),
                 qPrintable(refused.error().message));
        // Nothing lost: Ana's e-mail is saved, Ben's affiliation is still his to save.
        QCOMPARE(Committee::member(*m_ben, id.value()).value().email, anas.email);
        QCOMPARE(Committee::member(*m_ben, id.value()).value().affiliation, m.affiliation);
        QCOMPARE(bens.affiliation, QStringLiteral("Registries Stakeholder Group"));
        QVERIFY(AuditLog::verify(*m_ben).value().intact);
    }

    void aWorkPlanEditFromAnotherClientsStaleViewIsRefused()
    {
        WorkItem item;
        item.title = QStringLiteral("Charter review");
        auto id = WorkPlan::add(*m_ana, item);
        QVERIFY(id);
        // Ben's work plan shows the item; Ana changes it from her client.
        QUndoStack stack;
        WorkPlanPanel panel(m_ben.get(), &stack);
        WorkPlanModel* model = panel.model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->itemAt(r).id == id.value())
                row = r;
        }
        QVERIFY(row >= 0);
        WorkItem hers = itemOf(*m_ana, id.value());
        hers.title = QStringLiteral("Charter review (Ana)");
        QVERIFY(WorkPlan::update(*m_ana, hers));

        UserPrompts::takeShownMessages();
        UserPrompts::setNextAnswer(QMessageBox::Discard);
        QVERIFY(model->setData(model->index(row, WorkPlanModel::Title),
                               QStringLiteral("Charter review (Ben)")));
        const QString asked = UserPrompts::takeShownMessages().join(QLatin1Char('\n'));
        QVERIFY2(asked.contains(QLatin1String("Ana Silva")), qPrintable(asked));
        QCOMPARE(itemOf(*m_ana, id.value()).title, QStringLiteral("Charter review (Ana)"));
        QCOMPARE(stack.count(), 0);
        QVERIFY(AuditLog::verify(*m_ana).value().intact);
    }

    void testConnectionReachesTheServer()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(settings, nullptr);
        dialog.setServerAddress(ServerAddress::fromUrl(m_url), true);
        auto answer = dialog.testServer();
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().fullText()));
        QVERIFY2(answer.value().contains(QLatin1String("Connected")), qPrintable(answer.value()));
        // What is saved opens at the next start.
        dialog.accept();
        AppSettings next(dir.filePath(QStringLiteral("settings.ini")));
        auto reopened = Database::open(next.startupServer());
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().fullText()));
        QCOMPARE(reopened.value()->committeeId(), m_ana->committeeId());
    }
};

QTEST_MAIN(TestPgConcurrency)
#include "tst_pgconcurrency.moc"
