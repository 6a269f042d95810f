// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityBanner.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace csc {

IntegrityBanner::IntegrityBanner(QWidget* parent)
    : NoticeBanner(parent)
{
    setObjectName(QStringLiteral("integrityBanner"));
    connect(&m_watcher, &QFutureWatcher<IntegrityReport>::finished, this, [this] {
        if (m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        const IntegrityReport report = m_watcher.result();
        if (report.cancelled)
            return;
        showReport(report);
        Q_EMIT checkFinished(report.ok());
    });
}

IntegrityBanner::~IntegrityBanner()
{
    // The check holds its own connection to the file: let it stop before the window goes.
    cancel();
}

void IntegrityBanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void IntegrityBanner::check(const QString& path)
{
    cancel();
    hide();
    if (path.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([path, flag] {
        auto result = IntegrityCheck::run(path, flag.get());
        if (result)
            return result.value();
        IntegrityReport report;
        report.checkError = result.error().fullText();
        return report;
    }));
}

void IntegrityBanner::showReport(const IntegrityReport& report)
{
    if (!report.checkError.isEmpty() || report.ok()) {
        hide(); // no conclusion, or nothing found
        return;
    }
    QStringList parts;
    if (!report.databaseProblems.isEmpty())
        parts
            << tr("<b>The database file is damaged.</b> SQLite's integrity check found: %1. "
                  "Make no more changes here: close CSC Desk and restore the file from a "
                  "backup copy (the copy made before the last upgrade is one), or ask the "
                  "secretariat for the committee's last good copy.")
                   .arg(
                       report.databaseProblems.mid(0, 3).join(QLatin1String("; ")).toHtmlEscaped());
    if (!report.auditIntact)
        parts << tr("<b>The audit trail was changed outside CSC Desk.</b> %1 Run “cscdesk audit "
                    "verify” for the details, tell the chair, and restore the file from a backup "
                    "copy if the change was not made on purpose.")
                     .arg(report.auditProblem.toHtmlEscaped());
    showNotice(Kind::Error, parts.join(QLatin1String("<br>")));
}

} // namespace csc
