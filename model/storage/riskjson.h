// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `risk` object of a scenario in JSON (docs/scenario-json.md, "Monte Carlo settings"): the
// draws, seed, correlation, payback target and the uncertain inputs with their distributions.
// Read strictly (unknown keys, wrong types and unusable distributions are refused, naming the
// key); written only when the scenario's settings differ from the defaults.

#include "messages.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace ccp {

class RiskJson
{
    Q_DECLARE_TR_FUNCTIONS(ccp::RiskJson)
public:
    static std::optional<LoadError> read(const QJsonValue &v, const QString &where, RiskInputs &out);
    static QJsonObject write(const RiskInputs &risk);
};

} // namespace ccp
