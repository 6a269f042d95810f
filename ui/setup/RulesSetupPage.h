// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/CommitteeSettings.h"

#include <QMap>
#include <QWizardPage>

class QSpinBox;

namespace csc {

class Database;

// The committee's rules: response windows and thresholds, with the charter's defaults.
// Next or Done saves them and marks the rules as reviewed.
class RulesSetupPage : public QWizardPage
{
    Q_OBJECT

public:
    RulesSetupPage(Database& db, QWidget* parent = nullptr);
    bool validatePage() override;

Q_SIGNALS:
    void saved();

private:
    Database& m_db;
    QMap<CommitteeSettings::Key, QSpinBox*> m_numbers;
};

} // namespace csc
