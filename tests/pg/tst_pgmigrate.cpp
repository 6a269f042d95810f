// SPDX-License-Identifier: GPL-3.0-or-later
// `cscdesk migrate` moves a committee file onto the server whole, and a review copy exported
// from the server committee comes back into it.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/ActionItems.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewMerge.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CommitteeTransfer.h"
#include "core/storage/PostgresDialect.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace csc;

class TestPgMigrate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_url;

    // Every row of `table` (the columns both sides have) as sorted text.
    static QStringList rowsOf(const Database& db, const QString& table, const QStringList& columns)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::pg::available())
            QSKIP(test::pg::unavailableReason());
        m_file = m_dir.filePath(QStringLiteral("committee.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        QVERIFY(DemoGenerator::generateFile(m_file, options));
        m_url = test::pg::freshDatabase();
    }

    void movesEveryRecordDocumentAndAuditEntry()
    {
        // What `cscdesk migrate --from FILE --to URL` runs.
        auto moved = CommitteeTransfer::fileToServer(m_file, m_url);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().fullText()));
        QVERIFY(moved.value().tables > 40);
        QVERIFY(moved.value().auditEntries > 100);

        auto file = test::openOrFail(m_file);
        auto server = Database::open(m_url);
        QVERIFY2(server, server ? "" : qPrintable(server.error().fullText()));
        Database& pg = *server.value();
        QCOMPARE(pg.committeeId(), file->committeeId());
        auto tables = PostgresDialect::dataTables(pg);
        QVERIFY(tables);
        int compared = 0;
        for (const QString& table : tables.value()) {
            if (table == QLatin1String("meta") || table == QLatin1String("case_fts"))
                continue;
            auto columns = SqlDialect::of(*file).columnsOf(*file, table);
            QVERIFY(columns);
            QCOMPARE(rowsOf(pg, table, columns.value()), rowsOf(*file, table, columns.value()));
            ++compared;
        }
        QVERIFY(compared > 40);
        // Documents byte for byte.
        QCOMPARE(
            queryScalar(pg, QStringLiteral("SELECT count(*) FROM document")).value().toInt(),
            queryScalar(*file, QStringLiteral("SELECT count(*) FROM document")).value().toInt());
        // One chain, the same head, verified on the server.
        QCOMPARE(AuditLog::head(pg).value().hash, AuditLog::head(*file).value().hash);
        QVERIFY(AuditLog::verify(pg).value().intact);
        // New rows continue after the copied ids.
        QVERIFY(CaseComments::add(pg,
                                  queryScalar(pg,
                                              QStringLiteral("SELECT min(id) FROM "
                                                             "case_record"))
                                      .value()
                                      .toLongLong(),
                                  QStringLiteral("First comment on the server.")));
        QVERIFY(AuditLog::verify(pg).value().intact);
        // Only into an empty database.
        auto again = CommitteeTransfer::fileToServer(m_file, m_url);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("already holds")),
                 qPrintable(again.error().message));
    }

    void reviewCopyRoundTripThroughTheServer()
    {
        auto server = Database::open(m_url);
        QVERIFY(server);
        Database& pg = *server.value();
        pg.setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
        auto recipient = ReviewCopy::findRecipient(pg, QStringLiteral("Lars Henriksen"));
        QVERIFY2(recipient, recipient ? "" : qPrintable(recipient.error().fullText()));
        const QString copyPath = m_dir.filePath(QStringLiteral("lars.db"));
        auto exported = ReviewCopy::exportCopy(pg, recipient.value(), copyPath);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().fullText()));
        const qint64 caseId
            = queryScalar(pg,
                          QStringLiteral("SELECT min(id) FROM case_record WHERE archived_utc "
                                         "IS NULL"))
                  .value()
                  .toLongLong();
        const QString changes = m_dir.filePath(QStringLiteral("lars.changes"));
        {
            auto copy = test::openOrFail(copyPath);
            QVERIFY(copy && copy->session().reviewCopy);
            QVERIFY(!copy->isServer());
            QVERIFY(
                CaseComments::add(*copy, caseId, QStringLiteral("Written offline, on a train.")));
            QVERIFY(ReviewCopy::writeChanges(*copy, changes));
        }
        auto merged = ReviewMerge::merge(pg, changes);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().fullText()));
        QCOMPARE(merged.value().author, QStringLiteral("Lars Henriksen"));
        QCOMPARE(merged.value().applied.size(), 1);
        QCOMPARE(queryScalar(pg, QStringLiteral("SELECT count(*) FROM case_comment WHERE body = ?"),
                             { QStringLiteral("Written offline, on a train.") })
                     .value()
                     .toInt(),
                 1);
        QVERIFY(AuditLog::verify(pg).value().intact);
    }
};

QTEST_GUILESS_MAIN(TestPgMigrate)
#include "tst_pgmigrate.moc"
