// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesFile.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace csc {

namespace {
const QByteArray kMagic = QByteArrayLiteral("CSCDESK-CHANGES 1\n");
constexpr qint64 kMaxSize = 256 * 1024 * 1024;
} // namespace

Status ChangesFile::write(const QString& path) const
{
    const QJsonObject header {
        { QStringLiteral("changesId"), changesId },
        { QStringLiteral("committeeId"), committeeId },
        { QStringLiteral("copyId"), copyId },
        { QStringLiteral("schemaVersion"), schemaVersion },
        { QStringLiteral("baseRevision"), baseRevision },
        { QStringLiteral("author"), author },
        { QStringLiteral("memberId"), memberId },
        { QStringLiteral("created"), createdUtc.toString(Qt::ISODate) },
        { QStringLiteral("sha256"),
          QString::fromLatin1(
              QCryptographicHash::hash(changeset, QCryptographicHash::Sha256).toHex()) },
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}
        };
    file.write(kMagic);
    file.write(QByteArray::number(json.size()) + '\n');
    file.write(json);
    file.write(changeset);
    if (!file.commit())
        return Error { tr("Cannot write “%1”: %2 (is the disk full?)")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    return {};
}

Result<ChangesFile> ChangesFile::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read “%1”: %2").arg(shown, file.errorString()), {} };
    if (file.size() > kMaxSize)
        return Error { tr("“%1” is too large to be a changes file.").arg(shown), {} };
    return parse(file.readAll(), shown);
}

Result<ChangesFile> ChangesFile::parse(const QByteArray& bytes, const QString& shown)
{
    const auto damaged = [&](const QString& why) {
        return Error { tr("“%1” is not a CSC Desk changes file or is damaged: %2.").arg(shown, why),
                       {} };
    };
    if (!bytes.startsWith(kMagic))
        return damaged(tr("its header is missing"));
    const qsizetype lengthEnd = bytes.indexOf('\n', kMagic.size());
    bool ok = false;
    const qsizetype jsonSize
        = lengthEnd < 0 ? 0 : bytes.mid(kMagic.size(), lengthEnd - kMagic.size()).toLongLong(&ok);
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
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(result.changeset, QCryptographicHash::Sha256).toHex());
    if (sha != h.value(QStringLiteral("sha256")).toString())
        return damaged(tr("its content does not match its checksum"));
    if (result.changesId.isEmpty() || result.committeeId.isEmpty() || result.copyId.isEmpty()
        || result.schemaVersion <= 0)
        return damaged(tr("its description is incomplete"));
    return result;
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
