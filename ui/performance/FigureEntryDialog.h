// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/FigureStore.h"
#include "core/performance/ServiceLevel.h"

#include <QDialog>

class QDateEdit;
class QTableWidget;

namespace csc {

class Database;

// Manual entry of one month's figures: requests handled and meeting the
// threshold for every service level defined in the month.
class FigureEntryDialog : public QDialog
{
    Q_OBJECT

public:
    FigureEntryDialog(const Database& db, QDate month, QWidget* parent = nullptr);

    QDate month() const;
    QList<MonthFigure> figures() const;
    // The first row whose counts are inconsistent, or an empty string.
    QString problem() const;

private:
    void load();

    const Database& m_db;
    QDateEdit* m_month;
    QTableWidget* m_table;
};

} // namespace csc
