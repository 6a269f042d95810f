// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace csc {

// File › Print…: the print dialog or the print preview around a painter of pages. The
// pages are the document's PDF pages (PublicOutputs::paint for a public document,
// DocumentWriter::paint for a members' one): the printer gets what the export writes.
class DocumentPrinter
{
public:
    using PagePainter = std::function<Status(QPagedPaintDevice&)>;

    static Status print(QWidget* parent, const QString& title, const PagePainter& pages);
    static Status preview(QWidget* parent, const QString& title, const PagePainter& pages);

    // Test seam: print to this PDF file instead of asking with a dialog.
    static void setHeadlessOutput(const QString& pdfPath);
};

} // namespace csc
