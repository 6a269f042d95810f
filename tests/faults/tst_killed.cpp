// A process killed with SIGKILL mid-write leaves a database that opens, passes
// integrity_check and still holds everything committed before the kill.
#include "TestSupport.h"

#include "meetings/Meetings.h"
#include "meetings/MinutesBook.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace csc;

namespace {

QString integrity(const Database& db)
{
    return queryScalar(db, QStringLiteral("PRAGMA integrity_check")).valueOr(QVariant(QStringLiteral("query failed"))).toString();
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
    void killedWhileSavingMinutesKeepsEveryCommittedSection()
    {
        const QString file = m_dir.filePath(QStringLiteral("minutes.db"));
        qint64 meetingId = 0;
        {
            auto db = test::openOrFail(file);
            QVERIFY(db);
            db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
            auto id = Meetings::create(*db, MeetingKind::Monthly, QDateTime(QDate(2026, 11, 19), QTime(14, 0), Qt::UTC));
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
        while (out.count('\n') < 40 && !deadline.hasExpired() && writer.state() == QProcess::Running) {
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
            QVERIFY2(headings.contains(QStringLiteral("Killed-run section %1").arg(n)), qPrintable(QString::number(n)));
        // And the database takes the next save as usual.
        db.value()->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
        MinutesSection after;
        after.heading = QStringLiteral("After the crash");
        QVERIFY(MinutesBook::addSection(*db.value(), meetingId, after));
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
