// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoticeBanner.h"
#include "core/storage/IntegrityCheck.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace csc {

// After the window has painted, checks the open database in the background
// (IntegrityCheck on its own connection, through QtConcurrent) and, when the file
// is damaged or its audit trail was altered, says so in a red banner with what to
// do. Nothing is shown while the check runs or when it finds nothing.
class IntegrityBanner : public NoticeBanner
{
    Q_OBJECT

public:
    explicit IntegrityBanner(QWidget* parent = nullptr);
    ~IntegrityBanner() override;

    // Starts checking `path` (a previous check is cancelled); an empty path hides the banner.
    void check(const QString& path);
    bool isChecking() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // The check of the current database finished; `ok` when nothing was found.
    void checkFinished(bool ok);

private:
    void cancel();
    void showReport(const IntegrityReport& report);

    QFutureWatcher<IntegrityReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace csc
