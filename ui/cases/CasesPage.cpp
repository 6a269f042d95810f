#include "CasesPage.h"

#include "widgets/EmptyState.h"

#include <QVBoxLayout>

namespace csc {

CasesPage::CasesPage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Case boards are on their way"), tr("This section will hold the escalation processes as boards: complaints, problem management, root zone emergencies and appeals."), this));
}

QString CasesPage::title() const
{
    return tr("Cases");
}

QIcon CasesPage::icon() const
{
    return QIcon(QStringLiteral(":/csc/icons/cases.svg"));
}

} // namespace csc
