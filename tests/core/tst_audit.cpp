// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: one entry per change, old and new values, append-only, hash chain.
#include "TestSupport.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneEntryPerChangeWithOldAndNewValues()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        db->setSession({ QStringLiteral("Amaka Okonkwo"), Role::Chair, 0 });
        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::WrittenResponseDays, 12));
        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::WrittenResponseDays,
                                            12)); // no change, no entry
        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::WrittenResponseDays, 15));

        auto entries = AuditLog::entries(*db, QStringLiteral("setting"));
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        const AuditEntry& first = entries.value().at(0);
        QCOMPARE(first.actor, QStringLiteral("Amaka Okonkwo"));
        QCOMPARE(first.actorRole, QStringLiteral("chair"));
        QCOMPARE(first.entityId,
                 CommitteeSettings::keyName(CommitteeSettings::Key::WrittenResponseDays));
        QCOMPARE(first.changes.size(), 1);
        QCOMPARE(first.changes.at(0).oldValue.toString(), QStringLiteral("10"));
        QCOMPARE(first.changes.at(0).newValue.toString(), QStringLiteral("12"));
        QCOMPARE(entries.value().at(1).changes.at(0).oldValue.toString(), QStringLiteral("12"));
        QCOMPARE(entries.value().at(1).changes.at(0).newValue.toString(), QStringLiteral("15"));
        QVERIFY(first.at.isValid());
        QCOMPARE(first.at.timeSpec(), Qt::UTC);
        QCOMPARE(CommitteeSettings::intValue(*db, CommitteeSettings::Key::WrittenResponseDays), 15);
    }

    void holidayChangesAreAuditedAsOneEntry()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QVERIFY(CommitteeSettings::setHolidays(
            *db,
            { { QDate(2026, 12, 25), QStringLiteral("Christmas Day") },
              { QDate(2026, 12, 26), QStringLiteral("Boxing Day") } }));
        QVERIFY(CommitteeSettings::setHolidays(
            *db, { { QDate(2026, 12, 25), QStringLiteral("Christmas Day") } }));
        auto entries = AuditLog::entries(*db, QStringLiteral("holiday_calendar"));
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        const FieldChange removed = entries.value().at(1).changes.at(0);
        QCOMPARE(removed.field, QStringLiteral("2026-12-26"));
        QCOMPARE(removed.oldValue.toString(), QStringLiteral("Boxing Day"));
        QVERIFY(removed.newValue.isNull());
        QCOMPARE(CommitteeSettings::businessCalendar(*db).isBusinessDay(QDate(2026, 12, 25)),
                 false);
        QCOMPARE(CommitteeSettings::businessCalendar(*db).isBusinessDay(QDate(2026, 12, 28)), true);
    }

    void auditTrailIsAppendOnly()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::DueSoonDays, 4));
        QVERIFY(!execute(*db, QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QVERIFY(!execute(*db, QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(),
                 1);
    }

    void verifyFindsTheFirstTamperedEntry()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        for (int days = 11; days <= 15; ++days)
            QVERIFY(CommitteeSettings::setValue(*db, CommitteeSettings::Key::WrittenResponseDays,
                                                days));
        auto clean = AuditLog::verify(*db);
        QVERIFY(clean && clean.value().intact);
        QCOMPARE(clean.value().entriesChecked, 5);

        // What someone with the sqlite3 tool (or the server's owner with psql) could do: drop
        // the guard and edit.
        QSqlQuery q(db->connection());
        QVERIFY(test::dropTrigger(*db, QStringLiteral("audit_log_no_update"),
                                  QStringLiteral("audit_log")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE audit_log SET changes = replace(changes, '13', '99') WHERE id = 3")));
        auto altered = AuditLog::verify(*db);
        QVERIFY(altered);
        QVERIFY(!altered.value().intact);
        QCOMPARE(altered.value().firstBadId, 3);
        QVERIFY(altered.value().problem.contains(QStringLiteral("altered")));

        QVERIFY(test::dropTrigger(*db, QStringLiteral("audit_log_no_delete"),
                                  QStringLiteral("audit_log")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        auto removed = AuditLog::verify(*db);
        QVERIFY(!removed.value().intact);
        QCOMPARE(removed.value().firstBadId, 3);
        QVERIFY(removed.value().problem.contains(QStringLiteral("removed")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
