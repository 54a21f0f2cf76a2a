// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashflowmodel.h"
#include "format.h"

#include "fieldlabels.h"
#include "project.h"

#include <QLocale>

namespace ccp {

namespace {

bool isMoney(int column)
{
    return column >= CashFlowModel::RevenueColumn && column <= CashFlowModel::CumulativeColumn;
}

template<typename Row> double rowValue(const Row &r, int column)
{
    switch (column) {
    case CashFlowModel::UtilizationColumn:
        return r.utilization;
    case CashFlowModel::RevenueColumn:
        return r.revenue.cnyValue();
    case CashFlowModel::OpexColumn:
        return r.opex.cnyValue();
    case CashFlowModel::EnergyColumn:
        return r.energy.cnyValue();
    case CashFlowModel::CapexColumn:
        return r.capex.cnyValue();
    case CashFlowModel::TaxColumn:
        return r.tax.cnyValue();
    case CashFlowModel::CashFlowColumn:
        return r.cashFlow.cnyValue();
    case CashFlowModel::CumulativeColumn:
        return r.cumulative.cnyValue();
    default:
        return 0;
    }
}

} // namespace

CashFlowModel::CashFlowModel(Project *project, QObject *parent)
    : ScenarioTableModel(project, parent)
{}

void CashFlowModel::setMonthly(bool monthly)
{
    if (monthly == m_monthly)
        return;
    beginResetModel();
    m_monthly = monthly;
    rebuild();
    endResetModel();
}

int CashFlowModel::currentRows() const
{
    if (!hasScenario())
        return 0;
    const Result &r = project()->result(scenario());
    return int(m_monthly ? r.monthly.size() : r.yearly.size());
}

void CashFlowModel::rebuild()
{
    m_rows = currentRows();
}

void CashFlowModel::refresh()
{
    // A changed horizon changes the number of rows.
    if (currentRows() != m_rows) {
        beginResetModel();
        rebuild();
        endResetModel();
    } else {
        emitAllChanged();
    }
}

int CashFlowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CashFlowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double CashFlowModel::raw(int row, int column) const
{
    if (column == PeriodColumn)
        return row;
    const Result &r = project()->result(scenario());
    if (m_monthly)
        return row < int(r.monthly.size()) ? rowValue(r.monthly[std::size_t(row)], column) : 0.0;
    return row < int(r.yearly.size()) ? rowValue(r.yearly[std::size_t(row)], column) : 0.0;
}

QString CashFlowModel::periodLabel(int row) const
{
    if (row == 0)
        return tr("Commissioning");
    return m_monthly ? tr("Month %1").arg(row) : tr("Year %1").arg(row);
}

QVariant CashFlowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !hasScenario())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::TextAlignmentRole:
        if (column != PeriodColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        if (column == PeriodColumn)
            return periodLabel(row);
        if (column == UtilizationColumn)
            return Format::trimmedPercent(raw(row, column), 1);
        return Format::tableMoney(raw(row, column));
    case Qt::EditRole:
    case Qt::UserRole:
        if (column == PeriodColumn)
            return row;
        return raw(row, column);
    default:
        return {};
    }
}

QVariant CashFlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString unit = Format::tableMoneyUnit();
    switch (section) {
    case PeriodColumn:
        return m_monthly ? tr("Month") : tr("Year");
    case UtilizationColumn:
        return tr("Utilization (%)");
    case RevenueColumn:
        return tr("Revenue (%1)").arg(unit);
    case OpexColumn:
        return tr("Opex (%1)").arg(unit);
    case EnergyColumn:
        return tr("of which energy (%1)").arg(unit);
    case CapexColumn:
        return tr("Capex (%1)").arg(unit);
    case TaxColumn:
        return tr("Tax (%1)").arg(unit);
    case CashFlowColumn:
        return tr("Cash flow (%1)").arg(unit);
    case CumulativeColumn:
        return tr("Cumulative (%1)").arg(unit);
    default:
        return {};
    }
}

QString CashFlowModel::toTsv() const
{
    const QString cny = tr("CNY");
    const QStringList header = {m_monthly ? tr("Month") : tr("Year"),
                                tr("Utilization"),
                                tr("Revenue (%1)").arg(cny),
                                tr("Opex (%1)").arg(cny),
                                tr("of which energy (%1)").arg(cny),
                                tr("Capex (%1)").arg(cny),
                                tr("Tax (%1)").arg(cny),
                                tr("Cash flow (%1)").arg(cny),
                                tr("Cumulative (%1)").arg(cny)};
    QString out = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int row = 0; row < m_rows; ++row) {
        QStringList cells{QString::number(row)};
        for (int column = UtilizationColumn; column < ColumnCount; ++column) {
            const double v = raw(row, column);
            cells << (isMoney(column) ? QString::number(v, 'f', 2) : QString::number(v, 'g', 10));
        }
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace ccp
