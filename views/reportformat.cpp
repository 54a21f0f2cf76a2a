// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include <QLocale>

#include <cmath>

namespace ccp {

bool ReportFormat::chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString ReportFormat::money(double cny)
{
    const QLocale l;
    if (chinese()) {
        if (std::abs(cny) >= 1e8)
            return tr("%1 hundred million CNY").arg(l.toString(cny / 1e8, 'f', 2));
        return tr("%1 ten thousand CNY").arg(l.toString(cny / 1e4, 'f', 1));
    }
    return tr("CNY %1 million").arg(l.toString(cny / 1e6, 'f', 1));
}

QString ReportFormat::tableMoney(double cny)
{
    const double v = std::round(cny / 1e4);
    return QLocale().toString(v == 0 ? 0.0 : v, 'f', 0); // no "-0"
}

QString ReportFormat::tableMoneyUnit()
{
    return tr("ten thousand CNY");
}

QString ReportFormat::percent(std::optional<double> fraction, int decimals)
{
    if (!fraction)
        return undefined();
    return QLocale().toString(*fraction * 100.0, 'f', decimals) + QLocale().percent();
}

QString ReportFormat::years(std::optional<double> months)
{
    if (!months)
        return undefined();
    return tr("%1 years").arg(QLocale().toString(*months / 12.0, 'f', 1));
}

QString ReportFormat::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString ReportFormat::undefined()
{
    return QStringLiteral("—");
}

QString ReportFormat::number(std::optional<double> value, int decimals)
{
    return value ? number(*value, decimals) : undefined();
}

QString ReportFormat::integer(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

std::vector<KeyFigure> ReportFormat::keyFigures(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const PerformanceResult &p = r.performance;
    const SizingResult &z = r.sizing;
    return {
        {tr("Capital expenditure"), money(f.capex.total().cnyValue())},
        {tr("Net present value (NPV at %1)").arg(percent(s.finance.discountRate)),
         money(f.npv.cnyValue())},
        {tr("Internal rate of return (IRR)"), percent(f.irr)},
        {tr("Payback"), years(f.paybackMonths)},
        {tr("Discounted payback"), years(f.discountedPaybackMonths)},
        {tr("Breakeven utilization (NPV = 0)"), percent(f.breakevenUtilization)},
        {tr("Planned steady-state utilization"), percent(p.steadyUtilization)},
        {tr("Nameplate compute (BF16 dense)"), tr("%1 PFLOPS").arg(number(p.nameplatePflopsBf16, 1))},
        {tr("Effective compute (est.)"), tr("%1 PFLOPS").arg(number(p.effectivePflops, 1))},
        {tr("IT power (provisioned)"), tr("%1 MW").arg(number(z.itPowerKw / 1000.0, 2))},
        {tr("Facility power (provisioned)"), tr("%1 MW").arg(number(z.facilityPowerKw / 1000.0, 2))},
        {tr("Levelized cost per card-hour (LCOC)"),
         f.lcocCnyPerCardHour ? tr("%1 CNY").arg(number(*f.lcocCnyPerCardHour, 2)) : undefined()},
    };
}

QString ReportFormat::verdict(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const QString horizon = QLocale().toString(s.horizonMonths / 12.0, 'f', s.horizonMonths % 12 ? 1 : 0);
    QString first;
    if (f.paybackMonths) {
        if (f.irr) {
            const QString rel = *f.irr >= s.finance.discountRate
                                    ? tr("above the discount rate of %1").arg(percent(s.finance.discountRate))
                                    : tr("below the discount rate of %1").arg(percent(s.finance.discountRate));
            first = tr("The center pays back in %1 with an IRR of %2, %3; the NPV is %4.")
                        .arg(years(f.paybackMonths), percent(f.irr), rel, money(f.npv.cnyValue()));
        } else {
            first = tr("The center pays back in %1, but no IRR exists; the NPV is %2.")
                        .arg(years(f.paybackMonths), money(f.npv.cnyValue()));
        }
    } else {
        first = tr("The center does not pay back within the horizon of %1 years; the NPV is %2.")
                    .arg(horizon, money(f.npv.cnyValue()));
    }
    QString second;
    const double planned = r.performance.steadyUtilization;
    if (f.breakevenUtilization) {
        const double margin = (planned - *f.breakevenUtilization) * 100.0;
        second = margin >= 0
                     ? tr("It breaks even at a steady-state utilization of %1 against the planned %2, "
                          "a margin of %3 percentage points.")
                           .arg(percent(f.breakevenUtilization), percent(planned),
                                number(margin, 1))
                     : tr("It would need a steady-state utilization of %1 to break even; %2 is planned, "
                          "%3 percentage points short.")
                           .arg(percent(f.breakevenUtilization), percent(planned),
                                number(-margin, 1));
    } else {
        second = tr("Even at full utilization the NPV stays negative (planned utilization %1).")
                     .arg(percent(planned));
    }
    return first + QLatin1Char(' ') + second;
}

} // namespace ccp
