// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The content of a project as plain values: what a .ccplan or project JSON file holds.

#include "catalog.h"
#include "scenario.h"

#include <QString>

#include <vector>

namespace ccp {

inline constexpr int kProjectSchemaVersion = 1;

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
