// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcolumns.h"

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
    static Column<R> make(const char *key, ColumnType type, const char *unit = "")
    {
        return {key, type, unit, [](const R &r) { return toVariant(r.*Member); },
                [](R &r, const QVariant &v) { fromVariant(r.*Member, v); }};
    }
};

template<auto Member>
auto col(const char *key, ColumnType type, const char *unit = "")
{
    return Col<Member>::make(key, type, unit);
}

using CT = ColumnType;

} // namespace

template<>
const std::vector<Column<Card>> &columns<Card>()
{
    static const std::vector<Column<Card>> c = {
        col<&Card::vendor>("vendor", CT::Text),
        col<&Card::bf16Tflops>("bf16_tflops", CT::Real, "TFLOP/s"),
        col<&Card::fp8Tflops>("fp8_tflops", CT::Real, "TFLOP/s"),
        col<&Card::memoryGb>("memory_gb", CT::Real, "GB"),
        col<&Card::memoryTbps>("memory_tbps", CT::Real, "TB/s"),
        col<&Card::tdpW>("tdp_w", CT::Real, "W"),
        col<&Card::scaleup>("scaleup", CT::Text),
        col<&Card::scaleupGbyteS>("scaleup_gbyte_s", CT::Real, "GB/s"),
        col<&Card::scaleupDomain>("scaleup_domain", CT::Integer, "card"),
        col<&Card::price>("price_cny", CT::Money, "CNY"),
        col<&Card::market>("market", CT::Market),
        col<&Card::standardServer>("standard_server", CT::Reference),
        col<&Card::softwareEfficiency>("software_efficiency", CT::Real),
        col<&Card::release>("release", CT::Text),
    };
    return c;
}

template<>
const std::vector<Column<Server>> &columns<Server>()
{
    static const std::vector<Column<Server>> c = {
        col<&Server::card>("card", CT::Reference),
        col<&Server::cardsPerServer>("cards_per_server", CT::Integer, "card"),
        col<&Server::maxPowerKw>("max_power_kw", CT::Real, "kW"),
        col<&Server::busyPowerKw>("busy_power_kw", CT::Real, "kW"),
        col<&Server::idlePowerKw>("idle_power_kw", CT::Real, "kW"),
        col<&Server::rackUnits>("rack_units", CT::Integer, "U"),
        col<&Server::price>("price_cny", CT::Money, "CNY"),
        col<&Server::nicsPerServer>("nics_per_server", CT::Integer),
    };
    return c;
}

template<>
const std::vector<Column<Fabric>> &columns<Fabric>()
{
    static const std::vector<Column<Fabric>> c = {
        col<&Fabric::technology>("technology", CT::Text),
        col<&Fabric::portGbps>("port_gbps", CT::Real, "Gb/s"),
        col<&Fabric::switchRadix>("switch_radix", CT::Integer, "port"),
        col<&Fabric::switchPowerW>("switch_power_w", CT::Real, "W"),
        col<&Fabric::switchPrice>("switch_price_cny", CT::Money, "CNY"),
        col<&Fabric::switchRackUnits>("switch_rack_units", CT::Integer, "U"),
        col<&Fabric::nicPrice>("nic_price_cny", CT::Money, "CNY"),
        col<&Fabric::nicPowerW>("nic_power_w", CT::Real, "W"),
        col<&Fabric::transceiverPrice>("transceiver_price_cny", CT::Money, "CNY"),
        col<&Fabric::transceiverPowerW>("transceiver_power_w", CT::Real, "W"),
        col<&Fabric::switchPortsPerTransceiver>("switch_ports_per_transceiver", CT::Integer),
        col<&Fabric::cablePrice>("cable_price_cny", CT::Money, "CNY"),
    };
    return c;
}

template<>
const std::vector<Column<StorageClass>> &columns<StorageClass>()
{
    static const std::vector<Column<StorageClass>> c = {
        col<&StorageClass::pricePerPb>("price_cny_per_pb", CT::Money, "CNY/PB"),
        col<&StorageClass::powerKwPerPb>("power_kw_per_pb", CT::Real, "kW/PB"),
        col<&StorageClass::pbPerRack>("pb_per_rack", CT::Real, "PB"),
        col<&StorageClass::throughputGbyteSPerPb>("throughput_gbyte_s_per_pb", CT::Real, "GB/s/PB"),
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
        col<&Site::powerPriceCnyPerKwh>("power_price_cny_per_kwh", CT::Real, "CNY/kWh"),
        col<&Site::pueLimit>("pue_limit", CT::Real),
        col<&Site::typicalPue>("typical_pue", CT::Real),
        col<&Site::carbonKgPerKwh>("carbon_kg_per_kwh", CT::Real, "kg/kWh"),
        col<&Site::greenPowerShare>("green_power_share", CT::Real),
        col<&Site::facilityCapexCnyPerKw>("facility_capex_cny_per_kw", CT::Real, "CNY/kW"),
        col<&Site::taxRate>("tax_rate", CT::Real),
        col<&Site::gridCapacityKw>("grid_capacity_kw", CT::Real, "kW"),
        col<&Site::energyQuotaMwhPerYear>("energy_quota_mwh_per_year", CT::Real, "MWh/yr"),
        col<&Site::bandwidthCnyPerGbpsYear>("bandwidth_cny_per_gbps_year", CT::Real, "CNY/(Gb/s·yr)"),
    };
    return c;
}

template<>
const std::vector<Column<LlmModel>> &columns<LlmModel>()
{
    static const std::vector<Column<LlmModel>> c = {
        col<&LlmModel::developer>("developer", CT::Text),
        col<&LlmModel::paramsTotalB>("params_total_b", CT::Real, "B"),
        col<&LlmModel::paramsActiveB>("params_active_b", CT::Real, "B"),
        col<&LlmModel::layers>("layers", CT::Integer),
        col<&LlmModel::hiddenSize>("hidden_size", CT::Integer),
        col<&LlmModel::attentionHeads>("attention_heads", CT::Integer),
        col<&LlmModel::kvHeads>("kv_heads", CT::Integer),
        col<&LlmModel::headDim>("head_dim", CT::Integer),
        col<&LlmModel::kvLoraRank>("kv_lora_rank", CT::Integer),
        col<&LlmModel::qkRopeHeadDim>("qk_rope_head_dim", CT::Integer),
        col<&LlmModel::experts>("experts", CT::Integer),
        col<&LlmModel::expertsPerToken>("experts_per_token", CT::Integer),
        col<&LlmModel::contextTokens>("context_tokens", CT::Integer, "token"),
        col<&LlmModel::precisions>("precisions", CT::Text),
        col<&LlmModel::release>("release", CT::Text),
        col<&LlmModel::license>("license", CT::Text),
    };
    return c;
}

} // namespace ccp
