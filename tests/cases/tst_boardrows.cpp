// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the case board follows core's typed change events row by row. Editing one case on
// a board of 10,000 cases changes that row only (no model reset: the column keeps its selection
// and scroll position), a move takes the card from one column to the next, and a case another
// connection added appears as an inserted row.
#include "CaseTestHelpers.h"
#include "TestSupport.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/SqlQuery.h"
#include "ui/cases/BoardColumnView.h"
#include "ui/cases/CaseBoard.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/CasesPage.h"
#include "ui/widgets/UserPrompts.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

constexpr int kOnBoard = 300; // bulk cases at "raised" beside the one opened through core
constexpr int kBulk = 9999;

// Cases written straight into the file: the board only reads them.
QString bulkCases()
{
    return QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
               "INSERT INTO case_record (reference, ref_year, ref_number, title, process, step, "
               "step_since, complainant, tld, category, confidential, opened_utc, closed_utc, "
               "end_state, archived_utc) SELECT printf('CSC-2015-%05d', i), 2015, i, "
               "'Bulk case ' || i, 'complaint', CASE WHEN i <= %2 THEN 'raised' ELSE 'resolved' "
               "END, '2026-01-05', 'Operator ' || (i % 40), 'example', 'technical_checks', 1, "
               "'2015-01-05T09:00:00Z', CASE WHEN i <= %2 THEN NULL ELSE '2015-03-01T09:00:00Z' "
               "END, CASE WHEN i <= %2 THEN NULL ELSE 'resolved' END, CASE WHEN i <= %2 THEN NULL "
               "ELSE '2015-04-01T09:00:00Z' END FROM n")
        .arg(kBulk)
        .arg(kOnBoard);
}

QModelIndex cardOf(BoardColumnView* column, qint64 caseId)
{
    QAbstractItemModel* model = column->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        if (i.data(CaseListModel::CaseIdRole).toLongLong() == caseId)
            return i;
    }
    return {};
}

} // namespace

class TestBoardRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CasesPage> m_page;

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("board-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        m_db = test::createOrFail(m_path);
        QVERIFY(m_db);
        QVERIFY(test::openCase(*m_db, CaseProcess::Complaint, QStringLiteral("Checks fail"),
                               QDate(2026, 1, 5)));
        QVERIFY(execute(*m_db, bulkCases()));
        m_page = std::make_unique<CasesPage>(AppContext { m_db.get(), nullptr, nullptr });
        m_page->resize(1500, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->model()->rowCount(), kBulk + 1); // the archive loaded behind the board
        UserPrompts::takeShownMessages();
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void editingOneCaseChangesItsRowOnly()
    {
        CaseListModel* model = m_page->model();
        BoardColumnView* raised
            = m_page->board(CaseProcess::Complaint)->column(QStringLiteral("raised"));
        QCOMPARE(raised->model()->rowCount(), kOnBoard + 1);
        // A card near the bottom of its column, selected and scrolled to.
        const QModelIndex picked = raised->model()->index(kOnBoard - 20, 0);
        const qint64 caseId = picked.data(CaseListModel::CaseIdRole).toLongLong();
        raised->setCurrentIndex(picked);
        raised->scrollToBottom();
        const int scroll = raised->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const int sourceRow = model->rowOfCase(caseId);
        QVERIFY(model->caseAt(sourceRow)->confidential);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(CaseRepository::setPublic(*m_db, caseId, true,
                                          QStringLiteral("Both parties agreed by e-mail")));
        // The page follows core's change event once the event loop turns.
        QTRY_VERIFY(!model->caseAt(sourceRow)->confidential);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count() + removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), sourceRow);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), sourceRow);
        QCOMPARE(model->rowCount(), kBulk + 1);
        // The user sees the same card selected at the same place.
        QCOMPARE(raised->currentIndex().data(CaseListModel::CaseIdRole).toLongLong(), caseId);
        QVERIFY(raised->selectionModel()->isSelected(raised->currentIndex()));
        QCOMPARE(raised->verticalScrollBar()->value(), scroll);

        // A move: the same one row changes, and the card goes to the next column.
        changed.clear();
        QVERIFY(CaseMoves::move(
            *m_db,
            test::fullRequest(*m_db, caseId, QStringLiteral("reported"), QDate(2026, 1, 9))));
        QTRY_COMPARE(model->caseAt(sourceRow)->step, QStringLiteral("reported"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count() + removed.count(), 0);
        QVERIFY(changed.count() >= 1);
        for (const auto& args : std::as_const(changed))
            QCOMPARE(args.at(0).toModelIndex().row(), sourceRow);
        QCOMPARE(raised->model()->rowCount(), kOnBoard);
        QVERIFY(!cardOf(raised, caseId).isValid());
        BoardColumnView* reported
            = m_page->board(CaseProcess::Complaint)->column(QStringLiteral("reported"));
        QVERIFY(cardOf(reported, caseId).isValid());
    }

    void aCaseAnotherConnectionAddedIsInserted()
    {
        CaseListModel* model = m_page->model();
        BoardColumnView* raised
            = m_page->board(CaseProcess::Complaint)->column(QStringLiteral("raised"));
        const QModelIndex picked = raised->model()->index(5, 0);
        const qint64 selected = picked.data(CaseListModel::CaseIdRole).toLongLong();
        raised->setCurrentIndex(picked);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        {
            // Another client writes to the same committee (its own connection, as a second
            // member's CSC Desk would); the shared server announces the entity it touched.
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO case_record (reference, ref_year, ref_number, title, process, step, "
                "step_since, complainant, tld, category, opened_utc) VALUES ('CSC-2026-900', "
                "2026, 900, 'Written elsewhere', 'complaint', 'raised', '2026-01-12', "
                "'Southgate Registry', 'south', 'technical_checks', '2026-01-12T09:00:00Z')")));
            other.close();
        }
        ChangeNotifier::of(*m_db).announceRemote(QStringLiteral("case"));
        QTRY_COMPARE(model->rowCount(), kBulk + 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        const qint64 added
            = CaseRepository::idOfReference(*m_db, QStringLiteral("CSC-2026-900")).valueOr(0);
        QVERIFY(added);
        QCOMPARE(inserted.first().at(1).toInt(), model->rowOfCase(added));
        QCOMPARE(inserted.first().at(2).toInt(), model->rowOfCase(added));
        QVERIFY(cardOf(raised, added).isValid());
        QCOMPARE(raised->currentIndex().data(CaseListModel::CaseIdRole).toLongLong(), selected);
        // The archive is read again behind the board (the event said no ids): still no reset.
        for (int i = 0; i < 50; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->rowCount(), kBulk + 2);
    }
};

QTEST_MAIN(TestBoardRows)
#include "tst_boardrows.moc"
