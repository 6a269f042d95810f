// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Confidentiality.h"
#include "core/util/Result.h"

#include <QHash>
#include <QPair>

#include <memory>

namespace csc {

class Database;
class SqlQuery;

// The cases a text refers to by reference (as Confidentiality::caseReferencesIn finds
// them), each looked up once per read; text that names no case yields none. Part of
// CaseStore (its SQL is in CaseStore.cpp): it reads every case, as deciding what is
// confidential must.
class ReferencedCases
{
public:
    explicit ReferencedCases(const Database& db);
    ~ReferencedCases();
    Result<QList<CaseLink>> in(const QString& text);

private:
    std::unique_ptr<SqlQuery> m_query;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QPair<bool, bool>> m_flags; // confidential, exercise
};

} // namespace csc
