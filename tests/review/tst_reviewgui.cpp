// SPDX-License-Identifier: GPL-3.0-or-later
// A review copy in the main window: the banner says whose and when; the File menu
// offers to write the changes; the members' review panel lets the member approve.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewCopyOpener.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SqlQuery.h"
#include "ui/MainWindow.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/meetings/MinutesReviewPanel.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestReviewGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QAction* fileAction(MainWindow& window, const QString& text)
    {
        for (QAction* a : window.menuBar()->actions().first()->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void reviewCopyShowsWhoseItIsAndWhatToDo()
    {
        const QString committee = m_dir.filePath(QStringLiteral("committee.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(committee, options));
        const QString copyPath = m_dir.filePath(QStringLiteral("lars.db"));
        qint64 circulated = 0;
        {
            auto db = test::openOrFail(committee);
            auto lars = ReviewCopy::findRecipient(*db, QStringLiteral("Lars Henriksen"));
            QVERIFY(lars);
            QVERIFY(ReviewCopy::exportCopy(*db, lars.value(), copyPath));
            circulated
                = queryScalar(
                      *db,
                      QStringLiteral(
                          "SELECT meeting_id FROM minutes WHERE state = 'circulated' LIMIT 1"))
                      .value()
                      .toLongLong();
        }

        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        auto copy = ReviewCopyOpener::open(copyPath);
        QVERIFY(copy);
        window.setDatabase(std::move(copy).value());
        window.show();
        QVERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains(
                     QStringLiteral("Review copy for Lars Henriksen, taken")),
                 qPrintable(window.banner()->text()));
        QAction* write = fileAction(window, QStringLiteral("&Write Changes to Send Back…"));
        QAction* exportCopy = fileAction(window, QStringLiteral("Export &Review Copy…"));
        QVERIFY(write && exportCopy);
        QVERIFY(write->isVisible() && write->isEnabled());
        QVERIFY(!exportCopy->isVisible());

        auto* meetings = qobject_cast<MeetingsPage*>(window.sections().at(2));
        QVERIFY(meetings);
        window.showSection(2);
        meetings->selectMeeting(circulated);
        const auto buttons = meetings->reviewPanel()->findChildren<QPushButton*>();
        const auto approveButton
            = std::find_if(buttons.cbegin(), buttons.cend(),
                           [](QPushButton* b) { return b->text() == QStringLiteral("Approve…"); });
        QVERIFY(approveButton != buttons.cend());
        QVERIFY((*approveButton)->isEnabled());
    }
};

QTEST_MAIN(TestReviewGui)
#include "tst_reviewgui.moc"
