// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrinter.h"

#include "ui/widgets/UserPrompts.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace csc {

namespace {

QString& headlessOutput()
{
    static QString path;
    return path;
}

// The document draws its own margins, header and footer: the printer hands over the
// whole sheet, A4 unless the user picks another paper.
void prepare(QPrinter& printer, const QString& title)
{
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

void DocumentPrinter::setHeadlessOutput(const QString& pdfPath)
{
    headlessOutput() = pdfPath;
}

Status DocumentPrinter::print(QWidget* parent, const QString& title, const PagePainter& pages)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, title);
    if (!headlessOutput().isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(headlessOutput());
        return pages(printer);
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("csc::DocumentPrinter", "Print %1").arg(title));
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return {};
    return pages(printer);
}

Status DocumentPrinter::preview(QWidget* parent, const QString& title, const PagePainter& pages)
{
    if (!headlessOutput().isEmpty())
        return print(parent, title, pages);
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* p) { painted = pages(*p); });
    UserPrompts::exec(dialog);
    return painted;
}

} // namespace csc
