// SPDX-License-Identifier: GPL-3.0-or-later
// The roster and the committee's settings as the secretariat uses them: ending a term and
// removing a member entered by mistake without editing dates, the member dialog in the user's
// date format, and the holiday calendar (typed dates, visible new rows, no unnamed holiday,
// import from a file).
#include "DesktopFixture.h"
#include "ui/SettingsDialog.h"
#include "ui/committee/CommitteePage.h"
#include "ui/committee/MemberDialog.h"
#include "ui/committee/RosterModel.h"
#include "core/meetings/Committee.h"
#include "core/settings/AppSettings.h"
#include "core/settings/CommitteeSettings.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/UserPrompts.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace csc;

class TestDesktopRoster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QPushButton* button(QWidget& w, const QString& text)
    {
        for (QPushButton* b : w.findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession(test::secretariat());
        UserPrompts::takeShownMessages();
    }

    void endTermAndRemoveWithoutEditingDates()
    {
        Member attended;
        attended.name = QStringLiteral("Ada");
        attended.affiliation = QStringLiteral("Ada Registry");
        attended.kind = Member::Kind::Gtld;
        attended.voting = true;
        attended.termStart = QDate(2024, 1, 1);
        Member mistake = attended;
        mistake.name = QStringLiteral("Typo Person");
        auto a = Committee::addMember(*m_db, attended);
        auto b = Committee::addMember(*m_db, mistake);
        QVERIFY(a && b);
        const qint64 meeting = Meetings::create(*m_db, MeetingKind::Monthly,
                                                QDateTime(QDate(2026, 3, 5), QTime(14, 0), Qt::UTC))
                                   .valueOr(0);
        QVERIFY(meeting);
        QVERIFY(Meetings::setAttendance(*m_db, meeting, a.value(), AttendanceStatus::Present));

        CommitteePage page(AppContext { m_db.get(), nullptr, nullptr });
        page.setToday(QDate(2026, 11, 23));
        page.show();
        QPushButton* end = button(page, QStringLiteral("End Term…"));
        QPushButton* remove = button(page, QStringLiteral("Remove…"));
        QVERIFY(end && remove);
        // Nothing selected: both say why they are disabled.
        QVERIFY(!end->isEnabled());
        QVERIFY(ActionGate::reason(end).contains(QStringLiteral("Select")));

        const auto rowOf = [&](qint64 id) {
            for (int r = 0; r < page.model()->members().size(); ++r) {
                if (page.model()->members().at(r).id == id)
                    return r;
            }
            return -1;
        };
        page.rosterView()->selectRow(rowOf(a.value()));
        QVERIFY(end->isEnabled());
        // Ada attended a meeting: she is part of the record and can only leave by ending her term.
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("End their term")),
                 qPrintable(remove->toolTip()));
        page.endTermOn(QDate(2026, 11, 30));
        QCOMPARE(Committee::member(*m_db, a.value()).value().termEnd, QDate(2026, 11, 30));
        page.undoStack()->undo();
        QVERIFY(!Committee::member(*m_db, a.value()).value().termEnd.isValid());

        page.rosterView()->selectRow(rowOf(b.value()));
        QVERIFY2(remove->isEnabled(), qPrintable(remove->toolTip()));
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        remove->click();
        QVERIFY(!Committee::member(*m_db, b.value()));
        QCOMPARE(rowOf(b.value()), -1);
    }

    void theMemberDialogShowsDatesAsTheTableDoes()
    {
        Member m;
        m.name = QStringLiteral("Ada");
        m.affiliation = QStringLiteral("Registry Operators' Association of the Pacific Islands");
        m.termStart = QDate(2024, 12, 1);
        MemberDialog dialog(m);
        dialog.show();
        const QList<QDateEdit*> dates = dialog.findChildren<QDateEdit*>();
        QVERIFY(!dates.isEmpty());
        QVERIFY2(!dates.first()->text().contains(QStringLiteral("2024-12-01")),
                 qPrintable(dates.first()->text()));
        QCOMPARE(dates.first()->text(), QLocale().toString(m.termStart, QLocale::ShortFormat));
        // The affiliation fits.
        for (QLineEdit* field : dialog.findChildren<QLineEdit*>()) {
            if (field->text() == m.affiliation)
                QVERIFY(field->width()
                        >= field->fontMetrics().horizontalAdvance(m.affiliation) * 0.75);
        }
    }

    void holidaysAreTypedNamedAndImported()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s.ini")));
        settings.setProfile(test::secretariat());
        SettingsDialog dialog(settings, m_db.get());
        dialog.resize(640, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        auto* tabs = dialog.findChild<QTabWidget*>();
        tabs->setCurrentIndex(1); // Holiday Calendar
        QVERIFY(table->isVisible());
        QPushButton* add = button(dialog, QStringLiteral("Add Holiday"));
        QVERIFY(add);
        // Many rows: the new one is scrolled into view and its name is being edited.
        for (int i = 0; i < 25; ++i)
            add->click();
        QCoreApplication::processEvents();
        const int last = table->rowCount() - 1;
        QCOMPARE(table->currentRow(), last);
        const QRect cell = table->visualRect(table->model()->index(last, 1));
        QVERIFY2(table->viewport()->rect().intersects(cell), "the new row is off-screen");
        // A typed date with a two-digit year becomes this century's date.
        auto* date = qobject_cast<QDateEdit*>(table->cellWidget(last, 0));
        QVERIFY(date);
        QVERIFY(date->displayFormat().contains(QStringLiteral("yyyy")));
        // Unnamed rows are refused, naming the date.
        dialog.accept();
        const QStringList shown = UserPrompts::takeShownMessages();
        QVERIFY2(shown.join(QLatin1Char(' ')).contains(QStringLiteral("has no name")),
                 qPrintable(shown.join(QLatin1Char(' '))));
        QVERIFY(CommitteeSettings::holidays(*m_db).value().isEmpty());
        while (table->rowCount() > 0)
            table->removeRow(0);

        // Import: the same files as the command line's --holidays.
        const QString file = m_dir.filePath(QStringLiteral("holidays.txt"));
        test::writeFile(file, "# committee holidays\n2026-12-25\n2027-01-01\n");
        dialog.importFromFile(file);
        QCOMPARE(table->rowCount(), 2);
        dialog.accept();
        QCOMPARE(CommitteeSettings::holidays(*m_db).value().size(), 2);
        QCOMPARE(CommitteeSettings::holidays(*m_db).value().first().day, QDate(2026, 12, 25));
    }
};

QTEST_MAIN(TestDesktopRoster)
#include "tst_desktop_roster.moc"
