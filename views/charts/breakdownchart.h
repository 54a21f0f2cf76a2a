// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the money goes: the capex breakdown (servers, network, storage, facility,
// installation, software) and the opex breakdown of the steady-state year (energy,
// maintenance, staff, bandwidth, rent, insurance) as two donuts side by side, each slice
// labelled with its value in million CNY and its share. Zero items get no slice.
// Series object names: "capex" (left) and "opex" (right).

#include "qtchart.h"

namespace ccp {

class BreakdownChart : public QtChart
{
    Q_OBJECT
public:
    explicit BreakdownChart(QObject *parent = nullptr);
    QString title() const override;

protected:
    void populate(QChart *chart) override;
};

} // namespace ccp
