// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace csc {

class Database;

// A ready e-mail to the roster, as an RFC 5322 message (MIME multipart/mixed with
// the public PDF attached), for the user's mail client to open and send.
struct MailDraft
{
    QString from; // "Name <address>"
    QStringList to; // "Name <address>", from the roster
    QString subject;
    QString text;
    QString attachmentName;
    QByteArray attachment; // the PDF, made by PublicOutputs
};

// A copy kept in the record (circulated_mail): what went out, to whom, when.
struct KeptMail
{
    qint64 id = 0;
    QDateTime createdUtc;
    QString purpose; // "circulate", "publish", "findings"
    QString subject;
    QString recipients;
};

// "Circulate to members", "Publish" and the monthly findings: the agreed subject
// and text, the recipients from the roster, and a copy kept in the record.
class CirculationMail
{
    Q_DECLARE_TR_FUNCTIONS(CirculationMail)

public:
    enum class Purpose { Circulate, Publish, Findings };

    // `meetingId` for the minutes, `month` for the findings.
    static Result<MailDraft> draft(Database& db, Purpose purpose, qint64 meetingId, QDate month);
    // The message, CRLF lines; headers encoded (RFC 2047) where they are not ASCII.
    static QByteArray toEml(const MailDraft& draft, const QDateTime& date);
    // Drafts, keeps a copy in circulated_mail (audited) and writes FOLDER/NAME.eml.
    static Result<QString> prepare(Database& db, Purpose purpose, qint64 meetingId, QDate month,
                                   const QString& folder);
    static QString purposeKey(Purpose purpose);
    static QString purposeName(const QString& key); // translated ("Circulated to members")

    // The kept copies of a meeting's e-mails (or a month's findings when `meetingId` is 0),
    // newest first; and one copy's message as kept.
    static Result<QList<KeptMail>> keptCopies(const Database& db, qint64 meetingId, QDate month);
    static Result<QByteArray> keptMessage(const Database& db, qint64 id);
};

} // namespace csc
