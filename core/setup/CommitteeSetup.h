// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace csc {

class Database;

// What a committee's set-up still lacks; the main window shows it until nothing is missing.
struct SetupState
{
    bool hasName = false;
    bool hasRoster = false;
    bool hasHolidays = false;
    bool hasCatalogue = false;
    bool rulesReviewed = false;
    bool isDemo = false;

    QStringList missing() const; // translated, in the assistant's page order
    bool complete() const { return missing().isEmpty(); }
};

// Creating a committee's own database, and what its set-up still needs.
class CommitteeSetup
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeSetup)

public:
    // A new, empty committee at `path` (which must not exist), named `name`; the naming is
    // audited under `session`. An existing file is refused and left untouched.
    static Result<std::unique_ptr<Database>>
    createCommittee(const QString& path, const QString& name, const UserSession& session);
    static Result<SetupState> state(const Database& db);
    // A database the demo generator wrote (its audit trail says so).
    static bool isDemo(const Database& db);
    static QString committeeName(const Database& db);
};

} // namespace csc
