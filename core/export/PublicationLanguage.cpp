// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicationLanguage.h"

#include "core/settings/CommitteeSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace csc {

namespace {

// The catalogue of one publication language: the project's .qm for it when the
// binary carries one (English keeps cscdesk_en for its plurals), else the source text.
class LanguageCatalogue
{
public:
    explicit LanguageCatalogue(const QString& language)
    {
        m_loaded = m_qm.load(QStringLiteral(":/i18n/cscdesk_") + language);
    }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const
    {
        QString text = m_loaded ? m_qm.translate(context, source, disambiguation, n) : QString();
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    }

private:
    QTranslator m_qm;
    bool m_loaded = false;
};

thread_local const LanguageCatalogue* t_active = nullptr;

// Installed once, ahead of the UI's translators; silent outside a scope, so the
// UI's own translators answer as before.
class PublicationTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        return t_active ? t_active->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }
};

QMutex g_mutex;

const LanguageCatalogue* catalogue(const QString& language)
{
    static QHash<QString, std::shared_ptr<LanguageCatalogue>> catalogues;
    static bool installed = false;
    QMutexLocker lock(&g_mutex);
    if (!installed && QCoreApplication::instance()) {
        QCoreApplication::installTranslator(
            new PublicationTranslator(QCoreApplication::instance()));
        installed = true;
    }
    auto& entry = catalogues[language];
    if (!entry)
        entry = std::make_shared<LanguageCatalogue>(language);
    return entry.get();
}

} // namespace

PublicationScope::PublicationScope(const QString& language)
    : m_previousLocale(QLocale())
    , m_previousTranslator(t_active)
{
    t_active = catalogue(language);
    QLocale::setDefault(localeFor(language));
}

PublicationScope::~PublicationScope()
{
    t_active = static_cast<const LanguageCatalogue*>(m_previousTranslator);
    QLocale::setDefault(m_previousLocale);
}

QString PublicationScope::languageOf(const Database& db)
{
    const QString code
        = CommitteeSettings::value(db, CommitteeSettings::Key::PublicationLanguage).toString();
    return code == QLatin1String("fr") ? code : QStringLiteral("en");
}

QLocale PublicationScope::localeFor(const QString& language)
{
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace csc
