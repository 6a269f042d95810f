// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProcesses.h"

#include "DemoContext.h"
#include "core/cases/CaseClock.h"
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/UrgentReviews.h"
#include "core/duties/DutyRecords.h"
#include "core/duties/IfoComplaints.h"
#include "core/duties/PeriodicAudits.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <algorithm>

namespace csc {

namespace {

class Scenes
{
public:
    explicit Scenes(DemoContext& context)
        : m_db(context.db)
        , m_today(context.asOf)
    { }

    Status run()
    {
        if (auto s = responses(); !s)
            return s;
        if (auto s = handOver(); !s)
            return s;
        if (auto s = urgentReview(); !s)
            return s;
        if (auto s = ratification(); !s)
            return s;
        return duties();
    }

private:
    Database& m_db;
    QDate m_today;
    QTemporaryDir m_files;

    Result<qint64> open(CaseProcess process, const QString& title, const QString& op,
                        const QString& tld, int daysAgo)
    {
        NewCase c;
        c.process = process;
        c.title = title;
        c.complainant = op;
        c.tld = tld;
        c.category = QStringLiteral("timeliness");
        c.openedOn = m_today.addDays(-daysAgo);
        return CaseRepository::create(m_db, c);
    }

    Result<qint64> document(qint64 caseId, const QString& name, const QString& kind)
    {
        return CaseDocuments::attachBytes(
            m_db, caseId, name, kind, QStringLiteral("%1\n\n(demo document)").arg(name).toUtf8());
    }

    Status move(qint64 caseId, const char* to, int daysAgo, const QString& note,
                bool withDocument = false, int days = 0)
    {
        MoveRequest r;
        r.caseId = caseId;
        r.toStep = QLatin1String(to);
        r.reason = note;
        r.effectiveDate = m_today.addDays(-daysAgo);
        r.deadlineDays = days;
        if (withDocument) {
            auto doc = document(caseId, QStringLiteral("%1.pdf").arg(QLatin1String(to)),
                                QStringLiteral("Document"));
            if (!doc)
                return doc.error();
            r.documentId = doc.value();
        }
        auto m = CaseMoves::move(m_db, r);
        return m ? Status() : Status(m.error());
    }

    QString file(const QString& name)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QStringLiteral("%1\n\n(demo document)").arg(name).toUtf8());
        return path;
    }

    // Three complaints waiting for the IFO's written response: answered on time, answered late,
    // and unanswered (the committee may move on without it).
    Status responses()
    {
        struct Scene
        {
            const char* title;
            const char* op;
            const char* tld;
            int receivedDaysAgo; // 0: none
        };
        const Scene scenes[] = {
            { "Written response on time: DS update delays", "Fjordline Domains", "fjord", 22 },
            { "Written response late: contact update lost", "Boreal Names Ltd", "boreal", 6 },
            { "No written response: name server change stuck", "Caribbean Domain Registry", "cb",
              0 },
        };
        for (const Scene& s : scenes) {
            auto id = open(CaseProcess::Complaint, QString::fromUtf8(s.title),
                           QString::fromUtf8(s.op), QString::fromUtf8(s.tld), 40);
            if (!id)
                return id.error();
            if (auto m
                = move(id.value(), "reported", 38, QStringLiteral("Reported by the operator"));
                !m)
                return m;
            if (auto m = move(id.value(), "written_response", 30,
                              QStringLiteral("Skipped the Ombudsman; written response requested"));
                !m)
                return m;
            if (s.receivedDaysAgo) {
                auto doc = document(id.value(), QStringLiteral("ifo-written-response.pdf"),
                                    QStringLiteral("IFO's written response"));
                if (!doc)
                    return doc.error();
                if (auto r = CaseResponses::recordReceived(
                        m_db, id.value(), m_today.addDays(-s.receivedDaysAgo), {}, doc.value());
                    !r)
                    return r.error();
            } else if (auto r = CaseResponses::recordNone(m_db, id.value(), m_today); !r) {
                return r.error();
            }
        }
        // Problem Management: the IFO answered the significant failure after its 30 days.
        auto pm = open(CaseProcess::ProblemManagement,
                       QStringLiteral("Significant failure: root zone publication misses"),
                       QStringLiteral("Lakeside ccTLD Authority"), QStringLiteral("lk"), 45);
        if (!pm)
            return pm.error();
        auto doc = document(pm.value(), QStringLiteral("ifo-response.pdf"),
                            QStringLiteral("IFO's response"));
        if (!doc)
            return doc.error();
        auto r
            = CaseResponses::recordReceived(m_db, pm.value(), m_today.addDays(-8), {}, doc.value());
        return r ? Status() : Status(r.error());
    }

