// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskdialog.h"

#include "fieldlabels.h"
#include "format.h"
#include "messages.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace ccp {

RiskDialog::RiskDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_catalog(catalog),
      m_inputs(decisions::defaultUncertainty(scenario, catalog))
{
    setWindowTitle(tr("Monte Carlo: %1").arg(QString::fromStdString(scenario.name)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_draws = new QSpinBox(this);
    m_draws->setRange(100, 1000000);
    m_draws->setSingleStep(1000);
    m_draws->setValue(10000);
    m_draws->setGroupSeparatorShown(true);
    form->addRow(tr("Draws"), m_draws);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same results."));
    form->addRow(tr("Seed"), m_seed);
    m_correlation = new QDoubleSpinBox(this);
    m_correlation->setRange(-1, 1);
    m_correlation->setSingleStep(0.1);
    m_correlation->setDecimals(2);
    m_correlation->setToolTip(tr("Rank correlation of the average utilization and the list price "
                                 "(positive: when demand is weak, prices are weak too)."));
    form->addRow(tr("Correlation of utilization and price"), m_correlation);
    m_target = new QDoubleSpinBox(this);
    m_target->setRange(0.5, 15);
    m_target->setDecimals(1);
    m_target->setValue(5);
    m_target->setSuffix(tr(" years"));
    form->addRow(tr("Payback target"), m_target);
    layout->addLayout(form);

    QString inputs = tr("Uncertain inputs (minimum / most likely / maximum):") + QStringLiteral("<ul>");
    for (const decisions::UncertainInput &u : m_inputs) {
        const decisions::Distribution &d = u.distribution;
        inputs += QStringLiteral("<li>%1: %2 %3 / %4 / %5</li>")
                      .arg(FieldLabels::label(decisions::leverInfo(u.lever).key),
                           Messages::distributionName(d.kind), FieldLabels::formatValue(decisions::leverInfo(u.lever).key, d.a),
                           FieldLabels::formatValue(decisions::leverInfo(u.lever).key, d.b), FieldLabels::formatValue(decisions::leverInfo(u.lever).key, d.c));
    }
    inputs += QStringLiteral("</ul>");
    auto *list = new QLabel(inputs, this);
    list->setWordWrap(true);
    layout->addWidget(list);

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
}

RiskDialog::~RiskDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void RiskDialog::start()
{
    decisions::RiskSettings settings;
    settings.inputs = m_inputs;
    settings.draws = m_draws->value();
    settings.seed = std::uint64_t(m_seed->value());
    settings.utilizationPriceCorrelation = m_correlation->value();
    settings.targetPaybackMonths = m_target->value() * 12.0;
    m_cancel = false;
    m_done = 0;
    m_progress->setRange(0, m_draws->value());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_run->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_draws), static_cast<QWidget *>(m_seed),
                       static_cast<QWidget *>(m_correlation), static_cast<QWidget *>(m_target)})
        w->setEnabled(false);
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
