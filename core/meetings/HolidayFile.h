// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/CommitteeSettings.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

// A holiday list: one ISO date per line ("2026-12-25 Christmas Day"; '#' starts a
// comment), or an .ics file of all-day events. Errors name the file and line.
class HolidayFile
{
    Q_DECLARE_TR_FUNCTIONS(HolidayFile)

public:
    static Result<QList<Holiday>> read(const QString& path);
    static Result<QList<Holiday>> parse(const QByteArray& data, const QString& source);
};

} // namespace csc
