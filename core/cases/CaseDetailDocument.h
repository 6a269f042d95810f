// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The case detail as a document for the committee (the fields and timeline `cscdesk cases show`
// prints), for File › Print… on the Cases section. An internal document: a confidential case
// says so on top; who may read the case at all is decided by CaseRepository::detail.
class CaseDetailDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseDetailDocument)

public:
    static QString title(const CaseDetail& detail);
    static QString bodyHtml(const CaseDetail& detail);
};

} // namespace csc
