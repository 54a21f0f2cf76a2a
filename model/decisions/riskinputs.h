// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Monte Carlo settings a scenario stores (Scenario::risk, plain data with string keys) and
// the settings runRisk takes (levers and distributions), both ways, with the checks a file's
// values must pass. A scenario without its own inputs gets the default spreads.

#include "montecarlo.h"

#include <optional>
#include <string>

namespace ccp::decisions {

// The scenario's own Monte Carlo settings; its inputs, or defaultUncertainty when it has none.
// The inputs must pass checkRiskInputs.
RiskSettings riskSettingsOf(const Scenario &s, const Catalog &catalog);

// The settings in the scenario's stored form (every input written out).
RiskInputs storedRiskInputs(const RiskSettings &settings);

UncertainInput toUncertainInput(const UncertainInputSpec &spec);
UncertainInputSpec toSpec(const UncertainInput &input);

struct RiskInputError
{
    std::string key;    // "risk.inputs.2.max", "risk.draws"
    std::string reason; // untranslated, for logs; the caller words it for people
    enum Code { UnknownLever, UnknownDistribution, BadDistribution, OutOfRange, Duplicate } code;
    std::optional<DistributionProblem> problem = {}; // for BadDistribution
};

// The first problem of stored settings: an unknown lever key or distribution, parameters that
// make no distribution (min > max, mode outside…), a value outside the lever's range, an
// input twice, draws outside 1…10,000,000, a correlation outside −1…1, a target outside
// 0…1,200 months.
std::optional<RiskInputError> checkRiskInputs(const RiskInputs &risk);

} // namespace ccp::decisions
