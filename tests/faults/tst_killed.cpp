// SPDX-License-Identifier: GPL-3.0-or-later
// A process killed with SIGKILL mid-write leaves a database that opens, passes
// integrity_check and still holds everything committed before the kill.
#include "TestSupport.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/performance/FigureImporter.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace csc;

namespace {

QString integrity(const Database& db)
{
    return queryScalar(db, QStringLiteral("PRAGMA integrity_check"))
        .valueOr(QVariant(QStringLiteral("query failed")))
        .toString();
}

qint64 count(const Database& db, const QString& sql)
{
    return queryScalar(db, sql).valueOr(QVariant(-1)).toLongLong();
}

// Bytes the process has read so far (Linux /proc), to kill it while it is importing.
qint64 bytesRead(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

void killNow(QProcess& process)
{
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(30000);
}

} // namespace

class TestKilled : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void killedDuringALargeImportLeavesAllOrNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("import.db"));
        const QString small = m_dir.filePath(QStringLiteral("january.csv"));
        const QString large = m_dir.filePath(QStringLiteral("requests.csv"));
        const QByteArray header
            = "request_id,tld,category,metric,month,start,end,duration_seconds\n";
        test::writeFile(small,
                        header
                            + "J-1,example,I,Technical check results,2026-01,,,600\n"
                              "J-2,example,I,Technical check results,2026-01,,,6000\n");
        {
            // A per-request log of 800,000 requests over six months.
            QFile out(large);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(header);
            QByteArray chunk;
            for (int i = 0; i < 800000; ++i) {
                const int month = 2 + i % 6;
                chunk += "R-" + QByteArray::number(i) + ",example-" + QByteArray::number(i % 997)
                    + ",I,Technical check results,2026-0" + QByteArray::number(month) + ",2026-0"
                    + QByteArray::number(month) + "-02T10:00:00Z,2026-0" + QByteArray::number(month)
                    + "-02T10:" + QByteArray::number(10 + i % 49) + ":00Z,\n";
                if (chunk.size() > (1 << 20)) {
                    out.write(chunk);
                    chunk.clear();
                }
            }
            out.write(chunk);
        }
        const qint64 largeSize = QFileInfo(large).size();
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
            db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
            ServiceLevelVersion v;
            v.effectiveFrom = QDate(2025, 1, 1);
            v.threshold = 50;
            QVERIFY(ServiceLevelCatalogue::create(*db, QStringLiteral("I"),
                                                  QStringLiteral("Technical check results"), v));
            auto done = FigureImporter::importFile(*db, small);
            QVERIFY2(done && done.value().status == ImportOutcome::Status::Imported,
                     "the January import failed");
        }

        QProcess import;
        import.start(QStringLiteral(CSC_APP_BINARY),
                     { QStringLiteral("--db"), file, QStringLiteral("sle"),
                       QStringLiteral("import"), large });
        QVERIFY(import.waitForStarted());
        // Kill it once it has read about half of the file: it is then writing requests.
        QDeadlineTimer deadline(120000);
        while (import.state() == QProcess::Running && !deadline.hasExpired()
               && bytesRead(import.processId()) < largeSize / 2)
            import.waitForFinished(5);
        QVERIFY2(import.state() == QProcess::Running, import.readAllStandardError().constData());
        killNow(import);
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QVERIFY2(!db.value()->isReadOnly(), qPrintable(db.value()->readOnlyReason()));
        QCOMPARE(integrity(*db.value()), QStringLiteral("ok"));
        // What was committed before is intact ...
        QCOMPARE(count(*db.value(),
                       QStringLiteral("SELECT count(*) FROM sle_request WHERE month = '2026-01'")),
                 2);
        QCOMPARE(count(*db.value(),
                       QStringLiteral(
                           "SELECT requests * 10 + met FROM sle_figure WHERE month = '2026-01'")),
                 21);
        // ... and the killed import is all there or not at all.
        const qint64 imports
            = count(*db.value(), QStringLiteral("SELECT count(*) FROM sle_import"));
        const qint64 requests
            = count(*db.value(),
                    QStringLiteral("SELECT count(*) FROM sle_request WHERE month > '2026-01'"));
        const qint64 figures = count(
            *db.value(), QStringLiteral("SELECT count(*) FROM sle_figure WHERE month > '2026-01'"));
        if (imports == 1) {
            QCOMPARE(requests, 0);
            QCOMPARE(figures, 0);
        } else {
            QCOMPARE(imports, 2);
            QCOMPARE(requests, 800000);
            QCOMPARE(figures, 6);
        }
        // And the same import runs to the end afterwards.
        db.value().reset();
        const auto again
            = test::runCscDesk({ QStringLiteral("--db"), file, QStringLiteral("sle"),
                                 QStringLiteral("import"), large, QStringLiteral("--replace") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void killedWhileSavingMinutesKeepsEveryCommittedSection()
    {
        const QString file = m_dir.filePath(QStringLiteral("minutes.db"));
        qint64 meetingId = 0;
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
            db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
            auto id = Meetings::create(*db, MeetingKind::Monthly,
                                       QDateTime(QDate(2026, 11, 19), QTime(14, 0), Qt::UTC));
            QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
            meetingId = id.value();
            auto draft = MinutesBook::generateDraft(*db, meetingId);
            QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().fullText()));
        } // closed: the writer takes the lock

        QProcess writer;
        writer.start(QStringLiteral(CSC_MINUTES_WRITER), { file, QString::number(meetingId) });
        QVERIFY(writer.waitForStarted());
        // Kill it once it has committed a good number of sections, i.e. mid-stream.
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (out.count('\n') < 40 && !deadline.hasExpired()
               && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            out += writer.readAllStandardOutput();
        }
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        killNow(writer);
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();

        QList<int> printed;
        for (const QByteArray& line : out.split('\n')) {
            // A half-written last line is a number whose commit we cannot vouch for.
            if (!line.isEmpty())
                printed << line.toInt();
        }
        if (!out.endsWith('\n'))
            printed.removeLast();
        QVERIFY(printed.size() >= 40);

        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QVERIFY2(!db.value()->isReadOnly(), qPrintable(db.value()->readOnlyReason()));
        QCOMPARE(integrity(*db.value()), QStringLiteral("ok"));
        auto minutes = MinutesBook::minutes(*db.value(), meetingId);
        QVERIFY(minutes);
        QSet<QString> headings;
        for (const MinutesSection& s : minutes.value().sections)
            headings.insert(s.heading);
        for (int n : std::as_const(printed))
            QVERIFY2(headings.contains(QStringLiteral("Killed-run section %1").arg(n)),
                     qPrintable(QString::number(n)));
        // And the database takes the next save as usual.
        db.value()->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
        MinutesSection after;
        after.heading = QStringLiteral("After the crash");
        QVERIFY(MinutesBook::addSection(*db.value(), meetingId, after));
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
