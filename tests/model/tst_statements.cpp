// SPDX-License-Identifier: GPL-3.0-or-later
// The feasibility study's six yearly statements (issue 11 item 6, docs/contract.md §6.6) and
// the largest debt ratio (资产负债率). Properties that hold for every scenario, checked on the
// example project's scenarios and on seeded random variations of them with debt, construction,
// equipment refresh and grants: the balance sheet balances every year; the project statement's
// net cash flows sum to the monthly project cash flows and the equity statement's to the equity
// cash flows, year by year; the debt schedule rolls forward and ends at zero; the financial
// plan's cumulative surplus is the balance sheet's cash. The VAT and working-capital rows of
// the months (filled by the cash-flow stage once VAT is modelled) are exercised with synthetic
// amounts that obey the VAT identity. A hand-computed two-year case (tests/data/
// debt_ratio_hand.csv) fixes the debt ratio and the year-end books.

#include "../exampleproject.h"
#include "evaluate.h"
#include "fields.h"
#include "statements.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace ccp;

namespace {

constexpr double kTolerance = 1e-6; // relative, as the contract promises (§6.6)

double at(const Statements &s, const char *statement, const char *line, std::size_t year)
{
    const Statement *st = s.find(statement);
    const StatementLine *l = st ? st->line(line) : nullptr;
    if (!l || year >= l->values.size())
        qFatal("no line %s.%s", statement, line);
    return l->values[year].cnyValue();
}

// The size of the books at the end of year y: what an imbalance is measured against.
double scaleOf(const Statements &s, std::size_t y)
{
    double scale = 1.0;
    for (const char *k : {"cash_cny", "working_capital_cny", "vat_credit_cny",
                          "fixed_assets_net_cny", "debt_balance_cny", "paid_in_capital_cny",
                          "capital_reserve_cny", "retained_earnings_cny"})
        scale = std::max(scale, std::abs(at(s, "balance_sheet", k, y)));
    return scale;
}

struct Worst
{
    double balance = 0;   // largest |assets − liabilities − equity| / size of the books
    double flows = 0;     // largest relative gap of the cash-flow sums
    double debt = 0;      // largest relative gap of the debt roll-forward
    long checked = 0;     // scenarios checked
};

double gap(double a, double b, double scale)
{
    return std::abs(a - b) / std::max({std::abs(a), std::abs(b), scale, 1.0});
}

// Every property of the statements for one evaluated scenario; a message when one fails.
QString checkStatements(const std::vector<MonthRow> &monthly, const Statements &s, Worst &worst)
{
    const std::size_t nYears = s.years.size();
    const int H = int(monthly.size()) - 1;
    if (nYears != std::size_t((H + 11) / 12) + 1)
        return QStringLiteral("%1 years for H = %2").arg(nYears).arg(H);
    if (s.tables.size() != std::size(kStatementKeys))
        return QStringLiteral("%1 statements").arg(s.tables.size());
    double capex = 1;
    for (const MonthRow &m : monthly)
        capex += m.capex.cnyValue();
    double opening = 0;
    for (std::size_t y = 0; y < nYears; ++y) {
        // The balance sheet balances.
        const double assets = at(s, "balance_sheet", "assets_cny", y);
        const double liabilities = at(s, "balance_sheet", "liabilities_cny", y);
        const double equity = at(s, "balance_sheet", "equity_cny", y);
        const double imbalance = std::abs(assets - liabilities - equity) / scaleOf(s, y);
        worst.balance = std::max(worst.balance, imbalance);
        if (imbalance > kTolerance)
            return QStringLiteral("year %1: assets %2, liabilities %3, equity %4")
                .arg(y).arg(assets, 0, 'f', 2).arg(liabilities, 0, 'f', 2).arg(equity, 0, 'f', 2);

        // The year's net cash flows are the months' sums, in both views.
        const int first = y == 0 ? 0 : 12 * int(y) - 11;
        const int last = y == 0 ? 0 : std::min(12 * int(y), H);
        double project = 0, equityFlow = 0, draw = 0, principal = 0, capitalized = 0;
        for (int t = first; t <= last; ++t) {
            const MonthRow &m = monthly[std::size_t(t)];
            project += m.cashFlow.cnyValue();
            equityFlow += m.equityCashFlow.cnyValue();
            draw += m.debtDraw.cnyValue();
            principal += m.principal.cnyValue();
            capitalized += m.capitalizedInterest.cnyValue();
        }
        const double g1 = gap(at(s, "project_cash_flow", "net_cash_flow_cny", y), project, capex * 1e-3);
        const double g2 = gap(at(s, "equity_cash_flow", "net_cash_flow_cny", y), equityFlow, capex * 1e-3);
        worst.flows = std::max({worst.flows, g1, g2});
        if (g1 > kTolerance || g2 > kTolerance)
            return QStringLiteral("year %1: project net %2 vs %3, equity net %4 vs %5").arg(y)
                .arg(at(s, "project_cash_flow", "net_cash_flow_cny", y), 0, 'f', 2).arg(project, 0, 'f', 2)
                .arg(at(s, "equity_cash_flow", "net_cash_flow_cny", y), 0, 'f', 2).arg(equityFlow, 0, 'f', 2);

        // The debt schedule rolls forward: closing = opening + drawn + capitalized − principal.
        const double open = at(s, "debt_service", "opening_balance_cny", y);
        const double close = at(s, "debt_service", "closing_balance_cny", y);
        const double g3 = std::max({gap(open, opening, capex * 1e-3),
                                    gap(close, open + draw + capitalized - principal, capex * 1e-3),
                                    gap(close, liabilities, capex * 1e-3)});
        worst.debt = std::max(worst.debt, g3);
        if (g3 > kTolerance)
            return QStringLiteral("year %1: debt opening %2 (previous closing %3), closing %4")
                .arg(y).arg(open, 0, 'f', 2).arg(opening, 0, 'f', 2).arg(close, 0, 'f', 2);
        opening = close;

        // The financial plan's cumulative surplus is the cash on the balance sheet.
        if (at(s, "financial_plan", "cumulative_surplus_cny", y) != at(s, "balance_sheet", "cash_cny", y))
            return QStringLiteral("year %1: surplus is not cash").arg(y);
        // Totals are the sums of their items.
        const double in = at(s, "project_cash_flow", "inflow_cny", y);
        const double out = at(s, "project_cash_flow", "outflow_cny", y);
        if (gap(in - out, at(s, "project_cash_flow", "net_cash_flow_cny", y), capex * 1e-3) > kTolerance)
            return QStringLiteral("year %1: inflow − outflow is not the net").arg(y);
        const double plan = at(s, "financial_plan", "operating_net_cny", y)
                            + at(s, "financial_plan", "investing_net_cny", y)
                            + at(s, "financial_plan", "financing_net_cny", y);
        if (gap(plan, at(s, "financial_plan", "net_cash_flow_cny", y), capex * 1e-3) > kTolerance)
            return QStringLiteral("year %1: the three activities do not add up").arg(y);
    }
    // Every loan is repaid by the horizon.
    if (std::abs(opening) > kTolerance * capex)
        return QStringLiteral("debt left at the horizon: %1").arg(opening);
    ++worst.checked;
    return {};
}

// VAT and working capital as the cash-flow stage will fill them: output VAT on revenue, input
// VAT on capex and opex, the credit carried forward, the VAT paid when output exceeds input
// and credit, a surtax on it; working capital invested with operation and recovered at H. The
// project and equity cash flows take their cash effect. The amounts are synthetic; the books
// must balance for any amounts that obey the VAT identity.
void addSyntheticVat(std::vector<MonthRow> &monthly, int constructionMonths, double share)
{
    const int H = int(monthly.size()) - 1;
    Money credit, workingCapital;
    for (int t = 0; t <= H; ++t) {
        MonthRow &m = monthly[std::size_t(t)];
        m.outputVat = m.revenue * 0.06;
        m.inputVat = m.capex * 0.13 + m.opex * 0.09;
        const Money net = credit + m.inputVat - m.outputVat;
        m.vatPaid = std::max(-net, Money::zero());
        credit = std::max(net, Money::zero());
        m.vatCredit = credit;
        m.surtax = m.vatPaid * 0.12;
        m.workingCapital = Money::zero();
        if (t == constructionMonths + 1) // invested when operation starts
            m.workingCapital = Money::cny(share * 1e6);
        if (t == H) // recovered at the horizon
            m.workingCapital -= Money::cny(share * 1e6) + workingCapital;
        workingCapital += m.workingCapital;
        const Money cash = m.outputVat - m.inputVat - m.vatPaid - m.surtax - m.workingCapital;
        m.cashFlow += cash;
        m.equityCashFlow += cash;
    }
}

class Draw
{
public:
    explicit Draw(std::uint64_t seed) : m_rng(seed) {}
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return real(0, 1) < p; }

private:
    std::mt19937_64 m_rng;
};

