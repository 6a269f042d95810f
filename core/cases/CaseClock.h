// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace csc {

// The instant core/cases stamps on what it records (moves, responses, documents, consents).
// The demo generator pins it to its "today", so the same seed and date give the same content;
// everyone else gets the real clock. Restores the real clock when it goes out of scope.
class FixedCaseClock
{
public:
    explicit FixedCaseClock(const QDateTime& utc);
    ~FixedCaseClock();
    FixedCaseClock(const FixedCaseClock&) = delete;
    FixedCaseClock& operator=(const FixedCaseClock&) = delete;
};

} // namespace csc
