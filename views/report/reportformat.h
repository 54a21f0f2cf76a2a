// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the report says of a result: its key figures and the one-sentence verdict, so that the
// PDF report, its tests and the scenario comparison show them the same way. Figures are
// formatted by Format (model/labels/format.h), the one formatter of the application.

#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ccp {

struct KeyFigure
{
    KeyFigure(QString label_, QString value_) : label(std::move(label_)), value(std::move(value_)) {}
    QString label;
    QString value;
    QString note; // why the value is "—" (Messages::undefinedReason); empty when defined
};

class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ReportFormat)
public:
    // The key figures of a scenario as the executive summary and the comparison print them,
    // in this order: capex, NPV, IRR, payback, discounted payback, breakeven utilization,
    // planned utilization, nameplate PFLOPS, effective PFLOPS, IT power, facility power,
    // LCOC.
    static std::vector<KeyFigure> keyFigures(const Scenario &scenario, const Result &result);

    // One sentence (or two) judging the scenario from its figures: payback and IRR against
    // the discount rate, or no payback within the horizon; breakeven against planned
    // utilization.
    static QString verdict(const Scenario &scenario, const Result &result);
};

} // namespace ccp
