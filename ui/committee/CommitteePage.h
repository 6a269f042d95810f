#pragma once

#include "SectionPage.h"

namespace csc {

class CommitteePage : public SectionPage
{
    Q_OBJECT

public:
    explicit CommitteePage(const AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
};

} // namespace csc
