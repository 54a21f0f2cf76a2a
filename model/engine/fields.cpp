// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace ccp {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

const char *rampCode(RampShape r) { return r == RampShape::SCurve ? "s-curve" : "linear"; }

constexpr std::string_view kRampShapes[] = {"linear", "s-curve"};
constexpr std::string_view kRefreshPolicies[] = {"none", "replace", "cap"};
constexpr std::string_view kGrantTreatments[] = {"reduce_basis", "taxable"};
constexpr std::string_view kFacilityModes[] = {"build", "colocation"};
constexpr std::string_view kFlag[] = {"false", "true"};
constexpr std::string_view kSegmentKinds[] = {"rental", "training", "maas"};
constexpr std::string_view kPrecisions[] = {"bf16", "fp8", "int8", "int4"};

const char *segmentKindCode(SegmentKind k)
{
    return k == SegmentKind::Maas ? "maas" : k == SegmentKind::Training ? "training" : "rental";
}

const char *refreshCode(RefreshPolicy p)
{
    return p == RefreshPolicy::Replace ? "replace" : p == RefreshPolicy::Cap ? "cap" : "none";
}

template<typename T>
FieldValue toValue(const T &v)
{
    if constexpr (std::is_same_v<T, std::string>) {
        return v;
    } else if constexpr (std::is_same_v<T, RampShape>) {
        return std::string(rampCode(v));
    } else if constexpr (std::is_same_v<T, RefreshPolicy>) {
        return std::string(refreshCode(v));
    } else if constexpr (std::is_same_v<T, GrantTreatment>) {
        return std::string(v == GrantTreatment::Taxable ? "taxable" : "reduce_basis");
    } else if constexpr (std::is_same_v<T, FacilityMode>) {
        return std::string(v == FacilityMode::Colocation ? "colocation" : "build");
    } else if constexpr (std::is_same_v<T, SegmentKind>) {
        return std::string(segmentKindCode(v));
    } else if constexpr (std::is_same_v<T, bool>) {
        return std::string(v ? "true" : "false");
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        return v ? FieldValue(*v) : FieldValue();
    } else {
        return double(v);
    }
}

// `v` has been type-checked by checkValue(); this only stores it.
template<typename T>
void fromValue(T &dst, const FieldValue &v)
{
    if constexpr (std::is_same_v<T, std::string>) {
        dst = std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
    } else if constexpr (std::is_same_v<T, RampShape>) {
        dst = std::holds_alternative<std::string>(v) && std::get<std::string>(v) == "s-curve"
                  ? RampShape::SCurve
                  : RampShape::Linear;
    } else if constexpr (std::is_same_v<T, RefreshPolicy>) {
        const std::string code = std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
        dst = code == "replace" ? RefreshPolicy::Replace
              : code == "cap"   ? RefreshPolicy::Cap
                                : RefreshPolicy::None;
    } else if constexpr (std::is_same_v<T, GrantTreatment>) {
        dst = std::holds_alternative<std::string>(v) && std::get<std::string>(v) == "taxable"
                  ? GrantTreatment::Taxable
                  : GrantTreatment::ReduceBasis;
    } else if constexpr (std::is_same_v<T, FacilityMode>) {
        dst = std::holds_alternative<std::string>(v) && std::get<std::string>(v) == "colocation"
                  ? FacilityMode::Colocation
                  : FacilityMode::Build;
    } else if constexpr (std::is_same_v<T, SegmentKind>) {
        const std::string code = std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
        dst = code == "maas" ? SegmentKind::Maas
              : code == "training" ? SegmentKind::Training
                                   : SegmentKind::Rental;
    } else if constexpr (std::is_same_v<T, bool>) {
        dst = std::holds_alternative<std::string>(v) && std::get<std::string>(v) == "true";
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        if (std::holds_alternative<double>(v))
            dst = std::get<double>(v);
        else
            dst.reset();
    } else if constexpr (std::is_same_v<T, int>) {
        // checkValue() has checked the range; the clamp keeps the conversion defined anyway
        // (std::lround of a value outside long, or int() outside int, is undefined).
        const double x = std::holds_alternative<double>(v) ? std::get<double>(v) : 0.0;
        dst = std::isfinite(x) ? int(std::clamp(std::round(x), double(std::numeric_limits<int>::min()),
                                                double(std::numeric_limits<int>::max())))
                               : 0;
    } else {
        dst = std::holds_alternative<double>(v) ? std::get<double>(v) : 0.0;
    }
}

