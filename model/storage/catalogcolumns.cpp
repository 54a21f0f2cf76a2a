// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcolumns.h"

#include <QCoreApplication>

#include <type_traits>

namespace ccp {

namespace {

template<typename T>
QVariant toVariant(const T &v)
{
    if constexpr (std::is_same_v<T, std::string>)
        return QString::fromStdString(v);
    else if constexpr (std::is_same_v<T, Money>)
        return v.cnyValue();
    else if constexpr (std::is_same_v<T, Market>)
        return QString::fromLatin1(marketCode(v));
    else
        return QVariant::fromValue(v);
}

template<typename T>
void fromVariant(T &dst, const QVariant &v)
{
    if constexpr (std::is_same_v<T, std::string>)
        dst = v.toString().toStdString();
    else if constexpr (std::is_same_v<T, Money>)
        dst = Money::cny(v.toDouble());
    else if constexpr (std::is_same_v<T, Market>)
        dst = marketFromCode(v.toString().toStdString()).value_or(Market::Available);
    else if constexpr (std::is_same_v<T, bool>)
        dst = v.toBool();
    else if constexpr (std::is_same_v<T, int>)
        dst = v.toInt();
    else
        dst = v.toDouble();
}

template<auto Member, typename R = void>
struct Col;

template<typename R, typename T, T R::*Member>
struct Col<Member>
{
    static Column<R> make(const char *key, ColumnType type, const char *unit, double min,
                          double max, const char *zeroMeans = nullptr,
                          RecordKind refKind = RecordKind::Card)
    {
        return {key,
                type,
                unit,
                [](const R &r) { return toVariant(r.*Member); },
                [](R &r, const QVariant &v) { fromVariant(r.*Member, v); },
                min,
                max,
                zeroMeans,
                refKind};
    }
};

// A column that is not a number.
template<auto Member>
auto col(const char *key, ColumnType type)
{
    return Col<Member>::make(key, type, "", 0, 0);
}

// The id of a record of another kind.
template<auto Member>
auto ref(const char *key, RecordKind kind)
{
    return Col<Member>::make(key, ColumnType::Reference, "", 0, 0, nullptr, kind);
}

// A number with its accepted range (docs/catalog.md lists them). Every built-in record lies
// well inside; the bounds keep the engine's integer and floating-point arithmetic finite.
template<auto Member>
auto num(const char *key, ColumnType type, const char *unit, double min, double max)
{
    return Col<Member>::make(key, type, unit, min, max);
}

// A number where 0 is not a quantity but the absence of one (a card without FP8, a dense
// model's experts); zeroMeans says what it stands for (translated in CatalogModel).
template<auto Member>
auto numOrNone(const char *key, ColumnType type, const char *unit, double min, double max,
               const char *zeroMeans)
{
    return Col<Member>::make(key, type, unit, min, max, zeroMeans);
}

using CT = ColumnType;

} // namespace

template<>
const std::vector<Column<Card>> &columns<Card>()
{
    static const std::vector<Column<Card>> c = {
        col<&Card::vendor>("vendor", CT::Text),
        num<&Card::bf16Tflops>("bf16_tflops", CT::Real, "TFLOP/s", 0, 100000),
        numOrNone<&Card::fp8Tflops>("fp8_tflops", CT::Real, "TFLOP/s", 0, 100000,
                                     QT_TRANSLATE_NOOP("ccp::CatalogModel", "No FP8 rate published")),
        num<&Card::memoryGb>("memory_gb", CT::Real, "GB", 0, 100000),
        num<&Card::memoryTbps>("memory_tbps", CT::Real, "TB/s", 0, 1000),
        num<&Card::tdpW>("tdp_w", CT::Real, "W", 0, 100000),
        col<&Card::scaleup>("scaleup", CT::Text),
        num<&Card::scaleupGbyteS>("scaleup_gbyte_s", CT::Real, "GB/s", 0, 1e6),
        num<&Card::scaleupDomain>("scaleup_domain", CT::Integer, "card", 1, 100000),
        num<&Card::price>("price_cny", CT::Money, "CNY", 0, 1e9),
        col<&Card::market>("market", CT::Market),
        ref<&Card::standardServer>("standard_server", RecordKind::Server),
        num<&Card::softwareEfficiency>("software_efficiency", CT::Real, "", 0.01, 1),
        col<&Card::release>("release", CT::Text),
    };
    return c;
}

template<>
const std::vector<Column<Server>> &columns<Server>()
{
    static const std::vector<Column<Server>> c = {
        ref<&Server::card>("card", RecordKind::Card),
        num<&Server::cardsPerServer>("cards_per_server", CT::Integer, "card", 1, 1024),
        num<&Server::maxPowerKw>("max_power_kw", CT::Real, "kW", 0.01, 10000),
        num<&Server::busyPowerKw>("busy_power_kw", CT::Real, "kW", 0, 10000),
        num<&Server::idlePowerKw>("idle_power_kw", CT::Real, "kW", 0, 10000),
        num<&Server::rackUnits>("rack_units", CT::Integer, "U", 1, 200),
        num<&Server::price>("price_cny", CT::Money, "CNY", 0, 1e10),
        num<&Server::nicsPerServer>("nics_per_server", CT::Integer, "", 0, 1024),
    };
    return c;
}

template<>
const std::vector<Column<Fabric>> &columns<Fabric>()
{
    static const std::vector<Column<Fabric>> c = {
        col<&Fabric::technology>("technology", CT::Text),
        num<&Fabric::portGbps>("port_gbps", CT::Real, "Gb/s", 1, 100000),
        num<&Fabric::switchRadix>("switch_radix", CT::Integer, "port", 2, 4096),
        num<&Fabric::switchPowerW>("switch_power_w", CT::Real, "W", 0, 1e6),
        num<&Fabric::switchPrice>("switch_price_cny", CT::Money, "CNY", 0, 1e9),
        num<&Fabric::switchRackUnits>("switch_rack_units", CT::Integer, "U", 1, 100),
        num<&Fabric::nicPrice>("nic_price_cny", CT::Money, "CNY", 0, 1e8),
        num<&Fabric::nicPowerW>("nic_power_w", CT::Real, "W", 0, 10000),
        num<&Fabric::transceiverPrice>("transceiver_price_cny", CT::Money, "CNY", 0, 1e7),
        num<&Fabric::transceiverPowerW>("transceiver_power_w", CT::Real, "W", 0, 10000),
        num<&Fabric::switchPortsPerTransceiver>("switch_ports_per_transceiver", CT::Integer, "", 1, 16),
        num<&Fabric::cablePrice>("cable_price_cny", CT::Money, "CNY", 0, 1e7),
    };
    return c;
}

template<>
const std::vector<Column<StorageClass>> &columns<StorageClass>()
{
    static const std::vector<Column<StorageClass>> c = {
        num<&StorageClass::pricePerPb>("price_cny_per_pb", CT::Money, "CNY/PB", 0, 1e10),
        num<&StorageClass::powerKwPerPb>("power_kw_per_pb", CT::Real, "kW/PB", 0, 10000),
        num<&StorageClass::pbPerRack>("pb_per_rack", CT::Real, "PB", 0.01, 10000),
        num<&StorageClass::throughputGbyteSPerPb>("throughput_gbyte_s_per_pb", CT::Real, "GB/s/PB", 0, 1e6),
    };
    return c;
}

template<>
const std::vector<Column<Site>> &columns<Site>()
{
    static const std::vector<Column<Site>> c = {
        col<&Site::province>("province", CT::Text),
        col<&Site::hub>("hub", CT::Text),
        col<&Site::western>("western", CT::Bool),
        num<&Site::powerPriceCnyPerKwh>("power_price_cny_per_kwh", CT::Real, "CNY/kWh", 0, 100),
        num<&Site::pueLimit>("pue_limit", CT::Real, "", 0, 10),
        num<&Site::typicalPue>("typical_pue", CT::Real, "", 1, 10),
        num<&Site::carbonKgPerKwh>("carbon_kg_per_kwh", CT::Real, "kg/kWh", 0, 10),
        num<&Site::greenPowerShare>("green_power_share", CT::Real, "", 0, 1),
        num<&Site::facilityCapexCnyPerKw>("facility_capex_cny_per_kw", CT::Real, "CNY/kW", 0, 1e7),
        num<&Site::taxRate>("tax_rate", CT::Real, "", 0, 1),
        num<&Site::gridCapacityKw>("grid_capacity_kw", CT::Real, "kW", 0, 1e9),
        numOrNone<&Site::energyQuotaMwhPerYear>("energy_quota_mwh_per_year", CT::Real, "MWh/yr", 0, 1e10,
                                                QT_TRANSLATE_NOOP("ccp::CatalogModel", "No binding quota")),
        num<&Site::bandwidthCnyPerGbpsYear>("bandwidth_cny_per_gbps_year", CT::Real, "CNY/(Gb/s·yr)", 0, 1e9),
    };
    return c;
}

template<>
const std::vector<Column<LlmModel>> &columns<LlmModel>()
{
    static const std::vector<Column<LlmModel>> c = {
        col<&LlmModel::developer>("developer", CT::Text),
        num<&LlmModel::paramsTotalB>("params_total_b", CT::Real, "B", 0, 100000),
        num<&LlmModel::paramsActiveB>("params_active_b", CT::Real, "B", 0, 100000),
        num<&LlmModel::layers>("layers", CT::Integer, "", 1, 10000),
        num<&LlmModel::hiddenSize>("hidden_size", CT::Integer, "", 1, 1e6),
        num<&LlmModel::attentionHeads>("attention_heads", CT::Integer, "", 1, 100000),
        num<&LlmModel::kvHeads>("kv_heads", CT::Integer, "", 1, 100000),
        num<&LlmModel::headDim>("head_dim", CT::Integer, "", 1, 100000),
        numOrNone<&LlmModel::kvLoraRank>("kv_lora_rank", CT::Integer, "", 0, 100000,
                                         QT_TRANSLATE_NOOP("ccp::CatalogModel", "Not multi-head latent attention")),
        numOrNone<&LlmModel::qkRopeHeadDim>("qk_rope_head_dim", CT::Integer, "", 0, 100000,
                                            QT_TRANSLATE_NOOP("ccp::CatalogModel", "Not multi-head latent attention")),
        numOrNone<&LlmModel::experts>("experts", CT::Integer, "", 0, 100000,
                                      QT_TRANSLATE_NOOP("ccp::CatalogModel", "Dense model: no routed experts")),
        numOrNone<&LlmModel::expertsPerToken>("experts_per_token", CT::Integer, "", 0, 100000,
                                              QT_TRANSLATE_NOOP("ccp::CatalogModel", "Dense model: no routed experts")),
        num<&LlmModel::contextTokens>("context_tokens", CT::Integer, "token", 1, 1e8),
        col<&LlmModel::precisions>("precisions", CT::Text),
        col<&LlmModel::release>("release", CT::Text),
        col<&LlmModel::license>("license", CT::Text),
    };
    return c;
}

} // namespace ccp
