// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only database file or folder opens read-only and says so; nothing is written.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace csc;

class TestReadOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Root may write anything, so as root the app runs as `nobody`, like an ordinary user.
    test::CommandResult infoAsUnprivileged(const QString& file)
    {
        QStringList args { QStringLiteral("--db"), file, QStringLiteral("info") };
        if (geteuid() != 0)
            return test::runCscDesk(args);
        QProcess p;
        p.start(QStringLiteral("setpriv"),
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral(CSC_APP_BINARY) }
                    + args);
        test::CommandResult r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString makeDatabase(const QString& folder)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString file = m_dir.filePath(folder + QLatin1String("/committee.db"));
        auto db = test::createOrFail(file);
        return db ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // `nobody` must be able to reach the temporary folder.
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString file = makeDatabase(QStringLiteral("file"));
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).absolutePath();
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::WriteOther | QFileDevice::ExeOther);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QByteArray before = test::fileBytes(file);
        auto r = infoAsUnprivileged(file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("access: read-only")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("read-only; changes cannot be saved")));
        QCOMPARE(test::fileBytes(file), before);
    }

    void readOnlyFolderOpensReadOnly()
    {
        const QString file = makeDatabase(QStringLiteral("folder"));
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).absolutePath();
        QFile::setPermissions(file,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther);
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QByteArray before = test::fileBytes(file);
        auto r = infoAsUnprivileged(file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("access: read-only")), qPrintable(r.out));
        QCOMPARE(test::fileBytes(file), before);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
