// SPDX-License-Identifier: GPL-3.0-or-later
// Damage that the quick check on opening cannot see (one flipped byte in a case's
// step; an altered audit entry) is found in the background after the window is up,
// and a banner says what to do.
#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "core/settings/AppSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"
#include "ui/widgets/IntegrityBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// Replaces `from` by `to` (same length) inside the table's root page only, so the
// table and its indexes disagree, as after a flipped bit on disk (`anywhere`: the
// first occurrence in the file, for text no index holds).
bool flipInTable(const QString& file, const QString& table, const QByteArray& from,
                 const QByteArray& to, bool anywhere = false)
{
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        if (!raw.open())
            return false;
        QSqlQuery q(raw);
        q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table));
        root = q.next() ? q.value(0).toLongLong() : 0;
        q.exec(QStringLiteral("PRAGMA page_size"));
        pageSize = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    if (root <= 0 || pageSize <= 0)
        return false;
    QByteArray bytes = test::fileBytes(file);
    const qint64 start = (root - 1) * pageSize;
    qsizetype at = bytes.indexOf(from, start);
    if (at < 0 || at + from.size() > start + pageSize)
        at = anywhere ? bytes.indexOf(from) : -1;
    if (at < 0)
        return false;
    bytes.replace(at, from.size(), to);
    test::writeFile(file, bytes);
    return true;
}

} // namespace

class TestIntegrityBanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString makeDatabase()
    {
        const QString file = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_count));
        auto db = test::createOrFail(file);
        if (!db)
            return {};
        db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
        const bool inserted
            = execute(*db,
                      QStringLiteral("INSERT INTO case_record (reference, ref_year, ref_number, "
                                     "title, process, step, step_since, opened_utc) VALUES "
                                     "('CSC-2026-001', 2026, 1, 'Delayed change', 'complaint', "
                                     "'withdrawn', '2026-11-02', '2026-11-01T09:00:00Z')"))
                  .ok();
        const bool audited
            = AuditLog::record(
                  *db, QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("create"),
                  { { QStringLiteral("text"), {}, QStringLiteral("AUDITED-MARKER-5521") } })
                  .ok();
        return inserted && audited ? file : QString();
    }

    // Opens `file` in the main window and waits for the background check's verdict.
    bool checkInWindow(const QString& file, IntegrityBanner** banner, MainWindow& window)
    {
        auto db = Database::open(file);
        if (!db) {
            qWarning() << db.error().fullText();
            return false;
        }
        *banner = window.integrityBanner();
        QSignalSpy finished(*banner, &IntegrityBanner::checkFinished);
        window.setDatabase(std::move(db).value());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        return finished.count() > 0 || finished.wait(120000);
    }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void intactDatabaseShowsNoBanner()
    {
        const QString file = makeDatabase();
        QVERIFY(!file.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("s1.ini")));
        MainWindow window(settings);
        IntegrityBanner* banner = nullptr;
        QVERIFY(checkInWindow(file, &banner, window));
        QVERIFY(!banner->isVisible());
    }

    void flippedByteInACaseStepIsCaught()
    {
        const QString file = makeDatabase();
        QVERIFY(!file.isEmpty());
        QVERIFY(flipInTable(file, QStringLiteral("case_record"), "withdrawn", "withduawn"));
        AppSettings settings(m_dir.filePath(QStringLiteral("s2.ini")));
        MainWindow window(settings);
        IntegrityBanner* banner = nullptr;
        // The file opens (the quick check on opening passes) ...
        QVERIFY(checkInWindow(file, &banner, window));
        QVERIFY(window.database());
        // ... and the banner says it is damaged and what to do.
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("damaged")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("backup")));
    }

    void alteredAuditEntryIsCaught()
    {
        const QString file = makeDatabase();
        QVERIFY(!file.isEmpty());
        QVERIFY(flipInTable(file, QStringLiteral("audit_log"), "AUDITED-MARKER-5521",
                            "AUDITED-MARKER-5527", true));
        AppSettings settings(m_dir.filePath(QStringLiteral("s3.ini")));
        MainWindow window(settings);
        IntegrityBanner* banner = nullptr;
        QVERIFY(checkInWindow(file, &banner, window));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("audit trail")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("audit verify")));
    }
};

QTEST_MAIN(TestIntegrityBanner)
#include "tst_integritybanner.moc"
