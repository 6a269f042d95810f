// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace csc {

// A day off in the committee's calendar (business days skip it).
struct Holiday
{
    QDate day;
    QString name;
};

} // namespace csc
