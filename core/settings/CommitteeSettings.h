// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/BusinessCalendar.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariant>

namespace csc {

class Database;

struct Holiday
{
    QDate day;
    QString name;
    friend bool operator==(const Holiday& a, const Holiday& b)
    {
        return a.day == b.day && a.name == b.name;
    }
};

// The committee's own rules and windows, stored in its database so every member
// works by the same numbers; changes are audited. Defaults sit in one table.
class CommitteeSettings
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeSettings)

public:
    enum class Key {
        WrittenResponseDays, // IFO's written response (10 working days)
        SignificantFailureResponseDays, // Problem Management step 1 (30 by default)
        MinutesDeadlineDays, // minutes published within 5 business days
        DueSoonDays, // a deadline this close is shown as due soon
        EscalationLevels, // remedial-action levels, the last one the ICANN Board
        ComplaintPatternCount, // complaints about one service level...
        ComplaintPatternWindowDays, // ...within this many days suggest Problem Management
        PersistentMissCount, // a metric missed in k...
        PersistentMissWindowMonths, // ...of the last n months is persistent
        LowerRatingLabel, // the rating below Satisfactory
        QuorumRequiresAllMembers, // quorate only when all appointed members attend
        DecisionMinimumMembers, // a decision needs at least this many members present
        CommitteeName, // shown in the window title and on public documents
        PublicationLanguage, // the language public documents are written in ("en", "fr")
        RulesReviewed, // the set-up assistant's rules page was confirmed
        MinutesApprovalsNeeded, // members' approvals minutes need; 0: a majority of voting members
    };

    static QVariant defaultValue(Key key);
    static QString keyName(Key key);

    static QVariant value(const Database& db, Key key);
    static int intValue(const Database& db, Key key) { return value(db, key).toInt(); }
    static Status setValue(Database& db, Key key, const QVariant& value);

    static QStringList escalationLevels(const Database& db);

    static Result<QList<Holiday>> holidays(const Database& db);
    static Status setHolidays(Database& db, const QList<Holiday>& holidays);
    static BusinessCalendar businessCalendar(const Database& db);
};

} // namespace csc
