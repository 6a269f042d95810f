// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

// Where published minutes were posted: a web address (http or https, with a host) or the
// mailing list they went to (an e-mail address). Anything else ("see the wiki") is refused,
// because the record of publication must let a reader find the document.
class PublicationPlace
{
    Q_DECLARE_TR_FUNCTIONS(PublicationPlace)

public:
    static Status check(const QString& where);
};

} // namespace csc
