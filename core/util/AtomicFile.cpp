// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>

namespace csc {

Error fileWriteError(const QString& path, const QString& systemText)
{
    const QString shown = QDir::toNativeSeparators(path);
    // QSaveFile reports the errno of the failed write; ENOSPC and EFBIG mean "no room".
    if (errno == ENOSPC || errno == EFBIG || errno == EDQUOT)
        return Error { QCoreApplication::translate(
                           "csc::AtomicFile",
                           "The disk is full: “%1” could not be written. Any earlier file "
                           "there was left as it was.")
                           .arg(shown),
                       systemText };
    return Error { QCoreApplication::translate("csc::AtomicFile",
                                               "“%1” could not be written. Any earlier file there "
                                               "was left as it was.")
                       .arg(shown),
                   systemText };
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileWriteError(path, file.errorString());
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        Error error = fileWriteError(path, file.errorString());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return fileWriteError(path, file.errorString());
    return {};
}

} // namespace csc
