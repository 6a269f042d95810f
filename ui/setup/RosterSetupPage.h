// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace csc {

class Database;

// The roster: typed in one seat at a time or imported from CSV, with the charter's
// composition check shown live under the list.
class RosterSetupPage : public QWizardPage
{
    Q_OBJECT

public:
    RosterSetupPage(Database& db, QWidget* parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void saved();

private:
    void reload();
    void addMember();

    Database& m_db;
    QTreeWidget* m_list;
    QLabel* m_composition;
};

} // namespace csc
