#pragma once

#include "SectionPage.h"

namespace csc {

class PerformancePage : public SectionPage
{
    Q_OBJECT

public:
    explicit PerformancePage(const AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
};

} // namespace csc
