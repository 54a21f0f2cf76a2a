// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Excel export (libxlsxwriter, docs/reports.md "Excel workbook"). For every scenario of the
// project one sheet set: "Inputs" (label, value, unit, source, estimate, key), "Bill of
// materials", "Monthly cash flow" (every monthly field of the eval contract, months 0..H, in
// CNY), "Yearly summary", "Indicators" (NPV, IRR, paybacks), "Financial statements" and
// "Inference"; then the decision sheets (xlsxdecisions.cpp) of the chosen scenario:
// "Comparison" of every scenario, "Payback vs utilization", "Breakeven map", "Sensitivity" and
// "Monte Carlo". The monthly cash flow and cumulative cash, the yearly totals, NPV, IRR and
// the paybacks are live formulas (over the monthly amounts and the Inputs sheet's discount
// rate) with the engine's values as their cached results, so a spreadsheet that recalculates
// shows the same figures. Undefined figures are "—", never 0. Header rows are frozen, CNY
// cells formatted #,##0 and fractions 0.0%, units in the headers. The file is replaced
// atomically: a failure leaves an existing file as it was.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace ccp {

class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(ccp::XlsxExport)
public:
    // The workbook of a project: every scenario's sheet set, the decision sheets of scenario
    // `index` (the comparison lists every scenario).
    // Returns a translated message naming the file on failure.
    static std::optional<QString> write(const std::vector<Scenario> &scenarios,
                                        const std::vector<Result> &results, std::size_t index,
                                        const Catalog &catalog, const QString &path);
    // One scenario on its own.
    static std::optional<QString> write(const Scenario &scenario, const Catalog &catalog,
                                        const Result &result, const QString &path);
    // A project of many scenarios gets the sheet sets of at most kScenariosInFull of them: the
    // chosen one and the first others in project order (writtenInFull); the Comparison sheet
    // lists every scenario. The others' results need only their figures (dropRows), so the
    // workbook's memory stays that of a dozen scenarios however many the project holds.
    static constexpr std::size_t kScenariosInFull = 12;
    static bool writtenInFull(std::size_t scenario, std::size_t chosen);
    // The sheet names of a workbook of `scenarioCount` scenarios with `chosen` the chosen one,
    // in order (translated, at most 31 characters, no []:*?/\): each scenario's set written in
    // full, numbered "1 ", "2 "… by its place in the project when there are several, then the
    // decision sheets.
    static QStringList sheetNames(std::size_t scenarioCount = 1, std::size_t chosen = 0);
    // One scenario's sheets: Inputs, Bill of materials, Monthly cash flow, Yearly summary,
    // Indicators, Financial statements, Inference.
    static QStringList scenarioSheetNames(const QString &prefix = {});
};

} // namespace ccp
