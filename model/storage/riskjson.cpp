// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskjson.h"

#include "riskinputs.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace ccp {

namespace {

QString withWhere(const QString &where, const QString &message)
{
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

// A bound: a number, or null for none (±infinity).
bool readBound(const QJsonValue &v, double none, double &out)
{
    if (v.isNull() || v.isUndefined()) {
        out = none;
        return true;
    }
    if (!v.isDouble())
        return false;
    out = v.toDouble();
    return true;
}

QJsonValue bound(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<LoadError> RiskJson::read(const QJsonValue &v, const QString &where, RiskInputs &out)
{
    out = RiskInputs{};
    if (v.isUndefined())
        return std::nullopt;
    const auto fail = [&](const QString &message) { return LoadError{withWhere(where, message)}; };
    if (!v.isObject())
        return fail(tr("risk: must be an object"));
    const QJsonObject o = v.toObject();
    static const QSet<QString> known = {
        QStringLiteral("draws"), QStringLiteral("seed"),
        QStringLiteral("correlation_utilization_price"), QStringLiteral("target_payback_months"),
        QStringLiteral("inputs")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(tr("risk.%1: unknown key").arg(it.key()));
    const auto number = [&](const char *key, double &into) -> std::optional<LoadError> {
        const QJsonValue x = o.value(QLatin1String(key));
        if (x.isUndefined())
            return std::nullopt;
        if (!x.isDouble())
            return fail(tr("risk.%1: must be a number").arg(QLatin1String(key)));
        into = x.toDouble();
        return std::nullopt;
    };
    double draws = double(out.draws), seed = double(out.seed);
    if (auto e = number("draws", draws))
        return e;
    if (auto e = number("seed", seed))
        return e;
    if (auto e = number("correlation_utilization_price", out.utilizationPriceCorrelation))
        return e;
    if (auto e = number("target_payback_months", out.targetPaybackMonths))
        return e;
    if (draws != std::floor(draws) || draws < 1 || draws > 1e7)
        return fail(tr("risk.draws: must be a whole number from 1 to 10,000,000"));
    if (seed != std::floor(seed) || seed < 0 || seed > 9007199254740992.0)
        return fail(tr("risk.seed: must be a whole number from 0 to 2⁵³"));
    out.draws = long(draws);
    out.seed = static_cast<unsigned long long>(seed);

    const QJsonValue inputs = o.value(QLatin1String("inputs"));
    if (!inputs.isUndefined() && !inputs.isArray())
        return fail(tr("risk.inputs: must be a list"));
    const QJsonArray arr = inputs.toArray();
    static const QSet<QString> inputKeys = {
        QStringLiteral("key"), QStringLiteral("distribution"), QStringLiteral("min"),
        QStringLiteral("mode"), QStringLiteral("max"), QStringLiteral("spread")};
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString at = QStringLiteral("risk.inputs.%1").arg(i);
        if (!arr[i].isObject())
            return fail(tr("%1: must be an object").arg(at));
        const QJsonObject in = arr[i].toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!inputKeys.contains(it.key()))
                return fail(tr("%1.%2: unknown key").arg(at, it.key()));
        UncertainInputSpec spec;
        if (!in.value(QLatin1String("key")).isString())
            return fail(tr("%1.key: must be text").arg(at));
        if (!in.value(QLatin1String("distribution")).isString())
            return fail(tr("%1.distribution: must be text").arg(at));
        spec.key = in.value(QLatin1String("key")).toString().toStdString();
        spec.distribution = in.value(QLatin1String("distribution")).toString().toStdString();
        if (!readBound(in.value(QLatin1String("min")), -std::numeric_limits<double>::infinity(), spec.min))
            return fail(tr("%1.min: must be a number or null").arg(at));
        if (!readBound(in.value(QLatin1String("max")), std::numeric_limits<double>::infinity(), spec.max))
            return fail(tr("%1.max: must be a number or null").arg(at));
        for (const char *k : {"mode", "spread"}) {
            const QJsonValue x = in.value(QLatin1String(k));
            if (!x.isUndefined() && !x.isDouble())
                return fail(tr("%1.%2: must be a number").arg(at, QLatin1String(k)));
        }
        spec.mode = in.value(QLatin1String("mode")).toDouble(0);
        spec.spread = in.value(QLatin1String("spread")).toDouble(0);
        out.inputs.push_back(std::move(spec));
    }
    if (const auto e = decisions::checkRiskInputs(out))
        return fail(Messages::riskInputError(*e));
    return std::nullopt;
}

QJsonObject RiskJson::write(const RiskInputs &risk)
{
    QJsonArray inputs;
    for (const UncertainInputSpec &in : risk.inputs)
        inputs.append(QJsonObject{{QStringLiteral("key"), QString::fromStdString(in.key)},
                                  {QStringLiteral("distribution"), QString::fromStdString(in.distribution)},
                                  {QStringLiteral("min"), bound(in.min)},
                                  {QStringLiteral("mode"), in.mode},
                                  {QStringLiteral("max"), bound(in.max)},
                                  {QStringLiteral("spread"), in.spread}});
    return {{QStringLiteral("draws"), double(risk.draws)},
            {QStringLiteral("seed"), double(risk.seed)},
            {QStringLiteral("correlation_utilization_price"), risk.utilizationPriceCorrelation},
            {QStringLiteral("target_payback_months"), risk.targetPaybackMonths},
            {QStringLiteral("inputs"), inputs}};
}

} // namespace ccp
