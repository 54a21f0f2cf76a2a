// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include "fields.h"
#include "format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {

struct Entry
{
    std::string_view key;
    const char *label;
    const char *description;
    bool percent;
};

// Every key of scenarioFields() (tests check that none is missing), plus the array names.
constexpr Entry kEntries[] = {
    {"name", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Name"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "The scenario's name, shown in lists, charts and reports."),
     false},
    {"description", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Description"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Free text: the story and the sources of the scenario."),
     false},
    {"name_zh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Chinese name"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Optional: the scenario's name shown in the Chinese interface."),
     false},
    {"description_zh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Chinese description"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Optional: the description shown in the Chinese interface."),
     false},
    {"horizon_months", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Horizon"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Evaluation horizon in months (3 to 15 years)."), false},

    {"cluster.card", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Accelerator"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "The accelerator card the cluster is built of."), false},
    {"cluster.cards", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Cards"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Cards installed at full build-out."), false},
    {"cluster.server", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Server"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "The server that carries the cards; by default the card's standard server."),
     false},
    {"cluster.rack_power_kw", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Rack power"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "IT power budget of one rack."), false},
    {"cluster.rack_units", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Rack units"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Usable rack units per rack."), false},
    {"cluster.availability", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Availability"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Share of hours the cards can be sold, after maintenance and failures."),
     true},
    {"cluster.storage", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Storage class"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "The storage system of the cluster; none by default."),
     false},
    {"cluster.storage_pb", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Storage capacity"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Usable storage capacity."), false},
    {"cluster.floor_m2_per_rack", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Floor space per rack"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "White space per rack, aisles included."), false},
    {"cluster.phases", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Build phases"),
     QT_TRANSLATE_NOOP(
         "ccp::FieldLabels",
         "Build phases: when the equipment is bought; none means everything at month 0."),
     false},
    {"cluster.phases[].month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Month"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Month in which the phase's equipment is bought."),
     false},
    {"cluster.phases[].share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Share"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Share of the cards built in this phase; the shares add up to 100%."),
     true},

    {"network.fabric", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Fabric"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "The scale-out network fabric."), false},
    {"network.oversubscription", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Oversubscription"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Leaf switch ports down to up (1 = non-blocking)."),
     false},
    {"network.nics_per_card", QT_TRANSLATE_NOOP("ccp::FieldLabels", "NICs per card"),
     QT_TRANSLATE_NOOP(
         "ccp::FieldLabels",
         "Scale-out NICs per card: 1 when rail-optimized, 0 for no scale-out fabric."),
     false},

    {"site.region", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Site"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "The site; choosing one fills its power price, PUE, limits and tax rate."),
     false},
    {"site.power_price_cny_per_kwh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Power price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Electricity price paid by the center."), false},
    {"site.power_price_growth_per_year",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Power price growth"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual change of the electricity price."), true},
    {"site.pue", QT_TRANSLATE_NOOP("ccp::FieldLabels", "PUE"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Power usage effectiveness: facility power divided by IT power."),
     false},
    {"site.pue_limit", QT_TRANSLATE_NOOP("ccp::FieldLabels", "PUE limit"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "The hub's policy limit on PUE; exceeding it gives a warning."),
     false},
    {"site.grid_capacity_kw", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Grid capacity"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Power the grid connection can deliver (0 = unlimited)."),
     false},
    {"site.energy_quota_mwh_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Energy quota"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual energy consumption quota (0 = not binding)."),
     false},
    {"site.carbon_kg_per_kwh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Carbon intensity"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "CO₂ emitted per kWh of grid electricity."), false},
    {"site.green_power_share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Green power share"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Share of the electricity from renewable sources."),
     true},
    {"site.facility_capex_cny_per_kw", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Facility cost"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Cost of the building, power and cooling per kW of IT power."),
     false},
    {"site.facility", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Facility"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Build a facility of our own (facility cost per kW), or rent racks in a colocation data center at a monthly price instead."),
     false},
    {"site.colocation_cny_per_kw_month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Colocation price per kW"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Monthly colocation rent per kW of provisioned IT power, energy excluded (with colocation only)."),
     false},
    {"site.colocation_cny_per_rack_month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Colocation price per rack"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Monthly colocation rent per rack, energy excluded (with colocation only)."),
     false},
    {"site.demand_charge_cny_per_kw_month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Demand charge"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Two-part tariff: monthly charge per kW of provisioned facility power, paid whatever the energy drawn."),
     false},
    {"site.tou_peak_hours", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Peak hours"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Time-of-use tariff: hours a day at the peak price."),
     false},
    {"site.tou_valley_hours", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Valley hours"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Time-of-use tariff: hours a day at the valley price; the other hours are at the flat price."),
     false},
    {"site.tou_peak_factor", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Peak price factor"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Peak price as a multiple of the flat power price."),
     false},
    {"site.tou_valley_factor", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Valley price factor"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Valley price as a multiple of the flat power price."),
     false},
    {"site.tou_load_shift", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Load moved to valley hours"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Share of the peak-hour energy moved to valley hours, for example by scheduling batch jobs."),
     true},

    {"demand.list_price_cny_per_card_hour", QT_TRANSLATE_NOOP("ccp::FieldLabels", "List price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "List price of one card-hour in the first month."),
     false},
    {"demand.price_decline_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Price decline"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual decline of the market price."), true},
    {"demand.intro_discount", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Introductory discount"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Discount on the price during the introductory months."),
     true},
    {"demand.intro_months", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Introductory period"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Months during which the introductory discount applies."),
     false},
    // Inputs the decision tools move that are not one field (model/decisions/levers.h).
    {"demand.average_utilization", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Average utilization"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Average sold utilization after the ramps: every segment's utilization "
                       "scaled together, the mix kept."),
     true},
    {"demand.token_price_factor", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Token prices"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Every MaaS segment's input, cached-input and output token prices, as a "
                       "share of the scenario's (100% = as planned)."),
     true},
    {"demand.ramp_months", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Ramp-up"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Months of the longest segment ramp; the other ramps scale with it."),
     false},
    {"catalog.card.price_cny", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Card price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Price of one card; the server's price moves with its cards."),
     false},
    {"catalog.server.price_cny", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Server price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Price of one server, cards included."), false},
    {"demand.segments", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Customer segments"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Customer segments; their shares add up to at most 100%."),
     false},
    {"demand.segments[].name", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Name"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Name of the customer segment."), false},
    {"demand.segments[].name_zh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Chinese name"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Optional: the segment's name shown in the Chinese interface."),
     false},
    {"demand.segments[].share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Share"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Share of the capacity reserved for the segment."),
     true},
    {"demand.segments[].utilization", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Utilization"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Steady-state utilization of the segment's share."),
     true},
    {"demand.segments[].ramp_months", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Ramp"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Months until the segment reaches its steady state."),
     false},
    {"demand.segments[].ramp_shape", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Ramp shape"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "How utilization grows during the ramp: linear or S-curve."),
     false},
    {"demand.segments[].price_factor", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Price factor"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Price the segment pays relative to the list price."),
     false},
    {"demand.segments[].contract_months", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Contract term"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Months of the segment's contract from the start of operation, during which its price is fixed and take-or-pay applies. 0: no contract, the market price throughout."),
     false},
    {"demand.segments[].take_or_pay", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Take-or-pay"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "During the contract term, the share of the reserved capacity billed whatever is used."),
     true},
    {"demand.segments[].renewal_probability", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Renewal probability"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Probability that the contract is renewed at its end; otherwise the capacity goes back to the market."),
     true},
    {"demand.segments[].renewal_price_factor", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Renewal price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Price after renewal, against the segment's price factor applied to the market list price."),
     true},
    {"demand.segments[].after_term_utilization", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Utilization after the term"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Utilization of the segment's capacity when it goes back to the market after an unrenewed contract."),
     true},
    {"demand.segments[].kind", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Sells"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "What the segment buys: card-hours (rental or training jobs, billed alike) or tokens of the inference model (model as a service, MaaS)."),
     false},
    {"demand.segments[].price_input_cny_per_mtok", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Input token price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Price per million input tokens that miss the prefix cache, in the first operating month (MaaS)."),
     false},
    {"demand.segments[].price_cached_input_cny_per_mtok", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Cached input price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Price per million input tokens found in the prefix cache (MaaS)."),
     false},
    {"demand.segments[].price_output_cny_per_mtok", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Output token price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Price per million output tokens, in the first operating month (MaaS)."),
     false},
    {"demand.segments[].token_price_decline_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Token price decline"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Yearly fall of the segment's token prices, compounded monthly from the first operating month (MaaS)."),
     true},
    {"demand.segments[].serving_hours", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Serving hours"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Hours a day the segment's cards serve tokens; the rest of the day they are rented by the card-hour (MaaS)."),
     false},
    {"demand.segments[].offhours_utilization", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Off-hours rental"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Utilization of the segment's cards rented by the card-hour outside the serving hours, at the list price × price factor (MaaS)."),
     true},

    {"finance.discount_rate", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Discount rate"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Annual rate at which future cash flows are discounted."),
     true},
    {"finance.tax_rate", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Income tax rate"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Corporate income tax rate."), true},
    {"finance.installation_share",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Installation & integration"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Installation and integration cost, as a share of equipment capex."),
     true},
    {"finance.capex_overrun", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Capex overrun"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Every investment item above (or, negative, below) its catalog price, as "
                       "a share: the budget risk a sensitivity or risk analysis moves."),
     true},
    {"finance.software_capex_cny", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Software platform"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Scheduling and software platform, bought once."),
     false},
    {"finance.maintenance_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Maintenance"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual maintenance, as a share of equipment capex."),
     true},
    {"finance.staff_cny_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Staff"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual staff cost."), false},
    {"finance.bandwidth_cny_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Bandwidth"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual cost of network bandwidth."), false},
    {"finance.rent_cny_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Rent"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual rent."), false},
    {"finance.insurance_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Insurance"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual insurance, as a share of total capex."), true},
    {"finance.equipment_life_years", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Equipment life"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Straight-line depreciation period of the equipment."),
     false},
    {"finance.facility_life_years", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Facility life"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Straight-line depreciation period of the facility."),
     false},
    {"finance.equipment_salvage_share",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Equipment salvage value"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Book value floor of the equipment, as a share of its cost."),
     true},
    {"finance.capex_grant_share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Capex grant"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Capex subsidy, received together with the capex, as a share of it."),
     true},
    {"finance.construction_months", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Construction period"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Months from the start of construction to the start of operation. The "
                       "facility is paid over them, nothing is sold, and the interest on loans "
                       "drawn meanwhile is added to the loans (construction interest)."),
     false},
    {"finance.refresh_policy", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Equipment refresh"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "What happens when servers, network, storage and software reach the end of "
                       "their life before the horizon: keep running (none), buy them again "
                       "(replace; the old ones are sold at their salvage value) or end the "
                       "evaluation there (cap)."),
     false},
    {"finance.refresh_card", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Refresh card"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Card bought when the equipment is replaced (refresh \"replace\"), with its standard server: its price, power and useful compute per card-hour. Empty: the same card again."),
     false},
    {"finance.refresh_price_factor", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Refresh price"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Price of a replacement against the original equipment's (100% = the same)."),
     true},
    {"finance.electricity_subsidy_cny_per_kwh",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Electricity subsidy"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Subsidy per kWh of electricity consumed."), false},
    {"finance.operating_subsidy_cny_per_year",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Operating subsidy"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Annual operating subsidy, for example compute vouchers."),
     false},
    {"finance.operating_subsidy_years",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Operating subsidy period"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Years during which the operating subsidy is paid."),
     false},
    {"finance.debt_share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Debt share"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Share of the capex financed by debt."), true},
    {"finance.interest_rate", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Interest rate"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Annual interest rate of the debt."), true},
    {"finance.debt_term_years", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Debt term"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Years over which the debt is repaid as an annuity."),
     false},
    {"finance.vat_rate_revenue", QT_TRANSLATE_NOOP("ccp::FieldLabels", "VAT rate on revenue"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Output VAT on revenue: 6% for IT services, 13% for leasing equipment. 0 with every other VAT rate: no VAT."),
     true},
    {"finance.vat_rate_equipment", QT_TRANSLATE_NOOP("ccp::FieldLabels", "VAT rate on equipment"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Input VAT on servers, network, storage, installation and software (13%), credited against output VAT."),
     true},
    {"finance.vat_rate_construction", QT_TRANSLATE_NOOP("ccp::FieldLabels", "VAT rate on construction"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Input VAT on the facility's construction (9%), credited against output VAT."),
     true},
    {"finance.vat_rate_opex", QT_TRANSLATE_NOOP("ccp::FieldLabels", "VAT rate on operating costs"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Input VAT on electricity, maintenance, insurance, bandwidth and rent (13% for electricity)."),
     true},
    {"finance.surtax_rate", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Surtaxes"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Urban maintenance and construction tax and education surcharges, as a share of the VAT paid (7% + 3% + 2%)."),
     true},
    {"finance.prices_include_vat", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Prices include VAT"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Whether the prices entered (list price, power price, server prices, costs) include VAT. Revenue and costs are always reported net of VAT."),
     false},
    {"finance.vat_credit_refund", QT_TRANSLATE_NOOP("ccp::FieldLabels", "VAT credit refund"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Refund the input VAT in excess of output VAT each month (incremental credit refund, 2022) instead of carrying it forward."),
     false},
    {"finance.one_time_deduction", QT_TRANSLATE_NOOP("ccp::FieldLabels", "One-time deduction"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Deduct equipment of up to ¥5M a unit from taxable profit when it enters service (2024 to 2027), instead of depreciating it."),
     false},
    {"finance.grant_treatment", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Grant treatment"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "How the capex grant is taxed: as non-taxable income that reduces the assets' depreciable cost, or as taxable income when received."),
     false},
    {"finance.working_capital_share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Working capital (of annual revenue)"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Working capital held, as a share of the annualized revenue; invested as revenue grows and recovered at the horizon."),
     true},
    {"finance.land_cny", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Land use right"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Price of the land use right, paid at the start and amortized over its term."),
     false},
    {"finance.land_term_years", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Land term"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Term of the land use right over which its price is amortized."),
     false},
    {"finance.maintenance_escalation_per_year", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Maintenance escalation"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Yearly increase of the maintenance cost after the warranty."),
     true},
    {"finance.warranty_years", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Warranty"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Years of the vendor's warranty, during which equipment needs no paid maintenance."),
     false},
    {"finance.spares_share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Spares (of equipment)"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", 
                       "Spare servers, switches and storage bought with each phase, as a share of that equipment."),
     true},

    {"inference.model", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Model"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "The open-weight model the MaaS segments serve; none by default."),
     false},
    {"inference.precision", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Precision"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Weight precision: BF16, FP8, INT8 or INT4. FP8 and INT8 compute at the card's FP8 rate where it has one; the KV cache is FP8 with FP8 weights, else 16-bit."),
     false},
    {"inference.tensor_parallel", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Tensor parallel"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Cards that split every layer of one model replica (usually within a server)."),
     false},
    {"inference.expert_parallel", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Expert parallel"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Tensor-parallel groups a mixture-of-experts model spreads its experts over; each group serves its own requests. Cards per deployment = tensor × expert parallel."),
     false},
    {"inference.batch", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Batch"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Concurrent requests per deployment; by default the largest that fits in memory and meets both latency targets."),
     false},
    {"inference.input_tokens", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Input tokens"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Prompt tokens per request."),
     false},
    {"inference.output_tokens", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Output tokens"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Generated tokens per request."),
     false},
    {"inference.cache_hit_share", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Cache hits"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Share of input tokens found in the prefix cache: they need no prefill and are sold at the cached price (DeepSeek reported 56.3%)."),
     true},
    {"inference.ttft_target_s", QT_TRANSLATE_NOOP("ccp::FieldLabels", "TTFT target"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Largest acceptable time to first token."),
     false},
    {"inference.tpot_target_ms", QT_TRANSLATE_NOOP("ccp::FieldLabels", "TPOT target"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Largest acceptable time per output token."),
     false},
    {"inference.compute_efficiency", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Compute efficiency"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Share of the card's peak FLOP/s a serving engine achieves (calibrated in the methodology)."),
     true},
    {"inference.bandwidth_efficiency", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Bandwidth efficiency"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Share of the card's peak memory bandwidth a decode step achieves (calibrated in the methodology)."),
     true},
    {"inference.memory_utilization", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Memory usable"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Share of the card's memory the serving engine may fill with weights, KV cache and activations."),
     true},
    {"training.params", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Model parameters"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Size N of the model trained."), false},
    {"training.tokens", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Training tokens"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Number D of training tokens."), false},
    {"training.cards", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Cards used"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Cards used by the training job; by default all cards of the cluster."),
     false},
    {"training.mfu", QT_TRANSLATE_NOOP("ccp::FieldLabels", "MFU"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Model FLOPs utilization; \"auto\" uses the built-in model."),
     true},
    {"training.flops_per_param_token",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "FLOPs per parameter-token"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Training FLOPs per parameter and token: 6 (Kaplan), 8 with activation "
                       "recomputation."),
     false},
    {"training.interruptions_per_gpu_day",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Interruption rate"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Job interruptions per GPU-day (Llama 3: 419 in 54 days on 16,384 GPUs)."),
     false},
    {"training.restart_hours", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Restart time"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels",
                       "Time lost per interruption: detection, restart and reload."),
     false},
    {"training.checkpoint_interval_hours",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Checkpoint interval"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Time between two checkpoints."), false},
    {"training.checkpoint_write_minutes",
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Checkpoint write time"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "Time training pauses to write one checkpoint."), false},
    {"training.target_days", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Target duration"),
     QT_TRANSLATE_NOOP("ccp::FieldLabels", "The deadline the training job should meet."), false},
};

