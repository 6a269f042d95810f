// The demo generator: a realistic committee, the same for the same seed.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString generate(const QString& name, quint32 seed)
    {
        const QString file = m_dir.filePath(name);
        DemoOptions options;
        options.seed = seed;
        options.years = 2;
        options.asOf = QDate(2026, 11, 23);
        auto s = DemoGenerator::generateFile(file, options);
        if (!s)
            qWarning() << s.error().fullText();
        return s ? file : QString();
    }

private Q_SLOTS:
    void sameSeedSameContent()
    {
        const QString a = generate(QStringLiteral("a.db"), 42);
        const QString b = generate(QStringLiteral("b.db"), 42);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        auto dbA = test::openOrFail(a);
        auto dbB = test::openOrFail(b);
        QVERIFY(dbA && dbB);
        const QString dumpA = test::contentDump(*dbA);
        QVERIFY(dumpA.size() > 1000);
        QCOMPARE(dumpA, test::contentDump(*dbB));
    }

    void rosterFollowsTheCharter()
    {
        const QString file = generate(QStringLiteral("roster.db"), 7);
        QVERIFY(!file.isEmpty());
        auto db = test::openOrFail(file);
        QVERIFY(db);
        const auto count = [&](const QString& where) {
            return queryScalar(*db, QStringLiteral("SELECT count(*) FROM member WHERE ") + where)
                .value()
                .toInt();
        };
        QVERIFY(count(QStringLiteral("kind = 'gtld' AND voting = 1")) >= 2);
        QVERIFY(count(QStringLiteral("kind = 'cctld' AND voting = 1")) >= 2);
        QCOMPARE(count(QStringLiteral("kind = 'ifo_liaison' AND voting = 0")), 1);
        QCOMPARE(count(QStringLiteral("is_chair = 1")), 1);
        QCOMPARE(count(QStringLiteral("contact_role = 'primary'")), 1);
        QCOMPARE(count(QStringLiteral("contact_role = 'secondary'")), 1);
        QCOMPARE(count(QStringLiteral("kind NOT IN ('gtld', 'cctld') AND voting = 1")), 0);
    }

    void refusesToOverwrite()
    {
        const QString file = m_dir.filePath(QStringLiteral("existing.db"));
        test::writeFile(file, "keep me");
        auto s = DemoGenerator::generateFile(file, {});
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileBytes(file), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
