// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 3: a review copy appears at its path complete and redacted, or not at all. The
// observer export is killed (SIGKILL) at six moments of its run on a large committee, and made to
// fail on a full disk; nothing may then exist at the target, and no file anywhere beside it may
// hold a confidential marker.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/review/ReviewCopy.h"
#include "core/storage/SqlQuery.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace csc;

namespace {

const QByteArray kMarker = QByteArrayLiteral("KILLED-EXPORT-CONFIDENTIAL-MARKER");

// Every file in `dir` that holds the marker, with what else is there.
QStringList filesWithMarker(const QString& dir)
{
    QStringList found;
    const auto entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo& info : entries) {
        if (test::fileBytes(info.absoluteFilePath()).contains(kMarker))
            found << info.fileName();
    }
    return found;
}

bool somethingAt(const QString& path)
{
    for (const QString& side : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                 QStringLiteral("-journal") }) {
        if (QFileInfo(path + side).exists() || QFileInfo(path + side).isSymLink())
            return true;
    }
    return false;
}

} // namespace

class TestReviewKilled : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_out; // the recipient's folder: nothing else lives there
    QString m_committee;
    QString m_observer;

    QStringList exportArguments(const QString& target) const
    {
        return { QStringLiteral("--db"),
                 m_committee,
                 QStringLiteral("review"),
                 QStringLiteral("export"),
                 QStringLiteral("--for"),
                 m_observer,
                 QStringLiteral("--observer"),
                 QStringLiteral("--out"),
                 target };
    }

    qint64 issuedCopies()
    {
        auto db = test::openOrFail(m_committee);
        return queryScalar(*db, QStringLiteral("SELECT count(*) FROM review_issued_copy"))
            .value()
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_out.isValid());
        m_committee = m_dir.filePath(QStringLiteral("committee.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_committee, options));
        auto db = test::openOrFail(m_committee);
        // A large confidential document (a mediator's report with annexes): the copy takes a
        // while, and its marker is everywhere in it.
        QByteArray content;
        while (content.size() < 16 * 1024 * 1024)
            content += kMarker + QByteArray::number(content.size()) + ' ';
        QVERIFY(execute(
            *db,
            QStringLiteral("INSERT INTO document(name, sha256, size, content, "
                           "confidential, added_utc, added_by) VALUES (?, 'x', ?, ?, "
                           "1, '2026-01-01T00:00:00Z', 'test')"),
            { QVariant(QString(QString::fromLatin1(kMarker) + QStringLiteral("-report.pdf"))),
              QVariant(qint64(content.size())), QVariant(content) }));
        m_observer = queryScalar(*db, QStringLiteral("SELECT name FROM member ORDER BY id LIMIT 1"))
                         .value()
                         .toString();
        QVERIFY(!m_observer.isEmpty());
    }

    void killedObserverExportLeavesNothingAtTheTarget()
    {
        // One whole run, to learn how long it takes and that its result is clean.
        const QString whole = m_out.filePath(QStringLiteral("whole.db"));
        QElapsedTimer clock;
        clock.start();
        auto done = test::runCscDesk(exportArguments(whole));
        const qint64 runMs = clock.elapsed();
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY(QFileInfo::exists(whole));
        QVERIFY(!test::fileBytes(whole).contains(kMarker));
        QVERIFY(QFile::remove(whole));

        // Then killed at moments spread over such a run.
        int killedMidway = 0;
        QStringList placed; // the ids of copies that reached their target
        for (int percent = 8; percent < 100; percent += 16) {
            const QString target = m_out.filePath(QStringLiteral("observer-%1.db").arg(percent));
            QProcess exporter;
            exporter.start(QStringLiteral(CSC_APP_BINARY), exportArguments(target));
            QVERIFY(exporter.waitForStarted());
            QElapsedTimer since;
            since.start();
            while (exporter.state() == QProcess::Running && since.elapsed() < runMs * percent / 100)
                exporter.waitForFinished(2);
            bool killed = exporter.state() == QProcess::Running;
            if (killed) {
                ::kill(pid_t(exporter.processId()), SIGKILL);
                exporter.waitForFinished(30000);
                // It may have finished between the look and the signal: then it was not killed.
                killed = exporter.exitStatus() == QProcess::CrashExit;
            }
            const QStringList leaked = filesWithMarker(m_out.path());
            QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1String(", "))));
            if (!QFileInfo::exists(target)) {
                // Killed before the copy was complete: nothing at all is at the target.
                QVERIFY(killed);
                QVERIFY2(!somethingAt(target), qPrintable(target));
                ++killedMidway;
                continue;
            }
            // Finished (or killed after the rename): then the copy is whole, redacted, recorded.
            auto copy = test::openOrFail(target);
            QVERIFY(copy && ReviewCopy::infoOf(*copy));
            placed << ReviewCopy::infoOf(*copy)->copyId;
            QCOMPARE(
                queryScalar(*copy, QStringLiteral("PRAGMA integrity_check")).value().toString(),
                QStringLiteral("ok"));
            copy.reset();
            QVERIFY(QFile::remove(target));
        }
        QVERIFY2(killedMidway >= 4, qPrintable(QString::number(killedMidway)));
        // A copy at a target is always one the committee recorded (so its changes can merge).
        auto db = test::openOrFail(m_committee);
        for (const QString& id : std::as_const(placed))
            QCOMPARE(queryScalar(*db,
                                 QStringLiteral(
                                     "SELECT count(*) FROM review_issued_copy WHERE copy_id = ?"),
                                 { id })
                         .value()
                         .toInt(),
                     1);
    }

    void fullDiskLeavesNothingAtTheTarget()
    {
        // A file size limit of 128 KiB (256 blocks of 512 bytes, or 256 KiB where blocks are 1
        // KiB): the copy cannot be written whole (the process gets SIGXFSZ or an error), and the
        // target stays empty.
        const QString target = m_out.filePath(QStringLiteral("full-disk.db"));
        QStringList arguments { QStringLiteral("-c"),
                                QStringLiteral("ulimit -f 256; exec \"$0\" \"$@\""),
                                QStringLiteral(CSC_APP_BINARY) };
        arguments += exportArguments(target);
        const qint64 issuedBefore = issuedCopies();
        QProcess exporter;
        exporter.start(QStringLiteral("/bin/sh"), arguments);
        QVERIFY(exporter.waitForFinished(120000));
        QVERIFY(exporter.exitStatus() == QProcess::CrashExit || exporter.exitCode() != 0);
        QVERIFY(!somethingAt(target));
        QVERIFY(filesWithMarker(m_out.path()).isEmpty());
        QCOMPARE(issuedCopies(), issuedBefore);
    }

    void anExistingFileIsNeverReplaced()
    {
        const QString target = m_out.filePath(QStringLiteral("taken.db"));
        test::writeFile(target, "the user's own file");
        auto r = test::runCscDesk(exportArguments(target));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(test::fileBytes(target), QByteArray("the user's own file"));
    }
};

QTEST_GUILESS_MAIN(TestReviewKilled)
#include "tst_reviewkilled.moc"
