// SPDX-License-Identifier: GPL-3.0-or-later
// Every translated language, offscreen on the demo database: no English left in what a
// member sees (texts, headers, menus, dates), nothing clipped, and Arabic right-to-left.
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/settings/AppSettings.h"
#include "core/util/Translations.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace csc;

namespace {

// The English source strings a catalogue translates to something else: seeing one of
// them in the translated window means a string escaped tr() or the catalogue.
QSet<QString> translatedSources(const QString& tsPath)
{
    QSet<QString> sources;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const QString translation = xml.readElementText();
            QString bare = source;
            bare.remove(QLatin1Char('&'));
            // Words only: "IFO", "PDF…", "%1 · %2" read the same in every language.
            if (translation != source
                && bare.contains(QRegularExpression(QStringLiteral("[a-z]{3}")))
                && !bare.contains(QLatin1Char('%')))
                sources.insert(bare.trimmed());
        }
    }
    return sources;
}

QString plain(const QString& text)
{
    QString bare
        = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    bare.remove(QLatin1Char('&'));
    return bare.trimmed();
}

struct Seen
{
    QString text;
    QString where;
};

void collect(QWidget* root, QList<Seen>& seen)
{
    auto add = [&seen](const QString& text, const QObject* o) {
        const QString bare = plain(text);
        if (!bare.isEmpty())
            seen.append({ bare,
                          QString::fromLatin1(o->metaObject()->className()) + QLatin1Char(' ')
                              + o->objectName() });
    };
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            add(label->text(), label);
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text(), button);
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(box->title(), box);
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs);
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            add(edit->placeholderText(), edit);
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i), combo);
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            QAbstractItemModel* model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                add(model->headerData(c, Qt::Horizontal).toString(), view);
            for (int r = 0; r < std::min(model->rowCount(), 40); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(model->index(r, c).data(Qt::DisplayRole).toString(), view);
                    add(model->index(r, c).data(Qt::ToolTipRole).toString(), view);
                }
        }
        if (!w->toolTip().isEmpty())
            add(w->toolTip(), w);
    }
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_language;
    QSet<QString> m_data;

private Q_SLOTS:
    // One language per run, chosen before anything is built, as when the app starts
    // under LANG=…: CTest runs this once for each (CSC_TEST_LOCALE).
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        const QString locale = qEnvironmentVariable("CSC_TEST_LOCALE", QStringLiteral("fr_FR"));
        const QLocale chosen(locale);
        QLocale::setDefault(chosen);
        m_language = Translations::install(*qApp, chosen, QStringLiteral(CSC_QM_DIR));
        QCOMPARE(m_language, locale.left(2));
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_demo, options));
        // What the committee wrote (titles, names, notes) is data, in whatever language it was
        // written: only the program's own words must be translated.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("languages-data"));
            raw.setDatabaseName(m_demo);
            QVERIFY(raw.open());
            QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                             raw);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString& table : std::as_const(names)) {
                QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), raw);
                while (rows.next())
                    for (int c = 0; c < rows.record().count(); ++c)
                        if (rows.value(c).typeId() == QMetaType::QString)
                            m_data.insert(rows.value(c).toString().trimmed());
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("languages-data"));
    }

    void everyCatalogueIsBuilt()
    {
        // The build takes every translations/cscdesk_*.ts: adding a language is one file.
        const QStringList languages = Translations::available(QStringLiteral(CSC_QM_DIR));
        for (const char* expected : { "ar", "en", "es", "fr" })
            QVERIFY2(languages.contains(QLatin1String(expected)), qPrintable(languages.join(u' ')));
    }

    void noEnglishInTheTranslatedWindow()
    {
        const QString& language = m_language;
        const QSet<QString> english = translatedSources(
            QStringLiteral(CSC_SOURCE_DIR "/translations/cscdesk_%1.ts").arg(language));
        QVERIFY(english.size() > 500);

        AppSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)));
        MainWindow window(settings);
        auto db = Database::open(m_demo);
        QVERIFY(db);
        window.setDatabase(std::move(db).value());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        if (language == QLatin1String("ar")) {
            // Arabic reads right to left: the whole window mirrors.
            QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
            QVERIFY(window.isRightToLeft());
        } else {
            QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        }

        static const QRegularExpression englishDate(QStringLiteral(
            "\\b(January|February|March|April|June|July|August|September|October|November|"
            "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|"
            "\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b"));
        static const QRegularExpression reference(QStringLiteral("CSC-\\d{4}-\\d{3}"));
        QStringList leaks;
        bool referencesReadable = false;
        for (int i = 0; i < window.sections().size(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCoreApplication::processEvents();
            QList<Seen> seen;
            collect(&window, seen);
            for (QAction* menu : window.menuBar()->actions()) {
                seen.append({ plain(menu->text()), QStringLiteral("menu") });
                if (menu->menu())
                    for (QAction* a : menu->menu()->actions())
                        seen.append({ plain(a->text()), QStringLiteral("menu item") });
            }
            for (const Seen& s : std::as_const(seen)) {
                referencesReadable = referencesReadable || reference.match(s.text).hasMatch();
                if (m_data.contains(s.text))
                    continue;
                if (english.contains(s.text) || englishDate.match(s.text).hasMatch())
                    leaks.append(
                        QStringLiteral("%1 [%2, section %3]").arg(s.text, s.where).arg(i + 1));
            }
            const QByteArray shots = qgetenv("CSC_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                window.grab().save(QStringLiteral("%1/%2-section%3.png")
                                       .arg(QString::fromLocal8Bit(shots), language)
                                       .arg(i + 1));
        }
        leaks.removeDuplicates();
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(QStringLiteral("English in the %1 window:\n  ").arg(language)
                            + leaks.join(QStringLiteral("\n  "))));
        // Case references keep their Latin letters and digits in every language.
        QVERIFY(referencesReadable);
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
