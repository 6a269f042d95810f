// SPDX-License-Identifier: GPL-3.0-or-later
#include "DutyRecords.h"

#include "core/domain/AuditedWrite.h"
#include "core/duties/DutyStore.h"

namespace csc {

namespace {

QVariant iso(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Insert + audit entry in one audited write; the audit lists every field given.
template<typename Insert>
Result<qint64> insertAudited(Database& db, const QString& entity, Insert insert,
                             const QList<FieldChange>& fields)
{
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        auto id = insert(w);
        if (!id)
            return id;
        if (auto a = w.audit(entity, id.value(), QStringLiteral("create"), fields); !a)
            return a.error();
        return id;
    });
}

} // namespace

Result<qint64> DutyRecords::addTechnicalChange(Database& db, const TechnicalChange& c)
{
    if (c.title.trimmed().isEmpty())
        return Error { tr("A technical change needs a title."), {} };
    if (c.rfcOpensOn.isValid() && c.rfcClosesOn.isValid() && c.rfcClosesOn < c.rfcOpensOn)
        return Error { tr("The RFC period of “%1” closes before it opens.").arg(c.title), {} };
    if (c.statementOn.isValid() && c.rfcClosesOn.isValid() && c.statementOn < c.rfcClosesOn)
        return Error { tr("The IFO's statement on “%1” is based on the comments received; it "
                          "comes after the RFC period closes (%2).")
                           .arg(c.title, c.rfcClosesOn.toString(Qt::ISODate)),
                       {} };
    return insertAudited(db, QStringLiteral("technical_change"),
                         [&](WriteScope& w) { return DutyStore::insertTechnicalChange(w, c); },
                         { { QStringLiteral("title"), {}, c.title.trimmed() },
                           { QStringLiteral("planAgreedOn"), {}, iso(c.planAgreedOn) },
                           { QStringLiteral("rfc"),
                             {},
                             QStringLiteral("%1..%2").arg(iso(c.rfcOpensOn).toString(),
                                                          iso(c.rfcClosesOn).toString()) },
                           { QStringLiteral("commentsReceived"), {}, c.commentsReceived },
                           { QStringLiteral("statementOn"), {}, iso(c.statementOn) } });
}

Result<QList<TechnicalChange>> DutyRecords::technicalChanges(const Database& db)
{
    return DutyStore::technicalChanges(db);
}

Result<qint64> DutyRecords::addCustomerUpdate(Database& db, const CustomerUpdate& u)
{
    if (!u.heldOn.isValid() || u.audience.trimmed().isEmpty() || u.content.trimmed().isEmpty()
        || u.publicText.trimmed().isEmpty())
        return Error { u.consultation
                           ? tr("A consultation needs its date, audience, content and public "
                                "text.")
                           : tr("An update to the direct customers needs its date, audience, "
                                "content and public text."),
                       {} };
    const QString kind = u.consultation ? QStringLiteral("consultation") : QStringLiteral("update");
    return insertAudited(db, QStringLiteral("customer_update"),
                         [&](WriteScope& w) { return DutyStore::insertCustomerUpdate(w, u); },
                         { { QStringLiteral("kind"), {}, kind },
                           { QStringLiteral("heldOn"), {}, u.heldOn.toString(Qt::ISODate) },
                           { QStringLiteral("audience"), {}, u.audience.trimmed() },
                           { QStringLiteral("publicText"), {}, u.publicText.trimmed() } });
}

Result<QList<CustomerUpdate>> DutyRecords::customerUpdates(const Database& db)
{
    return DutyStore::customerUpdates(db);
}

QStringList DutyRecords::reviewKeys()
{
    return { QStringLiteral("charter"), QStringLiteral("effectiveness"), QStringLiteral("ifr"),
             QStringLiteral("sifr"), QStringLiteral("separation") };
}

QString DutyRecords::reviewName(const QString& key)
{
    if (key == QLatin1String("charter"))
        return tr("Charter review");
    if (key == QLatin1String("effectiveness"))
        return tr("Effectiveness review");
    if (key == QLatin1String("ifr"))
        return tr("IANA Functions Review");
    if (key == QLatin1String("sifr"))
        return tr("Special IANA Function Review");
    if (key == QLatin1String("separation"))
        return tr("Separation working group");
    return key;
}

Result<qint64> DutyRecords::addReviewLiaison(Database& db, const ReviewLiaison& l)
{
    if (l.person.trimmed().isEmpty() || !l.termFrom.isValid())
        return Error { tr("A liaison needs the person and the start of the term."), {} };
    if (!reviewKeys().contains(l.review))
        return Error { tr("“%1” is not a review team (%2).")
                           .arg(l.review, reviewKeys().join(QStringLiteral(", "))),
                       {} };
    if (l.termTo.isValid() && l.termTo < l.termFrom)
        return Error { tr("The term of %1 ends before it starts.").arg(l.person), {} };
    return insertAudited(db, QStringLiteral("review_liaison"),
                         [&](WriteScope& w) { return DutyStore::insertReviewLiaison(w, l); },
                         { { QStringLiteral("person"), {}, l.person.trimmed() },
                           { QStringLiteral("review"), {}, l.review },
                           { QStringLiteral("termFrom"), {}, l.termFrom.toString(Qt::ISODate) },
                           { QStringLiteral("termTo"), {}, iso(l.termTo) } });
}

Result<QList<ReviewLiaison>> DutyRecords::reviewLiaisons(const Database& db)
{
    return DutyStore::reviewLiaisons(db);
}

} // namespace csc
