// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The explicit consent of the ccTLD or the gTLD customers (domain.md §7).
struct CustomerConsent
{
    qint64 id = 0;
    TldKind customers = TldKind::Cctld; // Cctld or Gtld
    QString givenBy; // who consented (the body or its representative)
    QString means; // by what means (a vote, a letter, a council resolution)
    QDate givenOn;
    QString documentPath; // the evidence, when recording
    qint64 documentId = 0;
    QString documentName; // the stored document's name, as read
};

struct UrgentReview
{
    qint64 id = 0;
    QString title;
    bool fromDisputes
        = false; // false: a single extreme event; true: an escalated number of disputes
    QString evidence;
    QString documentPath; // the evidence file, when opening
    qint64 documentId = 0;
    QDate openedOn;
    QString state; // open, further_escalation, concluded
    QDate escalatedOn;
    QString ground;
    QString outcome;
    QDate concludedOn;
    QList<CustomerConsent> consents;
    QString documentName; // the evidence document's name, as read
};

// Urgent review of a significant, systemic breach (domain.md §7): opened by the committee with
// its evidence; the Further Escalation Options are reachable only once both the ccTLD and the
// gTLD customers' explicit consent is recorded. Every write audited, in one transaction.
class UrgentReviews
{
    Q_DECLARE_TR_FUNCTIONS(UrgentReviews)

public:
    static Result<qint64> open(Database& db, const UrgentReview& review);
    static Result<qint64> recordConsent(Database& db, qint64 reviewId,
                                        const CustomerConsent& consent);
    // Refused, saying whose consent is missing, unless both customers have consented.
    static Status openFurtherEscalation(Database& db, qint64 reviewId, const QString& ground,
                                        QDate on = {});
    static Status conclude(Database& db, qint64 reviewId, const QString& outcome, QDate on = {});

    static Result<UrgentReview> get(const Database& db, qint64 reviewId);
    static Result<QList<UrgentReview>> list(const Database& db);
    // Whose consent is still missing ("ccTLD customers", ...); empty when both consented.
    static QStringList missingConsent(const UrgentReview& review);
};

} // namespace csc
