// SPDX-License-Identifier: GPL-3.0-or-later
#include "DutyRecords.h"

#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

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

// Insert + audit entry in one transaction; the audit lists every field given.
Result<qint64> insertAudited(Database& db, const QString& entity, const QString& sql,
                             const QVariantList& values, const QList<FieldChange>& fields)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a
        = AuditLog::record(db, entity, QString::number(id), QStringLiteral("create"), fields);
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
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
    return insertAudited(
        db, QStringLiteral("technical_change"),
        QStringLiteral("INSERT INTO technical_change(title, plan_agreed_on, rfc_opens_on, "
                       "rfc_closes_on, comments_count, statement_on, statement, public_text) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { c.title.trimmed(), iso(c.planAgreedOn), iso(c.rfcOpensOn), iso(c.rfcClosesOn),
          qMax(0, c.commentsReceived), iso(c.statementOn), text(c.statement), text(c.publicText) },
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
    SqlQuery q(db,
               QStringLiteral("SELECT id, title, plan_agreed_on, rfc_opens_on, rfc_closes_on, "
                              "comments_count, statement_on, statement, public_text FROM "
                              "technical_change ORDER BY coalesce(plan_agreed_on, rfc_opens_on), "
                              "id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<TechnicalChange> result;
    while (q.next())
        result << TechnicalChange { q.value(0).toLongLong(), q.value(1).toString(),
                                    day(q.value(2)),         day(q.value(3)),
                                    day(q.value(4)),         q.value(5).toInt(),
                                    day(q.value(6)),         q.value(7).toString(),
                                    q.value(8).toString() };
    return result;
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
    return insertAudited(
        db, QStringLiteral("customer_update"),
        QStringLiteral("INSERT INTO customer_update(kind, held_on, audience, content, "
                       "public_text) VALUES (?, ?, ?, ?, ?)"),
        { kind, u.heldOn.toString(Qt::ISODate), u.audience.trimmed(), u.content.trimmed(),
          u.publicText.trimmed() },
        { { QStringLiteral("kind"), {}, kind },
          { QStringLiteral("heldOn"), {}, u.heldOn.toString(Qt::ISODate) },
          { QStringLiteral("audience"), {}, u.audience.trimmed() },
          { QStringLiteral("publicText"), {}, u.publicText.trimmed() } });
}

Result<QList<CustomerUpdate>> DutyRecords::customerUpdates(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, kind, held_on, audience, content, public_text FROM "
                              "customer_update ORDER BY held_on, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CustomerUpdate> result;
    while (q.next())
        result << CustomerUpdate {
            q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("consultation"),
            day(q.value(2)),         q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString()
        };
    return result;
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
    return insertAudited(
        db, QStringLiteral("review_liaison"),
        QStringLiteral("INSERT INTO review_liaison(person, review, term_from, term_to) VALUES "
                       "(?, ?, ?, ?)"),
        { l.person.trimmed(), l.review, l.termFrom.toString(Qt::ISODate), iso(l.termTo) },
        { { QStringLiteral("person"), {}, l.person.trimmed() },
          { QStringLiteral("review"), {}, l.review },
          { QStringLiteral("termFrom"), {}, l.termFrom.toString(Qt::ISODate) },
          { QStringLiteral("termTo"), {}, iso(l.termTo) } });
}

Result<QList<ReviewLiaison>> DutyRecords::reviewLiaisons(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, person, review, term_from, term_to FROM "
                              "review_liaison ORDER BY term_from, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ReviewLiaison> result;
    while (q.next())
        result << ReviewLiaison { q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toString(), day(q.value(3)), day(q.value(4)) };
    return result;
}

} // namespace csc
