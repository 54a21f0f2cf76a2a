// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Guards a project file against being edited by two instances at once: a lock file
// `<project>.lock` next to it (QLockFile: the holder's process id, application and host name).
// A lock left behind by a process that no longer runs on this host is removed automatically;
// a lock is never taken over merely because it is old, since an editing session may be long.

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace ccp {

class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ProjectLock)
public:
    ProjectLock();
    ~ProjectLock(); // releases the lock
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // Locks the project file `path` (any previous lock of this object is released first). On
    // failure returns false and, if `ownerInfo` is given, sets it to a sentence saying who holds
    // the lock (process id, application, host) or why the lock file cannot be created.
    bool tryLock(const QString &path, QString *ownerInfo = nullptr);
    void unlock();
    bool isLocked() const;
    QString lockFilePath() const; // empty when not locked

    static QString lockFilePathFor(const QString &projectPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockPath;
};

} // namespace ccp
