// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The optimizer's Pareto chart: capex against NPV of every feasible configuration (a cloud),
// the Pareto front (no other configuration costs less and earns more) as a line, the
// configuration chosen in the table ringed, and the scenario's own point.

#include "optimizer.h"
#include "qtchart.h"

#include <optional>

namespace ccp {

class ParetoChart : public QtChart
{
    Q_OBJECT
public:
    explicit ParetoChart(QObject *parent = nullptr);
    QString title() const override;
    // The optimizer's result and the scenario's own capex and NPV; call before setResult.
    void setOptimization(const decisions::OptimizerResult &result, double baseCapexCny,
                         double baseNpvCny);
    // The configuration to ring (none: empty).
    void setChosen(std::optional<decisions::Configuration> chosen);

protected:
    void populate(QChart *chart) override;

private:
    decisions::OptimizerResult m_result;
    double m_baseCapex = 0;
    double m_baseNpv = 0;
    std::optional<decisions::Configuration> m_chosen;
};

} // namespace ccp
