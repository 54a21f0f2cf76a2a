// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskdialog.h"

#include "fieldlabels.h"
#include "format.h"
#include "leverdisplay.h"
#include "messages.h"
#include "riskinputs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace ccp {

namespace {

using decisions::DistributionKind;
using decisions::LeverId;

enum Column { LeverColumn, KindColumn, MinColumn, ModeColumn, MaxColumn, SpreadColumn, ColumnCount };

constexpr double kUnbounded = 1e12;

const DistributionKind kKinds[] = {DistributionKind::Triangular, DistributionKind::Pert,
                                   DistributionKind::Uniform, DistributionKind::Normal,
                                   DistributionKind::Lognormal};

QDoubleSpinBox *cellSpin(QTableWidget *table, int row, int column)
{
    return qobject_cast<QDoubleSpinBox *>(table->cellWidget(row, column));
}

QComboBox *cellCombo(QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

RiskDialog::RiskDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_catalog(catalog),
      m_customInputs(!scenario.risk.inputs.empty())
{
    setWindowTitle(tr("Monte Carlo: %1").arg(FieldLabels::scenarioName(scenario)));
    const decisions::RiskSettings stored = decisions::riskSettingsOf(scenario, catalog);
    auto *layout = new QVBoxLayout(this);
    m_form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_draws = new QSpinBox(m_form);
    m_draws->setRange(100, 10000000);
    m_draws->setSingleStep(1000);
    m_draws->setValue(int(std::clamp(stored.draws, 100L, 10000000L)));
    m_draws->setGroupSeparatorShown(true);
    form->addRow(tr("Draws"), m_draws);
    m_seed = new QSpinBox(m_form);
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(int(std::min<std::uint64_t>(stored.seed, 2147483647)));
    m_seed->setToolTip(tr("The same seed gives the same results."));
    form->addRow(tr("Seed"), m_seed);
    m_correlation = new QDoubleSpinBox(m_form);
    m_correlation->setRange(-1, 1);
    m_correlation->setSingleStep(0.1);
    m_correlation->setDecimals(2);
    m_correlation->setValue(stored.utilizationPriceCorrelation);
    m_correlation->setToolTip(tr("Rank correlation of the average utilization and the list price "
                                 "(positive: when demand is weak, prices are weak too)."));
    form->addRow(tr("Correlation of utilization and price"), m_correlation);
    m_target = new QDoubleSpinBox(m_form);
    m_target->setRange(0, 100);
    m_target->setDecimals(1);
    m_target->setSpecialValueText(tr("none"));
    m_target->setValue(stored.targetPaybackMonths.value_or(0) / 12.0);
    m_target->setSuffix(tr(" years"));
    form->addRow(tr("Payback target"), m_target);
    formLayout->addLayout(form);

    auto *tableTitle = new QLabel(tr("Uncertain inputs: each is drawn from its distribution; "
                                     "the others keep the scenario's values."), m_form);
    tableTitle->setWordWrap(true);
    formLayout->addWidget(tableTitle);
    m_inputs = new QTableWidget(0, ColumnCount, m_form);
    m_inputs->setHorizontalHeaderLabels({tr("Input"), tr("Distribution"), tr("Minimum"),
                                         tr("Most likely (mean, median)"), tr("Maximum"),
                                         tr("Spread (σ)")});
    m_inputs->horizontalHeaderItem(SpreadColumn)
        ->setToolTip(tr("Standard deviation of a normal distribution, in the input's unit; σ of "
                        "the logarithm of a lognormal one."));
    m_inputs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // In a wide window the table fills it, not a grey field beside the last column.
    m_inputs->horizontalHeader()->setStretchLastSection(true);
    m_inputs->verticalHeader()->setVisible(false);
    m_inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inputs->setSelectionMode(QAbstractItemView::SingleSelection);
    formLayout->addWidget(m_inputs, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Input"), m_form);
    auto *remove = new QPushButton(tr("Remove Input"), m_form);
    auto *reset = new QPushButton(tr("Default Spreads"), m_form);
    reset->setToolTip(tr("The default distributions around the scenario's own values "
                         "(see the methodology)."));
    connect(add, &QPushButton::clicked, this, &RiskDialog::addInput);
    connect(remove, &QPushButton::clicked, this, [this] { removeInput(m_inputs->currentRow()); });
    connect(reset, &QPushButton::clicked, this, &RiskDialog::resetToDefaults);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(reset);
    formLayout->addLayout(rowButtons);
    m_rowProblem = new QLabel(m_form);
    m_rowProblem->setWordWrap(true);
    QPalette warn = m_rowProblem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_rowProblem->setPalette(warn);
    formLayout->addWidget(m_rowProblem);
    layout->addWidget(m_form, 1);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &RiskDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &RiskDialog::reject);
    layout->addWidget(buttons);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this,
            [this] { m_progress->setValue(int(m_done.load())); });

    m_filling = true;
    for (const decisions::UncertainInput &in : stored.inputs) {
        m_inputs->insertRow(m_inputs->rowCount());
        fillRow(m_inputs->rowCount() - 1, in);
    }
    m_filling = false;
    validateRows();
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(1120, available.width() - 40), std::min(640, available.height() - 60));
}

