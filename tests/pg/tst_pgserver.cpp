// SPDX-License-Identifier: GPL-3.0-or-later
// A committee on the throw-away PostgreSQL cluster: connecting, the schema, the roles and their
// row-level security, the append-only audit trail, live refresh between two clients.
#include "TestSupport.h"
#include "core/cases/CaseRepository.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditCheck.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/EditGuard.h"
#include "core/storage/SqlDialect.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace csc;

class TestPgServer : public QObject
{
    Q_OBJECT

private:
    // The database name of a URI made by freshDatabase().
    static QString nameOf(const QString& url) { return QUrl(url).path().mid(1); }

    std::unique_ptr<Database> createCommittee(QString* url)
    {
        *url = test::pg::freshDatabase();
        auto db = Database::create(*url);
        if (!db) {
            QTest::qFail(qPrintable(db.error().fullText()), __FILE__, __LINE__);
            return nullptr;
        }
        db.value()->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
        return std::move(db).value();
    }

    static qint64 openCase(Database& db, const QString& title, bool exercise = false)
    {
        NewCase c;
        c.title = title;
        c.complainant = QStringLiteral("Registry Operator");
        c.tld = QStringLiteral("example");
        c.exercise = exercise;
        c.category = QStringLiteral("other");
        auto id = CaseRepository::create(db, c);
        if (!id) {
            qWarning() << id.error().fullText();
            return 0;
        }
        return id.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::pg::available())
            QSKIP(test::pg::unavailableReason());
    }

    void createsTheSchemaOnceAndOpensIt()
    {
        QString url;
        auto db = createCommittee(&url);
        QVERIFY(db);
        QVERIFY(db->isServer());
        QVERIFY(SqlDialect::of(*db).kind() == SqlDialect::Kind::Postgres);
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(!db->committeeId().isEmpty());
        QVERIFY2(!db->path().contains(QLatin1String("password")), qPrintable(db->path()));

        // The same committee opened by another client: the same committee, no second migration.
        auto again = Database::open(url);
        QVERIFY2(again, again ? "" : qPrintable(again.error().fullText()));
        QCOMPARE(again.value()->committeeId(), db->committeeId());
        // A committee is created only in an empty database.
        auto twice = Database::create(url);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("already holds")),
                 qPrintable(twice.error().message));
        // And an empty database is not a committee.
        auto empty = Database::open(test::pg::freshDatabase());
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QLatin1String("not a CSC Desk committee")));
    }

    void generatedSchemaKeepsTheRecordRules()
    {
        QString url;
        auto db = createCommittee(&url);
        QVERIFY(db);
        const qint64 id = openCase(*db, QStringLiteral("Root zone update delayed"));
        QVERIFY(id > 0);
        // Identity ids, triggers and checks came from the SQLite scripts.
        const QStringList refused = test::pg::rowsAs(QStringLiteral("cscdesk_admin"), nameOf(url),
                                                     QStringLiteral("DELETE FROM case_record"));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(QLatin1String("cases are archived, never deleted")),
                 qPrintable(refused.first()));
        const QStringList badDay = test::pg::rowsAs(
            QStringLiteral("cscdesk_admin"), nameOf(url),
            QStringLiteral("INSERT INTO holiday(day, name) VALUES ('2026-1-01', 'x')"));
        QVERIFY2(badDay.value(0).startsWith(QLatin1String("ERROR")),
                 qPrintable(badDay.join(QLatin1Char(' '))));
        // PostgreSQL's own text search holds what SQLite's FTS5 does.
        const QStringList found
            = test::pg::rowsAs(QStringLiteral("cscdesk_admin"), nameOf(url),
                               QStringLiteral("SELECT case_id FROM case_fts WHERE document @@ "
                                              "plainto_tsquery('simple', 'delayed')"));
        QCOMPARE(found, QStringList { QString::number(id) });
    }

    void observerReadsNothingConfidentialWithPlainSql()
    {
        QString url;
        auto db = createCommittee(&url);
        QVERIFY(db);
        const qint64 secret = openCase(*db, QStringLiteral("Secret negotiation"));
        const qint64 open = openCase(*db, QStringLiteral("Published complaint"));
        const qint64 drill = openCase(*db, QStringLiteral("Exercise case"), true);
        QVERIFY(secret > 0 && open > 0 && drill > 0);
        QVERIFY2(CaseRepository::setPublic(*db, open, true, QStringLiteral("complainant agreed")),
                 "making a case public");
        const QString name = nameOf(url);
        QVERIFY(test::pg::admin({ QStringLiteral("DROP ROLE IF EXISTS t_observer"),
                                  QStringLiteral("CREATE ROLE t_observer LOGIN IN ROLE "
                                                 "cscdesk_observer"),
                                  QStringLiteral("DROP ROLE IF EXISTS t_member"),
                                  QStringLiteral("CREATE ROLE t_member LOGIN IN ROLE "
                                                 "cscdesk_member") }));
        const auto as = [&](const QString& user, const QString& sql) {
            return test::pg::rowsAs(user, name, sql);
        };
        QCOMPARE(as(QStringLiteral("t_observer"), QStringLiteral("SELECT title FROM case_record")),
                 QStringList { QStringLiteral("Published complaint") });
        QCOMPARE(as(QStringLiteral("t_member"), QStringLiteral("SELECT count(*) FROM case_record"))
                     .value(0),
                 QStringLiteral("3"));
        // Nor through the tables around the cases: moves, full text, the audit trail.
        const QStringList moves = as(QStringLiteral("t_observer"),
                                     QStringLiteral("SELECT DISTINCT case_id FROM case_move"));
        QCOMPARE(moves, QStringList { QString::number(open) });
        const QStringList text
            = as(QStringLiteral("t_observer"), QStringLiteral("SELECT body FROM case_fts"));
        QVERIFY(!text.join(QLatin1Char(' ')).contains(QLatin1String("Secret")));
        QVERIFY(!text.join(QLatin1Char(' ')).contains(QLatin1String("Exercise")));
        const QStringList audit
            = as(QStringLiteral("t_observer"), QStringLiteral("SELECT changes FROM audit_log"));
        QVERIFY(!audit.isEmpty());
        QVERIFY2(!audit.join(QLatin1Char(' ')).contains(QLatin1String("Secret negotiation")),
                 qPrintable(audit.join(QLatin1Char(' '))));
        // An observer writes nothing, whatever the client.
        QVERIFY(as(QStringLiteral("t_observer"),
                   QStringLiteral("INSERT INTO holiday(day, name) VALUES ('2026-12-25', 'x')"))
                    .value(0)
                    .contains(QLatin1String("permission denied")));
        // The app opened by the observer's login takes the observer's role.
        auto asObserver = Database::open(test::pg::url(name, QStringLiteral("t_observer")));
        QVERIFY2(asObserver, asObserver ? "" : qPrintable(asObserver.error().fullText()));
        QVERIFY(asObserver.value()->serverRole() == Role::Observer);
        asObserver.value()->setSession({ QStringLiteral("Someone"), Role::Chair, 0 });
        QVERIFY(asObserver.value()->session().role == Role::Observer);
    }

    void auditTrailIsAppendOnlyAndRecordsTheDatabaseRole()
    {
        QString url;
        auto db = createCommittee(&url);
        QVERIFY(db);
        QVERIFY(openCase(*db, QStringLiteral("A case")) > 0);
        const QString name = nameOf(url);
        QVERIFY(
            test::pg::admin({ QStringLiteral("DROP ROLE IF EXISTS t_chair"),
                              QStringLiteral("CREATE ROLE t_chair LOGIN IN ROLE cscdesk_chair") }));
        QCOMPARE(test::pg::rowsAs(QStringLiteral("cscdesk_admin"), name,
                                  QStringLiteral("SELECT DISTINCT db_role FROM audit_log")),
                 QStringList { QStringLiteral("cscdesk_admin") });
        for (const QString& sql : { QStringLiteral("UPDATE audit_log SET actor = 'someone else'"),
                                    QStringLiteral("DELETE FROM audit_log") }) {
            const QString refused = test::pg::rowsAs(QStringLiteral("t_chair"), name, sql).value(0);
            QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
            // Even the committee's owner meets the append-only rule.
            const QString owner
                = test::pg::rowsAs(QStringLiteral("cscdesk_admin"), name, sql).value(0);
            QVERIFY2(owner.contains(QLatin1String("append-only")), qPrintable(owner));
        }
        // The chair's login writes through core; the trail says which database role wrote.
        auto chair = Database::open(test::pg::url(name, QStringLiteral("t_chair")));
        QVERIFY2(chair, chair ? "" : qPrintable(chair.error().fullText()));
        chair.value()->setSession({ QStringLiteral("The Chair"), Role::Chair, 0 });
        QVERIFY(openCase(*chair.value(), QStringLiteral("Chair's case")) > 0);
        QVERIFY(test::pg::rowsAs(QStringLiteral("cscdesk_admin"), name,
                                 QStringLiteral("SELECT DISTINCT db_role FROM audit_log"))
                    .contains(QStringLiteral("t_chair")));
        auto verified = AuditLog::verify(*db);
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().fullText()));
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
    }

    void observerVerifiesTheWholeChainWithoutReadingIt()
    {
        QString url;
        auto db = createCommittee(&url);
        QVERIFY(db);
        const qint64 secret = openCase(*db, QStringLiteral("Secret negotiation"));
        const qint64 open = openCase(*db, QStringLiteral("Published complaint"));
        QVERIFY(secret > 0 && open > 0);
        QVERIFY(CaseRepository::setPublic(*db, open, true, QStringLiteral("complainant agreed")));
        QVERIFY(openCase(*db, QStringLiteral("Another secret")) > 0);
        const QString name = nameOf(url);
        QVERIFY(test::pg::admin({ QStringLiteral("DROP ROLE IF EXISTS t_verifier"),
                                  QStringLiteral("CREATE ROLE t_verifier LOGIN IN ROLE "
                                                 "cscdesk_observer") }));
        const auto whole = AuditLog::head(*db);
        QVERIFY(whole);
        // The observer reads only part of the trail…
        const qint64 seen = test::pg::rowsAs(QStringLiteral("t_verifier"), name,
                                             QStringLiteral("SELECT count(*) FROM audit_log"))
                                .value(0)
                                .toLongLong();
        QVERIFY2(seen > 0 && seen < whole.value().entries,
                 qPrintable(QStringLiteral("%1 of %2").arg(seen).arg(whole.value().entries)));
        // …yet verifies all of it, and knows the chain's real head.
        auto observer = Database::open(test::pg::url(name, QStringLiteral("t_verifier")));
        QVERIFY2(observer, observer ? "" : qPrintable(observer.error().fullText()));
        Database& obs = *observer.value();
        QVERIFY(obs.serverRole() == Role::Observer);
        auto clean = AuditLog::verify(obs);
        QVERIFY2(clean, clean ? "" : qPrintable(clean.error().fullText()));
        QVERIFY2(clean.value().intact, qPrintable(clean.value().problem));
        QCOMPARE(clean.value().entriesChecked, whole.value().entries);
        const auto headSeen = AuditLog::head(obs);
        QVERIFY(headSeen);
        QCOMPARE(headSeen.value().toText(), whole.value().toText());
        // Without ever being given a hidden entry's text.
        QVERIFY(!test::pg::rowsAs(QStringLiteral("t_verifier"), name,
                                  QStringLiteral("SELECT changes FROM audit_log"))
                     .join(QLatin1Char(' '))
                     .contains(QLatin1String("Secret")));

        // The owner turns the guard off with psql and edits an entry the observer cannot read.
        const QString hidden
            = test::pg::rowsAs(QStringLiteral("cscdesk_admin"), name,
                               QStringLiteral("SELECT min(id) FROM audit_log WHERE changes LIKE "
                                              "'%Another secret%'"))
                  .value(0);
        QVERIFY(hidden.toLongLong() > 0);
        QVERIFY(test::pg::rowsAs(QStringLiteral("t_verifier"), name,
                                 QStringLiteral("SELECT id FROM audit_log WHERE id = ") + hidden)
                    .isEmpty());
        QVERIFY(test::pg::admin(
            { QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"),
              QStringLiteral("UPDATE audit_log SET changes = replace(changes, 'Another', "
                             "'No') WHERE id = ")
                  + hidden },
            name));
        auto altered = AuditLog::verify(obs);
        QVERIFY2(altered, altered ? "" : qPrintable(altered.error().fullText()));
        QVERIFY(!altered.value().intact);
        QCOMPARE(QString::number(altered.value().firstBadId), hidden);
        QVERIFY2(altered.value().problem.contains(QLatin1String("entry ") + hidden),
                 qPrintable(altered.value().problem));
        QVERIFY2(altered.value().problem.contains(QLatin1String("altered")),
                 qPrintable(altered.value().problem));
        // The insider's own walk says the same.
        QCOMPARE(AuditLog::verify(*db).value().firstBadId, altered.value().firstBadId);

        // An entry removed: the observer is told which one is missing.
        QVERIFY(test::pg::admin(
            { QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete"),
              QStringLiteral("DELETE FROM audit_log WHERE id = 1") },
            name));
        auto removed = AuditLog::verify(obs);
        QVERIFY(removed && !removed.value().intact);
        QCOMPARE(removed.value().firstBadId, 2);
        QVERIFY2(removed.value().problem.contains(QLatin1String("entry 1 is missing")),
                 qPrintable(removed.value().problem));
    }

    void auditCheckReadsTheServersGuardsAndSeesOneTurnedOff()
    {
        QString url;
        auto db = createCommittee(&url);
        QVERIFY(db);
        QVERIFY(openCase(*db, QStringLiteral("Guarded case")) > 0);
        // The append-only triggers read from pg_catalog as the scripts wrote them; the server's
        // own (database role, notifications) are no "unexpected trigger".
        auto report = AuditCheck::run(*db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QVERIFY2(report.value().intact(),
                 qPrintable(report.value().problems.join(QLatin1Char('\n'))));
        auto problems = SqlDialect::of(*db).integrityProblems(*db, 20);
        QVERIFY2(problems, problems ? "" : qPrintable(problems.error().fullText()));
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
        // The owner turns a guard off with psql: the check names it.
        test::pg::rowsAs(
            QStringLiteral("cscdesk_admin"), nameOf(url),
            QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
        auto after = AuditCheck::run(*db);
        QVERIFY2(after, after ? "" : qPrintable(after.error().fullText()));
        const QString said = after.value().problems.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QLatin1String("audit_log_no_update")), qPrintable(said));
    }

    void twoClientsEditingOneSectionLoseNothing()
    {
        QString url;
        auto ana = createCommittee(&url);
        QVERIFY(ana);
        ana->setSession({ QStringLiteral("Ana Silva"), Role::Secretariat, 0 });
        auto meeting = Meetings::create(*ana, MeetingKind::Monthly,
                                        QDateTime(QDate(2026, 11, 16), QTime(14, 0), Qt::UTC));
        QVERIFY2(meeting, meeting ? "" : qPrintable(meeting.error().fullText()));
        QVERIFY(MinutesBook::generateDraft(*ana, meeting.value()));
        auto opened = Database::open(url);
        QVERIFY(opened);
        Database& ben = *opened.value();
        ben.setSession({ QStringLiteral("Ben Okafor"), Role::Secretariat, 0 });

        // Both open the same section in their editors.
        MinutesSection mine = MinutesBook::minutes(*ana, meeting.value()).value().sections.first();
        MinutesSection theirs = MinutesBook::minutes(ben, meeting.value()).value().sections.first();
        const qint64 seenByAna
            = EditGuard::versionOf(*ana, QStringLiteral("minutes_section"), mine.id).value();
        const qint64 seenByBen
            = EditGuard::versionOf(ben, QStringLiteral("minutes_section"), theirs.id).value();
        QCOMPARE(seenByAna, seenByBen);

        mine.bodyHtml = QStringLiteral("<p>Ana's account of the discussion.</p>");
        {
            EditGuard guard(*ana, QStringLiteral("minutes_section"), mine.id, seenByAna);
            QVERIFY(MinutesBook::updateSection(*ana, mine));
        }
        theirs.bodyHtml = QStringLiteral("<p>Ben's account, typed at the same time.</p>");
        Status refused;
        {
            EditGuard guard(ben, QStringLiteral("minutes_section"), theirs.id, seenByBen);
            refused = MinutesBook::updateSection(ben, theirs);
        }
        QVERIFY(!refused);
        QVERIFY(EditGuard::isStaleEdit(refused.error()));
        QVERIFY2(refused.error().message.contains(QLatin1String("Ana Silva")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("your text is kept")));
        // Nothing lost: Ana's text is saved, Ben still holds his.
        QCOMPARE(MinutesBook::minutes(ben, meeting.value()).value().sections.first().bodyHtml,
                 mine.bodyHtml);
        QCOMPARE(theirs.bodyHtml, QStringLiteral("<p>Ben's account, typed at the same time.</p>"));
        // Having seen Ana's change, Ben's edit goes through.
        const qint64 now
            = EditGuard::versionOf(ben, QStringLiteral("minutes_section"), theirs.id).value();
        EditGuard guard(ben, QStringLiteral("minutes_section"), theirs.id, now);
        QVERIFY(MinutesBook::updateSection(ben, theirs));
        QVERIFY(AuditLog::verify(ben).value().intact);
    }

    void changesReachTheOtherClient()
    {
        QString url;
        auto first = createCommittee(&url);
        QVERIFY(first);
        auto second = Database::open(url);
        QVERIFY(second);
        QSignalSpy seenBySecond(&ChangeNotifier::of(*second.value()), &ChangeNotifier::changed);
        QSignalSpy seenByFirst(&ChangeNotifier::of(*first), &ChangeNotifier::changed);
        QVERIFY(openCase(*first, QStringLiteral("Seen elsewhere")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!seenBySecond.isEmpty(), 1000);
        const auto change = seenBySecond.first().first().value<DataChange>();
        QVERIFY2(change.touches(QStringLiteral("case")),
                 qPrintable(change.entities.values().join(QLatin1Char(','))));
        // The writer heard its own change once (locally), not again from the server.
        QTest::qWait(200);
        QCOMPARE(seenByFirst.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
