// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace csc {

class Database;

// Public documents are written in the committee's publication language whatever
// language the user runs the app in. While a scope is alive on a thread, every
// tr() made on that thread answers in the publication language (a translator
// installed once, ahead of the UI's, that speaks only inside a scope) and
// QLocale() formats dates and numbers in it; the UI's translators stay installed,
// so no LanguageChange reaches the widgets.
class PublicationScope
{
public:
    explicit PublicationScope(const QString& language);
    ~PublicationScope();
    Q_DISABLE_COPY_MOVE(PublicationScope)

    // The committee setting ("en" by default), validated: an unknown code falls back to "en".
    static QString languageOf(const Database& db);
    static QLocale localeFor(const QString& language);

private:
    QLocale m_previousLocale;
    const void* m_previousTranslator = nullptr;
};

} // namespace csc
