#pragma once

#include "SectionPage.h"

namespace csc {

class MeetingsPage : public SectionPage
{
    Q_OBJECT

public:
    explicit MeetingsPage(const AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
};

} // namespace csc
