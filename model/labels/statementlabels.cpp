// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementlabels.h"

namespace ccp {

namespace {

struct Entry
{
    std::string_view statement; // "" for every statement without its own entry
    std::string_view key;
    const char *label;
};

constexpr Entry kTitles[] = {
    {"", "project_cash_flow", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Project investment cash flow")},
    {"", "equity_cash_flow", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Equity capital cash flow")},
    {"", "income", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Income and profit distribution")},
    {"", "debt_service", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Loan repayment schedule")},
    {"", "financial_plan", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Financial plan cash flow")},
    {"", "balance_sheet", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Balance sheet")},
};

// The line items of statements.cpp; a statement's own entry comes before the common one.
constexpr Entry kLines[] = {
    {"", "inflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Cash inflow")},
    {"", "revenue_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Revenue")},
    {"", "subsidy_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Subsidies")},
    {"", "grant_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Capex grant")},
    {"", "residual_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Residual value of fixed assets recovered")},
    {"", "working_capital_recovered_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Working capital recovered")},
    {"", "output_vat_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Output VAT")},
    {"", "outflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Cash outflow")},
    {"", "capex_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Construction investment")},
    {"", "working_capital_invested_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Working capital invested")},
    {"", "operating_cost_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Operating cost")},
    {"", "input_vat_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Input VAT")},
    {"", "vat_paid_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "VAT payable")},
    {"", "surtax_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Surtaxes")},
    {"", "income_tax_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Income tax")},
    {"project_cash_flow", "income_tax_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Adjusted income tax")},
    {"", "net_cash_flow_before_tax_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net cash flow before income tax")},
    {"", "net_cash_flow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net cash flow")},
    {"project_cash_flow", "net_cash_flow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net cash flow after income tax")},
    {"", "cumulative_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Cumulative net cash flow")},
    {"", "equity_investment_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Equity capital invested")},
    {"", "principal_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Principal repaid")},
    {"", "interest_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Interest paid")},
    {"income", "interest_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Interest expense")},
    {"", "total_cost_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Total cost")},
    {"", "depreciation_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Depreciation")},
    {"", "subsidy_income_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Subsidy income")},
    {"", "profit_before_tax_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Profit before tax")},
    {"", "net_profit_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net profit")},
    {"", "tax_adjustments_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Tax adjustments and losses offset")},
    {"", "taxable_income_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Taxable income")},
    {"", "dividends_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Dividends")},
    {"", "retained_profit_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Retained profit")},
    {"", "retained_earnings_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Accumulated retained profit")},
    {"", "ebit_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Earnings before interest and tax")},
    {"", "ebitda_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Earnings before interest, tax, depreciation and amortization")},
    {"", "opening_balance_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Loans at the start of the year")},
    {"", "drawn_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Loans drawn")},
    {"", "capitalized_interest_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Construction interest capitalized")},
    {"", "debt_service_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Debt service")},
    {"", "closing_balance_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Loans at the end of the year")},
    {"", "operating_net_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net cash flow from operating activities")},
    {"", "operating_inflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Operating inflows")},
    {"", "operating_outflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Operating outflows")},
    {"", "investing_net_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net cash flow from investing activities")},
    {"", "investing_inflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Investing inflows")},
    {"", "investing_outflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Investing outflows")},
    {"", "financing_net_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net cash flow from financing activities")},
    {"", "financing_inflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Financing inflows")},
    {"", "financing_outflow_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Financing outflows")},
    {"", "equity_contribution_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Equity capital contributed")},
    {"", "debt_drawn_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Loans drawn")},
    {"", "cumulative_surplus_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Accumulated surplus funds")},
    {"", "assets_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Assets")},
    {"", "cash_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Cash (accumulated surplus funds)")},
    {"", "working_capital_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Working capital")},
    {"", "vat_credit_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "VAT credit carried forward")},
    {"", "fixed_assets_net_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Net fixed assets")},
    {"", "liabilities_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Liabilities")},
    {"", "debt_balance_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Loans outstanding")},
    {"", "equity_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Owners' equity")},
    {"", "paid_in_capital_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Paid-in capital")},
    {"", "capital_reserve_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Capital reserve")},
    {"", "liabilities_and_equity_cny", QT_TRANSLATE_NOOP("ccp::StatementLabels", "Liabilities and owners' equity")},
};

} // namespace

QString StatementLabels::title(std::string_view statement)
{
    for (const Entry &e : kTitles)
        if (e.key == statement)
            return tr(e.label);
    return QString::fromUtf8(statement.data(), qsizetype(statement.size()));
}

QString StatementLabels::line(std::string_view statement, std::string_view line)
{
    for (const Entry &e : kLines)
        if (e.key == line && e.statement == statement)
            return tr(e.label);
    for (const Entry &e : kLines)
        if (e.key == line && e.statement.empty())
            return tr(e.label);
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

QString StatementLabels::year(int y)
{
    return tr("Year %1").arg(y);
}

} // namespace ccp
