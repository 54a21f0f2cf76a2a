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
