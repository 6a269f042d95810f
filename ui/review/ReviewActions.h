// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace csc {

class Database;

// File-menu actions for offline review copies: export one for a member, write
// the changes made in a copy, merge a member's changes file with a preview.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(QWidget* window, QMenu* fileMenu);

    void setDatabase(Database* db);

Q_SIGNALS:
    // The database changed under the pages (after a merge).
    void merged();

private:
    void exportCopy();
    void writeChanges();
    void mergeChanges();
    void reviewKept();

    QWidget* m_window;
    Database* m_db = nullptr;
    QAction* m_export;
    QAction* m_write;
    QAction* m_merge;
    QAction* m_kept = nullptr;
};

} // namespace csc
