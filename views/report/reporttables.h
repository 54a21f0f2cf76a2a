// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables that reports and exports share, as plain rows: the inputs of a scenario with
// their units and sources, the catalog records it uses, the bill of materials, and the column
// definitions of the monthly and yearly cash flows. The PDF report, the xlsx and the CSV
// export format these rows each in their own way, so that all three show the same content.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ccp {

struct InputRow
{
    std::string key;   // dotted key, array elements by index ("demand.segments.0.share")
    QString label;     // translated; array elements prefixed with the array and its number
    bool isNumber = false;
    double number = 0; // the raw value (a fraction for percent fields) when isNumber
    QString text;      // the displayed value (locale-formatted, percent for percent fields)
    QString unit;      // displayed unit ("%" for percent fields)
    QString rawUnit;   // canonical unit of the raw value ("fraction" for percent fields)
    bool percent = false;
    QString source;    // "Scenario input", "Site preset: …", "Catalog (…)", "Model (…)"
    bool estimate = false;
    bool arrayElement = false;
};

struct RecordRow
{
    QString kind;      // translated kind: card, server, fabric…
    QString id;
    QString name;
    QString source;
    QString date;
    QString confidence;
    QString estimates; // the estimated fields' translated titles, comma-separated
};

struct BomRow
{
    QString item;      // translated
    QString record;    // catalog record name, or a short basis ("5% of equipment")
    double quantity = 0;
    QString unit;      // translated ("servers", "PB", "kW")
    std::optional<double> unitPriceCny;
    double totalCny = 0;
    bool estimate = false;
};

enum class CellKind { Text, Integer, Number, Money, Fraction };

struct MonthlyColumn
{
    const char *key;   // the contract's key: "revenue_cny"
    QString header;    // translated label with its unit: "Revenue (CNY)"
    CellKind kind;
    double (*value)(const MonthRow &);
};

struct YearlyColumn
{
    const char *key;
    QString header;
    CellKind kind;
    double (*value)(const YearRow &);
};

class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ReportTables)
public:
    // Every scenario key in the order of the field table, array elements expanded.
    static std::vector<InputRow> inputs(const Scenario &scenario, const Catalog &catalog,
                                        const Result &result);
    // The records the scenario refers to (card, server, fabric, storage, site).
    static std::vector<RecordRow> records(const Scenario &scenario, const Catalog &catalog);
    // Equipment and works at full build-out; the totals add up to the capex of the result.
    static std::vector<BomRow> billOfMaterials(const Scenario &scenario, const Catalog &catalog,
                                               const Result &result);
    // Every monthly field of the eval contract, month first.
    static std::vector<MonthlyColumn> monthlyColumns();
    static std::vector<YearlyColumn> yearlyColumns();

    static QString kindName(RecordKind kind);
    static QString estimateMark(); // "(est.)"
};

} // namespace ccp
