// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "comparisonchart.h"
#include "fieldlabels.h"
#include "format.h"
#include "messages.h"
#include "warnings.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <functional>

namespace ccp {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("baselineLabel"));
    m_baseline = new QComboBox(this);
    label->setBuddy(m_baseline);
    top->addWidget(label);
    top->addWidget(m_baseline);
    top->addStretch();
    layout->addLayout(top);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(split);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = new ComparisonChart(this);
    split->addWidget(m_table);
    split->addWidget(m_chart->widget());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    label->setText(tr("Differences against:"));
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (auto *label = findChild<QLabel *>(QStringLiteral("baselineLabel")))
            label->setText(tr("Differences against:"));
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ComparisonView::setScenarios(const std::vector<Scenario> &scenarios,
                                  const std::vector<Result> &results)
{
    m_scenarios = scenarios;
    m_results = results;
    const int previous = m_baseline->currentIndex();
    {
        const QSignalBlocker blocker(m_baseline);
        m_baseline->clear();
        for (const Scenario &s : m_scenarios)
            m_baseline->addItem(FieldLabels::scenarioName(s));
        m_baseline->setCurrentIndex(previous >= 0 && previous < m_baseline->count() ? previous : 0);
    }
    rebuild();
}

void ComparisonView::rebuild()
{
    const int n = int(m_results.size());
    const int base = std::max(0, m_baseline->currentIndex());
    struct Row
    {
        QString label;
        std::function<std::optional<double>(const Result &)> value;
        std::function<QString(std::optional<double>)> text;
        std::function<QString(double)> difference;
        const char *key = nullptr; // the figure's key, for the reason it is undefined
    };
    const auto money = [](std::optional<double> v) { return v ? Format::money(*v) : Format::undefined(); };
    const auto moneyDiff = [](double d) { return (d >= 0 ? QStringLiteral("+") : QString()) + Format::money(d); };
    const auto pct = [](std::optional<double> v) { return Format::percent(v); };
    const auto points = [](double d) {
        return tr("%1 points").arg((d >= 0 ? QStringLiteral("+") : QString()) + Format::number(d * 100, 1));
    };
    const auto years = [](std::optional<double> v) { return Format::years(v); };
    const auto yearsDiff = [](double d) {
        return (d >= 0 ? QStringLiteral("+") : QString()) + Format::years(d);
    };
    const std::vector<Row> rows = {
        {tr("Capex"), [](const Result &r) { return std::optional(r.finance.capex.total().cnyValue()); }, money, moneyDiff, "finance.capex_cny"},
        {tr("NPV"), [](const Result &r) { return std::optional(r.finance.npv.cnyValue()); }, money, moneyDiff, "finance.npv_cny"},
        {tr("IRR"), [](const Result &r) { return r.finance.irr; }, pct, points, "finance.irr"},
        {tr("Payback"), [](const Result &r) { return r.finance.paybackMonths; }, years, yearsDiff, "finance.payback_months"},
        {tr("Discounted payback"), [](const Result &r) { return r.finance.discountedPaybackMonths; }, years, yearsDiff, "finance.discounted_payback_months"},
        {tr("Breakeven utilization"), [](const Result &r) { return r.finance.breakevenUtilization; }, pct, points, "finance.breakeven_utilization"},
        {tr("Planned utilization"), [](const Result &r) { return std::optional(r.performance.steadyUtilization); }, pct, points},
        {tr("Effective PFLOPS"), [](const Result &r) { return std::optional(r.performance.effectivePflops); },
         [](std::optional<double> v) { return Format::pflops(*v); },
         [](double d) { return (d >= 0 ? QStringLiteral("+") : QString()) + Format::number(d, 1); }},
    };
    // One row per scenario (names are long), one column per figure.
    m_table->clear();
    m_table->setRowCount(n);
    m_table->setColumnCount(int(rows.size()) + 1);
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << FieldLabels::scenarioName(m_scenarios[std::size_t(i)])
                     + (i == base ? tr(" (baseline)") : QString());
    m_table->setVerticalHeaderLabels(names);
    QStringList figures;
    for (const Row &row : rows)
        figures << row.label;
    figures << tr("Feasible");
    m_table->setHorizontalHeaderLabels(figures);
    for (int k = 0; k < int(rows.size()); ++k) {
        const Row &row = rows[std::size_t(k)];
        const std::optional<double> b = n > 0 ? row.value(m_results[std::size_t(base)]) : std::nullopt;
        for (int i = 0; i < n; ++i) {
            const std::optional<double> v = row.value(m_results[std::size_t(i)]);
            QString text = row.text(v);
            if (i != base && v && b)
                text += QStringLiteral("\n") + tr("(%1)").arg(row.difference(*v - *b));
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!v && row.key) // a dash says why in its tooltip
                item->setToolTip(Messages::undefinedReason(m_results[std::size_t(i)], row.key));
            m_table->setItem(i, k, item);
        }
    }
    for (int i = 0; i < n; ++i) {
        const std::vector<Warning> broken = brokenHardLimits(m_results[std::size_t(i)]);
        auto *item = new QTableWidgetItem(broken.empty() ? tr("yes") : tr("no: breaks a hard limit"));
        if (!broken.empty())
            item->setForeground(QColor(0xb9, 0x1c, 0x1c));
        m_table->setItem(i, int(rows.size()), item);
    }
    m_table->resizeRowsToContents();
    // The chart draws the baseline first, in the payback color.
    std::vector<Scenario> scenarios;
    std::vector<Result> results;
    for (int i = -1; i < n; ++i) {
        const int k = i < 0 ? base : i;
        if (n == 0 || (i >= 0 && i == base))
            continue;
        scenarios.push_back(m_scenarios[std::size_t(k)]);
        results.push_back(m_results[std::size_t(k)]);
    }
    m_chart->setScenarios(scenarios, results);
    m_chart->setResult(scenarios.empty() ? Scenario() : scenarios.front(),
                       results.empty() ? Result() : results.front());
}

} // namespace ccp
