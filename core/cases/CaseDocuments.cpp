// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDocuments.h"

#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    SqlQuery q(db,
               QStringLiteral("INSERT INTO document(name, kind, mime_type, sha256, size, content, "
                              "confidential, added_utc, added_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(text(name))
        .bind(text(kind))
        .bind(QMimeDatabase().mimeTypeForFileNameAndData(name, bytes.value()).name())
        .bind(sha);
    q.bind(qint64(bytes.value().size()))
        .bind(bytes.value())
        .bind(confidential ? 1 : 0)
        .bind(nowUtc())
        .bind(text(db.session().name));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("document"), QString::number(id),
                                  QStringLiteral("store"),
                                  { { QStringLiteral("document"), {}, name },
                                    { QStringLiteral("sha256"), {}, sha },
                                    { QStringLiteral("kind"), {}, kind } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    SqlQuery q(db,
               QStringLiteral("INSERT INTO document(name, kind, mime_type, sha256, size, content, "
                              "confidential, added_utc, added_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(text(name))
        .bind(text(kind))
        .bind(QMimeDatabase().mimeTypeForFileNameAndData(name, content).name())
        .bind(sha);
    q.bind(qint64(content.size()))
        .bind(content)
        .bind(c.value().confidential ? 1 : 0)
        .bind(nowUtc())
        .bind(text(db.session().name));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = execute(
            db, QStringLiteral("INSERT INTO case_document(case_id, document_id) VALUES (?, ?)"),
            { caseId, id });
        !s)
        return s.error();
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(caseId),
                                  QStringLiteral("attach"),
                                  { { QStringLiteral("document"), {}, name },
                                    { QStringLiteral("sha256"), {}, sha },
                                    { QStringLiteral("kind"), {}, kind } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QByteArray> CaseDocuments::content(const Database& db, qint64 documentId)
{
    auto v = queryScalar(
        db,
        QStringLiteral(
            "SELECT d.content FROM document d JOIN case_document cd ON cd.document_id = d.id "
            "JOIN case_record c ON c.id = cd.case_id WHERE d.id = ?")
            + visibilityClause(db),
        { documentId });
    if (!v)
        return v.error();
    if (!v.value().isValid())
        return Error { tr("There is no document #%1, or it is confidential.").arg(documentId), {} };
    return v.value().toByteArray();
}

} // namespace csc
