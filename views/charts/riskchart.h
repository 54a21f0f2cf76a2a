// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Monte Carlo outcome: the histogram of NPV over the draws with its cumulative distribution
// (share of draws at or below an NPV) and P10, P50 and P90 marked (decisions::runRisk).

#include "montecarlo.h"
#include "qtchart.h"

namespace ccp {

class RiskChart : public QtChart
{
    Q_OBJECT
public:
    explicit RiskChart(QObject *parent = nullptr);
    QString title() const override;
    // The run to draw (none: an empty chart that says how to run one); call before setResult.
    void setRisk(std::optional<decisions::RiskResult> risk);
    const std::optional<decisions::RiskResult> &risk() const { return m_risk; }

protected:
    void populate(QChart *chart) override;

private:
    std::optional<decisions::RiskResult> m_risk;
};

} // namespace ccp
