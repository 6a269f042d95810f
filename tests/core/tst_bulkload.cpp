// SPDX-License-Identifier: GPL-3.0-or-later
// The dialect's bulk load (an import's million requests): SQLite's statement path and the
// portable Qt path write the same rows, refuse a bad row without losing the others, and
// take each text before the caller reuses its buffer.
#include "TestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

#include <QSqlQuery>
#include <QTest>

using namespace csc;

namespace {

// The engine's own loader, or the portable one every dialect inherits.
Result<std::unique_ptr<BulkLoad>> loaderFor(const Database& db, bool portable)
{
    const SqlDialect& dialect = SqlDialect::of(db);
    const QStringList columns { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    return portable ? dialect.SqlDialect::bulkLoad(db, QStringLiteral("t"), columns)
                    : dialect.bulkLoad(db, QStringLiteral("t"), columns);
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
        // Unprepared: the server prepares no DDL.
        QVERIFY(QSqlQuery(db->connection())
                    .exec(QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b INTEGER UNIQUE, "
                                         "c REAL)")));
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
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
