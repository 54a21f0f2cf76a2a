// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttables.h"

#include "catalogmodel.h"
#include "costs.h"
#include "fieldlabels.h"
#include "fields.h"
#include "format.h"
#include "reportformat.h"
#include "sizing.h"

#include <QLocale>

#include <cmath>

namespace ccp {

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// Scenario fields that a site preset fills, with the site record's field name (for its list
// of estimates) and the preset value.
struct PresetField
{
    std::string_view key;
    const char *siteField;
    double (*value)(const Site &);
};

constexpr PresetField kPresets[] = {
    {"site.power_price_cny_per_kwh", "power_price_cny_per_kwh",
     [](const Site &s) { return s.powerPriceCnyPerKwh; }},
    {"site.pue", "typical_pue", [](const Site &s) { return s.typicalPue; }},
    {"site.pue_limit", "pue_limit", [](const Site &s) { return s.pueLimit; }},
    {"site.grid_capacity_kw", "grid_capacity_kw", [](const Site &s) { return s.gridCapacityKw; }},
    {"site.energy_quota_mwh_per_year", "energy_quota_mwh_per_year",
     [](const Site &s) { return s.energyQuotaMwhPerYear; }},
    {"site.carbon_kg_per_kwh", "carbon_kg_per_kwh", [](const Site &s) { return s.carbonKgPerKwh; }},
    {"site.green_power_share", "green_power_share",
     [](const Site &s) { return s.greenPowerShare; }},
    {"site.facility_capex_cny_per_kw", "facility_capex_cny_per_kw",
     [](const Site &s) { return s.facilityCapexCnyPerKw; }},
    {"finance.tax_rate", "tax_rate", [](const Site &s) { return s.taxRate; }},
};

QString catalogSource(const RecordBase &r)
{
    return ReportTables::tr("Catalog (%1, confidence %2)")
        .arg(fromStd(r.provenance.date), FieldLabels::confidence(r.provenance.confidence));
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

void fillRow(InputRow &row, const FieldSpec &f, const FieldValue &v, const Scenario &s,
             const Catalog &catalog, const Result &result)
{
    row.percent = FieldLabels::isPercent(f.key);
    // The value of a percent field is printed with its "%" ("8%"): the unit keeps only the rest
    // ("/year"), not "%/year" as the editor's suffix does.
    row.unit = row.percent ? (f.unit == "/yr" ? FieldLabels::unit("/yr") : QString())
                           : FieldLabels::displayUnit(f.key);
    row.rawUnit = row.percent ? (f.unit == "/yr" ? ReportTables::tr("fraction/year")
                                                 : ReportTables::tr("fraction"))
                              : fromView(f.unit);
    row.source = ReportTables::tr("Scenario input");
    switch (f.type) {
    case FieldType::Number:
    case FieldType::Integer:
        if (f.key == "training.cards" && (!std::holds_alternative<double>(v) || std::get<double>(v) <= 0)) {
            row.text = ReportTables::tr("all (%1)").arg(result.performance.training.cards);
        } else if (f.key == "inference.batch" && FieldLabels::isNull(f, v)) {
            const InferenceResult &inf = result.performance.inference;
            row.text = inf.fits() ? ReportTables::tr("auto (%1)").arg(inf.batch)
                                  : ReportTables::tr("auto");
        } else if (const double *d = std::get_if<double>(&v)) {
            row.isNumber = true;
            row.number = *d;
            // A 0 that means "no limit" is said in words (the number stays for the workbook).
            const QString none = *d == 0 ? FieldLabels::zeroMeaning(f.key) : QString();
            row.text = none.isEmpty() ? FieldLabels::formatValue(f.key, *d) : none;
            if (!none.isEmpty())
                row.unit.clear();
        } else {
            row.text = ReportTables::tr("default");
        }
        break;
    case FieldType::Text:
    case FieldType::Choice:
    case FieldType::Flag:
        if (const std::string *t = std::get_if<std::string>(&v))
            row.text = f.type == FieldType::Text ? fromStd(*t) : FieldLabels::choice(*t);
        break;
    case FieldType::CatalogRef: {
        const std::string *id = std::get_if<std::string>(&v);
        std::string resolved = id ? *id : std::string();
        bool byDefault = false;
        if (resolved.empty() && f.key == "cluster.server") {
            if (const Card *card = catalog.card(s.cluster.card)) {
                resolved = card->standardServer;
                byDefault = true;
            }
        }
        if (resolved.empty()) {
            row.text = ReportTables::tr("none");
            break;
        }
        if (const RecordBase *r = catalog.record(f.refKind, resolved)) {
            row.text = FieldLabels::recordName(*r);
            if (byDefault)
                row.text = ReportTables::tr("%1 (default)").arg(row.text);
            row.source = catalogSource(*r);
            row.estimate = r->provenance.confidence == Confidence::Unverified;
        } else {
            row.text = fromStd(resolved);
        }
        break;
    }
    case FieldType::MfuOrAuto:
        if (const double *d = std::get_if<double>(&v)) {
            row.isNumber = true;
            row.number = *d;
            row.text = FieldLabels::formatValue(f.key, *d);
        } else {
            row.text = ReportTables::tr("auto (model: %1)")
                           .arg(Format::percent(result.performance.mfu));
            row.source = ReportTables::tr("MFU model (see the appendix)");
            row.estimate = true;
        }
        break;
    }
    if (row.isNumber) {
        if (const Site *site = catalog.site(s.site.region)) {
            for (const PresetField &p : kPresets) {
                if (p.key == f.key && nearlyEqual(p.value(*site), row.number)) {
                    row.source = ReportTables::tr("Site preset: %1").arg(FieldLabels::recordName(*site));
                    row.estimate = site->provenance.isEstimate(p.siteField);
                }
            }
        }
    }
}

} // namespace

QString ReportTables::estimateMark()
{
    return tr("(est.)");
}

QString ReportTables::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Card: return tr("Card");
    case RecordKind::Server: return tr("Server");
    case RecordKind::Fabric: return tr("Fabric");
    case RecordKind::Storage: return tr("Storage");
    case RecordKind::Site: return tr("Site");
    case RecordKind::Model: return tr("Model");
    }
    return {};
}

