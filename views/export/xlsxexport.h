// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Excel export of one scenario's tables (libxlsxwriter): the sheets "Inputs" (key, label,
// value, unit, source, estimate), "Bill of materials", "Monthly cash flow" (every monthly
// field of the eval contract, months 0..H, in CNY) and "Yearly summary"; then the decision
// sheets (xlsxdecisions.cpp): "Comparison" of every scenario, "Payback vs utilization",
// "Breakeven map", "Sensitivity" and "Monte Carlo" (with the scenario's own settings); the
// "Financial statements"; and "Inference": the deployment's and the MaaS figures (key, figure,
// value, unit, why undefined) and the cost per million tokens against utilization.
// Undefined figures are "—", never 0. Header rows are
// frozen, CNY cells formatted #,##0 and fractions 0.0%, units in the headers. The file is
// replaced atomically: a failure leaves an existing file as it was.

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
    // The workbook of scenario `index` of a project (the comparison lists every scenario).
    // Returns a translated message naming the file on failure.
    static std::optional<QString> write(const std::vector<Scenario> &scenarios,
                                        const std::vector<Result> &results, std::size_t index,
                                        const Catalog &catalog, const QString &path);
    // One scenario on its own.
    static std::optional<QString> write(const Scenario &scenario, const Catalog &catalog,
                                        const Result &result, const QString &path);
    // The sheet names in order (translated, at most 31 characters, no []:*?/\).
    static QStringList sheetNames();
};

} // namespace ccp
