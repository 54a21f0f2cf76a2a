// SPDX-License-Identifier: GPL-3.0-or-later
#include "statements.h"

#include <algorithm>
#include <functional>

namespace ccp {

namespace {

// Where the capex grant goes in the books, following finance.grant_treatment: a taxable grant
// is income (补贴收入, in the profit); a non-taxable grant reduces the assets' cost (净额法),
// so it comes off the fixed assets. Capital reserve (资本公积) would take a grant that is
// neither. Every statement below uses the three parts, so the balance sheet balances for any
// split.
struct GrantEntry
{
    Money capitalReserve;
    Money income;
    Money assetReduction;
};

GrantEntry grantEntry(const MonthRow &m, GrantTreatment treatment)
{
    if (treatment == GrantTreatment::Taxable)
        return {Money::zero(), m.grant, Money::zero()};
    return {Money::zero(), Money::zero(), m.grant};
}

// One year of the books: flows summed over its months, stocks at the end of its last month.
struct Year
{
    // flows
    Money revenue, subsidy, grant, grantIncome, residual;
    Money workingCapitalInvested, workingCapitalRecovered;
    Money outputVat, inputVat, vatPaid, surtax;
    Money capex, opex, depreciation, projectTax, equityTax;
    Money interest, capitalizedInterest, draw, principal;
    Money equityContribution; // 资本金投入: the investment not funded by debt
    // Also paid in by equity (the financial plan): the input VAT on the build, recovered later
    // as credit, and the working capital invested (no working-capital loan is modelled).
    Money equityFunding;
    Money taxableIncome; // 应纳税所得额: the income tax ÷ its rate (after losses and deductions)
    // stocks
    Money cash, workingCapital, vatCredit, fixedAssets;
    Money debt, paidInCapital, capitalReserve, retainedEarnings;

    Money taxes() const { return inputVat + vatPaid + surtax; } // VAT and surtax paid out
    Money profitBeforeTax() const
    {
        return revenue + subsidy + grantIncome - surtax - opex - depreciation - interest;
    }
    Money netProfit() const { return profitBeforeTax() - equityTax; }
    Money operatingIn() const { return revenue + outputVat + subsidy; }
    Money operatingOut() const { return opex + taxes() + equityTax; }
    Money investingIn() const { return residual + workingCapitalRecovered; }
    Money investingOut() const { return capex + workingCapitalInvested; }
    Money financingIn() const { return equityContribution + equityFunding + draw + grant; }
    Money financingOut() const { return interest + principal; }
    Money planNet() const
    {
        return operatingIn() - operatingOut() + investingIn() - investingOut() + financingIn()
               - financingOut();
    }
    Money projectIn() const
    {
        return revenue + subsidy + grant + residual + workingCapitalRecovered + outputVat;
    }
    Money projectOut() const
    {
        return capex + workingCapitalInvested + opex + taxes() + projectTax;
    }
    Money equityOut() const
    {
        return equityContribution + workingCapitalInvested + principal + interest + opex + taxes()
               + equityTax;
    }
    Money assets() const { return cash + workingCapital + vatCredit + fixedAssets; }
    Money equity() const { return paidInCapital + capitalReserve + retainedEarnings; }
};

std::vector<Year> books(const std::vector<MonthRow> &monthly, GrantTreatment grants, double taxRate)
{
    const int H = int(monthly.size()) - 1;
    const int nYears = (H + 11) / 12;
    std::vector<Year> years(std::size_t(nYears) + 1);
    Year stock; // running stocks
    for (int t = 0; t <= H; ++t) {
        const MonthRow &m = monthly[std::size_t(t)];
        Year &y = years[std::size_t(t == 0 ? 0 : (t - 1) / 12 + 1)];
        const GrantEntry g = grantEntry(m, grants);
        const Money wcIn = std::max(m.workingCapital, Money::zero());
        const Money wcOut = std::max(-m.workingCapital, Money::zero());
        const Money contribution = m.capex - m.debtDraw;
        y.revenue += m.revenue;
        y.subsidy += m.subsidy;
        y.grant += m.grant;
        y.grantIncome += g.income;
        y.residual += m.residual;
        y.workingCapitalInvested += wcIn;
        y.workingCapitalRecovered += wcOut;
        y.outputVat += m.outputVat;
        y.inputVat += m.inputVat;
        y.vatPaid += m.vatPaid;
        y.surtax += m.surtax;
        y.capex += m.capex;
        y.opex += m.opex;
        y.depreciation += m.depreciation + m.interestDepreciation;
        y.projectTax += m.tax;
        y.equityTax += m.equityTax;
        y.interest += m.interest;
        y.capitalizedInterest += m.capitalizedInterest;
        y.draw += m.debtDraw;
        y.principal += m.principal;
        y.equityContribution += contribution;
        const Money funding = m.capexInputVat + wcIn;
        y.equityFunding += funding;
        if (taxRate > 0)
            y.taxableIncome += m.equityTax * (1.0 / taxRate);

        // The month's cash of the equity view's books (= equity cash flow + contribution).
        stock.cash += m.revenue + m.outputVat + m.subsidy - m.opex - m.inputVat - m.vatPaid
                      - m.surtax - m.equityTax + m.residual + wcOut - m.capex - wcIn
                      + contribution + funding + m.debtDraw + m.grant - m.interest - m.principal;
        stock.workingCapital += m.workingCapital;
        stock.vatCredit = m.vatCredit;
        // Capitalized interest is part of the facility's cost; disposals and the residual at H
        // leave at book value; a grant that reduces the asset base comes off it.
        stock.fixedAssets += m.capex + m.capitalizedInterest - m.depreciation
                             - m.interestDepreciation - m.residual - g.assetReduction;
        stock.debt = m.debtBalance;
        stock.paidInCapital += contribution + funding;
        stock.capitalReserve += g.capitalReserve;
        stock.retainedEarnings += m.revenue + m.subsidy + g.income - m.surtax - m.opex
                                  - m.depreciation - m.interestDepreciation - m.interest
                                  - m.equityTax;
        y.cash = stock.cash;
        y.workingCapital = stock.workingCapital;
        y.vatCredit = stock.vatCredit;
        y.fixedAssets = stock.fixedAssets;
        y.debt = stock.debt;
        y.paidInCapital = stock.paidInCapital;
        y.capitalReserve = stock.capitalReserve;
        y.retainedEarnings = stock.retainedEarnings;
    }
    return years;
}

class Builder
{
public:
    Builder(const std::vector<Year> &years, const char *key) : m_years(years) { m_s.key = key; }

