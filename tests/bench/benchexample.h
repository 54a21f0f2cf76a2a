// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmarks' data: the built-in catalog and example project. Prints the reason and
// returns false when they cannot be read.

#include "catalogstore.h"
#include "examples.h"
#include "scenariojson.h"

#include <cstdio>

namespace ccp::bench {

inline bool loadExample(Catalog &catalog, ProjectData &project)
{
    if (auto e = CatalogStore::builtin(catalog)) {
        std::fprintf(stderr, "%s\n", qPrintable(e->message));
        return false;
    }
    if (auto e = ScenarioJson::readProject(Examples::exampleProjectJson(), catalog,
                                           QStringLiteral("example"), project)) {
        std::fprintf(stderr, "%s\n", qPrintable(e->message));
        return false;
    }
    return true;
}

} // namespace ccp::bench
