// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskinputs.h"

#include <cmath>
#include <set>

namespace ccp::decisions {

UncertainInput toUncertainInput(const UncertainInputSpec &spec)
{
    const LeverInfo *lever = findLever(spec.key);
    const auto kind = distributionFromCode(spec.distribution);
    UncertainInput in{lever ? lever->id : LeverId::ListPrice, {}};
    Distribution &d = in.distribution;
    d.kind = kind.value_or(DistributionKind::Triangular);
    d.a = spec.min;
    d.b = spec.mode;
    d.c = spec.max;
    d.spread = spec.spread;
    return in;
}

UncertainInputSpec toSpec(const UncertainInput &input)
{
    const Distribution &d = input.distribution;
    return {std::string(leverInfo(input.lever).key), distributionCode(d.kind), d.a, d.b, d.c,
            d.spread};
}

RiskSettings riskSettingsOf(const Scenario &s, const Catalog &catalog)
{
    RiskSettings settings;
    if (s.risk.inputs.empty()) {
        settings.inputs = defaultUncertainty(s, catalog);
    } else {
        for (const UncertainInputSpec &spec : s.risk.inputs)
            settings.inputs.push_back(toUncertainInput(spec));
    }
    settings.draws = s.risk.draws;
    settings.seed = s.risk.seed;
    settings.utilizationPriceCorrelation = s.risk.utilizationPriceCorrelation;
    if (s.risk.targetPaybackMonths > 0)
        settings.targetPaybackMonths = s.risk.targetPaybackMonths;
    return settings;
}

RiskInputs storedRiskInputs(const RiskSettings &settings)
{
    RiskInputs r;
    for (const UncertainInput &in : settings.inputs)
        r.inputs.push_back(toSpec(in));
    r.draws = settings.draws;
    r.seed = settings.seed;
    r.utilizationPriceCorrelation = settings.utilizationPriceCorrelation;
    r.targetPaybackMonths = settings.targetPaybackMonths.value_or(0);
    return r;
}

std::optional<RiskInputError> checkRiskInputs(const RiskInputs &risk)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < risk.inputs.size(); ++i) {
        const UncertainInputSpec &spec = risk.inputs[i];
        const std::string at = "risk.inputs." + std::to_string(i) + '.';
        const LeverInfo *lever = findLever(spec.key);
        if (!lever)
            return RiskInputError{at + "key", "not an uncertain input: " + spec.key,
                                  RiskInputError::UnknownLever};
        if (!seen.insert(spec.key).second)
            return RiskInputError{at + "key", "given twice: " + spec.key,
                                  RiskInputError::Duplicate};
        if (!distributionFromCode(spec.distribution))
            return RiskInputError{at + "distribution", "unknown distribution: " + spec.distribution,
                                  RiskInputError::UnknownDistribution};
        const Distribution d = toUncertainInput(spec).distribution;
        if (const auto why = checkDistribution(d))
            return RiskInputError{at + "distribution", describe(*why),
                                  RiskInputError::BadDistribution, *why};
        // Every value a draw can take stays in the lever's range; an unbounded side of a
        // normal is cut at the range.
        const auto outside = [&](double v) { return std::isfinite(v) && (v < lever->min || v > lever->max); };
        if (outside(spec.min))
            return RiskInputError{at + "min", "outside the input's range", RiskInputError::OutOfRange};
        if (outside(spec.max))
            return RiskInputError{at + "max", "outside the input's range", RiskInputError::OutOfRange};
        if (d.kind != DistributionKind::Uniform && outside(spec.mode))
            return RiskInputError{at + "mode", "outside the input's range", RiskInputError::OutOfRange};
    }
    if (risk.draws < 1 || risk.draws > 10000000)
        return RiskInputError{"risk.draws", "from 1 to 10,000,000", RiskInputError::OutOfRange};
    if (!(risk.utilizationPriceCorrelation >= -1 && risk.utilizationPriceCorrelation <= 1))
        return RiskInputError{"risk.correlation_utilization_price", "from -1 to 1",
                              RiskInputError::OutOfRange};
    if (!(risk.targetPaybackMonths >= 0 && risk.targetPaybackMonths <= 1200))
        return RiskInputError{"risk.target_payback_months", "from 0 to 1,200",
                              RiskInputError::OutOfRange};
    return std::nullopt;
}

} // namespace ccp::decisions
