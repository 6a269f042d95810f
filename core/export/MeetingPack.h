// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentWriter.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The members' meeting pack (board book): the agenda, the previous meeting's
// minutes, the month's performance summary and findings draft, the open action
// items and the open cases with their deadlines, in one PDF. It is for members,
// not public (so it is not a PublicOutputs entry): every page that holds
// confidential material carries "Confidential — committee members only".
class MeetingPack
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPack)

public:
    static QString confidentialMark();
    // Needs the right to see confidential material.
    static Result<PublicDocument> document(const Database& db, qint64 meetingId);
    static Result<QByteArray> pdf(const Database& db, qint64 meetingId);
    static Status write(const Database& db, qint64 meetingId, const QString& path);
    // "csc-meeting-pack-2026-12-17.pdf"
    static QString fileName(QDate meetingDay);
};

} // namespace csc
