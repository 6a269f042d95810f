// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesSetupPage.h"

#include "core/settings/SettingsEdit.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QFormLayout>
#include <QSpinBox>

namespace csc {

RulesSetupPage::RulesSetupPage(Database& db, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
{
    setTitle(tr("The rules"));
    setSubTitle(tr("Response windows and thresholds, as the charter sets them by default. Change "
                   "what your committee does differently; all of it stays in Edit › Settings."));
    auto* form = new QFormLayout(this);
    const auto addNumber = [&](CommitteeSettings::Key key, const QString& label, int min, int max,
                               const QString& suffix) {
        auto* box = new QSpinBox(this);
        box->setRange(min, max);
        box->setSuffix(suffix);
        box->setValue(CommitteeSettings::intValue(db, key));
        form->addRow(label, box);
        m_numbers.insert(key, box);
    };
    using K = CommitteeSettings::Key;
    addNumber(K::WrittenResponseDays, tr("IFO written response due within:"), 1, 90,
              tr(" business days"));
    addNumber(K::SignificantFailureResponseDays, tr("Significant-failure response within:"), 1, 365,
              tr(" calendar days"));
    addNumber(K::MinutesDeadlineDays, tr("Minutes published within:"), 1, 30, tr(" business days"));
    addNumber(K::DueSoonDays, tr("Show deadlines as due soon within:"), 0, 20,
              tr(" business days"));
    addNumber(K::ComplaintPatternCount, tr("Suggest Problem Management after:"), 2, 50,
              tr(" complaints"));
    addNumber(K::ComplaintPatternWindowDays, tr("…about one service level within:"), 7, 730,
              tr(" calendar days"));
    addNumber(K::PersistentMissCount, tr("A metric is persistently missed in:"), 1, 24,
              tr(" months"));
    addNumber(K::PersistentMissWindowMonths, tr("…of the last:"), 1, 36, tr(" months"));
    addNumber(K::DecisionMinimumMembers, tr("A decision needs at least:"), 1, 20,
              tr(" members present"));
    setEnabled(!db.isReadOnly());
}

bool RulesSetupPage::validatePage()
{
    if (m_db.isReadOnly())
        return true;
    SettingsEdit edit;
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
        edit.values.insert(it.key(), it.value()->value());
    edit.values.insert(CommitteeSettings::Key::RulesReviewed, true);
    const Status s = edit.apply(m_db);
    if (!s) {
        UserPrompts::error(this, tr("Cannot save the rules"), s.error());
        return false;
    }
    Q_EMIT saved();
    return true;
}

} // namespace csc
