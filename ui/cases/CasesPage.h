#pragma once

#include "SectionPage.h"

namespace csc {

class CasesPage : public SectionPage
{
    Q_OBJECT

public:
    explicit CasesPage(const AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
};

} // namespace csc
