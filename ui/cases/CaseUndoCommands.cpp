// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseUndoCommands.h"

#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"

#include <QCoreApplication>

namespace csc {

MoveCaseCommand::MoveCaseCommand(Database& db, MoveRequest request, const QString& text,
                                 CaseCommandHooks hooks)
    : QUndoCommand(text)
    , m_db(db)
    , m_request(std::move(request))
    , m_hooks(std::move(hooks))
{ }

void MoveCaseCommand::redo()
{
    auto moved = CaseMoves::move(m_db, m_request);
    if (!moved) {
        setObsolete(true); // a refused move never sits on the stack
        m_hooks.failed(moved.error());
        return;
    }
    m_moveId = moved.value();
    // The document is stored once; a redo reuses it.
    if (!m_request.documentPath.isEmpty()) {
        auto detail = CaseRepository::detail(m_db, m_request.caseId);
        if (detail && !detail.value().moves.isEmpty())
            m_request.documentId = detail.value().moves.last().documentId;
        m_request.documentPath.clear();
    }
    m_hooks.changed(m_request.caseId);
}

void MoveCaseCommand::undo()
{
    auto undone = CaseMoves::undo(m_db, m_moveId);
    if (!undone) {
        setObsolete(true);
        m_hooks.failed(undone.error());
        return;
    }
    m_hooks.changed(m_request.caseId);
}

ArchiveCaseCommand::ArchiveCaseCommand(Database& db, qint64 caseId, bool archive,
                                       const QString& text, CaseCommandHooks hooks)
    : QUndoCommand(text)
    , m_db(db)
    , m_caseId(caseId)
    , m_archive(archive)
    , m_hooks(std::move(hooks))
{ }

void ArchiveCaseCommand::apply(bool archived)
{
    if (auto s = CaseRepository::setArchived(m_db, m_caseId, archived); !s) {
        setObsolete(true);
        m_hooks.failed(s.error());
        return;
    }
    m_hooks.changed(m_caseId);
}

PublicityCommand::PublicityCommand(Database& db, qint64 caseId, QString consent,
                                   const QString& text, CaseCommandHooks hooks)
    : QUndoCommand(text)
    , m_db(db)
    , m_caseId(caseId)
    , m_consent(std::move(consent))
    , m_hooks(std::move(hooks))
{ }

void PublicityCommand::undo()
{
    apply(false,
          QCoreApplication::translate("csc::PublicityCommand",
                                      "Undo of the decision to make the case public"));
}

void PublicityCommand::apply(bool makePublic, const QString& consent)
{
    if (auto s = CaseRepository::setPublic(m_db, m_caseId, makePublic, consent); !s) {
        setObsolete(true);
        m_hooks.failed(s.error());
        return;
    }
    m_hooks.changed(m_caseId);
}

} // namespace csc
