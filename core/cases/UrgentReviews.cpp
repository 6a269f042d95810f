// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrgentReviews.h"

#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
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
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        qint64 doc = r.documentId;
        if (!r.documentPath.isEmpty()) {
            auto stored
                = CaseDocuments::storeFile(db, r.documentPath, tr("Urgent review evidence"));
            if (!stored)
                return stored.error();
            doc = stored.value();
        }
        UrgentReview opened = r;
        opened.openedOn = QDate::fromString(isoOrToday(r.openedOn), Qt::ISODate);
        auto id = CaseStore::insertUrgentReview(w, opened, doc);
        if (!id)
            return id;
        if (auto a = w.audit(
                QStringLiteral("urgent_review"), id.value(), QStringLiteral("create"),
                { { QStringLiteral("title"), {}, r.title.trimmed() },
                  { QStringLiteral("trigger"),
                    {},
                    r.fromDisputes ? QStringLiteral("disputes") : QStringLiteral("extreme_event") },
                  { QStringLiteral("evidence"), {}, r.evidence.trimmed() } });
            !a)
            return a.error();
        return id;
    });
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
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        qint64 doc = c.documentId;
        if (!c.documentPath.isEmpty()) {
            auto stored = CaseDocuments::storeFile(db, c.documentPath, tr("Customers' consent"));
            if (!stored)
                return stored.error();
            doc = stored.value();
        }
        const QString who = tldKindKey(c.customers);
        auto id = CaseStore::insertConsent(w, reviewId, c, doc, nowUtc());
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("urgent_review"), reviewId, QStringLiteral("consent"),
                             { { QStringLiteral("customers"), {}, who },
                               { QStringLiteral("givenBy"), {}, c.givenBy.trimmed() },
                               { QStringLiteral("means"), {}, c.means.trimmed() },
                               { QStringLiteral("givenOn"), {}, c.givenOn.toString(Qt::ISODate) },
                               { QStringLiteral("documentId"), {}, doc } });
            !a)
            return a.error();
        return id;
    });
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
    return CaseStore::setUrgentReviewEscalated(
        db, reviewId,
        { { QStringLiteral("state"), QStringLiteral("open"), QStringLiteral("further_escalation") },
          { QStringLiteral("ground"), {}, ground.trimmed() } },
        on.isValid() ? on : QDate::currentDate(), ground.trimmed());
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
    return CaseStore::setUrgentReviewConcluded(
        db, reviewId,
        { { QStringLiteral("state"), review.value().state, QStringLiteral("concluded") },
          { QStringLiteral("outcome"), {}, outcome.trimmed() } },
        on.isValid() ? on : QDate::currentDate(), outcome.trimmed());
}

Result<QList<UrgentReview>> UrgentReviews::list(const Database& db)
{
    return CaseStore::urgentReviews(db);
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
