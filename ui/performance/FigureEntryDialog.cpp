// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureEntryDialog.h"

#include "core/performance/ServiceLevelCatalogue.h"
#include "ui/widgets/UserPrompts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csc {

FigureEntryDialog::FigureEntryDialog(const Database& db, QDate month, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_month(new QDateEdit(month, this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Enter a month's figures"));
    resize(720, 640);
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        { tr("Cat."), tr("Metric"), tr("Requests"), tr("Met the threshold") });
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Month:"), m_month);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const QString p = problem(); !p.isEmpty())
            UserPrompts::error(this, windowTitle(), Error { p, {} });
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_month, &QDateEdit::dateChanged, this, &FigureEntryDialog::load);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    load();
}

QDate FigureEntryDialog::month() const
{
    return SleMonth::of(m_month->date());
}

void FigureEntryDialog::load()
{
    m_table->setRowCount(0);
    auto levels = ServiceLevelCatalogue::all(m_db);
    auto existing = FigureStore::figures(m_db, month());
    if (!levels || !existing)
        return;
    QHash<qint64, MonthFigure> byId;
    for (const MonthFigure& f : existing.value())
        byId.insert(f.serviceLevelId, f);
    for (const ServiceLevel& l : levels.value()) {
        if (!l.isDefinedIn(month()))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* category = new QTableWidgetItem(l.category);
        category->setFlags(Qt::ItemIsEnabled);
        category->setData(Qt::UserRole, l.id);
        auto* metric = new QTableWidgetItem(l.metric);
        metric->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, category);
        m_table->setItem(row, 1, metric);
        const auto f = byId.constFind(l.id);
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(f == byId.constEnd() ? QString() : QString::number(f->requests)));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(f == byId.constEnd() ? QString() : QString::number(f->met)));
    }
}

QList<MonthFigure> FigureEntryDialog::figures() const
{
    QList<MonthFigure> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString requests = m_table->item(row, 2)->text().trimmed();
        const QString met = m_table->item(row, 3)->text().trimmed();
        if (requests.isEmpty() && met.isEmpty())
            continue; // left blank: not reported yet
        list.append({ m_table->item(row, 0)->data(Qt::UserRole).toLongLong(), requests.toLongLong(),
                      met.toLongLong() });
    }
    return list;
}

QString FigureEntryDialog::problem() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString metric = m_table->item(row, 1)->text();
        const QString requestsText = m_table->item(row, 2)->text().trimmed();
        const QString metText = m_table->item(row, 3)->text().trimmed();
        if (requestsText.isEmpty() && metText.isEmpty())
            continue;
        bool okRequests = false;
        bool okMet = false;
        const qint64 requests = requestsText.toLongLong(&okRequests);
        const qint64 met = metText.toLongLong(&okMet);
        if (!okRequests || !okMet || requests < 0 || met < 0)
            return tr("Row %1 (%2): enter whole, non-negative numbers for both counts.")
                .arg(row + 1)
                .arg(metric);
        if (auto valid = FigureStore::validate({ 0, requests, met }); !valid && met <= requests)
            return tr("Row %1 (%2): %3").arg(row + 1).arg(metric, valid.error().message);
        if (met > requests)
            return tr("Row %1 (%2): more requests met the threshold (%3) than were handled (%4).")
                .arg(row + 1)
                .arg(metric)
                .arg(met)
                .arg(requests);
    }
    return {};
}

} // namespace csc
