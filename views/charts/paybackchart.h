// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Utilization against payback": the monthly sold utilization (%, left axis) and the
// cumulative project cash flow (million CNY, right axis) over the horizon, with the payback
// point marked when the cash flow turns non-negative within the horizon.
// Series object names (for tests and styling): "utilization" (horizon+1 points),
// "cumulative" (horizon+1 points), the areas "cumulativeAbove" and "cumulativeBelow" (green
// above zero, red below), "zero", "payback" (one point; only when there is a payback) and
// "paybackLine".

#include "qtchart.h"

namespace ccp {

class PaybackChart : public QtChart
{
    Q_OBJECT
public:
    explicit PaybackChart(QObject *parent = nullptr);
    QString title() const override;

protected:
    void populate(QChart *chart) override;
};

} // namespace ccp
