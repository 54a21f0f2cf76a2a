// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Autosave and crash recovery. After a short idle time the app writes the open project to a
// recovery copy (project JSON, written atomically) in the user's data folder. A clean exit
// discards it. If the app dies, the copy survives and is offered for recovery on the next
// start. The recovery folder can be overridden (tests) with the CCP_RECOVERY_DIR variable.

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
    // Writes the recovery copy (atomically; the previous copy survives a failed write).
    static std::optional<LoadError> save(const ProjectData &project, const QString &originalPath);
    // The recovery copy left behind by a session that did not end cleanly, if any.
    static std::optional<Entry> find();
    static std::optional<LoadError> load(const Entry &entry, const Catalog &catalog,
                                         ProjectData &out);
    static void discard();
};

} // namespace ccp
