// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditCheck.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

// Finds the audit chain heads ("audit N HASH") that something which left the database carries, so
// `audit verify --against` can compare the chain with them. Supported: a head given as text; text
// documents (HTML, Markdown, iCalendar with folded lines, plain text); a review copy (the head it
// was taken at); a changes file (the head of the copy it was written in); a PDF through its text
// (pdftotext, from poppler-utils).
class AuditHeadReader
{
    Q_DECLARE_TR_FUNCTIONS(AuditHeadReader)

public:
    static Result<QList<KnownHead>> headsIn(const QString& headOrPath);

    // Every "audit N HASH" in a text (HTML spaces and iCalendar folding allowed).
    static QList<AuditHead> headsInText(QString text);
};

} // namespace csc
