// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareAndSet.h"

namespace csc {

Error CompareAndSet::changedElsewhere(const QString& what)
{
    return Error { tr("“%1” was not undone or redone: the record was changed since this step "
                      "(in another window, by a merged review copy or from the command line). "
                      "It keeps its current value.")
                       .arg(what),
                   {} };
}

} // namespace csc
