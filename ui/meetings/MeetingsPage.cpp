#include "MeetingsPage.h"

#include "widgets/EmptyState.h"

#include <QVBoxLayout>

namespace csc {

MeetingsPage::MeetingsPage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Meetings and minutes are on their way"), tr("This section will hold the monthly meetings, their agendas, attendance, decisions, action items and minutes."), this));
}

QString MeetingsPage::title() const
{
    return tr("Meetings & Minutes");
}

QIcon MeetingsPage::icon() const
{
    return QIcon(QStringLiteral(":/csc/icons/meetings.svg"));
}

} // namespace csc
