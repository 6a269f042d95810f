// SPDX-License-Identifier: GPL-3.0-or-later
// Export of a year of minutes to PDF: every meeting with minutes in the last 12
// months of the demo, through MinutesExporter (in a child, which has the fonts).
#include "BenchRows.h"
#include "core/export/MeetingPack.h"
#include "core/export/MinutesExporter.h"
#include "core/export/PublicOutputs.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

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
    const double minutesMs = clock.nsecsElapsed() / 1e6;
    // The members' pack of the newest meeting.
    clock.restart();
    if (!year.isEmpty()) {
        if (auto s = csc::MeetingPack::write(*db.value(), year.first().id,
                                             out.filePath(QStringLiteral("pack.pdf")));
            !s) {
            QTextStream(stderr) << s.error().fullText() << Qt::endl;
            return 2;
        }
    }
    const double packMs = clock.nsecsElapsed() / 1e6;
    // The reference: LibreOffice converting the same minutes' HTML, when installed.
    double referenceMs = 0;
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        QTextStream(stderr) << "libreoffice is not installed: the reference of the minutes row "
                               "is skipped (apt-get install libreoffice-writer-nogui)"
                            << Qt::endl;
    } else {
        // A profile of its own, made by a first conversion before the clock runs: the
        // reference is LibreOffice converting, not LibreOffice setting itself up.
        const QString profile = QStringLiteral("-env:UserInstallation=")
            + QUrl::fromLocalFile(out.filePath(QStringLiteral("lo-profile"))).toString();
        QStringList args { profile,
                           QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"),
                           QStringLiteral("pdf"),
                           QStringLiteral("--outdir"),
                           out.filePath(QStringLiteral("lo")) };
        const QStringList warmUpArgs = args;
        for (const csc::Meeting& m : std::as_const(year)) {
            csc::OutputRequest r;
            r.meetingId = m.id;
            auto html = csc::PublicOutputs::produce(*db.value(), QStringLiteral("minutes"),
                                                    QStringLiteral("html"), r);
            if (!html)
                return 2;
            const QString path = out.filePath(QStringLiteral("m%1.html").arg(m.id));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return 2;
            f.write(html.value());
            args << path;
        }
        if (year.isEmpty())
            return 2;
        QProcess warmUp;
        warmUp.start(office, QStringList(warmUpArgs) << args.last());
        warmUp.waitForFinished(600000);
        QProcess lo;
        clock.restart();
        lo.start(office, args);
        if (lo.waitForFinished(600000) && lo.exitCode() == 0)
            referenceMs = clock.nsecsElapsed() / 1e6;
    }
    QTextStream(stdout) << minutesMs << ' ' << year.size() << ' ' << packMs << ' ' << referenceMs
                        << Qt::endl;
    return 0;
}

QList<Row> measureMinutesPdf(const Settings& settings)
{
    QList<double> totals, packs, references;
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
        packs << f.value(2).toDouble();
        references << f.value(3).trimmed().toDouble();
    }
    const double total = median(totals);
    const double reference = median(references);
    return { { QStringLiteral("export a year of minutes to PDF (%1 meetings), total").arg(meetings),
               total, QStringLiteral("ms"), reference,
               reference > 0
                   ? QStringLiteral("`libreoffice --headless --convert-to pdf`, same HTML")
                   : QStringLiteral("libreoffice not installed: reference skipped"),
               reference > 0 ? QStringLiteral("≥ 5x faster than reference") : QStringLiteral("–"),
               total > 0 && (reference <= 0 || total * 5 <= reference) },
             { QStringLiteral("the meeting pack (board book) of the newest meeting to PDF"),
               median(packs),
               QStringLiteral("ms"),
               0,
               {},
               QStringLiteral("–"),
               median(packs) > 0 },
             { QStringLiteral("export of one meeting's minutes to PDF"),
               meetings ? total / meetings : 0,
               QStringLiteral("ms"),
               0,
               {},
               QStringLiteral("–"),
               total > 0 } };
}

} // namespace bench
