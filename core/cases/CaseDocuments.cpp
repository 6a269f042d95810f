// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDocuments.h"

#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/domain/AuditedWrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace csc {

using namespace caserows;

Result<qint64> CaseDocuments::attachFile(Database& db, qint64 caseId, const QString& path,
                                         const QString& kind)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return attachBytes(db, caseId, QFileInfo(path).fileName(), kind, bytes.value());
}

Result<qint64> CaseDocuments::storeFile(Database& db, const QString& path, const QString& kind,
                                        bool confidential)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const QString name = QFileInfo(path).fileName();
    if (bytes.value().isEmpty())
        return Error { tr("“%1” is empty; there is nothing to store.").arg(name), {} };
    DocumentRow row;
    row.name = name;
    row.kind = kind;
    row.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes.value()).name();
    row.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    row.content = bytes.value();
    row.confidential = confidential;
    row.addedUtc = nowUtc();
    row.addedBy = db.session().name;
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        auto id = CaseStore::insertDocument(w, row);
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("document"), id.value(), QStringLiteral("store"),
                             { { QStringLiteral("document"), {}, name },
                               { QStringLiteral("sha256"), {}, row.sha256 },
                               { QStringLiteral("kind"), {}, kind } });
            !a)
            return a.error();
        return id;
    });
}

Result<QByteArray> CaseDocuments::readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error { tr("“%1” does not exist or is not a file.").arg(shown), {} };
    if (info.size() > kMaxBytes)
        return Error { tr("“%1” is %2; documents of a case can be at most %3.")
                           .arg(shown, QLocale().formattedDataSize(info.size()),
                                QLocale().formattedDataSize(kMaxBytes)),
                       {} };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("“%1” cannot be read: %2").arg(shown, file.errorString()), {} };
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return Error { tr("“%1” could not be read completely.").arg(shown), file.errorString() };
    return bytes;
}

Result<qint64> CaseDocuments::attachBytes(Database& db, qint64 caseId, const QString& name,
                                          const QString& kind, const QByteArray& content)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    if (content.isEmpty())
        return Error { tr("“%1” is empty; there is nothing to store.").arg(name), {} };
    if (content.size() > kMaxBytes)
        return Error { tr("“%1” is %2; documents of a case can be at most %3.")
                           .arg(name, QLocale().formattedDataSize(content.size()),
                                QLocale().formattedDataSize(kMaxBytes)),
                       {} };
    auto c = CaseRepository::summary(db, caseId);
    if (!c)
        return c.error();
    DocumentRow row;
    row.name = name;
    row.kind = kind;
    row.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
    row.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    row.content = content;
    row.confidential = c.value().confidential;
    row.addedUtc = nowUtc();
    row.addedBy = db.session().name;
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        auto id = CaseStore::insertDocument(w, row);
        if (!id)
            return id;
        if (auto s = CaseStore::attachDocument(w, caseId, id.value()); !s)
            return s.error();
        if (auto a = w.audit(QStringLiteral("case"), caseId, QStringLiteral("attach"),
                             { { QStringLiteral("document"), {}, name },
                               { QStringLiteral("sha256"), {}, row.sha256 },
                               { QStringLiteral("kind"), {}, kind } });
            !a)
            return a.error();
        return id;
    });
}

Result<QByteArray> CaseDocuments::content(const Database& db, qint64 documentId)
{
    auto v = CaseStore::documentContent(db, documentId);
    if (!v)
        return v.error();
    if (!v.value().isValid())
        return Error { tr("There is no document #%1, or it is confidential.").arg(documentId), {} };
    return v.value().toByteArray();
}

} // namespace csc
