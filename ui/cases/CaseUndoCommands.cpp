// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseUndoCommands.h"

#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"

#include <QCoreApplication>

#include <memory>
#include <utility>

namespace csc {

namespace {

// The page hears of a case only when a step succeeded; a refusal shows its own notice.
EditHooks editHooks(CaseCommandHooks hooks, qint64 caseId)
{
    auto failed = std::make_shared<bool>(false);
    return { [hooks, caseId, failed] {
                if (!std::exchange(*failed, false) && hooks.changed)
                    hooks.changed(caseId);
            },
             [hooks, failed](const Error& e) {
                 *failed = true;
                 if (hooks.failed)
                     hooks.failed(e);
             } };
}

// A case's flag as core holds it now: what an undo compares with.
std::function<Result<bool>()> flagOf(Database& db, qint64 caseId, bool CaseSummary::*flag)
{
    return [&db, caseId, flag]() -> Result<bool> {
        auto c = CaseRepository::summary(db, caseId);
        if (!c)
            return c.error();
        return c.value().*flag;
    };
}

} // namespace

MoveCaseCommand::MoveCaseCommand(Database& db, MoveRequest request, const QString& text,
                                 CaseCommandHooks hooks)
    : EditCommand(Operation::MoveCase, text, editHooks(std::move(hooks), request.caseId),
                  MergeId::None)
    , m_db(db)
    , m_request(std::move(request))
{ }

Status MoveCaseCommand::apply(bool forward)
{
    if (!forward) {
        // Core's compare-and-set for moves: it refuses unless this move is still the case's
        // latest in effect (another window may have moved the case on).
        if (auto undone = CaseMoves::undo(m_db, m_moveId); !undone)
            return undone.error();
        return {};
    }
    auto moved = CaseMoves::move(m_db, m_request);
    if (!moved)
        return moved.error(); // a refused move never sits on the stack
    m_moveId = moved.value();
    // The document is stored once; a redo reuses it.
    if (!m_request.documentPath.isEmpty()) {
        auto detail = CaseRepository::detail(m_db, m_request.caseId);
        if (detail && !detail.value().moves.isEmpty())
            m_request.documentId = detail.value().moves.last().documentId;
        m_request.documentPath.clear();
    }
    return {};
}

ArchiveCaseCommand::ArchiveCaseCommand(Database& db, qint64 caseId, bool archive,
                                       const QString& text, CaseCommandHooks hooks)
    : ChangeValue<bool>(
        db, Operation::ArchiveCase, text, archive, flagOf(db, caseId, &CaseSummary::archived),
        [&db, caseId](bool archived) { return CaseRepository::setArchived(db, caseId, archived); },
        editHooks(std::move(hooks), caseId))
{ }

PublicityCommand::PublicityCommand(Database& db, qint64 caseId, QString consent,
                                   const QString& text, CaseCommandHooks hooks)
    : ChangeValue<bool>(
        db, Operation::SetCasePublicity, text, false,
        flagOf(db, caseId, &CaseSummary::confidential),
        [&db, caseId, consent](bool confidential) {
            return CaseRepository::setPublic(
                db, caseId, !confidential,
                confidential ? QCoreApplication::translate(
                    "csc::PublicityCommand", "Undo of the decision to make the case public")
                             : consent);
        },
        editHooks(std::move(hooks), caseId))
{ }

} // namespace csc
