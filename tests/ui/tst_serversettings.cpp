// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Shared Server: the address is filled in and saved (never a password), and the next
// start opens it when --db is not given; the URL is the one core builds from the fields.
#include "TestSupport.h"
#include "core/settings/AppSettings.h"
#include "core/storage/ServerAddress.h"
#include "ui/SettingsDialog.h"
#include "ui/widgets/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestServerSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { UserPrompts::setHeadless(true); }

    void theSavedServerIsOpenedAtTheNextStart()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(ini);
            QCOMPARE(settings.startupServer(), QString()); // a new user: the local file
            SettingsDialog dialog(settings, nullptr);
            auto* page = dialog.findChild<QWidget*>(QStringLiteral("sharedServerPage"));
            QVERIFY(page);
            dialog.findChild<QLineEdit*>(QStringLiteral("serverHost"))
                ->setText(QStringLiteral("csc.example.org"));
            dialog.findChild<QSpinBox*>(QStringLiteral("serverPort"))->setValue(6432);
            dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabase"))
                ->setText(QStringLiteral("csc_committee"));
            dialog.findChild<QLineEdit*>(QStringLiteral("serverUser"))
                ->setText(QStringLiteral("ana"));
            auto* ssl = dialog.findChild<QComboBox*>(QStringLiteral("serverSslMode"));
            ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
            dialog.findChild<QCheckBox*>(QStringLiteral("serverAtStartup"))->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // The next start.
        AppSettings next(ini);
        const QString url = next.startupServer();
        QCOMPARE(url,
                 QStringLiteral("postgresql://ana@csc.example.org:6432/csc_committee"
                                "?sslmode=verify-full"));
        QVERIFY(!url.contains(QLatin1Char(':') + QStringLiteral("@"))); // no password
        // The fields come back from it as they were typed.
        const ServerAddress back = ServerAddress::fromUrl(url);
        QCOMPARE(back.host, QStringLiteral("csc.example.org"));
        QCOMPARE(back.port, 6432);
        QCOMPARE(back.database, QStringLiteral("csc_committee"));
        QCOMPARE(back.user, QStringLiteral("ana"));
        QCOMPARE(back.sslMode, QStringLiteral("verify-full"));
        SettingsDialog again(next, nullptr);
        QCOMPARE(again.serverAddress().toUrl(), url);
        QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("serverAtStartup"))->isChecked());

        // Unticked, the address stays saved but the next start opens the local file.
        again.findChild<QCheckBox*>(QStringLiteral("serverAtStartup"))->setChecked(false);
        again.accept();
        AppSettings third(ini);
        QCOMPARE(third.startupServer(), QString());
        QCOMPARE(third.value(AppSettings::Key::ServerConnection).toString(), url);
    }

    void aSocketFolderAndDefaultsMakeAValidUrl()
    {
        ServerAddress a;
        a.host = QStringLiteral("/run/postgresql");
        a.database = QStringLiteral("committee");
        const QString url = a.toUrl();
        QCOMPARE(url, QStringLiteral("postgresql://localhost/committee?host=/run/postgresql"));
        QCOMPARE(ServerAddress::fromUrl(url).host, a.host);
        QCOMPARE(ServerAddress::fromUrl(url).port, 0);
        QCOMPARE(ServerAddress {}.toUrl(), QString()); // nothing filled in: no server
        // A password never goes into what is kept, but can be given for one connection.
        QVERIFY(ServerAddress::withPassword(url, QStringLiteral("s3cret"))
                    .contains(QLatin1String("s3cret")));
        QVERIFY(ServerAddress::needsPassword(
            { QStringLiteral("Cannot connect"),
              QStringLiteral("connection to server failed: fe_sendauth: no password supplied") }));
    }

    void testingWithoutADatabaseNameSaysWhatIsMissing()
    {
        const QString ini = m_dir.filePath(QStringLiteral("empty.ini"));
        AppSettings settings(ini);
        SettingsDialog dialog(settings, nullptr);
        auto answer = dialog.testServer();
        QVERIFY(!answer);
        QVERIFY(answer.error().message.contains(QLatin1String("database name")));
    }
};

QTEST_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
