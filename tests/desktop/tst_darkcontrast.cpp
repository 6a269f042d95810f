// SPDX-License-Identifier: GPL-3.0-or-later
// Dark palettes: with Fusion and a dark QPalette, each section is rendered and its body text is
// measured in the grab: text against its background must reach WCAG's 4.5:1. The card's
// secondary lines, the confidential items of the draft list and placeholders included.
#include "DesktopFixture.h"
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "ui/cases/BoardColumnView.h"
#include "ui/cases/CaseBoard.h"
#include "ui/cases/CasesPage.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/meetings/MinutesEditor.h"
#include "core/settings/AppSettings.h"
#include "ui/widgets/ReadablePalette.h"
#include "ui/widgets/UserPrompts.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QStyleFactory>
#include <QTableView>

using namespace csc;

namespace {

// A dark palette as desktops ship it; PlaceholderText left to Qt's default (half-opaque text).
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4)); // a light theme's link left over
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QColor placeholder = p.color(QPalette::Text);
    placeholder.setAlpha(100);
    p.setColor(QPalette::PlaceholderText, placeholder);
    return p;
}

// The text colour in an image of one line of text: the background is the most frequent colour,
// the text the frequent colour (solid glyph stems, not anti-aliased edges) farthest from it.
double textContrast(const QImage& image, QColor* textOut = nullptr, QColor* bgOut = nullptr)
{
    QHash<QRgb, int> counts;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x)
            ++counts[img.pixel(x, y)];
    }
    QRgb bg = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            bg = it.key();
        }
    }
    // Solid glyph pixels: a handful per cell is enough; anti-aliased shades lie between.
    const int minimum = 3;
    double best = 1.0;
    QRgb text = bg;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() == bg || it.value() < minimum)
            continue;
        const double c = ReadablePalette::contrast(QColor(it.key()), QColor(bg));
        if (c > best) {
            best = c;
            text = it.key();
        }
    }
    if (textOut)
        *textOut = QColor(text);
    if (bgOut)
        *bgOut = QColor(bg);
    return best;
}

QString describe(const QString& what, const QImage& img)
{
    QColor t, b;
    const double c = textContrast(img, &t, &b);
    return QStringLiteral("%1: %2 on %3 = %4:1").arg(what, t.name(), b.name()).arg(c, 0, 'f', 2);
}

} // namespace

class TestDarkContrast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void checkRegion(const QString& what, const QImage& img, QStringList& failures)
    {
        if (img.isNull() || img.width() < 4 || img.height() < 4)
            return;
        // Nothing painted in the region (an empty cell): nothing to read.
        QSet<QRgb> colours;
        const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height() && colours.size() < 2; ++y) {
            for (int x = 0; x < rgb.width() && colours.size() < 2; ++x)
                colours.insert(rgb.pixel(x, y));
        }
        if (colours.size() < 2)
            return;
        if (textContrast(img) < 4.5)
            failures << describe(what, img);
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        const QString demo = test::makeDemo(m_dir);
        QVERIFY(!demo.isEmpty());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings->setProfile(test::secretariat());
        m_window = std::make_unique<MainWindow>(*m_settings);
        auto db = Database::open(demo);
        QVERIFY(db);
        m_window->setDatabase(std::move(db).value());
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void everySectionsBodyTextReadsOnDark_data()
    {
        QTest::addColumn<int>("section");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(qPrintable(m_window->sections().at(i)->title())) << i;
    }

    void everySectionsBodyTextReadsOnDark()
    {
        QFETCH(int, section);
        m_window->showSection(section);
        QApplication::processEvents();
        SectionPage* page = m_window->sections().at(section);
        const QString dir = qEnvironmentVariable("CSC_SHOTS_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/dark-%1.png").arg(section));
        QStringList failures;
        int regions = 0;
        // Labels with text (explanations, headers, the quorum line).
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().trimmed().isEmpty()
                || label->pixmap().cacheKey())
                continue;
            ++regions;
            checkRegion(QStringLiteral("label “%1”").arg(label->text().left(40)),
                        label->grab().toImage(), failures);
        }
        // The first rows of every table and list, one row at a time.
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0
                || qobject_cast<QHeaderView*>(view))
                continue;
            const QImage shot = view->viewport()->grab().toImage();
            for (int r = 0; r < qMin(3, view->model()->rowCount()); ++r) {
                // The row's first cell with a few characters of text (a lone "I" or a day number
                // has no solid glyph pixels to measure), with its own background.
                QModelIndex cell;
                for (int c = 0; c < view->model()->columnCount() && !cell.isValid(); ++c) {
                    const QModelIndex i = view->model()->index(r, c);
                    if (i.data().toString().trimmed().size() >= 3)
                        cell = i;
                }
                if (!cell.isValid() && !qobject_cast<BoardColumnView*>(view))
                    continue;
                QRect rect = view->visualRect(cell.isValid() ? cell : view->model()->index(r, 0));
                rect = rect.intersected(view->viewport()->rect());
                if (rect.height() < 6)
                    continue;
                ++regions;
                if (qobject_cast<BoardColumnView*>(view)) {
                    // A card: each of its four lines on its own (title, operator, badge line).
                    const int line = rect.height() / 4;
                    for (int l = 1; l < 3; ++l)
                        checkRegion(
                            QStringLiteral("card line %1 of %2").arg(l).arg(view->objectName()),
                            shot.copy(rect.adjusted(12, l * line + 2, -12, -(3 - l) * line)),
                            failures);
                } else {
                    checkRegion(QStringLiteral("row %1 of %2").arg(r).arg(view->accessibleName()),
                                shot.copy(rect), failures);
                }
            }
        }
        // Placeholders of empty fields.
        for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
            if (!edit->isVisible() || !edit->text().isEmpty() || edit->placeholderText().isEmpty()
                || !edit->isEnabled())
                continue;
            ++regions;
            const QImage img = edit->grab().toImage();
            checkRegion(QStringLiteral("placeholder “%1”").arg(edit->placeholderText()),
                        img.copy(img.rect().adjusted(4, 4, -4, -4)), failures);
        }
        QVERIFY(regions > 3);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("\n"))));
    }

    void confidentialDraftSectionsRead()
    {
        m_window->showSection(2);
        auto* meetings = qobject_cast<MeetingsPage*>(m_window->sections().at(2));
        meetings->selectMeeting(test::draftMeeting(*m_window->database()));
        auto* list = meetings->minutesEditor()->findChild<QListWidget*>();
        QVERIFY(list);
        QStringList failures;
        int confidential = 0;
        for (int r = 0; r < list->count(); ++r) {
            if (!list->item(r)->text().startsWith(QStringLiteral("Confidential"))
                || r == list->currentRow())
                continue;
            ++confidential;
            list->scrollToItem(list->item(r));
            const QImage shot = list->viewport()->grab().toImage();
            checkRegion(list->item(r)->text(), shot.copy(list->visualItemRect(list->item(r))),
                        failures);
        }
        QVERIFY(confidential > 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("\n"))));
    }
};

QTEST_MAIN(TestDarkContrast)
#include "tst_darkcontrast.moc"
