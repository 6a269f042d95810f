// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicSite.h"

#include "PublicationLanguage.h"
#include "core/meetings/Meetings.h"
#include "core/performance/Findings.h"
#include "core/performance/ServiceLevel.h"
#include "core/storage/AuditStore.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QXmlStreamWriter>

namespace csc {

namespace {

const QString kIndex = QStringLiteral("index.html");
const QString kFeed = QStringLiteral("feed.atom");

// The moment of the newest recorded change: the site's dates come from the record,
// not the clock, so publishing an unchanged record gives the same bytes.
QDateTime recordStamp(const Database& db)
{
    auto last = AuditStore::lastChangeUtc(db);
    QDateTime t = last ? last.value() : QDateTime();
    if (!t.isValid())
        t = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    return t.toUTC();
}

QString label(const PublicSite::Entry& e)
{
    const QLocale locale;
    if (e.outputId == QLatin1String("minutes"))
        return PublicSite::tr("Minutes of the meeting of %1")
            .arg(locale.toString(e.request.meetingDay, QStringLiteral("d MMMM yyyy")));
    if (e.outputId == QLatin1String("findings"))
        return PublicSite::tr("Findings on IFO performance, %1")
            .arg(SleMonth::display(e.request.month));
    if (const PublicOutput* o = PublicOutputs::find(e.outputId))
        return PublicOutputs::displayName(*o);
    return e.fileName;
}

QString formatName(const QString& format)
{
    if (format == QLatin1String("html"))
        return PublicSite::tr("web page");
    if (format == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (format == QLatin1String("md"))
        return QStringLiteral("Markdown");
    if (format == QLatin1String("ics"))
        return PublicSite::tr("iCalendar");
    return format;
}

// One line per document: its name, then its formats as relative links.
QString listOf(const QList<PublicSite::Entry>& entries, const QString& outputId, bool newestFirst)
{
    QList<QList<PublicSite::Entry>> groups;
    QString lastKey;
    for (const PublicSite::Entry& e : entries) {
        if (e.outputId != outputId)
            continue;
        const QString key = label(e);
        if (groups.isEmpty() || key != lastKey)
            groups.append(QList<PublicSite::Entry>());
        groups.last().append(e);
        lastKey = key;
    }
    if (groups.isEmpty())
        return QStringLiteral("<p>") + PublicSite::tr("None published yet.").toHtmlEscaped()
            + QStringLiteral("</p>\n");
    if (newestFirst)
        std::reverse(groups.begin(), groups.end());
    QString html = QStringLiteral("<ul>\n");
    for (const auto& group : groups) {
        QStringList links;
        for (const PublicSite::Entry& e : group)
            links << QStringLiteral("<a href=\"") + e.fileName.toHtmlEscaped()
                    + QStringLiteral("\">") + formatName(e.format).toHtmlEscaped()
                    + QStringLiteral("</a>");
        html += QStringLiteral("<li>") + label(group.first()).toHtmlEscaped() + QStringLiteral(" (")
            + links.join(QStringLiteral(", ")) + QStringLiteral(")</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}

} // namespace

Result<QList<PublicSite::Entry>> PublicSite::entries(const Database& db, QDate today)
{
    QList<Entry> list;
    for (const PublicOutput& o : PublicOutputs::all()) {
        if (!o.instances || o.id == QLatin1String("site-index") || o.id == QLatin1String("feed"))
            continue;
        auto instances = o.instances(db, today);
        if (!instances)
            return instances.error();
        for (OutputRequest r : instances.value()) {
            if (o.id == QLatin1String("calendar"))
                r.stamp = recordStamp(db);
            for (const QString& format : o.formats) {
                if (format == QLatin1String("md"))
                    continue; // the site carries the web page and the PDF
                list.append({ o.id, format, r, o.fileName(r, format) });
            }
        }
    }
    return list;
}

PublicOutput PublicSite::indexOutput()
{
    PublicOutput o;
    o.id = QStringLiteral("site-index");
    o.name = QT_TRANSLATE_NOOP("csc::PublicOutputs", "Public site");
    o.formats = { QStringLiteral("html"), QStringLiteral("pdf") }; // the PDF: a printable index
    o.document = [](const Database& db, const OutputRequest& r) -> Result<PublicDocument> {
        auto all = entries(db, r.today);
        if (!all)
            return all.error();
        PublicDocument d;
        d.title = tr("The committee's public record");
        QString& html = d.bodyHtml;
        html += QStringLiteral("<p>")
            + tr("The minutes, findings, work plan and calendar of the Customer Standing "
                 "Committee, as published. New documents are announced in the feed.")
                  .toHtmlEscaped()
            + QStringLiteral(" <a href=\"") + kFeed + QStringLiteral("\">")
            + tr("Atom feed").toHtmlEscaped() + QStringLiteral("</a></p>\n");
        html += QStringLiteral("<h2>") + tr("Minutes").toHtmlEscaped() + QStringLiteral("</h2>\n")
            + listOf(all.value(), QStringLiteral("minutes"), true);
        html += QStringLiteral("<h2>") + tr("Findings on IFO performance").toHtmlEscaped()
            + QStringLiteral("</h2>\n") + listOf(all.value(), QStringLiteral("findings"), true);
        html += QStringLiteral("<h2>") + tr("Work plan").toHtmlEscaped() + QStringLiteral("</h2>\n")
            + listOf(all.value(), QStringLiteral("workplan"), false);
        html += QStringLiteral("<h2>") + tr("Calendar").toHtmlEscaped() + QStringLiteral("</h2>\n")
            + listOf(all.value(), QStringLiteral("calendar"), false);
        for (const PublicOutput& other : PublicOutputs::all()) {
            // Outputs registered later (IAP findings, customer updates) get their own list.
            static const QStringList known {
                QStringLiteral("minutes"),    QStringLiteral("findings"),
                QStringLiteral("workplan"),   QStringLiteral("calendar"),
                QStringLiteral("site-index"), QStringLiteral("feed")
            };
            if (known.contains(other.id) || !other.instances)
                continue;
            html += QStringLiteral("<h2>") + PublicOutputs::displayName(other).toHtmlEscaped()
                + QStringLiteral("</h2>\n") + listOf(all.value(), other.id, true);
        }
        d.dateLine
            = tr("Updated on %1.")
                  .arg(QLocale().toString(recordStamp(db).date(), QStringLiteral("d MMMM yyyy")));
        return d;
    };
    o.fileName = [](const OutputRequest&, const QString& format) -> QString {
        return format == QLatin1String("pdf") ? QStringLiteral("index.pdf") : kIndex;
    };
    return o;
}

PublicOutput PublicSite::feedOutput()
{
    PublicOutput o;
    o.id = QStringLiteral("feed");
    o.name = QT_TRANSLATE_NOOP("csc::PublicOutputs", "Feed of what was published");
    o.formats = { QStringLiteral("atom") };
    o.bytes = [](const Database& db, const OutputRequest& r, const QString&,
                 const QString& auditHead) -> Result<QByteArray> {
        auto all = entries(db, r.today);
        if (!all)
            return all.error();
        const QString base = QStringLiteral("tag:cscdesk.invalid,2026:")
            + (db.committeeId().isEmpty() ? QStringLiteral("committee") : db.committeeId());
        struct Item
        {
            QString id, title, link;
            QDateTime updated;
        };
        QList<Item> items;
        for (const Entry& e : all.value()) {
            if (e.format != QLatin1String("html"))
                continue;
            Item item { base + QLatin1Char('/') + e.fileName, label(e), e.fileName, {} };
            if (e.outputId == QLatin1String("minutes")) {
                auto record = Meetings::load(db, e.request.meetingId);
                if (record)
                    item.updated = record.value().minutes.publishedUtc;
            } else if (e.outputId == QLatin1String("findings")) {
                auto f = Findings::load(db, e.request.month);
                const QDate d = f && f.value().decidedOn.isValid()
                    ? f.value().decidedOn
                    : e.request.month.addMonths(1).addDays(-1);
                item.updated = QDateTime(d, QTime(0, 0), Qt::UTC);
            }
            if (!item.updated.isValid())
                item.updated = recordStamp(db);
            items.append(item);
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const Item& a, const Item& b) { return a.updated > b.updated; });
        QDateTime newest = recordStamp(db);
        for (const Item& i : items)
            newest = std::max(newest, i.updated);
        const auto stamp = [](const QDateTime& t) {
            return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        };
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
        xml.writeStartElement(QStringLiteral("feed"));
        xml.writeAttribute(QStringLiteral("xml:lang"), PublicationScope::languageOf(db));
        xml.writeTextElement(QStringLiteral("id"), base + QStringLiteral("/feed"));
        xml.writeTextElement(QStringLiteral("title"),
                             tr("%1: published documents").arg(DocumentWriter::committeeName()));
        xml.writeTextElement(QStringLiteral("updated"), stamp(newest));
        xml.writeStartElement(QStringLiteral("author"));
        xml.writeTextElement(QStringLiteral("name"), DocumentWriter::committeeName());
        xml.writeEndElement();
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        xml.writeAttribute(QStringLiteral("href"), kIndex);
        xml.writeTextElement(QStringLiteral("generator"), QStringLiteral("CSC Desk"));
        xml.writeTextElement(QStringLiteral("rights"), auditHead);
        for (const Item& i : items) {
            xml.writeStartElement(QStringLiteral("entry"));
            xml.writeTextElement(QStringLiteral("id"), i.id);
            xml.writeTextElement(QStringLiteral("title"), i.title);
            xml.writeTextElement(QStringLiteral("updated"), stamp(i.updated));
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
            xml.writeAttribute(QStringLiteral("href"), i.link);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    };
    o.fileName = [](const OutputRequest&, const QString&) { return kFeed; };
    return o;
}

Result<PublicSite::Report> PublicSite::publish(Database& db, const QString& folder, QDate today,
                                               const std::function<bool(int, int)>& progress)
{
    if (!QDir().mkpath(folder))
        return Error { tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(folder)),
                       {} };
    auto all = entries(db, today);
    if (!all)
        return all.error();
    QList<Entry> files = all.value();
    OutputRequest site;
    site.today = today;
    files.append({ QStringLiteral("site-index"), QStringLiteral("html"), site, kIndex });
    files.append(
        { QStringLiteral("site-index"), QStringLiteral("pdf"), site, QStringLiteral("index.pdf") });
    files.append({ QStringLiteral("feed"), QStringLiteral("atom"), site, kFeed });
    const QDir dir(folder);
    Report report;
    for (int i = 0; i < files.size(); ++i) {
        if (progress && !progress(i, int(files.size())))
            return Error { tr("Publishing the site was cancelled; %1 of %2 files are up to date.")
                               .arg(i)
                               .arg(files.size()),
                           {} };
        const Entry& e = files.at(i);
        auto bytes = PublicOutputs::produce(db, e.outputId, e.format, e.request);
        if (!bytes)
            return bytes.error();
        const QString path = dir.filePath(e.fileName);
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes.value()) {
            report.unchanged << e.fileName;
            continue;
        }
        existing.close();
        if (auto s = writeFileAtomically(path, bytes.value()); !s)
            return s.error();
        if (auto noted = PublicOutputs::notePublished(db, e.outputId, e.format); !noted)
            return noted.error();
        report.written << e.fileName;
    }
    if (progress)
        progress(int(files.size()), int(files.size()));
    return report;
}

} // namespace csc
