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
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const CaseLink&) const = default;

    bool isSet() const { return id != 0; }
};

} // namespace csc