struct Spec
{
    std::string_view key;
    FieldType type;
    double min = 0;
    double max = kInf;
    std::string_view unit = {};
    bool nullable = false;
    bool required = false;
    RecordKind refKind = RecordKind::Card;
    std::span<const std::string_view> choices = {};
};

template<auto Member>
FieldSpec top(Spec p)
{
    return {p.key, p.type, p.min, p.max, p.unit, p.nullable, p.required, p.refKind, p.choices,
            [](const Scenario &s, int) { return toValue(s.*Member); },
            [](Scenario &s, int, const FieldValue &v) { fromValue(s.*Member, v); }};
}

template<auto Group, auto Member>
FieldSpec in(Spec p)
{
    return {p.key, p.type, p.min, p.max, p.unit, p.nullable, p.required, p.refKind, p.choices,
            [](const Scenario &s, int) { return toValue((s.*Group).*Member); },
            [](Scenario &s, int, const FieldValue &v) { fromValue((s.*Group).*Member, v); }};
}

template<auto Group, auto Array, auto Member>
FieldSpec element(Spec p)
{
    return {p.key, p.type, p.min, p.max, p.unit, p.nullable, p.required, p.refKind, p.choices,
            [](const Scenario &s, int i) { return toValue(((s.*Group).*Array)[std::size_t(i)].*Member); },
            [](Scenario &s, int i, const FieldValue &v) {
                fromValue(((s.*Group).*Array)[std::size_t(i)].*Member, v);
            }};
}

using S = Scenario;
using FT = FieldType;
using C = ClusterInputs;
using N = NetworkInputs;
using Si = SiteInputs;
using D = DemandInputs;
using F = FinanceInputs;
using T = TrainingInputs;
using I = InferenceInputs;

