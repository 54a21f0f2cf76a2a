// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashflow.h"

#include "tax.h"

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {
bool hasVat(const FinanceInputs &fin)
{
    return fin.vatRateRevenue > 0 || fin.vatRateEquipment > 0 || fin.vatRateConstruction > 0
           || fin.vatRateOpex > 0;
}
} // namespace

CashFlow projectCashFlow(const Scenario &s, int cards, const DemandPath &demand,
                         const EnergyPath &energy, const CostPlan &costs, CashFlowDetail detail)
{
    const FinanceInputs &fin = s.finance;
    const bool rows = detail == CashFlowDetail::Full;
    const int H = s.horizonMonths;
    const std::size_t n = std::size_t(H) + 1;
    CashFlow cf;
    LinearCashFlow &lin = cf.linear;
    lin.horizon = H;
    lin.taxRate = fin.taxRate;
    lin.surtaxRate = fin.surtaxRate;
    lin.vat = hasVat(fin);
    lin.vatRefund = fin.vatCreditRefund;
    if (rows) {
        lin.months.resize(n);
        cf.monthly.resize(n);
    }
    cf.flows.resize(n);

    IncomeTax tax(fin.taxRate);
    VatAccount vat(fin.vatCreditRefund);
    Money cumulative;
    // Working capital (流动资金) is held at a share of the annualized revenue of the month, and
    // recovered in full at the horizon.
    double workingCapitalHeld = 0;
    for (int t = 0; t <= H; ++t) {
        const DemandMonth &d = demand[t];
        const CostMonth &c = costs[t];
        const Money fixedOpex = c.fixedOpex();
        // Book value received: equipment sold when replaced, and everything left at the horizon.
        const Money residual = c.disposal + (t == H ? costs.residual : Money::zero());
        const Money gains = c.taxableGain + (t == H ? costs.residualTaxGain : Money::zero());
        const Money base = energy.netBase(t);
        LinearMonth l;
        l.revenue = d.revenue.cnyValue();
        l.loadCost = energy.netLoad(t).cnyValue();
        l.cashConst = (-c.investment + c.grant - base - fixedOpex + c.operatingSubsidy + residual)
                          .cnyValue();
        l.ebitConst = (c.operatingSubsidy - base - fixedOpex - c.taxDepreciation + c.taxableGrant
                       + gains)
                          .cnyValue();
        const double held = t < H ? fin.workingCapitalShare * 12.0 * l.revenue : 0.0;
        l.workingCapital = held - workingCapitalHeld; // every level scales with k·p
        workingCapitalHeld = held;
        double vatPaid = 0, surtax = 0, vatNet = 0;
        if (lin.vat) {
            l.vatOut = fin.vatRateRevenue * l.revenue;
            l.vatInLoad = fin.vatRateOpex * energy.loadBill(t).cnyValue();
            l.vatInConst = (c.inputVat + (energy.bill(t) - energy.loadBill(t)) * fin.vatRateOpex)
                               .cnyValue();
            vatNet = l.vatOut - l.vatInLoad - l.vatInConst;
            vatPaid = vat(vatNet);
            surtax = fin.surtaxRate * std::max(vatPaid, 0.0); // no surtax refunded
            l.surtax = surtax;
        }
        const double taxDue = tax(l.taxable());
        const Money cashFlow =
            Money::cny(l.cashConst + l.revenue - l.loadCost - l.workingCapital
                       + vatNet - vatPaid - surtax - taxDue);
        cumulative += cashFlow;
        cf.flows[std::size_t(t)] = cashFlow.cnyValue();
        if (!rows)
            continue;

        lin.months[std::size_t(t)] = l;
        MonthRow &row = cf.monthly[std::size_t(t)];
        row.month = t;
        row.utilization = d.utilization;
        row.cardsInstalled = d.installedShare * cards;
        row.cardHoursSold = d.cardHoursSold;
        row.priceCnyPerCardHour = d.listPriceCnyPerCardHour;
        row.revenue = d.revenue;
        row.maasRevenue = d.maasRevenue;
        row.tokensServed = d.inputTokens + d.outputTokens;
        row.subsidy = c.operatingSubsidy + energy.subsidyAmount(t);
        row.energy = energy.bill(t);
        row.opex = row.energy + fixedOpex;
        row.capex = c.investment;
        row.grant = c.grant;
        row.depreciation = c.depreciation;
        row.tax = Money::cny(taxDue);
        row.residual = residual;
        row.outputVat = Money::cny(l.vatOut);
        row.inputVat = Money::cny(l.vatInLoad + l.vatInConst);
        row.vatPaid = Money::cny(vatPaid);
        row.surtax = Money::cny(surtax);
        row.vatCredit = Money::cny(vat.credit());
        row.workingCapital = Money::cny(l.workingCapital);
        row.capexInputVat = c.capexInputVat;
        row.cashFlow = cashFlow;
        row.cumulative = cumulative;
        row.energyMwh = units::toMegawattHours(energy.energy(t));
    }
    return cf;
}

