// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionPage.h"

#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "ui/edit/EditCommand.h"

#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <utility>

namespace csc {

SectionPage::SectionPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(new QUndoStack(this))
{
    if (context.undoGroup)
        context.undoGroup->addStack(m_undoStack);
    if (!context.db)
        return;
    // Every view follows core's change notifications, whoever made the change (this page,
    // another section, a merge): nothing stays stale after publishing.
    connect(&ChangeNotifier::of(*context.db), &ChangeNotifier::changed, this,
            [this](const DataChange& change) {
                noteChange(change);
                // Queued: the write may come from inside an undo command the stack is running.
                m_reloadWanted = m_reloadWanted || showsChange(change);
                if (m_reloadPending)
                    return;
                m_reloadPending = true;
                QTimer::singleShot(0, this, [this] {
                    m_reloadPending = false;
                    pruneUndo();
                    if (!std::exchange(m_reloadWanted, false))
                        return;
                    // Hidden sections catch up when shown: no work for what nobody sees.
                    if (isVisible())
                        reload();
                    else
                        m_stale = true;
                });
            });
}

SectionPage::~SectionPage() = default;

Result<SectionPage::Printable> SectionPage::printable() const
{
    return canPrint().error();
}

Status SectionPage::canPrint() const
{
    return Error { tr("Nothing in %1 prints. Print from Cases (the selected case), Performance "
                      "(the month's findings) or Meetings & Minutes (the public minutes).")
                       .arg(title()),
                   {} };
}

void SectionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        reload();
}

bool SectionPage::showsChange(const DataChange&) const
{
    return true;
}

void SectionPage::pruneUndo()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        const auto* command = dynamic_cast<const EditCommand*>(m_undoStack->command(i));
        if (command && !command->applicable()) {
            m_undoStack->clear();
            Q_EMIT statusMessage(tr("The undo history was cleared: a step in it can no longer "
                                    "be undone."));
            return;
        }
    }
}

} // namespace csc
