// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfiguresview.h"

#include "messages.h"
#include "format.h"
#include "reportformat.h"
#include "warnings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

#include <algorithm>

namespace ccp {

namespace {
enum Row {
    Hardware, Nameplate, Effective, Derating, Power, Capex, Npv, Irr, Payback, DiscountedPayback,
    Breakeven, Lcoc, Roi, Roe, InterestCoverage, Dscr, BreakevenCapacity, DebtRatio, Training,
    // Inference, shown when the scenario names a model or sells tokens.
    TokenCost, TokensPerServer, MaasMargin, MarginOverRental, BreakevenTokenPrice,
    RowCount
};
} // namespace

KeyFiguresView::KeyFiguresView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < RowCount; ++i) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_labels.push_back(label);
        m_values.push_back(value);
        m_form->addRow(label, value);
    }
    QFont big = m_values[Npv]->font();
    big.setBold(true);
    for (int r : {Capex, Npv, Irr, Payback})
        m_values[std::size_t(r)]->setFont(big);
    layout->addLayout(m_form);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #9a3412; }"));
    layout->addWidget(m_warnings);
    layout->addStretch();
    retranslateLabels();
}

void KeyFiguresView::setResult(const Scenario &scenario, const Result &result)
{
    m_scenario = scenario;
    m_result = result;
    m_hasResult = true;
    rebuild();
}

QSize KeyFiguresView::sizeHint() const
{
    int label = 0;
    for (const QLabel *l : m_labels)
        label = std::max(label, l->sizeHint().width());
    const QMargins margins = layout()->contentsMargins();
    // A value such as "1,024 / 128 / 46" or "CNY 316.4 million" on one line.
    const int value = fontMetrics().horizontalAdvance(QStringLiteral("CNY 1,234.5 million")) + 8;
    return {margins.left() + label + std::max(0, m_form->horizontalSpacing()) + value + margins.right(),
            QWidget::sizeHint().height()};
}

void KeyFiguresView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateLabels();
        if (m_hasResult)
            rebuild();
    }
    QWidget::changeEvent(event);
}