std::vector<InputRow> ReportTables::inputs(const Scenario &s, const Catalog &catalog,
                                           const Result &result)
{
    std::vector<InputRow> rows;
    std::string lastArray;
    for (const FieldSpec &f : scenarioFields()) {
        if (!f.isArrayField()) {
            InputRow row;
            row.key = std::string(f.key);
            row.label = FieldLabels::label(f.key);
            fillRow(row, f, f.get(s, -1), s, catalog, result);
            rows.push_back(std::move(row));
            continue;
        }
        // Array fields: all members of element 0, then of element 1…, once per array.
        const std::string array(f.arrayName());
        if (array == lastArray)
            continue;
        lastArray = array;
        const int n = arraySize(s, array);
        for (int i = 0; i < n; ++i) {
            for (const FieldSpec &m : scenarioFields()) {
                if (!m.isArrayField() || m.arrayName() != f.arrayName())
                    continue;
                InputRow row;
                row.key = array + '.' + std::to_string(i) + '.' + std::string(m.memberName());
                row.label = tr("%1 %2: %3")
                                .arg(FieldLabels::label(array))
                                .arg(i + 1)
                                .arg(FieldLabels::label(m.key));
                row.arrayElement = true;
                fillRow(row, m, m.get(s, i), s, catalog, result);
                rows.push_back(std::move(row));
            }
        }
    }
    return rows;
}

