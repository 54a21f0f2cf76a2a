// SPDX-License-Identifier: GPL-3.0-or-later
// The decision sheets of the Excel export (xlsxsheet.h).

#include "xlsxsheet.h"

#include "fieldlabels.h"
#include "messages.h"
#include "montecarlo.h"
#include "riskinputs.h"
#include "sensitivity.h"
#include "sweep.h"
#include "warnings.h"

#include <cmath>

namespace ccp {

using namespace xlsx;

namespace {

// A lever's value as a cell: fractions formatted as percent, the rest as plain numbers.
lxw_format *leverFormat(const Formats &f, decisions::LeverId id)
{
    const std::string_view key = decisions::leverInfo(id).key;
    return id == decisions::LeverId::AverageUtilization || FieldLabels::isPercent(key) ? f.fraction
                                                                                       : f.number;
}

} // namespace

QStringList XlsxDecisions::sheetNames()
{
    return {sheetName(tr("Comparison")), sheetName(tr("Payback vs utilization")),
            sheetName(tr("Breakeven map")), sheetName(tr("Sensitivity")),
            sheetName(tr("Monte Carlo"))};
}

void XlsxDecisions::write(lxw_workbook *book, const Formats &f,
                          const std::vector<Scenario> &scenarios, const std::vector<Result> &results,
                          std::size_t index, const Catalog &catalog)
{
    const QStringList names = sheetNames();
    const Scenario &chosen = scenarios.at(index);

    // Comparison: every scenario's key figures, the NPV difference to the first as a formula.
    {
        Sheet s(book, names.at(0));
        s.header({tr("Scenario"), tr("Feasible"), tr("Capex (CNY)"), tr("NPV (CNY)"),
                  tr("NPV minus the first scenario's (CNY)"), tr("IRR"), tr("Payback (months)"),
                  tr("Discounted payback (months)"), tr("Breakeven utilization"),
                  tr("Levelized cost (CNY/card-hour)"), tr("Broken hard limits")},
                 f.header);
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            const int row = int(i) + 1;
            const Result &r = results.at(i);
            const std::vector<Warning> broken = brokenHardLimits(r);
            QStringList limits;
            for (const Warning &w : broken)
                limits << Messages::warningTitle(w.code);
            s.text(row, 0, FieldLabels::scenarioName(scenarios[i]), f.text);
            s.text(row, 1, broken.empty() ? tr("yes") : tr("no"), f.text);
            s.number(row, 2, r.finance.capex.total().cnyValue(), f.money, 14);
            s.number(row, 3, r.finance.npv.cnyValue(), f.money, 14);
            const QByteArray formula = QStringLiteral("=D%1-D$2").arg(row + 1).toLatin1();
            worksheet_write_formula_num(s.ws(), lxw_row_t(row), 4, formula.constData(), f.money,
                                        r.finance.npv.cnyValue() - results.front().finance.npv.cnyValue());
            optionalNumber(s, row, 5, r.finance.irr, f.fraction);
            optionalNumber(s, row, 6, r.finance.paybackMonths, f.number);
            optionalNumber(s, row, 7, r.finance.discountedPaybackMonths, f.number);
            optionalNumber(s, row, 8, r.finance.breakevenUtilization, f.fraction);
            optionalNumber(s, row, 9, r.finance.lcocCnyPerCardHour, f.number);
            if (!limits.isEmpty())
                s.text(row, 10, limits.join(QStringLiteral("; ")), f.text);
        }
        s.finish(1, 40);
    }

