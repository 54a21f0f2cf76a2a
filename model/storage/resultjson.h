// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The result of one evaluation as the JSON object of the command-line contract
// (docs/architecture.md, "eval --json"). Keys are stable: scripts depend on them.

#include "result.h"
#include "scenario.h"

#include <QJsonObject>

namespace ccp {

class ResultJson
{
public:
    static QJsonObject write(const Scenario &scenario, const Result &result);
    // The warning's key in JSON ("grid_capacity_exceeded"…).
    static const char *warningKey(WarningCode code);
};

} // namespace ccp
