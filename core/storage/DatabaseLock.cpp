// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <limits>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace csc {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CSCDESK-LOCK 1");
constexpr qint64 kMaxLockFile = 4096;

QString canonicalPathOf(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not created yet: its folder's canonical path and its name.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool processAlive(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QByteArray readLockFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kMaxLockFile + 1);
}

} // namespace

std::optional<LockHolder> DatabaseLock::parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxLockFile)
        return std::nullopt;
    const QList<QByteArray> lines = bytes.split('\n');
    LockHolder holder;
    if (!lines.isEmpty() && lines.first() == kMagic) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            const QByteArray key = line.left(eq);
            const QByteArray value = line.mid(eq + 1);
            bool ok = true;
            if (key == "pid")
                holder.pid = value.toLongLong(&ok);
            else if (key == "host")
                holder.host = QString::fromUtf8(value);
            else if (key == "app")
                holder.app = QString::fromUtf8(value);
            else if (key == "device")
                holder.device = value.toULongLong(&ok);
            else if (key == "inode")
                holder.inode = value.toULongLong(&ok);
            else if (key == "path")
                holder.path = QString::fromUtf8(value);
            if (!ok)
                return std::nullopt;
        }
    } else if (lines.size() >= 3) {
        // QLockFile's "pid\napp\nhost\n" from an older CSC Desk.
        bool ok = false;
        holder.pid = lines.at(0).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        holder.app = QString::fromUtf8(lines.at(1));
        holder.host = QString::fromUtf8(lines.at(2));
        holder.legacy = true;
    } else {
        return std::nullopt;
    }
    if (holder.pid <= 0 || holder.host.trimmed().isEmpty())
        return std::nullopt;
    return holder;
}

QByteArray DatabaseLock::format(const LockHolder& h)
{
    return kMagic + "\npid=" + QByteArray::number(h.pid) + "\nhost=" + h.host.toUtf8()
        + "\napp=" + h.app.toUtf8() + "\ndevice=" + QByteArray::number(h.device)
        + "\ninode=" + QByteArray::number(h.inode) + "\npath=" + h.path.toUtf8() + '\n';
}

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_canonicalPath(canonicalPathOf(databasePath))
    , m_lockPath(m_canonicalPath + QLatin1String(".lock"))
{ }

DatabaseLock::~DatabaseLock()
{
    unlock();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DatabaseLock::takeFile()
{
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_canonicalPath).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return true; // not created yet: the lock file alone keys it (holdFile() follows)
    }
    // The kernel keys flock() on the open file, so every name of the file meets it. The
    // descriptor stays open until the database is closed: closing another descriptor of
    // the file would drop SQLite's own POSIX locks in this process.
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        m_fileHeld = true;
        return true;
    }
    return errno != EWOULDBLOCK;
}

void DatabaseLock::holdFile()
{
    if (m_locked && !m_fileHeld)
        takeFile();
}

bool DatabaseLock::writeLockFile()
{
    struct stat st
    {
    };
    LockHolder me;
    me.pid = QCoreApplication::applicationPid();
    me.host = QSysInfo::machineHostName();
    me.app = QCoreApplication::applicationName();
    if (::stat(QFile::encodeName(m_canonicalPath).constData(), &st) == 0) {
        me.device = quint64(st.st_dev);
        me.inode = quint64(st.st_ino);
    }
    me.path = m_canonicalPath;
    m_written = format(me);
    // Written whole under a private name, then linked into place: link() fails when a lock
    // file exists, and no reader ever sees a half-written one.
    const QString temp = m_lockPath
        + QStringLiteral(".%1-%2").arg(me.pid).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                   QLatin1Char('0'));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const bool written = file.write(m_written) == m_written.size() && file.flush();
    file.close();
    bool linked = false;
    if (written) {
        const QByteArray target = QFile::encodeName(m_lockPath);
        linked = ::link(QFile::encodeName(temp).constData(), target.constData()) == 0;
        if (!linked && errno != EEXIST) {
            // A file system without hard links: create-exclusive instead.
            QFile lock(m_lockPath);
            linked = lock.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                && lock.write(m_written) == m_written.size() && lock.flush();
        }
    }
    QFile::remove(temp);
    return linked;
}

bool DatabaseLock::tryLock()
{
    if (m_locked)
        return true;
    if (!takeFile()) {
        const auto holder = parse(readLockFile(m_lockPath));
        m_heldBy = holder
            ? tr("Another CSC Desk (process %1 on %2) has this database open; this window is "
                 "read-only.")
                  .arg(holder->pid)
                  .arg(holder->host)
            : tr("Another CSC Desk on this computer has this database open, perhaps under "
                 "another name (a link to the same file); this window is read-only.");
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (writeLockFile()) {
            m_locked = true;
            return true;
        }
        const auto holder = parse(readLockFile(m_lockPath));
        bool stale = !holder; // empty or garbage: nobody can be named, nobody holds it
        if (holder && holder->host == QSysInfo::machineHostName()) {
            // On this computer a live holder would hold the file too; one we could take is
            // gone (its pid may belong to another program by now).
            stale = (holder->legacy || !m_fileHeld) ? !processAlive(holder->pid) : true;
        }
        if (!stale) {
            m_heldBy = tr("Another CSC Desk (process %1 on %2) has this database open; this "
                          "window is read-only.")
                           .arg(holder->pid)
                           .arg(holder->host);
            return false;
        }
        QFile::remove(m_lockPath);
    }
    m_heldBy = tr("The lock file “%1” could not be written; this window is read-only.")
                   .arg(QDir::toNativeSeparators(m_lockPath));
    return false;
}

void DatabaseLock::unlock()
{
    if (m_locked) {
        // Only our own: a lock file someone took over from us stays theirs.
        if (readLockFile(m_lockPath) == m_written)
            QFile::remove(m_lockPath);
        m_locked = false;
    }
    if (m_fileHeld) {
        ::flock(m_fd, LOCK_UN);
        m_fileHeld = false;
    }
}

} // namespace csc