    // Payback and NPV against the average sold utilization, every scenario side by side.
    {
        Sheet s(book, names.at(1));
        QStringList header{tr("Average sold utilization")};
        std::vector<decisions::UtilizationSweep> sweeps;
        for (const Scenario &sc : scenarios) {
            sweeps.push_back(decisions::sweepUtilization(sc, catalog, 101));
            const QString name = FieldLabels::scenarioName(sc);
            header << tr("NPV (CNY): %1").arg(name) << tr("Payback (months): %1").arg(name);
        }
        s.header(header, f.header);
        for (int p = 0; p < 101; ++p) {
            s.number(p + 1, 0, sweeps.front().points[std::size_t(p)].utilization, f.fraction);
            for (std::size_t k = 0; k < sweeps.size(); ++k) {
                const decisions::SweepPoint &pt = sweeps[k].points[std::size_t(p)];
                s.number(p + 1, 1 + 2 * int(k), pt.npvCny, f.money, 14);
                optionalNumber(s, p + 1, 2 + 2 * int(k), pt.paybackMonths, f.number);
            }
        }
        int row = 103;
        s.text(row, 0, tr("Planned utilization"), f.bold);
        for (std::size_t k = 0; k < sweeps.size(); ++k)
            s.number(row, 1 + 2 * int(k), sweeps[k].plannedUtilization, f.fraction);
        ++row;
        s.text(row, 0, tr("Breakeven utilization (NPV = 0)"), f.bold);
        for (std::size_t k = 0; k < sweeps.size(); ++k)
            optionalNumber(s, row, 1 + 2 * int(k), sweeps[k].breakevenUtilization, f.fraction);
        s.finish(1, 24);
    }

    // Breakeven map: payback over average utilization (columns) × list price, or token prices
    // for a center that sells tokens (rows).
    {
        Sheet s(book, names.at(2));
        const decisions::Workbench bench(chosen, catalog);
        const auto [x, y] = decisions::defaultAxes(bench, decisions::defaultMapAxes(chosen));
        const decisions::BreakevenMap map = decisions::breakevenMap(chosen, catalog, x, y);
        const QString yLabel = FieldLabels::label(decisions::leverInfo(y.lever).key);
        QStringList header{tr("Payback (months) — rows: %1 (%2); columns: average sold utilization")
                               .arg(yLabel, FieldLabels::displayUnit(decisions::leverInfo(y.lever).key))};
        s.header(header, f.header);
        for (int i = 0; i < x.steps; ++i)
            s.number(0, 1 + i, x.valueAt(i), f.fraction, 7);
        for (int j = 0; j < y.steps; ++j) {
            s.number(1 + j, 0, y.valueAt(j),
                     FieldLabels::isPercent(decisions::leverInfo(y.lever).key) ? f.fraction : f.number, 10);
            for (int i = 0; i < x.steps; ++i)
                optionalNumber(s, 1 + j, 1 + i,
                               map.paybackMonths[std::size_t(j * x.steps + i)], f.number);
        }
        s.text(y.steps + 2, 0, tr("—: not paid back within the horizon (%1 months).").arg(map.horizonMonths), f.text);
        s.finish(1, 14);
    }

    // Sensitivity (tornado), largest NPV swing first.
    {
        Sheet s(book, names.at(3));
        const decisions::Workbench bench(chosen, catalog);
        const decisions::Sensitivity t = decisions::sensitivity(chosen, catalog, decisions::defaultRanges(bench));
        s.header({tr("Input"), tr("Base"), tr("Low"), tr("High"), tr("NPV at low (CNY)"),
                  tr("NPV at high (CNY)"), tr("Swing of NPV (CNY)"), tr("Payback at low (months)"),
                  tr("Payback at high (months)")},
                 f.header);
        int row = 1;
        for (const decisions::SensitivityInput &in : t.inputs) {
            lxw_format *vf = leverFormat(f, in.lever);
            s.text(row, 0, FieldLabels::label(decisions::leverInfo(in.lever).key), f.text);
            s.number(row, 1, in.base, vf);
            s.number(row, 2, in.low, vf);
            s.number(row, 3, in.high, vf);
            s.number(row, 4, in.atLow.npv.cnyValue(), f.money, 14);
            s.number(row, 5, in.atHigh.npv.cnyValue(), f.money, 14);
            const QByteArray formula = QStringLiteral("=ABS(F%1-E%1)").arg(row + 1).toLatin1();
            worksheet_write_formula_num(s.ws(), lxw_row_t(row), 6, formula.constData(), f.money,
                                        std::abs(in.atHigh.npv.cnyValue() - in.atLow.npv.cnyValue()));
            optionalNumber(s, row, 7, in.atLow.paybackMonths, f.number);
            optionalNumber(s, row, 8, in.atHigh.paybackMonths, f.number);
            ++row;
        }
        s.finish(1, 36);
    }

