// SPDX-License-Identifier: GPL-3.0-or-later
// Offline review copies: what goes into a copy, and refusal of foreign, damaged and newer changes
// files.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/review/ChangesFile.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewCopyOpener.h"
#include "core/review/ReviewMerge.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestReviewCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_committee;

    std::unique_ptr<Database> committee()
    {
        auto db = test::openOrFail(m_committee);
        return db;
    }

    QString exportFor(const QString& member, std::optional<Role> role, const QString& name)
    {
        auto db = committee();
        auto recipient = ReviewCopy::findRecipient(*db, member, role);
        if (!recipient)
            return {};
        const QString out = m_dir.filePath(name);
        auto s = ReviewCopy::exportCopy(*db, recipient.value(), out);
        if (!s)
            qWarning() << s.error().fullText();
        return s ? out : QString();
    }

    // A changes file written from a copy of this committee, with no changes in it.
    QString emptyChanges(const QString& name)
    {
        const QString copyPath
            = exportFor(QStringLiteral("Lars Henriksen"), {}, name + QLatin1String(".copy.db"));
        auto copy = test::openOrFail(copyPath);
        const QString out = m_dir.filePath(name);
        return ReviewCopy::writeChanges(*copy, out) ? out : QString();
    }

    void expectRefused(const QString& changesPath, const QString& words)
    {
        auto db = committee();
        const QString before = test::contentDump(*db, {});
        auto merged = ReviewMerge::merge(*db, changesPath);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(words), qPrintable(merged.error().message));
        QCOMPARE(test::contentDump(*db, {}), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_committee = m_dir.filePath(QStringLiteral("committee.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_committee, options));
        auto db = committee();
        // A confidential document an observer must not get.
        QVERIFY(execute(*db,
                        QStringLiteral("INSERT INTO document(name, sha256, size, content, "
                                       "confidential, added_utc, added_by) "
                                       "VALUES ('MARKER-doc-name.pdf', 'x', 4, X'00010203', 1, "
                                       "'2026-01-01T00:00:00Z', 'test')")));
    }

    void copyKnowsWhoItIsFor()
    {
        const QString path
            = exportFor(QStringLiteral("Lars Henriksen"), {}, QStringLiteral("lars.db"));
        QVERIFY(!path.isEmpty());
        auto copy = test::openOrFail(path);
        QVERIFY(copy);
        QVERIFY(ReviewCopy::infoOf(*copy));
        QCOMPARE(ReviewCopy::infoOf(*copy)->memberName, QStringLiteral("Lars Henriksen"));
        QCOMPARE(ReviewCopy::infoOf(*copy)->role, Role::Member);
        QVERIFY(ReviewCopy::infoOf(*copy)->takenUtc.isValid());
        QVERIFY(ReviewCopy::infoOf(*copy)->baseRevision > 0);
        // Whoever opens it, changes are made as the member, in a review copy.
        QCOMPARE(copy->session().name, QStringLiteral("Lars Henriksen"));
        QVERIFY(copy->session().reviewCopy);
        QCOMPARE(copy->committeeId(), committee()->committeeId());
        // The committee's audit trail stays at home.
        QCOMPARE(
            queryScalar(*copy, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(),
            0);
    }

    // Storage knows nothing of copies but never opens one as if it were the committee's
    // writable file: only the review opener does, pinned to the member and role.
    void copyOpensOnlyAsACopy()
    {
        const QString path
            = exportFor(QStringLiteral("Lars Henriksen"), {}, QStringLiteral("lars-open.db"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileBytes(path);
        auto plain = Database::open(path);
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(QStringLiteral("review copy")),
                 qPrintable(plain.error().message));
        QCOMPARE(test::fileBytes(path), before);

        Database::Options readOnly;
        readOnly.readOnly = true;
        auto reading = Database::open(path, readOnly);
        QVERIFY(reading);
        QVERIFY(reading.value()->isReadOnly());
        reading.value().reset();

        auto copy = ReviewCopyOpener::open(path);
        QVERIFY(copy);
        copy.value()->setSession({ QStringLiteral("Someone Else"), Role::Chair, 0 });
        QCOMPARE(copy.value()->session().name, QStringLiteral("Lars Henriksen"));
        QCOMPARE(copy.value()->session().role, Role::Member);
        QVERIFY(copy.value()->session().reviewCopy);
    }

    void observerCopyHoldsNoConfidentialMaterial()
    {
        const QString path = exportFor(QStringLiteral("Sofia Lindqvist"), Role::Observer,
                                       QStringLiteral("observer.db"));
        QVERIFY(!path.isEmpty());
        QVERIFY(!test::fileBytes(path).contains("MARKER-doc-name"));
        const QString member
            = exportFor(QStringLiteral("Mariana Costa"), {}, QStringLiteral("member.db"));
        QVERIFY(test::fileBytes(member).contains("MARKER-doc-name"));
    }

    void refusesAnotherCommitteesChanges()
    {
        const QString otherDb = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(DemoGenerator::generateFile(otherDb, {}));
        QString otherChanges;
        {
            auto other = test::openOrFail(otherDb);
            auto r = ReviewCopy::findRecipient(*other, QStringLiteral("Lars Henriksen"));
            QVERIFY(r);
            const QString copyPath = m_dir.filePath(QStringLiteral("other-copy.db"));
            QVERIFY(ReviewCopy::exportCopy(*other, r.value(), copyPath));
            auto copy = test::openOrFail(copyPath);
            otherChanges = m_dir.filePath(QStringLiteral("other.changes"));
            QVERIFY(ReviewCopy::writeChanges(*copy, otherChanges));
        }
        expectRefused(otherChanges, QStringLiteral("another committee"));
    }

    void refusesADamagedChangesFile()
    {
        const QString path = emptyChanges(QStringLiteral("damaged.changes"));
        QVERIFY(!path.isEmpty());
        QByteArray bytes = test::fileBytes(path);
        bytes.append("tampered");
        test::writeFile(path, bytes);
        expectRefused(path, QStringLiteral("damaged"));
        test::writeFile(path, "just some text");
        expectRefused(path, QStringLiteral("not a CSC Desk changes file"));
    }

    void refusesChangesFromANewerSchema()
    {
        const QString path = emptyChanges(QStringLiteral("newer.changes"));
        auto file = ChangesFile::read(path);
        QVERIFY(file);
        ChangesFile newer = file.value();
        newer.schemaVersion = Database::currentSchemaVersion() + 1;
        // Sealed properly, with the copy's own secret: the schema alone refuses it.
        auto copy = test::openOrFail(m_dir.filePath(QStringLiteral("newer.changes.copy.db")));
        QVERIFY(copy && ReviewCopy::infoOf(*copy));
        const QString secret
            = queryScalar(*copy,
                          QStringLiteral("SELECT value FROM meta WHERE key = 'review_copy_secret'"))
                  .value()
                  .toString();
        QVERIFY(newer.write(path, secret));
        expectRefused(path, QStringLiteral("newer CSC Desk"));
    }

    void committeeRecordsAreReadOnlyInACopy()
    {
        const QString path
            = exportFor(QStringLiteral("Kenji Watanabe"), {}, QStringLiteral("kenji.db"));
        auto copy = test::openOrFail(path);
        QVERIFY(copy);
        auto refused
            = CommitteeSettings::setValue(*copy, CommitteeSettings::Key::WrittenResponseDays, 20);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("review copy")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestReviewCopy)
#include "tst_reviewcopy.moc"
