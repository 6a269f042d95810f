// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendar.h"

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
                            const QString& calendarName)
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
            line("DTEND:" + utc(e.endUtc.isValid() ? e.endUtc : e.startUtc.addSecs(3600)));
        }
        line("SUMMARY:" + escapeText(e.summary).toUtf8());
        if (!e.description.isEmpty())
            line("DESCRIPTION:" + escapeText(e.description).toUtf8());
        if (!e.category.isEmpty())
            line("CATEGORIES:" + escapeText(e.category).toUtf8());
        line("TRANSP:TRANSPARENT");
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
        if (name == QLatin1String("BEGIN")
            && value.trimmed().toUpper() == QLatin1String("VEVENT")) {
            inEvent = true;
            current = {};
            current.line = number;
        } else if (name == QLatin1String("END")
                   && value.trimmed().toUpper() == QLatin1String("VEVENT")) {
            if (!current.day.isValid() && !current.startUtc.isValid())
                return Error { tr("%1: the event has no DTSTART.").arg(where(source, current.line)),
                               {} };
            events.append(current);
            inEvent = false;
        } else if (inEvent) {
            if (name == QLatin1String("UID"))
                current.uid = value;
            else if (name == QLatin1String("SUMMARY"))
                current.summary = unescape(value);
            else if (name == QLatin1String("DESCRIPTION"))
                current.description = unescape(value);
            else if (name == QLatin1String("CATEGORIES"))
                current.category = unescape(value);
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
