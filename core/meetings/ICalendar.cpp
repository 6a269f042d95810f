// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendar.h"

#include <QRegularExpression>

namespace csc {

namespace {

const QByteArray kCrLf = QByteArrayLiteral("\r\n");

QString unescape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar n = text.at(++i);
        out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
    }
    return out;
}

QString where(const QString& source, int line)
{
    return source.isEmpty() ? ICalendar::tr("line %1").arg(line)
                            : ICalendar::tr("%1, line %2").arg(source).arg(line);
}

} // namespace

QString ICalendar::escapeText(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray& line)
{
    // Fold at 75 octets without splitting a UTF-8 sequence; continuation lines start with a space.
    QByteArray out;
    int start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && (quint8(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + kCrLf + ' ';
        start = cut;
        limit = 74;
    }
    out += line.mid(start) + kCrLf;
    return out;
}

QByteArray ICalendar::write(const QList<CalendarEvent>& events, const QDateTime& stamp,
                            const QString& calendarName, const QString& auditHead)
{
    const auto utc = [](const QDateTime& t) {
        return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8();
    };
    QByteArray out;
    const auto line = [&out](const QByteArray& l) { out += foldLine(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//CSC Desk//Committee calendar//EN");
    line("CALSCALE:GREGORIAN");
    if (!calendarName.isEmpty())
        line("X-WR-CALNAME:" + escapeText(calendarName).toUtf8());
    if (!auditHead.isEmpty())
        line("X-CSC-AUDIT-HEAD:" + escapeText(auditHead).toUtf8());
    for (const CalendarEvent& e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid.toUtf8());
        line("DTSTAMP:" + utc(stamp));
        if (e.isAllDay()) {
            line("DTSTART;VALUE=DATE:" + e.day.toString(QStringLiteral("yyyyMMdd")).toUtf8());
            line("DTEND;VALUE=DATE:"
                 + e.day.addDays(1).toString(QStringLiteral("yyyyMMdd")).toUtf8());
        } else {
            line("DTSTART:" + utc(e.startUtc));
            // A duration, not an end: moving the meeting keeps its length.
            const qint64 minutes
                = e.endUtc.isValid() ? std::max<qint64>(1, e.startUtc.secsTo(e.endUtc) / 60) : 60;
            line("DURATION:PT" + QByteArray::number(minutes) + "M");
        }
        line("SUMMARY:" + escapeText(e.summary).toUtf8());
        if (!e.description.isEmpty())
            line("DESCRIPTION:" + escapeText(e.description).toUtf8());
        if (!e.category.isEmpty())
            line("CATEGORIES:" + escapeText(e.category).toUtf8());
        if (!e.location.isEmpty())
            line("LOCATION:" + escapeText(e.location).toUtf8());
        line(e.busy ? QByteArrayLiteral("TRANSP:OPAQUE") : QByteArrayLiteral("TRANSP:TRANSPARENT"));
        if (e.alarmMinutesBefore > 0) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("DESCRIPTION:" + escapeText(e.summary).toUtf8());
            line("TRIGGER:-PT" + QByteArray::number(e.alarmMinutesBefore) + "M");
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

Result<QList<CalendarEvent>> ICalendar::parse(const QByteArray& data, const QString& source)
{
    // Unfold first, remembering where each logical line started.
    QList<QPair<int, QString>> lines;
    const QList<QByteArray> raw = data.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        QByteArray l = raw.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        if ((l.startsWith(' ') || l.startsWith('\t')) && !lines.isEmpty())
            lines.last().second += QString::fromUtf8(l.mid(1));
        else if (!l.isEmpty())
            lines.append({ i + 1, QString::fromUtf8(l) });
    }
    if (lines.isEmpty() || lines.first().second.trimmed() != QLatin1String("BEGIN:VCALENDAR"))
        return Error { tr("%1: not an iCalendar file (it does not start with BEGIN:VCALENDAR).")
                           .arg(where(source, lines.isEmpty() ? 1 : lines.first().first)),
                       {} };

    QList<CalendarEvent> events;
    bool inEvent = false;
    int nested = 0; // inside a VALARM (or another component) of the event
    QString duration;
    CalendarEvent current;
    for (const auto& [number, text] : std::as_const(lines)) {
        const int colon = text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return Error {
                tr("%1: “%2” is not a NAME:VALUE line.").arg(where(source, number), text.left(40)),
                {}
            };
        const QString head = text.left(colon);
        const QString name = head.section(QLatin1Char(';'), 0, 0).toUpper();
        const QString params = head.section(QLatin1Char(';'), 1).toUpper();
        const QString value = text.mid(colon + 1);
        if (inEvent && name == QLatin1String("BEGIN")
            && value.trimmed().toUpper() != QLatin1String("VEVENT")) {
            ++nested;
        } else if (inEvent && nested > 0 && name == QLatin1String("END")) {
            --nested;
        } else if (name == QLatin1String("BEGIN")
                   && value.trimmed().toUpper() == QLatin1String("VEVENT")) {
            inEvent = true;
            nested = 0;
            duration.clear();
            current = {};
            current.line = number;
        } else if (name == QLatin1String("END")
                   && value.trimmed().toUpper() == QLatin1String("VEVENT")) {
            if (!current.day.isValid() && !current.startUtc.isValid())
                return Error { tr("%1: the event has no DTSTART.").arg(where(source, current.line)),
                               {} };
            // "PT90M", "PT1H30M": the end of a timed event given by its length.
            static const QRegularExpression length(QStringLiteral("^PT(?:(\\d+)H)?(?:(\\d+)M)?$"));
            if (const auto m = length.match(duration.trimmed().toUpper());
                m.hasMatch() && current.startUtc.isValid() && !current.endUtc.isValid())
                current.endUtc = current.startUtc.addSecs(
                    (m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60);
            events.append(current);
            inEvent = false;
        } else if (inEvent && nested == 0) {
            if (name == QLatin1String("UID"))
                current.uid = value;
            else if (name == QLatin1String("SUMMARY"))
                current.summary = unescape(value);
            else if (name == QLatin1String("DESCRIPTION"))
                current.description = unescape(value);
            else if (name == QLatin1String("CATEGORIES"))
                current.category = unescape(value);
            else if (name == QLatin1String("LOCATION"))
                current.location = unescape(value);
            else if (name == QLatin1String("TRANSP"))
                current.busy = value.trimmed().toUpper() == QLatin1String("OPAQUE");
            else if (name == QLatin1String("DURATION"))
                duration = value;
            else if (name == QLatin1String("DTSTART") || name == QLatin1String("DTEND")) {
                const bool isStart = name == QLatin1String("DTSTART");
                if (params.contains(QLatin1String("VALUE=DATE")) || value.size() == 8) {
                    const QDate d = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
                    if (!d.isValid())
                        return Error { tr("%1: “%2” is not a date (YYYYMMDD).")
                                           .arg(where(source, number), value),
                                       {} };
                    if (isStart)
                        current.day = d;
                } else {
                    QDateTime t = QDateTime::fromString(
                        value.chopped(value.endsWith(QLatin1Char('Z')) ? 1 : 0),
                        QStringLiteral("yyyyMMdd'T'HHmmss"));
                    if (!t.isValid())
                        return Error { tr("%1: “%2” is not a date-time (YYYYMMDDTHHMMSSZ).")
                                           .arg(where(source, number), value),
                                       {} };
                    t.setTimeSpec(Qt::UTC);
                    (isStart ? current.startUtc : current.endUtc) = t;
                }
            }
        }
    }
    if (inEvent)
        return Error {
            tr("%1: the event is not closed with END:VEVENT.").arg(where(source, current.line)), {}
        };
    return events;
}

} // namespace csc
