#include "SectionPage.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace csc {

SectionPage::SectionPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(new QUndoStack(this))
{
    if (context.undoGroup)
        context.undoGroup->addStack(m_undoStack);
}

SectionPage::~SectionPage() = default;

} // namespace csc
