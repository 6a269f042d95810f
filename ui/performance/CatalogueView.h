// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QTableView;
class QTreeWidget;
class QUndoStack;

namespace csc {

class CatalogueModel;
class Database;

// The service level catalogue with each level's versions and the change
// requests behind them; new levels and amendments.
class CatalogueView : public QWidget
{
    Q_OBJECT

public:
    CatalogueView(Database* db, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload();
    void setMonth(QDate month);
    CatalogueModel* model() const { return m_model; }

Q_SIGNALS:
    void changed();
    void statusMessage(const QString& text);

private:
    void showVersions();
    void createLevel();
    void amendLevel();

    Database* m_db;
    QUndoStack* m_undoStack;
    QDate m_month;
    CatalogueModel* m_model;
    QTableView* m_table;
    QTreeWidget* m_versions;
    QTreeWidget* m_requests;
};

} // namespace csc
