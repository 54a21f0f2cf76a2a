// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Money is its own strong type, never a bare double in the domain: adding CNY to a kilowatt
// does not compile, and every amount says its currency by its type. Amounts are CNY.
// Prices per physical quantity are types too: EnergyPrice (CNY/kWh) times an Energy is Money.

#include "units.h"

namespace ccp {

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money cny(double amount) { return Money(amount); }
    static constexpr Money zero() { return Money(0.0); }

    constexpr double cnyValue() const { return m_cny; }

    constexpr Money &operator+=(Money o) { m_cny += o.m_cny; return *this; }
    constexpr Money &operator-=(Money o) { m_cny -= o.m_cny; return *this; }
    constexpr Money &operator*=(double f) { m_cny *= f; return *this; }
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cny + b.m_cny); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cny - b.m_cny); }
    friend constexpr Money operator-(Money a) { return Money(-a.m_cny); }
    friend constexpr Money operator*(Money a, double f) { return Money(a.m_cny * f); }
    friend constexpr Money operator*(double f, Money a) { return Money(a.m_cny * f); }
    friend constexpr Money operator/(Money a, double f) { return Money(a.m_cny / f); }
    // The ratio of two amounts is a plain number.
    friend constexpr double operator/(Money a, Money b) { return a.m_cny / b.m_cny; }
    friend constexpr bool operator==(Money a, Money b) { return a.m_cny == b.m_cny; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cny != b.m_cny; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cny < b.m_cny; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_cny > b.m_cny; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_cny <= b.m_cny; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_cny >= b.m_cny; }

private:
    constexpr explicit Money(double cny) : m_cny(cny) {}
    double m_cny = 0.0;
};

// A price per unit of energy. Crosses the edge as CNY per kWh.
class EnergyPrice
{
public:
    constexpr EnergyPrice() = default;
    static constexpr EnergyPrice cnyPerKwh(double v) { return EnergyPrice(v); }
    constexpr double cnyPerKwhValue() const { return m_cnyPerKwh; }

    friend constexpr EnergyPrice operator-(EnergyPrice a, EnergyPrice b)
    {
        return EnergyPrice(a.m_cnyPerKwh - b.m_cnyPerKwh);
    }
    friend constexpr EnergyPrice operator*(EnergyPrice a, double f)
    {
        return EnergyPrice(a.m_cnyPerKwh * f);
    }
    friend Money operator*(units::Energy e, EnergyPrice p)
    {
        return Money::cny(units::toKilowattHours(e) * p.m_cnyPerKwh);
    }

private:
    constexpr explicit EnergyPrice(double v) : m_cnyPerKwh(v) {}
    double m_cnyPerKwh = 0.0;
};

} // namespace ccp
