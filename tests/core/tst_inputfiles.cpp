// SPDX-License-Identifier: GPL-3.0-or-later
// Files given as input must be regular files, and what is read whole is capped:
// /dev/zero, a FIFO or a folder is refused at once with a message, never read.
#include "TestSupport.h"
#include "core/meetings/HolidayFile.h"
#include "core/review/ChangesFile.h"
#include "core/util/InputFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace csc;

class TestInputFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fifo;

    QStringList notRegular() const { return { QStringLiteral("/dev/zero"), m_fifo, m_dir.path() }; }

private Q_SLOTS:
    void initTestCase()
    {
        m_fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    }

    void holidayFileAndCalendarMustBeRegular()
    {
        for (const QString& path : notRegular()) {
            auto r = HolidayFile::read(path);
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().message.contains(QStringLiteral("not a regular file"))
                         || r.error().message.contains(QStringLiteral("is a folder")),
                     qPrintable(r.error().message));
        }
    }

    void changesFileMustBeRegular()
    {
        for (const QString& path : notRegular()) {
            auto r = ChangesFile::read(path);
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().message.contains(QStringLiteral("not a regular file"))
                         || r.error().message.contains(QStringLiteral("is a folder")),
                     qPrintable(r.error().message));
        }
    }

    void whatIsReadWholeIsCapped()
    {
        const QString big = m_dir.filePath(QStringLiteral("holidays.txt"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(9 * 1024 * 1024)); // sparse: no disk used
        file.close();
        auto r = HolidayFile::read(big);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("too large")),
                 qPrintable(r.error().message));
        auto capped = InputFile::readAll(big, 1024, QStringLiteral("a test file"));
        QVERIFY(!capped);
        auto whole = InputFile::readAll(big, 10 * 1024 * 1024, QStringLiteral("a test file"));
        QVERIFY(whole);
        QCOMPARE(whole.value().size(), 9 * 1024 * 1024);
    }

    void commandLineRefusesADevice()
    {
        auto deadline
            = test::runCscDesk({ QStringLiteral("deadline"), QStringLiteral("--meeting-date"),
                                 QStringLiteral("2026-11-19"), QStringLiteral("--holidays"),
                                 QStringLiteral("/dev/zero") });
        QCOMPARE(deadline.exitCode, 2);
        QVERIFY2(deadline.err.contains(QStringLiteral("/dev/zero")), qPrintable(deadline.err));
        QCOMPARE(deadline.err.count(QLatin1Char('\n')), 1);

        QString db = m_dir.filePath(QStringLiteral("c.db"));
        {
            auto created = test::createOrFail(db);
            QVERIFY(created);
            db = created->path(); // the server's address with CSC_TEST_DB=postgresql
        }
        for (const QStringList& args :
             { QStringList { QStringLiteral("sle"), QStringLiteral("import"), m_fifo },
               QStringList { QStringLiteral("review"), QStringLiteral("merge"),
                             QStringLiteral("/dev/zero") } }) {
            auto r = test::runCscDesk(QStringList { QStringLiteral("--db"), db } + args, 60000);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestInputFiles)
#include "tst_inputfiles.moc"
