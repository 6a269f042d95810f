// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueView.h"

#include "ServiceLevelDialog.h"
#include "SleModels.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/Database.h"
#include "ui/edit/EditCommand.h"
#include "ui/widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace csc {

CatalogueView::CatalogueView(Database* db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_month(SleMonth::of(QDate::currentDate()))
    , m_model(new CatalogueModel(this))
    , m_table(new QTableView(this))
    , m_versions(new QTreeWidget(this))
    , m_requests(new QTreeWidget(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogueModel::Metric, QHeaderView::Stretch);
    m_versions->setHeaderLabels(
        { tr("Effective from"), tr("Threshold"), tr("Target"), tr("Change request") });
    m_versions->setRootIsDecorated(false);
    m_requests->setHeaderLabels(
        { tr("Effective from"), tr("Change request"), tr("Requested by"), tr("Status") });
    m_requests->setRootIsDecorated(false);

    auto* create = new QPushButton(tr("New service level…"), this);
    auto* amend = new QPushButton(tr("Amend…"), this);
    amend->setToolTip(tr("Record a change request that gives the selected service level a new "
                         "version from a month on"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(
        new QLabel(tr("Definitions in force in the chosen month; grey rows are not defined then."),
                   this),
        1);
    buttons->addWidget(create);
    buttons->addWidget(amend);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Versions of the selected service level"), this));
    rightLayout->addWidget(m_versions, 1);
    rightLayout->addWidget(new QLabel(tr("Change requests"), this));
    rightLayout->addWidget(m_requests, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogueView::showVersions);
    connect(create, &QPushButton::clicked, this, &CatalogueView::createLevel);
    connect(amend, &QPushButton::clicked, this, &CatalogueView::amendLevel);
}

void CatalogueView::setMonth(QDate month)
{
    m_month = month;
    reload();
}

void CatalogueView::reload()
{
    const int row = m_table->currentIndex().row();
    auto levels = ServiceLevelCatalogue::all(*m_db);
    if (!levels)
        return;
    m_model->setLevels(levels.value(), m_month);
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    m_requests->clear();
    if (auto requests = ServiceLevelCatalogue::changeRequests(*m_db)) {
        for (const ChangeRequest& r : requests.value()) {
            auto* item = new QTreeWidgetItem(
                m_requests,
                { SleMonth::display(r.effectiveFrom), r.title,
                  r.requestedBy == QLatin1String("ifo") ? tr("The IFO") : tr("The committee"),
                  r.status });
            item->setToolTip(1, r.consultation + QStringLiteral("\n") + r.decision);
        }
    }
    showVersions();
}

void CatalogueView::showVersions()
{
    m_versions->clear();
    const ServiceLevel* level = m_model->level(m_table->currentIndex().row());
    if (!level)
        return;
    QHash<qint64, QString> titles;
    if (auto requests = ServiceLevelCatalogue::changeRequests(*m_db)) {
        for (const ChangeRequest& r : requests.value())
            titles.insert(r.id, r.title);
    }
    for (const ServiceLevelVersion& v : level->versions) {
        new QTreeWidgetItem(
            m_versions,
            { SleMonth::display(v.effectiveFrom), SleText::threshold(v),
              SleText::percent(v.targetPercent, 0),
              v.changeRequestId ? titles.value(v.changeRequestId) : tr("original definition") });
    }
}

void CatalogueView::createLevel()
{
    // A new level takes effect only after the last rated month (history is never rewritten).
    auto rated = ServiceLevelCatalogue::lastRatedMonth(*m_db);
    const QDate suggested = rated && rated.value().isValid() && rated.value() >= m_month
        ? rated.value().addMonths(1)
        : m_month;
    ServiceLevelDialog dialog(nullptr, suggested, this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    Database* db = m_db;
    const QString category = dialog.category();
    const QString metric = dialog.metric();
    const ServiceLevelVersion version = dialog.version();
    auto id = std::make_shared<qint64>(0);
    // Undo retires the new level from its first month (nothing is deleted); redo restores it.
    m_undoStack->push(new EditCommand(
        Operation::CreateServiceLevel, tr("New service level “%1”").arg(metric),
        [=]() -> Status {
            if (*id != 0)
                return ServiceLevelCatalogue::retire(*db, *id, {});
            auto created = ServiceLevelCatalogue::create(*db, category, metric, version);
            if (!created)
                return created.error();
            *id = created.value();
            return {};
        },
        [=] { return ServiceLevelCatalogue::retire(*db, *id, version.effectiveFrom); },
        { [this] {
             reload();
             Q_EMIT changed();
         },
          [this](const Error& e) { UserPrompts::error(this, tr("Service levels"), e); } }));
}

void CatalogueView::amendLevel()
{
    const ServiceLevel* level = m_model->level(m_table->currentIndex().row());
    if (!level) {
        UserPrompts::information(this, tr("Service levels"),
                                 tr("Select the service level to amend first."));
        return;
    }
    auto rated = ServiceLevelCatalogue::lastRatedMonth(*m_db);
    const QDate suggested = rated && rated.value().isValid() ? rated.value().addMonths(1) : m_month;
    ServiceLevelDialog dialog(level, suggested, this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    const QString metric = level->metric;
    // An amendment is a recorded procedure, not an edit: it is audited and not undone.
    auto result = ServiceLevelCatalogue::amend(*m_db, dialog.changeRequest(),
                                               { { level->id, dialog.version() } });
    if (!result) {
        UserPrompts::error(this, tr("Service levels"), result.error());
        return;
    }
    reload();
    Q_EMIT changed();
    Q_EMIT statusMessage(
        tr("“%1” amended from %2.").arg(metric, SleMonth::display(dialog.version().effectiveFrom)));
}

} // namespace csc
