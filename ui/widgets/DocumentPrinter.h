// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPrinter;
class QWidget;

namespace csc {

// File › Print…: the section's document (the same title and body as its export, laid out by
// DocumentWriter::pagedHtml) through the print dialog or the print preview.
class DocumentPrinter
{
public:
    static void print(QWidget* parent, const QString& title, const QString& bodyHtml);
    static void preview(QWidget* parent, const QString& title, const QString& bodyHtml);
    // Lays the document out on `printer` (also what the preview paints).
    static void render(QPrinter* printer, const QString& title, const QString& bodyHtml);

    // Test seam: print to this PDF file instead of asking with a dialog.
    static void setHeadlessOutput(const QString& pdfPath);
};

} // namespace csc
