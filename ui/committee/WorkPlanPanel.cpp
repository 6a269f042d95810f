// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanPanel.h"

#include "WorkPlanModel.h"
#include "core/export/WorkPlanExporter.h"
#include "core/storage/Database.h"
#include "ui/edit/ChangeValue.h"
#include "ui/widgets/UserPrompts.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

WorkPlanPanel::WorkPlanPanel(Database* db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_model(new WorkPlanModel(this))
    , m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Work plan"));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WorkPlanModel::Title, QHeaderView::Stretch);
    m_model->setEditHandler(
        [this](const WorkItem& before, const WorkItem& after) { pushEdit(before, after); });

    auto* heading = new QLabel(
        tr("<b>Work plan</b> — public items are posted; untick an item to keep it internal."),
        this);
    auto* add = new QPushButton(tr("Add Work Item…"), this);
    auto* exportButton = new QPushButton(tr("Export Public Work Plan…"), this);
    connect(add, &QPushButton::clicked, this, &WorkPlanPanel::addItem);
    connect(exportButton, &QPushButton::clicked, this, &WorkPlanPanel::exportPlan);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    reload();
}

void WorkPlanPanel::pushEdit(const WorkItem& before, const WorkItem& after)
{
    Database* db = m_db;
    const qint64 id = after.id;
    auto* edit = new ChangeValue<WorkItem>(
        *db, Operation::EditWorkItem, tr("Edit work item “%1”").arg(after.title), after,
        [db, id]() -> Result<WorkItem> { return WorkPlanPanel::item(*db, id); },
        [db](const WorkItem& item) { return WorkPlan::update(*db, item); },
        { [this] { reload(); },
          [this, before, after](const Error& e) {
              if (StaleEdit::ask(this, tr("Work plan"), e) != StaleEdit::Answer::SaveMine)
                  return;
              // After the reload: the user's change onto the item as it is now.
              QMetaObject::invokeMethod(
                  this,
                  [this, before, after] {
                      auto now = item(*m_db, after.id);
                      if (!now)
                          return UserPrompts::error(this, tr("Work plan"), now.error());
                      pushEdit(
                          now.value(),
                          StaleEdit::mineOnto<&WorkItem::title, &WorkItem::description,
                                              &WorkItem::target, &WorkItem::status,
                                              &WorkItem::isPublic>(before, after, now.value()));
                  },
                  Qt::QueuedConnection);
          } });
    m_seen.guard(*edit, *db, id);
    m_undoStack->push(edit);
}

void WorkPlanPanel::reload()
{
    m_seen.load(*m_db);
    m_model->setItems(WorkPlan::items(*m_db).valueOr({}));
}

Result<WorkItem> WorkPlanPanel::item(const Database& db, qint64 id)
{
    auto items = WorkPlan::items(db);
    if (!items)
        return items.error();
    for (const WorkItem& item : items.value()) {
        if (item.id == id)
            return item;
    }
    return Error { tr("The work item is no longer in the work plan."), {} };
}

void WorkPlanPanel::addItem()
{
    bool ok = false;
    const QString title = UserPrompts::text(this, tr("Add Work Item"), tr("Work item:"), {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    WorkItem item;
    item.title = title.trimmed();
    // Adding is part of the record (core has no delete): not undoable, like a new meeting.
    if (auto id = WorkPlan::add(*m_db, item); !id)
        return UserPrompts::error(this, tr("Work plan"), id.error());
    reload();
}

void WorkPlanPanel::exportPlan()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  WorkPlanExporter::fileName(QDate::currentDate(), DocumentWriter::Format::Html));
    const QString path
        = UserPrompts::saveFileName(this, tr("Export Public Work Plan"), suggested,
                                    tr("Web page (*.html);;PDF (*.pdf);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    auto format = DocumentWriter::formatFromName(QFileInfo(path).suffix());
    if (!format)
        return UserPrompts::error(this, tr("Export Public Work Plan"), format.error());
    if (auto s = WorkPlanExporter::exportWorkPlan(*m_db, format.value(), path); !s)
        return UserPrompts::error(this, tr("Export Public Work Plan"), s.error());
    UserPrompts::information(
        this, tr("Export Public Work Plan"),
        tr("The public work plan was written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace csc
