// SPDX-License-Identifier: GPL-3.0-or-later
// The public minutes and work plan never carry confidential material: markers
// planted in every confidential field and section appear in no output format,
// while every public section does.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/export/MinutesExporter.h"
#include "core/export/WorkPlanExporter.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/WorkPlan.h"

#include <QTemporaryDir>
#include <QTextDocument>

using namespace csc;

namespace {

// Single words, so pdftotext cannot break them.
const QStringList kSecrets = {
    QStringLiteral("SECRETSECTIONHEAD"),      QStringLiteral("SECRETSECTIONBODY"),
    QStringLiteral("SECRETAGENDATITLE"),      QStringLiteral("SECRETCASETITLE"),
    QStringLiteral("EXERCISEREFMARKER"),      QStringLiteral("SECRETEXERCISETITLE"),
    QStringLiteral("SECRETDECISIONTEXT"),     QStringLiteral("SECRETEMAILDECISION"),
    QStringLiteral("SECRETACTIONTEXT"),       QStringLiteral("SECRETACTIONNOTE"),
    QStringLiteral("SECRETEXERCISEDECISION"), QStringLiteral("SECRETWORKITEM"),
};
const QStringList kPublic = {
    QStringLiteral("PUBLICSECTIONBODY"),  QStringLiteral("PUBLICTOPICHEADING"),
    QStringLiteral("CSC-2026-001"),       QStringLiteral("PUBLICCASETITLE"),
    QStringLiteral("PUBLICDECISIONTEXT"), QStringLiteral("PUBLICEMAILDECISION"),
    QStringLiteral("PUBLICACTIONTEXT"),   QStringLiteral("PUBLICACTIONNOTE"),
    QStringLiteral("Roll call"),          QStringLiteral("Any other business"),
};

QString richText(const QString& text)
{
    QTextDocument doc;
    doc.setPlainText(text);
    return doc.toHtml(); // what the minutes editor stores
}

} // namespace

class TestPublicExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    qint64 m_meeting = 0;
    QTemporaryDir m_dir;

    void plant()
    {
        test::Roster roster = test::addRoster(*m_db);
        const qint64 secretCase = test::addCase(*m_db, QStringLiteral("CSC-2026-001"),
                                                QStringLiteral("SECRETCASETITLE"), true, false);
        const qint64 publicCase = test::addCase(*m_db, QStringLiteral("CSC-2026-002"),
                                                QStringLiteral("PUBLICCASETITLE"), false, false);
        const qint64 exercise = test::addCase(*m_db, QStringLiteral("EXERCISEREFMARKER"),
                                              QStringLiteral("SECRETEXERCISETITLE"), false, true);
        test::addMeeting(*m_db, QDate(2026, 10, 15));
        m_meeting = test::addMeeting(*m_db, QDate(2026, 11, 19));
        for (qint64 id : roster.voting)
            QVERIFY(Meetings::setAttendance(*m_db, m_meeting, id, AttendanceStatus::Present));

        AgendaItem item;
        item.title = QStringLiteral("SECRETAGENDATITLE");
        item.confidential = true;
        QVERIFY(Meetings::addAgendaItem(*m_db, m_meeting, item, 4));
        item = {};
        item.title = QStringLiteral("Complaint follow-up");
        item.linkedCase = Meetings::caseLink(*m_db, secretCase).value();
        QVERIFY(Meetings::addAgendaItem(*m_db, m_meeting, item, 4));
        item.title = QStringLiteral("Table-top exercise");
        item.linkedCase = Meetings::caseLink(*m_db, exercise).value();
        QVERIFY(Meetings::addAgendaItem(*m_db, m_meeting, item, 4));

        const auto decide
            = [&](const QString& text, bool confidential, qint64 caseId, bool byEmail) {
                  Decision d;
                  d.meetingId = byEmail ? 0 : m_meeting;
                  d.byEmail = byEmail;
                  d.decidedOn = byEmail ? QDate(2026, 11, 2) : QDate(2026, 11, 19);
                  d.text = text;
                  d.confidential = confidential;
                  if (caseId)
                      d.linkedCase = Meetings::caseLink(*m_db, caseId).value();
                  for (qint64 id : roster.voting)
                      d.votes.append({ id, {}, VoteChoice::For });
                  QVERIFY(Decisions::add(*m_db, d));
              };
        decide(QStringLiteral("SECRETDECISIONTEXT"), true, 0, false);
        decide(QStringLiteral("PUBLICDECISIONTEXT about the secret case"), false, secretCase,
               false);
        decide(QStringLiteral("PUBLICDECISIONTEXT about the public case"), false, publicCase,
               false);
        decide(QStringLiteral("SECRETEXERCISEDECISION"), false, exercise, false);
        decide(QStringLiteral("SECRETEMAILDECISION"), true, 0, true);
        decide(QStringLiteral("PUBLICEMAILDECISION"), false, 0, true);

        auto secretAction = ActionItems::add(*m_db, m_meeting, QStringLiteral("SECRETACTIONTEXT"),
                                             roster.voting.at(0), QDate(2026, 12, 1), true);
        QVERIFY(secretAction);
        QVERIFY(ActionItems::setStatus(*m_db, secretAction.value(), false,
                                       QStringLiteral("SECRETACTIONNOTE")));
        auto publicAction = ActionItems::add(*m_db, m_meeting, QStringLiteral("PUBLICACTIONTEXT"),
                                             roster.voting.at(1), QDate(2026, 12, 1));
        QVERIFY(publicAction);
        QVERIFY(ActionItems::setStatus(*m_db, publicAction.value(), true,
                                       QStringLiteral("PUBLICACTIONNOTE")));

        QVERIFY(MinutesBook::generateDraft(*m_db, m_meeting));
        const QList<MinutesSection> sections
            = MinutesBook::minutes(*m_db, m_meeting).value().sections;
        for (MinutesSection s : sections) {
            if (s.heading == QStringLiteral("Topics")) {
                s.heading = QStringLiteral("PUBLICTOPICHEADING");
                s.bodyHtml = richText(QStringLiteral("PUBLICSECTIONBODY and more"));
            } else if (s.heading == QStringLiteral("Table-top exercise")) {
                s.confidential = false; // even opened up, an exercise stays out
                s.bodyHtml = richText(QStringLiteral("SECRETEXERCISETITLE was rehearsed"));
            } else if (s.heading == QStringLiteral("Complaint follow-up")) {
                s.bodyHtml = richText(QStringLiteral("Case CSC-2026-001 discussed."));
            } else {
                continue;
            }
            QVERIFY(MinutesBook::updateSection(*m_db, s));
        }
        MinutesSection secret;
        secret.heading = QStringLiteral("SECRETSECTIONHEAD");
        secret.bodyHtml = richText(QStringLiteral("SECRETSECTIONBODY"));
        secret.confidential = true;
        QVERIFY(MinutesBook::addSection(*m_db, m_meeting, secret));

        QVERIFY(WorkPlan::add(*m_db,
                              { 0, 0, QStringLiteral("Annual consultation"),
                                QStringLiteral("PUBLICWORKITEM"), QDate(2027, 3, 1),
                                WorkItem::Status::Planned, true }));
        QVERIFY(WorkPlan::add(*m_db,
                              { 0,
                                0,
                                QStringLiteral("SECRETWORKITEM"),
                                QStringLiteral("internal"),
                                {},
                                WorkItem::Status::Planned,
                                false }));
    }

    QString exported(DocumentWriter::Format format)
    {
        const QString path = m_dir.filePath(MinutesExporter::fileName(QDate(2026, 11, 19), format));
        auto s = MinutesExporter::exportMinutes(*m_db, m_meeting, format, path);
        if (!s)
            qWarning() << s.error().fullText();
        return format == DocumentWriter::Format::Pdf ? test::pdfText(path)
                                                     : QString::fromUtf8(test::fileBytes(path));
    }

    static void checkClean(const QString& text)
    {
        QVERIFY(text.size() > 200);
        for (const QString& secret : kSecrets)
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("leaked: ") + secret));
        for (const QString& marker : kPublic)
            QVERIFY2(text.contains(marker), qPrintable(QStringLiteral("missing: ") + marker));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        plant();
    }

    void fileNamesAreConventional()
    {
        QCOMPARE(MinutesExporter::fileName(QDate(2026, 11, 19), DocumentWriter::Format::Pdf),
                 QStringLiteral("csc-minutes-2026-11-19.pdf"));
        QCOMPARE(MinutesExporter::fileName(QDate(2026, 11, 19), DocumentWriter::Format::Markdown),
                 QStringLiteral("csc-minutes-2026-11-19.md"));
    }

    void filteredModelHoldsNoSecret()
    {
        const PublicMinutes pub = MinutesExporter::publicMinutes(*m_db, m_meeting).value();
        QString all;
        for (const auto& s : pub.sections)
            all += s.heading + s.bodyHtml;
        for (const auto& d : pub.decisions)
            all += d.text + d.caseLabel + d.outcome;
        for (const auto& a : pub.actionItems)
            all += a.identifier + a.text + a.note + a.owner;
        for (const QString& secret : kSecrets)
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        QCOMPARE(pub.decisions.size(), 3);
        QCOMPARE(pub.decisions.at(0).caseLabel, QString()); // the e-mail decision comes first
        QCOMPARE(pub.decisions.at(1).caseLabel, QStringLiteral("CSC-2026-001"));
        QCOMPARE(pub.decisions.at(2).caseLabel, QStringLiteral("CSC-2026-002 — PUBLICCASETITLE"));
        QCOMPARE(pub.actionItems.size(), 1);
        QCOMPARE(pub.actionItems.first().identifier, QStringLiteral("Action item 02 2 2026"));
    }

    void html() { checkClean(exported(DocumentWriter::Format::Html)); }
    void pdf() { checkClean(exported(DocumentWriter::Format::Pdf)); }
    void markdown() { checkClean(exported(DocumentWriter::Format::Markdown)); }

    void commandLineExportIsPublic()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("cli.db"));
        QVERIFY(m_db->backupTo(dbPath));
        for (const QString& format :
             { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md") }) {
            const QString out = m_dir.filePath(QStringLiteral("cli.") + format);
            auto r = test::runCscDesk({ QStringLiteral("--db"), dbPath, QStringLiteral("minutes"),
                                        QStringLiteral("export"), QStringLiteral("--meeting"),
                                        QStringLiteral("2026-11-19"), QStringLiteral("--format"),
                                        format, QStringLiteral("--out"), out });
            QCOMPARE(r.exitCode, 0);
            checkClean(format == QStringLiteral("pdf") ? test::pdfText(out)
                                                       : QString::fromUtf8(test::fileBytes(out)));
        }
        auto r = test::runCscDesk({ QStringLiteral("--db"), dbPath, QStringLiteral("minutes"),
                                    QStringLiteral("export"), QStringLiteral("--meeting"),
                                    QStringLiteral("2026-11-20"), QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--out"),
                                    m_dir.filePath(QStringLiteral("x.pdf")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("2026-11-20")));
    }

    void workPlanKeepsInternalItemsOut()
    {
        for (auto format : { DocumentWriter::Format::Html, DocumentWriter::Format::Pdf,
                             DocumentWriter::Format::Markdown }) {
            const QString path
                = m_dir.filePath(WorkPlanExporter::fileName(QDate(2026, 11, 23), format));
            QVERIFY(WorkPlanExporter::exportWorkPlan(*m_db, format, path));
            const QString text = format == DocumentWriter::Format::Pdf
                ? test::pdfText(path)
                : QString::fromUtf8(test::fileBytes(path));
            QVERIFY(text.contains(QStringLiteral("PUBLICWORKITEM")));
            QVERIFY(!text.contains(QStringLiteral("SECRETWORKITEM")));
        }
    }
};

QTEST_MAIN(TestPublicExport) // PDF needs QGuiApplication (fonts)
#include "tst_publicexport.moc"
