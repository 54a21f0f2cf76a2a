// SPDX-License-Identifier: GPL-3.0-or-later
#include "bommodel.h"
#include "format.h"

#include "costs.h"
#include "fieldlabels.h"
#include "inputmodel.h"
#include "project.h"

#include <QFont>
#include <QLocale>

namespace ccp {

BomModel::BomModel(Project *project, QObject *parent) : ScenarioTableModel(project, parent) {}

std::vector<BomModel::Item> BomModel::items() const
{
    std::vector<Item> out;
    if (!hasScenario())
        return out;
    const Scenario &s = project()->scenario(scenario());
    const Result &r = project()->result(scenario());
    const Catalog &catalog = project()->catalog();
    const SizingResult &z = r.sizing;
    const NetworkResult &n = z.network;

    auto priced = [](const RecordBase &record, const char *priceKey, Item item) {
        item.estimate = record.provenance.isEstimate(priceKey);
        item.source = FieldLabels::provenance(record.provenance);
        item.total = item.unitPrice * item.quantity;
        return item;
    };

    // Unit prices as the capex counts them: net of VAT when the prices include it.
    const double eq = netFactor(s.finance, s.finance.vatRateEquipment);
    const Card *card = catalog.card(s.cluster.card);
    const Server *server = catalog.server(s.cluster.server.empty() && card ? card->standardServer
                                                                           : s.cluster.server);
    if (server) {
        out.push_back(priced(*server, "price_cny",
                             {FieldLabels::recordName(*server), double(z.servers), tr("servers"),
                              eq * server->price.cnyValue()}));
    }

    if (const Fabric *fabric = catalog.fabric(s.network.fabric); fabric && n.tiers > 0) {
        const QString name = FieldLabels::recordName(*fabric);
        const double switchPrice = eq * fabric->switchPrice.cnyValue();
        const struct
        {
            QString name;
            long count;
        } tiers[] = {{tr("Leaf switches: %1").arg(name), n.leafSwitches},
                     {tr("Spine switches: %1").arg(name), n.spineSwitches},
                     {tr("Core switches: %1").arg(name), n.coreSwitches}};
        for (const auto &t : tiers) {
            if (t.count > 0)
                out.push_back(priced(*fabric, "switch_price_cny",
                                     {t.name, double(t.count), tr("switches"), switchPrice}));
        }
        if (n.nics > 0)
            out.push_back(priced(*fabric, "nic_price_cny",
                                 {tr("NICs: %1").arg(name), double(n.nics), tr("NICs"),
                                  eq * fabric->nicPrice.cnyValue()}));
        if (n.transceivers > 0)
            out.push_back(priced(*fabric, "transceiver_price_cny",
                                 {tr("Optical transceivers: %1").arg(name), double(n.transceivers),
                                  tr("modules"), eq * fabric->transceiverPrice.cnyValue()}));
        if (n.cables > 0)
            out.push_back(priced(*fabric, "cable_price_cny",
                                 {tr("Cables: %1").arg(name), double(n.cables), tr("cables"),
                                  eq * fabric->cablePrice.cnyValue()}));
    }

    if (const StorageClass *storage = catalog.storageClass(s.cluster.storage);
        storage && s.cluster.storagePb > 0) {
        out.push_back(
            priced(*storage, "price_cny_per_pb",
                   {tr("Storage: %1").arg(FieldLabels::recordName(*storage)), s.cluster.storagePb,
                    FieldLabels::unit("PB"), eq * storage->pricePerPb.cnyValue()}));
    }

    if (s.site.facility == FacilityMode::Build) {
        Item facility{tr("Facility: building, power and cooling"), z.itPowerKw, tr("kW of IT"),
                      s.site.facilityCapexCnyPerKw
                          * netFactor(s.finance, s.finance.vatRateConstruction)};
        facility.total = facility.quantity * facility.unitPrice;
        const Site *site = catalog.site(s.site.region);
        if (site && site->facilityCapexCnyPerKw == s.site.facilityCapexCnyPerKw) {
            facility.estimate = site->provenance.isEstimate("facility_capex_cny_per_kw");
            facility.source = tr("Preset of %1: %2")
                                  .arg(FieldLabels::recordName(*site),
                                       FieldLabels::provenance(site->provenance));
        }
        out.push_back(facility);
    }

    const CapexBreakdown &cx = r.finance.capex;
    if (cx.installation.cnyValue() != 0) {
        Item installation{tr("Installation & integration"), s.finance.installationShare,
                          tr("of equipment"), (cx.servers + cx.network + cx.storage).cnyValue()};
        installation.percentQuantity = true;
        installation.total = cx.installation.cnyValue();
        out.push_back(installation);
    }
    if (cx.software.cnyValue() != 0) {
        Item software{tr("Software platform"), 1, tr("lot"), cx.software.cnyValue()};
        software.total = cx.software.cnyValue();
        out.push_back(software);
    }
    if (cx.spares.cnyValue() != 0) {
        Item spares{tr("Spares"), s.finance.sparesShare, tr("of equipment"),
                    (cx.servers + cx.network + cx.storage).cnyValue()};
        spares.percentQuantity = true;
        spares.total = cx.spares.cnyValue();
        out.push_back(spares);
    }
    if (cx.land.cnyValue() != 0) {
        Item land{tr("Land use right"), 1, tr("lot"), cx.land.cnyValue()};
        land.total = cx.land.cnyValue();
        out.push_back(land);
    }

    Item total{tr("Total capex")};
    total.isTotal = true;
    for (const Item &i : out)
        total.total += i.total;
    out.push_back(total);
    return out;
}

void BomModel::rebuild()
{
    m_items = items();
}

void BomModel::refresh()
{
    std::vector<Item> next = items();
    if (next.size() == m_items.size()) {
        m_items = std::move(next);
        emitAllChanged();
    } else {
        beginResetModel();
        m_items = std::move(next);
        endResetModel();
    }
}

double BomModel::total() const
{
    return m_items.empty() ? 0.0 : m_items.back().total;
}

int BomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = m_items[std::size_t(index.row())];
    const int column = index.column();
    const bool priceCell = column == UnitPriceColumn || column == TotalColumn;
    const bool hasQuantity = !item.isTotal;
    switch (role) {
    case Qt::TextAlignmentRole:
        // Numbers line up on the right, like in a spreadsheet.
        if (column == QuantityColumn || priceCell)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return item.name;
        case QuantityColumn:
            if (!hasQuantity)
                return QString();
            return item.percentQuantity ? Format::trimmedPercent(item.quantity)
                                        : Format::significant(item.quantity);
        case UnitColumn:
            return item.unit;
        case UnitPriceColumn:
            return hasQuantity ? Format::number(item.unitPrice, 0) : QString();
        case TotalColumn:
            return Format::number(item.total, 0);
        default:
            return {};
        }
    case Qt::EditRole:
    case Qt::UserRole:
        switch (column) {
        case ItemColumn:
            return item.name;
        case QuantityColumn:
            return hasQuantity ? QVariant(item.quantity) : QVariant();
        case UnitColumn:
            return item.unit;
        case UnitPriceColumn:
            return hasQuantity ? QVariant(item.unitPrice) : QVariant();
        case TotalColumn:
            return item.total;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (priceCell && item.estimate)
            return tr("Estimate: not a published figure.") + QLatin1Char('\n') + item.source;
        if (column == ItemColumn || priceCell)
            return item.source.isEmpty() ? QVariant() : QVariant(item.source);
        return {};
    case Qt::FontRole:
        if (item.isTotal || (priceCell && item.estimate)) {
            QFont font;
            font.setBold(item.isTotal);
            font.setItalic(priceCell && item.estimate);
            return font;
        }
        return {};
    case InputModel::IsEstimateRole:
        return priceCell && item.estimate;
    default:
        return {};
    }
}

QVariant BomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case UnitPriceColumn:
        return tr("Unit price (CNY)");
    case TotalColumn:
        return tr("Total (CNY)");
    default:
        return {};
    }
}

QString BomModel::toTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const Item &i : m_items) {
        const QStringList cells
            = {QString(i.name).replace(QLatin1Char('\t'), QLatin1Char(' ')),
               i.isTotal ? QString() : QString::number(i.quantity, 'g', 12), i.unit,
               i.isTotal ? QString() : QString::number(i.unitPrice, 'f', 2),
               QString::number(i.total, 'f', 2)};
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ccp
