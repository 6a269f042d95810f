// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace csc {

class Database;

// File › Publish Public Site…: the committee's static site written into a folder
// through PublicSite (the same files as `cscdesk publish`), with progress and cancel.
class PublishActions : public QObject
{
    Q_OBJECT

public:
    PublishActions(QWidget* window, QMenu* fileMenu);
    void setDatabase(Database* db);

private:
    void publishSite();

    QWidget* m_window;
    Database* m_db = nullptr;
    QAction* m_publish;
};

} // namespace csc
