// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrinter.h"

#include "core/export/DocumentWriter.h"
#include "ui/widgets/UserPrompts.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace csc {

namespace {
QString& headlessOutput()
{
    static QString path;
    return path;
}
} // namespace

void DocumentPrinter::setHeadlessOutput(const QString& pdfPath)
{
    headlessOutput() = pdfPath;
}

void DocumentPrinter::render(QPrinter* printer, const QString& title, const QString& bodyHtml)
{
    QTextDocument doc;
    doc.setHtml(DocumentWriter::pagedHtml(title, bodyHtml));
    doc.print(printer);
}

void DocumentPrinter::print(QWidget* parent, const QString& title, const QString& bodyHtml)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    if (!headlessOutput().isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(headlessOutput());
        render(&printer, title, bodyHtml);
        return;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("csc::DocumentPrinter", "Print %1").arg(title));
    if (UserPrompts::exec(dialog) == QDialog::Accepted)
        render(&printer, title, bodyHtml);
}

void DocumentPrinter::preview(QWidget* parent, const QString& title, const QString& bodyHtml)
{
    if (!headlessOutput().isEmpty())
        return print(parent, title, bodyHtml);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* p) { render(p, title, bodyHtml); });
    UserPrompts::exec(dialog);
}

} // namespace csc
