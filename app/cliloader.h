// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Loading for the command line, without a database where none is needed: the built-in catalog
// is read straight from the data files compiled into the executable, the project file or the
// built-in example is read on top of it, and the project's embedded records win over both.
// The user catalog (CatalogStore::userCatalogPath(), the GUI's own entries) is read only when
// something refers to an id the others lack: a project that does not load without it, or an
// override naming a catalog entry. It is read from a private copy, so the command line never
// writes to it.
//
// Same results as ProjectLoader::load(), which opens an SQLite catalog first (a few
// milliseconds that a one-shot `ccplanner eval` does not need to spend).

#include "catalog.h"
#include "messages.h"
#include "overrides.h"
#include "projectdata.h"

#include <QString>

#include <optional>

namespace ccp {

class CliLoader
{
public:
    // `path` empty: the built-in example project.
    std::optional<LoadError> load(const QString &path, ProjectData &project);

    // Makes sure the records `overrides` name are in catalog(), reading the user catalog if one
    // is missing. Returns true when catalog() changed.
    bool resolve(const std::vector<Overrides::Reference> &references);

    // Built-in records, the user's (once read), the project's embedded records on top.
    const Catalog &catalog() const { return m_catalog; }

    // Every record of the built-in catalog and of the user catalog (if there is one), each
    // with its origin ("builtin" or "user"), for `catalog --json`.
    std::optional<LoadError> loadForListing(Catalog &builtin, Catalog &user);

private:
    std::optional<LoadError> loadFile(const QString &path, ProjectData &project);
    // Reads the user catalog once; true when it holds records (false also when there is none).
    bool loadUser();
    void rebuild();

    Catalog m_builtin;
    Catalog m_user;     // the user catalog's records (built-in ones included), once read
    Catalog m_embedded;
    Catalog m_catalog;
    bool m_userRead = false;
    bool m_haveUser = false;
};

// The index of the scenario named `name` in `project`; nullopt after filling `error` with a
// message that lists the names the project has.
std::optional<std::size_t> scenarioIndex(const ProjectData &project, const QString &name,
                                         QString *error);

} // namespace ccp
