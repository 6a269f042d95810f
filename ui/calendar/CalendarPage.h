#pragma once

#include "SectionPage.h"

namespace csc {

class CalendarPage : public SectionPage
{
    Q_OBJECT

public:
    explicit CalendarPage(const AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
};

} // namespace csc
