// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SetupCsv.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The roster as CSV:
//   name,affiliation,kind,voting,email,term_start,term_end,chair,ifo_contact_role
// kind: gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac (or "gTLD",
// "ccTLD", "IFO liaison"); voting and chair yes/no; dates YYYY-MM-DD (term_end may be
// empty); ifo_contact_role primary, secondary or empty. A person already on the roster with
// the same name and term start must match exactly. All or nothing, audited.
class RosterTransfer
{
    Q_DECLARE_TR_FUNCTIONS(RosterTransfer)

public:
    static QStringList columns();
    static Result<SetupImportOutcome> importFile(Database& db, const QString& path);
    static Result<QString> exportText(const Database& db);
    static Status exportFile(const Database& db, const QString& path);
};

} // namespace csc
