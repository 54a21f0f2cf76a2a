// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The derating waterfall of compute: nameplate → available (× availability) → sold
// (× steady-state utilization) → useful (× MFU × goodput, an estimate) in PFLOPS BF16 dense.
// Drawn as a stacked bar series "derating" of three sets: "capacity" (first three bars),
// "useful" (the last bar) and "derated" (the part lost against the previous bar, on top), so
// each bar shows its value and what the step cost. Four categories, values labelled.

#include "qtchart.h"

namespace ccp {

class DeratingChart : public QtChart
{
    Q_OBJECT
public:
    explicit DeratingChart(QObject *parent = nullptr);
    QString title() const override;

protected:
    void populate(QChart *chart) override;
};

} // namespace ccp
