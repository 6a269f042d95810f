// SPDX-License-Identifier: GPL-3.0-or-later
// The public record as a reader gets it: every registered public output, in every
// format, is clean (no mojibake, tidy-valid HTML, Markdown headings that cmark
// reads as headings, no confidential marker); the publication language holds
// under a French UI; the site's links resolve and its feed parses; the calendar
// blocks meeting time; the members' pack marks its confidential pages.
#include "LeakFixture.h"
#include "TestSupport.h"
#include "core/export/CirculationMail.h"
#include "core/export/DocumentWriter.h"
#include "core/export/MeetingPack.h"
#include "core/export/PublicOutputs.h"
#include "core/export/PublicSite.h"
#include "core/meetings/MeetingLocation.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlQuery.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace csc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

QString pdfPages(const QString& path, int page)
{
    const Run r = run(QStringLiteral("pdftotext"),
                      { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                        QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-") });
    // Compatibility forms: pdftotext prints the "fi" ligature as one character.
    return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC);
}

int pdfPageCount(const QString& path)
{
    const Run r = run(QStringLiteral("pdfinfo"), { path });
    const auto m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The mojibake a UTF-8 text read as Latin-1 leaves ("â€”", "Ã©") and the replacement character.
QStringList mojibake(const QString& name, const QString& text)
{
    QStringList found;
    for (const QString& bad :
         { QStringLiteral("â"), QStringLiteral("Ã"), QString(QChar(0xFFFD)) }) {
        if (text.contains(bad))
            found << QStringLiteral("%1: “%2” in “%3”")
                         .arg(name, bad,
                              text.mid(std::max<qsizetype>(0, text.indexOf(bad) - 30), 60));
    }
    return found;
}

// tidy's exit code: 0 clean, 1 warnings, 2 errors.
QString tidyErrors(const QString& path)
{
    const Run r = run(QStringLiteral("tidy"), { QStringLiteral("-q"), QStringLiteral("-e"), path });
    return r.exitCode >= 2 || r.exitCode < 0 ? QString::fromUtf8(r.err) : QString();
}

// The headings cmark reads in a Markdown text.
QStringList cmarkHeadings(const QByteArray& markdown)
{
    const Run r
        = run(QStringLiteral("cmark"), { QStringLiteral("--to"), QStringLiteral("xml") }, markdown);
    QStringList headings;
    QXmlStreamReader xml(r.out);
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("heading")) {
            depth = 1;
            current.clear();
        } else if (depth > 0 && xml.isCharacters()) {
            current += xml.text();
        } else if (depth > 0 && xml.isEndElement() && xml.name() == QLatin1String("heading")) {
            headings << current.simplified();
            depth = 0;
        }
    }
    return headings;
}

// The lines a Markdown writer meant as headings.
QStringList markdownHeadingLines(const QByteArray& markdown)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(markdown).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            lines << line.section(QLatin1Char(' '), 1).simplified();
    }
    return lines;
}

} // namespace