// A random variation of `base` with the features that move the books: debt, construction,
// refresh, grants, phases, subsidies, short and fractional lives, losses.
Scenario vary(const Scenario &base, Draw &d)
{
    Scenario s = base;
    s.horizonMonths = d.integer(36, 180);
    FinanceInputs &f = s.finance;
    f.constructionMonths = d.chance(0.6) ? d.integer(1, 24) : 0; // operation starts by month 25
    f.debtShare = d.chance(0.85) ? d.real(0.05, 0.9) : 0.0;
    f.interestRate = d.chance(0.1) ? 0.0 : d.real(0.01, 0.12);
    f.debtTermYears = d.real(1, 15);
    f.refreshPolicy = d.chance(0.5) ? RefreshPolicy::Replace
                                    : d.chance(0.2) ? RefreshPolicy::Cap : RefreshPolicy::None;
    f.equipmentLifeYears = d.real(1.5, 8);
    f.facilityLifeYears = d.real(5, 30);
    f.equipmentSalvageShare = d.real(0, 0.2);
    f.refreshPriceFactor = d.real(0.5, 1.2);
    f.capexGrantShare = d.chance(0.6) ? d.real(0, 0.4) : 0.0;
    f.grantTreatment = d.chance(0.5) ? GrantTreatment::Taxable : GrantTreatment::ReduceBasis;
    if (d.chance(0.5)) { // VAT, with the prices gross or net
        f.vatRateRevenue = d.chance(0.5) ? 0.06 : d.real(0, 0.2);
        f.vatRateEquipment = d.chance(0.5) ? 0.13 : d.real(0, 0.2);
        f.vatRateConstruction = d.real(0, 0.2);
        f.vatRateOpex = d.real(0, 0.2);
        f.surtaxRate = d.real(0, 0.2);
        f.pricesIncludeVat = d.chance(0.5);
    }
    f.oneTimeDeduction = d.chance(0.3);
    f.workingCapitalShare = d.chance(0.4) ? d.real(0, 0.5) : 0.0;
    f.landCny = d.chance(0.3) ? d.real(0, 5e7) : 0.0;
    f.sparesShare = d.chance(0.3) ? d.real(0, 0.1) : 0.0;
    f.warrantyYears = d.chance(0.3) ? d.real(0, 3) : 0.0;
    f.maintenanceEscalationPerYear = d.chance(0.3) ? d.real(0, 0.1) : 0.0;
    if (d.chance(0.2)) {
        s.site.facility = FacilityMode::Colocation;
        s.site.colocationCnyPerKwMonth = d.real(0, 1500);
    }
    s.site.demandChargeCnyPerKwMonth = d.chance(0.3) ? d.real(0, 40) : 0.0;
    f.taxRate = d.chance(0.1) ? 0.0 : d.real(0.1, 0.3);
    f.operatingSubsidyCnyPerYear = d.chance(0.3) ? d.real(0, 2e7) : 0.0;
    f.operatingSubsidyYears = d.real(0, 5);
    f.electricitySubsidyCnyPerKwh = d.chance(0.3) ? d.real(0, 0.2) : 0.0;
    f.softwareCapexCny = d.chance(0.5) ? d.real(0, 2e7) : f.softwareCapexCny;
    f.staffCnyPerYear = d.real(0, 3e7);
    s.demand.listPriceCnyPerCardHour *= d.real(0.2, 2.0); // losses as well as profits
    if (d.chance(0.4)) {
        const int second = d.integer(1, std::max(1, s.horizonMonths - f.constructionMonths - 1));
        s.cluster.phases = {{0, 0.6}, {second, 0.4}};
    } else {
        s.cluster.phases.clear();
    }
    return s;
}

} // namespace