RiskDialog::~RiskDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void RiskDialog::fillRow(int row, const decisions::UncertainInput &input)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    auto *lever = new QComboBox;
    for (const decisions::LeverInfo &l : decisions::levers())
        lever->addItem(FieldLabels::label(l.key), int(l.id));
    lever->setCurrentIndex(lever->findData(int(input.lever)));
    auto *kind = new QComboBox;
    for (DistributionKind k : kKinds)
        kind->addItem(Messages::distributionName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(input.distribution.kind)));
    m_inputs->setCellWidget(row, LeverColumn, lever);
    m_inputs->setCellWidget(row, KindColumn, kind);

    const decisions::LeverInfo &info = decisions::leverInfo(input.lever);
    const double scale = LeverDisplay::scale(input.lever);
    const QString unit = LeverDisplay::unit(input.lever);
    const double lo = std::isfinite(info.min) ? info.min * scale : -kUnbounded;
    const double hi = std::isfinite(info.max) ? info.max * scale : kUnbounded;
    const decisions::Distribution &d = input.distribution;
    const double values[] = {d.a, d.b, d.c};
    for (int c = MinColumn; c <= MaxColumn; ++c) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(lo, hi);
        spin->setDecimals(LeverDisplay::decimals(input.lever));
        spin->setGroupSeparatorShown(true);
        if (!unit.isEmpty())
            spin->setSuffix(QLatin1Char(' ') + unit);
        const double v = values[c - MinColumn];
        spin->setValue(std::isfinite(v) ? v * scale : (c == MinColumn ? lo : hi));
        m_inputs->setCellWidget(row, c, spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { inputsEdited(); });
    }
    auto *spread = new QDoubleSpinBox;
    const bool log = d.kind == DistributionKind::Lognormal;
    spread->setRange(0, log ? 5 : hi - lo);
    spread->setDecimals(log ? 3 : LeverDisplay::decimals(input.lever));
    if (!log && !unit.isEmpty())
        spread->setSuffix(QLatin1Char(' ') + unit);
    spread->setValue(log ? d.spread : d.spread * scale);
    m_inputs->setCellWidget(row, SpreadColumn, spread);
    connect(spread, &QDoubleSpinBox::valueChanged, this, [this] { inputsEdited(); });
    const bool usesMode = d.kind != DistributionKind::Uniform;
    const bool usesSpread = d.kind == DistributionKind::Normal || log;
    cellSpin(m_inputs, row, ModeColumn)->setEnabled(usesMode);
    spread->setEnabled(usesSpread);

    // Another lever: a triangular ±20% around the scenario's value. Another kind: the same
    // bounds and most likely value, a spread of a sixth of the range.
    connect(lever, &QComboBox::currentIndexChanged, this, [this, lever] {
        if (m_filling)
            return;
        const int r = m_inputs->indexAt(lever->pos()).row();
        const auto id = LeverId(lever->currentData().toInt());
        const decisions::Workbench bench(m_scenario, m_catalog);
        const decisions::LeverInfo &l = decisions::leverInfo(id);
        const double v = bench.value(id);
        const double a = std::max(l.min, std::min(0.8 * v, 1.2 * v));
        const double c = std::min(l.max, std::max(0.8 * v, 1.2 * v));
        fillRow(r, {id, decisions::Distribution::triangular(a, v, c)});
        inputsEdited();
    });
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        if (m_filling)
            return;
        const int r = m_inputs->indexAt(kind->pos()).row();
        const auto id = LeverId(cellCombo(m_inputs, r, LeverColumn)->currentData().toInt());
        const double s = LeverDisplay::scale(id);
        const double a = cellSpin(m_inputs, r, MinColumn)->value() / s;
        const double b = cellSpin(m_inputs, r, ModeColumn)->value() / s;
        const double c = cellSpin(m_inputs, r, MaxColumn)->value() / s;
        decisions::Distribution d;
        d.kind = DistributionKind(kind->currentData().toInt());
        d.a = a;
        d.b = d.kind == DistributionKind::Lognormal ? std::max(b, 1e-9) : b;
        d.c = c;
        d.spread = d.kind == DistributionKind::Lognormal
                       ? 0.2
                       : (std::isfinite(c - a) ? (c - a) / 6.0 : std::abs(b) * 0.1);
        fillRow(r, {id, d});
        inputsEdited();
    });
    m_filling = wasFilling;
}

std::optional<decisions::UncertainInput> RiskDialog::rowInput(int row, QString *why) const
{
    const auto id = LeverId(cellCombo(m_inputs, row, LeverColumn)->currentData().toInt());
    const double s = LeverDisplay::scale(id);
    decisions::Distribution d;
    d.kind = DistributionKind(cellCombo(m_inputs, row, KindColumn)->currentData().toInt());
    d.a = cellSpin(m_inputs, row, MinColumn)->value() / s;
    d.b = cellSpin(m_inputs, row, ModeColumn)->value() / s;
    d.c = cellSpin(m_inputs, row, MaxColumn)->value() / s;
    const double spread = cellSpin(m_inputs, row, SpreadColumn)->value();
    d.spread = d.kind == DistributionKind::Lognormal ? spread : spread / s;
    if (d.kind == DistributionKind::Uniform)
        d.b = 0.5 * (d.a + d.c);
    if (const auto problem = decisions::checkDistribution(d)) {
        *why = tr("%1: %2").arg(FieldLabels::label(decisions::leverInfo(id).key),
                                Messages::distributionProblem(*problem));
        return std::nullopt;
    }
    return decisions::UncertainInput{id, d};
}

