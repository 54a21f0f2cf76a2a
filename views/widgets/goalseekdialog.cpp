// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalseekdialog.h"

#include "fieldlabels.h"
#include "format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccp {

using decisions::LeverId;
using decisions::TargetFigure;

GoalSeekDialog::GoalSeekDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_catalog(catalog)
{
    setWindowTitle(tr("Goal Seek: %1").arg(FieldLabels::scenarioName(scenario)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_lever = new QComboBox(this);
    for (LeverId id : {LeverId::ListPrice, LeverId::AverageUtilization, LeverId::PowerPrice,
                       LeverId::CapexOverrun, LeverId::PriceDecline, LeverId::Pue,
                       LeverId::ServerPrice, LeverId::CardPrice})
        m_lever->addItem(FieldLabels::label(decisions::leverInfo(id).key), int(id));
    form->addRow(tr("Find the"), m_lever);
    m_figure = new QComboBox(this);
    m_figure->addItem(tr("that pays back within"), int(TargetFigure::PaybackMonths));
    m_figure->addItem(tr("that makes the NPV"), int(TargetFigure::Npv));
    m_figure->addItem(tr("that makes the IRR"), int(TargetFigure::Irr));
    form->addRow(tr("Target"), m_figure);
    m_target = new QDoubleSpinBox(this);
    form->addRow(QString(), m_target);
    layout->addLayout(form);
    m_answer = new QLabel(this);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::PlainText);
    m_answer->setMinimumHeight(m_answer->fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_answer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *solveButton = buttons->addButton(tr("Solve"), QDialogButtonBox::ActionRole);
    solveButton->setDefault(true);
    m_apply = buttons->addButton(tr("Apply to the Scenario"), QDialogButtonBox::ApplyRole);
    m_apply->setEnabled(false);
    connect(solveButton, &QPushButton::clicked, this, &GoalSeekDialog::solve);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_value)
            Q_EMIT applyRequested(LeverId(m_lever->currentData().toInt()), *m_value);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_figure, &QComboBox::currentIndexChanged, this, &GoalSeekDialog::updateTargetEditor);
    connect(m_lever, &QComboBox::currentIndexChanged, this, [this] {
        m_value.reset();
        m_apply->setEnabled(false);
        m_answer->clear();
    });
    updateTargetEditor();
}

void GoalSeekDialog::updateTargetEditor()
{
    m_value.reset();
    m_apply->setEnabled(false);
    m_answer->clear();
    switch (TargetFigure(m_figure->currentData().toInt())) {
    case TargetFigure::PaybackMonths:
        m_target->setRange(0.1, 30);
        m_target->setDecimals(1);
        m_target->setSuffix(tr(" years"));
        m_target->setValue(5);
        break;
    case TargetFigure::Npv:
        m_target->setRange(-1e6, 1e6);
        m_target->setDecimals(1);
        m_target->setSuffix(tr(" million CNY"));
        m_target->setValue(0);
        break;
    case TargetFigure::Irr:
        m_target->setRange(-99, 1000);
        m_target->setDecimals(1);
        m_target->setSuffix(QStringLiteral(" %"));
        m_target->setValue(10);
        break;
    }
}

void GoalSeekDialog::solve()
{
    const LeverId lever = LeverId(m_lever->currentData().toInt());
    const TargetFigure figure = TargetFigure(m_figure->currentData().toInt());
    double target = m_target->value();
    if (figure == TargetFigure::PaybackMonths)
        target *= 12.0;
    else if (figure == TargetFigure::Npv)
        target *= 1e6;
    else
        target /= 100.0;
    const decisions::GoalSeekResult r = decisions::goalSeek(m_scenario, m_catalog, lever, {figure, target});
    const std::string_view key = decisions::leverInfo(lever).key;
    const QString name = FieldLabels::label(key);
    m_value = r.value;
    m_apply->setEnabled(r.value && lever != LeverId::CardPrice && lever != LeverId::ServerPrice);
    if (!r.value) {
        m_answer->setText(tr("No %1 from %2 to %3 reaches the target: at every value in that "
                             "range the scenario stays on the wrong side of it.")
                              .arg(name, FieldLabels::formatValue(key, r.rangeMin),
                                   FieldLabels::formatValue(key, r.rangeMax)));
        return;
    }
    QString text = tr("%1 = %2 reaches the target. There: NPV %3, IRR %4, payback %5.")
                       .arg(name, FieldLabels::formatValue(key, *r.value),
                            Format::money(r.achieved.npv.cnyValue()), Format::percent(r.achieved.irr),
                            Format::years(r.achieved.paybackMonths));
    if (lever == LeverId::CardPrice || lever == LeverId::ServerPrice)
        text += QLatin1Char('\n') + tr("A catalog price is not an input of the scenario: it cannot be applied here.");
    m_answer->setText(text);
}

} // namespace ccp
