// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace csc {

class Database;

// The set-up assistant: name and publication language, roster, holidays, the service level
// catalogue and the rules. Every page can be skipped (Next) and done later; what each page
// imports or confirms is saved through core at once, audited.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NamePage, RosterPage, HolidayPage, CataloguePage, RulesPage };

    explicit SetupWizard(Database& db, QWidget* parent = nullptr);

Q_SIGNALS:
    // Something was saved: the main window reloads its sections and its set-up notice.
    void committeeChanged();
};

} // namespace csc
