// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "CatalogueSetupPage.h"
#include "HolidaySetupPage.h"
#include "NameSetupPage.h"
#include "RosterSetupPage.h"
#include "RulesSetupPage.h"

namespace csc {

SetupWizard::SetupWizard(Database& db, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set Up the Committee"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages);
    setButtonText(QWizard::FinishButton, tr("Done for now"));
    const auto changed = [this] { Q_EMIT committeeChanged(); };
    auto* name = new NameSetupPage(db, this);
    auto* roster = new RosterSetupPage(db, this);
    auto* holidays = new HolidaySetupPage(db, this);
    auto* catalogue = new CatalogueSetupPage(db, this);
    auto* rules = new RulesSetupPage(db, this);
    connect(name, &NameSetupPage::saved, this, changed);
    connect(roster, &RosterSetupPage::saved, this, changed);
    connect(holidays, &HolidaySetupPage::saved, this, changed);
    connect(catalogue, &CatalogueSetupPage::saved, this, changed);
    connect(rules, &RulesSetupPage::saved, this, changed);
    // Every page may be the last one for now: "Done for now" is enabled throughout.
    for (QWizardPage* page :
         { static_cast<QWizardPage*>(name), static_cast<QWizardPage*>(roster),
           static_cast<QWizardPage*>(holidays), static_cast<QWizardPage*>(catalogue),
           static_cast<QWizardPage*>(rules) })
        page->setFinalPage(true);
    setPage(NamePage, name);
    setPage(RosterPage, roster);
    setPage(HolidayPage, holidays);
    setPage(CataloguePage, catalogue);
    setPage(RulesPage, rules);
    resize(760, 560);
}

} // namespace csc
