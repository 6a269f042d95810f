// SPDX-License-Identifier: GPL-3.0-or-later
// The public minutes from the window are the command line's, byte for byte (both go
// through the registry of public outputs), and circulating the draft hands a
// ready e-mail with the PDF to the mail client.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/CirculationMail.h"
#include "core/meetings/Meetings.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/publish/KeptMailButton.h"
#include "ui/publish/MailClient.h"
#include "ui/widgets/UserPrompts.h"

#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace csc;

class TestPublicGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    QUndoStack m_stack;

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        m_dbPath = m_dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(DemoGenerator::generateFile(m_dbPath, options));
        m_db = test::openOrFail(m_dbPath);
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
    }

    void guiExportIsTheCommandLinesExport()
    {
        const Meeting meeting = Meetings::meetingOn(*m_db, QDate(2026, 11, 19)).value();
        MinutesEditor editor(m_db.get(), &m_stack);
        editor.setMeeting(meeting.id, QDate(2026, 11, 23));
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QToolButton* exportButton = nullptr;
        for (QToolButton* b : editor.findChildren<QToolButton*>()) {
            if (b->menu())
                exportButton = b;
        }
        QVERIFY(exportButton);
        const QList<QAction*> actions = exportButton->menu()->actions();
        QCOMPARE(actions.size(), 3);
        const QStringList formats { QStringLiteral("html"), QStringLiteral("pdf"),
                                    QStringLiteral("md") };
        for (int i = 0; i < 3; ++i) {
            const QString gui = m_dir.filePath(QStringLiteral("gui.") + formats.at(i));
            UserPrompts::setNextFileName(gui);
            actions.at(i)->trigger();
            QVERIFY2(QFile::exists(gui),
                     qPrintable(UserPrompts::takeShownMessages().join(QLatin1Char('\n'))));
            const QString cli = m_dir.filePath(QStringLiteral("cli.") + formats.at(i));
            auto r = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("minutes"),
                                        QStringLiteral("export"), QStringLiteral("--meeting"),
                                        QStringLiteral("2026-11-19"), QStringLiteral("--format"),
                                        formats.at(i), QStringLiteral("--out"), cli });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(test::fileBytes(gui) == test::fileBytes(cli), qPrintable(formats.at(i)));
        }
        const QString html
            = QString::fromUtf8(test::fileBytes(m_dir.filePath(QStringLiteral("gui.html"))));
        QVERIFY(!html.contains(QLatin1String("-qt-")));
        // The preview beside the draft is the same page.
        QVERIFY(editor.previewHtml().contains(QStringLiteral("Minutes of the CSC")));
    }

    void circulatingOpensAReadyEmail()
    {
        const Meeting meeting = Meetings::meetingOn(*m_db, QDate(2026, 11, 19)).value();
        MinutesEditor editor(m_db.get(), &m_stack);
        editor.setMeeting(meeting.id, QDate(2026, 11, 23));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QPushButton* circulate = nullptr;
        for (QPushButton* b : editor.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Circulate to members"))
                circulate = b;
        }
        QVERIFY(circulate);
        if (!circulate->isEnabled())
            QSKIP("the demo's minutes of 19 November are past the draft");
        MailClient::takeOpened();
        circulate->click();
        const QStringList opened = MailClient::takeOpened();
        QCOMPARE(opened.size(), 1);
        const QByteArray eml = test::fileBytes(opened.first());
        QVERIFY(eml.contains("Content-Type: application/pdf"));
        QVERIFY(eml.contains("Subject: CSC minutes of meeting no."));
        QVERIFY(eml.contains("draft for review"));

        // The kept copy is listed beside the workflow buttons, and opens as it was kept.
        KeptMailButton* kept = editor.keptMailButton();
        QVERIFY(kept);
        QCOMPARE(kept->entries().size(), 1);
        QVERIFY2(kept->entries().first().contains(QStringLiteral("Circulated to members")),
                 qPrintable(kept->entries().first()));
        QVERIFY(kept->entries().first().contains(QStringLiteral("CSC minutes of meeting no.")));
        QVERIFY(kept->text().contains(QStringLiteral("(1)")));
        QVERIFY(kept->isEnabled());
        QCOMPARE(kept->menu()->actions().size(), 1);
        kept->menu()->actions().first()->trigger();
        const QStringList reopened = MailClient::takeOpened();
        QCOMPARE(reopened.size(), 1);
        QCOMPARE(test::fileBytes(reopened.first()), eml);
    }

    void meetingWithoutMailSaysSo()
    {
        // A meeting nothing was circulated for lists no copy and says why the button is off.
        const Meeting meeting = Meetings::meetingOn(*m_db, QDate(2026, 11, 19)).value();
        auto list = Meetings::list(*m_db);
        QVERIFY(list);
        qint64 other = 0;
        for (const Meeting& m : list.value()) {
            if (m.id != meeting.id
                && CirculationMail::keptCopies(*m_db, m.id, {}).value().isEmpty())
                other = m.id;
        }
        QVERIFY(other);
        MinutesEditor editor(m_db.get(), &m_stack);
        editor.setMeeting(other, QDate(2026, 11, 23));
        QVERIFY(editor.keptMailButton()->entries().isEmpty());
        QVERIFY(!editor.keptMailButton()->isEnabled());
        QVERIFY(editor.keptMailButton()->text().contains(QStringLiteral("(0)")));
    }
};

QTEST_MAIN(TestPublicGui)
#include "tst_publicgui.moc"
