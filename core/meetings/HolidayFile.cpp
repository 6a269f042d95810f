// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayFile.h"

#include "ICalendar.h"
#include "core/util/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace csc {

namespace {
// Years of holidays and obligations fit in a few hundred kilobytes.
constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
} // namespace

Result<QList<Holiday>> HolidayFile::read(const QString& path)
{
    // A holiday file or calendar is a few kilobytes: read whole, capped, and only
    // from a regular file (never a device or a pipe).
    auto bytes = InputFile::readAll(path, kMaxBytes, tr("a holiday file or calendar"));
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), QFileInfo(path).fileName());
}

Result<QList<Holiday>> HolidayFile::parse(const QByteArray& data, const QString& source)
{
    QList<Holiday> holidays;
    if (data.trimmed().startsWith("BEGIN:VCALENDAR")) {
        auto events = ICalendar::parse(data, source);
        if (!events)
            return events.error();
        for (const CalendarEvent& e : events.value()) {
            if (!e.isAllDay())
                return Error { tr("%1, line %2: “%3” is not an all-day event; a holiday file holds "
                                  "whole days.")
                                   .arg(source)
                                   .arg(e.line)
                                   .arg(e.summary),
                               {} };
            holidays.append({ e.day, e.summary });
        }
        return holidays;
    }
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QString first = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        const QDate day = QDate::fromString(first, Qt::ISODate);
        if (!day.isValid() || first.size() != 10)
            return Error { tr("%1, line %2: “%3” is not a date (write YYYY-MM-DD, optionally "
                              "followed by a name).")
                               .arg(source)
                               .arg(i + 1)
                               .arg(first),
                           {} };
        holidays.append({ day, line.mid(first.size()).trimmed() });
    }
    return holidays;
}

} // namespace csc
