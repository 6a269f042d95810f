// SPDX-License-Identifier: GPL-3.0-or-later
// The leak proof: a committee with unique markers in every confidential field,
// then every public output the app makes (through core and through the command
// line) is searched. Any confidential marker found fails the test and names the
// output; every public marker must be where it belongs.
#include "LeakFixture.h"
#include "TestSupport.h"
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseSearch.h"
#include "core/export/DocumentWriter.h"
#include "core/export/FindingsReport.h"
#include "core/export/MinutesExporter.h"
#include "core/export/PublicOutputs.h"
#include "core/export/WorkPlanExporter.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesReview.h"
#include "core/meetings/WorkPlan.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestLeakProof : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    test::LeakPlant m_plant;
    std::unique_ptr<Database> m_db;
    qint64 m_meetingId = 0;

    QString out(const QString& name) const { return m_dir.filePath(name); }

    static QString readText(const QString& path)
    {
        if (path.endsWith(QLatin1String(".pdf")))
            return test::pdfText(path);
        QString text = QString::fromUtf8(test::fileBytes(path));
        if (path.endsWith(QLatin1String(".ics")))
            text.remove(QStringLiteral("\r\n ")); // unfold RFC 5545 lines, which break anywhere
        return text;
    }

    // Confidential markers found in `text` and public markers of `kind` missing
    // from it, one line each naming the output.
    QStringList problems(const QString& output, const QString& text, const QString& kind) const
    {
        QStringList found;
        if (text.isEmpty())
            return { QStringLiteral("%1: empty or unreadable").arg(output) };
        for (const QString& marker : m_plant.secrets) {
            if (text.contains(marker, Qt::CaseInsensitive))
                found << QStringLiteral("LEAK: %1 (%2) in %3")
                             .arg(marker, m_plant.fieldOf.value(marker), output);
        }
        for (const QString& reference : m_plant.exerciseReferences) {
            if (text.contains(QRegularExpression(QRegularExpression::escape(reference)
                                                 + QStringLiteral("(?![0-9])"))))
                found << QStringLiteral("LEAK: exercise %1 in %2").arg(reference, output);
        }
        for (const QString& marker : m_plant.publics) {
            if (!kind.isEmpty() && m_plant.publicWhere.value(marker).contains(kind)
                && !text.contains(marker))
                found << QStringLiteral("missing public content: %1 (%2) in %3")
                             .arg(marker, m_plant.fieldOf.value(marker), output);
        }
        return found;
    }

    static const QList<DocumentWriter::Format>& formats()
    {
        static const QList<DocumentWriter::Format> all { DocumentWriter::Format::Html,
                                                         DocumentWriter::Format::Pdf,
                                                         DocumentWriter::Format::Markdown };
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = out(QStringLiteral("leak.db"));
        auto plant = test::LeakFixture::create(m_dbPath);
        QVERIFY2(plant, plant ? "" : qPrintable(plant.error().fullText()));
        m_plant = plant.value();
        m_db = test::openOrFail(m_dbPath);
        QVERIFY(m_db);
        auto meeting = Meetings::meetingOn(*m_db, m_plant.meetingDay);
        QVERIFY(meeting);
        m_meetingId = meeting.value().id;
        // The markers are really in the committee's database (else the proof proves nothing).
        const QString all = test::contentDump(*m_db);
        for (const QString& marker : m_plant.secrets + m_plant.publics)
            QVERIFY2(all.contains(marker, Qt::CaseInsensitive), qPrintable(marker));
    }

    void minutesThroughCore()
    {
        QStringList found;
        for (DocumentWriter::Format format : formats()) {
            const QString path = out(QStringLiteral("core-")
                                     + MinutesExporter::fileName(m_plant.meetingDay, format));
            auto s = MinutesExporter::exportMinutes(*m_db, m_meetingId, format, path);
            QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
            found += problems(path, readText(path), QStringLiteral("minutes"));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void minutesThroughCommandLine()
    {
        QStringList found;
        for (const QString& format :
             { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md") }) {
            const QString path = out(QStringLiteral("cli-minutes.") + format);
            auto r = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("minutes"),
                                        QStringLiteral("export"), QStringLiteral("--meeting"),
                                        m_plant.meetingDay.toString(Qt::ISODate),
                                        QStringLiteral("--format"), format, QStringLiteral("--out"),
                                        path });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            found += problems(path, readText(path), QStringLiteral("minutes"));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void workPlan()
    {
        QStringList found;
        for (DocumentWriter::Format format : formats()) {
            const QString path = out(WorkPlanExporter::fileName(m_plant.asOf, format));
            auto s = WorkPlanExporter::exportWorkPlan(*m_db, format, path);
            QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
            found += problems(path, readText(path), QStringLiteral("workplan"));
        }
        for (const QString& format :
             { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md") }) {
            const QString path = out(QStringLiteral("cli-work-plan.") + format);
            auto r
                = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("workplan"),
                                     QStringLiteral("export"), QStringLiteral("--format"), format,
                                     QStringLiteral("--out"), path });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            found += problems(path, readText(path), QStringLiteral("workplan"));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void findingsReport()
    {
        const QDate month(m_plant.asOf.year(), m_plant.asOf.month(), 1);
        auto escalations = FindingsReport::escalationsInProgress(*m_db, month);
        QVERIFY2(escalations, escalations ? "" : qPrintable(escalations.error().fullText()));
        QStringList found;
        for (const QString& format : { QStringLiteral("pdf"), QStringLiteral("html") }) {
            const QString path = out(QStringLiteral("core-findings.") + format);
            auto s = FindingsReport::write(*m_db, month, escalations.value(), format, path);
            QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
            found += problems(path, readText(path), QStringLiteral("report"));

            const QString cliPath = out(QStringLiteral("cli-findings.") + format);
            auto r = test::runCscDesk(
                { QStringLiteral("--db"), m_dbPath, QStringLiteral("sle"), QStringLiteral("report"),
                  QStringLiteral("--month"), month.toString(QStringLiteral("yyyy-MM")),
                  QStringLiteral("--format"), format, QStringLiteral("--out"), cliPath });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            found += problems(cliPath, readText(cliPath), QStringLiteral("report"));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Every output in the registry, in every format: a new output cannot skip the proof.
    void everyRegisteredOutput()
    {
        QStringList found;
        const QHash<QString, QString> kinds {
            { QStringLiteral("minutes"), QStringLiteral("minutes") },
            { QStringLiteral("workplan"), QStringLiteral("workplan") },
            { QStringLiteral("findings"), QStringLiteral("report") }
        };
        for (const PublicOutput& output : PublicOutputs::all()) {
            OutputRequest request;
            request.today = m_plant.asOf;
            request.meetingId = m_meetingId; // the minutes with the markers
            request.meetingDay = m_plant.meetingDay;
            request.month = QDate(m_plant.asOf.year(), m_plant.asOf.month(), 1);
            for (const QString& format : output.formats) {
                auto bytes = PublicOutputs::produce(*m_db, output.id, format, request);
                QVERIFY2(bytes,
                         qPrintable(output.id + QLatin1Char(' ')
                                    + (bytes ? QString() : bytes.error().fullText())));
                const QString path = out(QStringLiteral("registry-%1.%2").arg(output.id, format));
                test::writeFile(path, bytes.value());
                found += problems(path, readText(path), kinds.value(output.id));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void calendar()
    {
        const QString path = out(QStringLiteral("csc.ics"));
        auto r = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("calendar"),
                                    QStringLiteral("--out"), path, QStringLiteral("--today"),
                                    m_plant.asOf.toString(Qt::ISODate) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = readText(path);
        QStringList found = problems(path, text, {});
        // The meeting with the markers is on the calendar (its public part is its name and time).
        // A public case's deadline is on it (by reference).
        if (!text.contains(m_plant.publicCaseReference + QStringLiteral(" due")))
            found << QStringLiteral("missing public content: the deadline of %1 in %2")
                         .arg(m_plant.publicCaseReference, path);
        const int number = Meetings::meetingOn(*m_db, m_plant.meetingDay).value().number;
        if (!text.contains(QStringLiteral("no. %1").arg(number)))
            found << QStringLiteral("missing public content: meeting no. %1 in %2")
                         .arg(number)
                         .arg(path);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Core's reads for an observer (what every screen shows one) carry no marker either:
    // the sections, decisions and action items of the committee's meetings, the cases with
    // their comments, moves and documents, and the search.
    void observerReadsThroughCore()
    {
        auto db = test::openOrFail(m_dbPath);
        QVERIFY(db);
        db->setSession({ QStringLiteral("Observer"), Role::Observer, 0 });
        QString all;
        for (const Meeting& m : Meetings::list(*db).value()) {
            auto record = Meetings::load(*db, m.id);
            QVERIFY2(record, record ? "" : qPrintable(record.error().fullText()));
            const MeetingRecord& r = record.value();
            for (const AgendaItem& a : r.agenda)
                all += a.title + a.linkedCase.title + QLatin1Char('\n');
            for (const MinutesSection& section : r.minutes.sections)
                all += section.heading + section.bodyHtml + QLatin1Char('\n');
            for (const Decision& d : r.decisions + r.emailDecisions)
                all += d.text + d.linkedCase.reference + QLatin1Char(' ') + d.linkedCase.title
                    + QLatin1Char('\n');
            for (const ActionItem& a : r.actionItems)
                all += a.text + a.note + QLatin1Char('\n');
            for (const MinutesComment& c : MinutesReview::ofMeeting(*db, m.id).value())
                all += c.body + QLatin1Char('\n');
        }
        for (const ActionItem& a : ActionItems::open(*db).value())
            all += a.text + a.note + QLatin1Char('\n');
        for (const WorkItem& w : WorkPlan::items(*db).value())
            all += w.title + w.description + QLatin1Char('\n');
        for (const CaseSummary& c : CaseRepository::list(*db).value()) {
            auto detail = CaseRepository::detail(*db, c.id);
            QVERIFY(detail);
            const CaseDetail& d = detail.value();
            all += c.reference + QLatin1Char(' ') + c.title + c.complainant + c.tld + d.description
                + QLatin1Char('\n');
            for (const CaseMove& move : d.moves)
                all += move.reason + move.documentName + QLatin1Char('\n');
            for (const CaseComment& comment : d.comments)
                all += comment.body + QLatin1Char('\n');
            for (const CaseDocumentRef& doc : d.documents)
                all += doc.name + QString::fromUtf8(CaseDocuments::content(*db, doc.id).valueOr({}))
                    + QLatin1Char('\n');
        }
        QStringList found = problems(QStringLiteral("an observer's reads"), all, {});
        for (const QString& marker : m_plant.secrets) {
            if (!CaseSearch::matchingCases(*db, marker).valueOr({}).isEmpty())
                found << QStringLiteral("LEAK: %1 found by an observer's search").arg(marker);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void observerReviewCopy()
    {
        const QString path = out(QStringLiteral("observer-copy.cscdesk"));
        // Issuing a copy records it in the committee database: the command needs the write lock.
        m_db.reset();
        auto r = test::runCscDesk({ QStringLiteral("--db"), m_dbPath, QStringLiteral("review"),
                                    QStringLiteral("export"), QStringLiteral("--for"),
                                    m_plant.observerFor, QStringLiteral("--observer"),
                                    QStringLiteral("--out"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // Raw bytes: free pages, journals and index segments count too.
        QByteArray bytes = test::fileBytes(path);
        for (const QString& side : { QStringLiteral("-wal"), QStringLiteral("-journal") }) {
            if (QFile::exists(path + side))
                bytes += test::fileBytes(path + side);
        }
        QStringList found = problems(path, QString::fromLatin1(bytes), {});
        // The search index stores its terms prefix-compressed: ask it for its vocabulary too.
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                          QStringLiteral("observer-copy"));
            copy.setDatabaseName(path);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5(%'")));
            QStringList indexes;
            while (q.next())
                indexes << q.value(0).toString();
            QVERIFY(!indexes.isEmpty());
            for (const QString& index : std::as_const(indexes)) {
                QSqlQuery vocab(copy);
                QVERIFY(vocab.exec(
                    QStringLiteral("CREATE VIRTUAL TABLE temp.v_%1 USING fts5vocab(main, %1, row)")
                        .arg(index)));
                QVERIFY(
                    vocab.exec(QStringLiteral("SELECT term FROM temp.v_%1 WHERE term LIKE 'leakm%'")
                                   .arg(index)));
                while (vocab.next())
                    found << QStringLiteral("LEAK: %1 in the search index %2 of %3")
                                 .arg(vocab.value(0).toString(), index, path);
            }
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("observer-copy"));
        // The public case is in the observer's copy.
        for (const QString& marker : m_plant.publics) {
            if (m_plant.publicWhere.value(marker).contains(QLatin1String("report"))
                && !bytes.contains(marker.toUtf8()))
                found << QStringLiteral("missing public content: %1 in %2").arg(marker, path);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLeakProof) // PDF needs QGuiApplication (fonts)
#include "tst_leakproof.moc"
