// SPDX-License-Identifier: GPL-3.0-or-later
// Export of a year of minutes to PDF: every meeting with minutes in the last 12
// months of the demo, through MinutesExporter (in a child, which has the fonts).
#include "BenchRows.h"
#include "export/MinutesExporter.h"
#include "meetings/Meetings.h"
#include "meetings/MinutesBook.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace bench {

int runMinutesChild(const QString& demoPath)
{
    auto db = csc::Database::open(demoPath);
    if (!db) {
        QTextStream(stderr) << db.error().fullText() << Qt::endl;
        return 2;
    }
    auto meetings = csc::Meetings::list(*db.value()); // newest first
    if (!meetings)
        return 2;
    // The year that ends with the newest meeting whose minutes exist.
    QList<csc::Meeting> year;
    QDate end;
    for (const csc::Meeting& m : meetings.value()) {
        auto minutes = csc::MinutesBook::minutes(*db.value(), m.id);
        if (!minutes || !minutes.value().exists)
            continue;
        if (!end.isValid())
            end = m.day();
        if (m.day() <= end.addMonths(-12))
            break;
        year << m;
    }
    QTemporaryDir out;
    QElapsedTimer clock;
    clock.start();
    for (const csc::Meeting& m : std::as_const(year)) {
        const QString path = out.filePath(
            csc::MinutesExporter::fileName(m.day(), csc::DocumentWriter::Format::Pdf));
        if (auto s = csc::MinutesExporter::exportMinutes(*db.value(), m.id,
                                                         csc::DocumentWriter::Format::Pdf, path);
            !s) {
            QTextStream(stderr) << s.error().fullText() << Qt::endl;
            return 2;
        }
    }
    QTextStream(stdout) << clock.nsecsElapsed() / 1e6 << ' ' << year.size() << Qt::endl;
    return 0;
}

QList<Row> measureMinutesPdf(const Settings& settings)
{
    QList<double> totals;
    int meetings = 0;
    for (int i = 0; i < settings.repeat; ++i) {
        QString output;
        if (runTimed(selfPath,
                     { QStringLiteral("--child"), QStringLiteral("minutes"), settings.demoPath },
                     &output)
            < 0)
            return {};
        const QStringList f = output.split(QLatin1Char(' '));
        totals << f.value(0).toDouble();
        meetings = f.value(1).trimmed().toInt();
    }
    const double total = median(totals);
    return { { QStringLiteral("export a year of minutes to PDF (%1 meetings), total").arg(meetings),
               total,
               QStringLiteral("ms"),
               0,
               {},
               QStringLiteral("–"),
               total > 0 },
             { QStringLiteral("export of one meeting's minutes to PDF"),
               meetings ? total / meetings : 0,
               QStringLiteral("ms"),
               0,
               {},
               QStringLiteral("–"),
               total > 0 } };
}

} // namespace bench
