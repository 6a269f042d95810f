#include "CalendarPage.h"

#include "widgets/EmptyState.h"

#include <QVBoxLayout>

namespace csc {

CalendarPage::CalendarPage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("The committee calendar is on its way"), tr("This section will show meetings, minutes deadlines, case deadlines and the recurring obligations."), this));
}

QString CalendarPage::title() const
{
    return tr("Calendar");
}

QIcon CalendarPage::icon() const
{
    return QIcon(QStringLiteral(":/csc/icons/calendar.svg"));
}

} // namespace csc
