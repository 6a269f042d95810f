// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fills a copy of the demo committee with unique marker strings: confidential
// ones in every field that must never reach public output, public ones in
// fields that must. The leak test then searches every public export for them.
#include "core/util/Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace csc::test {

struct LeakPlant
{
    QStringList secrets; // must appear in no public output
    QStringList publics; // must appear in the public minutes / reports they belong to
    // Where each public marker is expected: "minutes", "workplan", "report".
    QHash<QString, QString> publicWhere;
    QHash<QString, QString> fieldOf; // marker -> the field it was planted in

    // Exercises stay out of public output entirely, their references too (matched
    // as whole references: CSC-2026-014 is not CSC-2026-0140).
    QStringList exerciseReferences;
    QString publicCaseReference; // has a deadline, so it is on the calendar
    QDate meetingDay; // the meeting whose minutes carry the markers
    QDate asOf;
    QString observerFor; // a roster name for the observer's review copy
};

class LeakFixture
{
public:
    static constexpr int kDemoYears = 1;
    // Creates `path` from the demo generator and plants the markers.
    static Result<LeakPlant> create(const QString& path);

private:
    explicit LeakFixture(LeakPlant& plant)
        : m_plant(plant)
    { }
    QString secret(const QString& field);
    QString open(const QString& field, const QString& where);

    LeakPlant& m_plant;
    int m_counter = 0;
};

} // namespace csc::test
