// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 5: a changes file merges only when this committee database issued the copy it
// names and the file's seal (HMAC-SHA256 with that copy's secret) covers its header and data as
// they are. Every forgery the issue lists is refused with a clear message and changes nothing;
// a genuine file merges with the identity and the role its copy was issued for.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Decisions.h"
#include "core/review/ChangesFile.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewMerge.h"
#include "core/storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace csc;

namespace {

// A changes file taken apart the way an attacker with a hex editor would.
struct Pieces
{
    QByteArray magic, seal, json, changeset;
};

Pieces split(const QByteArray& bytes)
{
    Pieces p;
    const qsizetype magicEnd = bytes.indexOf('\n') + 1;
    const qsizetype sealEnd = bytes.indexOf('\n', magicEnd) + 1;
    const qsizetype lengthEnd = bytes.indexOf('\n', sealEnd) + 1;
    const qsizetype jsonSize = bytes.mid(sealEnd, lengthEnd - sealEnd - 1).toLongLong();
    p.magic = bytes.left(magicEnd);
    p.seal = bytes.mid(magicEnd, sealEnd - magicEnd);
    p.json = bytes.mid(lengthEnd, jsonSize);
    p.changeset = bytes.mid(lengthEnd + jsonSize);
    return p;
}

// Edits the header; keeps the old seal, or re-seals with `key` (a key that is not the copy's).
QByteArray forge(const QByteArray& bytes, const std::function<void(QJsonObject&)>& edit,
                 const QByteArray& key = {})
{
    Pieces p = split(bytes);
    QJsonObject header = QJsonDocument::fromJson(p.json).object();
    edit(header);
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const QByteArray body = QByteArray::number(json.size()) + '\n' + json + p.changeset;
    if (!key.isEmpty())
        p.seal = "hmac-sha256 "
            + QMessageAuthenticationCode::hash(p.magic + body, key, QCryptographicHash::Sha256)
                  .toHex()
            + '\n';
    return p.magic + p.seal + body;
}

} // namespace

class TestChangesAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_committee;
    QString m_other; // another committee
    qint64 m_lars = 0, m_kenji = 0, m_chair = 0;
    QString m_chairName;
    qint64 m_decision = 0, m_kenjisItem = 0, m_publicCase = 0;
    QString m_genuine; // Lars's changes: a vote, a comment, and two forgeries inside the data
    QString m_larsCopy;

    qint64 memberId(Database& db, const QString& name)
    {
        return queryScalar(db, QStringLiteral("SELECT id FROM member WHERE name = ?"), { name })
            .value()
            .toLongLong();
    }

    QString exportCopy(const QString& committee, const QString& member, std::optional<Role> role,
                       const QString& file)
    {
        auto db = test::openOrFail(committee);
        auto recipient = ReviewCopy::findRecipient(*db, member, role);
        if (!recipient)
            return {};
        const QString path = m_dir.filePath(file);
        auto s = ReviewCopy::exportCopy(*db, recipient.value(), path);
        if (!s)
            qWarning() << s.error().fullText();
        return s ? path : QString();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, bytes);
        return path;
    }

    // Merging `path` is refused with `words` and leaves every row, the audit trail included,
    // as it was.
    void expectRefused(const QString& committee, const QString& path, const QString& words)
    {
        auto db = test::openOrFail(committee);
        const QString before = test::contentDump(*db, {});
        auto preview = ReviewMerge::preview(*db, path);
        QVERIFY(!preview);
        auto merged = ReviewMerge::merge(*db, path);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(words), qPrintable(merged.error().message));
        QVERIFY(merged.error().message.contains(QStringLiteral("othing was changed")));
        QCOMPARE(test::contentDump(*db, {}), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_committee = m_dir.filePath(QStringLiteral("committee.db"));
        m_other = m_dir.filePath(QStringLiteral("other.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_committee, options));
        options.seed = 7;
        QVERIFY(DemoGenerator::generateFile(m_other, options));
        auto db = test::openOrFail(m_committee);
        m_lars = memberId(*db, QStringLiteral("Lars Henriksen"));
        m_kenji = memberId(*db, QStringLiteral("Kenji Watanabe"));
        m_chair = queryScalar(*db, QStringLiteral("SELECT id FROM member WHERE is_chair = 1"))
                      .value()
                      .toLongLong();
        m_chairName
            = queryScalar(*db, QStringLiteral("SELECT name FROM member WHERE id = ?"), { m_chair })
                  .value()
                  .toString();
        QVERIFY(m_lars && m_kenji && m_chair && m_chair != m_lars);
        const qint64 meeting
            = queryScalar(*db,
                          QStringLiteral(
                              "SELECT meeting_id FROM minutes WHERE state = 'circulated' LIMIT 1"))
                  .value()
                  .toLongLong();
        Decision d;
        d.meetingId = meeting;
        d.decidedOn = QDate(2026, 11, 16);
        d.text = QStringLiteral("Publish the work plan");
        auto decision = Decisions::add(*db, d);
        QVERIFY(decision);
        m_decision = decision.value();
        auto item = ActionItems::add(*db, meeting, QStringLiteral("Kenji's own task"), m_kenji,
                                     QDate(2026, 12, 1));
        QVERIFY(item);
        m_kenjisItem = item.value();
        m_publicCase = queryScalar(*db,
                                   QStringLiteral("SELECT min(id) FROM case_record WHERE "
                                                  "confidential = 0 AND is_exercise = 0"))
                           .value()
                           .toLongLong();
        QVERIFY(m_publicCase);
        db.reset();

        m_larsCopy = exportCopy(m_committee, QStringLiteral("Lars Henriksen"), {},
                                QStringLiteral("lars.db"));
        QVERIFY(!m_larsCopy.isEmpty());
        {
            auto copy = test::openOrFail(m_larsCopy);
            QVERIFY(Decisions::recordVote(*copy, m_decision, m_lars, VoteChoice::For));
            QVERIFY(CaseComments::add(*copy, m_publicCase, QStringLiteral("Lars was here.")));
            // What core refuses in the copy, written straight into it (the capture still sees it):
            // Kenji's vote and Kenji's action item.
            QVERIFY(execute(*copy,
                            QStringLiteral("INSERT INTO vote(decision_id, member_id, choice) "
                                           "VALUES (?, ?, 'against')"),
                            { m_decision, m_kenji }));
            QVERIFY(execute(*copy,
                            QStringLiteral("UPDATE action_item SET status = 'completed', note = "
                                           "'done by Lars' WHERE id = ?"),
                            { m_kenjisItem }));
            m_genuine = m_dir.filePath(QStringLiteral("lars.changes"));
            QVERIFY(ReviewCopy::writeChanges(*copy, m_genuine));
        }
    }

    void forgedHeadersAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("votes under another member's name") << "kenji"
                                                           << "altered or damaged";
        QTest::newRow("a chair's approval") << "chair"
                                            << "altered or damaged";
        QTest::newRow("another member's action item") << "kenji-id"
                                                      << "altered or damaged";
        QTest::newRow("replayed into this committee as if new (copyId)") << "copyId"
                                                                         << "never issued";
        QTest::newRow("a new changes id for a second merge") << "changesId"
                                                             << "altered or damaged";
        QTest::newRow("another committee's id") << "committeeId"
                                                << "another committee";
        QTest::newRow("the role in the header") << "role"
                                                << "altered or damaged";
    }

    void forgedHeadersAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, words);
        const QByteArray genuine = test::fileBytes(m_genuine);
        const QByteArray forged = forge(genuine, [&](QJsonObject& h) {
            if (field == QLatin1String("kenji")) {
                h[QStringLiteral("memberId")] = m_kenji;
                h[QStringLiteral("author")] = QStringLiteral("Kenji Watanabe");
            } else if (field == QLatin1String("chair")) {
                h[QStringLiteral("memberId")] = m_chair;
                h[QStringLiteral("author")] = m_chairName;
            } else if (field == QLatin1String("kenji-id")) {
                h[QStringLiteral("memberId")] = m_kenji;
            } else if (field == QLatin1String("copyId")) {
                h[QStringLiteral("copyId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
            } else if (field == QLatin1String("changesId")) {
                h[QStringLiteral("changesId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
            } else if (field == QLatin1String("committeeId")) {
                h[QStringLiteral("committeeId")]
                    = QUuid::createUuid().toString(QUuid::WithoutBraces);
            } else {
                h[QStringLiteral("role")] = QStringLiteral("chair");
            }
        });
        QVERIFY(forged != genuine);
        expectRefused(m_committee,
                      writeFile(QStringLiteral("forged-%1.changes").arg(field), forged), words);
    }

    void reSealedWithAnotherKeyIsRefused()
    {
        // The header edited and the seal recomputed with a key the attacker chose.
        const QByteArray forged = forge(
            test::fileBytes(m_genuine),
            [&](QJsonObject& h) {
                h[QStringLiteral("memberId")] = m_kenji;
                h[QStringLiteral("author")] = QStringLiteral("Kenji Watanabe");
            },
            QByteArray(32, 'k'));
        expectRefused(m_committee, writeFile(QStringLiteral("rekeyed.changes"), forged),
                      QStringLiteral("altered or damaged"));
    }

    void aCopyWithAReplacedSecretIsRefused()
    {
        // The member replaces the secret in their copy with the sqlite3 shell, then writes changes.
        const QString copy = exportCopy(m_committee, QStringLiteral("Mariana Costa"), {},
                                        QStringLiteral("mariana.db"));
        QVERIFY(!copy.isEmpty());
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     { copy,
                       QStringLiteral("UPDATE meta SET value = '%1' WHERE key = "
                                      "'review_copy_secret'")
                           .arg(QString(64, QLatin1Char('e'))) });
        QVERIFY(sqlite.waitForFinished(30000) && sqlite.exitCode() == 0);
        const QString changes = m_dir.filePath(QStringLiteral("mariana.changes"));
        {
            auto db = test::openOrFail(copy);
            QVERIFY(CaseComments::add(*db, m_publicCase, QStringLiteral("Mariana's comment")));
            QVERIFY(ReviewCopy::writeChanges(*db, changes));
        }
        expectRefused(m_committee, changes, QStringLiteral("altered or damaged"));
    }

    void anotherCopysIdIsRefused()
    {
        // Sealed by Lars's copy, but naming a copy issued to someone else.
        const QString kenjisCopy = exportCopy(m_committee, QStringLiteral("Kenji Watanabe"), {},
                                              QStringLiteral("kenji.db"));
        QVERIFY(!kenjisCopy.isEmpty());
        auto copy = test::openOrFail(kenjisCopy);
        const QString kenjisCopyId = ReviewCopy::infoOf(*copy)->copyId;
        copy.reset();
        const QByteArray forged = forge(test::fileBytes(m_genuine), [&](QJsonObject& h) {
            h[QStringLiteral("copyId")] = kenjisCopyId;
            h[QStringLiteral("memberId")] = m_kenji;
            h[QStringLiteral("author")] = QStringLiteral("Kenji Watanabe");
        });
        expectRefused(m_committee, writeFile(QStringLiteral("kenjis-id.changes"), forged),
                      QStringLiteral("altered or damaged"));
    }

    void aFileIntoAnotherCommitteeIsRefused()
    {
        // Replayed into another committee with its committee id written in: that committee never
        // issued the copy.
        auto other = test::openOrFail(m_other);
        const QString otherId = other->committeeId();
        other.reset();
        const QByteArray forged = forge(test::fileBytes(m_genuine), [&](QJsonObject& h) {
            h[QStringLiteral("committeeId")] = otherId;
        });
        expectRefused(m_other, writeFile(QStringLiteral("replayed.changes"), forged),
                      QStringLiteral("never issued"));
        // And as it is.
        expectRefused(m_other, m_genuine, QStringLiteral("another committee"));
    }

    void anUnknownCopyIsRefused()
    {
        // Well formed and sealed, but from a copy no one issued (the seal key is anyone's).
        const QByteArray forged = forge(
            test::fileBytes(m_genuine),
            [&](QJsonObject& h) {
                h[QStringLiteral("copyId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
            },
            QByteArray(32, 'u'));
        expectRefused(m_committee, writeFile(QStringLiteral("unknown.changes"), forged),
                      QStringLiteral("never issued"));
        // An unsealed file of the earlier format.
        expectRefused(m_committee,
                      writeFile(QStringLiteral("v1.changes"),
                                "CSCDESK-CHANGES 1\n60\n{\"changesId\":\"a\",\"committeeId\":\"b\","
                                "\"copyId\":\"c\",\"schemaVersion\":2}"),
                      QStringLiteral("unsealed"));
    }

    void aGenuineFileMergesOnceAsItsMember()
    {
        auto db = test::openOrFail(m_committee);
        auto merged = ReviewMerge::merge(*db, m_genuine);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().fullText()));
        QCOMPARE(merged.value().author, QStringLiteral("Lars Henriksen"));
        QCOMPARE(merged.value().applied.size(), 2); // Lars's own vote and comment
        QCOMPARE(merged.value().conflicts.size(), 2); // Kenji's vote and Kenji's item
        QCOMPARE(queryScalar(*db,
                             QStringLiteral(
                                 "SELECT choice FROM vote WHERE decision_id = ? AND member_id = ?"),
                             { m_decision, m_lars })
                     .value()
                     .toString(),
                 QStringLiteral("for"));
        QVERIFY(!queryScalar(*db,
                             QStringLiteral(
                                 "SELECT choice FROM vote WHERE decision_id = ? AND member_id = ?"),
                             { m_decision, m_kenji })
                     .value()
                     .isValid());
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT status FROM action_item WHERE id = ?"),
                             { m_kenjisItem })
                     .value()
                     .toString(),
                 QStringLiteral("pending"));
        db.reset();
        // The second merge of the same file.
        expectRefused(m_committee, m_genuine, QStringLiteral("merged already"));
    }

    void anObserversCopyMergesWithObserverRights()
    {
        // An observer's copy for a member: the member's roster role must not come back with it.
        const QString copy = exportCopy(m_committee, QStringLiteral("Lars Henriksen"),
                                        Role::Observer, QStringLiteral("lars-observer.db"));
        QVERIFY(!copy.isEmpty());
        const QString changes = m_dir.filePath(QStringLiteral("observer.changes"));
        {
            auto db = test::openOrFail(copy);
            QCOMPARE(db->session().role, Role::Observer);
            QVERIFY(!CaseComments::add(*db, m_publicCase, QStringLiteral("refused in the copy")));
            QVERIFY(execute(*db,
                            QStringLiteral("INSERT INTO case_comment(case_id, at_utc, author, "
                                           "body) VALUES (?, '2026-11-30T10:00:00Z', 'Lars "
                                           "Henriksen', 'written around the refusal')"),
                            { m_publicCase }));
            QVERIFY(ReviewCopy::writeChanges(*db, changes));
        }
        auto db = test::openOrFail(m_committee);
        auto merged = ReviewMerge::merge(*db, changes);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().fullText()));
        QVERIFY(merged.value().applied.isEmpty());
        QCOMPARE(merged.value().conflicts.size(), 1);
        QVERIFY2(merged.value().conflicts.first().contains(RoleNames::displayName(Role::Observer)),
                 qPrintable(merged.value().conflicts.first()));
        QCOMPARE(queryScalar(*db,
                             QStringLiteral("SELECT count(*) FROM case_comment WHERE body = "
                                            "'written around the refusal'"))
                     .value()
                     .toInt(),
                 0);
    }

    void aCopyHoldsOnlyItsOwnSecret()
    {
        auto db = test::openOrFail(m_committee);
        const QStringList secrets = [&] {
            SqlQuery q(*db, QStringLiteral("SELECT secret FROM review_issued_copy"));
            QStringList list;
            if (q.exec())
                while (q.next())
                    list << q.value(0).toString();
            return list;
        }();
        QVERIFY(secrets.size() >= 3);
        // The newest copy: every other copy's secret was in the committee when it was made.
        const QString newest = m_dir.filePath(QStringLiteral("lars-observer.db"));
        auto copy = test::openOrFail(newest);
        const QString own
            = queryScalar(*copy,
                          QStringLiteral("SELECT value FROM meta WHERE key = 'review_copy_secret'"))
                  .value()
                  .toString();
        copy.reset();
        QVERIFY(secrets.contains(own));
        const QByteArray bytes = test::fileBytes(newest);
        for (const QString& secret : secrets) {
            if (secret != own)
                QVERIFY(!bytes.contains(secret.toLatin1()));
        }
    }
};

QTEST_GUILESS_MAIN(TestChangesAuth)
#include "tst_changesauth.moc"
