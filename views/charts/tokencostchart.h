// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cost per million tokens against the average sold utilization, 0–100%: the levelized cost of
// the tokens the cards serve, computed by decisions::sweepTokenCost, with the planned
// utilization marked and the price the MaaS tokens realize as a horizontal line, so that where
// the curve falls below the line the tokens pay for their cards (docs/methodology.md,
// "Inference"). Series object names (for tests): "cost" (the curve, points where a cost is
// defined), "planned" (one point), "price" (two points, when tokens are sold).

#include "qtchart.h"
#include "sweep.h"

namespace ccp {

class TokenCostChart : public QtChart
{
    Q_OBJECT
public:
    explicit TokenCostChart(QObject *parent = nullptr);
    QString title() const override;
    // The curve to draw; call before setResult.
    void setSweep(decisions::TokenCostSweep sweep);

protected:
    void populate(QChart *chart) override;

private:
    decisions::TokenCostSweep m_sweep;
};

} // namespace ccp
