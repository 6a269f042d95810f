// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicOutputs.h"

#include "MinutesExporter.h"
#include "ProcessPublicTexts.h"
#include "PublicSite.h"
#include "PublicationLanguage.h"
#include "WorkPlanExporter.h"
#include "core/cases/CaseHandOver.h"
#include "core/duties/DutyRecords.h"
#include "core/export/FindingsReport.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/ObligationCalendar.h"
#include "core/performance/FigureStore.h"
#include "core/performance/Findings.h"
#include "core/performance/ServiceLevel.h"
#include "core/storage/AuditAnchors.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/AtomicFile.h"

#include <QLocale>

namespace csc {

namespace {

PublicOutput minutesOutput()
{
    PublicOutput o;
    o.id = QStringLiteral("minutes");
    o.name = QT_TRANSLATE_NOOP("csc::PublicOutputs", "Minutes");
    o.formats = { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md") };
    o.document = [](const Database& db, const OutputRequest& r) {
        return MinutesExporter::document(db, r.meetingId);
    };
    o.fileName = [](const OutputRequest& r, const QString& format) {
        return QStringLiteral("csc-minutes-%1.%2").arg(r.meetingDay.toString(Qt::ISODate), format);
    };
    // What is published: minutes in the Published state, oldest first.
    o.instances = [](const Database& db, QDate) -> Result<QList<OutputRequest>> {
        auto meetings = Meetings::list(db); // newest first
        if (!meetings)
            return meetings.error();
        QList<OutputRequest> list;
        for (const Meeting& m : meetings.value()) {
            auto record = Meetings::load(db, m.id);
            if (!record)
                return record.error();
            if (record.value().minutes.exists
                && record.value().minutes.state == MinutesState::Published) {
                OutputRequest r;
                r.meetingId = m.id;
                r.meetingDay = m.day();
                list.prepend(r);
            }
        }
        return list;
    };
    return o;
}

PublicOutput findingsOutput()
{
    PublicOutput o;
    o.id = QStringLiteral("findings");
    o.name = QT_TRANSLATE_NOOP("csc::PublicOutputs", "Findings on IFO performance");
    o.formats = { QStringLiteral("html"), QStringLiteral("pdf") };
    o.document = [](const Database& db, const OutputRequest& r) -> Result<PublicDocument> {
        auto escalations = FindingsReport::escalationsInProgress(db, r.month);
        if (!escalations)
            return escalations.error();
        auto body = FindingsReport::bodyHtml(db, r.month, escalations.value());
        if (!body)
            return body.error();
        PublicDocument d;
        d.title = FindingsReport::title(r.month);
        d.bodyHtml = body.value();
        auto finding = Findings::load(db, r.month);
        d.dateLine = finding && finding.value().decidedOn.isValid()
            ? PublicOutputs::tr("Findings for %1, decided by the committee on %2.")
                  .arg(SleMonth::display(r.month),
                       QLocale().toString(finding.value().decidedOn, QStringLiteral("d MMMM yyyy")))
            : PublicOutputs::tr("Findings for %1 (draft, not yet decided by the committee).")
                  .arg(SleMonth::display(r.month));
        return d;
    };
    o.fileName = [](const OutputRequest& r, const QString& format) {
        return QStringLiteral("csc-findings-%1.%2")
            .arg(r.month.toString(QStringLiteral("yyyy-MM")), format);
    };
    o.instances = [](const Database& db, QDate) -> Result<QList<OutputRequest>> {
        auto months = FigureStore::months(db);
        if (!months)
            return months.error();
        QList<OutputRequest> list;
        for (QDate m : months.value()) {
            OutputRequest r;
            r.month = QDate(m.year(), m.month(), 1);
            list.append(r);
        }
        return list;
    };
    return o;
}

PublicOutput workPlanOutput()
{
    PublicOutput o;
    o.id = QStringLiteral("workplan");
    o.name = QT_TRANSLATE_NOOP("csc::PublicOutputs", "Work plan");
    o.formats = { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md") };
    o.document = [](const Database& db, const OutputRequest& r) {
        return WorkPlanExporter::document(db, r.today);
    };
    o.fileName = [](const OutputRequest&, const QString& format) -> QString {
        return QStringLiteral("csc-work-plan.") + format;
    };
    o.instances = [](const Database&, QDate today) -> Result<QList<OutputRequest>> {
        OutputRequest r;
        r.today = today;
        return QList<OutputRequest> { r };
    };
    return o;
}

PublicOutput calendarOutput()
{
    PublicOutput o;
    o.id = QStringLiteral("calendar");
    o.name = QT_TRANSLATE_NOOP("csc::PublicOutputs", "Calendar");
    o.formats = { QStringLiteral("ics") };
    o.bytes = [](const Database& db, const OutputRequest& r, const QString&,
                 const QString& auditHead) {
        return ObligationCalendar::icsBytes(
            db, r.today, r.stamp.isValid() ? r.stamp : QDateTime::currentDateTimeUtc(), auditHead);
    };
    o.fileName
        = [](const OutputRequest&, const QString&) { return QStringLiteral("csc-calendar.ics"); };
    o.instances = [](const Database&, QDate today) -> Result<QList<OutputRequest>> {
        OutputRequest r;
        r.today = today;
        return QList<OutputRequest> { r };
    };
    return o;
}

// The registration point: one line per public output. (The IAP findings and the
// customer updates go here too.)
// One page gathering published texts (a section each); listed on the site once there is one.
PublicOutput gatheredOutput(const QString& id, const char* name, const QString& file,
                            std::function<Result<QList<PublicText>>(const Database&)> texts)
{
    PublicOutput o;
    o.id = id;
    o.name = name;
    o.formats = { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md") };
    o.document = [name, texts](const Database& db, const OutputRequest&) -> Result<PublicDocument> {
        auto list = texts(db);
        if (!list)
            return list.error();
        PublicDocument d;
        d.title = QCoreApplication::translate("csc::PublicOutputs", name);
        for (const PublicText& t : list.value())
            d.bodyHtml += QStringLiteral("<h2>") + t.title.toHtmlEscaped()
                + QStringLiteral("</h2>\n") + t.bodyHtml + QLatin1Char('\n');
        if (list.value().isEmpty())
            d.bodyHtml = QStringLiteral("<p>")
                + PublicOutputs::tr("Nothing has been published yet.").toHtmlEscaped()
                + QStringLiteral("</p>");
        return d;
    };
    o.fileName = [file](const OutputRequest&, const QString& format) -> QString {
        return file + QLatin1Char('.') + format;
    };
    o.instances = [texts](const Database& db, QDate) -> Result<QList<OutputRequest>> {
        auto list = texts(db);
        if (!list)
            return list.error();
        return list.value().isEmpty() ? QList<OutputRequest> {}
                                      : QList<OutputRequest> { OutputRequest {} };
    };
    return o;
}

// Independent Appeals Panel findings are published though the dispute stays confidential
// (domain.md §7): each from its own public text, never from the case.
PublicOutput appealFindingsOutput()
{
    return gatheredOutput(
        QStringLiteral("appeal-findings"),
        QT_TRANSLATE_NOOP("csc::PublicOutputs", "Independent Appeals Panel findings"),
        QStringLiteral("csc-iap-findings"), [](const Database& db) -> Result<QList<PublicText>> {
            auto ids = CaseHandOver::publishedFindings(db);
            if (!ids)
                return ids.error();
            QList<PublicText> texts;
            for (qint64 id : ids.value()) {
                auto text = ProcessPublicTexts::publishedAppealFinding(db, id);
                if (!text)
                    return text.error();
                texts << text.value();
            }
            return texts;
        });
}

// The regular updates to the direct customers and the annual consultation: their public texts.
PublicOutput customerUpdatesOutput()
{
    return gatheredOutput(
        QStringLiteral("customer-updates"),
        QT_TRANSLATE_NOOP("csc::PublicOutputs", "Updates to the direct customers"),
        QStringLiteral("csc-customer-updates"),
        [](const Database& db) -> Result<QList<PublicText>> {
            auto updates = DutyRecords::customerUpdates(db);
            if (!updates)
                return updates.error();
            QList<PublicText> texts;
            for (const CustomerUpdate& u : updates.value())
                if (!u.publicText.trimmed().isEmpty())
                    texts << ProcessPublicTexts::customerUpdate(u);
            return texts;
        });
}

QList<PublicOutput> builtInOutputs()
{
    return { minutesOutput(),           findingsOutput(),        workPlanOutput(),
             calendarOutput(),          appealFindingsOutput(),  customerUpdatesOutput(),
             PublicSite::indexOutput(), PublicSite::feedOutput() };
}

QList<PublicOutput>& registry()
{
    static QList<PublicOutput> outputs = builtInOutputs();
    return outputs;
}

} // namespace

QList<PublicOutput> PublicOutputs::all()
{
    return registry();
}

const PublicOutput* PublicOutputs::find(const QString& id)
{
    for (const PublicOutput& o : registry()) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

void PublicOutputs::add(const PublicOutput& output)
{
    QList<PublicOutput>& outputs = registry();
    for (PublicOutput& o : outputs) {
        if (o.id == output.id) {
            o = output;
            return;
        }
    }
    outputs.append(output);
}

QString PublicOutputs::displayName(const PublicOutput& output)
{
    return QCoreApplication::translate("csc::PublicOutputs", output.name);
}

namespace {

// The output `id` and its format checked ("markdown" is "md").
Result<const PublicOutput*> outputFor(const QString& id, QString* format)
{
    const PublicOutput* output = PublicOutputs::find(id);
    if (!output)
        return Error { PublicOutputs::tr("“%1” is not a public output.").arg(id), {} };
    if (!format)
        return output;
    const QString fmt
        = format->toLower() == QLatin1String("markdown") ? QStringLiteral("md") : format->toLower();
    if (!output->formats.contains(fmt))
        return Error { PublicOutputs::tr("The %1 is not published as “%2”: use %3.")
                           .arg(PublicOutputs::displayName(*output).toLower(), *format,
                                output->formats.join(QStringLiteral(", "))),
                       {} };
    *format = fmt;
    return output;
}

// The document as it leaves, for a document output: built in the publication language
// (the caller holds the PublicationScope) and stamped with the audit chain's head.
Result<PublicDocument> finishedDocument(Database& db, const PublicOutput& output,
                                        const OutputRequest& request, const QString& language,
                                        const QString& auditHead)
{
    if (!output.document)
        return Error { PublicOutputs::tr("The %1 is not a paged document.")
                           .arg(PublicOutputs::displayName(output).toLower()),
                       {} };
    auto document = output.document(db, request);
    if (!document)
        return document.error();
    PublicDocument d = document.value();
    d.language = language;
    d.auditHead = auditHead;
    return d;
}

} // namespace

Result<QByteArray> PublicOutputs::produce(Database& db, const QString& id, const QString& format,
                                          const OutputRequest& request)
{
    QString fmt = format;
    auto output = outputFor(id, &fmt);
    if (!output)
        return output.error();
    auto head = AuditLog::head(db);
    if (!head)
        return head.error();
    const QString language = PublicationScope::languageOf(db);
    // Everything below is written in the publication language, whatever the UI's.
    PublicationScope scope(language);
    if (output.value()->bytes)
        return output.value()->bytes(db, request, fmt, head.value().toText());
    auto d = finishedDocument(db, *output.value(), request, language, head.value().toText());
    if (!d)
        return d.error();
    auto f = DocumentWriter::formatFromName(fmt);
    if (!f)
        return f.error();
    return DocumentWriter::render(f.value(), d.value());
}

Status PublicOutputs::paint(Database& db, const QString& id, const OutputRequest& request,
                            QPagedPaintDevice& device)
{
    auto output = outputFor(id, nullptr);
    if (!output)
        return output.error();
    auto head = AuditLog::head(db);
    if (!head)
        return head.error();
    const QString language = PublicationScope::languageOf(db);
    PublicationScope scope(language);
    auto d = finishedDocument(db, *output.value(), request, language, head.value().toText());
    if (!d)
        return d.error();
    return DocumentWriter::paint(device, d.value());
}

Status PublicOutputs::notePublished(Database& db, const QString& id, const QString& format)
{
    // A look at the record (read-only file, another window holds it, a review copy) cannot
    // note the head: the head is in the file all the same, for `audit verify --against`.
    if (db.isReadOnly())
        return {};
    auto head = AuditLog::head(db);
    if (!head)
        return head.error();
    return AuditAnchors::notePublished(db, head.value(), id + QLatin1Char('/') + format.toLower());
}

Status PublicOutputs::produceToFile(Database& db, const QString& id, const QString& format,
                                    const OutputRequest& request, const QString& path)
{
    auto bytes = produce(db, id, format, request);
    if (!bytes)
        return bytes.error();
    if (auto written = writeFileAtomically(path, bytes.value()); !written)
        return written;
    // The file left with the chain's head in it: the database keeps that head, so a later
    // rewrite of the chain or a cut tail is named by `audit verify`.
    return notePublished(db, id, format);
}

Status PublicOutputs::exportCalendar(Database& db, const QString& path, QDate today,
                                     const QDateTime& stamp)
{
    OutputRequest request;
    request.today = today;
    request.stamp = stamp;
    return produceToFile(db, QStringLiteral("calendar"), QStringLiteral("ics"), request, path);
}

} // namespace csc
