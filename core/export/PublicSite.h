// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PublicOutputs.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace csc {

class Database;

// The committee's public web page as a static folder: an index, every published
// minutes, every month's findings, the work plan, the calendar and an Atom feed
// (RFC 4287), with relative links only. Every file is made by PublicOutputs; a
// file whose bytes did not change is not rewritten, so publishing twice is a no-op.
class PublicSite
{
    Q_DECLARE_TR_FUNCTIONS(PublicSite)

public:
    struct Entry
    {
        QString outputId;
        QString format;
        OutputRequest request;
        QString fileName;
    };
    struct Report
    {
        QStringList written; // file names rewritten
        QStringList unchanged;
    };

    // The registered outputs of the site itself (listed in PublicOutputs).
    static PublicOutput indexOutput(); // "site-index": index.html
    static PublicOutput feedOutput(); // "feed": feed.atom

    // Every file of the site but the index and the feed, in a stable order.
    static Result<QList<Entry>> entries(const Database& db, QDate today);
    // `progress(done, total)` returning false cancels (files written so far stay valid).
    static Result<Report> publish(Database& db, const QString& folder, QDate today,
                                  const std::function<bool(int, int)>& progress = {});
};

} // namespace csc
