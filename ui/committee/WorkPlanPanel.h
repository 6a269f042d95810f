// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/WorkPlan.h"
#include "core/util/Result.h"
#include "ui/edit/StaleEdit.h"

#include <QWidget>

class QTableView;
class QUndoStack;

namespace csc {

class Database;
class WorkPlanModel;

// The committee's work plan: items, which of them are public, and the public
// export (HTML, PDF, Markdown) for posting.
class WorkPlanPanel : public QWidget
{
    Q_OBJECT

public:
    WorkPlanPanel(Database* db, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload();
    WorkPlanModel* model() const { return m_model; }

private:
    // The item as core holds it now: what an edit's undo compares with.
    static Result<WorkItem> item(const Database& db, qint64 id);
    // The user's edit of an item, refused when someone changed it since the plan was shown.
    void pushEdit(const WorkItem& before, const WorkItem& after);
    void addItem();
    void exportPlan();

    Database* m_db;
    QUndoStack* m_undoStack;
    WorkPlanModel* m_model;
    QTableView* m_view;
    SeenVersions m_seen { QStringLiteral("work_item") };
};

} // namespace csc
