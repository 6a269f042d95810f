// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishActions.h"

#include "core/export/PublicSite.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QProgressDialog>

namespace csc {

PublishActions::PublishActions(QWidget* window, QMenu* fileMenu)
    : QObject(window)
    , m_window(window)
    , m_publish(fileMenu->addAction(tr("Publish Public &Site…")))
{
    m_publish->setObjectName(QStringLiteral("publishSite"));
    m_publish->setStatusTip(tr("Write the committee's public web page (minutes, findings, work "
                               "plan, calendar, feed) into a folder"));
    connect(m_publish, &QAction::triggered, this, &PublishActions::publishSite);
    setDatabase(nullptr);
}

void PublishActions::setDatabase(Database* db)
{
    m_db = db;
    m_publish->setEnabled(db != nullptr);
}

void PublishActions::publishSite()
{
    if (!m_db)
        return;
    const QString folder = UserPrompts::saveFileName(
        m_window, tr("Publish Public Site"), QDir::home().filePath(QStringLiteral("csc-site")),
        tr("Folders (*)"));
    if (folder.isEmpty())
        return;
    QProgressDialog progress(tr("Publishing the public site…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto report
        = PublicSite::publish(*m_db, folder, QDate::currentDate(), [&](int done, int total) {
              progress.setMaximum(total);
              progress.setValue(done);
              QApplication::processEvents();
              return !progress.wasCanceled();
          });
    progress.reset();
    if (!report)
        return UserPrompts::error(m_window, tr("Publish Public Site"), report.error());
    UserPrompts::information(
        m_window, tr("Publish Public Site"),
        tr("The public site is in %1: %2 files written, %3 unchanged. Upload the folder as it is; "
           "its links are relative.")
            .arg(QDir::toNativeSeparators(folder))
            .arg(report.value().written.size())
            .arg(report.value().unchanged.size()));
}

} // namespace csc
