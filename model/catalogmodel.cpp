// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"

#include "catalogcolumns.h"
#include "fieldlabels.h"
#include "inputmodel.h"

#include <QFont>
#include <QLocale>

#include <type_traits>

namespace ccp {

namespace {

template<typename Records> using RecordOf = typename std::decay_t<Records>::value_type;

QString marketLabel(const QString &code)
{
    const auto m = marketFromCode(code.toStdString());
    if (!m)
        return code;
    switch (*m) {
    case Market::Available:
        return CatalogModel::tr("available");
    case Market::ExportVariant:
        return CatalogModel::tr("export variant");
    case Market::Restricted:
        return CatalogModel::tr("restricted");
    case Market::Domestic:
        return CatalogModel::tr("domestic");
    }
    return code;
}

QString display(ColumnType type, const QVariant &v)
{
    switch (type) {
    case ColumnType::Real:
        return FieldLabels::formatNumber(v.toDouble());
    case ColumnType::Integer:
        return QLocale().toString(v.toLongLong());
    case ColumnType::Money:
        return QLocale().toString(v.toDouble(), 'f', 0);
    case ColumnType::Bool:
        return v.toBool() ? CatalogModel::tr("yes") : CatalogModel::tr("no");
    case ColumnType::Market:
        return marketLabel(v.toString());
    case ColumnType::Text:
    case ColumnType::Reference:
        return v.toString();
    }
    return v.toString();
}

} // namespace

CatalogModel::CatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

template<typename F> decltype(auto) CatalogModel::withRecords(F &&f) const
{
    switch (m_kind) {
    case RecordKind::Card:
        return f(m_catalog.cards);
    case RecordKind::Server:
        return f(m_catalog.servers);
    case RecordKind::Fabric:
        return f(m_catalog.fabrics);
    case RecordKind::Storage:
        return f(m_catalog.storage);
    case RecordKind::Site:
        return f(m_catalog.sites);
    }
    return f(m_catalog.cards);
}

void CatalogModel::setCatalog(const Catalog &catalog, RecordKind kind)
{
    beginResetModel();
    m_catalog = Catalog{};
    m_kind = kind;
    switch (kind) {
    case RecordKind::Card:
        m_catalog.cards = catalog.cards;
        break;
    case RecordKind::Server:
        m_catalog.servers = catalog.servers;
        break;
    case RecordKind::Fabric:
        m_catalog.fabrics = catalog.fabrics;
        break;
    case RecordKind::Storage:
        m_catalog.storage = catalog.storage;
        break;
    case RecordKind::Site:
        m_catalog.sites = catalog.sites;
        break;
    }
    endResetModel();
}

int CatalogModel::sourceColumn() const
{
    return FirstFieldColumn + withRecords([](const auto &records) {
               return int(columns<RecordOf<decltype(records)>>().size());
           });
}

QString CatalogModel::id(int row) const
{
    return withRecords([row](const auto &records) {
        return row >= 0 && row < int(records.size())
                   ? QString::fromStdString(records[std::size_t(row)].id)
                   : QString();
    });
}

int CatalogModel::rowOf(const QString &id) const
{
    const std::string key = id.toStdString();
    return withRecords([&key](const auto &records) {
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (records[i].id == key)
                return int(i);
        }
        return -1;
    });
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return withRecords([](const auto &records) { return int(records.size()); });
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sourceColumn() + 3;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    const int source = sourceColumn();
    return withRecords([&](const auto &records) -> QVariant {
        const auto &r = records[std::size_t(index.row())];
        const Provenance &p = r.provenance;
        if (column == NameColumn) {
            switch (role) {
            case Qt::DisplayRole:
            case Qt::EditRole:
                return FieldLabels::recordName(r);
            case Qt::UserRole:
                return QString::fromStdString(r.id);
            case Qt::ToolTipRole:
                return p.notes.empty() ? QVariant() : QVariant(QString::fromStdString(p.notes));
            default:
                return {};
            }
        }
        if (column == IdColumn) {
            if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::UserRole)
                return QString::fromStdString(r.id);
            return {};
        }
        if (column < source) {
            const auto &c
                = columns<RecordOf<decltype(records)>>()[std::size_t(column - FirstFieldColumn)];
            const bool estimate = p.isEstimate(c.key);
            switch (role) {
            case Qt::DisplayRole:
                return display(c.type, c.get(r));
            case Qt::EditRole:
            case Qt::UserRole:
                return c.get(r);
            case Qt::FontRole:
                if (estimate) {
                    QFont font;
                    font.setItalic(true);
                    return font;
                }
                return {};
            case Qt::ToolTipRole:
                return estimate ? QVariant(tr("estimate")) : QVariant();
            case InputModel::IsEstimateRole:
                return estimate;
            default:
                return {};
            }
        }
        if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::UserRole)
            return {};
        if (column == source)
            return QString::fromStdString(p.source);
        if (column == source + 1)
            return QString::fromStdString(p.date);
        if (role == Qt::DisplayRole)
            return FieldLabels::confidence(p.confidence);
        return int(p.confidence);
    });
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int source = sourceColumn();
    if (section == NameColumn)
        return tr("Name");
    if (section == IdColumn)
        return tr("Id");
    if (section == source)
        return tr("Source");
    if (section == source + 1)
        return tr("Date");
    if (section == source + 2)
        return tr("Confidence");
    if (section < FirstFieldColumn || section > source)
        return {};
    return withRecords([section](const auto &records) -> QVariant {
        const auto &c
            = columns<RecordOf<decltype(records)>>()[std::size_t(section - FirstFieldColumn)];
        const QString key = QString::fromLatin1(c.key);
        const QString unit = FieldLabels::unit(c.unit);
        return unit.isEmpty() ? key : tr("%1 (%2)").arg(key, unit);
    });
}

} // namespace ccp
