// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QUndoCommand>

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
class MoveCaseCommand : public QUndoCommand
{
public:
    MoveCaseCommand(Database& db, MoveRequest request, const QString& text, CaseCommandHooks hooks);

    void redo() override;
    void undo() override;

private:
    Database& m_db;
    MoveRequest m_request;
    CaseCommandHooks m_hooks;
    qint64 m_moveId = 0;
};

// Archiving a closed case, or restoring it to the board.
class ArchiveCaseCommand : public QUndoCommand
{
public:
    ArchiveCaseCommand(Database& db, qint64 caseId, bool archive, const QString& text,
                       CaseCommandHooks hooks);

    void redo() override { apply(m_archive); }
    void undo() override { apply(!m_archive); }

private:
    void apply(bool archived);

    Database& m_db;
    qint64 m_caseId;
    bool m_archive;
    CaseCommandHooks m_hooks;
};

// The recorded decision to make a case public (undo records it confidential again).
class PublicityCommand : public QUndoCommand
{
public:
    PublicityCommand(Database& db, qint64 caseId, QString consent, const QString& text,
                     CaseCommandHooks hooks);

    void redo() override { apply(true, m_consent); }
    void undo() override;

private:
    void apply(bool makePublic, const QString& consent);

    Database& m_db;
    qint64 m_caseId;
    QString m_consent;
    CaseCommandHooks m_hooks;
};

} // namespace csc
