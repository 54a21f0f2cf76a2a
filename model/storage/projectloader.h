// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opens a project for evaluation: the built-in catalog (through the SQLite catalog store), the
// project file or the built-in example, and the project's embedded records on top.

#include "catalog.h"
#include "messages.h"
#include "projectdata.h"

#include <QString>

#include <optional>

namespace ccp {

class ProjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ProjectLoader)
public:
    // `path` empty: the built-in example project. On success `catalog` is the built-in catalog
    // overlaid with the project's embedded records.
    static std::optional<LoadError> load(const QString &path, Catalog &catalog, ProjectData &project);
    // Only the project: reads the file at `path` (or the built-in example when empty) against
    // `catalog`, without opening the catalog store or overlaying the embedded records.
    static std::optional<LoadError> readProject(const QString &path, const Catalog &catalog,
                                                ProjectData &project);
};

} // namespace ccp
