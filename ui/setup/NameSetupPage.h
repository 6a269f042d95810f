// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace csc {

class Database;

// The committee's name and the language of its public record.
class NameSetupPage : public QWizardPage
{
    Q_OBJECT

public:
    NameSetupPage(Database& db, QWidget* parent = nullptr);
    bool validatePage() override;

Q_SIGNALS:
    void saved();

private:
    Database& m_db;
    QLineEdit* m_name;
    QComboBox* m_language;
};

} // namespace csc
