// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasesmodel.h"

#include "project.h"

namespace ccp {

PhasesModel::PhasesModel(Project *project, QObject *parent)
    : ArrayTableModel(project, "cluster.phases", parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    Q_ASSERT(member(MonthColumn) == "month" && member(ShareColumn) == "share");
}

double PhasesModel::totalShare() const
{
    double sum = 0;
    if (hasScenario()) {
        for (const BuildPhase &p : shown().cluster.phases)
            sum += p.share;
    }
    return sum;
}

void PhasesModel::appendElement()
{
    project()->addPhase(scenario());
}
void PhasesModel::removeElement(int row)
{
    project()->removePhase(scenario(), row);
}
QString PhasesModel::appendText() const
{
    return tr("Add build phases");
}
QString PhasesModel::removeText() const
{
    return tr("Delete build phases");
}

} // namespace ccp
