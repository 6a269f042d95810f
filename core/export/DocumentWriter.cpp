// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentWriter.h"

#include "core/util/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QHashFunctions>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <optional>

namespace csc {

namespace {

// Screen and print styles of the web pages; the print part is what a browser uses
// when a reader prints the committee's page.
const char kWebCss[]
    = R"(body{font-family:"DejaVu Sans",system-ui,sans-serif;font-size:11pt;line-height:1.45;color:#1a1a1a;background:#fff;margin:0}
header,main,footer{max-width:60em;margin:0 auto;padding:0 1.5em}
header{border-bottom:2px solid #1f3a5f;padding-top:1.2em;margin-bottom:1em}
header .committee{margin:0;font-size:.85em;letter-spacing:.06em;text-transform:uppercase;color:#1f3a5f}
h1{font-size:1.6em;margin:.2em 0 .6em}
h2{font-size:1.2em;margin:1.4em 0 .4em;color:#1f3a5f;break-after:avoid;page-break-after:avoid}
h3{font-size:1.05em;margin:1em 0 .3em;break-after:avoid;page-break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}
th,td{border-bottom:1px solid #c4c9d0;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#eef1f5;border-bottom:2px solid #1f3a5f}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
img{max-width:100%;height:auto}
.note{color:#444;font-style:italic}
footer{margin-top:2em;border-top:1px solid #c4c9d0;font-size:.85em;color:#444;padding-bottom:1.5em}
footer .audit{font-size:.85em;color:#666;overflow-wrap:anywhere}
.confidential{color:#a00;font-weight:bold}
@page{size:A4;margin:20mm 18mm}
@media print{body{font-size:10pt}header,main,footer{max-width:none;padding:0}a{color:inherit;text-decoration:none}}
)";

// What QTextDocument understands of the same style, for the PDF.
const char kPdfCss[] = R"(h1{font-size:14pt;margin-top:0;margin-bottom:6pt}
h2{font-size:11.5pt;color:#1f3a5f;margin-top:12pt;margin-bottom:3pt}
h3{font-size:10pt;margin-top:8pt;margin-bottom:2pt}
p{margin-top:0;margin-bottom:5pt}
li{margin-bottom:2pt}
th{background-color:#eef1f5;font-weight:bold;text-align:left}
td.num,th.num{text-align:right}
.note{color:#444444;font-style:italic}
.audit{font-size:7pt;color:#666666}
.confidential{color:#aa0000;font-weight:bold}
)";

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Numbers are right-aligned: a cell holding only a figure ("98.3%", "1,204", "—")
// gets the class the stylesheets align, whichever exporter wrote the table.
QString alignNumbers(const QString& html)
{
    // Presentational table attributes are the stylesheet's job (and Qt pads rows with them).
    static const QRegularExpression attributes(
        QStringLiteral("<table (?:border|cellspacing|cellpadding|width)=[^>]*>"));
    static const QRegularExpression cell(
        QStringLiteral("<td>([0-9][0-9\\s.,%\u00a0\u202f]*|\u2014|\u2013)</td>"));
    QString out = html;
    out.replace(attributes, QStringLiteral("<table>"));
    out.replace(cell, QStringLiteral("<td class=\"num\">\\1</td>"));
    return out;
}

QString bodyOf(const PublicDocument& d)
{
    if (d.parts.isEmpty())
        return alignNumbers(d.bodyHtml);
    QString html;
    for (const PublicDocument::Part& p : d.parts)
        html += QStringLiteral("<section>\n<h2>") + esc(p.heading) + QStringLiteral("</h2>\n")
            + p.bodyHtml + QStringLiteral("\n</section>\n");
    return html;
}

QString auditLine(const PublicDocument& d)
{
    return d.auditHead.isEmpty()
        ? QString()
        : DocumentWriter::tr("Record reference (audit trail head): %1").arg(d.auditHead);
}

// Millimetres to device pixels of `device`.
qreal mm(const QPaintDevice& device, qreal millimetres)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

// Lengths in a document's formats are CSS pixels (1/96 in), which the layout scales
// to the paint device itself.
qreal cssMm(qreal millimetres)
{
    return millimetres * 96 / 25.4;
}

// The document's tables in reading order (the order of their <table> tags).
QList<QTextTable*> tablesInOrder(const QTextFrame* frame)
{
    QList<QTextTable*> tables;
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables << table;
        tables << tablesInOrder(child);
    }
    return tables;
}

// A table that starts a page moves its heading with it: the break goes on the heading
// right before it (only empty blocks between), or else on the table itself.
void breakBefore(QTextDocument& doc, QTextTable* table)
{
    QTextBlock before;
    for (QTextBlock b = doc.begin();
         b.isValid() && b.position() + b.length() <= table->firstPosition(); b = b.next())
        before = b;
    const auto inTable = [](const QTextBlock& b) { return QTextCursor(b).currentTable(); };
    while (before.isValid() && !inTable(before) && before.text().isEmpty()
           && before.blockFormat().headingLevel() == 0)
        before = before.previous();
    if (before.isValid() && !inTable(before) && before.blockFormat().headingLevel() > 0) {
        QTextBlockFormat f = before.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(before).setBlockFormat(f);
        return;
    }
    QTextTableFormat f = table->format();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(f);
}

// Where the PDF's tables break: by number in reading order, the tables that begin a new
// page, and those that continue the table before them (cut to keep a row on one page).
struct TableBreaks
{
    QSet<int> pageStarts;
    QSet<int> continuations;
};

// Columns as wide as what they hold (a metric's name, not a "95%"), so the long column
// does not wrap to four lines beside empty short ones.
QList<qreal> columnWeights(const QTextTable* table)
{
    QList<qreal> weights(table->columns(), 8);
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.columnSpan() != 1)
                continue;
            QTextCursor in = cell.firstCursorPosition();
            in.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            weights[c] = std::max(weights[c],
                                  qreal(std::min<qsizetype>(in.selectedText().size(), 40) + 4));
        }
    }
    return weights;
}

// Tables span the page with a repeated header row; headings are kept with what follows;
// a table cut in parts keeps its columns on every page.
void applyPrintLayout(QTextDocument& doc, qreal pageHeight, const TableBreaks& breaks)
{
    // One edit block: the document is laid out once at its end, not after every cell.
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    const QList<QTextTable*> tables = tablesInOrder(doc.rootFrame());
    QList<QList<qreal>> weights;
    for (const QTextTable* table : tables)
        weights << columnWeights(table);
    // The parts of one cut table share the widest of their column weights.
    for (int t = int(tables.size()) - 1; t > 0; --t) {
        if (!breaks.continuations.contains(t) || weights.at(t).size() != weights.at(t - 1).size())
            continue;
        for (int c = 0; c < weights.at(t).size(); ++c)
            weights[t - 1][c] = std::max(weights.at(t - 1).at(c), weights.at(t).at(c));
    }
    for (int t = 1; t < tables.size(); ++t) {
        if (breaks.continuations.contains(t) && weights.at(t).size() == weights.at(t - 1).size())
            weights[t] = weights.at(t - 1);
    }
    for (int t = 0; t < tables.size(); ++t) {
        QTextTable* table = tables.at(t);
        QTextTableFormat f = table->format();
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setBorderCollapse(true);
        f.setBorder(0.5);
        f.setBorderBrush(QColor(0xc4, 0xc9, 0xd0));
        f.setCellSpacing(0);
        f.setCellPadding(cssMm(0.8));
        if (f.headerRowCount() == 0 && table->rows() > 1)
            f.setHeaderRowCount(1);
        qreal total = 0;
        for (qreal w : std::as_const(weights.at(t)))
            total += w;
        QList<QTextLength> widths;
        for (qreal w : std::as_const(weights.at(t)))
            widths << QTextLength(QTextLength::PercentageLength, 100 * w / total);
        f.setColumnWidthConstraints(widths);
        table->setFormat(f);
    }
    // Heading sizes and spacing: Qt's HTML reader sets its own heading sizes, which the
    // default stylesheet does not override, and they crowd a printed page.
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor c(b);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        cf.setFontPointSize(level == 1 ? 15 : level == 2 ? 11.5 : 10);
        c.mergeCharFormat(cf);
        QTextBlockFormat bf;
        bf.setTopMargin(level == 1 ? 0 : cssMm(level == 2 ? 4.5 : 3));
        bf.setBottomMargin(cssMm(level == 1 ? 2.5 : 1.2));
        c.mergeBlockFormat(bf);
    }
    for (int t : breaks.pageStarts) {
        if (t < tables.size())
            breakBefore(doc, tables.at(t));
    }
    edit.endEditBlock();
    // Keep headings with what follows: a heading whose next block starts on another
    // page moves to that page. A few passes, as each move shifts what comes after.
    for (int pass = 0; pass < 16; ++pass) {
        bool moved = false;
        QList<QTextBlock> toMove;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                continue;
            const QRectF here = doc.documentLayout()->blockBoundingRect(b);
            const QRectF next = doc.documentLayout()->blockBoundingRect(b.next());
            const int page = int(here.top() / pageHeight);
            if (int(next.top() / pageHeight) > page
                && b.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
                toMove << b; // the first only: moving it shifts every later one
                break;
            }
        }
        QTextCursor c(&doc);
        c.beginEditBlock();
        for (const QTextBlock& b : std::as_const(toMove)) {
            QTextCursor at(b);
            QTextBlockFormat f = b.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            at.setBlockFormat(f);
            moved = true;
        }
        c.endEditBlock();
        if (!moved)
            break;
    }
}

// A table row whose text starts on one page and ends on the next.
struct SplitRow
{
    int table = 0; // in reading order
    int row = 0;
    int headerRows = 0;
};

std::optional<SplitRow> firstSplitRow(QTextDocument& doc, qreal pageHeight)
{
    const QList<QTextTable*> tables = tablesInOrder(doc.rootFrame());
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (int t = 0; t < tables.size(); ++t) {
        const QTextTable* table = tables.at(t);
        for (int r = 0; r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            bool spanned = false;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                spanned = spanned || cell.rowSpan() > 1;
                if (cell.row() != r || cell.column() != c)
                    continue;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock b = it.currentBlock();
                    if (!b.isValid())
                        continue;
                    const QRectF rect = layout->blockBoundingRect(b);
                    top = std::min(top, rect.top());
                    bottom = std::max(bottom, rect.bottom());
                }
            }
            // A row taller than most of a page splits whatever is done.
            if (spanned || top >= bottom || bottom - top > pageHeight * 0.75)
                continue;
            if (int(top / pageHeight) != int((bottom - 0.5) / pageHeight))
                return SplitRow { t, r, std::max(1, table->format().headerRowCount()) };
        }
    }
    return std::nullopt;
}

// Where each table of the PDF's HTML and its rows are (the exporters write flat tables).
struct HtmlTable
{
    qsizetype open = 0; // "<table"
    qsizetype openEnd = 0; // after its ">"
    qsizetype close = 0; // "</table>"
    QList<qsizetype> rows; // each "<tr"
};

QList<HtmlTable> htmlTables(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)(table|tr)\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<HtmlTable> tables;
    bool inside = false;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const bool closing = !m.capturedView(1).isEmpty();
        const bool isTable
            = m.capturedView(2).compare(QLatin1String("table"), Qt::CaseInsensitive) == 0;
        if (isTable && !closing) {
            if (inside)
                return {}; // nested: leave the layout to Qt
            tables.append(HtmlTable { m.capturedStart(), m.capturedEnd(), 0, {} });
            inside = true;
        } else if (isTable) {
            if (!inside)
                return {};
            tables.last().close = m.capturedStart();
            inside = false;
        } else if (!closing && inside) {
            tables.last().rows << m.capturedStart();
        }
    }
    return inside ? QList<HtmlTable> {} : tables;
}

// Keeps `split`'s row on one page: a table that must move whole starts a page; otherwise
// the table is cut before the row and continues on the next page under its header row.
// False when the HTML is not the shape the layout shows (then Qt's split stands).
bool keepRowTogether(QString& html, TableBreaks& breaks, const SplitRow& split, int tableCount,
                     int rowCount)
{
    const QList<HtmlTable> tables = htmlTables(html);
    if (tables.size() != tableCount || tables.at(split.table).rows.size() != rowCount)
        return false;
    if (split.row <= split.headerRows) {
        if (breaks.pageStarts.contains(split.table))
            return false;
        breaks.pageStarts.insert(split.table);
        return true;
    }
    const HtmlTable& t = tables.at(split.table);
    const qsizetype headerEnd = html.indexOf(QLatin1String("</tr>"),
                                             t.rows.at(split.headerRows - 1), Qt::CaseInsensitive);
    if (headerEnd < 0 || headerEnd > t.rows.at(split.headerRows))
        return false;
    const QString openTag = html.mid(t.open, t.openEnd - t.open);
    const QString header = html.mid(t.rows.first(), headerEnd + 5 - t.rows.first());
    const bool bodies = html.mid(t.open, t.close - t.open).contains(QLatin1String("<tbody"));
    const QString cut = (bodies ? QStringLiteral("</tbody>") : QString())
        + QStringLiteral("</table>\n") + openTag + QStringLiteral("<thead>") + header
        + QStringLiteral("</thead>") + (bodies ? QStringLiteral("<tbody>") : QString());
    html.insert(t.rows.at(split.row), cut);
    // The tables after the cut are numbered one further on.
    const auto shifted = [&split](const QSet<int>& tables) {
        QSet<int> moved;
        for (int t : tables)
            moved.insert(t > split.table ? t + 1 : t);
        moved.insert(split.table + 1);
        return moved;
    };
    breaks.pageStarts = shifted(breaks.pageStarts);
    breaks.continuations = shifted(breaks.continuations);
    return true;
}
} // namespace

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

QString DocumentWriter::committeeName()
{
    return tr("Customer Standing Committee");
}

QString DocumentWriter::standaloneHtml(const QString& title, const QString& bodyHtml,
                                       const QString& language)
{
    PublicDocument d;
    d.title = title;
    d.bodyHtml = bodyHtml;
    d.language = language;
    return QString::fromUtf8(html(d));
}

QByteArray DocumentWriter::html(const PublicDocument& d)
{
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(d.language)
        + QStringLiteral(
                       "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"CSC Desk\">\n");
    if (!d.auditHead.isEmpty())
        page += QStringLiteral("<meta name=\"csc-audit-head\" content=\"") + esc(d.auditHead)
            + QStringLiteral("\">\n");
    page += QStringLiteral("<title>") + esc(d.title) + QStringLiteral("</title>\n<style>\n")
        + QString::fromUtf8(kWebCss) + QStringLiteral("</style>\n</head>\n<body>\n<header>\n")
        + QStringLiteral("<p class=\"committee\">") + esc(committeeName())
        + QStringLiteral("</p>\n<h1>") + esc(d.title) + QStringLiteral("</h1>\n");
    if (!d.pageMark.isEmpty())
        page += QStringLiteral("<p class=\"confidential\">") + esc(d.pageMark)
            + QStringLiteral("</p>\n");
    page += QStringLiteral("</header>\n<main>\n") + bodyOf(d).trimmed()
        + QStringLiteral("\n</main>\n");
    if (!d.dateLine.isEmpty() || !d.auditHead.isEmpty()) {
        page += QStringLiteral("<footer>\n");
        if (!d.dateLine.isEmpty())
            page += QStringLiteral("<p>") + esc(d.dateLine) + QStringLiteral("</p>\n");
        if (!d.auditHead.isEmpty())
            page += QStringLiteral("<p class=\"audit\">") + esc(auditLine(d))
                + QStringLiteral("</p>\n");
        page += QStringLiteral("</footer>\n");
    }
    page += QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

QByteArray DocumentWriter::markdown(const PublicDocument& d)
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<h1>") + esc(d.title) + QStringLiteral("</h1>") + bodyOf(d));
    // Qt's Markdown writer wraps long lines at 80 columns, headings too, which turns
    // the end of a long heading into a stray paragraph: each heading's continuation
    // lines are joined back onto it (the document says how long each heading is).
    QList<qsizetype> headingLengths;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            headingLengths << b.text().simplified().size();
    }
    QString text = doc.toMarkdown(QTextDocument::MarkdownDialectGitHub);
    const QStringList raw = text.split(QLatin1Char('\n'));
    QStringList lines;
    int heading = 0;
    for (int i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (line.startsWith(QLatin1Char('#')) && heading < headingLengths.size()) {
            const qsizetype wanted = headingLengths.at(heading++);
            while (line.section(QLatin1Char(' '), 1).simplified().size() < wanted
                   && i + 1 < raw.size() && !raw.at(i + 1).trimmed().isEmpty())
                line += QLatin1Char(' ') + raw.at(++i).trimmed();
        }
        lines << line;
    }
    text = lines.join(QLatin1Char('\n')).trimmed() + QStringLiteral("\n\n");
    if (!d.dateLine.isEmpty())
        text += QLatin1Char('*') + d.dateLine + QStringLiteral("*\n\n");
    text += esc(committeeName()) + QStringLiteral(".");
    if (!d.auditHead.isEmpty())
        text += QLatin1Char(' ') + auditLine(d);
    return (text + QLatin1Char('\n')).toUtf8();
}

Result<QByteArray> DocumentWriter::pdf(const PublicDocument& d)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Qt's PDF engine keeps fonts and glyphs in hashes, whose order follows the
    // process's random hash seed: a fixed seed while writing gives the same bytes
    // in every process (hashes made meanwhile are only ever read here).
    QHashSeed::setDeterministicGlobalSeed();
    const auto randomAgain = qScopeGuard([] { QHashSeed::resetRandomGlobalSeed(); });
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(d.title);
        pdf.setCreator(d.auditHead.isEmpty() ? QStringLiteral("CSC Desk")
                                             : QStringLiteral("CSC Desk; ") + d.auditHead);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        if (auto painted = paint(pdf, d); !painted)
            return painted.error();
    }
    buffer.close();
    // QPdfWriter stamps the moment of writing; the same document must give the same
    // bytes (the site rewrites only what changed, the GUI and CLI agree), so the date
    // is blanked to a fixed one of the same length: the cross-reference table stays valid.
    static const QRegularExpression stamp(QStringLiteral("/CreationDate \\(D:([0-9]{14})"));
    QString latin = QString::fromLatin1(bytes);
    for (auto it = stamp.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        latin.replace(m.capturedStart(1), m.capturedLength(1), QStringLiteral("20000101000000"));
    }
    return latin.toLatin1();
}

