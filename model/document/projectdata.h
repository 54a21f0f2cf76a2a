// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The content of a project as plain values: what a .ccplan or project JSON file holds.

#include "catalog.h"
#include "scenario.h"

#include <QString>

#include <vector>

namespace ccp {

// Project JSON's `schema_version`: 2 added the scenarios' Monte Carlo settings (`risk`);
// version-1 files have none and read as the defaults.
inline constexpr int kProjectSchemaVersion = 2;

struct ProjectData
{
    QString name;
    QString nameZh;
    QString author;
    QString description;
    std::vector<Scenario> scenarios;
    Catalog embedded; // catalog records the project carries with it
};

} // namespace ccp
