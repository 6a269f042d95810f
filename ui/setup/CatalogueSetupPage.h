// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace csc {

class Database;

// The service level catalogue, imported from the IFO's CSV (about 60 thresholds); each
// threshold is shown in its natural unit.
class CatalogueSetupPage : public QWizardPage
{
    Q_OBJECT

public:
    CatalogueSetupPage(Database& db, QWidget* parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void saved();

private:
    void reload();

    Database& m_db;
    QTreeWidget* m_list;
    QLabel* m_summary;
};

} // namespace csc
