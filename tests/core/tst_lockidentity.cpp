// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per database file, whatever name it is opened by; a lock file that
// names nobody does not lock the database for ever.
#include "TestSupport.h"
#include "core/storage/DatabaseLock.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace csc;

class TestLockIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString makeDatabase()
    {
        const QString file = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_count));
        auto db = test::createOrFail(file);
        return db ? file : QString();
    }

    test::CommandResult info(const QString& path)
    {
        return test::runCscDesk({ QStringLiteral("--db"), path, QStringLiteral("info") });
    }

private Q_SLOTS:
    void secondWriterThroughASymlinkIsReadOnly()
    {
        const QString file = makeDatabase();
        QVERIFY(!file.isEmpty());
        const QString link = m_dir.filePath(QStringLiteral("elsewhere.db"));
        QVERIFY(QFile::link(file, link));
        auto first = Database::open(file);
        QVERIFY(first && !first.value()->isReadOnly());
        // In this process and from another one.
        auto second = Database::open(link);
        QVERIFY(second);
        QVERIFY(second.value()->isReadOnly());
        QVERIFY2(second.value()->readOnlyReason().contains(QStringLiteral("Another CSC Desk")),
                 qPrintable(second.value()->readOnlyReason()));
        const auto r = info(link);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("read-only")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(r.out)); // names who has it
    }

    void secondWriterThroughAHardLinkIsReadOnly()
    {
        const QString file = makeDatabase();
        const QString hard = m_dir.filePath(QStringLiteral("hard%1.db").arg(m_count));
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(hard).constData()),
                 0);
        auto first = Database::open(file);
        QVERIFY(first && !first.value()->isReadOnly());
        const auto r = info(hard);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("read-only")), qPrintable(r.out));
        auto second = Database::open(hard);
        QVERIFY(second && second.value()->isReadOnly());
        // Once the first has closed, the other name writes.
        second = Error {};
        first = Error {};
        const auto after = info(hard);
        QVERIFY2(after.out.contains(QStringLiteral("read-write")), qPrintable(after.out));
    }

    void emptyOrGarbageLockFileIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage\nmore\n\n");
        QTest::newRow("cut short") << QByteArray("CSCDESK-LOCK 1\npid=");
        QTest::newRow("process 0") << QByteArray("0\ncscdesk\n\n");
    }

    void emptyOrGarbageLockFileIsTakenOver()
    {
        QFETCH(QByteArray, content);
        const QString file = makeDatabase();
        test::writeFile(file + QStringLiteral(".lock"), content);
        auto db = Database::open(file);
        QVERIFY(db);
        QVERIFY2(!db.value()->isReadOnly(), qPrintable(db.value()->readOnlyReason()));
        // The lock now names this process.
        const auto holder = DatabaseLock::parse(test::fileBytes(file + QStringLiteral(".lock")));
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    }

    void lockOfAProcessThatIsGoneIsTakenOver()
    {
        const QString file = makeDatabase();
        LockHolder gone;
        gone.pid = 0x7ffffff0; // no such process
        gone.host = QSysInfo::machineHostName();
        gone.app = QStringLiteral("cscdesk");
        test::writeFile(file + QStringLiteral(".lock"), DatabaseLock::format(gone));
        auto db = Database::open(file);
        QVERIFY(db && !db.value()->isReadOnly());
    }

    void lockOfAnotherComputerIsRespected()
    {
        // A live CSC Desk elsewhere on a shared folder: we cannot see its process, so we wait.
        const QString file = makeDatabase();
        LockHolder remote;
        remote.pid = 4242;
        remote.host = QStringLiteral("another-desk.example");
        remote.app = QStringLiteral("cscdesk");
        test::writeFile(file + QStringLiteral(".lock"), DatabaseLock::format(remote));
        auto db = Database::open(file);
        QVERIFY(db && db.value()->isReadOnly());
        QVERIFY(db.value()->readOnlyReason().contains(QStringLiteral("another-desk.example")));
    }

    void lockFileReaderRefusesWhatNamesNobody()
    {
        QVERIFY(!DatabaseLock::parse({}));
        QVERIFY(!DatabaseLock::parse("CSCDESK-LOCK 1\npid=12\n")); // no host
        QVERIFY(!DatabaseLock::parse("CSCDESK-LOCK 1\npid=-3\nhost=x\n"));
        QVERIFY(!DatabaseLock::parse(QByteArray(5000, 'a')));
        LockHolder h;
        h.pid = 77;
        h.host = QStringLiteral("desk");
        h.device = 2049;
        h.inode = 99;
        h.path = QStringLiteral("/x/c.db");
        const auto back = DatabaseLock::parse(DatabaseLock::format(h));
        QVERIFY(back);
        QCOMPARE(back->pid, qint64(77));
        QCOMPARE(back->inode, quint64(99));
        QCOMPARE(back->path, h.path);
    }
};

QTEST_GUILESS_MAIN(TestLockIdentity)
#include "tst_lockidentity.moc"
