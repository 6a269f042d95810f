// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace csc {

// What a meeting may show of a case; exporters decide what of it is public. In domain
// (not meetings) because the confidentiality rule judges it.
struct CaseLink
{
    qint64 id = 0;
    QString reference;
    QString title;
    bool confidential = true;
    bool exercise = false;

    bool isSet() const { return id != 0; }
};

} // namespace csc
