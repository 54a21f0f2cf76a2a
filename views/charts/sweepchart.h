// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Payback against the average sold utilization, 0–100% (the chart the product is named for):
// one curve per scenario, computed by decisions::sweepUtilization, with each scenario's
// planned and breakeven utilization marked and the bands of utilization the market reaches
// behind (docs/methodology.md, "Utilization the market reaches").

#include "qtchart.h"
#include "sweep.h"

#include <QString>

#include <vector>

namespace ccp {

class SweepChart : public QtChart
{
    Q_OBJECT
public:
    struct Curve
    {
        QString name;
        decisions::UtilizationSweep sweep;
    };

    explicit SweepChart(QObject *parent = nullptr);
    QString title() const override;
    // The curves to draw (the current scenario first); call before setResult.
    void setCurves(std::vector<Curve> curves);

protected:
    void populate(QChart *chart) override;

private:
    std::vector<Curve> m_curves;
};

} // namespace ccp
