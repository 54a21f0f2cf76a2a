// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentsmodel.h"

#include "project.h"

namespace ccp {

SegmentsModel::SegmentsModel(Project *project, QObject *parent)
    : ArrayTableModel(project, "demand.segments", parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    Q_ASSERT(member(ShareColumn) == "share" && member(PriceFactorColumn) == "price_factor");
    Q_ASSERT(member(KindColumn) == "kind" && member(OffhoursUtilizationColumn) == "offhours_utilization");
}

namespace {

bool isTokenColumn(int column)
{
    return column >= SegmentsModel::PriceInputColumn
           && column <= SegmentsModel::OffhoursUtilizationColumn;
}

bool isContractColumn(int column)
{
    return column >= SegmentsModel::ContractMonthsColumn
           && column <= SegmentsModel::AfterTermUtilizationColumn;
}

} // namespace

bool SegmentsModel::applies(const QModelIndex &index) const
{
    if (!index.isValid() || !hasScenario() || index.row() >= rowCount())
        return false;
    const bool maas = shown().demand.segments[std::size_t(index.row())].kind == SegmentKind::Maas;
    return maas ? !isContractColumn(index.column()) : !isTokenColumn(index.column());
}

QVariant SegmentsModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && !applies(index)) {
        switch (role) {
        case Qt::DisplayRole:
            return {};
        case Qt::ToolTipRole:
            return isTokenColumn(index.column())
                       ? tr("Only for segments that sell tokens (MaaS): set “Sells” to MaaS.")
                       : tr("Contracts apply to segments that buy card-hours, not to MaaS "
                            "segments.");
        default:
            break;
        }
    }
    return ArrayTableModel::data(index, role);
}

QVariant SegmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant v = ArrayTableModel::headerData(section, orientation, role);
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return v;
    if (isTokenColumn(section))
        return tr("%1\nOnly for MaaS segments (“Sells”: MaaS); blank on the others.")
            .arg(v.toString());
    if (isContractColumn(section))
        return tr("%1\nOnly for segments that buy card-hours; blank on MaaS segments.")
            .arg(v.toString());
    if (section == KindColumn)
        return tr("%1\nMaaS segments need an inference model (Inference tab).").arg(v.toString());
    return v;
}

Qt::ItemFlags SegmentsModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && !applies(index))
        return Qt::NoItemFlags;
    return ArrayTableModel::flags(index);
}

bool SegmentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.isValid() && !applies(index))
        return false;
    return ArrayTableModel::setData(index, value, role);
}

double SegmentsModel::totalShare() const
{
    double sum = 0;
    if (hasScenario()) {
        for (const Segment &s : shown().demand.segments)
            sum += s.share;
    }
    return sum;
}

void SegmentsModel::appendElement()
{
    project()->addSegment(scenario());
}
void SegmentsModel::removeElement(int row)
{
    project()->removeSegment(scenario(), row);
}
QString SegmentsModel::appendText() const
{
    return tr("Add segments");
}
QString SegmentsModel::removeText() const
{
    return tr("Delete segments");
}

} // namespace ccp