    // Complaint step 6 -> Problem Management -> binding panel -> remediable finding, published.
    Status handOver()
    {
        auto complaint = open(
            CaseProcess::Complaint, QStringLiteral("Repeated re-test delays after failed checks"),
            QStringLiteral("Andes Registry Services"), QStringLiteral("andes"), 200);
        if (!complaint)
            return complaint.error();
        const qint64 c = complaint.value();
        const struct
        {
            const char* to;
            int daysAgo;
            bool document;
        } path[] = { { "reported", 198, false },
                     { "written_response", 190, false },
                     { "mediation", 170, true },
                     { "systemic_review", 150, true } };
        for (const auto& step : path) {
            if (auto s = move(c, step.to, step.daysAgo,
                              QStringLiteral("Demo: as the committee "
                                             "agreed"),
                              step.document);
                !s)
                return s;
        }
        auto pm = CaseHandOver::openProblemManagement(
            m_db, c, QStringLiteral("The same failure hit three operators."),
            m_today.addDays(-140));
        if (!pm)
            return pm.error();
        const qint64 p = pm.value();
        if (auto s
            = move(p, "remedial_action", 135, QStringLiteral("Response inadequate"), true, 20);
            !s)
            return s;
        if (auto s = move(p, "completion_check", 100, QStringLiteral("IFO reports completion")); !s)
            return s;
        if (auto s = move(p, "mediation", 80, QStringLiteral("Remediation unsatisfactory")); !s)
            return s;
        if (auto s = move(p, "appeal", 60, QStringLiteral("Mediation failed"), true); !s)
            return s;
        auto appeal = CaseHandOver::openAppealsPanel(m_db, p, {}, m_today.addDays(-55));
        if (!appeal)
            return appeal.error();
        FindingRequest f;
        f.appealCaseId = appeal.value();
        f.finding = PanelFinding::Remediable;
        f.remedyDays = 30;
        f.decidedOn = m_today.addDays(-20);
        f.publicText = QStringLiteral(
            "The panel found that the IFO breached the service level for re-tests after failed "
            "technical checks and that the breach is capable of remedy. The IFO has 30 days to "
            "remedy it.");
        f.documentPath = file(QStringLiteral("panel-finding.pdf"));
        if (auto s = CaseHandOver::recordFinding(m_db, f); !s)
            return s;
        return CaseHandOver::publishFinding(m_db, appeal.value());
    }

    // An urgent review with the ccTLD customers' consent only: the Further Escalation Options
    // stay closed until the gTLD customers consent too.
    Status urgentReview()
    {
        UrgentReview r;
        r.title = QStringLiteral("Root zone publication stalled for three days");
        r.evidence = QStringLiteral("Publication after review took 72 hours for 41 requests "
                                    "between the 3rd and the 6th; IFO incident report attached.");
        r.openedOn = m_today.addDays(-20);
        r.documentPath = file(QStringLiteral("incident-report.pdf"));
        auto id = UrgentReviews::open(m_db, r);
        if (!id)
            return id.error();
        CustomerConsent c;
        c.customers = TldKind::Cctld;
        c.givenBy = QStringLiteral("ccNSO Council");
        c.means = QStringLiteral("Council resolution");
        c.givenOn = m_today.addDays(-5);
        c.documentPath = file(QStringLiteral("ccnso-resolution.pdf"));
        auto consent = UrgentReviews::recordConsent(m_db, id.value(), c);
        return consent ? Status() : Status(consent.error());
    }

    // Decisions of meetings that were not quorate (domain.md §6: all appointed members must
    // attend): the most recent waits for its ratification by e-mail, an earlier one has it.
    Status ratification()
    {
        auto meetings = Meetings::list(m_db);
        if (!meetings)
            return meetings.error();
        QList<Meeting> held = meetings.value();
        std::sort(held.begin(), held.end(),
                  [](const Meeting& a, const Meeting& b) { return a.startsUtc > b.startsUtc; });
        int marked = 0;
        for (const Meeting& m : std::as_const(held)) {
            if (marked == 2)
                break;
            if (m.day() >= m_today.addDays(-14))
                continue;
            auto attendance = Meetings::attendance(m_db, m.id);
            if (!attendance)
                return attendance.error();
            if (Decisions::isQuorate(Decisions::rules(m_db, m.day()), attendance.value()))
                continue;
            auto decisions = Decisions::ofMeeting(m_db, m.id);
            if (!decisions)
                return decisions.error();
            for (const Decision& d : decisions.value()) {
                if (d.confidential || d.ratifyByEmail)
                    continue;
                if (auto s = Decisions::markToRatifyByEmail(m_db, d.id); !s)
                    return s;
                if (marked++ == 1) {
                    // The earlier one: ratified by every voting member a week later.
                    Decision email;
                    email.byEmail = true;
                    email.decidedOn = m.day().addDays(7);
                    email.text = QStringLiteral("The committee ratified by e-mail the decision of "
                                                "meeting %1: %2")
                                     .arg(m.number)
                                     .arg(d.text);
                    for (const AttendanceEntry& a : attendance.value()) {
                        if (a.voting)
                            email.votes.append({ a.memberId, {}, VoteChoice::For });
                    }
                    auto id = Decisions::add(m_db, email);
                    if (!id)
                        return id.error();
                    if (auto s = Decisions::ratify(m_db, d.id, id.value()); !s)
                        return s;
                }
                break;
            }
        }
        return {};
    }

