// SPDX-License-Identifier: GPL-3.0-or-later
// The committee's PDF never splits a table row across pages: a long table of rows that
// wrap to several lines is rendered, and pdftotext reads each page on its own to check
// that every row begins and ends on the same page.
#include "core/export/DocumentWriter.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// One page's text (pdftotext -f N -l N); empty past the last page.
QString pageText(const QString& pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
              QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
              QString::number(page), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A row's cell that wraps to several lines, its first and last words marked.
QString longCell(int row)
{
    QString words;
    for (int w = 0; w < 40; ++w)
        words += QStringLiteral(" threshold");
    return QStringLiteral("begins%1%2 ends%1").arg(row, 3, 10, QLatin1Char('0')).arg(words);
}

} // namespace

class TestDocumentPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const PublicDocument& d)
    {
        auto bytes = DocumentWriter::pdf(d);
        if (!bytes)
            return {};
        const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes.value()) != bytes.value().size())
            return {};
        return path;
    }

private Q_SLOTS:
    void multiLineRowsNeverSplitAcrossPages()
    {
        PublicDocument d;
        d.title = QStringLiteral("A long table");
        d.dateLine = QStringLiteral("Test document");
        d.bodyHtml = QStringLiteral("<p>Every row below wraps to several lines.</p><table>"
                                    "<tr><th>Row</th><th>Text</th><th>Figure</th></tr>");
        const int rows = 60;
        for (int r = 1; r <= rows; ++r)
            d.bodyHtml += QStringLiteral("<tr><td>Row %1</td><td>%2</td><td>98.%1%</td></tr>")
                              .arg(r)
                              .arg(longCell(r));
        d.bodyHtml += QStringLiteral("</table><p>After the table.</p>");
        const QString pdf = render(d);
        QVERIFY(!pdf.isEmpty());

        static const QRegularExpression begins(QStringLiteral("begins(\\d{3})"));
        static const QRegularExpression ends(QStringLiteral("ends(\\d{3})"));
        QMap<int, int> beganOn, endedOn;
        int pages = 0;
        for (int page = 1; page < 100; ++page) {
            const QString text = pageText(pdf, page);
            if (text.trimmed().isEmpty())
                break;
            pages = page;
            for (auto it = begins.globalMatch(text); it.hasNext();)
                beganOn.insert(it.next().captured(1).toInt(), page);
            for (auto it = ends.globalMatch(text); it.hasNext();)
                endedOn.insert(it.next().captured(1).toInt(), page);
        }
        QVERIFY2(pages >= 3, "the table should run over several pages");
        QCOMPARE(beganOn.size(), rows);
        QCOMPARE(endedOn.size(), rows);
        for (int r = 1; r <= rows; ++r)
            QVERIFY2(beganOn.value(r) == endedOn.value(r),
                     qPrintable(QStringLiteral("row %1 begins on page %2 and ends on page %3")
                                    .arg(r)
                                    .arg(beganOn.value(r))
                                    .arg(endedOn.value(r))));
        // The header row is repeated on each page the table continues on.
        for (int page = 2; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            if (text.contains(begins))
                QVERIFY2(text.contains(QStringLiteral("Figure")), qPrintable(text.left(300)));
        }
        QVERIFY(pageText(pdf, pages).contains(QStringLiteral("After the table.")));
    }
};

QTEST_MAIN(TestDocumentPages) // PDF needs QGuiApplication (fonts)
#include "tst_documentpages.moc"
