// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace csc {

// Writes one already-public document (title + HTML body fragment) as a
// standalone accessible HTML page, a PDF, or Markdown. Exporters build the body
// from public data only; this class never sees confidential material.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    enum class Format { Html, Pdf, Markdown };

    static Result<Format> formatFromName(const QString& name); // "html", "pdf", "md"/"markdown"
    static QString extension(Format format);

    // A complete HTML page: lang, title, print styles.
    static QString standaloneHtml(const QString& title, const QString& bodyHtml,
                                  const QString& language = QStringLiteral("en"));
    static QString markdown(const QString& title, const QString& bodyHtml);
    // The rich text laid out on paper: what the PDF holds and what File › Print… prints.
    static QString pagedHtml(const QString& title, const QString& bodyHtml);

    // Writes atomically (QSaveFile): a failed write leaves any earlier file as it was.
    static Status write(Format format, const QString& path, const QString& title,
                        const QString& bodyHtml);
};

} // namespace csc
