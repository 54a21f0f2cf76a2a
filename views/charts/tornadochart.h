// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sensitivity as a tornado: for each input, the NPV with the input at its low and at its high
// value, as bars from the scenario's own NPV, largest swing on top (decisions::sensitivity).

#include "qtchart.h"
#include "sensitivity.h"

namespace ccp {

class TornadoChart : public QtChart
{
    Q_OBJECT
public:
    explicit TornadoChart(QObject *parent = nullptr);
    QString title() const override;
    // The sensitivity to draw; call before setResult.
    void setSensitivity(const decisions::Sensitivity &sensitivity);

protected:
    void populate(QChart *chart) override;

private:
    decisions::Sensitivity m_sensitivity;
};

} // namespace ccp