    // Monte Carlo with the scenario's own settings: P10/P50/P90, probabilities, the inputs.
    {
        Sheet s(book, names.at(4));
        const decisions::RiskSettings settings = decisions::riskSettingsOf(chosen, catalog);
        const decisions::RiskResult r = decisions::runRisk(chosen, catalog, settings);
        s.header({QString(), QStringLiteral("P10"), QStringLiteral("P50"), QStringLiteral("P90"),
                  tr("Mean")},
                 f.header);
        const auto percentileRow = [&](int row, const QString &label,
                                       const decisions::Percentiles &p, lxw_format *fmt) {
            s.text(row, 0, label, f.text);
            optionalNumber(s, row, 1, p.p10, fmt);
            optionalNumber(s, row, 2, p.p50, fmt);
            optionalNumber(s, row, 3, p.p90, fmt);
            optionalNumber(s, row, 4, p.mean, fmt);
        };
        percentileRow(1, tr("NPV (CNY)"), r.npvCny, f.money);
        percentileRow(2, tr("IRR"), r.irr, f.fraction);
        percentileRow(3, tr("Payback (months)"), r.paybackMonths, f.number);
        s.text(5, 0, tr("Draws"), f.text);
        s.number(5, 1, double(r.draws), f.integer);
        s.text(6, 0, tr("Seed"), f.text);
        s.number(6, 1, double(r.seed), f.integer);
        s.text(7, 0, tr("Probability of payback within the horizon"), f.text);
        s.number(7, 1, r.pPaybackWithinHorizon, f.fraction);
        int row = 8;
        if (settings.targetPaybackMonths && r.pPaybackWithinTarget) {
            s.text(row, 0, tr("Probability of payback within %1 months").arg(*settings.targetPaybackMonths), f.text);
            s.number(row, 1, *r.pPaybackWithinTarget, f.fraction);
            ++row;
        }
        s.text(row, 0, tr("Correlation of utilization and price"), f.text);
        s.number(row, 1, settings.utilizationPriceCorrelation, f.number);
        row += 2;
        const QStringList inputHeader{tr("Uncertain input"), tr("Distribution"), tr("Minimum"),
                                      tr("Most likely (mean, median)"), tr("Maximum"), tr("Spread (σ)")};
        for (int c = 0; c < inputHeader.size(); ++c)
            s.text(row, c, inputHeader.at(c), f.header);
        ++row;
        for (const decisions::UncertainInput &u : settings.inputs) {
            lxw_format *vf = leverFormat(f, u.lever);
            const decisions::Distribution &d = u.distribution;
            s.text(row, 0, FieldLabels::label(decisions::leverInfo(u.lever).key), f.text);
            s.text(row, 1, Messages::distributionName(d.kind), f.text);
            optionalNumber(s, row, 2, std::isfinite(d.a) ? std::optional(d.a) : std::nullopt, vf);
            s.number(row, 3, d.b, vf);
            optionalNumber(s, row, 4, std::isfinite(d.c) ? std::optional(d.c) : std::nullopt, vf);
            if (d.kind == decisions::DistributionKind::Normal)
                s.number(row, 5, d.spread, vf);
            else if (d.kind == decisions::DistributionKind::Lognormal)
                s.number(row, 5, d.spread, f.number);
            ++row;
        }
        s.finish(1, 44);
    }
}

} // namespace ccp
