// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHeadReader.h"

#include "ChangesFile.h"
#include "core/storage/Database.h"
#include "core/storage/SchemaStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace csc {

namespace {

// Documents are small; anything larger is not one of ours.
constexpr qint64 kMaxTextSize = 64 * 1024 * 1024;

} // namespace

QList<AuditHead> AuditHeadReader::headsInText(QString text)
{
    // iCalendar folds long lines with CRLF + space (RFC 5545 §3.1).
    text.replace(QLatin1String("\r\n "), QString());
    text.replace(QLatin1String("\n "), QString());
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&#160;"), QLatin1String(" "));
    static const QRegularExpression kHead(
        QStringLiteral("(?<![0-9A-Za-z])audit\\s+([0-9]{1,18})\\s+([0-9a-f]{64})(?![0-9A-Za-z])"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<AuditHead> heads;
    for (auto it = kHead.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        AuditHead head;
        head.entries = m.captured(1).toLongLong();
        head.hash = m.captured(2);
        if (!heads.contains(head))
            heads.append(head);
    }
    return heads;
}

Result<QList<KnownHead>> AuditHeadReader::headsIn(const QString& headOrPath)
{
    if (headOrPath.trimmed().startsWith(QLatin1String("audit "))) {
        auto head = AuditHead::fromText(headOrPath);
        if (!head)
            return head.error();
        return QList<KnownHead> { { head.value(), tr("the head given") } };
    }
    const QString shown = QDir::toNativeSeparators(headOrPath);
    const QFileInfo info(headOrPath);
    if (!info.exists())
        return Error {
            tr("“%1” is neither an audit head (“audit COUNT SHA-256”) nor a file.").arg(shown), {}
        };
    if (!info.isFile())
        return Error { tr("“%1” is not a regular file.").arg(shown), {} };
    QFile file(headOrPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read “%1”: %2").arg(shown, file.errorString()), {} };
    const QByteArray start = file.peek(32);
    const QString source = tr("the head in “%1”").arg(shown);
    const auto found = [&](const QList<AuditHead>& heads) -> Result<QList<KnownHead>> {
        if (heads.isEmpty())
            return Error { tr("“%1” carries no audit head (“audit COUNT SHA-256”).").arg(shown),
                           {} };
        QList<KnownHead> known;
        for (const AuditHead& h : heads)
            known.append({ h, source });
        return known;
    };

    if (start.startsWith(QByteArrayLiteral("SQLite format 3"))) {
        file.close();
        Database::Options options;
        options.readOnly = true;
        auto copy = Database::open(headOrPath, options);
        if (!copy)
            return copy.error();
        const QString text
            = SchemaStore::metaValue(*copy.value(), QStringLiteral("review_copy_audit_head"));
        if (text.isEmpty())
            return Error { tr("“%1” is not a review copy that carries an audit head.").arg(shown),
                           {} };
        auto head = AuditHead::fromText(text);
        if (!head)
            return head.error();
        return found({ head.value() });
    }
    if (start.startsWith(QByteArrayLiteral("CSCDESK-CHANGES"))) {
        file.close();
        auto changes = ChangesFile::read(headOrPath);
        if (!changes)
            return changes.error();
        if (changes.value().auditHead.hash.isEmpty())
            return found({});
        return found({ changes.value().auditHead });
    }
    if (start.startsWith(QByteArrayLiteral("%PDF"))) {
        file.close();
        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), headOrPath, QStringLiteral("-") });
        if (!pdftotext.waitForStarted(10000))
            return Error { tr("Reading the text of the PDF “%1” needs pdftotext (Debian package "
                              "poppler-utils); give the head as text instead.")
                               .arg(shown),
                           pdftotext.errorString() };
        if (!pdftotext.waitForFinished(120000) || pdftotext.exitCode() != 0)
            return Error { tr("The text of the PDF “%1” could not be read.").arg(shown),
                           QString::fromLocal8Bit(pdftotext.readAllStandardError()) };
        // NFKC undoes the ligatures a proportional font sets in a hash ("ff" as U+FB00).
        QString pageText = QString::fromUtf8(pdftotext.readAllStandardOutput())
                               .normalized(QString::NormalizationForm_KC);
        // Text pulled from glyph positions may get a space inside the hash: join it again.
        static const QRegularExpression kSpaced(
            QStringLiteral("audit\\s+([0-9]{1,18})\\s+((?:[0-9a-f][ \\t]?){64})"));
        for (auto it = kSpaced.globalMatch(pageText); it.hasNext();) {
            const auto m = it.next();
            pageText += QLatin1String("\naudit ") + m.captured(1) + QLatin1Char(' ')
                + m.captured(2).remove(QLatin1Char(' ')).remove(QLatin1Char('\t'))
                + QLatin1Char('\n');
        }
        QList<AuditHead> heads = headsInText(pageText);
        // The page text may break the head across lines; the document's Creator carries it
        // whole (CSC Desk's PDFs), so read that too.
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"),
                      { QStringLiteral("-enc"), QStringLiteral("UTF-8"), headOrPath });
        if (pdfinfo.waitForStarted(10000) && pdfinfo.waitForFinished(120000)
            && pdfinfo.exitCode() == 0) {
            for (const AuditHead& h :
                 headsInText(QString::fromUtf8(pdfinfo.readAllStandardOutput())))
                if (!heads.contains(h))
                    heads.append(h);
        }
        return found(heads);
    }
    if (info.size() > kMaxTextSize)
        return Error { tr("“%1” is too large to be a document of this committee.").arg(shown), {} };
    return found(headsInText(QString::fromUtf8(file.readAll())));
}

} // namespace csc