    Builder &line(const char *key, int level, const std::function<Money(const Year &)> &f)
    {
        StatementLine l{key, level, {}};
        l.values.reserve(m_years.size());
        for (const Year &y : m_years)
            l.values.push_back(f(y));
        m_s.lines.push_back(std::move(l));
        return *this;
    }
    // A running sum of the line added last.
    Builder &cumulative(const char *key)
    {
        StatementLine l{key, 0, m_s.lines.back().values};
        for (std::size_t i = 1; i < l.values.size(); ++i)
            l.values[i] += l.values[i - 1];
        m_s.lines.push_back(std::move(l));
        return *this;
    }
    Statement take() { return std::move(m_s); }

private:
    const std::vector<Year> &m_years;
    Statement m_s;
};

// The inflows of both cash-flow statements (the project's and the equity's are the same).
Builder &inflows(Builder &&b)
{
    return b        .line("inflow_cny", 0, [](const Year &r) { return r.projectIn(); })
        .line("revenue_cny", 1, [](const Year &r) { return r.revenue; })
        .line("subsidy_cny", 1, [](const Year &r) { return r.subsidy; })
        .line("grant_cny", 1, [](const Year &r) { return r.grant; })
        .line("residual_cny", 1, [](const Year &r) { return r.residual; })
        .line("working_capital_recovered_cny", 1, [](const Year &r) { return r.workingCapitalRecovered; })
        .line("output_vat_cny", 1, [](const Year &r) { return r.outputVat; });
}

Statement projectCashFlowStatement(const std::vector<Year> &y)
{
    return inflows(Builder(y, "project_cash_flow"))
        .line("outflow_cny", 0, [](const Year &r) { return r.projectOut(); })
        .line("capex_cny", 1, [](const Year &r) { return r.capex; })
        .line("working_capital_invested_cny", 1, [](const Year &r) { return r.workingCapitalInvested; })
        .line("operating_cost_cny", 1, [](const Year &r) { return r.opex; })
        .line("input_vat_cny", 1, [](const Year &r) { return r.inputVat; })
        .line("vat_paid_cny", 1, [](const Year &r) { return r.vatPaid; })
        .line("surtax_cny", 1, [](const Year &r) { return r.surtax; })
        .line("income_tax_cny", 1, [](const Year &r) { return r.projectTax; })
        .line("net_cash_flow_before_tax_cny", 0,
              [](const Year &r) { return r.projectIn() - r.projectOut() + r.projectTax; })
        .line("net_cash_flow_cny", 0, [](const Year &r) { return r.projectIn() - r.projectOut(); })
        .cumulative("cumulative_cny")
        .take();
}

Statement equityCashFlowStatement(const std::vector<Year> &y)
{
    return inflows(Builder(y, "equity_cash_flow"))
        .line("outflow_cny", 0, [](const Year &r) { return r.equityOut(); })
        .line("equity_investment_cny", 1, [](const Year &r) { return r.equityContribution; })
        .line("working_capital_invested_cny", 1, [](const Year &r) { return r.workingCapitalInvested; })
        .line("principal_cny", 1, [](const Year &r) { return r.principal; })
        .line("interest_cny", 1, [](const Year &r) { return r.interest; })
        .line("operating_cost_cny", 1, [](const Year &r) { return r.opex; })
        .line("input_vat_cny", 1, [](const Year &r) { return r.inputVat; })
        .line("vat_paid_cny", 1, [](const Year &r) { return r.vatPaid; })
        .line("surtax_cny", 1, [](const Year &r) { return r.surtax; })
        .line("income_tax_cny", 1, [](const Year &r) { return r.equityTax; })
        .line("net_cash_flow_cny", 0, [](const Year &r) { return r.projectIn() - r.equityOut(); })
        .cumulative("cumulative_cny")
        .take();
}

Statement incomeStatement(const std::vector<Year> &y)
{
    return Builder(y, "income")
        .line("revenue_cny", 1, [](const Year &r) { return r.revenue; })
        .line("surtax_cny", 1, [](const Year &r) { return r.surtax; })
        .line("total_cost_cny", 1,
              [](const Year &r) { return r.opex + r.depreciation + r.interest; })
        .line("operating_cost_cny", 2, [](const Year &r) { return r.opex; })
        .line("depreciation_cny", 2, [](const Year &r) { return r.depreciation; })
        .line("interest_cny", 2, [](const Year &r) { return r.interest; })
        .line("subsidy_income_cny", 1, [](const Year &r) { return r.subsidy + r.grantIncome; })
        .line("profit_before_tax_cny", 0, [](const Year &r) { return r.profitBeforeTax(); })
        // From the profit to what is taxed: losses of earlier years offset, the one-time
        // deduction, a non-taxable grant (纳税调整及弥补以前年度亏损).
        .line("tax_adjustments_cny", 1,
              [](const Year &r) { return r.profitBeforeTax() - r.taxableIncome; })
        .line("taxable_income_cny", 1, [](const Year &r) { return r.taxableIncome; })
        .line("income_tax_cny", 1, [](const Year &r) { return r.equityTax; })
        .line("net_profit_cny", 0, [](const Year &r) { return r.netProfit(); })
        .line("dividends_cny", 1, [](const Year &) { return Money::zero(); })
        .line("retained_profit_cny", 1, [](const Year &r) { return r.netProfit(); })
        .cumulative("retained_earnings_cny")
        .line("ebit_cny", 1, [](const Year &r) { return r.profitBeforeTax() + r.interest; })
        .line("ebitda_cny", 1,
              [](const Year &r) { return r.profitBeforeTax() + r.interest + r.depreciation; })
        .take();
}

Statement debtServiceStatement(const std::vector<Year> &y)
{
    return Builder(y, "debt_service")
        .line("opening_balance_cny", 1,
              [](const Year &r) { return r.debt - r.draw - r.capitalizedInterest + r.principal; })
        .line("drawn_cny", 1, [](const Year &r) { return r.draw; })
        .line("capitalized_interest_cny", 1, [](const Year &r) { return r.capitalizedInterest; })
        .line("debt_service_cny", 0, [](const Year &r) { return r.interest + r.principal; })
        .line("interest_cny", 2, [](const Year &r) { return r.interest; })
        .line("principal_cny", 2, [](const Year &r) { return r.principal; })
        .line("closing_balance_cny", 0, [](const Year &r) { return r.debt; })
        .take();
}

Statement financialPlanStatement(const std::vector<Year> &y)
{
    return Builder(y, "financial_plan")
        .line("operating_net_cny", 0, [](const Year &r) { return r.operatingIn() - r.operatingOut(); })
        .line("operating_inflow_cny", 1, [](const Year &r) { return r.operatingIn(); })
        .line("revenue_cny", 2, [](const Year &r) { return r.revenue; })
        .line("output_vat_cny", 2, [](const Year &r) { return r.outputVat; })
        .line("subsidy_cny", 2, [](const Year &r) { return r.subsidy; })
        .line("operating_outflow_cny", 1, [](const Year &r) { return r.operatingOut(); })
        .line("operating_cost_cny", 2, [](const Year &r) { return r.opex; })
        .line("input_vat_cny", 2, [](const Year &r) { return r.inputVat; })
        .line("vat_paid_cny", 2, [](const Year &r) { return r.vatPaid; })
        .line("surtax_cny", 2, [](const Year &r) { return r.surtax; })
        .line("income_tax_cny", 2, [](const Year &r) { return r.equityTax; })
        .line("investing_net_cny", 0, [](const Year &r) { return r.investingIn() - r.investingOut(); })
        .line("investing_inflow_cny", 1, [](const Year &r) { return r.investingIn(); })
        .line("residual_cny", 2, [](const Year &r) { return r.residual; })
        .line("working_capital_recovered_cny", 2, [](const Year &r) { return r.workingCapitalRecovered; })
        .line("investing_outflow_cny", 1, [](const Year &r) { return r.investingOut(); })
        .line("capex_cny", 2, [](const Year &r) { return r.capex; })
        .line("working_capital_invested_cny", 2, [](const Year &r) { return r.workingCapitalInvested; })
        .line("financing_net_cny", 0, [](const Year &r) { return r.financingIn() - r.financingOut(); })
        .line("financing_inflow_cny", 1, [](const Year &r) { return r.financingIn(); })
        .line("equity_contribution_cny", 2, [](const Year &r) { return r.equityContribution + r.equityFunding; })
        .line("debt_drawn_cny", 2, [](const Year &r) { return r.draw; })
        .line("grant_cny", 2, [](const Year &r) { return r.grant; })
        .line("financing_outflow_cny", 1, [](const Year &r) { return r.financingOut(); })
        .line("interest_cny", 2, [](const Year &r) { return r.interest; })
        .line("principal_cny", 2, [](const Year &r) { return r.principal; })
        .line("dividends_cny", 2, [](const Year &) { return Money::zero(); })
        .line("net_cash_flow_cny", 0, [](const Year &r) { return r.planNet(); })
        .line("cumulative_surplus_cny", 0, [](const Year &r) { return r.cash; })
        .take();
}

Statement balanceSheetStatement(const std::vector<Year> &y)
{
    return Builder(y, "balance_sheet")
        .line("assets_cny", 0, [](const Year &r) { return r.assets(); })
        .line("cash_cny", 1, [](const Year &r) { return r.cash; })
        .line("working_capital_cny", 1, [](const Year &r) { return r.workingCapital; })
        .line("vat_credit_cny", 1, [](const Year &r) { return r.vatCredit; })
        .line("fixed_assets_net_cny", 1, [](const Year &r) { return r.fixedAssets; })
        .line("liabilities_cny", 0, [](const Year &r) { return r.debt; })
        .line("debt_balance_cny", 1, [](const Year &r) { return r.debt; })
        .line("equity_cny", 0, [](const Year &r) { return r.equity(); })
        .line("paid_in_capital_cny", 1, [](const Year &r) { return r.paidInCapital; })
        .line("capital_reserve_cny", 1, [](const Year &r) { return r.capitalReserve; })
        .line("retained_earnings_cny", 1, [](const Year &r) { return r.retainedEarnings; })
        .line("liabilities_and_equity_cny", 0, [](const Year &r) { return r.debt + r.equity(); })
        .take();
}

} // namespace

StatementsResult financialStatements(const std::vector<MonthRow> &monthly,
                                     const FinanceInputs &fin)
{
    StatementsResult out;
    if (monthly.empty())
        return out;
    const std::vector<Year> years = books(monthly, fin.grantTreatment, fin.taxRate);
    Statements &s = out.statements;
    for (std::size_t y = 0; y < years.size(); ++y)
        s.years.push_back(int(y));
    s.tables = {projectCashFlowStatement(years), equityCashFlowStatement(years),
                incomeStatement(years), debtServiceStatement(years),
                financialPlanStatement(years), balanceSheetStatement(years)};

    // 资产负债率 at every year end, the construction years and year 0 included: a lender looks
    // for the peak, usually when the build is complete.
    bool borrows = false;
    for (const MonthRow &m : monthly)
        borrows = borrows || m.debtDraw > Money::zero();
    if (!borrows)
        return out;
    for (std::size_t y = 0; y < years.size(); ++y) {
        const Money assets = years[y].assets();
        if (!(assets > Money::zero()))
            continue;
        const double ratio = years[y].debt / assets;
        out.debtRatioMax = std::max(out.debtRatioMax.value_or(ratio), ratio);
    }
    return out;
}

} // namespace ccp
