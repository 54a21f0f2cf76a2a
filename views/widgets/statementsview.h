// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The feasibility study's six yearly statements (项目投资现金流量表 … 资产负债表) as a table: a
// selector for the statement, line items as rows, years as columns, amounts in ten thousand
// CNY. Shows the StatementsModel it is given; does no I/O and evaluates nothing.

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ccp {

class StatementsModel;

class StatementsView : public QWidget
{
    Q_OBJECT
public:
    explicit StatementsView(StatementsModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    StatementsModel *m_model;
    QLabel *m_label = nullptr;
    QComboBox *m_selector = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace ccp
