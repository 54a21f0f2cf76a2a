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

// One figure of a table that the inference panel, the report and the workbook share: its
// result key (the eval JSON's dotted key), label, value formatted for reading ("—" when
// undefined), unit, the number for data exports (empty when undefined or not a number) and, for
// "—", why.
struct FigureRow
{
    const char *key = "";
    QString label;
    QString value;
    QString unit;
    std::optional<double> number;
    QString note;
    bool percent = false; // number is a fraction, value shows it in percent
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

    // Whether the scenario says anything about inference: it names a model or sells tokens.
    static bool hasInference(const Scenario &scenario);
    // The inference deployment (docs/methodology.md, "Inference"): whether it fits, its cards
    // and servers, memory per card, batch, latency and throughput per card, server and MW.
    static std::vector<FigureRow> inferenceFigures(const Scenario &scenario, const Result &result);
    // The economics of selling tokens: cost per million tokens, realized price, margins, the
    // breakeven token price, tokens and revenue over the horizon.
    static std::vector<FigureRow> maasFigures(const Scenario &scenario, const Result &result);
};

} // namespace ccp
