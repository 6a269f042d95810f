// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrgentReviews.h"

#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRows.h"
#include "core/domain/AuditedWrite.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

namespace csc {

using namespace caserows;

namespace {

QString isoOrToday(QDate d)
{
    return (d.isValid() ? d : QDate::currentDate()).toString(Qt::ISODate);
}

} // namespace

Result<qint64> UrgentReviews::open(Database& db, const UrgentReview& r)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    if (r.title.trimmed().isEmpty())
        return Error { tr("An urgent review needs a title."), {} };
    if (r.evidence.trimmed().isEmpty())
        return Error { tr("An urgent review needs its evidence: the extreme event, or the "
                          "disputes that make the breach systemic."),
                       {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    qint64 doc = r.documentId;
    if (!r.documentPath.isEmpty()) {
        auto stored = CaseDocuments::storeFile(db, r.documentPath, tr("Urgent review evidence"));
        if (!stored)
            return stored.error();
        doc = stored.value();
    }
    SqlQuery q(db,
               QStringLiteral("INSERT INTO urgent_review(title, trigger_kind, evidence, "
                              "document_id, opened_on) VALUES (?, ?, ?, ?, ?)"));
    q.bind(r.title.trimmed())
        .bind(r.fromDisputes ? QStringLiteral("disputes") : QStringLiteral("extreme_event"))
        .bind(r.evidence.trimmed())
        .bind(doc ? QVariant(doc) : QVariant())
        .bind(isoOrToday(r.openedOn));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(
            db, QStringLiteral("urgent_review"), QString::number(id), QStringLiteral("create"),
            { { QStringLiteral("title"), {}, r.title.trimmed() },
              { QStringLiteral("trigger"),
                {},
                r.fromDisputes ? QStringLiteral("disputes") : QStringLiteral("extreme_event") },
              { QStringLiteral("evidence"), {}, r.evidence.trimmed() } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> UrgentReviews::recordConsent(Database& db, qint64 reviewId, const CustomerConsent& c)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    auto review = get(db, reviewId);
    if (!review)
        return review.error();
    if (c.customers != TldKind::Cctld && c.customers != TldKind::Gtld)
        return Error { tr("Consent is given by the ccTLD or the gTLD customers."), {} };
    if (c.givenBy.trimmed().isEmpty() || c.means.trimmed().isEmpty() || !c.givenOn.isValid())
        return Error { tr("A consent needs who gave it, by what means and when."), {} };
    if (c.documentPath.isEmpty() && c.documentId == 0)
        return Error { tr("A consent needs its evidence: attach the document."), {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    qint64 doc = c.documentId;
    if (!c.documentPath.isEmpty()) {
        auto stored = CaseDocuments::storeFile(db, c.documentPath, tr("Customers' consent"));
        if (!stored)
            return stored.error();
        doc = stored.value();
    }
    const QString who = tldKindKey(c.customers);
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO urgent_review_consent(review_id, customers, "
                                        "given_by, means, given_on, document_id, at_utc) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?)"),
                         { reviewId, who, c.givenBy.trimmed(), c.means.trimmed(),
                           c.givenOn.toString(Qt::ISODate), doc, nowUtc() });
        !s)
        return s.error();
    auto id = queryScalar(db, QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    if (auto a
        = AuditLog::record(db, QStringLiteral("urgent_review"), QString::number(reviewId),
                           QStringLiteral("consent"),
                           { { QStringLiteral("customers"), {}, who },
                             { QStringLiteral("givenBy"), {}, c.givenBy.trimmed() },
                             { QStringLiteral("means"), {}, c.means.trimmed() },
                             { QStringLiteral("givenOn"), {}, c.givenOn.toString(Qt::ISODate) },
                             { QStringLiteral("documentId"), {}, doc } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value().toLongLong();
}

QStringList UrgentReviews::missingConsent(const UrgentReview& review)
{
    bool cc = false;
    bool g = false;
    for (const CustomerConsent& c : review.consents) {
        cc = cc || c.customers == TldKind::Cctld;
        g = g || c.customers == TldKind::Gtld;
    }
    QStringList missing;
    if (!cc)
        missing << tr("the ccTLD customers");
    if (!g)
        missing << tr("the gTLD customers");
    return missing;
}

Status UrgentReviews::openFurtherEscalation(Database& db, qint64 reviewId, const QString& ground,
                                            QDate on)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    auto review = get(db, reviewId);
    if (!review)
        return review.error();
    if (review.value().state != QLatin1String("open"))
        return Error { tr("Urgent review “%1” is not open.").arg(review.value().title), {} };
    const QStringList missing = missingConsent(review.value());
    if (!missing.isEmpty())
        return Error { tr("The Further Escalation Options need the explicit consent of the ccTLD "
                          "and gTLD customers; not yet recorded: %1.")
                           .arg(missing.join(tr(" and "))),
                       {} };
    if (ground.trimmed().isEmpty())
        return Error { tr("Say on what ground the Further Escalation Options are opened."), {} };
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("urgent_review"), reviewId,
        { { QStringLiteral("state"), QStringLiteral("open"), QStringLiteral("further_escalation") },
          { QStringLiteral("ground"), {}, ground.trimmed() } },
        QStringLiteral("UPDATE urgent_review SET state = 'further_escalation', "
                       "escalated_on = ?, ground = ? WHERE id = ?"),
        { isoOrToday(on), ground.trimmed(), reviewId });
}

Status UrgentReviews::conclude(Database& db, qint64 reviewId, const QString& outcome, QDate on)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    auto review = get(db, reviewId);
    if (!review)
        return review.error();
    if (review.value().state == QLatin1String("concluded"))
        return Error { tr("Urgent review “%1” is concluded already.").arg(review.value().title),
                       {} };
    if (outcome.trimmed().isEmpty())
        return Error { tr("Concluding an urgent review needs its outcome."), {} };
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("urgent_review"), reviewId,
        { { QStringLiteral("state"), review.value().state, QStringLiteral("concluded") },
          { QStringLiteral("outcome"), {}, outcome.trimmed() } },
        QStringLiteral("UPDATE urgent_review SET state = 'concluded', "
                       "concluded_on = ?, outcome = ? WHERE id = ?"),
        { isoOrToday(on), outcome.trimmed(), reviewId });
}

Result<QList<UrgentReview>> UrgentReviews::list(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT r.id, r.title, r.trigger_kind, r.evidence, r.document_id, "
                              "r.opened_on, r.state, r.escalated_on, r.ground, r.outcome, "
                              "r.concluded_on, d.name FROM urgent_review r LEFT JOIN document d "
                              "ON d.id = r.document_id ORDER BY r.opened_on, r.id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<UrgentReview> result;
    while (q.next()) {
        UrgentReview r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.fromDisputes = q.value(2).toString() == QLatin1String("disputes");
        r.evidence = q.value(3).toString();
        r.documentId = q.value(4).toLongLong();
        r.openedOn = dateOf(q.value(5));
        r.state = q.value(6).toString();
        r.escalatedOn = dateOf(q.value(7));
        r.ground = q.value(8).toString();
        r.outcome = q.value(9).toString();
        r.concludedOn = dateOf(q.value(10));
        r.documentName = q.value(11).toString();
        result << r;
    }
    SqlQuery c(db,
               QStringLiteral("SELECT c.id, c.review_id, c.customers, c.given_by, c.means, "
                              "c.given_on, c.document_id, d.name FROM urgent_review_consent c "
                              "LEFT JOIN document d ON d.id = c.document_id ORDER BY c.id"));
    if (auto s = c.exec(); !s)
        return s.error();
    while (c.next()) {
        for (UrgentReview& r : result) {
            if (r.id == c.value(1).toLongLong())
                r.consents << CustomerConsent {
                    c.value(0).toLongLong(), tldKindFromKey(c.value(2).toString()),
                    c.value(3).toString(),   c.value(4).toString(),
                    dateOf(c.value(5)),      {},
                    c.value(6).toLongLong(), c.value(7).toString()
                };
        }
    }
    return result;
}

Result<UrgentReview> UrgentReviews::get(const Database& db, qint64 reviewId)
{
    auto all = list(db);
    if (!all)
        return all.error();
    for (const UrgentReview& r : all.value()) {
        if (r.id == reviewId)
            return r;
    }
    return Error { tr("There is no urgent review #%1.").arg(reviewId), {} };
}

} // namespace csc
