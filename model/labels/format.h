// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one formatter of figures for people: money, percentages, durations and physical figures
// with their units and scales, in the current default QLocale (set by Language::install) and
// the installed translation. The command line's tables, the key figures, charts, item models,
// the report and the exports all print a figure through here, so it reads the same everywhere.
//
// Money: one scale everywhere, million CNY (百万元): headline amounts "CNY 1,234.5 million"
// ("1,234.5 百万元"), tables and charts the number in million CNY with the unit in the header
// or axis title, so that the key figures, the cash-flow tables, the charts and the report
// agree digit for digit.
// An undefined figure is "—"; its reason (Messages::undefinedReason) goes in a tooltip or note.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ccp {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(ccp::Format)
public:
    static bool chinese(); // the default locale is Chinese

    static QString undefined(); // "—"

    // A headline amount: "CNY 1,234.5 million" ("1,234.5 百万元").
    static QString money(double cny);
    static QString money(std::optional<double> cny);
    // An amount in million CNY without unit, two decimals (0.01 million = 10,000 CNY): for
    // tables, whose header names tableMoneyUnit().
    static QString tableMoney(double cny);
    // An amount in million CNY without unit (no "−0"): for charts whose axis or label names
    // the unit.
    static QString millions(double cny, int decimals = 1);
    static QString tableMoneyUnit(); // "million CNY"
    // A price with two decimals: "1.23 CNY".
    static QString price(double cny);
    // 0.1234 → "12.3%"; empty → "—".
    static QString percent(std::optional<double> fraction, int decimals = 1);
    // A share of draws or cases, 0 to 1, as a percentage that never rounds a share that is
    // not all or none to 100% or 0%: 0.9996 → ">99.9%", 0.0004 → "<0.1%".
    static QString probability(double fraction, int decimals = 1);
    // Months as years with one decimal: "3.4 years"; empty → "—".
    static QString years(std::optional<double> months);
    // "18.5 months"; empty → "—".
    static QString months(std::optional<double> months);
    static QString number(double value, int decimals);
    static QString number(std::optional<double> value, int decimals); // empty → "—"
    static QString integer(double value); // grouped thousands, no decimals
    // An input value: up to 6 significant digits, no trailing zeros.
    static QString significant(double value);
    // 0.435 → "43.5%": at most `decimals` decimals, no trailing zeros (input percentages).
    static QString trimmedPercent(double fraction, int decimals = 2);
    // A figure in a sentence (warnings, refusals, undo texts): grouped thousands and decimals
    // that fit its size, never an exponent: 1618740 → "1,618,740", 12.345 → "12.35",
    // 0.0123 → "0.0123"; an infinite value is "∞" (say it in words where it can occur).
    static QString figure(double value);
    // Physical figures with their unit: "12.34 MW" (from kW), "123.4 PFLOPS", "23.1 days";
    // an infinite duration is "never completes".
    static QString megawatts(double kw);
    static QString pflops(double pflops);
    static QString days(std::optional<double> days);
};

} // namespace ccp