const std::vector<FieldSpec> &table()
{
    static const std::vector<FieldSpec> fields = {
        top<&S::name>({"name", FT::Text, 0, kInf, "", false, true}),
        top<&S::description>({"description", FT::Text}),
        top<&S::nameZh>({"name_zh", FT::Text}),
        top<&S::descriptionZh>({"description_zh", FT::Text}),
        top<&S::horizonMonths>({"horizon_months", FT::Integer, 36, 180, "month"}),

        in<&S::cluster, &C::card>({"cluster.card", FT::CatalogRef, 0, kInf, "", false, true, RecordKind::Card}),
        in<&S::cluster, &C::cards>({"cluster.cards", FT::Integer, 1, 1e6, "card", false, true}),
        in<&S::cluster, &C::server>({"cluster.server", FT::CatalogRef, 0, kInf, "", true, false, RecordKind::Server}),
        in<&S::cluster, &C::rackPowerKw>({"cluster.rack_power_kw", FT::Number, 2, 200, "kW"}),
        in<&S::cluster, &C::rackUnits>({"cluster.rack_units", FT::Integer, 10, 60, "U"}),
        in<&S::cluster, &C::availability>({"cluster.availability", FT::Number, 0.5, 1, ""}),
        in<&S::cluster, &C::storage>({"cluster.storage", FT::CatalogRef, 0, kInf, "", true, false, RecordKind::Storage}),
        in<&S::cluster, &C::storagePb>({"cluster.storage_pb", FT::Number, 0, 1e4, "PB"}),
        in<&S::cluster, &C::floorM2PerRack>({"cluster.floor_m2_per_rack", FT::Number, 1, 10, "m²"}),
        element<&S::cluster, &C::phases, &BuildPhase::month>({"cluster.phases[].month", FT::Integer, 0, 179, "month", false, true}),
        element<&S::cluster, &C::phases, &BuildPhase::share>({"cluster.phases[].share", FT::Number, 0, 1, "", false, true}),

        in<&S::network, &N::fabric>({"network.fabric", FT::CatalogRef, 0, kInf, "", false, true, RecordKind::Fabric}),
        in<&S::network, &N::oversubscription>({"network.oversubscription", FT::Number, 1, 8, ":1"}),
        in<&S::network, &N::nicsPerCard>({"network.nics_per_card", FT::Number, 0, 2, "NIC/card"}),

        in<&S::site, &Si::region>({"site.region", FT::CatalogRef, 0, kInf, "", false, true, RecordKind::Site}),
        in<&S::site, &Si::powerPriceCnyPerKwh>({"site.power_price_cny_per_kwh", FT::Number, 0, 5, "CNY/kWh"}),
        in<&S::site, &Si::powerPriceGrowthPerYear>({"site.power_price_growth_per_year", FT::Number, -0.5, 0.5, "/yr"}),
        in<&S::site, &Si::pue>({"site.pue", FT::Number, 1, 3, ""}),
        in<&S::site, &Si::pueLimit>({"site.pue_limit", FT::Number, 0, 3, ""}),
        in<&S::site, &Si::gridCapacityKw>({"site.grid_capacity_kw", FT::Number, 0, 1e8, "kW"}),
        in<&S::site, &Si::energyQuotaMwhPerYear>({"site.energy_quota_mwh_per_year", FT::Number, 0, 1e9, "MWh/yr"}),
        in<&S::site, &Si::carbonKgPerKwh>({"site.carbon_kg_per_kwh", FT::Number, 0, 2, "kg/kWh"}),
        in<&S::site, &Si::greenPowerShare>({"site.green_power_share", FT::Number, 0, 1, ""}),
        in<&S::site, &Si::facilityCapexCnyPerKw>({"site.facility_capex_cny_per_kw", FT::Number, 0, 1e6, "CNY/kW"}),
        in<&S::site, &Si::facility>({"site.facility", FT::Choice, 0, kInf, "", false, false, RecordKind::Card, kFacilityModes}),
        in<&S::site, &Si::colocationCnyPerKwMonth>({"site.colocation_cny_per_kw_month", FT::Number, 0, 1e5, "CNY/kW-month"}),
        in<&S::site, &Si::colocationCnyPerRackMonth>({"site.colocation_cny_per_rack_month", FT::Number, 0, 1e6, "CNY/rack-month"}),
        in<&S::site, &Si::demandChargeCnyPerKwMonth>({"site.demand_charge_cny_per_kw_month", FT::Number, 0, 1000, "CNY/kW-month"}),
        in<&S::site, &Si::touPeakHours>({"site.tou_peak_hours", FT::Number, 0, 24, "h/day"}),
        in<&S::site, &Si::touValleyHours>({"site.tou_valley_hours", FT::Number, 0, 24, "h/day"}),
        in<&S::site, &Si::touPeakFactor>({"site.tou_peak_factor", FT::Number, 1, 5, ""}),
        in<&S::site, &Si::touValleyFactor>({"site.tou_valley_factor", FT::Number, 0, 1, ""}),
        in<&S::site, &Si::touLoadShift>({"site.tou_load_shift", FT::Number, 0, 1, ""}),

        in<&S::demand, &D::listPriceCnyPerCardHour>({"demand.list_price_cny_per_card_hour", FT::Number, 0, 1000, "CNY/card-h", false, true}),
        in<&S::demand, &D::priceDeclinePerYear>({"demand.price_decline_per_year", FT::Number, 0, 0.9, "/yr"}),
        in<&S::demand, &D::introDiscount>({"demand.intro_discount", FT::Number, 0, 0.9, ""}),
        in<&S::demand, &D::introMonths>({"demand.intro_months", FT::Integer, 0, 180, "month"}),
        element<&S::demand, &D::segments, &Segment::name>({"demand.segments[].name", FT::Text, 0, kInf, "", false, true}),
        element<&S::demand, &D::segments, &Segment::share>({"demand.segments[].share", FT::Number, 0, 1, "", false, true}),
        element<&S::demand, &D::segments, &Segment::utilization>({"demand.segments[].utilization", FT::Number, 0, 1, "", false, true}),
        element<&S::demand, &D::segments, &Segment::rampMonths>({"demand.segments[].ramp_months", FT::Integer, 0, 180, "month"}),
        element<&S::demand, &D::segments, &Segment::rampShape>({"demand.segments[].ramp_shape", FT::Choice, 0, kInf, "", false, false, RecordKind::Card, kRampShapes}),
        element<&S::demand, &D::segments, &Segment::priceFactor>({"demand.segments[].price_factor", FT::Number, 0, 2, ""}),
        element<&S::demand, &D::segments, &Segment::contractMonths>({"demand.segments[].contract_months", FT::Integer, 0, 600, "month"}),
        element<&S::demand, &D::segments, &Segment::takeOrPay>({"demand.segments[].take_or_pay", FT::Number, 0, 1, ""}),
        element<&S::demand, &D::segments, &Segment::renewalProbability>({"demand.segments[].renewal_probability", FT::Number, 0, 1, ""}),
        element<&S::demand, &D::segments, &Segment::renewalPriceFactor>({"demand.segments[].renewal_price_factor", FT::Number, 0, 2, ""}),
        element<&S::demand, &D::segments, &Segment::afterTermUtilization>({"demand.segments[].after_term_utilization", FT::Number, 0, 1, ""}),
        element<&S::demand, &D::segments, &Segment::kind>({"demand.segments[].kind", FT::Choice, 0, kInf, "", false, false, RecordKind::Card, kSegmentKinds}),
        element<&S::demand, &D::segments, &Segment::priceInputCnyPerMtok>({"demand.segments[].price_input_cny_per_mtok", FT::Number, 0, 1000, "CNY/Mtok"}),
        element<&S::demand, &D::segments, &Segment::priceCachedInputCnyPerMtok>({"demand.segments[].price_cached_input_cny_per_mtok", FT::Number, 0, 1000, "CNY/Mtok"}),
        element<&S::demand, &D::segments, &Segment::priceOutputCnyPerMtok>({"demand.segments[].price_output_cny_per_mtok", FT::Number, 0, 1000, "CNY/Mtok"}),
        element<&S::demand, &D::segments, &Segment::tokenPriceDeclinePerYear>({"demand.segments[].token_price_decline_per_year", FT::Number, 0, 0.99, "/yr"}),
        element<&S::demand, &D::segments, &Segment::servingHours>({"demand.segments[].serving_hours", FT::Number, 0, 24, "h/day"}),
        element<&S::demand, &D::segments, &Segment::offhoursUtilization>({"demand.segments[].offhours_utilization", FT::Number, 0, 1, ""}),
        element<&S::demand, &D::segments, &Segment::nameZh>({"demand.segments[].name_zh", FT::Text}),

        in<&S::finance, &F::discountRate>({"finance.discount_rate", FT::Number, 0, 1, "/yr"}),
        in<&S::finance, &F::taxRate>({"finance.tax_rate", FT::Number, 0, 0.6, ""}),
        in<&S::finance, &F::installationShare>({"finance.installation_share", FT::Number, 0, 0.5, ""}),
        in<&S::finance, &F::capexOverrun>({"finance.capex_overrun", FT::Number, -0.5, 3, ""}),
        in<&S::finance, &F::softwareCapexCny>({"finance.software_capex_cny", FT::Number, 0, 1e12, "CNY"}),
        in<&S::finance, &F::maintenancePerYear>({"finance.maintenance_per_year", FT::Number, 0, 0.5, "/yr"}),
        in<&S::finance, &F::staffCnyPerYear>({"finance.staff_cny_per_year", FT::Number, 0, 1e12, "CNY/yr"}),
        in<&S::finance, &F::bandwidthCnyPerYear>({"finance.bandwidth_cny_per_year", FT::Number, 0, 1e12, "CNY/yr"}),
        in<&S::finance, &F::rentCnyPerYear>({"finance.rent_cny_per_year", FT::Number, 0, 1e12, "CNY/yr"}),
        in<&S::finance, &F::insurancePerYear>({"finance.insurance_per_year", FT::Number, 0, 0.1, "/yr"}),
        in<&S::finance, &F::equipmentLifeYears>({"finance.equipment_life_years", FT::Number, 1, 15, "yr"}),
        in<&S::finance, &F::facilityLifeYears>({"finance.facility_life_years", FT::Number, 5, 50, "yr"}),
        in<&S::finance, &F::equipmentSalvageShare>({"finance.equipment_salvage_share", FT::Number, 0, 1, ""}),
        in<&S::finance, &F::capexGrantShare>({"finance.capex_grant_share", FT::Number, 0, 1, ""}),
        in<&S::finance, &F::refreshPolicy>({"finance.refresh_policy", FT::Choice, 0, kInf, "", false, false, RecordKind::Card, kRefreshPolicies}),
        in<&S::finance, &F::constructionMonths>({"finance.construction_months", FT::Integer, 0, 48, "month"}),
        in<&S::finance, &F::refreshCard>({"finance.refresh_card", FT::CatalogRef, 0, kInf, "", true, false, RecordKind::Card}),
        in<&S::finance, &F::refreshPriceFactor>({"finance.refresh_price_factor", FT::Number, 0.1, 3, ""}),
        in<&S::finance, &F::electricitySubsidyCnyPerKwh>({"finance.electricity_subsidy_cny_per_kwh", FT::Number, 0, 5, "CNY/kWh"}),
        in<&S::finance, &F::operatingSubsidyCnyPerYear>({"finance.operating_subsidy_cny_per_year", FT::Number, 0, 1e12, "CNY/yr"}),
        in<&S::finance, &F::operatingSubsidyYears>({"finance.operating_subsidy_years", FT::Number, 0, 15, "yr"}),
        in<&S::finance, &F::debtShare>({"finance.debt_share", FT::Number, 0, 0.95, ""}),
        in<&S::finance, &F::interestRate>({"finance.interest_rate", FT::Number, 0, 0.3, "/yr"}),
        in<&S::finance, &F::debtTermYears>({"finance.debt_term_years", FT::Number, 1, 20, "yr"}),
        in<&S::finance, &F::vatRateRevenue>({"finance.vat_rate_revenue", FT::Number, 0, 0.2, ""}),
        in<&S::finance, &F::vatRateEquipment>({"finance.vat_rate_equipment", FT::Number, 0, 0.2, ""}),
        in<&S::finance, &F::vatRateConstruction>({"finance.vat_rate_construction", FT::Number, 0, 0.2, ""}),
        in<&S::finance, &F::vatRateOpex>({"finance.vat_rate_opex", FT::Number, 0, 0.2, ""}),
        in<&S::finance, &F::surtaxRate>({"finance.surtax_rate", FT::Number, 0, 0.2, ""}),
        in<&S::finance, &F::pricesIncludeVat>({"finance.prices_include_vat", FT::Flag, 0, kInf, "", false, false, RecordKind::Card, kFlag}),
        in<&S::finance, &F::vatCreditRefund>({"finance.vat_credit_refund", FT::Flag, 0, kInf, "", false, false, RecordKind::Card, kFlag}),
        in<&S::finance, &F::oneTimeDeduction>({"finance.one_time_deduction", FT::Flag, 0, kInf, "", false, false, RecordKind::Card, kFlag}),
        in<&S::finance, &F::grantTreatment>({"finance.grant_treatment", FT::Choice, 0, kInf, "", false, false, RecordKind::Card, kGrantTreatments}),
        in<&S::finance, &F::workingCapitalShare>({"finance.working_capital_share", FT::Number, 0, 1, ""}),
        in<&S::finance, &F::landCny>({"finance.land_cny", FT::Number, 0, 1e12, "CNY"}),
        in<&S::finance, &F::landTermYears>({"finance.land_term_years", FT::Number, 1, 70, "yr"}),
        in<&S::finance, &F::maintenanceEscalationPerYear>({"finance.maintenance_escalation_per_year", FT::Number, 0, 0.5, "/yr"}),
        in<&S::finance, &F::warrantyYears>({"finance.warranty_years", FT::Number, 0, 10, "yr"}),
        in<&S::finance, &F::sparesShare>({"finance.spares_share", FT::Number, 0, 0.5, ""}),

        in<&S::inference, &I::model>({"inference.model", FT::CatalogRef, 0, kInf, "", true, false, RecordKind::Model}),
        in<&S::inference, &I::precision>({"inference.precision", FT::Choice, 0, kInf, "", false, false, RecordKind::Card, kPrecisions}),
        in<&S::inference, &I::tensorParallel>({"inference.tensor_parallel", FT::Integer, 1, 1024, "card"}),
        in<&S::inference, &I::expertParallel>({"inference.expert_parallel", FT::Integer, 1, 1024, ""}),
        in<&S::inference, &I::batch>({"inference.batch", FT::Integer, 1, 100000, "request", true}),
        in<&S::inference, &I::inputTokens>({"inference.input_tokens", FT::Integer, 1, 1000000, "token"}),
        in<&S::inference, &I::outputTokens>({"inference.output_tokens", FT::Integer, 1, 1000000, "token"}),
        in<&S::inference, &I::cacheHitShare>({"inference.cache_hit_share", FT::Number, 0, 1, ""}),
        in<&S::inference, &I::ttftTargetS>({"inference.ttft_target_s", FT::Number, 0.01, 600, "s"}),
        in<&S::inference, &I::tpotTargetMs>({"inference.tpot_target_ms", FT::Number, 1, 10000, "ms"}),
        in<&S::inference, &I::computeEfficiency>({"inference.compute_efficiency", FT::Number, 0.01, 1, ""}),
        in<&S::inference, &I::bandwidthEfficiency>({"inference.bandwidth_efficiency", FT::Number, 0.01, 1, ""}),
        in<&S::inference, &I::memoryUtilization>({"inference.memory_utilization", FT::Number, 0.1, 1, ""}),
        in<&S::training, &T::params>({"training.params", FT::Number, 1e6, 1e14, "param"}),
        in<&S::training, &T::tokens>({"training.tokens", FT::Number, 1e6, 1e16, "token"}),
        in<&S::training, &T::cards>({"training.cards", FT::Integer, 1, 1e6, "card", true}),
        in<&S::training, &T::mfu>({"training.mfu", FT::MfuOrAuto, 0.01, 0.9, "", true}),
        in<&S::training, &T::flopsPerParamToken>({"training.flops_per_param_token", FT::Number, 2, 12, "FLOP"}),
        in<&S::training, &T::interruptionsPerGpuDay>({"training.interruptions_per_gpu_day", FT::Number, 0, 0.1, "/GPU-day"}),
        in<&S::training, &T::restartHours>({"training.restart_hours", FT::Number, 0, 48, "h"}),
        in<&S::training, &T::checkpointIntervalHours>({"training.checkpoint_interval_hours", FT::Number, 0.05, 48, "h"}),
        in<&S::training, &T::checkpointWriteMinutes>({"training.checkpoint_write_minutes", FT::Number, 0, 120, "min"}),
        in<&S::training, &T::targetDays>({"training.target_days", FT::Number, 1, 3650, "day"}),
    };
    return fields;
}

