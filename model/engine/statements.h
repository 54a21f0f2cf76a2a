// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "statements": the six yearly statements a feasibility study (可研) presents, laid out
// after 《建设项目经济评价方法与参数》(第三版) — project investment cash flow (项目投资现金流量表),
// equity cash flow (资本金现金流量表), income (利润与利润分配表), debt service (借款还本付息计划表),
// financial plan (财务计划现金流量表) and balance sheet (资产负债表) — and the largest debt ratio
// (资产负债率) of the balance sheet. Built only from the monthly rows of both views, so that
// every amount is a sum of figures the engine already reports (docs/contract.md §6.6).
//
// Years follow Result::yearly: year 0 is month 0, year y ≥ 1 months 12(y−1)+1 … min(12y, H);
// flows are the year's sums, stocks (balances, assets) the values at the end of its last month.
// The statements are the equity (levered) view's books: no dividends (every profit is retained),
// equity contributions = the investment not funded by debt, the capex grant in the capital
// reserve (资本公积), the residual value and disposals sold at book value (no gain). The
// balance sheet balances every year: assets = liabilities + equity.

#include "result.h"
#include "scenario.h"

#include <optional>
#include <vector>

namespace ccp {

// The statements' keys and their order (the 可研's), for the consumers that lay them out.
inline constexpr const char *kStatementKeys[] = {"project_cash_flow", "equity_cash_flow",
                                                 "income", "debt_service", "financial_plan",
                                                 "balance_sheet"};

struct StatementsResult
{
    Statements statements;
    // The largest year-end liabilities / assets over the years with operation (ending after
    // month C) and positive assets; empty when nothing is borrowed or no such year exists.
    std::optional<double> debtRatioMax;
};

// `constructionMonths` is C (finance.construction_months): the years that end in month C or
// before are not operating years for the debt ratio.
StatementsResult financialStatements(const std::vector<MonthRow> &monthly,
                                     const FinanceInputs &fin);

} // namespace ccp
