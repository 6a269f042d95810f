// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace csc {

// What a case is about. Delegation and re-delegation disputes are listed so the
// refusal has a place to happen: they are outside these processes (domain.md §3e).
class CaseCategories
{
    Q_DECLARE_TR_FUNCTIONS(CaseCategories)

public:
    static QStringList keys(); // every category a case can be opened with, refused ones last
    static QString displayName(const QString& key);
    static bool isDelegation(const QString& key);
    // Success, or why a case in this category cannot be opened.
    static Status checkAdmissible(const QString& key);
};

} // namespace csc
