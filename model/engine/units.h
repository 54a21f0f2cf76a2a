// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Physical quantities of the engine. Inside the engine every power, energy, duration, data
// rate and compute rate is a Boost.Units quantity, so that a kilowatt can never be added to a
// kilowatt-hour. At the edges (JSON, SQLite, display) values leave as plain doubles in one
// canonical unit whose name says the unit; the helpers below are the only conversions.

#include <boost/units/quantity.hpp>
#include <boost/units/systems/information.hpp>
#include <boost/units/systems/si/energy.hpp>
#include <boost/units/systems/si/frequency.hpp>
#include <boost/units/systems/si/power.hpp>
#include <boost/units/systems/si/time.hpp>

namespace ccp::units {

namespace bu = boost::units;

using Power = bu::quantity<bu::si::power>;         // stored in watts
using Energy = bu::quantity<bu::si::energy>;       // stored in joules
using Duration = bu::quantity<bu::si::time>;       // stored in seconds
using FlopRate = bu::quantity<bu::si::frequency>;  // floating-point operations per second
// Data rate: bits per second.
using DataRateUnit = bu::divide_typeof_helper<bu::information::hu::bit::info,
                                              bu::si::time>::type;
using DataRate = bu::quantity<DataRateUnit>;

inline constexpr double kSecondsPerHour = 3600.0;
inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kHoursPerMonth = kHoursPerYear / 12.0; // 730 h

// Conversions out of SI multiply by a reciprocal rather than divide: the engine converts in
// every month of every evaluation, and a division costs several multiplications' time. The
// result may differ from the division in the last bit.
inline constexpr double kPerKilo = 1e-3;
inline constexpr double kKilowattHoursPerJoule = 1.0 / 3.6e6;
inline constexpr double kMegawattHoursPerJoule = 1.0 / 3.6e9;
inline constexpr double kHoursPerSecond = 1.0 / kSecondsPerHour;

inline Power kilowatts(double kw) { return Power::from_value(kw * 1e3); }
inline Power watts(double w) { return Power::from_value(w); }
inline double toKilowatts(Power p) { return p.value() * kPerKilo; }

inline Energy kilowattHours(double kwh) { return Energy::from_value(kwh * 3.6e6); }
inline double toKilowattHours(Energy e) { return e.value() * kKilowattHoursPerJoule; }
inline double toMegawattHours(Energy e) { return e.value() * kMegawattHoursPerJoule; }

inline Duration hours(double h) { return Duration::from_value(h * kSecondsPerHour); }
inline Duration days(double d) { return hours(d * 24.0); }
inline double toHours(Duration t) { return t.value() * kHoursPerSecond; }
inline double toDays(Duration t) { return t.value() / (24.0 * kSecondsPerHour); }

inline FlopRate teraflops(double tf) { return FlopRate::from_value(tf * 1e12); }
inline FlopRate petaflops(double pf) { return FlopRate::from_value(pf * 1e15); }
inline double toPetaflops(FlopRate r) { return r.value() / 1e15; }
inline double toTeraflops(FlopRate r) { return r.value() / 1e12; }

inline DataRate gigabitsPerSecond(double gbps) { return DataRate::from_value(gbps * 1e9); }
inline double toGigabitsPerSecond(DataRate r) { return r.value() / 1e9; }

} // namespace ccp::units
