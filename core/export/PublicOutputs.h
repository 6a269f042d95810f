// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentWriter.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace csc {

class Database;

// Which instance of an output: a meeting's minutes, a month's findings, the
// calendar as of a day.
struct OutputRequest
{
    qint64 meetingId = 0; // minutes
    QDate meetingDay; // minutes: file name
    QDate month; // findings: the first of the month
    QDate today; // calendar, work plan: "as of"
    QDateTime stamp; // calendar: DTSTAMP (the site passes one derived from the record)
};

// One document that leaves the committee, with its builder. A document output
// builds a PublicDocument from filtered data (rendered by DocumentWriter in each of
// its formats); a byte output (the calendar, the site's feed) makes its bytes and
// carries the audit head itself.
struct PublicOutput
{
    QString id; // "minutes", "findings", "workplan", "calendar", ...
    const char* name = nullptr; // untranslated; PublicOutputs::displayName translates it
    QStringList formats; // "html", "pdf", "md", "ics", "atom"
    std::function<Result<PublicDocument>(const Database&, const OutputRequest&)> document;
    std::function<Result<QByteArray>(const Database&, const OutputRequest&, const QString& format,
                                     const QString& auditHead)>
        bytes;
    std::function<QString(const OutputRequest&, const QString& format)> fileName;
    // Every instance there is to publish (the site lists them); empty when none.
    std::function<Result<QList<OutputRequest>>(const Database&, QDate today)> instances;
};

// The one registry of public outputs. The command line, the UI, printing, the
// public site and the leak proof all produce through produce(), the single place
// where an output is made: in the committee's publication language, stamped with
// the audit chain head, so every path gives the same bytes and no output can skip
// the leak proof (tests/leak walks this list).
//
// Registering an output (the IAP findings, the customer updates): write a
// `PublicOutput yourOutput()` beside your exporter and add it to the list in
// builtInOutputs() in PublicOutputs.cpp, or call PublicOutputs::add() before use.
class PublicOutputs
{
    Q_DECLARE_TR_FUNCTIONS(PublicOutputs)

public:
    static QList<PublicOutput> all();
    static const PublicOutput* find(const QString& id);
    static void add(const PublicOutput& output);
    static QString displayName(const PublicOutput& output);

    static Result<QByteArray> produce(Database& db, const QString& id, const QString& format,
                                      const OutputRequest& request);
    // The PDF's pages of output `id` painted on a paged device: File › Print… and its
    // preview print exactly the document produce() writes as PDF.
    static Status paint(Database& db, const QString& id, const OutputRequest& request,
                        QPagedPaintDevice& device);
    // Keeps, in a writable database, the audit chain's head that went out with output `id`.
    static Status notePublished(Database& db, const QString& id, const QString& format);
    // produce() written atomically: a failed write leaves any earlier file as it was.
    static Status produceToFile(Database& db, const QString& id, const QString& format,
                                const OutputRequest& request, const QString& path);
    // The committee calendar (output "calendar") as an .ics file; export produces it, so
    // meetings, which computes the events, never reaches up into export.
    static Status exportCalendar(Database& db, const QString& path, QDate today,
                                 const QDateTime& stamp);
};

} // namespace csc