std::vector<RecordRow> ReportTables::records(const Scenario &s, const Catalog &catalog)
{
    std::vector<RecordRow> rows;
    const auto add = [&rows](RecordKind kind, const RecordBase *r) {
        if (!r)
            return;
        QStringList estimates;
        for (const std::string &e : r->provenance.estimates)
            estimates << CatalogModel::columnTitle(e); // the column's title, never its key
        rows.push_back({kindName(kind), fromStd(r->id), FieldLabels::recordName(*r),
                        FieldLabels::source(r->provenance), fromStd(r->provenance.date),
                        FieldLabels::confidence(r->provenance.confidence),
                        estimates.join(QStringLiteral(", "))});
    };
    ResolvedRefs refs;
    resolve(s, catalog, refs);
    add(RecordKind::Card, refs.card);
    add(RecordKind::Server, refs.server);
    add(RecordKind::Fabric, refs.fabric);
    add(RecordKind::Storage, refs.storage);
    add(RecordKind::Site, catalog.site(s.site.region));
    if (!s.inference.model.empty())
        add(RecordKind::Model, catalog.model(s.inference.model));
    return rows;
}

std::vector<BomRow> ReportTables::billOfMaterials(const Scenario &s, const Catalog &catalog,
                                                  const Result &r)
{
    std::vector<BomRow> rows;
    ResolvedRefs refs;
    resolve(s, catalog, refs);
    const SizingResult &z = r.sizing;
    const NetworkResult &n = z.network;
    const CapexBreakdown &cx = r.finance.capex;
    // Unit prices as the capex counts them: net of VAT when the prices include it.
    const double eq = netFactor(s.finance, s.finance.vatRateEquipment);
    if (refs.server) {
        const Server &sv = *refs.server;
        rows.push_back({tr("Servers (%1 cards each)").arg(sv.cardsPerServer),
                        FieldLabels::recordName(sv), double(z.servers), tr("servers"),
                        eq * sv.price.cnyValue(), cx.servers.cnyValue(),
                        sv.provenance.isEstimate("price_cny")});
    }
    if (refs.fabric && n.tiers > 0) {
        const Fabric &fb = *refs.fabric;
        const QString name = FieldLabels::recordName(fb);
        const double switches = double(n.leafSwitches + n.spineSwitches + n.coreSwitches);
        rows.push_back({tr("Switches (%1 tiers)").arg(n.tiers), name, switches, tr("switches"),
                        eq * fb.switchPrice.cnyValue(), eq * n.switchCapex.cnyValue(),
                        fb.provenance.isEstimate("switch_price_cny")});
        rows.push_back({tr("Network adapters"), name, double(n.nics), tr("NICs"),
                        eq * fb.nicPrice.cnyValue(), eq * n.nicCapex.cnyValue(),
                        fb.provenance.isEstimate("nic_price_cny")});
        const double optics = eq * fb.transceiverPrice.cnyValue() * double(n.transceivers);
        rows.push_back({tr("Optical transceivers"), name, double(n.transceivers), tr("modules"),
                        eq * fb.transceiverPrice.cnyValue(), optics,
                        fb.provenance.isEstimate("transceiver_price_cny")});
        rows.push_back({tr("Cables"), name, double(n.cables), tr("cables"),
                        eq * fb.cablePrice.cnyValue(), eq * n.opticsCapex.cnyValue() - optics,
                        fb.provenance.isEstimate("cable_price_cny")});
    }
    if (refs.storage && s.cluster.storagePb > 0) {
        const StorageClass &st = *refs.storage;
        rows.push_back({tr("Storage"), FieldLabels::recordName(st), s.cluster.storagePb,
                        tr("PB"), eq * st.pricePerPb.cnyValue(), cx.storage.cnyValue(),
                        st.provenance.isEstimate("price_cny_per_pb")});
    }
    rows.push_back({tr("Installation and integration"),
                    tr("%1 of equipment").arg(Format::percent(s.finance.installationShare)),
                    1, {}, std::nullopt, cx.installation.cnyValue(), false});
    if (cx.software.cnyValue() != 0) {
        rows.push_back({tr("Scheduling and software platform"), tr("Scenario input"), 1, {},
                        std::nullopt, cx.software.cnyValue(), false});
    }
    if (cx.spares.cnyValue() != 0) {
        rows.push_back({tr("Spares"),
                        tr("%1 of equipment").arg(Format::percent(s.finance.sparesShare)), 1, {},
                        std::nullopt, cx.spares.cnyValue(), false});
    }
    if (cx.land.cnyValue() != 0) {
        rows.push_back({tr("Land use right"), tr("Scenario input"), 1, {}, std::nullopt,
                        cx.land.cnyValue(), false});
    }
    bool facilityEstimate = false;
    QString facilityBasis = tr("Scenario input");
    if (const Site *site = catalog.site(s.site.region)) {
        if (nearlyEqual(site->facilityCapexCnyPerKw, s.site.facilityCapexCnyPerKw)) {
            facilityBasis = FieldLabels::recordName(*site);
            facilityEstimate = site->provenance.isEstimate("facility_capex_cny_per_kw");
        }
    }
    if (s.site.facility == FacilityMode::Build)
        rows.push_back({tr("Facility (building, power, cooling)"), facilityBasis, z.itPowerKw,
                        tr("kW IT"),
                        s.site.facilityCapexCnyPerKw
                            * netFactor(s.finance, s.finance.vatRateConstruction),
                        cx.facility.cnyValue(), facilityEstimate});
    return rows;
}

