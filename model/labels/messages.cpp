// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include "fieldlabels.h"
#include "format.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <string_view>

namespace ccp {

namespace {
// Numbers in the command line's input errors, which name keys and raw values (docs/contract.md).
QString num(double v)
{
    return QLocale().toString(v, 'g', 6);
}
// Numbers in sentences for people: grouped, never an exponent.
QString fig(double v)
{
    return Format::figure(v);
}
QString pct(double v)
{
    return Format::trimmedPercent(v, 1);
}
} // namespace

QString Messages::inputError(const InputError &e)
{
    const QString key = QString::fromStdString(e.key);
    const QString detail = QString::fromStdString(e.detail);
    switch (e.code) {
    case InputErrorCode::UnknownKey:
        return tr("%1: unknown key").arg(key);
    case InputErrorCode::WrongType:
        return detail.isEmpty() ? tr("%1: wrong type of value").arg(key)
                                : tr("%1: invalid value \"%2\"").arg(key, detail);
    case InputErrorCode::Missing:
        return tr("%1: missing (required)").arg(key);
    case InputErrorCode::OutOfRange:
        return tr("%1: out of range (allowed %2 to %3)").arg(key, num(e.min), num(e.max));
    case InputErrorCode::NotInteger:
        return tr("%1: must be a whole number").arg(key);
    case InputErrorCode::Empty:
        return tr("%1: must not be empty").arg(key);
    case InputErrorCode::UnknownId:
        return tr("%1: no catalog entry with id \"%2\"").arg(key, detail);
    case InputErrorCode::ServerCardMismatch:
        return tr("%1: server \"%2\" does not carry the chosen card").arg(key, detail);
    case InputErrorCode::SharesAboveOne:
        return tr("%1: segment shares add up to %2, more than 1").arg(key, detail);
    case InputErrorCode::PhaseSharesNotOne:
        return tr("%1: phase shares add up to %2, not 1").arg(key, detail);
    case InputErrorCode::IndexOutOfRange:
        return tr("%1: no such element (index out of range)").arg(key);
    case InputErrorCode::MaasNeedsModel:
        return tr("%1: a MaaS segment sells tokens of the inference model; choose a model first")
            .arg(key);
    case InputErrorCode::MaasNoContract:
        return tr("%1: contracts apply to card-hour segments, not to MaaS segments").arg(key);
    }
    return key;
}

namespace {

const FieldSpec *specOf(std::string_view key, int *index)
{
    *index = -1;
    return findField(key, index);
}

// A number of field `key` with its unit: "70%", "0.4 CNY/kWh", "1,024 cards".
QString withUnit(std::string_view key, double x)
{
    if (FieldLabels::isPercent(key))
        return Format::trimmedPercent(x, 4);
    const QString unit = FieldLabels::displayUnit(key);
    const QString number = Format::figure(x);
    return unit.isEmpty() ? number : Messages::tr("%1 %2").arg(number, unit);
}

QString shares(const std::string &detail)
{
    bool ok = false;
    QString text = QString::fromStdString(detail);
    double sum = QLocale::c().toDouble(text, &ok);
    if (!ok)
        sum = QLocale::c().toDouble(text.replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok ? Format::trimmedPercent(sum, 1) : text;
}

// "must be from 50% to 100%", "must be 1 or more".
QString range(std::string_view key, double min, double max)
{
    if (std::isinf(max))
        return Messages::tr("must be %1 or more").arg(withUnit(key, min));
    if (min == max)
        return Messages::tr("must be %1").arg(withUnit(key, min));
    if (FieldLabels::isPercent(key) || FieldLabels::displayUnit(key).isEmpty())
        return Messages::tr("must be from %1 to %2").arg(withUnit(key, min), withUnit(key, max));
    return Messages::tr("must be from %1 to %2 %3")
        .arg(Format::figure(min), Format::figure(max), FieldLabels::displayUnit(key));
}

} // namespace

QString Messages::fieldName(std::string_view key, const Scenario *s)
{
    int index = -1;
    const FieldSpec *f = specOf(key, &index);
    if (!f || !f->isArrayField() || index < 0) {
        const QString label = FieldLabels::label(key);
        return label.isEmpty() ? QString::fromUtf8(key.data(), qsizetype(key.size())) : label;
    }
    const QString label = FieldLabels::label(f->key);
    if (f->arrayName() == "demand.segments") {
        if (s && std::size_t(index) < s->demand.segments.size()) {
            const QString name = FieldLabels::segmentName(s->demand.segments[std::size_t(index)]);
            if (!name.isEmpty())
                return tr("%1 of segment “%2”").arg(label, name);
        }
        return tr("%1 of segment %2").arg(label).arg(index + 1);
    }
    return tr("%1 of build phase %2").arg(label).arg(index + 1);
}

QString Messages::fieldValue(std::string_view key, const FieldValue &v, const Scenario &s,
                             const Catalog &catalog)
{
    int index = -1;
    const FieldSpec *f = specOf(key, &index);
    if (!f)
        return {};
    const bool null = FieldLabels::isNull(*f, v);
    switch (f->type) {
    case FieldType::Text: {
        if (!std::holds_alternative<std::string>(v))
            return {};
        // A description is a page long: its beginning says which.
        QString text = QString::fromStdString(std::get<std::string>(v)).simplified();
        if (text.size() > 40)
            text = text.left(39) + QStringLiteral("…");
        return tr("“%1”").arg(text);
    }
    case FieldType::Number:
    case FieldType::Integer:
        if (null)
            return tr("all");
        return std::holds_alternative<double>(v) ? withUnit(key, std::get<double>(v)) : QString();
    case FieldType::MfuOrAuto:
        if (std::holds_alternative<double>(v))
            return withUnit(key, std::get<double>(v));
        return tr("auto");
    case FieldType::CatalogRef:
        return FieldLabels::reference(*f, v, s, catalog);
    case FieldType::Choice:
    case FieldType::Flag:
        return std::holds_alternative<std::string>(v)
                   ? FieldLabels::choice(std::get<std::string>(v))
                   : QString();
    }
    return {};
}

QString Messages::fieldChange(const std::string &key, const Scenario &before,
                              const Scenario &after, const Catalog &catalog)
{
    int index = -1;
    const FieldSpec *f = specOf(key, &index);
    const QString scenario = FieldLabels::scenarioName(after);
    if (!f)
        return tr("Change %1 (%2)").arg(fieldName(key, &after), scenario);
    const int size = f->isArrayField() ? arraySize(before, f->arrayName()) : 1;
    const QString from = index < size ? fieldValue(key, f->get(before, index), before, catalog)
                                      : QString();
    const QString to = fieldValue(key, f->get(after, index), after, catalog);
    const QString name = fieldName(key, &before);
    // Numbers share the unit: "Power price 0.36 → 0.4 CNY/kWh".
    const QString unit = FieldLabels::isPercent(key) ? QString() : FieldLabels::displayUnit(key);
    const bool numeric = f->type == FieldType::Number || f->type == FieldType::Integer;
    QString text;
    if (from.isEmpty()) {
        text = tr("%1 set to %2 (%3)").arg(name, to, scenario);
    } else if (numeric && !unit.isEmpty() && from.endsWith(unit) && to.endsWith(unit)) {
        const QString a = from.left(from.size() - unit.size()).trimmed();
        const QString b = to.left(to.size() - unit.size()).trimmed();
        text = tr("%1 %2 → %3 %4 (%5)").arg(name, a, b, unit, scenario);
    } else {
        text = tr("%1 %2 → %3 (%4)").arg(name, from, to, scenario);
    }
    return text;
}

QString Messages::sitePresetNotice(const SitePresetChange &change, const Site &site)
{
    const auto names = [](const std::vector<std::string> &keys) {
        QStringList list;
        for (const std::string &k : keys)
            list << FieldLabels::label(k);
        return list.join(tr(", "));
    };
    QStringList parts;
    if (!change.changed.empty())
        parts << tr("Filled from %1: %2.").arg(FieldLabels::recordName(site), names(change.changed));
    if (!change.kept.empty())
        parts << tr("Kept as set by hand: %1.").arg(names(change.kept));
    return parts.join(QLatin1Char(' '));
}

QString Messages::inputProblem(const InputError &e, const Scenario *s, const FieldValue *value)
{
    const QString name = fieldName(e.key, s);
    const QString detail = QString::fromStdString(e.detail);
    // The refused number, when there is one: "(not 150%)".
    QString refused;
    if (value && std::holds_alternative<double>(*value))
        refused = withUnit(e.key, std::get<double>(*value));
    switch (e.code) {
    case InputErrorCode::UnknownKey:
        return tr("%1 is not an input of a scenario.").arg(name);
    case InputErrorCode::WrongType:
        if (value && std::holds_alternative<std::string>(*value))
            return tr("%1: “%2” is not a valid value.")
                .arg(name, QString::fromStdString(std::get<std::string>(*value)));
        return detail.isEmpty() ? tr("%1: not a valid value.").arg(name)
                                : tr("%1: “%2” is not a valid value.").arg(name, detail);
    case InputErrorCode::Missing:
        return tr("%1 is required.").arg(name);
    case InputErrorCode::OutOfRange:
        return refused.isEmpty()
                   ? tr("%1 %2.").arg(name, range(e.key, e.min, e.max))
                   : tr("%1 %2, not %3.").arg(name, range(e.key, e.min, e.max), refused);
    case InputErrorCode::NotInteger:
        return tr("%1 must be a whole number.").arg(name);
    case InputErrorCode::Empty:
        return tr("%1 must not be empty.").arg(name);
    case InputErrorCode::UnknownId:
        return tr("%1: there is no catalog entry “%2”.").arg(name, detail);
    case InputErrorCode::ServerCardMismatch:
        return tr("%1: the server “%2” does not carry the chosen accelerator.").arg(name, detail);
    case InputErrorCode::SharesAboveOne:
        return tr("The segments' shares add up to %1, more than 100%.").arg(shares(e.detail));
    case InputErrorCode::PhaseSharesNotOne:
        return tr("The build phases' shares add up to %1, not 100%.").arg(shares(e.detail));
    case InputErrorCode::IndexOutOfRange:
        return tr("%1: there is no such row.").arg(name);
    case InputErrorCode::MaasNeedsModel:
        return tr("%1: a MaaS segment sells tokens of the inference model; choose a model first.")
            .arg(name);
    case InputErrorCode::MaasNoContract:
        return tr("%1: contracts apply to card-hour segments, not to MaaS segments.").arg(name);
    }
    return name;
}

QString Messages::warningTitle(WarningCode code)
{
    switch (code) {
    case WarningCode::RackBelowOneServer: return tr("Rack budget below one server");
    case WarningCode::LiquidCoolingNeeded: return tr("Liquid cooling needed");
    case WarningCode::GridCapacityExceeded: return tr("Grid capacity exceeded");
    case WarningCode::EnergyQuotaExceeded: return tr("Energy quota exceeded");
    case WarningCode::PueAboveHubLimit: return tr("PUE above the hub limit");
    case WarningCode::SeveralIrrRoots: return tr("Several IRR values");
    case WarningCode::NoIrr: return tr("No IRR");
    case WarningCode::PaybackOutsideHorizon: return tr("No payback within the horizon");
    case WarningCode::FabricTooSmall: return tr("Fabric too small");
    case WarningCode::TrainingMissesTarget: return tr("Training misses its deadline");
    case WarningCode::TrainingMemoryTooSmall: return tr("Not enough accelerator memory");
    case WarningCode::RackOccupancyBelowPolicy: return tr("Utilization below hub occupancy rule");
    case WarningCode::SteadyYearClamped: return tr("Steady year cut off by the horizon");
    case WarningCode::InferenceDoesNotFit: return tr("Inference model cannot be served");
    case WarningCode::InferenceMissesLatency: return tr("Inference misses its latency target");
    case WarningCode::InferencePrecisionUnpublished: return tr("Precision not published");
    }
    return {};
}

QString Messages::warning(const Warning &w)
{
    switch (w.code) {
    case WarningCode::RackBelowOneServer:
        return tr("A server needs %1 kW but the rack budget is %2 kW; one server per rack assumed.")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::LiquidCoolingNeeded:
        return tr("Racks draw %1 kW, above about %2 kW: air cooling will not do; plan liquid cooling.")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::GridCapacityExceeded:
        return tr("Facility power %1 kW exceeds the grid capacity of %2 kW.")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::EnergyQuotaExceeded:
        return tr("Annual energy %1 MWh exceeds the energy quota of %2 MWh.")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::PueAboveHubLimit:
        return tr("PUE %1 is above the hub's limit of %2.").arg(fig(w.value), fig(w.limit));
    case WarningCode::SeveralIrrRoots:
        return tr("The cash flows change sign several times: %1 rates give NPV = 0; the IRR shown is "
                  "the one closest to zero.")
            .arg(int(w.value));
    case WarningCode::NoIrr:
        return tr("No discount rate makes the NPV zero: there is no IRR.");
    case WarningCode::PaybackOutsideHorizon:
        return tr("The investment does not pay back within the %1-month horizon.")
            .arg(int(w.value));
    case WarningCode::FabricTooSmall:
        return tr("%1 endpoints exceed what a three-tier fabric of this switch can carry (%2).")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::TrainingMissesTarget:
        if (!std::isfinite(w.value))
            return tr("The training job never completes: interruptions outpace checkpoints "
                      "(target %1 days).")
                .arg(fig(w.limit));
        return tr("The training job takes %1 days, longer than the %2-day target.")
            .arg(Format::figure(w.value), fig(w.limit));
    case WarningCode::TrainingMemoryTooSmall:
        return tr("Training state needs about %1 GB of accelerator memory; the job's cards have %2 GB.")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::RackOccupancyBelowPolicy:
        return tr("Steady-state utilization %1 is below the %2 occupancy that hub approvals expect.")
            .arg(pct(w.value), pct(w.limit));
    case WarningCode::InferenceDoesNotFit:
        return tr("The inference model cannot be served as deployed: %1 The MaaS segments sell "
                  "no tokens until the deployment is changed.")
            .arg(inferenceFit(InferenceFit(int(w.value))));
    case WarningCode::InferencePrecisionUnpublished:
        return tr("The model's developer publishes no weights at the chosen precision: quantizing "
                  "them is your assumption, and its accuracy is not checked here.");
    case WarningCode::InferenceMissesLatency:
        return tr("The batch served misses the latency targets (time per output token %1 ms, "
                  "target %2 ms; or the time to first token is above its target): use a smaller "
                  "batch, more cards per deployment, a faster card or a lower precision.")
            .arg(fig(w.value), fig(w.limit));
    case WarningCode::SteadyYearClamped:
        return tr("Ramps, the introductory price or build phases run until year %1, past the "
                  "horizon: the steady-year figures describe year %2, before the center is "
                  "fully built or sold.")
            .arg(int(w.value))
            .arg(int(w.limit));
    }
    return {};
}

QString Messages::undefinedReason(UndefinedReason reason)
{
    switch (reason) {
    case UndefinedReason::NoCardHoursSold: return tr("No card-hours are sold.");
    case UndefinedReason::NoUsefulCompute: return tr("The cluster delivers no effective compute.");
    case UndefinedReason::NoSteadyYearRevenue: return tr("There is no revenue in the steady year.");
    case UndefinedReason::NoSignChange:
        return tr("The cash flows never change sign, so no discount rate makes the NPV zero.");
    case UndefinedReason::NoRootInRange:
        return tr("The NPV has no root between −99% and 10,000% a year.");
    case UndefinedReason::NotPaidBack:
        return tr("The cumulative cash flow never turns positive within the horizon.");
    case UndefinedReason::NoDemand: return tr("No customer segment buys any capacity.");
    case UndefinedReason::NotReachable:
        return tr("The NPV stays negative even at 100% utilization.");
    case UndefinedReason::NoRevenue:
        return tr("The revenue is zero at every price (nothing is sold, or every price factor is 0).");
    case UndefinedReason::JobNeverCompletes:
        return tr("The training job makes no progress: interruptions outpace checkpoints.");
    case UndefinedReason::NoDebt:
        return tr("Nothing is borrowed, so there is no interest or debt service to cover.");
    case UndefinedReason::NoOperatingYear:
        return tr("The horizon holds no whole year of operation.");
    case UndefinedReason::NoContribution:
        return tr("Revenue does not exceed the variable cost, so no sales volume breaks even.");
    case UndefinedReason::NoInferenceModel: return tr("No inference model is chosen.");
    case UndefinedReason::InferenceDoesNotFit:
        return tr("The inference model cannot be served on the chosen cards and parallelism.");
    case UndefinedReason::NoMaasSegment: return tr("No customer segment buys tokens (MaaS).");
    case UndefinedReason::NoCardHourSales:
        return tr("Every card-hour sold serves tokens, so the card-hour price changes nothing.");
    case UndefinedReason::NoFp8Rate:
        return tr("The card has no published FP8 rate.");
    }
    return {};
}

QString Messages::inferenceFit(InferenceFit fit)
{
    switch (fit) {
    case InferenceFit::Fits: return {};
    case InferenceFit::NoModel: return tr("no model is chosen.");
    case InferenceFit::NeedsMoe:
        return tr("expert parallelism needs a mixture-of-experts model.");
    case InferenceFit::ContextTooLong:
        return tr("input and output tokens exceed the model's context length.");
    case InferenceFit::LargerThanCluster:
        return tr("one deployment needs more cards than the cluster has.");
    case InferenceFit::NeedsFabric:
        return tr("the experts are spread over several servers, but the cluster has no scale-out "
                  "network (network cards per card is 0).");
    case InferenceFit::WeightsTooLarge:
        return tr("the weights do not fit in the cards' memory; spread them over more cards.");
    case InferenceFit::BatchTooLarge:
        return tr("the KV cache of the chosen batch does not fit in the cards' memory.");
    }
    return {};
}

QString Messages::undefinedReason(const Result &r, const char *key)
{
    for (const UndefinedFigure &u : r.undefined)
        if (std::string_view(u.key) == key)
            return undefinedReason(u.reason);
    return {};
}

QString Messages::distributionProblem(decisions::DistributionProblem problem)
{
    using P = decisions::DistributionProblem;
    switch (problem) {
    case P::MinAboveMax: return tr("the minimum is above the maximum");
    case P::UniformUnbounded: return tr("a uniform distribution needs a finite minimum and maximum");
    case P::RangeUnbounded: return tr("a triangular or PERT distribution needs a finite minimum and maximum");
    case P::ModeOutside: return tr("the most likely value is outside the minimum and maximum");
    case P::NormalParameters: return tr("a normal distribution needs a finite mean and a standard deviation ≥ 0");
    case P::LognormalParameters: return tr("a lognormal distribution needs a median above 0 and a σ ≥ 0");
    }
    return {};
}

QString Messages::riskInputError(const decisions::RiskInputError &e)
{
    using E = decisions::RiskInputError;
    const QString key = QString::fromStdString(e.key);
    switch (e.code) {
    case E::UnknownLever:
        return tr("%1: not an input the Monte Carlo can vary").arg(key);
    case E::Duplicate:
        return tr("%1: this input is given twice").arg(key);
    case E::UnknownDistribution:
        return tr("%1: unknown distribution (uniform, triangular, pert, normal or lognormal)").arg(key);
    case E::BadDistribution:
        return e.problem ? tr("%1: %2").arg(key, distributionProblem(*e.problem))
                         : key;
    case E::OutOfRange:
        if (e.key == "risk.draws")
            return tr("%1: the number of draws must be from 1 to 10,000,000").arg(key);
        if (e.key == "risk.correlation_utilization_price")
            return tr("%1: the correlation must be from −1 to 1").arg(key);
        if (e.key == "risk.target_payback_months")
            return tr("%1: the payback target must be from 0 to 1,200 months").arg(key);
        return tr("%1: outside the range the input may take").arg(key);
    }
    return key;
}

QString Messages::distributionName(decisions::DistributionKind kind)
{
    using K = decisions::DistributionKind;
    switch (kind) {
    case K::Uniform: return tr("Uniform");
    case K::Triangular: return tr("Triangular");
    case K::Pert: return tr("PERT");
    case K::Normal: return tr("Normal");
    case K::Lognormal: return tr("Lognormal");
    }
    return {};
}

} // namespace ccp
