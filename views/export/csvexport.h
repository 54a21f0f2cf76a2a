// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CSV export of one scenario's tables. CSV holds one table per file, so `OUT.csv` receives the
// monthly cash flow and the other tables go beside it: `OUT-inputs.csv`, `OUT-bom.csv` and
// `OUT-yearly.csv`. Plain UTF-8 without BOM, RFC 4180 (comma, CRLF, fields with comma, quote
// or line break in double quotes, quotes doubled). Numbers are locale-independent
// (QString::number(v, 'g', 15)); fractions stay fractions. Headers are the eval contract's
// keys ("revenue_cny"), which carry their unit. Every file is written atomically.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ccp {

class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(ccp::CsvExport)
public:
    static std::optional<QString> write(const Scenario &scenario, const Catalog &catalog,
                                        const Result &result, const QString &path);
    // The files write() produces for path, monthly first: OUT.csv, OUT-inputs.csv,
    // OUT-bom.csv, OUT-yearly.csv.
    static QStringList files(const QString &path);
    // One RFC 4180 record (without the line end).
    static QString record(const QStringList &fields);
};

} // namespace ccp
