// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesFile.h"

#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace csc {

namespace {
const QByteArray kMagic = QByteArrayLiteral("CSCDESK-CHANGES 2\n");
const QByteArray kUnsealedMagic = QByteArrayLiteral("CSCDESK-CHANGES 1\n");
const QByteArray kSealTag = QByteArrayLiteral("hmac-sha256 ");
constexpr qsizetype kSealLine = 12 + 64 + 1; // tag, hex digits, newline
constexpr qint64 kMaxSize = 256 * 1024 * 1024;

// Compares without stopping at the first difference, so timing says nothing about the seal.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

QByteArray ChangesFile::sealOf(const QString& secret, const QByteArray& signedBytes)
{
    return QMessageAuthenticationCode::hash(signedBytes, QByteArray::fromHex(secret.toLatin1()),
                                            QCryptographicHash::Sha256);
}

Status ChangesFile::write(const QString& path, const QString& secret) const
{
    if (secret.size() != 64)
        return Error { tr("This review copy has no seal secret; it was made by an earlier CSC "
                          "Desk. Ask the secretariat for a new review copy."),
                       {} };
    const QJsonObject header {
        { QStringLiteral("changesId"), changesId },
        { QStringLiteral("committeeId"), committeeId },
        { QStringLiteral("copyId"), copyId },
        { QStringLiteral("schemaVersion"), schemaVersion },
        { QStringLiteral("baseRevision"), baseRevision },
        { QStringLiteral("auditHead"), auditHead.toText() },
        { QStringLiteral("author"), author },
        { QStringLiteral("memberId"), memberId },
        { QStringLiteral("created"), createdUtc.toString(Qt::ISODate) },
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const QByteArray body = QByteArray::number(json.size()) + '\n' + json + changeset;
    const QByteArray seal = sealOf(secret, kMagic + body);
    return writeFileAtomically(path, kMagic + kSealTag + seal.toHex() + '\n' + body);
}

Result<ChangesFile> ChangesFile::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Read whole, so capped (and refused when it is a device or a pipe, such as /dev/zero).
    auto bytes = InputFile::readAll(path, kMaxSize, tr("a changes file"));
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), shown);
}

Result<ChangesFile> ChangesFile::parse(const QByteArray& bytes, const QString& shown)
{
    const auto damaged = [&](const QString& why) {
        return Error { tr("“%1” is not a CSC Desk changes file or is damaged: %2.").arg(shown, why),
                       {} };
    };
    if (bytes.startsWith(kUnsealedMagic))
        return Error { tr("“%1” is an unsealed changes file of an earlier CSC Desk: it cannot be "
                          "told from a forgery. Ask the member for a new review copy. Nothing was "
                          "changed.")
                           .arg(shown),
                       {} };
    if (!bytes.startsWith(kMagic))
        return damaged(tr("its header is missing"));
    const QByteArray sealLine = bytes.mid(kMagic.size(), kSealLine);
    if (sealLine.size() != kSealLine || !sealLine.startsWith(kSealTag) || !sealLine.endsWith('\n'))
        return damaged(tr("its seal is missing"));
    const QByteArray sealHex = sealLine.mid(kSealTag.size(), 64);
    for (char c : sealHex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return damaged(tr("its seal is unreadable"));
    }
    const qsizetype bodyStart = kMagic.size() + kSealLine;
    const qsizetype lengthEnd = bytes.indexOf('\n', bodyStart);
    bool ok = false;
    const qint64 jsonSize = lengthEnd < 0 || lengthEnd - bodyStart > 12
        ? 0
        : bytes.mid(bodyStart, lengthEnd - bodyStart).toLongLong(&ok);
    if (!ok || jsonSize <= 0 || jsonSize > bytes.size() - (lengthEnd + 1))
        return damaged(tr("its description is cut short"));
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(bytes.mid(lengthEnd + 1, jsonSize), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(tr("its description is unreadable"));
    const QJsonObject h = doc.object();
    ChangesFile result;
    result.changesId = h.value(QStringLiteral("changesId")).toString();
    result.committeeId = h.value(QStringLiteral("committeeId")).toString();
    result.copyId = h.value(QStringLiteral("copyId")).toString();
    result.schemaVersion = h.value(QStringLiteral("schemaVersion")).toInt();
    result.baseRevision = h.value(QStringLiteral("baseRevision")).toInteger();
    result.author = h.value(QStringLiteral("author")).toString();
    result.memberId = h.value(QStringLiteral("memberId")).toInteger();
    result.createdUtc
        = QDateTime::fromString(h.value(QStringLiteral("created")).toString(), Qt::ISODate);
    result.changeset = bytes.mid(lengthEnd + 1 + jsonSize);
    if (auto head = AuditHead::fromText(h.value(QStringLiteral("auditHead")).toString()))
        result.auditHead = head.value();
    else
        return damaged(tr("its audit head is unreadable"));
    if (result.changesId.isEmpty() || result.committeeId.isEmpty() || result.copyId.isEmpty()
        || result.schemaVersion <= 0)
        return damaged(tr("its description is incomplete"));
    result.m_seal = QByteArray::fromHex(sealHex);
    result.m_signedBytes = kMagic + bytes.mid(bodyStart);
    return result;
}

bool ChangesFile::sealMatches(const QString& secret) const
{
    return secret.size() == 64 && !m_seal.isEmpty()
        && sameBytes(sealOf(secret, m_signedBytes), m_seal);
}

Status ChangesFile::checkBelongsTo(const Database& db, const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (committeeId != db.committeeId())
        return Error {
            tr("“%1” comes from another committee's database; nothing was changed.").arg(shown), {}
        };
    if (schemaVersion > db.schemaVersion())
        return Error { tr("“%1” was made with a newer CSC Desk (schema %2; this database has %3); "
                          "update CSC Desk first. Nothing was changed.")
                           .arg(shown)
                           .arg(schemaVersion)
                           .arg(db.schemaVersion()),
                       {} };
    return {};
}

} // namespace csc
