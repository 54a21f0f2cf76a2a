// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizerdialog.h"

#include "evaluate.h"
#include "fieldlabels.h"
#include "format.h"
#include "messages.h"
#include "paretochart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString recordLabel(const RecordBase *r, const std::string &id)
{
    return r ? FieldLabels::recordName(*r) : QString::fromStdString(id);
}

std::vector<std::string> checkedIds(const QListWidget *list)
{
    std::vector<std::string> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.push_back(list->item(i)->data(kIdRole).toString().toStdString());
    return ids;
}

// Numbers separated by commas, spaces or the Chinese comma; empty when one is not a number in
// [min, max].
template<typename T>
std::optional<std::vector<T>> numberList(const QString &text, double min, double max)
{
    std::vector<T> out;
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        double v = QLocale().toDouble(part, &ok);
        if (!ok)
            v = part.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < min || v > max)
            return std::nullopt;
        if constexpr (std::is_integral_v<T>) {
            if (v != std::floor(v))
                return std::nullopt;
        }
        out.push_back(T(v));
    }
    if (out.empty())
        return std::nullopt;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, double value,
                     const QString &suffix)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setValue(value);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(true);
    s->setEnabled(false);
    return s;
}

} // namespace

OptimizerDialog::OptimizerDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_catalog(catalog)
{
    setWindowTitle(tr("Optimize the configuration: %1").arg(FieldLabels::scenarioName(scenario)));
    const Result base = evaluate(scenario, catalog, EvaluateOptions{.breakevens = false});
    m_baseCapex = base.finance.capex.total().cnyValue();
    m_baseNpv = base.finance.npv.cnyValue();
    const decisions::SearchSpace space = decisions::defaultSpace(scenario, catalog);

    // ---- settings (left, scrolls on small screens)
    m_settingsPane = new QWidget;
    auto *settingsLayout = new QVBoxLayout(m_settingsPane);
    auto *goal = new QGroupBox(tr("Objective and constraints"), m_settingsPane);
    auto *form = new QFormLayout(goal);
    m_objective = new QComboBox(goal);
    m_objective->addItem(tr("Highest NPV"));
    m_objective->addItem(tr("Shortest payback"));
    form->addRow(tr("Objective"), m_objective);
    m_priceRule = new QComboBox(goal);
    m_priceRule->addItem(tr("Follows useful performance"));
    m_priceRule->addItem(tr("The same for every card"));
    m_priceRule->setToolTip(tr("How the list price per card-hour follows the configuration. "
                               "By default the scenario's price per useful PFLOP-hour is kept: "
                               "a card that delivers twice the useful compute rents at twice "
                               "the price."));
    form->addRow(tr("List price"), m_priceRule);
    const auto constraint = [&](QCheckBox *&check, QDoubleSpinBox *&box, const QString &label,
                                QDoubleSpinBox *made) {
        check = new QCheckBox(label, goal);
        box = made;
        connect(check, &QCheckBox::toggled, box, &QWidget::setEnabled);
        form->addRow(check, box);
    };
    constraint(m_useBudget, m_budget, tr("Budget at most"),
               spin(goal, 1, 1e7, 0, std::ceil(m_baseCapex / 1e6), tr(" million CNY")));
    const double grid = scenario.site.gridCapacityKw > 0 ? scenario.site.gridCapacityKw / 1000.0
                                                         : std::ceil(base.sizing.facilityPowerKw / 1000.0);
    constraint(m_useGrid, m_grid, tr("Facility power at most"), spin(goal, 0.1, 1e5, 1, grid, tr(" MW")));
    constraint(m_usePflops, m_pflops, tr("Effective compute at least"),
               spin(goal, 0, 1e6, 1, std::floor(base.performance.effectivePflops), tr(" PFLOPS")));
    constraint(m_useDeadline, m_deadline, tr("Training job done within"),
               spin(goal, 1, 1e5, 0, std::max(1.0, scenario.training.targetDays), tr(" days")));
    settingsLayout->addWidget(goal);

    auto *search = new QGroupBox(tr("What to try"), m_settingsPane);
    auto *searchForm = new QFormLayout(search);
    std::vector<std::pair<std::string, QString>> cards, fabrics, sites;
    for (const Card &c : catalog.cards)
        if (catalog.server(c.standardServer))
            cards.emplace_back(c.id, FieldLabels::recordName(c));
    for (const Fabric &f : catalog.fabrics)
        fabrics.emplace_back(f.id, FieldLabels::recordName(f));
    for (const Site &s : catalog.sites)
        sites.emplace_back(s.id, FieldLabels::recordName(s));
    m_cards = checkList(cards, space.cards);
    m_fabrics = checkList(fabrics, space.fabrics);
    m_sites = checkList(sites, space.sites);
    searchForm->addRow(tr("Cards"), m_cards);
    m_counts = new QLineEdit(search);
    QStringList counts;
    for (int n : space.cardCounts)
        counts << QString::number(n);
    m_counts->setText(counts.join(QStringLiteral(", ")));
    m_counts->setToolTip(tr("Card counts to try, separated by commas."));
    searchForm->addRow(tr("Card counts"), m_counts);
    searchForm->addRow(tr("Fabrics"), m_fabrics);
    m_oversubscriptions = new QLineEdit(QStringLiteral("1, 2, 3"), search);
    m_oversubscriptions->setToolTip(tr("Leaf oversubscriptions (down:up) to try, from 1 "
                                       "(non-blocking), separated by commas."));
    searchForm->addRow(tr("Oversubscriptions"), m_oversubscriptions);
    searchForm->addRow(tr("Sites"), m_sites);
    m_spaceSize = new QLabel(search);
    m_spaceSize->setWordWrap(true);
    searchForm->addRow(m_spaceSize);
    settingsLayout->addWidget(search);
    settingsLayout->addStretch();
    for (QListWidget *l : {m_cards, m_fabrics, m_sites})
        connect(l, &QListWidget::itemChanged, this, &OptimizerDialog::updateSpaceSize);
    for (QLineEdit *e : {m_counts, m_oversubscriptions})
        connect(e, &QLineEdit::textChanged, this, &OptimizerDialog::updateSpaceSize);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_settingsPane);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_settingsPane->sizeHint().width() + 24);

    // ---- results (right): the Pareto chart over the table of the best configurations
    m_chart = new ParetoChart(this);
    m_table = new QTableWidget(0, 10);
    m_table->setHorizontalHeaderLabels({tr("Card"), tr("Cards"), tr("Fabric"), tr("Oversubscription"),
                                        tr("Site"), tr("Capex"), tr("NPV"), tr("Payback"),
                                        tr("List price"), tr("Feasible")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { choose(row); });
    auto *results = new QSplitter(Qt::Vertical);
    QWidget *chartWidget = m_chart->widget();
    chartWidget->setMinimumHeight(220);
    results->addWidget(chartWidget);
    results->addWidget(m_table);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(scroll);
    split->addWidget(results);
    split->setStretchFactor(1, 1);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Run"), QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    m_apply = buttons->addButton(tr("Add as Scenario"), QDialogButtonBox::ActionRole);
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Adds the chosen configuration to the project as a new scenario "
                           "(one step to undo)."));
    connect(m_run, &QPushButton::clicked, this, &OptimizerDialog::start);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (!m_result || row < 0 || row >= int(m_result->ranked.size()))
            return;
        const decisions::Configuration &c = m_result->ranked[std::size_t(row)];
        Scenario s = decisions::applyConfiguration(m_scenario, m_catalog, c, m_runRule);
        const QString name = tr("%1 × %2, %3 (optimized)")
                                 .arg(recordLabel(m_catalog.card(c.card), c.card),
                                      Format::integer(c.cards),
                                      recordLabel(m_catalog.site(c.site), c.site));
        s.name = name.toStdString();
        Q_EMIT applyRequested(s, name);
        m_status->setText(tr("Added \"%1\" to the project.").arg(name));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &OptimizerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this,
            [this] { m_progress->setValue(int(m_done.load())); });
    updateSpaceSize();
    m_chart->setOptimization({}, m_baseCapex, m_baseNpv);
    m_chart->setResult(m_scenario, base);

    // Fits the screen it opens on (1366×768 included).
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(1280, available.width() - 40), std::min(820, available.height() - 60));
}

