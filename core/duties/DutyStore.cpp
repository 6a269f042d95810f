// SPDX-License-Identifier: GPL-3.0-or-later
// The one file of core/duties that holds SQL (see DutyStore.h).
#include "DutyStore.h"

#include "core/domain/AuditedWrite.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

namespace csc {

namespace {

QVariant iso(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Qt binds a null QString as SQL NULL; optional text columns are NOT NULL DEFAULT ''.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s.trimmed();
}

QDate day(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

template<typename T, typename Fn>
Result<QList<T>> rows(const Database& db, const QString& sql, const QVariantList& values, Fn read)
{
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<T> result;
    while (q.next())
        result << read(q);
    return result;
}

} // namespace

Result<QList<PeriodicAudit>> DutyStore::periodicAudits(const Database& db)
{
    auto audits = rows<PeriodicAudit>(
        db,
        QStringLiteral("SELECT id, organisation, commissioned_on, report_received_on, "
                       "report_document_id, published_on, published_where, "
                       "public_summary, feedback_closes_on, feedback_summary FROM "
                       "periodic_audit ORDER BY commissioned_on, id"),
        {}, [](const SqlQuery& q) {
            PeriodicAudit a;
            a.id = q.value(0).toLongLong();
            a.organisation = q.value(1).toString();
            a.commissionedOn = day(q.value(2));
            a.reportReceivedOn = day(q.value(3));
            a.reportDocumentId = q.value(4).toLongLong();
            a.publishedOn = day(q.value(5));
            a.publishedWhere = q.value(6).toString();
            a.publicSummary = q.value(7).toString();
            a.feedbackClosesOn = day(q.value(8));
            a.feedbackSummary = q.value(9).toString();
            return a;
        });
    if (!audits)
        return audits;
    QList<PeriodicAudit> result = audits.value();
    SqlQuery l(db,
               QStringLiteral("SELECT audit_id, change_request_id FROM "
                              "periodic_audit_change_request ORDER BY change_request_id"));
    if (auto s = l.exec(); !s)
        return s.error();
    while (l.next()) {
        for (PeriodicAudit& a : result) {
            if (a.id == l.value(0).toLongLong())
                a.changeRequestIds << l.value(1).toLongLong();
        }
    }
    return result;
}

Result<qint64> DutyStore::insertPeriodicAudit(WriteScope& w, const QString& organisation,
                                              QDate commissionedOn)
{
    return w.insert(QStringLiteral("INSERT INTO periodic_audit(organisation, commissioned_on) "
                                   "VALUES (?, ?)"),
                    { organisation, commissionedOn.toString(Qt::ISODate) });
}

Status DutyStore::setAuditReport(WriteScope& w, qint64 auditId, QDate receivedOn, qint64 document)
{
    return w.exec(
        QStringLiteral("UPDATE periodic_audit SET report_received_on = ?, "
                       "report_document_id = ? WHERE id = ?"),
        { receivedOn.toString(Qt::ISODate), document ? QVariant(document) : QVariant(), auditId });
}

Status DutyStore::setAuditPublished(WriteScope& w, qint64 auditId, QDate on, const QString& where,
                                    const QString& publicSummary)
{
    return w.exec(QStringLiteral("UPDATE periodic_audit SET published_on = ?, "
                                 "published_where = ?, public_summary = ? WHERE id = ?"),
                  { on.toString(Qt::ISODate), where, publicSummary, auditId });
}

Status DutyStore::setAuditFeedback(WriteScope& w, qint64 auditId, QDate closesOn,
                                   const QString& summary)
{
    return w.exec(QStringLiteral("UPDATE periodic_audit SET feedback_closes_on = ?, "
                                 "feedback_summary = ? WHERE id = ?"),
                  { closesOn.toString(Qt::ISODate), summary, auditId });
}

Result<qint64> DutyStore::insertAuditChangeRequest(WriteScope& w, qint64 auditId,
                                                   const QString& title, QDate requestedOn,
                                                   const QString& consultation, QDate effectiveFrom)
{
    auto id = w.insert(QStringLiteral("INSERT INTO sle_change_request(title, requested_by, "
                                      "requested_on, consultation, effective_from, status) VALUES "
                                      "(?, 'committee', ?, ?, ?, 'proposed')"),
                       { title, requestedOn.toString(Qt::ISODate), consultation,
                         effectiveFrom.toString(Qt::ISODate) });
    if (!id)
        return id;
    if (auto s = w.exec(QStringLiteral("INSERT INTO periodic_audit_change_request(audit_id, "
                                       "change_request_id) VALUES (?, ?)"),
                        { auditId, id.value() });
        !s)
        return s.error();
    return id;
}

Result<qint64> DutyStore::insertTechnicalChange(WriteScope& w, const TechnicalChange& c)
{
    return w.insert(
        QStringLiteral("INSERT INTO technical_change(title, plan_agreed_on, rfc_opens_on, "
                       "rfc_closes_on, comments_count, statement_on, statement, public_text) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { c.title.trimmed(), iso(c.planAgreedOn), iso(c.rfcOpensOn), iso(c.rfcClosesOn),
          qMax(0, c.commentsReceived), iso(c.statementOn), text(c.statement), text(c.publicText) });
}

Result<QList<TechnicalChange>> DutyStore::technicalChanges(const Database& db)
{
    return rows<TechnicalChange>(
        db,
        QStringLiteral("SELECT id, title, plan_agreed_on, rfc_opens_on, rfc_closes_on, "
                       "comments_count, statement_on, statement, public_text FROM "
                       "technical_change ORDER BY coalesce(plan_agreed_on, rfc_opens_on), id"),
        {}, [](const SqlQuery& q) {
            return TechnicalChange { q.value(0).toLongLong(), q.value(1).toString(),
                                     day(q.value(2)),         day(q.value(3)),
                                     day(q.value(4)),         q.value(5).toInt(),
                                     day(q.value(6)),         q.value(7).toString(),
                                     q.value(8).toString() };
        });
}

Result<qint64> DutyStore::insertCustomerUpdate(WriteScope& w, const CustomerUpdate& u)
{
    return w.insert(QStringLiteral("INSERT INTO customer_update(kind, held_on, audience, content, "
                                   "public_text) VALUES (?, ?, ?, ?, ?)"),
                    { u.consultation ? QStringLiteral("consultation") : QStringLiteral("update"),
                      u.heldOn.toString(Qt::ISODate), u.audience.trimmed(), u.content.trimmed(),
                      u.publicText.trimmed() });
}

Result<QList<CustomerUpdate>> DutyStore::customerUpdates(const Database& db)
{
    return rows<CustomerUpdate>(
        db,
        QStringLiteral("SELECT id, kind, held_on, audience, content, public_text FROM "
                       "customer_update ORDER BY held_on, id"),
        {}, [](const SqlQuery& q) {
            return CustomerUpdate {
                q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("consultation"),
                day(q.value(2)),         q.value(3).toString(),
                q.value(4).toString(),   q.value(5).toString()
            };
        });
}

Result<qint64> DutyStore::insertReviewLiaison(WriteScope& w, const ReviewLiaison& l)
{
    return w.insert(
        QStringLiteral("INSERT INTO review_liaison(person, review, term_from, "
                       "term_to) VALUES (?, ?, ?, ?)"),
        { l.person.trimmed(), l.review, l.termFrom.toString(Qt::ISODate), iso(l.termTo) });
}

Result<QList<ReviewLiaison>> DutyStore::reviewLiaisons(const Database& db)
{
    return rows<ReviewLiaison>(
        db,
        QStringLiteral("SELECT id, person, review, term_from, term_to FROM "
                       "review_liaison ORDER BY term_from, id"),
        {}, [](const SqlQuery& q) {
            return ReviewLiaison { q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).toString(), day(q.value(3)), day(q.value(4)) };
        });
}

Result<qint64> DutyStore::insertComplaintSummary(WriteScope& w, const IfoComplaintSummary& s)
{
    auto id = w.insert(QStringLiteral("INSERT INTO ifo_complaint_summary(period_from, period_to, "
                                      "received_on) VALUES (?, ?, ?)"),
                       { s.periodFrom.toString(Qt::ISODate), s.periodTo.toString(Qt::ISODate),
                         s.receivedOn.toString(Qt::ISODate) });
    if (!id)
        return id;
    for (const auto& [kind, count] : s.counts) {
        if (auto r = w.exec(QStringLiteral("INSERT INTO ifo_complaint_summary_count(summary_id, "
                                           "category, count) VALUES (?, ?, ?)"),
                            { id.value(), kind.trimmed(), count });
            !r)
            return r.error();
    }
    return id;
}

Result<QList<IfoComplaintSummary>> DutyStore::complaintSummaries(const Database& db)
{
    auto summaries = rows<IfoComplaintSummary>(
        db,
        QStringLiteral("SELECT id, period_from, period_to, received_on FROM "
                       "ifo_complaint_summary ORDER BY period_from, id"),
        {}, [](const SqlQuery& q) {
            return IfoComplaintSummary {
                q.value(0).toLongLong(), day(q.value(1)), day(q.value(2)), day(q.value(3)), {}
            };
        });
    if (!summaries)
        return summaries;
    QList<IfoComplaintSummary> result = summaries.value();
    SqlQuery c(db,
               QStringLiteral("SELECT summary_id, category, count FROM "
                              "ifo_complaint_summary_count ORDER BY summary_id, category"));
    if (auto s = c.exec(); !s)
        return s.error();
    while (c.next()) {
        for (IfoComplaintSummary& s : result) {
            if (s.id == c.value(0).toLongLong())
                s.counts << qMakePair(c.value(1).toString(), c.value(2).toInt());
        }
    }
    return result;
}

Result<QList<QPair<QString, int>>> DutyStore::escalatedCounts(const Database& db, QDate from,
                                                              QDate to)
{
    return rows<QPair<QString, int>>(
        db,
        QStringLiteral("SELECT c.category, sum(c.count) FROM ifo_complaint_summary s JOIN "
                       "ifo_complaint_summary_count c ON c.summary_id = s.id WHERE "
                       "s.period_to >= ? AND s.period_from <= ? GROUP BY c.category ORDER "
                       "BY 2 DESC, 1"),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate) },
        [](const SqlQuery& q) { return qMakePair(q.value(0).toString(), q.value(1).toInt()); });
}

Result<qint64> DutyStore::insertComplaintHandling(WriteScope& w, const IfoComplaintHandling& h)
{
    return w.insert(QStringLiteral("INSERT INTO ifo_complaint_handling(reference, received_on, "
                                   "acknowledged_on, responded_on, case_id) VALUES (?, ?, ?, ?, "
                                   "?)"),
                    { h.reference.trimmed(), h.receivedOn.toString(Qt::ISODate),
                      iso(h.acknowledgedOn), iso(h.respondedOn),
                      h.caseId ? QVariant(h.caseId) : QVariant() });
}

Result<QList<IfoComplaintHandling>> DutyStore::complaintHandlings(const Database& db)
{
    return rows<IfoComplaintHandling>(
        db,
        QStringLiteral("SELECT id, reference, received_on, acknowledged_on, "
                       "responded_on, case_id FROM ifo_complaint_handling ORDER BY "
                       "received_on, id"),
        {}, [](const SqlQuery& q) {
            return IfoComplaintHandling { q.value(0).toLongLong(), q.value(1).toString(),
                                          day(q.value(2)),         day(q.value(3)),
                                          day(q.value(4)),         q.value(5).toLongLong() };
        });
}

} // namespace csc
