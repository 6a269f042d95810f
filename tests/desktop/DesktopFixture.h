// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One demo committee per test executable, opened as the secretariat, for the desktop tests.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

namespace csc::test {

inline QString makeDemo(const QTemporaryDir& dir, int years = 2)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    if (QFile::exists(path))
        return path;
    DemoOptions options;
    options.asOf = QDate(2026, 11, 23);
    options.years = years;
    if (!DemoGenerator::generateFile(path, options))
        return {};
    return path;
}

inline UserSession secretariat()
{
    return { QStringLiteral("Sam Secretariat"), Role::Secretariat, 0 };
}

inline UserSession chair()
{
    return { QStringLiteral("Chris Chair"), Role::Chair, 0 };
}

// The meeting of 19 Nov 2026, whose minutes are a draft in the demo.
inline qint64 draftMeeting(const Database& db)
{
    auto m = Meetings::meetingOn(db, QDate(2026, 11, 19));
    return m ? m.value().id : 0;
}

} // namespace csc::test
