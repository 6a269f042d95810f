// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewActions.h"

#include "core/review/KeptChanges.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewMerge.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

namespace csc {

ReviewActions::ReviewActions(QWidget* window, QMenu* fileMenu)
    : QObject(window)
    , m_window(window)
{
    m_export = fileMenu->addAction(tr("Export &Review Copy…"), this, &ReviewActions::exportCopy);
    m_write = fileMenu->addAction(tr("&Write Changes to Send Back…"), this,
                                  &ReviewActions::writeChanges);
    m_merge
        = fileMenu->addAction(tr("&Merge a Member's Changes…"), this, &ReviewActions::mergeChanges);
    m_kept
        = fileMenu->addAction(tr("Changes &Kept from Merges…"), this, &ReviewActions::reviewKept);
    setDatabase(nullptr);
}

void ReviewActions::setDatabase(Database* db)
{
    m_db = db;
    const bool copy = db && db->session().reviewCopy;
    // Issuing a copy records it (and its secret) in the committee database.
    m_export->setEnabled(db && !copy && !db->isReadOnly());
    m_merge->setEnabled(db && !copy && !db->isReadOnly());
    m_write->setEnabled(copy);
    m_kept->setEnabled(m_merge->isEnabled());
    m_kept->setVisible(!copy);
    m_write->setVisible(copy);
    m_export->setVisible(!copy);
    m_merge->setVisible(!copy);
}

void ReviewActions::exportCopy()
{
    auto people = ReviewCopy::candidates(*m_db);
    if (!people || people.value().isEmpty()) {
        UserPrompts::error(
            m_window, tr("Export Review Copy"),
            people ? Error { tr("The roster is empty: add the committee's members first."), {} }
                   : people.error());
        return;
    }
    QStringList names;
    for (const ReviewCopy::Recipient& r : people.value())
        names << tr("%1 (%2)").arg(r.name, RoleNames::displayName(r.role));
    names << tr("Observer copy (no confidential material)…");
    bool ok = false;
    const QString chosen = UserPrompts::item(m_window, tr("Export Review Copy"),
                                             tr("Review copy for:"), names, 0, &ok);
    if (!ok)
        return;
    const int index = int(names.indexOf(chosen));
    ReviewCopy::Recipient recipient
        = people.value().value(qMin(index, int(people.value().size()) - 1));
    if (index == names.size() - 1)
        recipient.role = Role::Observer;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("review-copy-%1-%2.db")
                            .arg(recipient.name.section(QLatin1Char(' '), -1).toLower(),
                                 QDate::currentDate().toString(Qt::ISODate)));
    const QString path = UserPrompts::saveFileName(m_window, tr("Export Review Copy"), suggested,
                                                   tr("CSC Desk databases (*.db)"));
    if (path.isEmpty())
        return;
    if (auto s = ReviewCopy::exportCopy(*m_db, recipient, path); !s) {
        UserPrompts::error(m_window, tr("Export Review Copy"), s.error());
        return;
    }
    UserPrompts::information(
        m_window, tr("Export Review Copy"),
        tr("The review copy for %1 was written to %2. It opens in CSC Desk like any database.")
            .arg(recipient.name, QDir::toNativeSeparators(path)));
}

void ReviewActions::writeChanges()
{
    const QString suggested
        = QFileInfo(m_db->path())
              .dir()
              .filePath(QFileInfo(m_db->path()).completeBaseName() + QLatin1String(".changes"));
    const QString path = UserPrompts::saveFileName(m_window, tr("Write Changes to Send Back"),
                                                   suggested, tr("CSC Desk changes (*.changes)"));
    if (path.isEmpty())
        return;
    if (auto s = ReviewCopy::writeChanges(*m_db, path); !s) {
        UserPrompts::error(m_window, tr("Write Changes"), s.error());
        return;
    }
    UserPrompts::information(
        m_window, tr("Write Changes"),
        tr("Your changes were written to %1. Send this file to the secretariat.")
            .arg(QDir::toNativeSeparators(path)));
}

void ReviewActions::mergeChanges()
{
    const QString path
        = UserPrompts::openFileName(m_window, tr("Merge a Member's Changes"), {},
                                    tr("CSC Desk changes (*.changes);;All files (*)"));
    if (path.isEmpty())
        return;
    auto preview = ReviewMerge::preview(*m_db, path);
    if (!preview) {
        UserPrompts::error(m_window, tr("Merge Changes"), preview.error());
        return;
    }
    const MergeReport& p = preview.value();
    if (p.applied.isEmpty() && p.conflicts.isEmpty()) {
        UserPrompts::information(
            m_window, tr("Merge Changes"),
            p.alreadyMerged > 0 ? tr("Everything in this file was merged before; nothing changes.")
                                : tr("This file holds no changes."));
        return;
    }
    const auto list = [](const QStringList& lines) {
        QString html;
        for (const QString& line : lines)
            html += QLatin1String("<li>") + line.toHtmlEscaped() + QLatin1String("</li>");
        return QLatin1String("<ul>") + html + QLatin1String("</ul>");
    };
    QString text = tr("<p>Changes from <b>%1</b>:</p>").arg(p.author.toHtmlEscaped());
    if (!p.applied.isEmpty())
        text += tr("<p>Will be merged:</p>") + list(p.applied);
    if (!p.conflicts.isEmpty())
        text += tr("<p>Not forced in (kept for you to decide):</p>") + list(p.conflicts);
    text += tr("<p>Merge now?</p>");
    if (UserPrompts::question(m_window, tr("Merge Changes"), text,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    auto merged = ReviewMerge::merge(*m_db, path);
    if (!merged) {
        UserPrompts::error(m_window, tr("Merge Changes"), merged.error());
        return;
    }
    Q_EMIT this->merged();
}

void ReviewActions::reviewKept()
{
    auto kept = KeptChanges::pending(*m_db);
    if (!kept)
        return UserPrompts::error(m_window, tr("Changes Kept from Merges"), kept.error());
    if (kept.value().isEmpty())
        return UserPrompts::information(m_window, tr("Changes Kept from Merges"),
                                        tr("No member's change is waiting for a decision."));
    QStringList items;
    for (const KeptChange& k : kept.value())
        items << tr("%1: %2 — %3").arg(k.author, k.description, k.reason);
    bool ok = false;
    const QString chosen
        = UserPrompts::item(m_window, tr("Changes Kept from Merges"),
                            tr("Not forced in when merged. Dismiss:"), items, 0, &ok);
    if (!ok)
        return;
    const KeptChange& change = kept.value().at(items.indexOf(chosen));
    const QString why = UserPrompts::text(m_window, tr("Dismiss a Kept Change"),
                                          tr("Why (for the record):"), {}, &ok);
    if (!ok)
        return;
    if (auto s = KeptChanges::dismiss(*m_db, change.id, why); !s)
        UserPrompts::error(m_window, tr("Dismiss a Kept Change"), s.error());
}

} // namespace csc
