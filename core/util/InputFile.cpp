// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/InputFile.h"

#include <QDir>
#include <QLocale>

#include <sys/stat.h>

namespace csc {

namespace {

QString shown(const QFile& file)
{
    return QDir::toNativeSeparators(file.fileName());
}

} // namespace

Status InputFile::open(QFile& file, const QString& what)
{
    // Checked before opening too: opening a FIFO for reading would block until a writer comes.
    struct stat before
    {
    };
    const QByteArray name = QFile::encodeName(file.fileName());
    if (::stat(name.constData(), &before) == 0 && !S_ISREG(before.st_mode))
        return Error {
            S_ISDIR(before.st_mode)
                ? tr("“%1” is a folder, not %2.").arg(shown(file), what)
                : tr("“%1” is not a regular file (it is a device or a pipe), so it cannot "
                     "be read as %2.")
                      .arg(shown(file), what),
            {}
        };
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read “%1”: %2").arg(shown(file), file.errorString()), {} };
    // And after: the name may have been swapped for something else in between.
    struct stat after
    {
    };
    if (::fstat(file.handle(), &after) != 0 || !S_ISREG(after.st_mode)) {
        file.close();
        return Error {
            tr("“%1” is not a regular file (it is a device or a pipe), so it cannot be read "
               "as %2.")
                .arg(shown(file), what),
            {}
        };
    }
    return {};
}

Result<QByteArray> InputFile::readAll(const QString& path, qint64 maxBytes, const QString& what)
{
    QFile file(path);
    if (auto opened = open(file, what); !opened)
        return opened.error();
    if (file.size() > maxBytes)
        return Error { tr("“%1” is too large to be %2 (%3; at most %4).")
                           .arg(shown(file), what, QLocale().formattedDataSize(file.size()),
                                QLocale().formattedDataSize(maxBytes)),
                       {} };
    // Read at most one byte beyond the cap: a file that grows while we read is refused too.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error { tr("“%1” is too large to be %2 (at most %3).")
                           .arg(shown(file), what, QLocale().formattedDataSize(maxBytes)),
                       {} };
    if (file.error() != QFileDevice::NoError)
        return Error { tr("Cannot read “%1”: %2").arg(shown(file), file.errorString()), {} };
    return bytes;
}

} // namespace csc
