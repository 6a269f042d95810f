// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

class QIODevice;

namespace csc {

class Database;

// One problem in an import file, where a person can find it.
struct ImportProblem
{
    QString file;
    int line = 0; // 1-based; the header is line 1
    int column = 0; // 1-based; 0 when the whole line is at fault
    QString message;

    QString text() const; // "figures.csv:12:3: …"
};

struct ImportOptions
{
    bool replace = false; // the caller confirmed replacing months already imported
    std::function<void(qint64 done, qint64 total)> progress; // bytes
    std::function<bool()> isCancelled;
    int maxProblems = 200; // stop listing after this many
};

struct ImportOutcome
{
    enum class Status {
        Imported,
        Invalid, // problems listed; nothing changed
        MonthAlreadyImported, // existingMonths listed; nothing changed; retry with replace
        Cancelled, // nothing changed
    };
    Status status = Status::Invalid;
    QString shape; // "per-request" | "per-month"
    QList<ImportProblem> problems;
    QList<QDate> months; // months in the file
    QList<QDate> existingMonths; // of those, months that already had figures
    qint64 rows = 0;
    qint64 importId = 0;
};

// Imports the IFO's figures from CSV, all or nothing, in one transaction.
// The shape is recognised from the header (see docs-performance-csv.md):
//   per request: request_id,tld,category,metric,month,start,end[,duration_seconds]
//   per month:   month,category,metric,requests,met
class FigureImporter
{
    Q_DECLARE_TR_FUNCTIONS(FigureImporter)

public:
    // Needs ImportFigures. Errors are for things outside the file (permission, database).
    static Result<ImportOutcome> importFile(Database& db, const QString& path,
                                            const ImportOptions& options = {});
    static Result<ImportOutcome> importDevice(Database& db, QIODevice* device,
                                              const QString& fileName, qint64 totalBytes,
                                              const ImportOptions& options = {});
};

} // namespace csc
