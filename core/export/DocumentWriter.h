// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace csc {

// One document as it leaves the committee: already public (or, for the members'
// pack, marked), built by an exporter from filtered data only.
struct PublicDocument
{
    // A part of a members' document (the meeting pack): each starts on a new page, and
    // every page of a confidential part carries `pageMark`.
    struct Part
    {
        QString heading;
        QString bodyHtml;
        bool confidential = false;
    };

    QString title;
    QString bodyHtml; // a semantic fragment: h2/h3, p, ul/ol, table (td.num for numbers)
    QString dateLine; // the footer's approval/publication date ("Approved on 3 December 2026")
    QString language = QStringLiteral("en");
    QString auditHead; // "audit N HASH", filled in by PublicOutputs::produce
    QList<Part> parts; // when set, the body is these parts
    QString pageMark; // "Confidential — committee members only"
};

// The committee's document style, shared by HTML, PDF and Markdown: a header with
// the committee's name and the title, full-width tables whose rows do not split,
// numbers right-aligned, headings kept with what follows, a footer with the page
// and the approval/publication date, and the audit chain head in the small print.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    enum class Format { Html, Pdf, Markdown };

    static Result<Format> formatFromName(const QString& name); // "html", "pdf", "md"/"markdown"
    static QString extension(Format format);

    static QString committeeName();
    // Clean semantic HTML5 with screen and print stylesheets (passes `tidy`).
    static QByteArray html(const PublicDocument& document);
    // CommonMark/GitHub Markdown: headings on one line, the audit head on the last line.
    static QByteArray markdown(const PublicDocument& document);
    // A4 PDF; the same bytes for the same document (no clock in it).
    static Result<QByteArray> pdf(const PublicDocument& document);
    static Result<QByteArray> render(Format format, const PublicDocument& document);

    // A standalone page of an already-built body (the site's index): same style.
    static QString standaloneHtml(const QString& title, const QString& bodyHtml,
                                  const QString& language = QStringLiteral("en"));
    // The pages of the PDF painted on any paged device (the PDF writer, a printer, the
    // print preview): what File › Print… prints is the PDF's layout, header and footer.
    static Status paint(QPagedPaintDevice& device, const PublicDocument& document);
};

} // namespace csc
