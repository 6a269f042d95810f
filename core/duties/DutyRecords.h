// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/duties/DutyTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The committee's other duties as records (domain.md §7): technical changes outside policy,
// updates to direct customers and the annual consultation, liaisons to review teams. Each
// add is audited; the public parts are public texts of their own.
class DutyRecords
{
    Q_DECLARE_TR_FUNCTIONS(DutyRecords)

public:
    static Result<qint64> addTechnicalChange(Database& db, const TechnicalChange& change);
    static Result<QList<TechnicalChange>> technicalChanges(const Database& db);

    static Result<qint64> addCustomerUpdate(Database& db, const CustomerUpdate& update);
    static Result<QList<CustomerUpdate>> customerUpdates(const Database& db);

    static Result<qint64> addReviewLiaison(Database& db, const ReviewLiaison& liaison);
    static Result<QList<ReviewLiaison>> reviewLiaisons(const Database& db);
    static QStringList reviewKeys(); // charter, effectiveness, ifr, sifr, separation
    static QString reviewName(const QString& key);
};

} // namespace csc