OptimizerDialog::~OptimizerDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

QListWidget *OptimizerDialog::checkList(const std::vector<std::pair<std::string, QString>> &items,
                                        const std::vector<std::string> &checked)
{
    auto *list = new QListWidget;
    for (const auto &[id, label] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(kIdRole, QString::fromStdString(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool on = std::find(checked.begin(), checked.end(), id) != checked.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(list->fontMetrics().height() * 7);
    return list;
}

std::optional<decisions::OptimizerSettings> OptimizerDialog::settings(QString *why) const
{
    decisions::OptimizerSettings s;
    s.space.cards = checkedIds(m_cards);
    s.space.fabrics = checkedIds(m_fabrics);
    s.space.sites = checkedIds(m_sites);
    const auto counts = numberList<int>(m_counts->text(), 1, 1000000);
    const auto ratios = numberList<double>(m_oversubscriptions->text(), 1, 64);
    if (s.space.cards.empty()) {
        *why = tr("Choose at least one card.");
        return std::nullopt;
    }
    if (!counts) {
        *why = tr("Card counts: whole numbers from 1 to 1,000,000, separated by commas.");
        return std::nullopt;
    }
    if (s.space.fabrics.empty()) {
        *why = tr("Choose at least one fabric.");
        return std::nullopt;
    }
    if (!ratios) {
        *why = tr("Oversubscriptions: numbers from 1 to 64, separated by commas.");
        return std::nullopt;
    }
    if (s.space.sites.empty()) {
        *why = tr("Choose at least one site.");
        return std::nullopt;
    }
    s.space.cardCounts = *counts;
    s.space.oversubscriptions = *ratios;
    s.objective = m_objective->currentIndex() == 1 ? decisions::Objective::MinPayback
                                                   : decisions::Objective::MaxNpv;
    s.priceRule = m_priceRule->currentIndex() == 1 ? decisions::PriceRule::SameForAllCards
                                                   : decisions::PriceRule::PerEffectivePflop;
    if (m_useBudget->isChecked())
        s.constraints.budgetCny = m_budget->value() * 1e6;
    if (m_useGrid->isChecked())
        s.constraints.gridKw = m_grid->value() * 1000.0;
    if (m_usePflops->isChecked())
        s.constraints.minEffectivePflops = m_pflops->value();
    if (m_useDeadline->isChecked())
        s.constraints.trainingDeadlineDays = m_deadline->value();
    s.keep = 50;
    return s;
}

void OptimizerDialog::updateSpaceSize()
{
    QString why;
    const auto s = settings(&why);
    m_run->setEnabled(s.has_value() && !m_thread);
    if (!s) {
        m_spaceSize->setText(why);
        return;
    }
    m_spaceSize->setText(tr("%1 configurations to evaluate.").arg(Format::integer(double(s->space.size()))));
}

void OptimizerDialog::setRunning(bool running)
{
    m_settingsPane->setEnabled(!running);
    m_run->setEnabled(!running);
    m_apply->setEnabled(!running && m_result && m_table->currentRow() >= 0);
    m_progress->setVisible(running);
}

void OptimizerDialog::start()
{
    QString why;
    const auto s = settings(&why);
    if (!s) {
        m_status->setText(why);
        return;
    }
    m_cancel = false;
    m_done = 0;
    m_runRule = s->priceRule;
    m_progress->setRange(0, int(std::min<std::size_t>(s->space.size(), 2147483647)));
    m_progress->setValue(0);
    setRunning(true);
    m_status->setText(tr("Evaluating…"));
    const decisions::OptimizerSettings settings = *s;
    m_thread = QThread::create([this, settings] {
        m_running = decisions::optimize(m_scenario, m_catalog, settings, &m_cancel, &m_done);
    });
    connect(m_thread, &QThread::finished, this, &OptimizerDialog::finish);
    m_progressTimer->start();
    m_thread->start();
}

void OptimizerDialog::finish()
{
    m_progressTimer->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_cancel || m_running.cancelled) {
        setRunning(false);
        m_status->setText(tr("Cancelled: nothing was kept."));
        return;
    }
    m_result = std::move(m_running);
    setRunning(false);
    showResult();
    Q_EMIT finished();
}

void OptimizerDialog::showResult()
{
    const decisions::OptimizerResult &r = *m_result;
    m_table->setRowCount(0);
    m_table->setRowCount(int(r.ranked.size()));
    for (int row = 0; row < int(r.ranked.size()); ++row) {
        const decisions::Configuration &c = r.ranked[std::size_t(row)];
        QStringList why;
        for (decisions::Breach b : c.breaches) {
            switch (b) {
            case decisions::Breach::Budget: why << tr("over budget"); break;
            case decisions::Breach::Grid: why << tr("needs more power"); break;
            case decisions::Breach::EffectivePflops: why << tr("too little compute"); break;
            case decisions::Breach::TrainingDeadline: why << tr("misses the training deadline"); break;
            case decisions::Breach::Invalid:
                why << tr("not a valid scenario (%1)").arg(FieldLabels::label(c.invalidKey));
                break;
            }
        }
        for (WarningCode w : c.hardLimits)
            why << Messages::warningTitle(w);
        const bool valid = c.invalidKey.empty();
        const QString cells[] = {
            recordLabel(m_catalog.card(c.card), c.card),
            Format::integer(c.cards),
            recordLabel(m_catalog.fabric(c.fabric), c.fabric),
            Format::significant(c.oversubscription),
            recordLabel(m_catalog.site(c.site), c.site),
            valid ? Format::money(c.capexCny) : Format::undefined(),
            valid ? Format::money(c.npvCny) : Format::undefined(),
            valid ? Format::months(c.paybackMonths) : Format::undefined(),
            tr("%1 CNY/card-h").arg(Format::significant(c.listPriceCnyPerCardHour)),
            c.feasible ? tr("Yes") : tr("No: %1").arg(why.join(tr(", "))),
        };
        for (int col = 0; col < 10; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 1 || col == 3 || (col >= 5 && col <= 8))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%1 configurations evaluated, %2 feasible; the best %3 are listed.")
                          .arg(Format::integer(double(r.evaluated)), Format::integer(double(r.feasible)),
                               Format::integer(double(r.ranked.size())))
                      + (r.feasible == 0 ? QLatin1Char(' ') + tr("No configuration meets the constraints: relax one and run again.")
                                         : QString()));
    m_chart->setOptimization(r, m_baseCapex, m_baseNpv);
    if (!r.ranked.empty())
        m_table->selectRow(0);
    choose(r.ranked.empty() ? -1 : 0);
}

void OptimizerDialog::choose(int row)
{
    std::optional<decisions::Configuration> chosen;
    if (m_result && row >= 0 && row < int(m_result->ranked.size()))
        chosen = m_result->ranked[std::size_t(row)];
    m_apply->setEnabled(chosen.has_value() && chosen->invalidKey.empty() && !m_thread);
    m_chart->setChosen(chosen);
    const Result base = m_chart->result();
    m_chart->setResult(m_scenario, base);
}

void OptimizerDialog::reject()
{
    if (m_thread) { // stop the search; finish() reports it
        m_cancel = true;
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace ccp