void KeyFiguresView::retranslateLabels()
{
    const QStringList labels = {tr("Cards / servers / racks:"), tr("Nameplate BF16:"),
                                tr("Effective (estimate):"), tr("MFU / goodput:"),
                                tr("IT / facility power:"),
                                tr("Capex:"), tr("NPV:"), tr("IRR:"), tr("Payback:"),
                                tr("Discounted payback:"), tr("Breakeven utilization:"),
                                tr("Cost per card-hour sold:"),
                                tr("Return on investment (ROI):"),
                                tr("Return on equity (ROE):"),
                                tr("Interest coverage (least):"),
                                tr("Debt service coverage (least):"),
                                tr("Breakeven point (share of planned sales):"),
                                tr("Debt ratio (largest):"), tr("Training job:"),
                                tr("Cost per million tokens:"),
                                tr("Output tokens/s per server:"), tr("MaaS gross margin:"),
                                tr("MaaS margin over rental:"), tr("Breakeven token price:")};
    // Each term in words, for a planner who does not use it every day.
    const QStringList explained = {
        tr("The accelerator cards planned, the servers that hold them and the racks for "
           "those servers."),
        tr("The peak BF16 (16-bit floating point) compute of all cards together, as the data "
           "sheets give it, in PFLOPS (10¹⁵ operations per second)."),
        tr("The compute a real training job gets out of the cluster: the peak multiplied by "
           "the model FLOPs utilization (MFU) and the goodput. An estimate."),
        tr("MFU (model FLOPs utilization): the share of the peak compute a training job "
           "actually uses. Goodput: the share of time that produces progress, after failures, "
           "restarts and checkpoints."),
        tr("IT power: what the servers, network and storage draw. Facility power: IT power "
           "multiplied by the PUE (cooling, power conversion, lighting)."),
        tr("Capital expenditure: what has to be bought and built before operation (cards, "
           "servers, network, storage, building and power infrastructure)."),
        tr("Net present value: every future cash flow discounted to today at the discount "
           "rate and added up. Above zero, the plan earns more than the discount rate."),
        tr("Internal rate of return: the discount rate at which the NPV is zero, the yearly "
           "return the plan earns on its investment."),
        tr("Payback: the time from the start of the plan until the cumulative cash flow "
           "first reaches zero, that is until the investment has been earned back."),
        tr("Discounted payback: like payback, but with every cash flow discounted to today; "
           "always later than the plain payback."),
        tr("Breakeven utilization: the share of card-hours that has to be sold for the NPV to "
           "be zero, beside the utilization planned."),
        tr("Levelized cost of compute: the present value of every cost over the horizon "
           "divided by the present value of the card-hours sold; the price per card-hour at "
           "which the plan breaks even."),
        tr("Return on investment: the average yearly profit before interest and tax divided "
           "by the total investment."),
        tr("Return on equity: the average yearly net profit divided by the owners' capital."),
        tr("Interest coverage: profit before interest and tax divided by the interest due, "
           "in the weakest year; below 1 the profit does not pay the interest."),
        tr("Debt service coverage: the cash available divided by the interest and repayments "
           "due, in the weakest year; below 1 the cash does not cover the debt service."),
        tr("Breakeven point: the share of the planned sales at which a normal operating year "
           "makes neither profit nor loss."),
        tr("Debt ratio: liabilities divided by assets, in the year it is highest."),
        tr("How long the training job set in the Training Job tab takes on this cluster, and "
           "on how many cards."),
        tr("Levelized cost per card-hour sold divided by the tokens (input and output) a "
           "card-hour serves. In brackets: the same cost carried by output tokens alone."),
        tr("Output tokens a server generates per second with the deployment as set in the "
           "Inference tab, at the batch served."),
        tr("1 − levelized cost of the card-hours that serve tokens ÷ MaaS revenue (present "
           "values)."),
        tr("1 − what the same card-hours would earn rented at the list price ÷ MaaS revenue: "
           "above zero, selling tokens earns more than renting the cards."),
        tr("The token price (including VAT when the prices do) at which the NPV is zero: every "
           "token price of the MaaS segments multiplied by the factor shown."),
    };
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setText(labels.value(int(i)));
        m_labels[i]->setToolTip(explained.value(int(i)));
    }
}

