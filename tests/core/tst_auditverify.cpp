// SPDX-License-Identifier: GPL-3.0-or-later
// `cscdesk audit verify` finds what someone changed with the sqlite3 tool.
#include "TestSupport.h"
#include "core/settings/CommitteeSettings.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestAuditVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeDatabase(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        auto db = test::createOrFail(file);
        if (!db)
            return {};
        for (int days = 11; days <= 16; ++days) {
            if (!CommitteeSettings::setValue(*db, CommitteeSettings::Key::WrittenResponseDays,
                                             days))
                return {};
        }
        return file;
    }

    // Edits the file the way a person with the sqlite3 shell would.
    bool sqlite3(const QString& file, const QString& sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), { file, sql });
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

    test::CommandResult verify(const QString& file)
    {
        return test::runCscDesk(
            { QStringLiteral("--db"), file, QStringLiteral("audit"), QStringLiteral("verify") });
    }

private Q_SLOTS:
    void intactTrailPasses()
    {
        const QString file = makeDatabase(QStringLiteral("ok.db"));
        QVERIFY(!file.isEmpty());
        auto r = verify(file);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("6 entries")));
    }

    void alteredEntryIsReported()
    {
        const QString file = makeDatabase(QStringLiteral("altered.db"));
        QVERIFY(sqlite3(file,
                        QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET "
                                       "actor = 'Mallory' WHERE id = 4;")));
        auto r = verify(file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("entry 4")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("altered")));
    }

    void insertedEntryIsReported()
    {
        const QString file = makeDatabase(QStringLiteral("inserted.db"));
        QVERIFY(
            sqlite3(file,
                    QStringLiteral("INSERT INTO audit_log(id, at_utc, actor, actor_role, entity, "
                                   "entity_id, action, changes, prev_hash, hash) "
                                   "SELECT 7, at_utc, 'Mallory', actor_role, entity, entity_id, "
                                   "action, changes, 'x', 'y' FROM audit_log WHERE id = 6;")));
        auto r = verify(file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("entry 7")), qPrintable(r.err));
    }

    void removedEntryIsReported()
    {
        const QString file = makeDatabase(QStringLiteral("removed.db"));
        QVERIFY(
            sqlite3(file,
                    QStringLiteral(
                        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;")));
        auto r = verify(file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("removed")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditVerify)
#include "tst_auditverify.moc"
