#include "CommitteePage.h"

#include "widgets/EmptyState.h"

#include <QVBoxLayout>

namespace csc {

CommitteePage::CommitteePage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("The committee roster is on its way"), tr("This section will list the members and liaisons, the chair and the points of contact, and check the composition rules."), this));
}

QString CommitteePage::title() const
{
    return tr("Committee");
}

QIcon CommitteePage::icon() const
{
    return QIcon(QStringLiteral(":/csc/icons/committee.svg"));
}

} // namespace csc
