// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in catalog and the built-in example project, which most model tests start from.

#include "catalogstore.h"
#include "examples.h"
#include "scenariojson.h"

namespace ccp::test {

// Reads both; false when either cannot be read (the test then fails in its initTestCase).
inline bool loadExampleProject(Catalog &catalog, ProjectData &project)
{
    return !CatalogStore::builtin(catalog)
           && !ScenarioJson::readProject(Examples::exampleProjectJson(), catalog,
                                         QStringLiteral("example"), project);
}

} // namespace ccp::test
