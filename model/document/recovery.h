// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Autosave and crash recovery. After a short idle time the app writes the open project to a
// recovery copy (project JSON, written atomically) in the user's data folder, one copy per
// running instance, each guarded by a lock file that the instance holds while it runs. A
// clean exit discards the copy. If the app dies, its copy survives with a stale lock and is
// offered for recovery on the next start; copies of instances still running are never
// offered. The folder can be overridden (tests) with the CCP_RECOVERY_DIR variable.

#include "catalog.h"
#include "messages.h"
#include "projectdata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ccp {

class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(ccp::RecoveryStore)
public:
    struct Entry
    {
        QString recoveryPath;
        QString originalPath; // the file the project was opened from; empty if untitled
        QDateTime savedAt;
    };

    static QString directory();
    // Writes this instance's recovery copy (atomically: a failed write keeps the previous one).
    static std::optional<LoadError> save(const ProjectData &project, const QString &originalPath);
    // The newest recovery copy left behind by an instance that is no longer running, if any.
    static std::optional<Entry> find();
    static std::optional<LoadError> load(const Entry &entry, const Catalog &catalog,
                                         ProjectData &out);
    // Removes this instance's own copy (clean exit, after a save).
    static void discard();
    // Removes a recovered or declined copy.
    static void discard(const Entry &entry);
    // Lets go of this instance's lock as a process that ends would (tests simulate a crash).
    static void releaseSession();
};

} // namespace ccp
