// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog's edit applied by core in one audited write: all of it or nothing, an
// unnamed holiday refused with a message naming its day.
#include "TestSupport.h"
#include "core/settings/CommitteeSettings.h"
#include "core/settings/SettingsEdit.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QLocale>
#include <QTest>

using namespace csc;
using K = CommitteeSettings::Key;

class TestSettingsApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesValuesAndHolidaysTogether()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        SettingsEdit edit;
        edit.values.insert(K::WrittenResponseDays, 12);
        edit.values.insert(K::LowerRatingLabel, QStringLiteral("Below expectations"));
        edit.values.insert(K::DueSoonDays, 2); // the default: no change, no entry
        edit.holidays = QList<Holiday> { { QDate(2026, 12, 25), QStringLiteral("Christmas Day") } };
        QVERIFY(edit.apply(*db));

        QCOMPARE(CommitteeSettings::intValue(*db, K::WrittenResponseDays), 12);
        QCOMPARE(CommitteeSettings::value(*db, K::LowerRatingLabel).toString(),
                 QStringLiteral("Below expectations"));
        QCOMPARE(CommitteeSettings::holidays(*db).value().size(), 1);
        QCOMPARE(AuditLog::entries(*db, QStringLiteral("setting")).value().size(), 2);
        QCOMPARE(AuditLog::entries(*db, QStringLiteral("holiday_calendar")).value().size(), 1);

        // The same edit again changes nothing and records nothing.
        QVERIFY(edit.apply(*db));
        QCOMPARE(AuditLog::entries(*db, QStringLiteral("setting")).value().size(), 2);
        QCOMPARE(AuditLog::entries(*db, QStringLiteral("holiday_calendar")).value().size(), 1);
    }

    void anUnnamedHolidayRefusesTheWholeEdit()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        SettingsEdit edit;
        edit.values.insert(K::WrittenResponseDays, 12);
        edit.holidays = QList<Holiday> { { QDate(2026, 12, 25), QStringLiteral("Christmas Day") },
                                         { QDate(2026, 12, 26), QStringLiteral("  ") } };
        const Status status = edit.apply(*db);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(
                     QLocale().toString(QDate(2026, 12, 26), QLocale::LongFormat)),
                 qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(QStringLiteral("no name")));
        // Nothing of the edit was saved, not even the valid parts.
        QCOMPARE(CommitteeSettings::intValue(*db, K::WrittenResponseDays), 10);
        QVERIFY(CommitteeSettings::holidays(*db).value().isEmpty());
        QVERIFY(AuditLog::entries(*db, QStringLiteral("setting")).value().isEmpty());
    }

    void aRoleThatMayNotManageTheCommitteeChangesNothing()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        db->setSession({ QStringLiteral("Observer"), Role::Observer, 0 });
        SettingsEdit edit;
        edit.values.insert(K::WrittenResponseDays, 12);
        QVERIFY(!edit.apply(*db));
        QCOMPARE(CommitteeSettings::intValue(*db, K::WrittenResponseDays), 10);
    }
};

QTEST_GUILESS_MAIN(TestSettingsApply)
#include "tst_settingsapply.moc"
