// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentWriter.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace csc {

Result<DocumentWriter::Format> DocumentWriter::formatFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    return Error { tr("Unknown format “%1”: use html, pdf or md.").arg(name), {} };
}

QString DocumentWriter::extension(Format format)
{
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QString DocumentWriter::standaloneHtml(const QString& title, const QString& bodyHtml,
                                       const QString& language)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<title>%2</title>\n"
                          "<style>\nbody{font-family:system-ui,sans-serif;max-width:50em;margin:"
                          "2em auto;padding:0 1em;line-height:1.5;color:#1a1a1a;background:#fff}\n"
                          "table{border-collapse:collapse;width:100%}th,td{border:1px solid "
                          "#999;padding:.3em .5em;text-align:left}\n"
                          "th{background:#eee}caption{font-weight:bold;text-align:left}\n"
                          "@media "
                          "print{body{margin:0;max-width:none}a{color:inherit}}\n</style>\n</"
                          "head>\n<body>\n<main>\n<h1>%2</h1>\n%3\n</main>\n</body>\n</html>\n")
        .arg(language, title.toHtmlEscaped(), bodyHtml);
}

QString DocumentWriter::markdown(const QString& title, const QString& bodyHtml)
{
    QTextDocument doc;
    doc.setHtml(QLatin1String("<h1>") + title.toHtmlEscaped() + QLatin1String("</h1>") + bodyHtml);
    return doc.toMarkdown(QTextDocument::MarkdownDialectGitHub);
}

QString DocumentWriter::pagedHtml(const QString& title, const QString& bodyHtml)
{
    return QLatin1String("<h1>") + title.toHtmlEscaped() + QLatin1String("</h1>") + bodyHtml;
}

Status DocumentWriter::write(Format format, const QString& path, const QString& title,
                             const QString& bodyHtml)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}
        };
    if (format == Format::Pdf) {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CSC Desk"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        QTextDocument doc;
        doc.setHtml(pagedHtml(title, bodyHtml));
        // No page size of our own: print() then paginates at the printer's resolution.
        // (A page size in 1200-dpi device pixels shrank the text to a corner of the page.)
        doc.print(&pdf);
    } else {
        const QString text
            = format == Format::Html ? standaloneHtml(title, bodyHtml) : markdown(title, bodyHtml);
        file.write(text.toUtf8());
    }
    if (!file.commit())
        return Error { tr("Cannot write “%1”: %2 (is the disk full?)")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    return {};
}

} // namespace csc
