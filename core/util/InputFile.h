// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace csc {

// Files the user names as input (CSV, changes files, holiday files, calendars,
// documents) are opened here: anything that is not a regular file (a device such
// as /dev/zero, a FIFO, a folder) is refused before a byte is read, so no input
// can grow without end or block the program.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Opens `file` (its name set) for reading; refuses what is not a regular file.
    // `what` names the kind of file in the message ("a CSV file").
    static Status open(QFile& file, const QString& what);

    // Reads a file that must be read whole, refusing one larger than `maxBytes`.
    static Result<QByteArray> readAll(const QString& path, qint64 maxBytes, const QString& what);
};

} // namespace csc
