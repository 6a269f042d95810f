// SPDX-License-Identifier: GPL-3.0-or-later
// Import of a per-request CSV of a million rows with `cscdesk sle import` into a
// copy of the 10-year demo, beside `sqlite3 .import` of the same file into a bare table.
#include "BenchRows.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

namespace bench {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// One request per line, for each of the catalogue's current metrics in turn, over the twelve months
// after the demo (so no month is replaced); written once, reused by later runs.
bool writeCsv(const Settings& settings, const QString& path)
{
    if (QFile::exists(path))
        return true;
    auto db = csc::Database::open(settings.demoPath);
    if (!db)
        return false;
    csc::SqlQuery q(
        *db.value(),
        QStringLiteral(
            "SELECT category, metric FROM service_level WHERE retired_from IS NULL ORDER BY id"));
    if (!q.exec())
        return false;
    QStringList metrics;
    while (q.next())
        metrics << q.value(0).toString() + QLatin1Char(',') + csvField(q.value(1).toString());
    if (metrics.isEmpty())
        return false;
    const QStringList tlds { QStringLiteral("example"), QStringLiteral("northgate"),
                             QStringLiteral("电商"),    QStringLiteral("рф"),
                             QStringLiteral("مصر"),     QStringLiteral("museum"),
                             QStringLiteral("africa"),  QStringLiteral("xn--p1ai") };
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << "request_id,tld,category,metric,month,start,end,duration_seconds\n";
    QRandomGenerator rng(20261123);
    for (int i = 0; i < settings.csvRows; ++i) {
        // Sorted by month, as the IFO's request log is.
        const QDate month(2027, 1 + int(qint64(i) * 12 / settings.csvRows), 1);
        const QDateTime start(month.addDays(int(rng.bounded(month.daysInMonth()))),
                              QTime(0, 0).addSecs(int(rng.bounded(86400))), Qt::UTC);
        const QDateTime end = start.addSecs(60 + rng.bounded(3 * 86400));
        out << "R-" << (1000000 + i) << ',' << tlds.at(int(rng.bounded(tlds.size()))) << ','
            << metrics.at(i % metrics.size()) << ',' << month.toString(QStringLiteral("yyyy-MM"))
            << ',' << start.toString(Qt::ISODate) << ',' << end.toString(Qt::ISODate) << ",\n";
    }
    out.flush();
    file.close();
    return file.error() == QFile::NoError && QFile::rename(path + QStringLiteral(".part"), path);
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

QList<Row> measureImport(const Settings& settings)
{
    const QString csv
        = QDir::current().filePath(QStringLiteral("bench-requests-%1.csv").arg(settings.csvRows));
    if (!writeCsv(settings, csv)) {
        QTextStream(stderr) << "could not write " << csv << Qt::endl;
        return {};
    }
    const QString copy = QDir::current().filePath(QStringLiteral("bench-import.db"));
    const QString bare = QDir::current().filePath(QStringLiteral("bench-bare.db"));
    QList<double> app, reference;
    for (int i = 0; i < settings.repeat; ++i) {
        removeDatabase(copy);
        removeDatabase(bare);
        if (!QFile::copy(settings.demoPath, copy))
            return {};
        app << runTimed(
            QStringLiteral(CSC_APP_BINARY),
            { QStringLiteral("--db"), copy, QStringLiteral("sle"), QStringLiteral("import"), csv },
            nullptr);
        reference << runTimed(QStringLiteral("sqlite3"),
                              { bare, QStringLiteral(".import --csv %1 t").arg(csv) }, nullptr);
    }
    removeDatabase(copy);
    removeDatabase(bare);
    Row row {
        QStringLiteral(
            "import of a per-request CSV, %L1 rows (`cscdesk sle import` into the 10-year demo)")
            .arg(settings.csvRows),
        median(app),
        QStringLiteral("ms"),
        median(reference),
        QStringLiteral("`sqlite3 .import --csv` into a bare table"),
        QStringLiteral("≤ 1.5x reference"),
        false
    };
    row.met = row.value > 0 && row.reference > 0 && row.value <= 1.5 * row.reference;
    return { row };
}

} // namespace bench