std::vector<MonthlyColumn> ReportTables::monthlyColumns()
{
    return {
        {"month", tr("Month"), CellKind::Integer, [](const MonthRow &m) { return double(m.month); }},
        {"utilization", tr("Utilization"), CellKind::Fraction,
         [](const MonthRow &m) { return m.utilization; }},
        {"cards_installed", tr("Cards installed"), CellKind::Number,
         [](const MonthRow &m) { return m.cardsInstalled; }},
        {"card_hours_sold", tr("Card-hours sold"), CellKind::Number,
         [](const MonthRow &m) { return m.cardHoursSold; }},
        {"price_cny_per_card_hour", tr("List price (CNY/card-hour)"), CellKind::Number,
         [](const MonthRow &m) { return m.priceCnyPerCardHour; }},
        {"revenue_cny", tr("Revenue (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.revenue.cnyValue(); }},
        {"subsidy_cny", tr("Subsidies (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.subsidy.cnyValue(); }},
        {"opex_cny", tr("Opex (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.opex.cnyValue(); }},
        {"energy_cny", tr("Energy cost (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.energy.cnyValue(); }},
        {"energy_mwh", tr("Energy (MWh)"), CellKind::Number,
         [](const MonthRow &m) { return m.energyMwh; }},
        {"capex_cny", tr("Capex (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.capex.cnyValue(); }},
        {"grant_cny", tr("Capex grant (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.grant.cnyValue(); }},
        {"depreciation_cny", tr("Depreciation (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.depreciation.cnyValue(); }},
        {"tax_cny", tr("Income tax (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.tax.cnyValue(); }},
        {"residual_cny", tr("Residual value (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.residual.cnyValue(); }},
        {"cash_flow_cny", tr("Cash flow (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.cashFlow.cnyValue(); }},
        {"cumulative_cny", tr("Cumulative cash flow (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.cumulative.cnyValue(); }},
        {"equity_cash_flow_cny", tr("Equity cash flow (CNY)"), CellKind::Money,
         [](const MonthRow &m) { return m.equityCashFlow.cnyValue(); }},
    };
}

std::vector<YearlyColumn> ReportTables::yearlyColumns()
{
    return {
        {"year", tr("Year"), CellKind::Integer, [](const YearRow &y) { return double(y.year); }},
        {"utilization", tr("Utilization"), CellKind::Fraction,
         [](const YearRow &y) { return y.utilization; }},
        {"revenue_cny", tr("Revenue (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.revenue.cnyValue(); }},
        {"opex_cny", tr("Opex (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.opex.cnyValue(); }},
        {"energy_cny", tr("Energy cost (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.energy.cnyValue(); }},
        {"capex_cny", tr("Capex (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.capex.cnyValue(); }},
        {"tax_cny", tr("Income tax (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.tax.cnyValue(); }},
        {"cash_flow_cny", tr("Cash flow (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.cashFlow.cnyValue(); }},
        {"cumulative_cny", tr("Cumulative cash flow (CNY)"), CellKind::Money,
         [](const YearRow &y) { return y.cumulative.cnyValue(); }},
    };
}

} // namespace ccp
