// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleEdit.h"

#include "core/storage/EditGuard.h"
#include "ui/edit/EditCommand.h"
#include "ui/widgets/UserPrompts.h"

namespace csc {

void SeenVersions::load(const Database& db)
{
    m_versions = EditGuard::versionsOf(db, m_entity).valueOr({});
}

void SeenVersions::note(const Database& db, const QString& id)
{
    m_versions.insert(id, EditGuard::versionOf(db, m_entity, id).valueOr(0));
}

void SeenVersions::guard(EditCommand& command, const Database& db, const QString& id) const
{
    command.guardFirstRun(db, m_entity, id, of(id));
}

StaleEdit::Answer StaleEdit::ask(QWidget* parent, const QString& title, const Error& error)
{
    if (!EditGuard::isStaleEdit(error)) {
        UserPrompts::error(parent, title, error);
        return Answer::NotStale;
    }
    const QString text = error.message + QLatin1String("\n\n")
        + tr("Save: save your version over theirs now (the audit trail keeps both).\n"
             "Discard: drop your version and show theirs.");
    const auto answer = UserPrompts::question(
        parent, title, text, QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
    return answer == QMessageBox::Discard ? Answer::Reload : Answer::SaveMine;
}

} // namespace csc
