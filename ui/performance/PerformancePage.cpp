#include "PerformancePage.h"

#include "widgets/EmptyState.h"

#include <QVBoxLayout>

namespace csc {

PerformancePage::PerformancePage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Performance monitoring is on its way"), tr("This section will show the service level catalogue, the IFO's monthly figures, their evaluation and charts."), this));
}

QString PerformancePage::title() const
{
    return tr("Performance");
}

QIcon PerformancePage::icon() const
{
    return QIcon(QStringLiteral(":/csc/icons/performance.svg"));
}

} // namespace csc
