// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer harnesses (docs/reliability.md): the built-in catalog and the example
// scenario, made once per process. fuzzcommon.cpp makes the QCoreApplication (the SQLite
// driver is a plugin) in LLVMFuzzerInitialize.

#include "catalogstore.h"
#include "examples.h"
#include "scenariojson.h"

#include <QCoreApplication>

#include <cstdlib>

namespace ccp::fuzz {

inline const Catalog &builtin()
{
    static const Catalog c = [] {
        Catalog out;
        if (CatalogStore::builtin(out))
            std::abort();
        return out;
    }();
    return c;
}

inline const Scenario &exampleScenario()
{
    static const Scenario s = [] {
        ProjectData p;
        if (ScenarioJson::readProject(Examples::exampleProjectJson(), builtin(),
                                      QStringLiteral("example"), p))
            std::abort();
        return p.scenarios.front();
    }();
    return s;
}

} // namespace ccp::fuzz