class TestStatements : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    ProjectData m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::loadExampleProject(m_catalog, m_project));
        QVERIFY(!m_project.scenarios.empty());
    }

    // Every example scenario as it is, and with everything that moves the books switched on.
    void examplesBalance_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("everything");
        for (int i = 0; i < int(m_project.scenarios.size()); ++i) {
            const QByteArray name = QByteArray::fromStdString(m_project.scenarios[std::size_t(i)].name);
            QTest::newRow(name.constData()) << i << false;
            QTest::newRow((name + " with debt, construction, refresh and a grant").constData()) << i << true;
        }
    }

    void examplesBalance()
    {
        QFETCH(int, index);
        QFETCH(bool, everything);
        Scenario s = m_project.scenarios[std::size_t(index)];
        if (everything) {
            s.finance.constructionMonths = 9;
            s.finance.debtShare = 0.6;
            s.finance.interestRate = 0.05;
            s.finance.refreshPolicy = RefreshPolicy::Replace;
            s.finance.equipmentLifeYears = 4.5;
            s.finance.capexGrantShare = 0.15;
            QVERIFY(!validate(s, m_catalog));
        }
        Result r = evaluate(s, m_catalog);
        Worst worst;
        const QString failure = checkStatements(r.monthly, r.statements, worst);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        if (everything) {
            QVERIFY(r.finance.debtRatioMax);
            // Above 1 where losses eat the cash (the university and spot-market examples).
            QVERIFY(*r.finance.debtRatioMax > 0);
            qInfo("debt ratio (largest) %.4f", *r.finance.debtRatioMax);
            QVERIFY(r.finance.constructionInterest > Money::zero());
            // A non-taxable grant reduces the assets' cost (净额法): nothing in capital reserve.
            const std::size_t last = r.statements.years.size() - 1;
            QCOMPARE(at(r.statements, "balance_sheet", "capital_reserve_cny", last), 0.0);
        }
        // With VAT and working capital in the months, the books still balance.
        if (s.finance.vatRateRevenue > 0) // the engine's own VAT was checked above
            return;
        addSyntheticVat(r.monthly, s.finance.constructionMonths, 3.0);
        const StatementsResult withVat = financialStatements(r.monthly, s.finance);
        const QString vatFailure = checkStatements(r.monthly, withVat.statements, worst);
        QVERIFY2(vatFailure.isEmpty(), qPrintable(vatFailure));
    }

    // Thousands of seeded random scenarios: every property holds, with VAT and without.
    void randomScenariosBalance()
    {
        constexpr int kScenarios = 1500;
        Worst worst;
        int withDebt = 0, withConstruction = 0, withReplace = 0, withGrant = 0, withVat = 0,
            withWorkingCapital = 0;
        for (int k = 0; k < kScenarios; ++k) {
            const std::uint64_t seed = 20240611u + std::uint64_t(k);
            Draw d(seed);
            const Scenario &base = m_project.scenarios[std::size_t(k) % m_project.scenarios.size()];
            const Scenario s = vary(base, d);
            if (const auto error = validate(s, m_catalog)) {
                QFAIL(qPrintable(QStringLiteral("seed %1: invalid at %2").arg(seed)
                                     .arg(QString::fromStdString(error->key))));
            }
            Result r = evaluate(s, m_catalog, EvaluateOptions{false});
            // The engine's own VAT, working capital, land, colocation and tax deductions.
            const QString failure = checkStatements(r.monthly, r.statements, worst);
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(failure)));
            withDebt += s.finance.debtShare > 0;
            withConstruction += s.finance.constructionMonths > 0;
            withReplace += s.finance.refreshPolicy == RefreshPolicy::Replace;
            withGrant += s.finance.capexGrantShare > 0;
            withVat += s.finance.vatRateRevenue > 0;
            withWorkingCapital += s.finance.workingCapitalShare > 0;
        }
        QCOMPARE(worst.checked, long(kScenarios));
        QVERIFY(withVat > kScenarios / 3 && withWorkingCapital > kScenarios / 4);
        QVERIFY(withDebt > kScenarios / 2 && withConstruction > kScenarios / 2);
        QVERIFY(withReplace > kScenarios / 3 && withGrant > kScenarios / 3);
        qInfo("%ld books balanced (%d with debt, %d with construction, %d with refresh, %d "
              "with a grant, %d with VAT, %d with working capital); largest relative imbalance "
              "%.3g, cash-flow gap %.3g, debt roll-forward gap %.3g",
              worst.checked, withDebt, withConstruction, withReplace, withGrant, withVat,
              withWorkingCapital, worst.balance, worst.flows, worst.debt);
    }

    // The hand-computed two-year case of tests/data/debt_ratio_hand.csv.
    void debtRatioByHand()
    {
        QFile f(QStringLiteral(CCP_TEST_DATA_DIR "/debt_ratio_hand.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        std::vector<MonthRow> monthly;
        bool header = true;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            if (header) {
                QCOMPARE(line, QByteArray("month,revenue,opex,capex,depreciation,debt_draw,principal,debt_balance"));
                header = false;
                continue;
            }
            const QList<QByteArray> c = line.split(',');
            QCOMPARE(c.size(), 8);
            MonthRow m;
            m.month = c[0].toInt();
            m.revenue = Money::cny(c[1].toDouble());
            m.opex = Money::cny(c[2].toDouble());
            m.capex = Money::cny(c[3].toDouble());
            m.depreciation = Money::cny(c[4].toDouble());
            m.debtDraw = Money::cny(c[5].toDouble());
            m.principal = Money::cny(c[6].toDouble());
            m.debtBalance = Money::cny(c[7].toDouble());
            m.cashFlow = m.revenue - m.opex - m.capex;
            m.equityCashFlow = m.cashFlow + m.debtDraw - m.principal;
            QCOMPARE(m.month, int(monthly.size()));
            monthly.push_back(m);
        }
        QCOMPARE(monthly.size(), std::size_t(25));
        const StatementsResult r = financialStatements(monthly, FinanceInputs{});
        const Statements &s = r.statements;
        QCOMPARE(s.years, (std::vector<int>{0, 1, 2}));
        QCOMPARE(at(s, "balance_sheet", "cash_cny", 1), 420.0);
        QCOMPARE(at(s, "balance_sheet", "fixed_assets_net_cny", 1), 600.0);
        QCOMPARE(at(s, "balance_sheet", "assets_cny", 1), 1020.0);
        QCOMPARE(at(s, "balance_sheet", "liabilities_cny", 1), 300.0);
        QCOMPARE(at(s, "balance_sheet", "paid_in_capital_cny", 1), 600.0);
        QCOMPARE(at(s, "balance_sheet", "retained_earnings_cny", 1), 120.0);
        QCOMPARE(at(s, "balance_sheet", "equity_cny", 1), 720.0);
        QCOMPARE(at(s, "income", "net_profit_cny", 1), 120.0);
        QCOMPARE(at(s, "debt_service", "opening_balance_cny", 1), 600.0);
        QCOMPARE(at(s, "debt_service", "principal_cny", 1), 300.0);
        QCOMPARE(at(s, "debt_service", "closing_balance_cny", 2), 0.0);
        QCOMPARE(at(s, "balance_sheet", "liabilities_cny", 0) / at(s, "balance_sheet", "assets_cny", 0), 0.5);
        QCOMPARE(at(s, "balance_sheet", "liabilities_cny", 1) / at(s, "balance_sheet", "assets_cny", 1), 5.0 / 17.0);
        QVERIFY(r.debtRatioMax);
        QCOMPARE(*r.debtRatioMax, 0.5); // the peak, at the end of the build (year 0)
        Worst worst;
        const QString failure = checkStatements(monthly, s, worst);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        // Nothing borrowed: no debt ratio to report (null with a reason, never 0).
        for (MonthRow &m : monthly) {
            m.debtDraw = m.principal = m.debtBalance = Money::zero();
            m.equityCashFlow = m.cashFlow;
        }
        QVERIFY(!financialStatements(monthly, FinanceInputs{}).debtRatioMax);
    }

    void noDebtIsUndefined()
    {
        Scenario s = m_project.scenarios.front();
        s.finance.debtShare = 0;
        const Result r = evaluate(s, m_catalog);
        QVERIFY(!r.finance.debtRatioMax);
        const auto it = std::find_if(r.undefined.begin(), r.undefined.end(), [](const UndefinedFigure &u) {
            return std::string_view(u.key) == "finance.indicators.debt_ratio_max";
        });
        QVERIFY(it != r.undefined.end());
        QCOMPARE(int(it->reason), int(UndefinedReason::NoDebt));
        s.finance.debtShare = 0.5;
        QVERIFY(evaluate(s, m_catalog).finance.debtRatioMax);
    }
};

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
