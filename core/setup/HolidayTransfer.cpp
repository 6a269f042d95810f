// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayTransfer.h"

#include "core/domain/Permissions.h"
#include "core/meetings/HolidayFile.h"
#include "core/performance/CsvReader.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace csc {

Result<QList<Holiday>> HolidayTransfer::parse(const QByteArray& data, const QString& fileName,
                                              QList<ImportProblem>* problems)
{
    QList<Holiday> days;
    if (data.trimmed().startsWith("BEGIN:VCALENDAR")) {
        auto events = HolidayFile::parse(data, fileName);
        if (!events) {
            // HolidayFile says "file, line N: …"; give it the importers' file:line form.
            static const QRegularExpression where(QStringLiteral("^(.*), line (\\d+): (.*)$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
            const auto m = where.match(events.error().message);
            if (m.hasMatch())
                problems->append({ fileName, m.captured(2).toInt(), 0, m.captured(3) });
            else
                problems->append({ fileName, 0, 0, events.error().message });
            return days;
        }
        return events.value();
    }
    if (!CsvReader::isValidUtf8(data)) {
        problems->append({ fileName, 0, 0, tr("The text is not UTF-8.") });
        return days;
    }
    QMap<QDate, int> seen;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString raw = lines.at(i);
        if (i == 0 && raw.startsWith(QChar(0xfeff)))
            raw.remove(0, 1);
        const QString line = raw.section(QLatin1Char('#'), 0, 0);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int column = int(line.indexOf(trimmed.at(0))) + 1;
        const QString first = trimmed.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        const QDate day = QDate::fromString(first, Qt::ISODate);
        if (!day.isValid() || first.size() != 10) {
            problems->append({ fileName, i + 1, column,
                               tr("“%1” is not a date (write YYYY-MM-DD, optionally followed by "
                                  "a name).")
                                   .arg(first) });
            continue;
        }
        if (seen.contains(day)) {
            problems->append(
                { fileName, i + 1, column,
                  tr("%1 is listed twice (first on line %2).").arg(first).arg(seen.value(day)) });
            continue;
        }
        seen.insert(day, i + 1);
        days.append({ day, trimmed.mid(first.size()).trimmed() });
    }
    return days;
}

Result<SetupImportOutcome> HolidayTransfer::importFile(Database& db, const QString& path)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    SetupImportOutcome outcome;
    const QString name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.isFile()) {
        outcome.problems.append(
            { name, 0, 0,
              info.exists() ? tr("This is not a regular file.") : tr("The file does not exist.") });
        return outcome;
    }
    if (info.size() > SetupCsvTable::kMaxBytes) {
        outcome.problems.append({ name, 0, 0, tr("The file is too large for a holiday list.") });
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.problems.append(
            { name, 0, 0, tr("Cannot read the file: %1").arg(file.errorString()) });
        return outcome;
    }
    auto days = parse(file.readAll(), name, &outcome.problems);
    if (!outcome.problems.isEmpty())
        return outcome;
    return add(db, days.value());
}

Result<SetupImportOutcome> HolidayTransfer::add(Database& db, const QList<Holiday>& days)
{
    auto current = CommitteeSettings::holidays(db);
    if (!current)
        return current.error();
    QMap<QDate, QString> merged;
    for (const Holiday& h : current.value())
        merged.insert(h.day, h.name);
    SetupImportOutcome outcome;
    for (const Holiday& h : days) {
        const auto it = merged.constFind(h.day);
        if (it != merged.constEnd() && it.value() == h.name)
            ++outcome.unchanged;
        else
            ++outcome.added;
        merged.insert(h.day, h.name);
    }
    QList<Holiday> all;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        all.append({ it.key(), it.value() });
    // One audited replacement of the calendar, in one transaction.
    if (auto s = CommitteeSettings::setHolidays(db, all); !s)
        return s.error();
    return outcome;
}

Result<QString> HolidayTransfer::exportText(const Database& db)
{
    auto days = CommitteeSettings::holidays(db);
    if (!days)
        return days.error();
    QString text = tr("# The committee's holidays: one date per line (YYYY-MM-DD), then its name.")
        + QLatin1Char('\n');
    for (const Holiday& h : days.value()) {
        // '#' starts a comment in this format, so a name cannot carry one.
        const QString name
            = QString(h.name).replace(QLatin1Char('#'), QLatin1Char(' ')).simplified();
        text += h.day.toString(Qt::ISODate) + (name.isEmpty() ? QString() : QLatin1Char(' ') + name)
            + QLatin1Char('\n');
    }
    return text;
}

Status HolidayTransfer::exportFile(const Database& db, const QString& path)
{
    auto text = exportText(db);
    if (!text)
        return text.error();
    return writeFileAtomically(path, text.value().toUtf8());
}

} // namespace csc
