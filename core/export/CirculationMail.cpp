// SPDX-License-Identifier: GPL-3.0-or-later
#include "CirculationMail.h"

#include "PublicOutputs.h"
#include "PublicationLanguage.h"
#include "core/domain/AuditedWrite.h"
#include "core/export/FindingsReport.h"
#include "core/meetings/Committee.h"
#include "core/meetings/MeetingStore.h"
#include "core/meetings/Meetings.h"
#include "core/performance/ServiceLevel.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocale>

namespace csc {

namespace {

bool isAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 126 || (c.unicode() < 32 && c != QLatin1Char('\t')))
            return false;
    }
    return true;
}

// RFC 2047 encoded-word for a header text that is not plain ASCII.
QByteArray headerText(const QString& s)
{
    if (isAscii(s))
        return s.toUtf8();
    return "=?utf-8?B?" + s.toUtf8().toBase64() + "?=";
}

// "Élodie Marchand <e@example.org>": the display name encoded, the address as is.
QByteArray mailbox(const QString& s)
{
    const int lt = s.lastIndexOf(QLatin1Char('<'));
    if (lt <= 0)
        return s.trimmed().toUtf8();
    const QString name = s.left(lt).trimmed();
    const QString address = s.mid(lt);
    QByteArray encoded
        = isAscii(name) ? "\"" + name.toUtf8().replace('"', "'") + "\"" : headerText(name);
    return encoded + ' ' + address.toUtf8();
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (int i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QString longDate(QDate d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString CirculationMail::purposeKey(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Circulate:
        return QStringLiteral("circulate");
    case Purpose::Publish:
        return QStringLiteral("publish");
    case Purpose::Findings:
        return QStringLiteral("findings");
    }
    return {};
}

Result<MailDraft> CirculationMail::draft(Database& db, Purpose purpose, qint64 meetingId,
                                         QDate month)
{
    MailDraft mail;
    auto members = Committee::members(db);
    if (!members)
        return members.error();
    const QDate today = QDate::currentDate();
    QString sender;
    for (const Member& m : members.value()) {
        if (m.email.isEmpty() || !m.isActiveOn(today))
            continue;
        mail.to << m.name + QStringLiteral(" <") + m.email + QLatin1Char('>');
        if (m.id == db.session().memberId)
            sender = m.name + QStringLiteral(" <") + m.email + QLatin1Char('>');
    }
    if (mail.to.isEmpty())
        return Error { tr("Nobody on the roster has an e-mail address: add them in Committee."),
                       {} };
    mail.from = sender.isEmpty()
        ? (db.session().name.isEmpty() ? tr("CSC secretariat") : db.session().name)
            + QStringLiteral(" <secretariat@localhost.invalid>")
        : sender;

    // The agreed wording, in the publication language like the attachment.
    PublicationScope scope(PublicationScope::languageOf(db));
    OutputRequest request;
    QString outputId;
    if (purpose == Purpose::Findings) {
        request.month = QDate(month.year(), month.month(), 1);
        outputId = QStringLiteral("findings");
        mail.subject = tr("CSC findings on IFO performance, %1").arg(SleMonth::display(month));
        mail.text = tr("Dear colleagues,\n\nPlease find attached the committee's findings on the "
                       "IFO's performance for %1.\n\nKind regards,\n%2\n")
                        .arg(SleMonth::display(month), db.session().name);
        mail.attachmentName
            = QStringLiteral("csc-findings-%1.pdf").arg(month.toString(QStringLiteral("yyyy-MM")));
    } else {
        auto meeting = Meetings::meeting(db, meetingId);
        if (!meeting)
            return meeting.error();
        request.meetingId = meetingId;
        request.meetingDay = meeting.value().day();
        outputId = QStringLiteral("minutes");
        const int n = meeting.value().number;
        const QString day = longDate(meeting.value().day());
        if (purpose == Purpose::Circulate) {
            mail.subject
                = tr("CSC minutes of meeting no. %1 (%2): draft for review").arg(n).arg(day);
            mail.text = tr("Dear colleagues,\n\nPlease find attached the draft public minutes of "
                           "meeting no. %1 of %2 for your review. Confidential sections are in "
                           "CSC Desk and your review copy only, not in this attachment.\n\nPlease "
                           "send your comments or approval before the publication deadline.\n\n"
                           "Kind regards,\n%3\n")
                            .arg(n)
                            .arg(day, db.session().name);
        } else {
            mail.subject = tr("CSC minutes of meeting no. %1 (%2) published").arg(n).arg(day);
            mail.text = tr("Dear colleagues,\n\nThe approved minutes of meeting no. %1 of %2 are "
                           "published; the public version is attached.\n\nKind regards,\n%3\n")
                            .arg(n)
                            .arg(day, db.session().name);
        }
        mail.attachmentName
            = QStringLiteral("csc-minutes-%1.pdf").arg(meeting.value().day().toString(Qt::ISODate));
    }
    auto pdf = PublicOutputs::produce(db, outputId, QStringLiteral("pdf"), request);
    if (!pdf)
        return pdf.error();
    mail.attachment = pdf.value();
    return mail;
}

QByteArray CirculationMail::toEml(const MailDraft& d, const QDateTime& date)
{
    const QByteArray digest
        = QCryptographicHash::hash(
              QByteArray(d.subject.toUtf8() + d.attachment + date.toString(Qt::ISODate).toUtf8()),
              QCryptographicHash::Sha256)
              .toHex()
              .left(24);
    const QByteArray boundary = "=_cscdesk_" + digest;
    QByteArray to;
    for (const QString& r : d.to)
        to += (to.isEmpty() ? QByteArray() : QByteArray(",\r\n ")) + mailbox(r);
    QByteArray eml;
    eml += "From: " + mailbox(d.from) + "\r\n";
    eml += "To: " + to + "\r\n";
    eml += "Subject: " + headerText(d.subject) + "\r\n";
    eml += "Date: "
        + QLocale::c()
              .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
              .toLatin1()
        + " +0000\r\n";
    eml += "Message-ID: <" + digest + "@cscdesk.invalid>\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "X-Unsent: 1\r\n"; // mail clients open it as a draft to send
    eml += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    eml += "This is a MIME message.\r\n\r\n";
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    eml += base64Lines(d.text.toUtf8().replace("\n", "\r\n"));
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: application/pdf; name=\"" + d.attachmentName.toUtf8() + "\"\r\n";
    eml += "Content-Disposition: attachment; filename=\"" + d.attachmentName.toUtf8() + "\"\r\n";
    eml += "Content-Transfer-Encoding: base64\r\n\r\n";
    eml += base64Lines(d.attachment);
    eml += "--" + boundary + "--\r\n";
    return eml;
}

Result<QString> CirculationMail::prepare(Database& db, Purpose purpose, qint64 meetingId,
                                         QDate month, const QString& folder)
{
    auto mail = draft(db, purpose, meetingId, month);
    if (!mail)
        return mail.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray eml = toEml(mail.value(), now);
    const QString recipients = mail.value().to.join(QStringLiteral(", "));
    // Preparing a message is open to whoever may draft it; the copy kept is the record.
    auto kept = auditedWrite(db, std::nullopt, [&](WriteScope& w) -> Result<qint64> {
        auto id = MeetingStore::insertCirculatedMail(w, meetingId, month, purposeKey(purpose),
                                                     now.toString(Qt::ISODate),
                                                     mail.value().subject, recipients, eml);
        if (!id)
            return id;
        if (auto a = w.audit(
                QStringLiteral("circulated_mail"), id.value(), QStringLiteral("create"),
                { { QStringLiteral("purpose"), {}, purposeKey(purpose) },
                  { QStringLiteral("subject"), {}, mail.value().subject },
                  { QStringLiteral("recipients"), {}, recipients },
                  { QStringLiteral("sha256"),
                    {},
                    QString::fromLatin1(
                        QCryptographicHash::hash(eml, QCryptographicHash::Sha256).toHex()) } });
            !a)
            return a.error();
        return id;
    });
    if (!kept)
        return kept.error();
    if (!QDir().mkpath(folder))
        return Error { tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(folder)),
                       {} };
    QString base = mail.value().attachmentName;
    base.chop(4);
    const QString path = QDir(folder).filePath(base + QLatin1Char('-') + purposeKey(purpose)
                                               + QStringLiteral(".eml"));
    if (auto s = writeFileAtomically(path, eml); !s)
        return s.error();
    return path;
}

QString CirculationMail::purposeName(const QString& key)
{
    if (key == QLatin1String("circulate"))
        return tr("Circulated to members");
    if (key == QLatin1String("publish"))
        return tr("Publication announced");
    if (key == QLatin1String("findings"))
        return tr("Findings sent");
    return key;
}

Result<QList<KeptMail>> CirculationMail::keptCopies(const Database& db, qint64 meetingId,
                                                    QDate month)
{
    auto rows = MeetingStore::circulatedMail(db, meetingId, month);
    if (!rows)
        return rows.error();
    QList<KeptMail> list;
    for (const MeetingStore::CirculatedMail& row : rows.value()) {
        KeptMail m;
        m.id = row.id;
        m.createdUtc = row.createdUtc;
        m.purpose = row.purposeKey;
        m.subject = row.subject;
        m.recipients = row.recipients;
        list << m;
    }
    return list;
}

Result<QByteArray> CirculationMail::keptMessage(const Database& db, qint64 id)
{
    auto message = MeetingStore::circulatedMailMessage(db, id);
    if (!message)
        return message.error();
    if (!message.value())
        return Error { tr("There is no kept e-mail %1.").arg(id), {} };
    return *message.value();
}

} // namespace csc
