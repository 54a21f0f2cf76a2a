// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One of the six yearly statements of the current scenario's result (Result::statements),
// read-only, laid out as a feasibility study prints it: line items as rows, years as columns.
// Column 0 is the line item's name (indented by its level; totals bold), column y + 1 year y.
// DisplayRole shows money in million CNY (百万元, the unit in the first header, as in the
// cash-flow table); EditRole and Qt::UserRole give raw CNY; Qt::UserRole on column 0 the line
// item's key ("revenue_cny").

#include "result.h"
#include "scenariotablemodel.h"

namespace ccp {

class StatementsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    explicit StatementsModel(Project *project, QObject *parent = nullptr);

    static int statementCount(); // 6
    static QString statementTitle(int statement);
    int statement() const { return m_statement; }
    void setStatement(int statement); // 0 … 5 in the 可研 order; resets the model

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Header line and one line per line item, tab-separated; amounts in raw CNY.
    QString toTsv() const;

protected:
    void refresh() override;
    void rebuild() override;

private:
    const Statement *current() const;
    std::pair<int, int> currentShape() const;

    int m_statement = 0;
    int m_rows = 0;
    int m_years = 0;
};

} // namespace ccp
