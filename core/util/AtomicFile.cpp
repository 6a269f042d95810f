// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace csc {

namespace {

// QSaveFile's text is strerror()'s; errno may have moved on by the time we look.
bool saysNoRoom(int errorNumber, const QString& systemText)
{
    if (errorNumber == ENOSPC || errorNumber == EFBIG || errorNumber == EDQUOT)
        return true;
    for (int e : { ENOSPC, EFBIG, EDQUOT }) {
        if (!systemText.isEmpty() && systemText.contains(QString::fromLocal8Bit(std::strerror(e))))
            return true;
    }
    return false;
}

} // namespace

Error fileWriteError(const QString& path, const QString& systemText, int errorNumber)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (saysNoRoom(errorNumber, systemText))
        return Error { errorNumber == EFBIG
                           ? QCoreApplication::translate(
                                 "csc::AtomicFile",
                                 "The disk is full or a file size limit was reached: “%1” could "
                                 "not be written. Any earlier file there was left as it was.")
                                 .arg(shown)
                           : QCoreApplication::translate(
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

Error fileWriteError(const QString& path, const QString& systemText)
{
    return fileWriteError(path, systemText, errno);
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fileWriteError(path, file.errorString(), errno);
    errno = 0;
    const qint64 written = file.write(bytes);
    int failure = errno;
    if (written != bytes.size() || !file.flush()) {
        failure = failure ? failure : errno;
        const QString text = file.errorString();
        file.cancelWriting();
        return fileWriteError(path, text, failure);
    }
    errno = 0;
    if (!file.commit())
        return fileWriteError(path, file.errorString(), errno);
    return {};
}

void ignoreFileSizeSignal()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

} // namespace csc
