// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueSetupPage.h"

#include "SetupTransferButtons.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/setup/CatalogueTransfer.h"
#include "core/storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csc {

CatalogueSetupPage::CatalogueSetupPage(Database& db, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("The service level catalogue"));
    setSubTitle(tr("Import the agreed service levels from CSV with the columns category, metric, "
                   "threshold, unit, type, target_percent, effective_from. Later months of a "
                   "metric become amendments."));
    m_list->setObjectName(QStringLiteral("catalogueList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Cat"), tr("Metric"), tr("Threshold"), tr("Target"), tr("From") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_summary->setWordWrap(true);
    auto* transfer = new SetupTransferButtons(
        db,
        { tr("the service level catalogue"), tr("CSV files (*.csv);;All files (*)"),
          &CatalogueTransfer::importFile, &CatalogueTransfer::exportFile },
        this);
    connect(transfer, &SetupTransferButtons::imported, this, [this] {
        reload();
        Q_EMIT saved();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(transfer);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
}

void CatalogueSetupPage::initializePage()
{
    reload();
}

void CatalogueSetupPage::reload()
{
    m_list->clear();
    auto levels = ServiceLevelCatalogue::all(m_db);
    if (!levels) {
        m_summary->setText(levels.error().message);
        return;
    }
    const QDate month = SleMonth::of(QDate::currentDate());
    int amendments = 0;
    for (const ServiceLevel& level : levels.value()) {
        amendments += int(level.versions.size()) - 1;
        const ServiceLevelVersion* v = level.versionFor(month);
        if (!v && !level.versions.isEmpty())
            v = &level.versions.last();
        if (!v)
            continue;
        new QTreeWidgetItem(m_list,
                            { level.category, level.metric, SleText::threshold(*v),
                              SleText::percent(v->targetPercent, 0),
                              SleMonth::display(v->effectiveFrom) });
    }
    m_summary->setText(
        levels.value().isEmpty() ? tr("No service levels yet.")
                                 : tr("%n service level(s)", nullptr, int(levels.value().size()))
                + QStringLiteral(", ") + tr("%n amendment(s) recorded.", nullptr, amendments));
}

} // namespace csc
