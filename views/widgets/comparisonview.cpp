// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "format.h"
#include "qtchart.h"
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

// Cumulative project cash flow of every scenario over the months, one line each.
class ComparisonChart : public QtChart
{
public:
    explicit ComparisonChart(QObject *parent) : QtChart(parent) {}
    QString title() const override { return ComparisonView::tr("Cumulative cash flow of every scenario"); }
    void setData(const std::vector<Scenario> *scenarios, const std::vector<Result> *results)
    {
        m_scenarios = scenarios;
        m_results = results;
    }

protected:
    void populate(QChart *chart) override
    {
        auto *axisX = addValueAxis(chart, ComparisonView::tr("Month"), Qt::AlignBottom);
        auto *axisY = addValueAxis(chart, ComparisonView::tr("Cumulative cash flow (million CNY)"), Qt::AlignLeft);
        double lo = 0, hi = 0;
        int horizon = 1;
        for (std::size_t k = 0; m_results && k < m_results->size(); ++k) {
            auto *line = new QLineSeries;
            line->setName(QString::fromStdString((*m_scenarios)[k].name));
            for (const MonthRow &m : (*m_results)[k].monthly) {
                const double v = m.cumulative.cnyValue() / 1e6;
                line->append(m.month, v);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                horizon = std::max(horizon, m.month);
            }
            line->setPen(QPen(k == 0 ? ChartColors::payback() : ChartColors::category(int(k) + 2), 2));
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        axisX->setRange(0, horizon);
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisY->setRange(lo, hi > lo ? hi : lo + 1);
        axisY->applyNiceNumbers();
        axisY->setLabelFormat(QStringLiteral("%.0f"));
    }

private:
    const std::vector<Scenario> *m_scenarios = nullptr;
    const std::vector<Result> *m_results = nullptr;
};

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
    m_chart->setData(&m_scenarios, &m_results);
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
            m_baseline->addItem(QString::fromStdString(s.name));
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
        {tr("Capex"), [](const Result &r) { return std::optional(r.finance.capex.total().cnyValue()); }, money, moneyDiff},
        {tr("NPV"), [](const Result &r) { return std::optional(r.finance.npv.cnyValue()); }, money, moneyDiff},
        {tr("IRR"), [](const Result &r) { return r.finance.irr; }, pct, points},
        {tr("Payback"), [](const Result &r) { return r.finance.paybackMonths; }, years, yearsDiff},
        {tr("Discounted payback"), [](const Result &r) { return r.finance.discountedPaybackMonths; }, years, yearsDiff},
        {tr("Breakeven utilization"), [](const Result &r) { return r.finance.breakevenUtilization; }, pct, points},
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
        names << QString::fromStdString(m_scenarios[std::size_t(i)].name)
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
    m_chart->setResult(m_scenarios.empty() ? Scenario() : m_scenarios.front(),
                       m_results.empty() ? Result() : m_results.front());
}

} // namespace ccp
