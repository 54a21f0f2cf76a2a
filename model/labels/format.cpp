// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ccp {

bool Format::chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString Format::undefined()
{
    return QStringLiteral("—");
}

QString Format::money(double cny)
{
    return tr("CNY %1 million").arg(millions(cny, 1));
}

QString Format::money(std::optional<double> cny)
{
    return cny ? money(*cny) : undefined();
}

QString Format::tableMoney(double cny)
{
    return millions(cny, 2);
}

QString Format::tableMoneyUnit()
{
    return tr("million CNY");
}

QString Format::price(double cny)
{
    return tr("%1 CNY").arg(QLocale().toString(cny, 'f', 2));
}

QString Format::percent(std::optional<double> fraction, int decimals)
{
    if (!fraction)
        return undefined();
    double value = *fraction * 100.0;
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) // −0.04% reads 0.0%, not −0.0%
        value = 0.0;
    return QLocale().toString(value, 'f', decimals) + QLocale().percent();
}

QString Format::probability(double fraction, int decimals)
{
    const double step = std::pow(10.0, -decimals) / 100.0; // the last digit shown, as a fraction
    const double shown = std::round(fraction / step) * step;  // what percent() would print
    if (fraction > 0 && shown <= 0)
        return tr("<%1").arg(percent(step, decimals));
    if (fraction < 1 && shown >= 1)
        return tr(">%1").arg(percent(1 - step, decimals));
    return percent(fraction, decimals);
}

QString Format::years(std::optional<double> months)
{
    if (!months)
        return undefined();
    return tr("%1 years").arg(QLocale().toString(*months / 12.0, 'f', 1));
}

QString Format::months(std::optional<double> months)
{
    if (!months)
        return undefined();
    return tr("%1 months").arg(QLocale().toString(*months, 'f', 1));
}

QString Format::millions(double cny, int decimals)
{
    const double v = cny / 1e6;
    // −0.004 million reads 0.00, not −0.00.
    return number(std::abs(v) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : v, decimals);
}

QString Format::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString Format::number(std::optional<double> value, int decimals)
{
    return value ? number(*value, decimals) : undefined();
}

QString Format::integer(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

QString Format::megawatts(double kw)
{
    return tr("%1 MW").arg(QLocale().toString(kw / 1000.0, 'f', 2));
}

QString Format::pflops(double pflops)
{
    return tr("%1 PFLOPS").arg(QLocale().toString(pflops, 'f', 1));
}

QString Format::days(std::optional<double> days)
{
    if (!days)
        return undefined();
    if (!std::isfinite(*days))
        return tr("never completes");
    return tr("%1 days").arg(QLocale().toString(*days, 'f', 1));
}

namespace {
// "12.500" → "12.5", "3.000" → "3", in the locale's digits and decimal point.
QString withoutTrailingZeros(QString s, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    const QString point = locale.decimalPoint();
    while (s.endsWith(zero))
        s.chop(zero.size());
    if (s.endsWith(point))
        s.chop(point.size());
    return s;
}
} // namespace

QString Format::significant(double value)
{
    const QLocale locale;
    if (!std::isfinite(value))
        return locale.toString(value);
    if (value == 0)
        return locale.toString(0);
    const double a = std::abs(value);
    if (a >= 1e15 || a < 1e-4)
        return locale.toString(value, 'g', 6);
    const int digits = int(std::floor(std::log10(a))) + 1;
    const int precision = std::clamp(6 - digits, 0, 6);
    QString s = locale.toString(value, 'f', precision);
    return precision > 0 ? withoutTrailingZeros(s, locale) : s;
}

QString Format::figure(double value)
{
    const QLocale locale;
    if (std::isnan(value))
        return undefined();
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const double a = std::abs(value);
    if (a >= 1e21) // beyond what a fixed notation can group
        return locale.toString(value, 'g', 3);
    int decimals = 0;
    if (a == 0 || a >= 100)
        decimals = a >= 1000 ? 0 : 1;
    else if (a >= 1)
        decimals = 2;
    else // three significant digits: 0.0123, 0.000472
        decimals = std::clamp(2 - int(std::floor(std::log10(a))), 3, 12);
    QString s = locale.toString(value, 'f', decimals);
    if (decimals > 0)
        s = withoutTrailingZeros(s, locale);
    if (s == locale.negativeSign() + locale.zeroDigit())
        s = locale.zeroDigit();
    return s;
}

QString Format::trimmedPercent(double fraction, int decimals)
{
    const QLocale locale;
    QString s = locale.toString(fraction * 100.0, 'f', std::max(0, decimals));
    if (decimals > 0)
        s = withoutTrailingZeros(s, locale);
    if (s == locale.negativeSign() + locale.zeroDigit())
        s = locale.zeroDigit();
    return s + locale.percent();
}

} // namespace ccp