std::optional<decisions::RiskSettings> RiskDialog::settings(QString *why) const
{
    decisions::RiskSettings s;
    std::set<int> seen;
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        const auto input = rowInput(row, why);
        if (!input)
            return std::nullopt;
        if (!seen.insert(int(input->lever)).second) {
            *why = tr("%1 is listed twice: remove one of the rows.")
                       .arg(FieldLabels::label(decisions::leverInfo(input->lever).key));
            return std::nullopt;
        }
        s.inputs.push_back(*input);
    }
    s.draws = m_draws->value();
    s.seed = std::uint64_t(m_seed->value());
    s.utilizationPriceCorrelation = m_correlation->value();
    if (m_target->value() > 0)
        s.targetPaybackMonths = m_target->value() * 12.0;
    return s;
}

RiskInputs RiskDialog::riskInputs() const
{
    QString why;
    const auto s = settings(&why);
    if (!s)
        return m_scenario.risk;
    RiskInputs stored = decisions::storedRiskInputs(*s);
    if (!m_customInputs)
        stored.inputs.clear();
    return stored;
}

void RiskDialog::validateRows()
{
    QString why;
    const bool ok = settings(&why).has_value();
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        QString rowWhy;
        const bool rowOk = rowInput(row, &rowWhy).has_value();
        for (int c = MinColumn; c < ColumnCount; ++c) {
            QWidget *w = m_inputs->cellWidget(row, c);
            w->setStyleSheet(rowOk ? QString() : QStringLiteral("QDoubleSpinBox { border: 1px solid #b01c1c; }"));
            w->setToolTip(rowWhy);
        }
    }
    m_rowProblem->setText(ok ? QString() : why);
    m_run->setEnabled(ok && !m_thread);
}

void RiskDialog::inputsEdited()
{
    if (m_filling)
        return;
    m_customInputs = true;
    validateRows();
}

void RiskDialog::addInput()
{
    std::set<int> used;
    for (int row = 0; row < m_inputs->rowCount(); ++row)
        used.insert(cellCombo(m_inputs, row, LeverColumn)->currentData().toInt());
    for (const decisions::LeverInfo &l : decisions::levers()) {
        if (used.count(int(l.id)))
            continue;
        const decisions::Workbench bench(m_scenario, m_catalog);
        const double v = bench.value(l.id);
        const double a = std::max(l.min, std::min(0.8 * v, 1.2 * v));
        const double c = std::min(l.max, std::max(0.8 * v, 1.2 * v));
        const int row = m_inputs->rowCount();
        m_inputs->insertRow(row);
        fillRow(row, {l.id, decisions::Distribution::triangular(a, v, c)});
        m_inputs->setCurrentCell(row, LeverColumn);
        inputsEdited();
        return;
    }
}

void RiskDialog::removeInput(int row)
{
    if (row < 0 || row >= m_inputs->rowCount())
        return;
    m_inputs->removeRow(row);
    inputsEdited();
}

void RiskDialog::resetToDefaults()
{
    m_filling = true;
    m_inputs->setRowCount(0);
    for (const decisions::UncertainInput &in : decisions::defaultUncertainty(m_scenario, m_catalog)) {
        m_inputs->insertRow(m_inputs->rowCount());
        fillRow(m_inputs->rowCount() - 1, in);
    }
    m_filling = false;
    m_customInputs = false;
    validateRows();
}

void RiskDialog::setInput(int row, const decisions::UncertainInput &input)
{
    if (row == m_inputs->rowCount())
        m_inputs->insertRow(row);
    fillRow(row, input);
    inputsEdited();
}

void RiskDialog::start()
{
    QString why;
    const auto s = settings(&why);
    if (!s) {
        m_status->setText(why);
        return;
    }
    decisions::RiskSettings settings = *s;
    m_cancel = false;
    m_done = 0;
    m_progress->setRange(0, m_draws->value());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_run->setEnabled(false);
    m_form->setEnabled(false);
    m_status->setText(tr("Drawing…"));
    m_thread = QThread::create([this, settings] {
        m_running = decisions::runRisk(m_scenario, m_catalog, settings, &m_cancel, &m_done);
    });
    connect(m_thread, &QThread::finished, this, &RiskDialog::finish);
    m_progressTimer->start();
    m_thread->start();
}

void RiskDialog::finish()
{
    m_progressTimer->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_cancel || m_running.cancelled) {
        QDialog::reject();
        return;
    }
    m_result = std::move(m_running);
    accept();
}

void RiskDialog::reject()
{
    if (m_thread) { // stop the draws; finish() closes the dialog
        m_cancel = true;
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace ccp
