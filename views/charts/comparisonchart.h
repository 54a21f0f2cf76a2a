// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scenario comparison: the cumulative project cash flow of every scenario over the months
// (solid, left axis) and its sold utilization (dashed, right axis), one color per scenario,
// the baseline first.

#include "qtchart.h"

#include <vector>

namespace ccp {

class ComparisonChart : public QtChart
{
    Q_OBJECT
public:
    explicit ComparisonChart(QObject *parent = nullptr);
    QString title() const override;
    // The scenarios and their results, baseline first; call before setResult.
    void setScenarios(std::vector<Scenario> scenarios, std::vector<Result> results);

protected:
    void populate(QChart *chart) override;

private:
    std::vector<Scenario> m_scenarios;
    std::vector<Result> m_results;
};

} // namespace ccp
