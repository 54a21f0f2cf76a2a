// SPDX-License-Identifier: GPL-3.0-or-later
#include "inferenceview.h"

#include "reportformat.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ccp {

InferenceView::InferenceView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_deployment = new QGroupBox(this);
    m_deploymentForm = new QFormLayout(m_deployment);
    m_economics = new QGroupBox(this);
    m_economicsForm = new QFormLayout(m_economics);
    for (QFormLayout *form : {m_deploymentForm, m_economicsForm}) {
        form->setLabelAlignment(Qt::AlignRight);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setVerticalSpacing(2);
    }
    layout->addWidget(m_deployment);
    layout->addWidget(m_economics);
    layout->addStretch();
    rebuild();
}

void InferenceView::setResult(const Scenario &scenario, const Result &result)
{
    m_scenario = scenario;
    m_result = result;
    m_hasResult = true;
    rebuild();
}

void InferenceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void InferenceView::fill(QFormLayout *form, std::vector<QLabel *> &labels,
                         std::vector<QLabel *> &values, const std::vector<FigureRow> &rows,
                         QWidget *parent)
{
    // The rows are the same on every call: created once, then only their texts change.
    while (labels.size() < rows.size()) {
        auto *label = new QLabel(parent);
        auto *value = new QLabel(parent);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        labels.push_back(label);
        values.push_back(value);
        form->addRow(label, value);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const FigureRow &r = rows[i];
        labels[i]->setText(tr("%1:").arg(r.label));
        const bool withUnit = !r.unit.isEmpty() && r.number.has_value();
        values[i]->setText(withUnit ? tr("%1 %2").arg(r.value, r.unit) : r.value);
        values[i]->setToolTip(r.note);
        values[i]->setObjectName(QLatin1String(r.key));
    }
}

void InferenceView::rebuild()
{
    m_deployment->setTitle(tr("Deployment (results)"));
    m_economics->setTitle(tr("Selling tokens (MaaS)"));
    fill(m_deploymentForm, m_labels[0], m_values[0],
         ReportFormat::inferenceFigures(m_scenario, m_result), m_deployment);
    fill(m_economicsForm, m_labels[1], m_values[1], ReportFormat::maasFigures(m_scenario, m_result),
         m_economics);
}

} // namespace ccp
