// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "format.h"
#include "reportformat.h"
#include "reporttables.h"
#include "safewrite.h"
#include "sweep.h"
#include "statementlabels.h"
#include "xlsxsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <clocale>
#include <locale.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

namespace ccp {

using namespace xlsx;

QStringList XlsxExport::scenarioSheetNames(const QString &prefix)
{
    QStringList names;
    for (const QString &name : {tr("Inputs"), tr("Bill of materials"), tr("Monthly cash flow"),
                                tr("Yearly summary"), tr("Indicators"), tr("Financial statements"),
                                tr("Inference")})
        names << sheetName(prefix + name);
    return names;
}

bool XlsxExport::writtenInFull(std::size_t scenario, std::size_t chosen)
{
    const std::size_t others = scenario < chosen ? scenario : scenario - 1;
    return scenario == chosen || others < kScenariosInFull - 1;
}

QStringList XlsxExport::sheetNames(std::size_t scenarioCount, std::size_t chosen)
{
    QStringList names;
    for (std::size_t k = 0; k < std::max<std::size_t>(1, scenarioCount); ++k) {
        if (writtenInFull(k, chosen))
            names << scenarioSheetNames(scenarioCount > 1 ? QStringLiteral("%1 ").arg(k + 1) : QString());
    }
    return names + XlsxDecisions::sheetNames();
}

namespace {

// libxlsxwriter prints numbers with snprintf("%.16G"), which follows LC_NUMERIC: under a
// decimal-comma locale (de_DE, fr_FR, ru_RU…, set by QCoreApplication from the environment)
// the workbook held "2,67" where the file format needs "2.67", and spreadsheets read the
// numbers as text or zero. While a workbook is written, this thread prints numbers in the C
// locale (uselocale: this thread only, the rest of the process keeps its locale).
class CNumericLocale
{
public:
    CNumericLocale()
        : m_c(::newlocale(LC_NUMERIC_MASK, "C", ::duplocale(LC_GLOBAL_LOCALE)))
        , m_previous(m_c ? ::uselocale(m_c) : nullptr)
    {
    }
    ~CNumericLocale()
    {
        if (m_c) {
            ::uselocale(m_previous);
            ::freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c;
    locale_t m_previous;
};

QString cellName(int row, int col)
{
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, lxw_row_t(row), lxw_col_t(col));
    return QString::fromLatin1(name);
}

// The six yearly statements one below the other: a title row, then one row per line item
// (its key, its name, one column per year, in CNY). The balance sheet's "liabilities and
// equity" and a balance check are formulas, so that a spreadsheet recomputes them.
void writeStatements(lxw_workbook *book, const Formats &f, const QString &name, const Result &r)
{
    Sheet s(book, name);
    const Statements &st = r.statements;
    QStringList header{XlsxExport::tr("Key"), XlsxExport::tr("Item (CNY)")};
    for (const int y : st.years)
        header << StatementLabels::year(y);
    s.header(header, f.header);
    int row = 1;
    for (const Statement &statement : st.tables) {
        s.text(row, 0, QString::fromLatin1(statement.key), f.bold);
        s.text(row, 1, StatementLabels::title(statement.key), f.bold);
        ++row;
        std::map<std::string_view, int> rows;
        for (const StatementLine &line : statement.lines) {
            rows[line.key] = row;
            s.text(row, 0, QString::fromLatin1(line.key), f.text);
            s.text(row, 1, QString(2 * line.level, QLatin1Char(' '))
                               + StatementLabels::line(statement.key, line.key),
                   line.level == 0 ? f.bold : f.text);
            const bool formula = std::string_view(line.key) == "liabilities_and_equity_cny";
            for (std::size_t y = 0; y < line.values.size(); ++y) {
                const int col = 2 + int(y);
                const double v = line.values[y].cnyValue();
                lxw_format *fmt = line.level == 0 ? f.moneyBold : f.money;
                if (formula) {
                    const QByteArray sum = QStringLiteral("=%1+%2")
                                               .arg(cellName(rows["liabilities_cny"], col),
                                                    cellName(rows["equity_cny"], col))
                                               .toLatin1();
                    worksheet_write_formula_num(s.ws(), lxw_row_t(row), lxw_col_t(col),
                                                sum.constData(), fmt, v);
                } else {
                    s.number(row, col, v, fmt, 14);
                }
            }
            ++row;
        }
        if (std::string_view(statement.key) == "balance_sheet") {
            s.text(row, 0, QStringLiteral("balance_check_cny"), f.text);
            s.text(row, 1, XlsxExport::tr("Assets − liabilities − equity (0 when balanced)"), f.text);
            for (std::size_t y = 0; y < st.years.size(); ++y) {
                const int col = 2 + int(y);
                const QByteArray check = QStringLiteral("=%1-%2-%3")
                                             .arg(cellName(rows["assets_cny"], col),
                                                  cellName(rows["liabilities_cny"], col),
                                                  cellName(rows["equity_cny"], col))
                                             .toLatin1();
                const double v = (statement.line("assets_cny")->values[y]
                                  - statement.line("liabilities_cny")->values[y]
                                  - statement.line("equity_cny")->values[y]).cnyValue();
                worksheet_write_formula_num(s.ws(), lxw_row_t(row), lxw_col_t(col),
                                            check.constData(), f.number, v);
            }
            ++row;
        }
        ++row; // a blank row between statements
    }
    s.finish(2, 60);
}

// The inference deployment and the MaaS figures (key, figure, value, unit, why undefined), then
// the cost per million tokens against the average sold utilization.
void writeInference(lxw_workbook *book, const Formats &f, const QString &name,
                    const Scenario &scenario, const Catalog &catalog, const Result &result)
{
    Sheet s(book, name);
    s.header({XlsxExport::tr("Key"), XlsxExport::tr("Figure"), XlsxExport::tr("Value"),
              XlsxExport::tr("Unit"), XlsxExport::tr("Note")},
             f.header);
    int row = 1;
    std::vector<FigureRow> rows = ReportFormat::inferenceFigures(scenario, result);
    for (FigureRow &r : ReportFormat::maasFigures(scenario, result))
        rows.push_back(std::move(r));
    for (const FigureRow &r : rows) {
        s.text(row, 0, QLatin1String(r.key), f.text);
        s.text(row, 1, r.label, f.text);
        if (r.number)
            s.number(row, 2, *r.number, r.percent ? f.fraction : f.number);
        else
            s.text(row, 2, r.value, f.text);
        s.text(row, 3, r.number ? r.unit : QString(), f.text);
        s.text(row, 4, r.note, f.text);
        ++row;
    }
    const decisions::TokenCostSweep sweep = decisions::sweepTokenCost(scenario, catalog);
    if (!sweep.points.empty()) {
        ++row;
        s.text(row, 1, XlsxExport::tr("Average sold utilization"), f.header);
        s.text(row, 2, XlsxExport::tr("Cost (CNY per million tokens)"), f.header);
        ++row;
        for (const decisions::TokenCostPoint &p : sweep.points) {
            s.number(row, 1, p.utilization, f.fraction);
            if (p.costCnyPerMillionTokens)
                s.number(row, 2, *p.costCnyPerMillionTokens, f.number);
            else
                s.text(row, 2, Format::undefined(), f.text);
            ++row;
        }
    }
    s.finish(2, 60);
}

// A reference to a cell of another sheet: 'Monthly cash flow'!P2 (quotes doubled in the name).
QString ref(const QString &sheet, int row, int col, bool absolute = false)
{
    QString name = sheet;
    name.replace(QLatin1Char('\''), QStringLiteral("''"));
    QString cell = cellName(row, col);
    if (absolute) {
        const qsizetype digit = cell.indexOf(QRegularExpression(QStringLiteral("[0-9]")));
        cell = QLatin1Char('$') + cell.left(digit) + QLatin1Char('$') + cell.mid(digit);
    }
    return QStringLiteral("'%1'!%2").arg(name, cell);
}

QString range(const QString &sheet, int firstRow, int lastRow, int col)
{
    return ref(sheet, firstRow, col) + QLatin1Char(':') + cellName(lastRow, col);
}

void formula(Sheet &s, int row, int col, const QString &text, lxw_format *fmt, double cached)
{
    const QByteArray f = text.toUtf8();
    worksheet_write_formula_num(s.ws(), lxw_row_t(row), lxw_col_t(col), f.constData(), fmt, cached);
}

// A formula whose cached result is text: "" for an empty helper cell, "—" for undefined.
void formulaText(Sheet &s, int row, int col, const QString &text, const QString &cached)
{
    const QByteArray f = text.toUtf8();
    const QByteArray v = cached.toUtf8();
    worksheet_write_formula_str(s.ws(), lxw_row_t(row), lxw_col_t(col), f.constData(), nullptr,
                                v.constData());
}

void optionalFormula(Sheet &s, int row, int col, const QString &text, lxw_format *fmt,
                     const std::optional<double> &cached)
{
    if (cached)
        formula(s, row, col, text, fmt, *cached);
    else
        formulaText(s, row, col, text, Format::undefined());
}

int columnOf(const std::vector<MonthlyColumn> &cols, std::string_view key)
{
    for (std::size_t c = 0; c < cols.size(); ++c)
        if (key == cols[c].key)
            return int(c);
    return -1;
}

// The engine's payback rule on a cumulative series: the month t−1 + (−C[t−1])/CF[t] of the
// first t with C[t] ≥ 0 > C[t−1]; 0 when C[0] ≥ 0.
std::optional<double> crossing(int t, double previous, double cumulative, double flow)
{
    if (t == 0)
        return cumulative >= 0 ? std::optional<double>(0.0) : std::nullopt;
    if (previous < 0 && cumulative >= 0)
        return double(t - 1) + (-previous) / flow;
    return std::nullopt;
}

// One scenario's sheets: Inputs, Bill of materials, Monthly cash flow, Yearly summary,
// Indicators, Financial statements, Inference, each name after `prefix`. The cash-flow sheets
// and the indicators are formulas over the monthly flows and the Inputs sheet, written with the
// engine's values as their cached results.
void writeScenario(lxw_workbook *book, const Formats &f, const QString &prefix,
                   const Scenario &scenario, const Catalog &catalog, const Result &result)
{
    const QStringList names = XlsxExport::scenarioSheetNames(prefix);
    const QString &monthlyName = names.at(2);
    const QString &indicatorsName = names.at(4);
    const int H = int(result.monthly.size()) - 1;
    const int firstMonthRow = 1, lastMonthRow = 1 + H; // 0-based rows of months 0 and H

    // Inputs: label, value, unit, source, estimate, and the key for scripts.
    int discountRateRow = -1;
    {
        Sheet s(book, names.at(0));
        s.header({XlsxExport::tr("Input"), XlsxExport::tr("Value"), XlsxExport::tr("Unit"),
                  XlsxExport::tr("Source"), XlsxExport::tr("Estimate"),
                  XlsxExport::tr("Key (for scripts)")},
                 f.header);
        int row = 1;
        for (const InputRow &r : ReportTables::inputs(scenario, catalog, result)) {
            s.text(row, 0, r.label, f.text);
            if (r.isNumber) {
                lxw_format *fmt = r.percent ? f.fraction
                                  : r.unit.contains(QLatin1String("CNY")) && std::abs(r.number) >= 1000
                                      ? f.integer
                                      : nullptr;
                s.number(row, 1, r.number, fmt);
                if (r.key == "finance.discount_rate")
                    discountRateRow = row;
            } else {
                s.text(row, 1, r.text, f.text);
            }
            s.text(row, 2, r.unit, f.text);
            s.text(row, 3, r.source, f.text);
            if (r.estimate)
                s.text(row, 4, XlsxExport::tr("yes"), f.text);
            s.text(row, 5, QString::fromStdString(r.key), f.text);
            ++row;
        }
        s.finish(1);
    }
    // Bill of materials.
    {
        Sheet s(book, names.at(1));
        s.header({XlsxExport::tr("Item"), XlsxExport::tr("Specification"), XlsxExport::tr("Quantity"),
                  XlsxExport::tr("Unit"), XlsxExport::tr("Unit price (CNY)"),
                  XlsxExport::tr("Total (CNY)"), XlsxExport::tr("Estimate")},
                 f.header);
        int row = 1;
        for (const BomRow &b : ReportTables::billOfMaterials(scenario, catalog, result)) {
            s.text(row, 0, b.item, f.text);
            s.text(row, 1, b.record, f.text);
            s.number(row, 2, b.quantity, std::abs(b.quantity - std::round(b.quantity)) < 1e-9 ? f.integer : f.number);
            s.text(row, 3, b.unit, f.text);
            if (b.unitPriceCny)
                s.number(row, 4, *b.unitPriceCny, f.money);
            s.number(row, 5, b.totalCny, f.money, 14);
            if (b.estimate)
                s.text(row, 6, XlsxExport::tr("yes"), f.text);
            ++row;
        }
        s.text(row, 0, XlsxExport::tr("Total capital expenditure"), f.bold);
        formula(s, row, 5, QStringLiteral("=SUM(F2:F%1)").arg(row), f.moneyBold,
                result.finance.capex.total().cnyValue());
        s.finish(1);
    }
    // Monthly cash flow: the engine's monthly amounts; the cash flow as the sum of its parts,
    // the cumulative cash flow as a running sum, and helper columns for the paybacks.
    const std::vector<MonthlyColumn> cols = ReportTables::monthlyColumns();
    const int cMonth = columnOf(cols, "month"), cRevenue = columnOf(cols, "revenue_cny"),
              cSubsidy = columnOf(cols, "subsidy_cny"), cOpex = columnOf(cols, "opex_cny"),
              cCapex = columnOf(cols, "capex_cny"), cGrant = columnOf(cols, "grant_cny"),
              cTax = columnOf(cols, "tax_cny"), cResidual = columnOf(cols, "residual_cny"),
              cFlow = columnOf(cols, "cash_flow_cny"), cCumulative = columnOf(cols, "cumulative_cny"),
              cEquity = columnOf(cols, "equity_cash_flow_cny");
    const int cOther = int(cols.size()), cPayback = cOther + 1, cDiscounted = cOther + 2,
              cDiscountedCumulative = cOther + 3, cDiscountedPayback = cOther + 4;
    const int rMonthlyRate = 2; // on the Indicators sheet: the monthly discount rate
    const double monthlyRate = std::pow(1.0 + scenario.finance.discountRate, 1.0 / 12.0) - 1.0;
    {
        Sheet s(book, monthlyName);
        QStringList headers;
        for (const MonthlyColumn &c : cols)
            headers << c.header;
        headers << XlsxExport::tr("VAT, surtax and working capital (CNY)")
                << XlsxExport::tr("Payback reached in month (helper)")
                << XlsxExport::tr("Discounted cash flow (CNY)")
                << XlsxExport::tr("Discounted cumulative cash flow (CNY)")
                << XlsxExport::tr("Discounted payback reached in month (helper)");
        s.header(headers, f.header);
        const QString rate = ref(indicatorsName, rMonthlyRate, 1, true);
        double previous = 0, discountedPrevious = 0, discountedCumulative = 0;
        for (int t = 0; t <= H; ++t) {
            const MonthRow &m = result.monthly[std::size_t(t)];
            const int row = firstMonthRow + t;
            const auto at = [row](int col) { return cellName(row, col); };
            const auto above = [row](int col) { return cellName(row - 1, col); };
            for (int c = 0; c < int(cols.size()); ++c) {
                if (c == cFlow || c == cCumulative)
                    continue;
                s.number(row, c, cols[std::size_t(c)].value(m), cellFormat(f, cols[std::size_t(c)].kind));
            }
            const double other = (m.outputVat - m.inputVat - m.vatPaid - m.surtax - m.workingCapital).cnyValue();
            s.number(row, cOther, other, f.money);
            formula(s, row, cFlow,
                    QStringLiteral("=%1+%2-%3-%4+%5-%6+%7+%8")
                        .arg(at(cRevenue), at(cSubsidy), at(cOpex), at(cCapex), at(cGrant), at(cTax),
                             at(cResidual), at(cOther)),
                    f.money, m.cashFlow.cnyValue());
            formula(s, row, cCumulative,
                    t == 0 ? QStringLiteral("=%1").arg(at(cFlow))
                           : QStringLiteral("=%1+%2").arg(above(cCumulative), at(cFlow)),
                    f.money, m.cumulative.cnyValue());
            const double flow = m.cashFlow.cnyValue();
            const double discounted = flow / std::pow(1.0 + monthlyRate, t);
            discountedCumulative += discounted;
            formula(s, row, cDiscounted,
                    QStringLiteral("=%1/(1+%2)^%3").arg(at(cFlow), rate, at(cMonth)), f.money, discounted);
            formula(s, row, cDiscountedCumulative,
                    t == 0 ? QStringLiteral("=%1").arg(at(cDiscounted))
                           : QStringLiteral("=%1+%2").arg(above(cDiscountedCumulative), at(cDiscounted)),
                    f.money, discountedCumulative);
            const auto crossingFormula = [&](int cumCol, int flowCol) {
                return t == 0 ? QStringLiteral("=IF(%1>=0,0,\"\")").arg(at(cumCol))
                              : QStringLiteral("=IF(AND(%1<0,%2>=0),%3+(-%1)/%4,\"\")")
                                    .arg(above(cumCol), at(cumCol), above(cMonth), at(flowCol));
            };
            const auto writeCrossing = [&](int col, std::optional<double> v, const QString &text) {
                if (v)
                    formula(s, row, col, text, f.number, *v);
                else
                    formulaText(s, row, col, text, QString());
            };
            writeCrossing(cPayback, crossing(t, previous, m.cumulative.cnyValue(), flow),
                          crossingFormula(cCumulative, cFlow));
            writeCrossing(cDiscountedPayback,
                          crossing(t, discountedPrevious, discountedCumulative, discounted),
                          crossingFormula(cDiscountedCumulative, cDiscounted));
            previous = m.cumulative.cnyValue();
            discountedPrevious = discountedCumulative;
        }
        s.finish(1, 20);
    }
    // Yearly summary: sums (and the mean utilization) of the year's monthly rows, and the
    // cumulative cash flow as a running sum. Year 0 is month 0.
    {
        Sheet s(book, names.at(3));
        const std::vector<YearlyColumn> ycols = ReportTables::yearlyColumns();
        int yFlow = 0;
        for (std::size_t c = 0; c < ycols.size(); ++c)
            if (std::string_view(ycols[c].key) == "cash_flow_cny")
                yFlow = int(c);
        QStringList headers;
        for (const YearlyColumn &c : ycols)
            headers << c.header;
        s.header(headers, f.header);
        int row = 1;
        for (const YearRow &y : result.yearly) {
            const int first = y.year == 0 ? 0 : 12 * (y.year - 1) + 1;
            const int last = y.year == 0 ? 0 : std::min(12 * y.year, H);
            for (int c = 0; c < int(ycols.size()); ++c) {
                const YearlyColumn &col = ycols[std::size_t(c)];
                const std::string_view key = col.key;
                const int source = columnOf(cols, key);
                lxw_format *fmt = cellFormat(f, col.kind);
                const double value = col.value(y);
                if (key == "cumulative_cny") {
                    formula(s, row, c,
                            row == 1 ? QStringLiteral("=%1").arg(cellName(row, yFlow))
                                     : QStringLiteral("=%1+%2").arg(cellName(row - 1, c), cellName(row, yFlow)),
                            fmt, value);
                } else if (key == "utilization" && y.year > 0 && source >= 0) {
                    formula(s, row, c,
                            QStringLiteral("=AVERAGE(%1)").arg(range(monthlyName, firstMonthRow + first,
                                                                     firstMonthRow + last, source)),
                            fmt, value);
                } else if (source >= 0 && key != "utilization" && key != "month") {
                    formula(s, row, c,
                            QStringLiteral("=SUM(%1)").arg(range(monthlyName, firstMonthRow + first,
                                                                 firstMonthRow + last, source)),
                            fmt, value);
                } else {
                    s.number(row, c, value, fmt);
                }
            }
            ++row;
        }
        s.finish(1, 20);
    }
    // Indicators: figure, value, unit, how it is computed, key.
    {
        Sheet s(book, indicatorsName);
        s.header({XlsxExport::tr("Figure"), XlsxExport::tr("Value"), XlsxExport::tr("Unit"),
                  XlsxExport::tr("Computed as"), XlsxExport::tr("Key (for scripts)")},
                 f.header);
        const FinanceResult &fin = result.finance;
        const QString flows = range(monthlyName, firstMonthRow, lastMonthRow, cFlow);
        const QString later = range(monthlyName, firstMonthRow + 1, lastMonthRow, cFlow);
        const QString first = ref(monthlyName, firstMonthRow, cFlow);
        const QString equityLater = range(monthlyName, firstMonthRow + 1, lastMonthRow, cEquity);
        const QString equityFirst = ref(monthlyName, firstMonthRow, cEquity);
        int row = 1;
        const auto line = [&](const QString &label, const QString &unit, const QString &how,
                              const char *key) {
            s.text(row, 0, label, f.text);
            s.text(row, 2, unit, f.text);
            s.text(row, 3, how, f.text);
            s.text(row, 4, QLatin1String(key), f.text);
            return row++;
        };
        {
            const int r = line(XlsxExport::tr("Discount rate (per year)"), QString(),
                               discountRateRow > 0 ? XlsxExport::tr("From the Inputs sheet")
                                                   : XlsxExport::tr("Scenario input"),
                               "finance.discount_rate");
            if (discountRateRow > 0)
                formula(s, r, 1, QStringLiteral("=%1").arg(ref(names.at(0), discountRateRow, 1)),
                        f.fraction, scenario.finance.discountRate);
            else
                s.number(r, 1, scenario.finance.discountRate, f.fraction);
        }
        {
            const int r = line(XlsxExport::tr("Discount rate (per month)"), QString(),
                               XlsxExport::tr("(1 + annual rate)^(1/12) − 1"), "");
            Q_ASSERT(r == rMonthlyRate);
            formula(s, r, 1, QStringLiteral("=(1+B2)^(1/12)-1"), f.rate, monthlyRate);
        }
        {
            const int r = line(XlsxExport::tr("Net present value (NPV)"), XlsxExport::tr("CNY"),
                               XlsxExport::tr("Cash flow of month 0 + NPV(monthly rate, months 1 to H)"),
                               "finance.npv_cny");
            formula(s, r, 1, QStringLiteral("=%1+NPV(B3,%2)").arg(first, later), f.money,
                    fin.npv.cnyValue());
        }
        {
            const int r = line(XlsxExport::tr("Internal rate of return (IRR)"), QString(),
                               XlsxExport::tr("(1 + IRR of the monthly cash flows)^12 − 1; “—” when "
                                              "no rate makes the NPV zero"),
                               "finance.irr");
            // The engine's root as the guess, so that a spreadsheet finds the same one of
            // several; the discount rate when there is none.
            const double guess = fin.irr ? std::pow(1.0 + *fin.irr, 1.0 / 12.0) - 1.0 : monthlyRate;
            optionalFormula(s, r, 1,
                            QStringLiteral("=IFERROR((1+IRR(%1,%2))^12-1,\"%3\")")
                                .arg(flows, QString::number(guess, 'g', 17), Format::undefined()),
                            f.fraction, fin.irr);
        }
        const auto paybackLine = [&](const QString &label, const QString &how, const char *key,
                                     int helper, const std::optional<double> &value) {
            const int r = line(label, XlsxExport::tr("months"), how, key);
            const QString helpers = range(monthlyName, firstMonthRow, lastMonthRow, helper);
            optionalFormula(s, r, 1,
                            QStringLiteral("=IF(COUNT(%1)=0,\"%2\",MIN(%1))").arg(helpers, Format::undefined()),
                            f.number, value);
        };
        paybackLine(XlsxExport::tr("Payback"),
                    XlsxExport::tr("First month the cumulative cash flow reaches zero, interpolated; "
                                   "“—” when never"),
                    "finance.payback_months", cPayback, fin.paybackMonths);
        paybackLine(XlsxExport::tr("Discounted payback"),
                    XlsxExport::tr("The same on the discounted cash flows"),
                    "finance.discounted_payback_months", cDiscountedPayback, fin.discountedPaybackMonths);
        {
            const int r = line(XlsxExport::tr("Equity NPV"), XlsxExport::tr("CNY"),
                               XlsxExport::tr("The NPV of the equity cash flows"), "finance.equity_npv_cny");
            formula(s, r, 1, QStringLiteral("=%1+NPV(B3,%2)").arg(equityFirst, equityLater), f.money,
                    fin.equityNpv.cnyValue());
        }
        {
            const int r = line(XlsxExport::tr("Total cash flow over the horizon"), XlsxExport::tr("CNY"),
                               XlsxExport::tr("Sum of the monthly cash flows"), "");
            double total = 0;
            for (const MonthRow &m : result.monthly)
                total += m.cashFlow.cnyValue();
            formula(s, r, 1, QStringLiteral("=SUM(%1)").arg(flows), f.money, total);
        }
        s.finish(1, 70);
    }
    writeStatements(book, f, names.at(5), result);
    writeInference(book, f, names.at(6), scenario, catalog, result);
}

} // namespace

std::optional<QString> XlsxExport::write(const Scenario &scenario, const Catalog &catalog,
                                         const Result &result, const QString &path)
{
    return write(std::vector<Scenario>{scenario}, std::vector<Result>{result}, 0, catalog, path);
}

std::optional<QString> XlsxExport::write(const std::vector<Scenario> &scenarios,
                                         const std::vector<Result> &results, std::size_t index,
                                         const Catalog &catalog, const QString &path)
{
    if (index >= scenarios.size() || results.size() != scenarios.size())
        return tr("Cannot write “%1”: no such scenario").arg(QDir::toNativeSeparators(path));
    const QString file = QDir::toNativeSeparators(path);
    // libxlsxwriter writes to a file name: build the workbook in a temporary file beside the
    // target (SafeWrite's name, removed by the next save there if this process is killed),
    // then sync it and rename it over the target. libxlsxwriter's own scratch files are
    // unlinked as soon as they are created.
    QString target;
    if (auto e = SafeWrite::resolveTarget(path, &target))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    const QString dir = QFileInfo(target).absolutePath();
    QString tmpFile;
    if (auto e = SafeWrite::createTemp(dir, &tmpFile))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    struct Remove
    {
        QString path;
        ~Remove()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } guard{tmpFile};
    if (QFileInfo::exists(target))
        QFile::setPermissions(tmpFile, QFile::permissions(target));
    const QByteArray tmpTmpDir = QFile::encodeName(dir);

    const CNumericLocale cNumbers;
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmpTmpDir.constData());
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(tmpFile).constData(), &options);
    if (!book)
        return tr("Cannot write “%1”: the workbook could not be created").arg(file);

    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE5EE);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.text = nullptr;
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.integer = workbook_add_format(book);
    format_set_num_format(f.integer, "#,##0");
    f.number = workbook_add_format(book);
    format_set_num_format(f.number, "#,##0.00");
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0");
    f.fraction = workbook_add_format(book);
    format_set_num_format(f.fraction, "0.0%");
    f.rate = workbook_add_format(book);
    format_set_num_format(f.rate, "0.0000%");
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.moneyBold = workbook_add_format(book);
    format_set_num_format(f.moneyBold, "#,##0");
    format_set_bold(f.moneyBold);

    // One sheet set per scenario written in full (numbered by its place in the project when
    // there are several), then the decision sheets of the chosen scenario and the comparison
    // of all.
    for (std::size_t k = 0; k < scenarios.size(); ++k) {
        if (!writtenInFull(k, index))
            continue;
        const QString prefix = scenarios.size() > 1 ? QStringLiteral("%1 ").arg(k + 1) : QString();
        writeScenario(book, f, prefix, scenarios[k], catalog, results.at(k));
    }
    XlsxDecisions::write(book, f, scenarios, results, index, catalog);

    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR)
        return tr("Cannot write “%1”: %2").arg(file, QString::fromUtf8(lxw_strerror(err)));
    if (auto e = SafeWrite::sync(tmpFile))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    if (auto e = SafeWrite::rename(tmpFile, target))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    guard.path.clear();
    SafeWrite::syncDirectory(dir);
    return std::nullopt;
}

} // namespace ccp
