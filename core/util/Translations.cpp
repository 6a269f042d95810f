// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace csc {

namespace {

// Qt turns the layout right-to-left when this string translates to "RTL"; it is
// listed here so that lupdate puts it in every catalogue for translators to answer.
struct Noted
{
    const char* source;
    const char* comment;
};
[[maybe_unused]] const Noted kLayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QString Translations::install(QCoreApplication& app, const QLocale& locale,
                              const QString& catalogueDir)
{
    for (const QPointer<QTranslator>& old : std::as_const(installed())) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    installed().clear();

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }

    auto* own = new QTranslator(&app);
    QString language = QStringLiteral("en");
    // No catalogue for the locale (English, "C", or a language not translated yet) means
    // the English source strings: still take cscdesk_en for its plurals ("1 day", "2 days").
    if (own->load(locale, QStringLiteral("cscdesk"), QStringLiteral("_"), catalogueDir)) {
        language = own->language().section(QLatin1Char('_'), 0, 0);
        if (language.isEmpty())
            language = locale.name().section(QLatin1Char('_'), 0, 0);
    } else if (!own->load(QStringLiteral("cscdesk_en"), catalogueDir)) {
        delete own;
        return language;
    }
    QCoreApplication::installTranslator(own);
    installed().append(own);
    return language;
}

QStringList Translations::available(const QString& catalogueDir)
{
    QStringList languages;
    const QStringList files
        = QDir(catalogueDir).entryList({ QStringLiteral("cscdesk_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(8, file.size() - 8 - 3));
    return languages;
}

} // namespace csc
