// SPDX-License-Identifier: GPL-3.0-or-later
// The dialect's bulk load (an import's million requests, the demo's history): SQLite's
// statement path and the portable Qt path write the same rows, refuse a bad row without
// losing the others, take each text before the caller reuses its buffer, and give each new
// row's id.
#include "TestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

#include <QSqlQuery>
#include <QTest>

using namespace csc;

namespace {

// The engine's own loader, or the portable one every dialect inherits.
Result<std::unique_ptr<BulkLoad>> loaderFor(const Database& db, bool portable,
                                            const QStringList& columns
                                            = { QStringLiteral("a"), QStringLiteral("b"),
                                                QStringLiteral("c") },
                                            BulkLoad::Ids ids = BulkLoad::Ids::NotWanted)
{
    const SqlDialect& dialect = SqlDialect::of(db);
    return portable ? dialect.SqlDialect::bulkLoad(db, QStringLiteral("t"), columns, ids)
                    : dialect.bulkLoad(db, QStringLiteral("t"), columns, ids);
}

} // namespace

class TestBulkLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsRowsAndRefusesABadOne_data()
    {
        QTest::addColumn<bool>("portable");
        QTest::newRow("engine") << false;
        QTest::newRow("portable") << true;
    }

    void loadsRowsAndRefusesABadOne()
    {
        QFETCH(bool, portable);
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        QVERIFY(SqlDialect::of(*db).runScript(
            *db, "CREATE TABLE t (a TEXT NOT NULL, b INTEGER UNIQUE, c REAL);",
            QStringLiteral("t")));
        auto load = loaderFor(*db, portable);
        if (!load)
            QFAIL(qPrintable(load.error().fullText()));
        BulkLoad& rows = *load.value();

        QByteArray buffer("first");
        rows.setText(0, buffer);
        rows.setInt(1, 1);
        rows.setDouble(2, 1.5);
        QCOMPARE(rows.add(), BulkLoad::Outcome::Added);
        buffer = "second"; // the same buffer, reused as a reader reuses its line
        rows.setText(0, buffer);
        rows.setInt(1, 2);
        rows.setNull(2);
        QCOMPARE(rows.add(), BulkLoad::Outcome::Added);
        rows.setText(0, buffer);
        rows.setInt(1, 2); // the unique b again
        QCOMPARE(rows.add(), BulkLoad::Outcome::Refused);
        QVERIFY(!rows.error().detail.isEmpty());
        rows.setText(0, QByteArrayView("third"));
        rows.setInt(1, 3);
        rows.setDouble(2, 3.0);
        QCOMPARE(rows.add(), BulkLoad::Outcome::Added);

        SqlQuery q(*db, QStringLiteral("SELECT a, b, c FROM t ORDER BY b"));
        QVERIFY(q.exec());
        QStringList seen;
        while (q.next())
            seen << QStringLiteral("%1/%2/%3")
                        .arg(q.value(0).toString(), q.value(1).toString(),
                             q.value(2).isNull() ? QStringLiteral("null") : q.value(2).toString());
        QCOMPARE(seen,
                 (QStringList { QStringLiteral("first/1/1.5"), QStringLiteral("second/2/null"),
                                QStringLiteral("third/3/3") }));
    }

    void rowsOfValuesGiveTheirIds_data() { loadsRowsAndRefusesABadOne_data(); }

    // The demo's history: whole rows of values, each new row's id for the rows that refer to
    // it, values stored with the types Qt's driver gives them.
    void rowsOfValuesGiveTheirIds()
    {
        QFETCH(bool, portable);
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        // Written as the schema scripts are, so the server's dialect turns it into its DDL.
        QVERIFY(SqlDialect::of(*db).runScript(*db,
                                              "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, "
                                              "b INTEGER UNIQUE, c BLOB);",
                                              QStringLiteral("t")));
        auto load = loaderFor(*db, portable,
                              { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") },
                              BulkLoad::Ids::Wanted);
        if (!load)
            QFAIL(qPrintable(load.error().fullText()));
        BulkLoad& rows = *load.value();

        auto first = rows.addRow({ QStringLiteral("één"), 7, QByteArray("\x00\x01", 2) });
        QVERIFY(first);
        QCOMPARE(rows.lastId(), first.value());
        auto second = rows.addRow({ QString(), true, QByteArray("") });
        QVERIFY(second);
        QVERIFY(second.value() > first.value());
        auto refused = rows.addRow({ QStringLiteral("again"), 7, QVariant() });
        QVERIFY(!refused);
        QVERIFY(!refused.error().message.isEmpty());
        auto third = rows.addRow({ QStringLiteral(""), qint64(1) << 40, QVariant() });
        QVERIFY(third);

        // What the engine stored, with SQLite's storage classes (the server's columns are typed).
        const bool sqlite = SqlDialect::of(*db).kind() == SqlDialect::Kind::Sqlite;
        SqlQuery q(*db,
                   sqlite ? QStringLiteral("SELECT id, typeof(a), a, typeof(b), b, typeof(c), "
                                           "length(c) FROM t ORDER BY id")
                          : QStringLiteral("SELECT id, CASE WHEN a IS NULL THEN 'null' ELSE "
                                           "'text' END, a, 'integer', b, CASE WHEN c IS NULL "
                                           "THEN 'null' ELSE 'blob' END, length(c) FROM t "
                                           "ORDER BY id"));
        QVERIFY(q.exec());
        QStringList seen;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i) // a NULL as nothing, whatever type the driver gives it
                row << (q.value(i).isNull() ? QString() : q.value(i).toString());
            seen << row.join(QLatin1Char('/'));
        }
        const QString one = QString::number(first.value());
        const QString two = QString::number(second.value());
        const QString three = QString::number(third.value());
        QCOMPARE(seen,
                 (QStringList { one + QStringLiteral("/text/één/integer/7/blob/2"),
                                two + QStringLiteral("/null//integer/1/blob/0"),
                                three + QStringLiteral("/text//integer/1099511627776/null/") }));
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
