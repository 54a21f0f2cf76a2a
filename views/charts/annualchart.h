// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Annual revenue, opex and capex (million CNY) as grouped bars: year 0 (month 0, the initial
// investment) and then each operating year of the horizon.
// Bar sets in order: revenue, opex, capex; one value per yearly row.

#include "qtchart.h"

namespace ccp {

class AnnualChart : public QtChart
{
    Q_OBJECT
public:
    explicit AnnualChart(QObject *parent = nullptr);
    QString title() const override;

protected:
    void populate(QChart *chart) override;
};

} // namespace ccp
