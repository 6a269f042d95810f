// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 6: the audit chain is anchored. A rewrite with recomputed hashes and a cut tail
// pass the entry-by-entry check, so `cscdesk audit verify` compares the chain with the heads that
// left the database (noted when published or issued, or given with --against as a head, a
// document, a review copy or a changes file) and names them; missing or altered append-only
// triggers are reported too. The tampering is done with the sqlite3 shell, the hashes recomputed
// with the published algorithm, as an attacker with the source would.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/review/ReviewCopy.h"
#include "core/storage/AuditAnchors.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// The entry hash as AuditLog computes it (the algorithm is no secret: the source is public).
QString entryHash(const AuditEntry& e, const QString& changesJson)
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(e.id) + sep + e.at.toString(Qt::ISODate) + sep
        + e.actor + sep + e.actorRole + sep + e.entity + sep + e.entityId + sep + e.action + sep
        + changesJson + sep + e.prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAuditAnchors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // a closed demo committee, copied for each test

    QString freshCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        return QFile::copy(m_demo, path) ? path : QString();
    }

    AuditHead headOf(const QString& file)
    {
        auto db = test::openOrFail(file);
        return db ? AuditLog::head(*db).valueOr({}) : AuditHead {};
    }

    // Notes the head now as published with `what`; returns it.
    AuditHead publish(const QString& file, const QString& what)
    {
        auto db = test::openOrFail(file);
        const AuditHead head = AuditLog::head(*db).valueOr({});
        if (!AuditAnchors::notePublished(*db, head, what))
            return {};
        return head;
    }

    bool sqlite3(const QString& file, const QString& script)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), { QStringLiteral("-bail"), file });
        p.write(script.toUtf8());
        p.closeWriteChannel();
        const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
        if (!ok)
            qWarning() << p.readAllStandardError();
        return ok;
    }

    QString triggerSql(const QString& file, const QString& name)
    {
        auto db = test::openOrFail(file);
        return queryScalar(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"),
                           { name })
            .value()
            .toString();
    }

    // Changes entry `fromId` (the actor becomes Mallory) and recomputes every hash from there
    // on, so the chain is consistent entry by entry; the guard is put back as it was.
    bool rewriteFrom(const QString& file, qint64 fromId)
    {
        const QString guard = triggerSql(file, QStringLiteral("audit_log_no_update"));
        QString script = QStringLiteral("DROP TRIGGER audit_log_no_update;\nBEGIN;\n");
        {
            auto db = test::openOrFail(file);
            SqlQuery q(*db,
                       QStringLiteral("SELECT id, at_utc, actor, actor_role, entity, entity_id, "
                                      "action, changes, prev_hash FROM audit_log WHERE id >= ? - 1 "
                                      "ORDER BY id"));
            q.bind(fromId);
            if (!q.exec())
                return false;
            QString previous;
            while (q.next()) {
                AuditEntry e;
                e.id = q.value(0).toLongLong();
                e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
                e.actor = q.value(2).toString();
                e.actorRole = q.value(3).toString();
                e.entity = q.value(4).toString();
                e.entityId = q.value(5).toString();
                e.action = q.value(6).toString();
                const QString json = q.value(7).toString();
                e.prevHash = q.value(8).toString();
                if (e.id < fromId) {
                    previous = entryHash(e, json);
                    continue;
                }
                if (e.id == fromId)
                    e.actor = QStringLiteral("Mallory");
                e.prevHash = previous;
                e.hash = entryHash(e, json);
                previous = e.hash;
                script += QStringLiteral("UPDATE audit_log SET actor = '%1', prev_hash = '%2', "
                                         "hash = '%3' WHERE id = %4;\n")
                              .arg(e.actor, e.prevHash, e.hash)
                              .arg(e.id);
            }
        }
        script += QStringLiteral("COMMIT;\n") + guard + QStringLiteral(";\n");
        return sqlite3(file, script);
    }

    // Deletes the last `n` entries and puts the guard back as it was.
    bool cutTail(const QString& file, int n)
    {
        const QString guard = triggerSql(file, QStringLiteral("audit_log_no_delete"));
        return sqlite3(file,
                       QStringLiteral("DROP TRIGGER audit_log_no_delete;\nDELETE FROM audit_log "
                                      "WHERE id > (SELECT max(id) - %1 FROM audit_log);\n")
                               .arg(n)
                           + guard + QStringLiteral(";\n"));
    }

    test::CommandResult verify(const QString& file, const QStringList& against = {})
    {
        QStringList args { QStringLiteral("--db"), file, QStringLiteral("audit"),
                           QStringLiteral("verify") };
        for (const QString& a : against)
            args << QStringLiteral("--against") << a;
        return test::runCscDesk(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_demo, options));
        QVERIFY(headOf(m_demo).entries > 20);
    }

    void intactChainMatchesItsHeads()
    {
        const QString file = freshCopy(QStringLiteral("intact.db"));
        const AuditHead head = publish(file, QStringLiteral("minutes 2026-11-19 (PDF)"));
        QVERIFY(head.entries > 0);
        auto r = verify(file, { head.toText() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 published or given head")), qPrintable(r.out));
    }

    void rewriteWithRecomputedHashesIsNamed()
    {
        const QString file = freshCopy(QStringLiteral("rewrite.db"));
        const AuditHead head = publish(file, QStringLiteral("minutes 2026-11-19 (PDF)"));
        QVERIFY(head.entries > 10);
        QVERIFY(rewriteFrom(file, head.entries - 4));
        auto r = verify(file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("rewritten")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("entry %1").arg(head.entries)));
        QVERIFY(r.err.contains(QStringLiteral("minutes 2026-11-19 (PDF)")));
    }

    void withoutAKnownHeadOnlyAGivenHeadNamesARewrite()
    {
        // What a head can prove, and what it cannot: the forged chain is consistent in itself, so
        // only a head kept outside (here given on the command line) names the rewrite.
        const QString file = freshCopy(QStringLiteral("unanchored.db"));
        const AuditHead head = headOf(file);
        QVERIFY(rewriteFrom(file, head.entries - 4));
        QCOMPARE(verify(file).exitCode, 0);
        auto r = verify(file, { head.toText() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("rewritten")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("the head given")));
    }

    void cutTailIsNamed()
    {
        const QString file = freshCopy(QStringLiteral("cut.db"));
        const AuditHead head = publish(file, QStringLiteral("work plan (HTML)"));
        QVERIFY(cutTail(file, 5));
        QCOMPARE(headOf(file).entries, head.entries - 5);
        auto r = verify(file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the last 5 entries were cut off")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("work plan (HTML)")));
    }

    void missingOrAlteredTriggersAreReported()
    {
        const QString dropped = freshCopy(QStringLiteral("dropped.db"));
        QVERIFY(sqlite3(dropped, QStringLiteral("DROP TRIGGER audit_log_no_update;")));
        auto r = verify(dropped);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("audit_log_no_update on audit_log is missing")),
                 qPrintable(r.err));

        const QString altered = freshCopy(QStringLiteral("altered.db"));
        QVERIFY(sqlite3(altered,
                        QStringLiteral("DROP TRIGGER audit_log_no_delete; CREATE TRIGGER "
                                       "audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 "
                                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is "
                                       "append-only'); END;")));
        r = verify(altered);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("audit_log_no_delete on audit_log was altered")),
                 qPrintable(r.err));

        // Whoever wants to forget a published head has to remove the heads' guard first.
        const QString heads = freshCopy(QStringLiteral("heads.db"));
        QVERIFY(publish(heads, QStringLiteral("calendar (ICS)")).entries > 0);
        QVERIFY(sqlite3(heads,
                        QStringLiteral("DROP TRIGGER audit_anchor_no_delete; DELETE FROM "
                                       "audit_anchor;")));
        r = verify(heads);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("audit_anchor_no_delete on audit_anchor is missing")),
            qPrintable(r.err));
    }

    void headsAreFoundInDocumentsAndCopies()
    {
        const QString file = freshCopy(QStringLiteral("documents.db"));
        const AuditHead head = headOf(file);
        const QString stamp = head.toText();
        QStringList carriers;
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            const QString path = m_dir.filePath(name);
            test::writeFile(path, bytes);
            carriers << path;
        };
        write(QStringLiteral("minutes.html"),
              "<!DOCTYPE html><html><body><p>Minutes</p><footer>Record: audit&nbsp;"
                  + QByteArray::number(head.entries) + "&nbsp;" + head.hash.toLatin1()
                  + "</footer></body></html>");
        write(QStringLiteral("workplan.md"), "# Work plan\n\n_" + stamp.toUtf8() + "_\n");
        // iCalendar folds at 75 octets, here in the middle of the hash.
        const QByteArray line = "DESCRIPTION:Committee calendar\\, " + stamp.toUtf8();
        write(QStringLiteral("calendar.ics"),
              "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + line.left(70) + "\r\n " + line.mid(70)
                  + "\r\nEND:VCALENDAR\r\n");
        {
            const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            QFont font = painter.font();
            // Small and from the left edge: the whole head fits on the page whatever its digits.
            font.setPointSize(5);
            painter.setFont(font);
            painter.drawText(QPointF(20, 800), QStringLiteral("Findings for October 2026"));
            painter.drawText(QPointF(20, 1400), stamp);
            painter.end();
            carriers << pdf;
        }
        // A review copy and the changes written in it carry the head they were taken at.
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        {
            auto db = test::openOrFail(file);
            auto recipient = ReviewCopy::findRecipient(*db, QStringLiteral("Lars Henriksen"));
            QVERIFY(recipient);
            QVERIFY(ReviewCopy::exportCopy(*db, recipient.value(), copy));
            // The committee noted the head the copy went out with.
            auto noted = AuditAnchors::latest(*db);
            QVERIFY(noted && noted.value());
            QCOMPARE(noted.value()->head, head);
            QVERIFY(noted.value()->what.contains(QStringLiteral("Lars Henriksen")));
        }
        carriers << copy;
        const QString changes = m_dir.filePath(QStringLiteral("copy.changes"));
        {
            auto db = test::openOrFail(copy);
            QVERIFY(ReviewCopy::writeChanges(*db, changes));
        }
        carriers << changes;

        for (const QString& carrier : std::as_const(carriers)) {
            auto r = verify(file, { carrier });
            QVERIFY2(r.exitCode == 0, qPrintable(carrier + QLatin1String(": ") + r.err));
        }
        QVERIFY(rewriteFrom(file, head.entries - 2));
        for (const QString& carrier : std::as_const(carriers)) {
            auto r = verify(file, { carrier });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("rewritten")), qPrintable(carrier + r.err));
        }

        // A file without a head says so.
        const QString plain = m_dir.filePath(QStringLiteral("plain.txt"));
        test::writeFile(plain, "no head here");
        auto r = verify(file, { plain });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("carries no audit head")), qPrintable(r.err));
    }
};

QTEST_MAIN(TestAuditAnchors) // the PDF needs QGuiApplication (fonts)
#include "tst_auditanchors.moc"
