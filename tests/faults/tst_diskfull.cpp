// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk (SQLite's max_page_count pinned to the file's size): saving says so
// plainly, the database is unharmed, and what the user typed stays in the editor.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "ui/meetings/MinutesEditor.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "ui/widgets/UserPrompts.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QUndoStack>

using namespace csc;

namespace {

QString integrity(const Database& db)
{
    return queryScalar(db, QStringLiteral("PRAGMA integrity_check"))
        .valueOr(QVariant(QStringLiteral("query failed")))
        .toString();
}

// No free page and no room to grow: the next write that needs a page fails with SQLITE_FULL.
void fillTheDisk(Database& db)
{
    QVERIFY(execute(db, QStringLiteral("VACUUM")));
    const int pages = queryScalar(db, QStringLiteral("PRAGMA page_count")).value().toInt();
    QVERIFY(pages > 0);
    QCOMPARE(
        queryScalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).value().toInt(),
        pages);
}

void freeTheDisk(Database& db)
{
    QVERIFY(queryScalar(db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
}

QString longText(const QString& marker)
{
    return marker + QLatin1Char(' ')
        + QStringLiteral("The IFO reported a delayed root zone change; the committee asked for a "
                         "written response. ")
              .repeated(600);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        const QString file = m_dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(DemoGenerator::generateFile(file, options));
        m_db = test::openOrFail(file);
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
    }

    void cleanup() { freeTheDisk(*m_db); }

    void minutesEditorKeepsTheTypedTextWhenTheDiskIsFull()
    {
        qint64 meetingId = 0;
        for (const Meeting& m : Meetings::list(*m_db).value()) {
            const Minutes minutes = MinutesBook::minutes(*m_db, m.id).valueOr({});
            if (minutes.exists && minutes.state == MinutesState::Draft
                && !minutes.sections.isEmpty())
                meetingId = m.id;
        }
        QVERIFY(meetingId != 0);
        QUndoStack stack;
        MinutesEditor editor(m_db.get(), &stack);
        editor.setMeeting(meetingId, QDate(2026, 11, 23));
        editor.resize(1200, 800);
        editor.show();
        QTextEdit* body = nullptr;
        for (QTextEdit* e : editor.findChildren<QTextEdit*>()) {
            if (!qobject_cast<QTextBrowser*>(e))
                body = e;
        }
        QVERIFY(body && !body->isReadOnly());
        const QString marker = QStringLiteral("UNSAVED-MINUTES-7731");
        const QString typed = longText(marker);
        body->setFocus();
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(typed);
        body->setTextCursor(cursor);
        QVERIFY(body->document()->isModified());

        const QString before = test::contentDump(*m_db);
        fillTheDisk(*m_db);
        UserPrompts::takeShownMessages();
        editor.commitSection();

        const QStringList shown = UserPrompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("disk is full")), qPrintable(shown.first()));
        QVERIFY(body->toPlainText().contains(marker));
        QVERIFY(body->toPlainText().contains(typed.right(200)));
        QVERIFY(body->document()->isModified());
        QCOMPARE(integrity(*m_db), QStringLiteral("ok"));
        QCOMPARE(test::contentDump(*m_db), before);
        QVERIFY(!stack.canUndo());

        // Moving to another section tries to save first; refused, the user stays with the text.
        auto* list = editor.findChild<QListWidget*>();
        QVERIFY(list && list->count() > 1);
        const int row = list->currentRow();
        list->setCurrentRow(row == 0 ? 1 : 0);
        QCOMPARE(UserPrompts::takeShownMessages().size(), 1);
        QCOMPARE(list->currentRow(), row);
        QVERIFY(body->toPlainText().contains(marker));
        QVERIFY(body->document()->isModified());
        QCOMPARE(test::contentDump(*m_db), before);

        // Space freed: the same text saves with the next Save.
        freeTheDisk(*m_db);
        editor.commitSection();
        QVERIFY(UserPrompts::takeShownMessages().isEmpty());
        bool saved = false;
        for (const MinutesSection& s : MinutesBook::minutes(*m_db, meetingId).value().sections)
            saved = saved || s.bodyHtml.contains(marker);
        QVERIFY(saved);
        QVERIFY(stack.canUndo());
    }

    void caseCommentOnAFullDiskChangesNothing()
    {
        const qint64 caseId = queryScalar(*m_db, QStringLiteral("SELECT min(id) FROM case_record"))
                                  .value()
                                  .toLongLong();
        QVERIFY(caseId > 0);
        const QString before = test::contentDump(*m_db);
        const int audits
            = queryScalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt();
        fillTheDisk(*m_db);
        auto added
            = CaseComments::add(*m_db, caseId, longText(QStringLiteral("UNSAVED-COMMENT-4410")));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("disk is full")),
                 qPrintable(added.error().fullText()));
        QCOMPARE(integrity(*m_db), QStringLiteral("ok"));
        QCOMPARE(test::contentDump(*m_db), before);
        QCOMPARE(
            queryScalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(),
            audits);
        freeTheDisk(*m_db);
        QVERIFY(CaseComments::add(*m_db, caseId, QStringLiteral("After freeing space")));
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
