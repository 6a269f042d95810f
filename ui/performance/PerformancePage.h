// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/SectionPage.h"

#include <QDate>

class QComboBox;
class QTabWidget;
class QTableView;

namespace csc {

class CatalogueView;
class ChartPanel;
class MonthStatusModel;
class MonthView;

// The Performance section: a month's evaluation and findings, every month's
// status, the catalogue, the charts; import, manual entry and report export.
class PerformancePage : public SectionPage
{
    Q_OBJECT

public:
    explicit PerformancePage(const AppContext& context, QWidget* parent = nullptr);

    // Known before the page is built: the main window lists sections it has not built yet.
    static QString sectionTitle();
    static QIcon sectionIcon();

    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    Result<Printable> printable() const override;
    Status canPrint() const override;

    // For tests and the command palette.
    void importFile(const QString& path);
    void exportReport(const QString& path);
    void showMonth(QDate month);
    QDate month() const;
    MonthView* monthView() const { return m_monthView; }
    MonthStatusModel* statusModel() const { return m_statusModel; }
    CatalogueView* catalogueView() const { return m_catalogueView; }
    ChartPanel* chartPanel() const { return m_charts; }

private:
    void fillMonths(QDate keep);
    void reloadStatus();
    void enterFigures();
    void afterChange();

    QComboBox* m_month;
    QTabWidget* m_tabs;
    MonthView* m_monthView;
    MonthStatusModel* m_statusModel;
    QTableView* m_statusTable;
    CatalogueView* m_catalogueView;
    ChartPanel* m_charts;
};

} // namespace csc
