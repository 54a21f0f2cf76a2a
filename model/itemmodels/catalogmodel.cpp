// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"
#include "format.h"

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
        return Format::significant(v.toDouble());
    case ColumnType::Integer:
        return Format::integer(double(v.toLongLong()));
    case ColumnType::Money:
        return Format::number(v.toDouble(), 0);
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
    case RecordKind::Model:
        return f(m_catalog.models);
    }
    return f(m_catalog.cards);
}

void CatalogModel::setCatalog(const Catalog &catalog, RecordKind kind)
{
    beginResetModel();
    // The whole catalog: the shown kind's references name records of other kinds.
    m_catalog = catalog;
    m_kind = kind;
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
                return p.notes.empty() && p.notesZh.empty() ? QVariant() : QVariant(FieldLabels::notes(p));
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
            // A 0 that stands for "none" (no FP8, a dense model's experts) is no quantity.
            const bool none = c.zeroMeans && c.get(r).toDouble() == 0;
            switch (role) {
            case Qt::DisplayRole:
                if (none)
                    return Format::undefined();
                if (c.type == ColumnType::Reference) {
                    // The record's name, as the planner knows it, not its id.
                    const RecordBase *target
                        = m_catalog.record(c.refKind, c.get(r).toString().toStdString());
                    return target ? FieldLabels::recordName(*target) : c.get(r).toString();
                }
                if (QLatin1String(c.key) == QLatin1String("vendor")
                    || QLatin1String(c.key) == QLatin1String("developer"))
                    return FieldLabels::vendor(c.get(r).toString());
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
                if (none)
                    return tr(c.zeroMeans);
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
            return role == Qt::DisplayRole ? FieldLabels::source(p) : QString::fromStdString(p.source);
        if (column == source + 1)
            return QString::fromStdString(p.date);
        if (role == Qt::DisplayRole)
            return FieldLabels::confidence(p.confidence);
        return int(p.confidence);
    });
}

QString CatalogModel::columnTitle(std::string_view key)
{
    // Column titles of the catalog data files' keys (docs/catalog.md).
    static const std::pair<std::string_view, const char *> titles[] = {
        {"vendor", QT_TR_NOOP("Vendor")},
        {"bf16_tflops", QT_TR_NOOP("BF16 dense")},
        {"fp8_tflops", QT_TR_NOOP("FP8 dense")},
        {"memory_gb", QT_TR_NOOP("Memory")},
        {"memory_tbps", QT_TR_NOOP("Memory bandwidth")},
        {"tdp_w", QT_TR_NOOP("Board power")},
        {"scaleup", QT_TR_NOOP("Scale-up link")},
        {"scaleup_gbyte_s", QT_TR_NOOP("Scale-up bandwidth")},
        {"scaleup_domain", QT_TR_NOOP("Scale-up domain")},
        {"price_cny", QT_TR_NOOP("Price")},
        {"market", QT_TR_NOOP("Market status")},
        {"standard_server", QT_TR_NOOP("Standard server")},
        {"software_efficiency", QT_TR_NOOP("Software efficiency")},
        {"release", QT_TR_NOOP("Release")},
        {"card", QT_TR_NOOP("Card")},
        {"cards_per_server", QT_TR_NOOP("Cards per server")},
        {"max_power_kw", QT_TR_NOOP("Max power")},
        {"busy_power_kw", QT_TR_NOOP("Busy power")},
        {"idle_power_kw", QT_TR_NOOP("Idle power")},
        {"rack_units", QT_TR_NOOP("Height")},
        {"nics_per_server", QT_TR_NOOP("NICs per server")},
        {"technology", QT_TR_NOOP("Technology")},
        {"port_gbps", QT_TR_NOOP("Port speed")},
        {"switch_radix", QT_TR_NOOP("Switch radix")},
        {"switch_power_w", QT_TR_NOOP("Switch power")},
        {"switch_price_cny", QT_TR_NOOP("Switch price")},
        {"switch_rack_units", QT_TR_NOOP("Switch height")},
        {"nic_price_cny", QT_TR_NOOP("NIC price")},
        {"nic_power_w", QT_TR_NOOP("NIC power")},
        {"transceiver_price_cny", QT_TR_NOOP("Transceiver price")},
        {"transceiver_power_w", QT_TR_NOOP("Transceiver power")},
        {"switch_ports_per_transceiver", QT_TR_NOOP("Switch ports per transceiver")},
        {"cable_price_cny", QT_TR_NOOP("Cable price")},
        {"price_cny_per_pb", QT_TR_NOOP("Price per PB")},
        {"power_kw_per_pb", QT_TR_NOOP("Power per PB")},
        {"pb_per_rack", QT_TR_NOOP("Capacity per rack")},
        {"throughput_gbyte_s_per_pb", QT_TR_NOOP("Throughput per PB")},
        {"province", QT_TR_NOOP("Province")},
        {"hub", QT_TR_NOOP("Hub")},
        {"western", QT_TR_NOOP("Western region")},
        {"power_price_cny_per_kwh", QT_TR_NOOP("Power price")},
        {"pue_limit", QT_TR_NOOP("PUE limit")},
        {"typical_pue", QT_TR_NOOP("Typical PUE")},
        {"carbon_kg_per_kwh", QT_TR_NOOP("Grid carbon intensity")},
        {"green_power_share", QT_TR_NOOP("Green power share")},
        {"facility_capex_cny_per_kw", QT_TR_NOOP("Facility cost")},
        {"tax_rate", QT_TR_NOOP("Income tax rate")},
        {"grid_capacity_kw", QT_TR_NOOP("Grid capacity")},
        {"energy_quota_mwh_per_year", QT_TR_NOOP("Energy quota")},
        {"bandwidth_cny_per_gbps_year", QT_TR_NOOP("Bandwidth cost")},
        {"developer", QT_TR_NOOP("Developer")},
        {"params_total_b", QT_TR_NOOP("Parameters")},
        {"params_active_b", QT_TR_NOOP("Active parameters")},
        {"layers", QT_TR_NOOP("Layers")},
        {"hidden_size", QT_TR_NOOP("Hidden size")},
        {"attention_heads", QT_TR_NOOP("Attention heads")},
        {"kv_heads", QT_TR_NOOP("KV heads")},
        {"head_dim", QT_TR_NOOP("Head dimension")},
        {"kv_lora_rank", QT_TR_NOOP("KV LoRA rank (MLA)")},
        {"qk_rope_head_dim", QT_TR_NOOP("RoPE dimension (MLA)")},
        {"experts", QT_TR_NOOP("Routed experts")},
        {"experts_per_token", QT_TR_NOOP("Experts per token")},
        {"context_tokens", QT_TR_NOOP("Context length")},
        {"precisions", QT_TR_NOOP("Published precisions")},
        {"license", QT_TR_NOOP("Licence")},
    };
    for (const auto &[k, title] : titles) {
        if (k == key)
            return tr(title);
    }
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
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
        const QString key = CatalogModel::columnTitle(c.key);
        const QString unit = FieldLabels::unit(c.unit);
        return unit.isEmpty() ? key : tr("%1 (%2)").arg(key, unit);
    });
}

} // namespace ccp