struct UnitEntry
{
    std::string_view symbol;
    const char *label;
};

constexpr UnitEntry kUnits[] = {
    {"kW", QT_TRANSLATE_NOOP("ccp::FieldLabels", "kW")},
    {"CNY/kWh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/kWh")},
    {"month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "months")},
    {"card", QT_TRANSLATE_NOOP("ccp::FieldLabels", "cards")},
    {"U", QT_TRANSLATE_NOOP("ccp::FieldLabels", "U")},
    {"PB", QT_TRANSLATE_NOOP("ccp::FieldLabels", "PB")},
    {"m²", QT_TRANSLATE_NOOP("ccp::FieldLabels", "m²")},
    {":1", QT_TRANSLATE_NOOP("ccp::FieldLabels", ":1")},
    {"NIC/card", QT_TRANSLATE_NOOP("ccp::FieldLabels", "NICs/card")},
    {"/yr", QT_TRANSLATE_NOOP("ccp::FieldLabels", "/year")},
    {"MWh/yr", QT_TRANSLATE_NOOP("ccp::FieldLabels", "MWh/year")},
    {"kg/kWh", QT_TRANSLATE_NOOP("ccp::FieldLabels", "kg/kWh")},
    {"CNY/kW", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/kW")},
    {"CNY/kW-month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/kW per month")},
    {"CNY/rack-month", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/rack per month")},
    {"CNY/card-h", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/card-hour")},
    {"CNY", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY")},
    {"CNY/yr", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/year")},
    {"yr", QT_TRANSLATE_NOOP("ccp::FieldLabels", "years")},
    {"param", QT_TRANSLATE_NOOP("ccp::FieldLabels", "parameters")},
    {"token", QT_TRANSLATE_NOOP("ccp::FieldLabels", "tokens")},
    {"FLOP", QT_TRANSLATE_NOOP("ccp::FieldLabels", "FLOP")},
    {"/GPU-day", QT_TRANSLATE_NOOP("ccp::FieldLabels", "/GPU-day")},
    {"h", QT_TRANSLATE_NOOP("ccp::FieldLabels", "h")},
    {"h/day", QT_TRANSLATE_NOOP("ccp::FieldLabels", "hours/day")},
    {"CNY/Mtok", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/million tokens")},
    {"request", QT_TRANSLATE_NOOP("ccp::FieldLabels", "requests")},
    {"s", QT_TRANSLATE_NOOP("ccp::FieldLabels", "s")},
    {"ms", QT_TRANSLATE_NOOP("ccp::FieldLabels", "ms")},
    {"B", QT_TRANSLATE_NOOP("ccp::FieldLabels", "billion")},
    {"min", QT_TRANSLATE_NOOP("ccp::FieldLabels", "min")},
    {"day", QT_TRANSLATE_NOOP("ccp::FieldLabels", "days")},
    {"%", QT_TRANSLATE_NOOP("ccp::FieldLabels", "%")},
    {"%/yr", QT_TRANSLATE_NOOP("ccp::FieldLabels", "%/year")},
    {"TFLOP/s", QT_TRANSLATE_NOOP("ccp::FieldLabels", "TFLOP/s")},
    {"GB", QT_TRANSLATE_NOOP("ccp::FieldLabels", "GB")},
    {"TB/s", QT_TRANSLATE_NOOP("ccp::FieldLabels", "TB/s")},
    {"W", QT_TRANSLATE_NOOP("ccp::FieldLabels", "W")},
    {"GB/s", QT_TRANSLATE_NOOP("ccp::FieldLabels", "GB/s")},
    {"Gb/s", QT_TRANSLATE_NOOP("ccp::FieldLabels", "Gb/s")},
    {"port", QT_TRANSLATE_NOOP("ccp::FieldLabels", "ports")},
    {"CNY/PB", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/PB")},
    {"kW/PB", QT_TRANSLATE_NOOP("ccp::FieldLabels", "kW/PB")},
    {"GB/s/PB", QT_TRANSLATE_NOOP("ccp::FieldLabels", "GB/s per PB")},
    {"CNY/(Gb/s·yr)", QT_TRANSLATE_NOOP("ccp::FieldLabels", "CNY/(Gb/s·year)")},
};

// The entry of `key` in any of its spellings.
const Entry *entry(std::string_view key)
{
    for (const Entry &e : kEntries) {
        if (e.key == key)
            return &e;
    }
    int index = -1;
    if (const FieldSpec *f = findField(key, &index)) {
        for (const Entry &e : kEntries) {
            if (e.key == f->key)
                return &e;
        }
    }
    return nullptr;
}

const FieldSpec *spec(std::string_view key)
{
    int index = -1;
    if (const FieldSpec *f = findField(key, &index))
        return f;
    for (const FieldSpec &f : scenarioFields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

QString FieldLabels::label(std::string_view key)
{
    const Entry *e = entry(key);
    return e ? tr(e->label) : QString();
}

QString FieldLabels::description(std::string_view key)
{
    const Entry *e = entry(key);
    return e ? tr(e->description) : QString();
}

QString FieldLabels::unit(std::string_view unitSymbol)
{
    if (unitSymbol.empty())
        return {};
    for (const UnitEntry &u : kUnits) {
        if (u.symbol == unitSymbol)
            return tr(u.label);
    }
    return fromView(unitSymbol);
}

QString FieldLabels::displayUnit(std::string_view key)
{
    const FieldSpec *f = spec(key);
    if (!f)
        return {};
    if (isPercent(key))
        return unit(f->unit == "/yr" ? "%/yr" : "%");
    return unit(f->unit);
}

QString FieldLabels::group(std::string_view key)
{
    const auto dot = key.find('.');
    const std::string_view prefix = dot == std::string_view::npos ? key : key.substr(0, dot);
    if (prefix == "cluster")
        return tr("Cluster");
    if (prefix == "network")
        return tr("Network");
    if (prefix == "site")
        return tr("Site and power");
    if (prefix == "demand")
        return tr("Demand");
    if (prefix == "finance")
        return tr("Finance");
    if (prefix == "training")
        return tr("Training job");
    if (prefix == "inference")
        return tr("Inference");
    return tr("Scenario");
}

bool FieldLabels::isPercent(std::string_view key)
{
    const Entry *e = entry(key);
    return e && e->percent;
}

QString FieldLabels::formatValue(std::string_view key, double value)
{
    return isPercent(key) ? Format::trimmedPercent(value) : Format::significant(value);
}

QString FieldLabels::recordName(const RecordBase &record)
{
    if (QLocale().language() == QLocale::Chinese && !record.nameZh.empty())
        return QString::fromStdString(record.nameZh);
    return QString::fromStdString(record.name);
}

QString FieldLabels::vendor(const QString &name)
{
    // The makers and developers of the built-in catalog; brand names written in Latin letters
    // in Chinese too (NVIDIA, AMD, DeepSeek, Meta) stay as they are in the translation.
    static const char *const names[] = {
        QT_TR_NOOP("NVIDIA"),       QT_TR_NOOP("AMD"),          QT_TR_NOOP("Huawei"),
        QT_TR_NOOP("Cambricon"),    QT_TR_NOOP("Hygon"),        QT_TR_NOOP("Kunlunxin"),
        QT_TR_NOOP("Alibaba Qwen"), QT_TR_NOOP("DeepSeek"),     QT_TR_NOOP("Meta"),
        QT_TR_NOOP("Moonshot AI"),  QT_TR_NOOP("Zhipu AI (THUDM)"), QT_TR_NOOP("Zhipu AI (Z.ai)"),
    };
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return tr(n);
    }
    return name;
}

QString FieldLabels::notes(const Provenance &p)
{
    if (Format::chinese() && !p.notesZh.empty())
        return QString::fromStdString(p.notesZh);
    return QString::fromStdString(p.notes);
}

QString FieldLabels::scenarioName(const Scenario &s)
{
    if (Format::chinese() && !s.nameZh.empty())
        return QString::fromStdString(s.nameZh);
    return QString::fromStdString(s.name);
}

QString FieldLabels::scenarioDescription(const Scenario &s)
{
    if (Format::chinese() && !s.descriptionZh.empty())
        return QString::fromStdString(s.descriptionZh);
    return QString::fromStdString(s.description);
}

QString FieldLabels::segmentName(const Segment &segment)
{
    if (Format::chinese() && !segment.nameZh.empty())
        return QString::fromStdString(segment.nameZh);
    return QString::fromStdString(segment.name);
}

std::string FieldLabels::shownNameKey(std::string_view key, const Scenario &s)
{
    if (!Format::chinese())
        return std::string(key);
    if (key == "name")
        return s.nameZh.empty() ? std::string(key) : std::string("name_zh");
    if (key == "description")
        return s.descriptionZh.empty() ? std::string(key) : std::string("description_zh");
    int index = -1;
    const FieldSpec *f = findField(key, &index);
    if (f && f->key == "demand.segments[].name" && index >= 0
        && std::size_t(index) < s.demand.segments.size()
        && !s.demand.segments[std::size_t(index)].nameZh.empty())
        return std::string(key) + "_zh";
    return std::string(key);
}

QString FieldLabels::confidence(Confidence c)
{
    switch (c) {
    case Confidence::High:
        return tr("high");
    case Confidence::Medium:
        return tr("medium");
    case Confidence::Low:
        return tr("low");
    case Confidence::Unverified:
        return tr("unverified");
    }
    return {};
}

QString FieldLabels::provenance(const Provenance &p)
{
    return tr("Source: %1 (%2, confidence %3)")
        .arg(source(p), QString::fromStdString(p.date), confidence(p.confidence));
}

QString FieldLabels::source(const Provenance &p)
{
    if (Format::chinese() && !p.sourceZh.empty())
        return QString::fromStdString(p.sourceZh);
    return QString::fromStdString(p.source);
}

QString FieldLabels::choice(std::string_view code)
{
    if (code == "linear")
        return tr("Linear");
    if (code == "s-curve")
        return tr("S-curve");
    if (code == "none")
        return tr("None (equipment keeps running)");
    if (code == "replace")
        return tr("Replace at the end of its life");
    if (code == "cap")
        return tr("Stop at the end of its life");
    if (code == "true")
        return tr("Yes");
    if (code == "false")
        return tr("No");
    if (code == "reduce_basis")
        return tr("Non-taxable, reduces the asset cost");
    if (code == "taxable")
        return tr("Taxable income when received");
    if (code == "rental")
        return tr("Card-hours (rental)");
    if (code == "training")
        return tr("Card-hours (training)");
    if (code == "maas")
        return tr("Tokens (MaaS)");
    if (code == "bf16")
        return tr("BF16");
    if (code == "fp8")
        return tr("FP8");
    if (code == "int8")
        return tr("INT8");
    if (code == "int4")
        return tr("INT4");
    if (code == "build")
        return tr("Build our own facility");
    if (code == "colocation")
        return tr("Rent colocation racks");
    return fromView(code);
}

QString FieldLabels::zeroMeaning(std::string_view key)
{
    if (key == "site.grid_capacity_kw")
        return tr("unlimited");
    if (key == "site.energy_quota_mwh_per_year")
        return tr("not binding");
    return {};
}

bool FieldLabels::isNull(const FieldSpec &f, const FieldValue &v)
{
    if (std::holds_alternative<std::monostate>(v))
        return true;
    if (f.nullable && f.type == FieldType::Integer)
        return std::holds_alternative<double>(v) && std::get<double>(v) == 0.0;
    if (f.nullable && f.type == FieldType::CatalogRef)
        return std::holds_alternative<std::string>(v) && std::get<std::string>(v).empty();
    return false;
}

const Server *FieldLabels::defaultServer(const Scenario &s, const Catalog &catalog)
{
    const Card *card = catalog.card(s.cluster.card);
    return card ? catalog.server(card->standardServer) : nullptr;
}

QString FieldLabels::nullReference(const FieldSpec &f, const Scenario &s, const Catalog &catalog)
{
    if (f.refKind == RecordKind::Server) {
        const Server *server = defaultServer(s, catalog);
        return tr("default (%1)").arg(server ? recordName(*server) : tr("standard server"));
    }
    if (f.refKind == RecordKind::Card) // finance.refresh_card
        return tr("the same card again");
    return tr("none");
}

QString FieldLabels::reference(const FieldSpec &f, const FieldValue &v, const Scenario &s,
                               const Catalog &catalog)
{
    if (isNull(f, v))
        return nullReference(f, s, catalog);
    if (!std::holds_alternative<std::string>(v))
        return {};
    const std::string &id = std::get<std::string>(v);
    const RecordBase *r = catalog.record(f.refKind, id);
    return r ? recordName(*r) : QString::fromStdString(id);
}

} // namespace ccp
