// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Excel export of one scenario's tables (libxlsxwriter): the sheets "Inputs" (key, label,
// value, unit, source, estimate), "Bill of materials", "Monthly cash flow" (every monthly
// field of the eval contract, months 0..H, in CNY) and "Yearly summary". Header rows are
// frozen, CNY cells formatted #,##0 and fractions 0.0%, units in the headers. The file is
// replaced atomically: a failure leaves an existing file as it was.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ccp {

class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(ccp::XlsxExport)
public:
    // Returns a translated message naming the file on failure.
    static std::optional<QString> write(const Scenario &scenario, const Catalog &catalog,
                                        const Result &result, const QString &path);
    // The sheet names in order (translated, at most 31 characters, no []:*?/\).
    static QStringList sheetNames();
};

} // namespace ccp
