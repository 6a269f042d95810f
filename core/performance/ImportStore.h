// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureStore.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace csc {

class BulkLoad;
class WriteScope;

// A figure with its month (reads over a range, writes of an import).
struct DatedFigure
{
    QDate month;
    MonthFigure figure;
};

// One import file as sle_import records it.
struct ImportRecord
{
    QString fileName;
    QString shape; // "per-request" | "per-month" | "demo"
    qint64 rows = 0;
    QString months; // "YYYY-MM YYYY-MM …"
    QString importedUtc; // ISO
    QString importedBy;
};

// The requests of a per-request import, written row by row through the dialect's bulk
// load (a million rows come through here). Texts must stay valid until add() returns.
class RequestLoader
{
public:
    explicit RequestLoader(std::unique_ptr<BulkLoad> load);
    ~RequestLoader();
    Q_DISABLE_COPY_MOVE(RequestLoader)

    enum class Outcome { Added, Refused, StorageFailed };
    // Refused: the row (error().detail says why); StorageFailed: the database cannot write.
    Outcome add(QByteArrayView requestRef, QByteArrayView tld, qint64 serviceLevelId,
                QByteArrayView monthKey, QByteArrayView startedUtc, QByteArrayView endedUtc,
                double durationSeconds, bool meets);
    const Error& error() const;

private:
    std::unique_ptr<BulkLoad> m_load;
};

// The figures' imports and the reads over months of figures. Part of the performance
// store: its SQL is in FigureStore.cpp. Writes take the WriteScope of the caller's one
// audited write.
class ImportStore
{
public:
    // Figures of the months from..to.
    static Result<QList<DatedFigure>> figuresBetween(const Database& db, QDate from, QDate to);
    // "requests/met/metrics" of a month, the old value a replacing import records.
    static Result<QString> monthTotals(const Database& db, QDate month);

    static Result<qint64> insertImport(WriteScope& w, const ImportRecord& record);
    static Status finishImport(WriteScope& w, qint64 importId, qint64 rows, const QString& months);
    // Removes a month's figures and the requests of other imports (a replacing import).
    static Status clearMonth(WriteScope& w, QDate month, qint64 keepImportId);
    static Status insertFigures(WriteScope& w, const QList<DatedFigure>& figures, qint64 importId);
    static Result<std::unique_ptr<RequestLoader>> requestLoader(WriteScope& w, qint64 importId);
};

} // namespace csc