namespace {
struct Loan
{
    double balance;
    double payment;
    int start; // first repayment month
    int months;
};

// The level payment that repays `balance` over `n` months at monthly rate i.
double levelPayment(double balance, double i, int n)
{
    return i > 0 ? balance * i / (1.0 - std::pow(1.0 + i, -n)) : balance / n;
}
} // namespace

std::vector<double> addEquityView(const FinanceInputs &fin, const LinearCashFlow &linear,
                                  std::vector<MonthRow> &monthly, double *constructionInterest)
{
    std::vector<double> equity(monthly.size());
    const double i = fin.interestRate / 12.0;
    const int term = std::max(1, int(std::lround(fin.debtTermYears * 12.0)));
    const int H = linear.horizon;
    const int C = fin.constructionMonths;
    std::vector<Loan> loans;
    IncomeTax tax(fin.taxRate);
    double capitalized = 0;
    // The capitalized interest is part of the facility's cost (固定资产原值): it depreciates
    // with the facility from the month after completion, a tax shield of the equity view.
    const double facilityLifeMonths = std::max(1.0, fin.facilityLifeYears * 12.0);
    for (int t = 0; t <= H; ++t) {
        MonthRow &row = monthly[std::size_t(t)];
        double interest = 0, service = 0;
        const double capitalizedBefore = capitalized;
        for (Loan &l : loans) {
            // During construction interest is added to the loan (建设期利息), not paid; the
            // level payment is set on the grown balance when repayment starts.
            if (t < l.start && t <= C) {
                const double in = l.balance * i;
                l.balance += in;
                capitalized += in;
                if (t == l.start - 1)
                    l.payment = levelPayment(l.balance, i, term);
                continue;
            }
            if (t >= l.start && l.months > 0 && l.balance > 0) {
                const double in = l.balance * i;
                const double pay = std::min(l.payment, l.balance + in);
                interest += in;
                service += pay;
                l.balance -= pay - in;
                --l.months;
            }
        }
        double draw = 0;
        if (fin.debtShare > 0 && row.capex.cnyValue() > 0) {
            draw = row.capex.cnyValue() * fin.debtShare;
            // A loan drawn during construction is repaid from the first month of operation.
            const int start = t < C ? C + 1 : t + 1;
            loans.push_back({draw, levelPayment(draw, i, term), start, term});
        }
        const double scheduled = service; // the year's debt service for the DSCR: no balloon
        if (t == H) { // outstanding debt is repaid at the horizon
            for (Loan &l : loans) {
                service += l.balance;
                l.balance = 0;
            }
        }
        const double capitalizedDepreciation =
            t > C && t <= C + facilityLifeMonths ? capitalized / facilityLifeMonths : 0.0;
        const double taxDue = tax(linear.months[std::size_t(t)].taxable() - interest
                                 - capitalizedDepreciation);
        const double preTax = row.cashFlow.cnyValue() + row.tax.cnyValue();
        row.equityCashFlow = Money::cny(preTax - taxDue + draw - service);
        row.interest = Money::cny(interest);
        row.debtService = Money::cny(scheduled);
        row.equityTax = Money::cny(taxDue);
        // The debt's movements, for the statements: principal = payments less interest, the
        // balloon at H included; the balance after this month's draw and payments.
        double owed = 0;
        for (const Loan &l : loans)
            owed += l.balance;
        row.debtDraw = Money::cny(draw);
        row.principal = Money::cny(service - interest);
        row.debtBalance = Money::cny(owed);
        row.capitalizedInterest = Money::cny(capitalized - capitalizedBefore);
        row.interestDepreciation = Money::cny(capitalizedDepreciation);
        equity[std::size_t(t)] = row.equityCashFlow.cnyValue();
    }
    if (constructionInterest)
        *constructionInterest = capitalized;
    return equity;
}

} // namespace ccp
