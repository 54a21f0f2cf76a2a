// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace ccp {

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockFilePathFor(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

bool ProjectLock::tryLock(const QString &path, QString *ownerInfo)
{
    unlock();
    const QString lockPath = lockFilePathFor(path);
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Age alone never makes a lock stale; QLockFile still removes the lock of a process that no
    // longer runs on this host.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        m_lockPath = lockPath;
        return true;
    }
    if (ownerInfo) {
        qint64 pid = 0;
        QString host;
        QString app;
        switch (lock->error()) {
        case QLockFile::LockFailedError:
            if (lock->getLockInfo(&pid, &host, &app)) {
                *ownerInfo = tr("%1 is open in %2 (process %3 on %4)")
                                 .arg(QDir::toNativeSeparators(path),
                                      app.isEmpty() ? tr("another program") : app)
                                 .arg(pid)
                                 .arg(host.isEmpty() ? tr("an unknown computer") : host);
            } else {
                *ownerInfo = tr("%1 is open in another instance (lock file %2)")
                                 .arg(QDir::toNativeSeparators(path),
                                      QDir::toNativeSeparators(lockPath));
            }
            break;
        case QLockFile::PermissionError:
            *ownerInfo = tr("%1: cannot create the lock file %2 (no permission)")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(lockPath));
            break;
        case QLockFile::NoError:
        case QLockFile::UnknownError:
            *ownerInfo = tr("%1: cannot create the lock file %2")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(lockPath));
            break;
        }
    }
    return false;
}

void ProjectLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_lockPath.clear();
}

bool ProjectLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

QString ProjectLock::lockFilePath() const
{
    return m_lockPath;
}

} // namespace ccp
