// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csc {

// What a lock file says about the CSC Desk that holds a database.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString app;
    quint64 device = 0; // the database file's identity when the lock was taken
    quint64 inode = 0;
    QString path; // its canonical path
    bool legacy = false; // written by QLockFile (an older CSC Desk)
};

// One writer per database *file*, whatever name it is opened by. The lock file
// lies beside the file's canonical path (symlinks resolved), and the database
// file itself is held with flock(), which the kernel keys on the file (device and
// inode): a second writer through a symlink or a hard link finds it taken. A lock
// file nobody holds (empty, garbage, or left by a process that is gone) is stale
// and taken over.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    explicit DatabaseLock(const QString& databasePath);
    ~DatabaseLock();

    // Becomes the one writer, or says in heldBy() who is.
    bool tryLock();
    // A translated sentence naming the holder, after tryLock() failed.
    QString heldBy() const { return m_heldBy; }
    // For a database created after tryLock(): holds the new file too.
    void holdFile();
    void unlock();

    QString lockFilePath() const { return m_lockPath; }

    // The lock-file reader: nothing for an empty, cut or garbage file (which is stale).
    static std::optional<LockHolder> parse(const QByteArray& bytes);
    static QByteArray format(const LockHolder& holder);

private:
    bool takeFile();
    bool writeLockFile();

    QString m_canonicalPath;
    QString m_lockPath;
    QByteArray m_written; // what we put in the lock file, to remove only our own
    QString m_heldBy;
    int m_fd = -1;
    bool m_fileHeld = false; // flock() on the database file
    bool m_locked = false;
};

} // namespace csc
