// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include <QLocale>
#include <string_view>

namespace ccp {

namespace {
QString num(double v)
{
    return QLocale().toString(v, 'g', 6);
}
QString pct(double v)
{
    return QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%');
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
    const QLocale l;
    switch (w.code) {
    case WarningCode::RackBelowOneServer:
        return tr("A server needs %1 kW but the rack budget is %2 kW; one server per rack assumed.")
            .arg(num(w.value), num(w.limit));
    case WarningCode::LiquidCoolingNeeded:
        return tr("Racks draw %1 kW, above about %2 kW: air cooling will not do; plan liquid cooling.")
            .arg(num(w.value), num(w.limit));
    case WarningCode::GridCapacityExceeded:
        return tr("Facility power %1 kW exceeds the grid capacity of %2 kW.")
            .arg(num(w.value), num(w.limit));
    case WarningCode::EnergyQuotaExceeded:
        return tr("Annual energy %1 MWh exceeds the energy quota of %2 MWh.")
            .arg(num(w.value), num(w.limit));
    case WarningCode::PueAboveHubLimit:
        return tr("PUE %1 is above the hub's limit of %2.").arg(num(w.value), num(w.limit));
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
            .arg(num(w.value), num(w.limit));
    case WarningCode::TrainingMissesTarget:
        return tr("The training job takes %1 days, longer than the %2-day target.")
            .arg(l.toString(w.value, 'f', 1), num(w.limit));
    case WarningCode::TrainingMemoryTooSmall:
        return tr("Training state needs about %1 GB of accelerator memory; the job's cards have %2 GB.")
            .arg(num(w.value), num(w.limit));
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
            .arg(num(w.value), num(w.limit));
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
