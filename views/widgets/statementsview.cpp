// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementsview.h"

#include "statementsmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ccp {

StatementsView::StatementsView(StatementsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_label = new QLabel(this);
    m_selector = new QComboBox(this);
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_selector);
    bar->addWidget(m_label);
    bar->addWidget(m_selector);
    bar->addStretch();
    layout->addLayout(bar);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    retranslate();
    connect(m_selector, &QComboBox::currentIndexChanged, m_model, &StatementsModel::setStatement);
}

void StatementsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatementsView::retranslate()
{
    m_label->setText(tr("&Statement:"));
    const QSignalBlocker block(m_selector);
    const int current = m_model->statement();
    m_selector->clear();
    for (int i = 0; i < StatementsModel::statementCount(); ++i)
        m_selector->addItem(StatementsModel::statementTitle(i));
    m_selector->setCurrentIndex(current);
}

} // namespace ccp