void KeyFiguresView::rebuild()
{
    const auto money = [](Money m) { return Format::money(m.cnyValue()); };
    const auto pct = [](double v) { return Format::percent(v); };
    const Result &r = m_result;
    // An undefined figure is a dash; its tooltip says why.
    QStringList tips(int(m_values.size()));
    const auto undefined = [&](int row, const char *key) {
        tips[row] = Messages::undefinedReason(r, key);
        return Format::undefined();
    };
    const auto years = [&](int row, const char *key, const std::optional<double> &months) {
        return months ? Format::years(months) : undefined(row, key);
    };
    const FinanceResult &f = r.finance;
    const PerformanceResult &p = r.performance;
    const auto percentOr = [&](int row, const char *key, const std::optional<double> &v) {
        return v ? pct(*v) : undefined(row, key);
    };
    const auto ratioOr = [&](int row, const char *key, const std::optional<double> &v) {
        return v ? Format::number(*v, 2) : undefined(row, key);
    };
    const QStringList values = {
        QStringLiteral("%1 / %2 / %3")
            .arg(Format::integer(r.sizing.cards), Format::integer(r.sizing.servers),
                 Format::integer(r.sizing.racks)),
        Format::pflops(p.nameplatePflopsBf16),
        Format::pflops(p.effectivePflops),
        QStringLiteral("%1 / %2").arg(pct(p.mfu), pct(p.goodput)),
        QStringLiteral("%1 / %2")
            .arg(Format::megawatts(r.sizing.itPowerKw), Format::megawatts(r.sizing.facilityPowerKw)),
        money(f.capex.total()),
        money(f.npv),
        f.irr ? pct(*f.irr) : undefined(Irr, "finance.irr"),
        years(Payback, "finance.payback_months", f.paybackMonths),
        years(DiscountedPayback, "finance.discounted_payback_months", f.discountedPaybackMonths),
        f.breakevenUtilization
            ? tr("%1 (planned %2)").arg(pct(*f.breakevenUtilization), pct(p.steadyUtilization))
            : undefined(Breakeven, "finance.breakeven_utilization"),
        f.lcocCnyPerCardHour ? tr("%1 (levelized)").arg(Format::price(*f.lcocCnyPerCardHour))
                             : undefined(Lcoc, "finance.lcoc_cny_per_card_hour"),
        percentOr(Roi, "finance.indicators.roi", f.roi),
        percentOr(Roe, "finance.indicators.roe", f.roe),
        ratioOr(InterestCoverage, "finance.indicators.interest_coverage", f.interestCoverageMin),
        ratioOr(Dscr, "finance.indicators.dscr_min", f.dscrMin),
        percentOr(BreakevenCapacity, "finance.indicators.breakeven_capacity_utilization",
                  f.breakevenCapacityUtilization),
        percentOr(DebtRatio, "finance.indicators.debt_ratio_max", f.debtRatioMax),
        p.training.days
            ? tr("%1 on %2 cards").arg(Format::days(*p.training.days), Format::integer(p.training.cards))
            : undefined(Training, "performance.training.days"),
        !f.costPerMillionTokensCny ? undefined(TokenCost, "finance.cost_per_million_tokens_cny")
        : f.costPerMillionOutputTokensCny
            ? tr("%1 (levelized; output only %2)")
                  .arg(Format::price(*f.costPerMillionTokensCny),
                       Format::price(*f.costPerMillionOutputTokensCny))
            : tr("%1 (levelized)").arg(Format::price(*f.costPerMillionTokensCny)),
        p.inference.fits() ? Format::integer(p.inference.outputTokensPerSPerServer)
                           : undefined(TokensPerServer,
                                       "performance.inference.output_tokens_per_s_per_server"),
        percentOr(MaasMargin, "finance.maas_gross_margin", f.maasGrossMargin),
        percentOr(MarginOverRental, "finance.maas_margin_over_rental", f.maasMarginOverRental),
        f.breakevenTokenPriceCnyPerMillionTokens && f.breakevenTokenPriceFactor
            ? tr("%1 per million tokens (%2× today's prices)")
                  .arg(Format::price(*f.breakevenTokenPriceCnyPerMillionTokens),
                       Format::number(*f.breakevenTokenPriceFactor, 2))
            : undefined(BreakevenTokenPrice, "finance.breakeven_token_price_factor"),
    };
    // What a defined figure means; an undefined one says why instead.
    for (int row = 0; row < RowCount; ++row) {
        if (tips[row].isEmpty())
            tips[row] = m_labels[std::size_t(row)]->toolTip();
    }
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        m_values[i]->setText(values.value(int(i)));
        m_values[i]->setToolTip(tips.value(int(i)));
    }
    const bool inference = ReportFormat::hasInference(m_scenario);
    for (int row = TokenCost; row < RowCount; ++row)
        m_form->setRowVisible(row, inference);
    // Green for a positive NPV, red for a negative one; a palette change, not a style sheet,
    // because this runs on every edit.
    QPalette palette = m_values[Npv]->palette();
    palette.setColor(QPalette::WindowText, f.npv.cnyValue() < 0 ? QColor(0xb9, 0x1c, 0x1c)
                                                                : QColor(0x15, 0x80, 0x3d));
    m_values[Npv]->setPalette(palette);
    // An infeasible configuration is said first, and its NPV is not shown as good news.
    const std::vector<Warning> broken = brokenHardLimits(r);
    QStringList warnings;
    if (!broken.empty()) {
        warnings << tr("✖ Not feasible as planned: it breaks a hard limit (below). The financial "
                       "figures assume it could be built and run.");
        palette.setColor(QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
        m_values[Npv]->setPalette(palette);
        m_values[Npv]->setText(tr("%1 (not feasible)").arg(m_values[Npv]->text()));
    }
    for (const Warning &w : r.warnings)
        warnings << (isHardLimit(w.code) ? QStringLiteral("✖ ") : QStringLiteral("⚠ "))
                        + Messages::warning(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
}

} // namespace ccp
