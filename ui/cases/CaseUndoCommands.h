// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"
#include "ui/edit/ChangeValue.h"

#include <functional>

namespace csc {

class Database;

// What the commands tell the page: which case changed, or what went wrong.
struct CaseCommandHooks
{
    std::function<void(qint64 caseId)> changed;
    std::function<void(const Error& error)> failed;
};

// A move of a case. Undo is CaseMoves::undo (a new, audited move), redo moves
// again with the document already stored: the database keeps the whole history.
class MoveCaseCommand : public EditCommand
{
public:
    MoveCaseCommand(Database& db, MoveRequest request, const QString& text, CaseCommandHooks hooks);

protected:
    Status apply(bool forward) override;

private:
    Database& m_db;
    MoveRequest m_request;
    qint64 m_moveId = 0;
};

// Archiving a closed case, or restoring it to the board.
class ArchiveCaseCommand : public ChangeValue<bool>
{
public:
    ArchiveCaseCommand(Database& db, qint64 caseId, bool archive, const QString& text,
                       CaseCommandHooks hooks);
};

// The recorded decision to make a case public (undo records it confidential again).
class PublicityCommand : public ChangeValue<bool>
{
public:
    PublicityCommand(Database& db, qint64 caseId, QString consent, const QString& text,
                     CaseCommandHooks hooks);
};

} // namespace csc
