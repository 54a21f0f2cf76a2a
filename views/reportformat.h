// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How reports print figures: one place for the formatting of money, rates and durations, the
// key figures of a result and the one-sentence verdict, so that the PDF report, its tests and
// the scenario comparison show a figure the same way. Everything follows the current default
// QLocale (set by Language::install) and the installed translation.
//
// Money: in a Chinese locale 万元 / 亿元 style ("%1 ten thousand CNY" / "%1 hundred million
// CNY" in the source language), otherwise "CNY %1 million". Tables of cash flows use ten
// thousand CNY in both languages (tableMoney), with the unit in the header.

#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace ccp {

struct KeyFigure
{
    QString label;
    QString value;
};

class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ReportFormat)
public:
    static bool chinese(); // the default locale is Chinese

    // A headline amount: "CNY 1,234.5 million" or "12.35 hundred million CNY" (亿元) /
    // "1,234.5 ten thousand CNY" (万元) in a Chinese locale.
    static QString money(double cny);
    // An amount in ten thousand CNY without unit, no decimals: for cash-flow tables.
    static QString tableMoney(double cny);
    static QString tableMoneyUnit(); // "ten thousand CNY"
    // An undefined figure: "—" (its reason goes in a tooltip or a note).
    static QString undefined();
    // 0.1234 → "12.3%"; empty → "—".
    static QString percent(std::optional<double> fraction, int decimals = 1);
    // Months as years with one decimal: "3.4 years"; empty → "—".
    static QString years(std::optional<double> months);
    static QString number(double value, int decimals);
    static QString number(std::optional<double> value, int decimals); // empty → "—"
    static QString integer(double value); // grouped thousands, no decimals

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