class TestPublicRecord : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    test::LeakPlant m_plant;
    std::unique_ptr<Database> m_db;
    qint64 m_meetingId = 0;

    QString out(const QString& name) const { return m_dir.filePath(name); }

    QString textOf(const QString& path) const
    {
        if (path.endsWith(QLatin1String(".pdf")))
            return test::pdfText(path);
        QString text = QString::fromUtf8(test::fileBytes(path));
        if (path.endsWith(QLatin1String(".ics")))
            text.remove(QStringLiteral("\r\n "));
        return text;
    }

    QStringList leaks(const QString& name, const QString& text) const
    {
        QStringList found;
        for (const QString& marker : m_plant.secrets) {
            if (text.contains(marker, Qt::CaseInsensitive))
                found << QStringLiteral("LEAK: %1 (%2) in %3")
                             .arg(marker, m_plant.fieldOf.value(marker), name);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = out(QStringLiteral("public.db"));
        auto plant = test::LeakFixture::create(m_dbPath);
        QVERIFY2(plant, plant ? "" : qPrintable(plant.error().fullText()));
        m_plant = plant.value();
        m_db = test::openOrFail(m_dbPath);
        QVERIFY(m_db);
        auto meeting = Meetings::meetingOn(*m_db, m_plant.meetingDay);
        QVERIFY(meeting);
        m_meetingId = meeting.value().id;
        // The meeting with the markers is published, so the site carries it too.
        for (MinutesState to :
             { MinutesState::Circulated, MinutesState::Approved, MinutesState::Published }) {
            if (Meetings::load(*m_db, m_meetingId).value().minutes.state >= to)
                continue;
            // The chair approves; the secretariat circulates and publishes.
            const UserSession secretariat = m_db->session();
            if (to == MinutesState::Approved) {
                QVERIFY(test::approveAsVotingMembers(*m_db, m_meetingId));
                m_db->setSession({ QStringLiteral("Test Chair"), Role::Chair, 0 });
            }
            auto s = MinutesBook::advance(*m_db, m_meetingId, to,
                                          QStringLiteral("https://example.org/"));
            m_db->setSession(secretariat);
            QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
        }
        QCOMPARE(Meetings::load(*m_db, m_meetingId).value().minutes.state, MinutesState::Published);
    }

    // Every registered output, every format, every instance: no mojibake, no leak,
    // tidy-clean HTML, Markdown headings that cmark reads as the same headings.
    void everyRegisteredOutputIsClean()
    {
        QStringList problems;
        int produced = 0;
        for (const PublicOutput& output : PublicOutputs::all()) {
            QList<OutputRequest> requests;
            if (output.instances) {
                auto instances = output.instances(*m_db, m_plant.asOf);
                QVERIFY2(instances, qPrintable(output.id));
                requests = instances.value();
            } else {
                requests << OutputRequest { 0, {}, {}, m_plant.asOf, {} };
            }
            if (output.id == QLatin1String("findings") && requests.size() > 2)
                requests = requests.mid(requests.size() - 2); // the latest two months suffice
            QVERIFY2(!requests.isEmpty(), qPrintable(output.id + QStringLiteral(": nothing")));
            for (const OutputRequest& request : std::as_const(requests)) {
                for (const QString& format : output.formats) {
                    auto bytes = PublicOutputs::produce(*m_db, output.id, format, request);
                    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().fullText()));
                    const QString name = out(
                        QStringLiteral("all-%1-%2.%3").arg(output.id).arg(produced++).arg(format));
                    test::writeFile(name, bytes.value());
                    const QString text = textOf(name);
                    QVERIFY2(!text.trimmed().isEmpty(), qPrintable(name));
                    problems += mojibake(name, text);
                    problems += leaks(name, text);
                    if (format == QLatin1String("html")) {
                        if (const QString e = tidyErrors(name); !e.isEmpty())
                            problems << name + QStringLiteral(": tidy: ") + e;
                        if (text.contains(QLatin1String("-qt-")))
                            problems << name + QStringLiteral(": Qt-internal style");
                    }
                    if (format == QLatin1String("md")) {
                        const QStringList meant = markdownHeadingLines(bytes.value());
                        const QStringList read = cmarkHeadings(bytes.value());
                        if (meant != read)
                            problems << QStringLiteral("%1: headings %2 read as %3")
                                            .arg(name, meant.join(QLatin1Char('|')),
                                                 read.join(QLatin1Char('|')));
                    }
                    // The audit chain head travels in every output.
                    if (format != QLatin1String("pdf")
                        && !text.contains(
                            QRegularExpression(QStringLiteral("audit \\d+ [0-9a-f]{64}"))))
                        problems << name + QStringLiteral(": no audit chain head");
                }
            }
        }
        QVERIFY(produced >= 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A long heading stays one heading (Qt's writer used to wrap it into a stray paragraph).
    void longHeadingStaysOneHeading()
    {
        PublicDocument d;
        d.title = QStringLiteral("IFO performance for September 2026: the committee's findings");
        d.bodyHtml = QStringLiteral("<h2>A very long section heading that goes well beyond eighty "
                                    "columns of text, as committee headings sometimes do</h2>"
                                    "<p>Text.</p>");
        const QByteArray md = DocumentWriter::markdown(d);
        const QStringList headings = cmarkHeadings(md);
        QCOMPARE(headings.size(), 2);
        QCOMPARE(headings.at(0), d.title);
        QVERIFY2(headings.at(1).endsWith(QLatin1String("as committee headings sometimes do")),
                 md.constData());
    }

    void pdfHasTheAuditHeadAndPages()
    {
        OutputRequest r;
        r.meetingId = m_meetingId;
        r.meetingDay = m_plant.meetingDay;
        auto first
            = PublicOutputs::produce(*m_db, QStringLiteral("minutes"), QStringLiteral("pdf"), r);
        QVERIFY(first);
        auto again
            = PublicOutputs::produce(*m_db, QStringLiteral("minutes"), QStringLiteral("pdf"), r);
        QVERIFY(again);
        QVERIFY2(first.value() == again.value(), "the same minutes give the same PDF bytes");
        const QString path = out(QStringLiteral("minutes.pdf"));
        test::writeFile(path, first.value());
        // Compatibility forms: a hash's "ff" may come back as the ligature.
        const QString text = test::pdfText(path).normalized(QString::NormalizationForm_KC);
        const QString head = AuditLog::head(*m_db).value().toText();
        QVERIFY2(QString(text)
                     .remove(QRegularExpression(QStringLiteral("\\s")))
                     .contains(QString(head).remove(QLatin1Char(' '))),
                 qPrintable(head + QStringLiteral(" not in ") + text.right(400)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("CUSTOMER STANDING COMMITTEE")));
        QVERIFY(text.contains(QStringLiteral("Approved by the committee on")));
    }

    // Rows never split across pages: every row of a long table of multi-line rows starts
    // and ends on the same page, nothing after the table is lost, and every page holding
    // rows repeats the header row.
    void tableRowsStayOnOnePage()
    {
        PublicDocument d;
        d.title = QStringLiteral("Action items");
        d.dateLine = QStringLiteral("Approved by the committee on 1 December 2026");
        QString body = QStringLiteral(
            "<h2>Open action items</h2>\n<table>\n<thead><tr><th>Reference</th><th>Action</th>"
            "<th>Due</th></tr></thead>\n<tbody>\n");
        const QString words = QStringLiteral("The draft goes to the members for comment ");
        for (int i = 0; i < 60; ++i)
            body += QStringLiteral("<tr><td><strong>A-%1</strong> row%1begin %2%3 row%1end</td>"
                                   "<td>Reported</td><td>%4 December</td></tr>\n")
                        .arg(i)
                        .arg(words, i % 3 == 0 ? words : QString())
                        .arg(1 + i % 28);
        body += QStringLiteral("</tbody>\n</table>\n<p>aftertablemarker</p>\n");
        // As in the meeting pack: the table's part starts a page after a first part.
        d.parts
            = { { QStringLiteral("Agenda"), QStringLiteral("<ol><li>Roll call</li></ol>"), false },
                { QStringLiteral("Open cases"), body, true } };
        d.pageMark = QStringLiteral("Confidential");
        auto pdf = DocumentWriter::pdf(d);
        QVERIFY(pdf);
        const QString path = out(QStringLiteral("rows.pdf"));
        test::writeFile(path, pdf.value());
        const int pages = pdfPageCount(path);
        QVERIFY2(pages >= 3, "the table runs over several pages");
        QHash<int, int> beginsOn;
        QHash<int, int> endsOn;
        bool after = false;
        static const QRegularExpression marker(QStringLiteral("row(\\d+)(begin|end)"));
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfPages(path, p);
            after = after || text.contains(QStringLiteral("aftertablemarker"));
            bool rows = false;
            for (auto it = marker.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                (m.captured(2) == QLatin1String("begin") ? beginsOn : endsOn)
                    .insert(m.captured(1).toInt(), p);
                rows = true;
            }
            if (rows)
                QVERIFY2(text.contains(QStringLiteral("Reference")),
                         qPrintable(QStringLiteral("page %1 has rows but no header row").arg(p)));
        }
        QVERIFY2(after, "the text after the table is on a page");
        for (int i = 0; i < 60; ++i) {
            QVERIFY2(beginsOn.contains(i) && endsOn.contains(i),
                     qPrintable(QStringLiteral("row %1 is missing").arg(i)));
            QVERIFY2(beginsOn.value(i) == endsOn.value(i),
                     qPrintable(QStringLiteral("row %1 starts on page %2 and ends on page %3")
                                    .arg(i)
                                    .arg(beginsOn.value(i))
                                    .arg(endsOn.value(i))));
        }
    }

    // The command line, the registry and the UI produce through one function: the
    // same request gives the same bytes from the command line as from core.
    void commandLineMatchesRegistry()
    {
        for (const QString& format :
             { QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("pdf") }) {
            const QString path = out(QStringLiteral("cli.") + format);
            auto r = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("minutes"),
                                        QStringLiteral("export"), QStringLiteral("--meeting"),
                                        m_plant.meetingDay.toString(Qt::ISODate),
                                        QStringLiteral("--format"), format, QStringLiteral("--out"),
                                        path });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            OutputRequest request;
            request.meetingId = m_meetingId;
            auto bytes = PublicOutputs::produce(*m_db, QStringLiteral("minutes"), format, request);
            QVERIFY(bytes);
            QVERIFY2(test::fileBytes(path) == bytes.value(), qPrintable(format));
        }
    }

    // The app in French, the committee publishing in English: the document is English.
    void frenchUiEnglishPublication()
    {
        const QByteArray lang = qgetenv("LANG"), all = qgetenv("LC_ALL"),
                         language = qgetenv("LANGUAGE");
        qputenv("LANG", "fr_FR.UTF-8");
        qputenv("LC_ALL", "fr_FR.UTF-8");
        qputenv("LANGUAGE", "fr");
        const QString path = out(QStringLiteral("fr-ui.html"));
        auto r = test::runCscDesk(
            { QStringLiteral("--db"), m_dbPath, QStringLiteral("minutes"), QStringLiteral("export"),
              QStringLiteral("--meeting"), m_plant.meetingDay.toString(Qt::ISODate),
              QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), path });
        // The UI really is French: its messages are.
        const QStringList probe { QStringLiteral("minutes"), QStringLiteral("export"),
                                  QStringLiteral("--meeting"), QStringLiteral("soon") };
        auto usage = test::runCscDesk(probe);
        qputenv("LANG", lang);
        qputenv("LC_ALL", all);
        qputenv("LANGUAGE", language);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto english = test::runCscDesk(probe);
        QVERIFY2(usage.err != english.err, "the command line did not run in French");

        const QString text = QString::fromUtf8(test::fileBytes(path));
        const QLocale en(QLocale::English), fr(QLocale::French);
        const QDate day = m_plant.meetingDay;
        QVERIFY(text.contains(en.toString(day, QStringLiteral("dddd d MMMM yyyy"))));
        QVERIFY(text.contains(QStringLiteral("Minutes of the CSC")));
        QVERIFY(text.contains(QStringLiteral("lang=\"en\"")));
        for (const QString& french :
             { fr.dayName(day.dayOfWeek()), fr.monthName(day.month()), QStringLiteral("n°"),
               QStringLiteral("Procès"), QStringLiteral("réunion") })
            QVERIFY2(!text.contains(french, Qt::CaseInsensitive), qPrintable(french));
    }

    // The setting decides: a committee publishing in French gets French dates.
    void publicationLanguageIsACommitteeSetting()
    {
        QCOMPARE(
            CommitteeSettings::value(*m_db, CommitteeSettings::Key::PublicationLanguage).toString(),
            QStringLiteral("en"));
        QVERIFY(CommitteeSettings::setValue(*m_db, CommitteeSettings::Key::PublicationLanguage,
                                            QStringLiteral("fr")));
        OutputRequest r;
        r.meetingId = m_meetingId;
        auto html
            = PublicOutputs::produce(*m_db, QStringLiteral("minutes"), QStringLiteral("html"), r);
        QVERIFY(CommitteeSettings::setValue(*m_db, CommitteeSettings::Key::PublicationLanguage,
                                            QStringLiteral("en")));
        QVERIFY(html);
        const QString text = QString::fromUtf8(html.value());
        const QLocale fr(QLocale::French);
        QVERIFY(text.contains(QStringLiteral("lang=\"fr\"")));
        QVERIFY(text.contains(fr.toString(m_plant.meetingDay, QStringLiteral("d MMMM yyyy"))));
    }

    void publicSite()
    {
        const QString site = out(QStringLiteral("site"));
        auto first = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("publish"),
                                        QStringLiteral("--out"), site, QStringLiteral("--today"),
                                        m_plant.asOf.toString(Qt::ISODate) });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QDir dir(site);
        QVERIFY(dir.exists(QStringLiteral("index.html")));
        QVERIFY(dir.exists(QStringLiteral("feed.atom")));
        QVERIFY(dir.exists(QStringLiteral("csc-calendar.ics")));
        QVERIFY(dir.exists(QStringLiteral("csc-work-plan.pdf")));
        QVERIFY(dir.exists(
            QStringLiteral("csc-minutes-%1.pdf").arg(m_plant.meetingDay.toString(Qt::ISODate))));

        QStringList problems;
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        QDirIterator it(site, QDir::Files);
        int pages = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = textOf(path);
            problems += leaks(path, text);
            problems += mojibake(path, text);
            if (!path.endsWith(QLatin1String(".html")) && !path.endsWith(QLatin1String(".atom")))
                continue;
            ++pages;
            if (path.endsWith(QLatin1String(".html"))) {
                if (const QString e = tidyErrors(path); !e.isEmpty())
                    problems << path + QStringLiteral(": tidy: ") + e;
            }
            for (auto m = href.globalMatch(text); m.hasNext();) {
                const QString link = m.next().captured(1);
                if (link.contains(QLatin1String("://")) || link.startsWith(QLatin1Char('/')))
                    problems << QStringLiteral("%1: not a relative link: %2").arg(path, link);
                else if (!dir.exists(link.section(QLatin1Char('#'), 0, 0)))
                    problems << QStringLiteral("%1: broken link: %2").arg(path, link);
            }
        }
        QVERIFY(pages >= 4);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // The feed is Atom (RFC 4287): a feed with id, title, updated and dated entries.
        QXmlStreamReader feed(test::fileBytes(dir.filePath(QStringLiteral("feed.atom"))));
        int entries = 0;
        bool feedId = false;
        QStringList entryLinks;
        while (!feed.atEnd()) {
            feed.readNext();
            if (!feed.isStartElement())
                continue;
            if (feed.name() == QLatin1String("feed"))
                QCOMPARE(feed.namespaceUri(), QStringLiteral("http://www.w3.org/2005/Atom"));
            if (feed.name() == QLatin1String("id") && entries == 0)
                feedId = true;
            if (feed.name() == QLatin1String("entry"))
                ++entries;
            if (feed.name() == QLatin1String("updated")) {
                const QString when = feed.readElementText();
                QVERIFY2(QDateTime::fromString(when, Qt::ISODate).isValid(), qPrintable(when));
            }
        }
        QVERIFY2(!feed.hasError(), qPrintable(feed.errorString()));
        QVERIFY(feedId);
        QVERIFY(entries >= 3);

        // Publishing again rewrites nothing.
        auto second = test::runCscDesk(
            { QStringLiteral("--db"), m_dbPath, QStringLiteral("publish"), QStringLiteral("--out"),
              site, QStringLiteral("--today"), m_plant.asOf.toString(Qt::ISODate) });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral(": 0 files written")), qPrintable(second.out));
    }

    // Meetings take the members' time, with their length, place and a reminder;
    // UIDs never carry a date; published minutes are no longer due.
    void calendarDoneRight()
    {
        OutputRequest r;
        r.today = m_plant.asOf;
        r.stamp = QDateTime(m_plant.asOf, QTime(12, 0), Qt::UTC);
        QVERIFY(MeetingLocation::set(*m_db, m_meetingId,
                                     QStringLiteral("Dial-in: +1 555 0100, code 42")));
        auto ics
            = PublicOutputs::produce(*m_db, QStringLiteral("calendar"), QStringLiteral("ics"), r);
        QVERIFY(ics);
        const QString text = QString::fromUtf8(ics.value()).remove(QStringLiteral("\r\n "));
        const int number = Meetings::meetingOn(*m_db, m_plant.meetingDay).value().number;
        const int at = text.indexOf(QStringLiteral("UID:meeting-%1@").arg(number));
        QVERIFY(at > 0);
        const QString event = text.mid(at, text.indexOf(QStringLiteral("END:VEVENT"), at) - at);
        QVERIFY2(event.contains(QStringLiteral("TRANSP:OPAQUE")), qPrintable(event));
        QVERIFY(event.contains(QRegularExpression(QStringLiteral("DURATION:PT\\d+M"))));
        QVERIFY(event.contains(QStringLiteral("LOCATION:Dial-in: +1 555 0100\\, code 42")));
        QVERIFY(event.contains(QStringLiteral("BEGIN:VALARM")));
        QVERIFY(!event.contains(QStringLiteral("DTEND")));
        QVERIFY(text.contains(QStringLiteral("X-CSC-AUDIT-HEAD:audit ")));
        // Published: not listed as due.
        QVERIFY(!text.contains(QStringLiteral("UID:minutes-due-%1@").arg(number)));
        // No UID embeds a date.
        static const QRegularExpression datedUid(
            QStringLiteral("UID:[^\r\n]*(19|20)\\d{2}[01]\\d[0-3]\\d"));
        QVERIFY2(!text.contains(datedUid), qPrintable(datedUid.match(text).captured(0)));
        QVERIFY(text.contains(QStringLiteral("UID:case-") + m_plant.publicCaseReference
                              + QLatin1Char('-')));
    }

    // "Publish" prepares the e-mail to the roster: a MIME message that a mail parser
    // reads, with the public PDF attached, and a copy kept in the meeting's record.
    void circulationMail()
    {
        auto path = CirculationMail::prepare(*m_db, CirculationMail::Purpose::Publish, m_meetingId,
                                             {}, out(QStringLiteral("mail")));
        QVERIFY2(path, path ? "" : qPrintable(path.error().fullText()));
        QVERIFY(path.value().endsWith(QLatin1String(".eml")));
        // Python's email package is an independent MIME parser.
        const QString script = QStringLiteral(
            "import sys, email, email.policy\n"
            "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), "
            "policy=email.policy.default)\n"
            "assert m.is_multipart() and m.get_content_type() == 'multipart/mixed'\n"
            "print('TO', len(m['To'].addresses))\n"
            "print('SUBJECT', m['Subject'])\n"
            "for part in m.iter_attachments():\n"
            "    data = part.get_content()\n"
            "    open(sys.argv[2], 'wb').write(data)\n"
            "    print('ATTACHMENT', part.get_content_type(), part.get_filename(), len(data))\n"
            "print('TEXT', m.get_body(('plain',)).get_content().splitlines()[0])\n");
        const QString pdf = out(QStringLiteral("mail-attachment.pdf"));
        const Run r
            = run(QStringLiteral("python3"), { QStringLiteral("-c"), script, path.value(), pdf });
        const QString said = QString::fromUtf8(r.out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(said.contains(QRegularExpression(QStringLiteral("TO [1-9]"))), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("SUBJECT CSC minutes of meeting no.")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("ATTACHMENT application/pdf csc-minutes-")),
                 qPrintable(said));
        // The attachment decodes to the public minutes' PDF.
        QCOMPARE(test::fileBytes(pdf).left(5), QByteArray("%PDF-"));
        QVERIFY(test::pdfText(pdf).contains(QStringLiteral("Minutes of the CSC")));
        auto kept = queryScalar(
            *m_db,
            QStringLiteral("SELECT count(*) FROM circulated_mail WHERE meeting_id = ? "
                           "AND purpose = 'publish' AND length(eml) > 1000"),
            { m_meetingId });
        QVERIFY(kept);
        QCOMPARE(kept.value().toInt(), 1);
        QCOMPARE(test::fileBytes(path.value()).size() > 1000, true);
    }

    // The members' pack: one PDF, every page with confidential material marked.
    void meetingPack()
    {
        const QString path = out(QStringLiteral("pack.pdf"));
        auto r = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("minutes"),
                                    QStringLiteral("pack"), QStringLiteral("--meeting"),
                                    m_plant.meetingDay.toString(Qt::ISODate),
                                    QStringLiteral("--out"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pdfPageCount(path);
        QVERIFY(pages >= 3);
        const QString mark = MeetingPack::confidentialMark();
        int marked = 0;
        int withSecrets = 0;
        QString all;
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfPages(path, p);
            all += text;
            const bool hasMark = text.contains(mark);
            marked += hasMark ? 1 : 0;
            bool secret = false;
            for (const QString& s : m_plant.secrets)
                secret = secret || text.contains(s, Qt::CaseInsensitive);
            if (secret) {
                ++withSecrets;
                QVERIFY2(hasMark,
                         qPrintable(QStringLiteral("page %1 holds confidential material "
                                                   "without the mark")
                                        .arg(p)));
            }
        }
        QVERIFY(withSecrets > 0); // the pack is for members: the confidential material is there
        QVERIFY(marked > 0);
        QVERIFY(marked < pages); // the performance summary alone is not confidential
        for (const QString& part : { QStringLiteral("Agenda"), QStringLiteral("Open action items"),
                                     QStringLiteral("Open cases and their deadlines") })
            QVERIFY2(all.contains(part), qPrintable(part));
    }
};

QTEST_MAIN(TestPublicRecord)
#include "tst_publicrecord.moc"
