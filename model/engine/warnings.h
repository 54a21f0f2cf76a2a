// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The warnings of an evaluated scenario: each code with the offending figure and the limit it
// crosses. The rules are listed in docs/contract.md.

#include "result.h"
#include "scenario.h"
#include "sizing.h"

#include <vector>

namespace ccp {

std::vector<Warning> warningsOf(const Scenario &s, const ResolvedRefs &refs, const Result &r);

// Every figure of the result that is undefined (an empty optional), with the reason.
// `breakevensComputed` false: the breakevens were not asked for and are not listed.
std::vector<UndefinedFigure> undefinedFigures(const Scenario &s, const Result &r,
                                              bool breakevensComputed);

// Hard limits: a configuration that breaks one (grid capacity, energy quota, the hub's PUE
// limit, the training job's memory, an inference model that MaaS segments sell and that does
// not fit) cannot be built or run as planned, whatever its NPV.
bool isHardLimit(WarningCode code);
// The warnings of `r` that are hard limits; empty when the configuration is feasible.
std::vector<Warning> brokenHardLimits(const Result &r);

} // namespace ccp
