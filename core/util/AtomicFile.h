// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace csc {

// Every file CSC Desk writes goes through here: the bytes land in a temporary
// file beside the target and replace it by an atomic rename only when all of
// them were written, so a full disk, a signal or a crash never leaves a partial
// file (or an unredacted one) at the path the user named. Documents, images and
// calendars are first made in memory (QBuffer) and then written with this.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// The user's words for a failed write of `path`, naming the file and, when the
// system says so, that the disk is full or the file too large.
Error fileWriteError(const QString& path, const QString& systemText);
// The same with the errno of the failed call (taken before anything else could change it).
Error fileWriteError(const QString& path, const QString& systemText, int errorNumber);

// A file size limit (ulimit -f) makes the kernel send SIGXFSZ, whose default is to
// kill the process mid-write; ignored, the write fails with EFBIG and is reported.
void ignoreFileSizeSignal();

} // namespace csc
