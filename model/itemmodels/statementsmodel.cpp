// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementsmodel.h"

#include "format.h"
#include "project.h"
#include "statementlabels.h"
#include "statements.h"

#include <QFont>

#include <iterator>
#include <tuple>

namespace ccp {

StatementsModel::StatementsModel(Project *project, QObject *parent)
    : ScenarioTableModel(project, parent)
{}

int StatementsModel::statementCount()
{
    return int(std::size(kStatementKeys));
}

QString StatementsModel::statementTitle(int statement)
{
    if (statement < 0 || statement >= statementCount())
        return {};
    return StatementLabels::title(kStatementKeys[statement]);
}

void StatementsModel::setStatement(int statement)
{
    if (statement == m_statement || statement < 0 || statement >= statementCount())
        return;
    beginResetModel();
    m_statement = statement;
    rebuild();
    endResetModel();
}

const Statement *StatementsModel::current() const
{
    if (!hasScenario())
        return nullptr;
    return project()->result(scenario()).statements.find(kStatementKeys[m_statement]);
}

std::pair<int, int> StatementsModel::currentShape() const
{
    const Statement *s = current();
    if (!s)
        return {0, 0};
    return {int(s->lines.size()), int(project()->result(scenario()).statements.years.size())};
}

void StatementsModel::rebuild()
{
    std::tie(m_rows, m_years) = currentShape();
}

void StatementsModel::refresh()
{
    // A changed horizon changes the number of years.
    if (currentShape() != std::pair(m_rows, m_years)) {
        beginResetModel();
        rebuild();
        endResetModel();
    } else {
        emitAllChanged();
    }
}

int StatementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StatementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows == 0 ? 0 : m_years + 1;
}

QVariant StatementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Statement *s = current();
    if (!s || index.row() >= int(s->lines.size()))
        return {};
    const StatementLine &line = s->lines[std::size_t(index.row())];
    const int column = index.column();
    const double value = column > 0 && std::size_t(column - 1) < line.values.size()
                             ? line.values[std::size_t(column - 1)].cnyValue()
                             : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return QString(2 * line.level, QLatin1Char(' '))
                   + StatementLabels::line(s->key, line.key);
        return Format::tableMoney(value);
    case Qt::EditRole:
        return column == 0 ? QVariant(StatementLabels::line(s->key, line.key)) : QVariant(value);
    case Qt::UserRole:
        return column == 0 ? QVariant(QString::fromLatin1(line.key)) : QVariant(value);
    case Qt::TextAlignmentRole:
        if (column > 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (line.level == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section > m_years)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Item (%1)").arg(Format::tableMoneyUnit());
    return StatementLabels::year(section - 1);
}

QString StatementsModel::toTsv() const
{
    const Statement *s = current();
    if (!s)
        return {};
    QStringList header{tr("Item (%1)").arg(tr("CNY"))};
    for (int y = 0; y < m_years; ++y)
        header << StatementLabels::year(y);
    QString out = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const StatementLine &line : s->lines) {
        QStringList cells{StatementLabels::line(s->key, line.key)};
        for (const Money &m : line.values)
            cells << QString::number(m.cnyValue(), 'f', 2);
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace ccp