Status DocumentWriter::paint(QPagedPaintDevice& device, const PublicDocument& d)
{
    // The whole sheet is ours: the margins, header and footer are drawn here, so a printer
    // and the PDF writer give the same pages.
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body(mm(device, 18), mm(device, 24), page.width() - mm(device, 36),
                      page.height() - mm(device, 24) - mm(device, 22));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QString::fromUtf8(kPdfCss));
    QString html = QStringLiteral("<h1>") + esc(d.title) + QStringLiteral("</h1>\n");
    if (d.parts.isEmpty()) {
        html += alignNumbers(d.bodyHtml);
    } else {
        bool first = true;
        for (const PublicDocument::Part& p : d.parts) {
            html += (first ? QStringLiteral("<h2>")
                           : QStringLiteral("<h2 style=\"page-break-before:always\">"))
                + esc(p.heading) + QStringLiteral("</h2>\n") + alignNumbers(p.bodyHtml)
                + QLatin1Char('\n');
            first = false;
        }
    }
    if (!d.auditHead.isEmpty())
        // In a monospaced face: no ligature turns the hash's "ff" into one glyph.
        html += QStringLiteral("<p class=\"audit\">")
            + esc(tr("Record reference (audit trail head): %1").arg(QString()))
            + QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'\">") + esc(d.auditHead)
            + QStringLiteral("</span></p>");
    // Rows never split across pages: lay out, find the first row that does, keep it
    // together, again until none does (each pass moves only what follows that row).
    TableBreaks breaks;
    for (int pass = 0;; ++pass) {
        doc.setHtml(html);
        doc.setPageSize(body.size());
        applyPrintLayout(doc, body.height(), breaks);
        // The lazy layout can leave a block after a page-crossing table unlaid (its text was
        // lost from the PDF): lay the whole document out again before reading positions.
        doc.markContentsDirty(0, doc.characterCount());
        doc.documentLayout()->documentSize();
        const std::optional<SplitRow> split
            = pass < 200 ? firstSplitRow(doc, body.height()) : std::nullopt;
        if (!split)
            break;
        const QList<QTextTable*> tables = tablesInOrder(doc.rootFrame());
        if (!keepRowTogether(html, breaks, *split, int(tables.size()),
                             tables.at(split->table)->rows()))
            break;
    }
    // The whole document's size, so every page is counted before painting.
    const QSizeF laidOut = doc.documentLayout()->documentSize();
    const int pageTotal
        = std::max(doc.pageCount(), int(std::ceil(laidOut.height() / body.height())));

    // Which pages hold a confidential part: each part starts a page at its heading.
    QList<bool> marked(pageTotal, false);
    if (!d.parts.isEmpty()) {
        QList<int> partStarts;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 2 && !b.textList()
                && partStarts.size() < d.parts.size()
                && b.text() == d.parts.at(partStarts.size()).heading)
                partStarts << int(doc.documentLayout()->blockBoundingRect(b).top() / body.height());
        }
        for (int i = 0; i < partStarts.size(); ++i) {
            const int end = i + 1 < partStarts.size() ? partStarts.at(i + 1) : pageTotal;
            for (int p = partStarts.at(i); p < end && p < marked.size(); ++p)
                marked[p] = marked[p] || d.parts.at(i).confidential;
        }
    }

    QPainter painter(&device);
    if (!painter.isActive())
        return Error { tr("Cannot lay out the PDF of “%1”.").arg(d.title), {} };
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    const QColor ink(0x1f, 0x3a, 0x5f);
    const int pages = pageTotal;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        // Header: the committee's name and the title over a rule.
        painter.setFont(small);
        painter.setPen(ink);
        const QRectF head(body.left(), mm(device, 10), body.width(), mm(device, 8));
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, committeeName().toUpper());
        const QFontMetricsF fm(small, &device);
        painter.drawText(head, Qt::AlignRight | Qt::AlignBottom,
                         fm.elidedText(d.title, Qt::ElideRight, body.width() * 0.6));
        painter.drawLine(QPointF(body.left(), mm(device, 19)),
                         QPointF(body.right(), mm(device, 19)));
        if (marked.value(i)) {
            QFont bold = small;
            bold.setPointSizeF(9);
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(QColor(0xaa, 0, 0));
            painter.drawText(QRectF(body.left(), mm(device, 4), body.width(), mm(device, 6)),
                             Qt::AlignHCenter | Qt::AlignVCenter, d.pageMark);
            painter.setFont(small);
        }
        // The page's slice of the document.
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        // Footer: the approval/publication date and page x of y.
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const qreal footY = page.height() - mm(device, 17);
        painter.drawLine(QPointF(body.left(), footY), QPointF(body.right(), footY));
        const QRectF foot(body.left(), footY + mm(device, 1), body.width(), mm(device, 6));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, d.dateLine);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return {};
}

Result<QByteArray> DocumentWriter::render(Format format, const PublicDocument& d)
{
    switch (format) {
    case Format::Html:
        return html(d);
    case Format::Markdown:
        return markdown(d);
    case Format::Pdf:
        return pdf(d);
    }
    return Error { tr("Unknown format."), {} };
}

} // namespace csc
