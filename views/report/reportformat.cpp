// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "format.h"
#include "messages.h"
#include "warnings.h"

#include <QLocale>

#include <cmath>

namespace ccp {

std::vector<KeyFigure> ReportFormat::keyFigures(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const PerformanceResult &p = r.performance;
    const SizingResult &z = r.sizing;
    std::vector<KeyFigure> figures = {
        {tr("Capital expenditure"), Format::money(f.capex.total().cnyValue())},
        {tr("Net present value (NPV at %1)").arg(Format::percent(s.finance.discountRate)),
         Format::money(f.npv.cnyValue())},
        {tr("Internal rate of return (IRR)"), Format::percent(f.irr)},
        {tr("Payback"), Format::years(f.paybackMonths)},
        {tr("Discounted payback"), Format::years(f.discountedPaybackMonths)},
        {tr("Breakeven utilization (NPV = 0)"), Format::percent(f.breakevenUtilization)},
        {tr("Planned steady-state utilization"), Format::percent(p.steadyUtilization)},
        {tr("Nameplate compute (BF16 dense)"), tr("%1 PFLOPS").arg(Format::number(p.nameplatePflopsBf16, 1))},
        {tr("Effective compute (est.)"), tr("%1 PFLOPS").arg(Format::number(p.effectivePflops, 1))},
        {tr("IT power (provisioned)"), tr("%1 MW").arg(Format::number(z.itPowerKw / 1000.0, 2))},
        {tr("Facility power (provisioned)"), tr("%1 MW").arg(Format::number(z.facilityPowerKw / 1000.0, 2))},
        {tr("Levelized cost per card-hour (LCOC)"),
         f.lcocCnyPerCardHour ? tr("%1 CNY").arg(Format::number(*f.lcocCnyPerCardHour, 2)) : Format::undefined()},
    };
    // The reason of each undefined figure, for a note under the table.
    const std::pair<int, const char *> keys[] = {{2, "finance.irr"},
                                                 {3, "finance.payback_months"},
                                                 {4, "finance.discounted_payback_months"},
                                                 {5, "finance.breakeven_utilization"},
                                                 {11, "finance.lcoc_cny_per_card_hour"}};
    for (const auto &[row, key] : keys)
        figures[std::size_t(row)].note = Messages::undefinedReason(r, key);
    return figures;
}

QString ReportFormat::verdict(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const QString horizon = QLocale().toString(s.horizonMonths / 12.0, 'f', s.horizonMonths % 12 ? 1 : 0);
    QString first;
    if (f.paybackMonths) {
        if (f.irr) {
            const QString rel = *f.irr >= s.finance.discountRate
                                    ? tr("above the discount rate of %1").arg(Format::percent(s.finance.discountRate))
                                    : tr("below the discount rate of %1").arg(Format::percent(s.finance.discountRate));
            first = tr("The center pays back in %1 with an IRR of %2, %3; the NPV is %4.")
                        .arg(Format::years(f.paybackMonths), Format::percent(f.irr), rel, Format::money(f.npv.cnyValue()));
        } else {
            first = tr("The center pays back in %1, but no IRR exists; the NPV is %2.")
                        .arg(Format::years(f.paybackMonths), Format::money(f.npv.cnyValue()));
        }
    } else {
        first = tr("The center does not pay back within the horizon of %1 years; the NPV is %2.")
                    .arg(horizon, Format::money(f.npv.cnyValue()));
    }
    QString second;
    const double planned = r.performance.steadyUtilization;
    if (f.breakevenUtilization) {
        const double margin = (planned - *f.breakevenUtilization) * 100.0;
        second = margin >= 0
                     ? tr("It breaks even at a steady-state utilization of %1 against the planned %2, "
                          "a margin of %3 percentage points.")
                           .arg(Format::percent(f.breakevenUtilization), Format::percent(planned),
                                Format::number(margin, 1))
                     : tr("It would need a steady-state utilization of %1 to break even; %2 is planned, "
                          "%3 percentage points short.")
                           .arg(Format::percent(f.breakevenUtilization), Format::percent(planned),
                                Format::number(-margin, 1));
    } else {
        second = tr("Even at full utilization the NPV stays negative (planned utilization %1).")
                     .arg(Format::percent(planned));
    }
    QString verdict = first + QLatin1Char(' ') + second;
    if (const std::vector<Warning> broken = brokenHardLimits(r); !broken.empty()) {
        QStringList why;
        for (const Warning &w : broken)
            why << Messages::warningTitle(w.code);
        verdict = tr("Not feasible as planned: %1. The figures below assume it could be built and "
                     "run.").arg(why.join(QStringLiteral("; ")))
                  + QLatin1Char(' ') + verdict;
    }
    return verdict;
}

} // namespace ccp