bool parseIndex(std::string_view s, int *out)
{
    if (s.empty() || s.size() > 6)
        return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

std::string_view FieldSpec::arrayName() const
{
    const auto pos = key.find("[]");
    return pos == std::string_view::npos ? std::string_view() : key.substr(0, pos);
}

std::string_view FieldSpec::memberName() const
{
    const auto pos = key.find("[].");
    return pos == std::string_view::npos ? key : key.substr(pos + 3);
}

std::span<const FieldSpec> scenarioFields() { return table(); }

const FieldSpec *findField(std::string_view key, int *index)
{
    *index = -1;
    for (const FieldSpec &f : table()) {
        if (!f.isArrayField()) {
            if (f.key == key)
                return &f;
            continue;
        }
        // "demand.segments.2.share" against "demand.segments[].share"
        const std::string_view array = f.arrayName();
        const std::string_view member = f.memberName();
        if (key.size() <= array.size() + 1 || key.substr(0, array.size()) != array
            || key[array.size()] != '.')
            continue;
        const std::string_view rest = key.substr(array.size() + 1);
        const auto dot = rest.find('.');
        if (dot == std::string_view::npos || rest.substr(dot + 1) != member)
            continue;
        int i = 0;
        if (!parseIndex(rest.substr(0, dot), &i))
            continue;
        *index = i;
        return &f;
    }
    return nullptr;
}

std::string_view findArray(std::string_view key, int *index)
{
    static const std::vector<std::string_view> arrays = [] {
        std::vector<std::string_view> names;
        for (const FieldSpec &f : table()) {
            const std::string_view array = f.arrayName();
            if (!array.empty() && std::find(names.begin(), names.end(), array) == names.end())
                names.push_back(array);
        }
        return names;
    }();
    *index = -1;
    for (const std::string_view array : arrays) {
        if (key.substr(0, array.size()) != array)
            continue;
        if (key.size() == array.size())
            return array;
        int i = 0;
        if (key[array.size()] == '.' && parseIndex(key.substr(array.size() + 1), &i)) {
            *index = i;
            return array;
        }
    }
    return {};
}

} // namespace ccp
