// SPDX-License-Identifier: GPL-3.0-or-later
// The Duties tab of the Committee section offscreen: an urgent review whose Further Escalation
// Options stay refused until both customers' consent is recorded, and a duty record added
// through core (audited, refused with core's reason). Answers come through the UserPrompts seam.
#include "TestSupport.h"
#include "core/cases/UrgentReviews.h"
#include "core/duties/DutyRecords.h"
#include "core/storage/AuditLog.h"
#include "ui/committee/DutiesPanel.h"
#include "ui/widgets/UserPrompts.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestDutiesPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DutiesPanel> m_panel;
    QTemporaryDir m_dir;

    QString evidence(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, "evidence\n");
        return path;
    }
    void click(const QString& name)
    {
        auto* b = m_panel->findChild<QPushButton*>(name);
        QVERIFY2(b && b->isEnabled(), qPrintable(name));
        b->click();
    }
    void recordConsent(const QString& customers, const QString& by, const QString& file)
    {
        UserPrompts::setNextText(customers);
        UserPrompts::setNextText(by);
        UserPrompts::setNextText(QStringLiteral("Council resolution"));
        UserPrompts::setNextText(QStringLiteral("2026-11-10"));
        UserPrompts::setNextFileName(evidence(file));
        click(QStringLiteral("recordConsent"));
    }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_panel = std::make_unique<DutiesPanel>(m_db.get());
        m_panel->setToday(QDate(2026, 11, 23));
        m_panel->resize(1200, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        UserPrompts::takeShownMessages();
    }

    void cleanup()
    {
        m_panel.reset();
        m_db.reset();
    }

    void urgentReviewRefusesFurtherEscalationUntilBothConsent()
    {
        UserPrompts::setNextText(QStringLiteral("Root zone publication stalled"));
        UserPrompts::setNextText(DutiesPanel::tr("A single extreme event"));
        UserPrompts::setNextText(QStringLiteral("72 hours for 41 requests"));
        UserPrompts::setNextText(QStringLiteral("2026-11-02"));
        UserPrompts::setNextFileName(evidence(QStringLiteral("incident.pdf")));
        click(QStringLiteral("openUrgentReview"));
        QCOMPARE(UserPrompts::takeShownMessages(), QStringList());
        QTableWidget* table = m_panel->table(DutiesPanel::UrgentReviews);
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(m_panel->detailText(DutiesPanel::UrgentReviews)
                    .contains(QStringLiteral("72 hours for 41 requests")));
        // The evidence is named by its file, not by a number the user never saw (issue 12).
        QVERIFY2(m_panel->detailText(DutiesPanel::UrgentReviews)
                     .contains(QStringLiteral("“incident.pdf” on file")),
                 qPrintable(m_panel->detailText(DutiesPanel::UrgentReviews)));

        // No consent yet: refused, saying whose consent is missing; nothing asked, nothing opened.
        click(QStringLiteral("furtherEscalation"));
        QStringList shown = UserPrompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("explicit consent"))
                     && shown.first().contains(QStringLiteral("the ccTLD customers and the gTLD "
                                                              "customers")),
                 qPrintable(shown.first()));

        recordConsent(DutiesPanel::tr("ccTLD customers"), QStringLiteral("ccNSO Council"),
                      QStringLiteral("ccnso.pdf"));
        QCOMPARE(UserPrompts::takeShownMessages(), QStringList());
        const QString detail = m_panel->detailText(DutiesPanel::UrgentReviews);
        QVERIFY2(detail.contains(QStringLiteral("given by ccNSO Council, by Council resolution")),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("(document “ccnso.pdf”)")), qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("document #")));
        click(QStringLiteral("furtherEscalation"));
        shown = UserPrompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QStringLiteral("not yet recorded: the gTLD customers")));
        const qint64 id = UrgentReviews::list(*m_db).value().first().id;
        QCOMPARE(UrgentReviews::get(*m_db, id).value().state, QStringLiteral("open"));

        // Both consented: the options open, on the ground given.
        recordConsent(DutiesPanel::tr("gTLD customers"), QStringLiteral("GNSO Registries"),
                      QStringLiteral("rysg.pdf"));
        UserPrompts::setNextText(QStringLiteral("Systemic breach not remedied"));
        click(QStringLiteral("furtherEscalation"));
        QCOMPARE(UserPrompts::takeShownMessages(), QStringList());
        const UrgentReview after = UrgentReviews::get(*m_db, id).value();
        QCOMPARE(after.state, QStringLiteral("further_escalation"));
        QCOMPARE(after.ground, QStringLiteral("Systemic breach not remedied"));
        QCOMPARE(after.consents.size(), 2);
    }

    void aLiaisonIsRecordedThroughCore()
    {
        m_panel->tabs()->setCurrentIndex(DutiesPanel::Liaisons);
        const QString review = DutyRecords::reviewName(QStringLiteral("ifr"));
        // A term that ends before it starts: core's refusal is shown, nothing recorded.
        UserPrompts::setNextText(QStringLiteral("Amaka Okonkwo"));
        UserPrompts::setNextText(review);
        UserPrompts::setNextText(QStringLiteral("2026-03-01"));
        UserPrompts::setNextText(QStringLiteral("2025-03-01"));
        click(QStringLiteral("addLiaison"));
        const QStringList refused = UserPrompts::takeShownMessages();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(QStringLiteral("ends before it starts")),
                 qPrintable(refused.first()));
        QCOMPARE(m_panel->table(DutiesPanel::Liaisons)->rowCount(), 0);

        UserPrompts::setNextText(QStringLiteral("Amaka Okonkwo"));
        UserPrompts::setNextText(review);
        UserPrompts::setNextText(QStringLiteral("2026-03-01"));
        UserPrompts::setNextText(QString()); // ongoing
        click(QStringLiteral("addLiaison"));
        QCOMPARE(UserPrompts::takeShownMessages(), QStringList());
        QTableWidget* table = m_panel->table(DutiesPanel::Liaisons);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Amaka Okonkwo"));
        QCOMPARE(table->item(0, 1)->text(), review);
        QCOMPARE(table->item(0, 3)->text(), DutiesPanel::tr("ongoing"));
        const QList<ReviewLiaison> stored = DutyRecords::reviewLiaisons(*m_db).value();
        QCOMPARE(stored.size(), 1);
        QVERIFY(!stored.first().termTo.isValid());
        QCOMPARE(AuditLog::entries(*m_db, QStringLiteral("review_liaison"),
                                   QString::number(stored.first().id))
                     .value()
                     .size(),
                 1);
    }
};

QTEST_MAIN(TestDutiesPanel)
#include "tst_dutiespanel.moc"
