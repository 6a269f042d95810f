// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameSetupPage.h"

#include "core/settings/CommitteeSettings.h"
#include "core/settings/SettingsEdit.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace csc {

NameSetupPage::NameSetupPage(Database& db, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    setTitle(tr("The committee"));
    setSubTitle(tr("Its name, shown in the window and on public documents, and the language "
                   "its public record is written in. Every page of this assistant can be "
                   "skipped with Next and done later from Edit › Set Up Committee…"));
    m_name->setObjectName(QStringLiteral("committeeName"));
    m_name->setPlaceholderText(tr("Customer Standing Committee"));
    m_name->setText(CommitteeSettings::value(db, CommitteeSettings::Key::CommitteeName).toString());
    m_language->setObjectName(QStringLiteral("publicationLanguage"));
    for (const QString& code :
         { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("de") })
        m_language->addItem(QLocale::languageToString(QLocale(code).language()), code);
    const QString current
        = CommitteeSettings::value(db, CommitteeSettings::Key::PublicationLanguage).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Committee name:"), m_name);
    form->addRow(tr("Publication language:"), m_language);
    auto* note = new QLabel(tr("Minutes, findings and the work plan are published in this "
                               "language."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    setEnabled(!db.isReadOnly());
}

bool NameSetupPage::validatePage()
{
    if (m_db.isReadOnly())
        return true;
    SettingsEdit edit;
    if (!m_name->text().trimmed().isEmpty())
        edit.values.insert(CommitteeSettings::Key::CommitteeName, m_name->text().trimmed());
    edit.values.insert(CommitteeSettings::Key::PublicationLanguage,
                       m_language->currentData().toString());
    const Status s = edit.apply(m_db);
    if (!s) {
        UserPrompts::error(this, tr("Cannot save the committee's name"), s.error());
        return false;
    }
    Q_EMIT saved();
    return true;
}

} // namespace csc