    Status duties()
    {
        auto audit = PeriodicAudits::commission(m_db, QStringLiteral("Meridian Assurance LLP"),
                                                m_today.addDays(-300));
        if (!audit)
            return audit.error();
        if (auto s = PeriodicAudits::recordReport(m_db, audit.value(), m_today.addDays(-120),
                                                  file(QStringLiteral("audit-report.pdf")));
            !s)
            return s;
        if (auto s = PeriodicAudits::publishResults(
                m_db, audit.value(), m_today.addDays(-100),
                QStringLiteral("https://csc.example/audit"),
                QStringLiteral("The IFO met 61 of 63 service levels over the period audited.")
                    + QStringLiteral(" Two thresholds should be refined."));
            !s)
            return s;
        if (auto s = PeriodicAudits::recordFeedback(
                m_db, audit.value(), m_today.addDays(-60),
                QStringLiteral("Nine comments; registries support refining the two thresholds."));
            !s)
            return s;
        if (auto cr = PeriodicAudits::openChangeRequest(
                m_db, audit.value(), QStringLiteral("Refine the re-test threshold"),
                m_today.addDays(-50));
            !cr)
            return cr.error();
        TechnicalChange change;
        change.title = QStringLiteral("Algorithm rollover of the root zone KSK");
        change.planAgreedOn = m_today.addDays(-90);
        change.rfcOpensOn = m_today.addDays(-80);
        change.rfcClosesOn = m_today.addDays(-50);
        change.commentsReceived = 14;
        change.statementOn = m_today.addDays(-30);
        change.statement = QStringLiteral("The IFO will publish a revised timeline.");
        change.publicText = QStringLiteral("The committee agreed the implementation plan with the "
                                           "IFO on behalf of the registry operators.");
        if (auto s = DutyRecords::addTechnicalChange(m_db, change); !s)
            return s.error();
        for (bool consultation : { false, true }) {
            CustomerUpdate u;
            u.consultation = consultation;
            u.heldOn = m_today.addDays(consultation ? -150 : -35);
            u.audience = consultation ? QStringLiteral("IFO, ccTLD and gTLD registry operators, "
                                                       "the community")
                                      : QStringLiteral("ccNSO and RySG members");
            u.content = QStringLiteral("Performance of the year; changes underway.");
            u.publicText = consultation
                ? QStringLiteral("Annual consultation on IFO performance and changes to IANA "
                                 "services underway or anticipated.")
                : QStringLiteral("The IFO met all service levels in most months.");
            if (auto s = DutyRecords::addCustomerUpdate(m_db, u); !s)
                return s.error();
        }
        if (auto s = DutyRecords::addReviewLiaison(m_db,
                                                   { 0,
                                                     QStringLiteral("Amara Okafor"),
                                                     QStringLiteral("ifr"),
                                                     m_today.addDays(-400),
                                                     {} });
            !s)
            return s.error();
        IfoComplaintSummary summary;
        summary.periodFrom = QDate(m_today.year(), m_today.month(), 1).addMonths(-3);
        summary.periodTo = QDate(m_today.year(), m_today.month(), 1).addDays(-1);
        summary.receivedOn = QDate(m_today.year(), m_today.month(), 1);
        summary.counts
            = { { QStringLiteral("timeliness"), 4 }, { QStringLiteral("communication"), 2 } };
        if (summary.receivedOn <= m_today) {
            if (auto s = IfoComplaints::addSummary(m_db, summary); !s)
                return s.error();
        }
        auto h = IfoComplaints::addHandling(m_db,
                                            { 0, QStringLiteral("IANA-C-2026-117"),
                                              m_today.addDays(-12), m_today.addDays(-11),
                                              m_today.addDays(-7), 0 });
        return h ? Status() : Status(h.error());
    }
};

} // namespace

Status DemoProcesses::populate(DemoContext& context)
{
    // Core refuses dates in the future; a demo "as of" a later day has none of these scenes.
    if (context.asOf > QDate::currentDate())
        return {};
    const FixedCaseClock clock(QDateTime(context.asOf, QTime(12, 0), Qt::UTC));
    return Scenes(context).run();
}

} // namespace csc
