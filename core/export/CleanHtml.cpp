// SPDX-License-Identifier: GPL-3.0-or-later
#include "CleanHtml.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace csc {

namespace {

QString inlineHtml(const QTextBlock& block)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat f = fragment.charFormat();
        QString text = fragment.text().toHtmlEscaped();
        text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        text.replace(QChar::ObjectReplacementCharacter, QString()); // images stay in the editor
        if (f.fontWeight() >= QFont::Bold)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        if (f.fontItalic())
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (f.isAnchor() && !f.anchorHref().isEmpty())
            text = QStringLiteral("<a href=\"") + f.anchorHref().toHtmlEscaped()
                + QStringLiteral("\">") + text + QStringLiteral("</a>");
        out += text;
    }
    return out.trimmed();
}

class Writer
{
public:
    explicit Writer(int headingOffset)
        : m_offset(headingOffset)
    { }

    void frame(QTextFrame* frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                closeList();
                if (auto* table = qobject_cast<QTextTable*>(child))
                    writeTable(table);
                else
                    this->frame(child);
            } else {
                block(it.currentBlock());
            }
        }
        closeList();
    }

    QString result() const { return m_out.trimmed(); }

private:
    void block(const QTextBlock& b)
    {
        const QString text = inlineHtml(b);
        QTextList* list = b.textList();
        if (list != m_list)
            closeList();
        if (text.isEmpty())
            return;
        if (list) {
            if (!m_list) {
                m_list = list;
                // Disc, circle and square are -1..-3; decimal and the letters below.
                m_listTag = list->format().style() <= QTextListFormat::ListDecimal
                    ? QStringLiteral("ol")
                    : QStringLiteral("ul");
                m_out += QLatin1Char('<') + m_listTag + QStringLiteral(">\n");
            }
            m_out += QStringLiteral("<li>") + text + QStringLiteral("</li>\n");
            return;
        }
        const int level = b.blockFormat().headingLevel();
        if (level > 0) {
            const QString tag = QStringLiteral("h%1").arg(std::min(6, level + m_offset));
            m_out += QLatin1Char('<') + tag + QLatin1Char('>') + text + QStringLiteral("</") + tag
                + QStringLiteral(">\n");
        } else {
            m_out += QStringLiteral("<p>") + text + QStringLiteral("</p>\n");
        }
    }

    void closeList()
    {
        if (!m_list)
            return;
        m_out += QStringLiteral("</") + m_listTag + QStringLiteral(">\n");
        m_list = nullptr;
    }

    void writeTable(QTextTable* table)
    {
        m_out += QStringLiteral("<table>\n<tbody>\n");
        for (int r = 0; r < table->rows(); ++r) {
            m_out += QStringLiteral("<tr>");
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue; // spanned
                QStringList parts;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (!it.currentFrame())
                        parts << inlineHtml(it.currentBlock());
                }
                parts.removeAll(QString());
                m_out += QStringLiteral("<td>") + parts.join(QStringLiteral("<br>"))
                    + QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
    }

    int m_offset = 0;
    QString m_out;
    QTextList* m_list = nullptr;
    QString m_listTag;
};

} // namespace

QString CleanHtml::fromRichText(const QString& html, int headingOffset)
{
    if (html.trimmed().isEmpty())
        return {};
    QTextDocument doc;
    doc.setHtml(html);
    Writer writer(headingOffset);
    writer.frame(doc.rootFrame());
    return writer.result();
}

} // namespace csc
