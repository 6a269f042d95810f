// SPDX-License-Identifier: GPL-3.0-or-later
// `cscdesk duties`: the committee's other duties (domain.md §7) as one headless view.
#include "CaseStepCommands.h"
#include "core/cases/UrgentReviews.h"
#include "core/duties/DutyRecords.h"
#include "core/duties/IfoComplaints.h"
#include "core/duties/PeriodicAudits.h"
#include "core/settings/CommitteeSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csc {

namespace {

QJsonValue day(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString onTime(const DeadlineStatus& s)
{
    switch (s.state) {
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::Late:
        return QStringLiteral("late");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    default:
        return QStringLiteral("pending");
    }
}

} // namespace

int runDuties(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cscdesk",
        "The committee's other duties as JSON: urgent reviews and consents, periodic "
        "audits, technical changes, customer updates and consultations, review-team "
        "liaisons, the IFO's complaint summaries and handling times."));
    parser.addHelpOption();
    if (const auto done = context.parseArguments(parser))
        return *done;
    auto opened = context.openDatabase(true);
    if (!opened)
        return context.dataError(opened.error());
    const Database& db = *opened.value();
    QJsonObject o;

    auto reviews = UrgentReviews::list(db);
    if (!reviews)
        return context.dataError(reviews.error());
    QJsonArray urgent;
    for (const UrgentReview& r : reviews.value()) {
        QJsonArray consents;
        for (const CustomerConsent& c : r.consents)
            consents.append(
                QJsonObject { { QStringLiteral("customers"),
                                c.customers == TldKind::Cctld ? QStringLiteral("cctld")
                                                              : QStringLiteral("gtld") },
                              { QStringLiteral("givenBy"), c.givenBy },
                              { QStringLiteral("means"), c.means },
                              { QStringLiteral("givenOn"), day(c.givenOn) } });
        urgent.append(
            QJsonObject { { QStringLiteral("title"), r.title },
                          { QStringLiteral("opened"), day(r.openedOn) },
                          { QStringLiteral("state"), r.state },
                          { QStringLiteral("consents"), consents },
                          { QStringLiteral("missingConsent"),
                            QJsonArray::fromStringList(UrgentReviews::missingConsent(r)) } });
    }
    o.insert(QStringLiteral("urgentReviews"), urgent);

    auto audits = PeriodicAudits::all(db);
    if (!audits)
        return context.dataError(audits.error());
    QJsonArray auditArray;
    for (const PeriodicAudit& a : audits.value())
        auditArray.append(
            QJsonObject { { QStringLiteral("organisation"), a.organisation },
                          { QStringLiteral("commissioned"), day(a.commissionedOn) },
                          { QStringLiteral("reportReceived"), day(a.reportReceivedOn) },
                          { QStringLiteral("published"), day(a.publishedOn) },
                          { QStringLiteral("feedbackCloses"), day(a.feedbackClosesOn) },
                          { QStringLiteral("changeRequests"), int(a.changeRequestIds.size()) },
                          { QStringLiteral("stage"), PeriodicAudits::stage(a) } });
    o.insert(QStringLiteral("periodicAudits"), auditArray);

    auto changes = DutyRecords::technicalChanges(db);
    auto updates = DutyRecords::customerUpdates(db);
    auto liaisons = DutyRecords::reviewLiaisons(db);
    auto summaries = IfoComplaints::summaries(db);
    auto handlings = IfoComplaints::handlings(db);
    for (const Status& s : { Status(changes ? Status() : Status(changes.error())),
                             Status(updates ? Status() : Status(updates.error())),
                             Status(liaisons ? Status() : Status(liaisons.error())),
                             Status(summaries ? Status() : Status(summaries.error())),
                             Status(handlings ? Status() : Status(handlings.error())) }) {
        if (!s)
            return context.dataError(s.error());
    }
    QJsonArray changeArray;
    for (const TechnicalChange& c : changes.value())
        changeArray.append(QJsonObject { { QStringLiteral("title"), c.title },
                                         { QStringLiteral("planAgreed"), day(c.planAgreedOn) },
                                         { QStringLiteral("rfcOpens"), day(c.rfcOpensOn) },
                                         { QStringLiteral("rfcCloses"), day(c.rfcClosesOn) },
                                         { QStringLiteral("comments"), c.commentsReceived },
                                         { QStringLiteral("statement"), day(c.statementOn) } });
    o.insert(QStringLiteral("technicalChanges"), changeArray);
    QJsonArray updateArray;
    for (const CustomerUpdate& u : updates.value())
        updateArray.append(QJsonObject {
            { QStringLiteral("kind"),
              u.consultation ? QStringLiteral("consultation") : QStringLiteral("update") },
            { QStringLiteral("held"), day(u.heldOn) },
            { QStringLiteral("audience"), u.audience },
            { QStringLiteral("publicText"), u.publicText } });
    o.insert(QStringLiteral("customerUpdates"), updateArray);
    QJsonArray liaisonArray;
    for (const ReviewLiaison& l : liaisons.value())
        liaisonArray.append(QJsonObject { { QStringLiteral("person"), l.person },
                                          { QStringLiteral("review"), l.review },
                                          { QStringLiteral("from"), day(l.termFrom) },
                                          { QStringLiteral("to"), day(l.termTo) } });
    o.insert(QStringLiteral("reviewLiaisons"), liaisonArray);
    QJsonArray summaryArray;
    for (const IfoComplaintSummary& s : summaries.value()) {
        QJsonObject counts;
        for (const auto& [kind, count] : s.counts)
            counts.insert(kind, count);
        summaryArray.append(QJsonObject { { QStringLiteral("from"), day(s.periodFrom) },
                                          { QStringLiteral("to"), day(s.periodTo) },
                                          { QStringLiteral("counts"), counts } });
    }
    o.insert(QStringLiteral("ifoComplaintSummaries"), summaryArray);
    const BusinessCalendar calendar = CommitteeSettings::businessCalendar(db);
    QJsonArray handlingArray;
    for (const IfoComplaintHandling& h : handlings.value()) {
        const IfoHandlingCheck check = IfoComplaints::check(calendar, h, QDate::currentDate());
        handlingArray.append(
            QJsonObject { { QStringLiteral("reference"), h.reference },
                          { QStringLiteral("received"), day(h.receivedOn) },
                          { QStringLiteral("receipt"), onTime(check.receipt) },
                          { QStringLiteral("response"), onTime(check.response) } });
    }
    o.insert(QStringLiteral("ifoComplaintHandling"), handlingArray);
    context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    context.out.flush();
    return ExitOk;
}

} // namespace csc
