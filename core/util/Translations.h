// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace csc {

// The user interface's languages: Qt's own catalogue and CSC Desk's for a locale,
// installed (again) on the application. A language is added by translating one
// file, translations/cscdesk_LANG.ts: the build picks up every catalogue there.
class Translations
{
public:
    // Installs the catalogues for `locale` from `catalogueDir` (":/i18n" in the app)
    // and returns the language used ("en" when none matches: the source strings,
    // with cscdesk_en for plurals). Right-to-left languages turn the layout.
    static QString install(QCoreApplication& app, const QLocale& locale,
                           const QString& catalogueDir);
    // The languages that have a catalogue in `catalogueDir`, e.g. {"ar", "en", "es", "fr"}.
    static QStringList available(const QString& catalogueDir);
};

} // namespace csc
