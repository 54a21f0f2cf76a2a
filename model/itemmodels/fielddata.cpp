// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddata.h"
#include "format.h"

#include "fieldlabels.h"
#include "inputmodel.h"

#include <QFont>
#include <QLocale>
#include <QVariantMap>

#include <cmath>

namespace ccp {

namespace {

// The fields a site preset fills (applySitePreset), with the site record's column key, which
// is what Provenance::estimates lists.
struct PresetField
{
    std::string_view key;
    const char *column;
    double Site::*member;
};

constexpr PresetField kPresetFields[] = {
    {"site.power_price_cny_per_kwh", "power_price_cny_per_kwh", &Site::powerPriceCnyPerKwh},
    {"site.pue", "typical_pue", &Site::typicalPue},
    {"site.pue_limit", "pue_limit", &Site::pueLimit},
    {"site.grid_capacity_kw", "grid_capacity_kw", &Site::gridCapacityKw},
    {"site.energy_quota_mwh_per_year", "energy_quota_mwh_per_year", &Site::energyQuotaMwhPerYear},
    {"site.carbon_kg_per_kwh", "carbon_kg_per_kwh", &Site::carbonKgPerKwh},
    {"site.green_power_share", "green_power_share", &Site::greenPowerShare},
    {"site.facility_capex_cny_per_kw", "facility_capex_cny_per_kw", &Site::facilityCapexCnyPerKw},
    {"finance.tax_rate", "tax_rate", &Site::taxRate},
};

const PresetField *presetField(std::string_view key)
{
    for (const PresetField &p : kPresetFields) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

// The site whose preset the field still holds, or nullptr when the value was changed.
const Site *presetSite(const FieldSpec &f, const FieldData::Context &c, const PresetField **out)
{
    const PresetField *p = presetField(f.key);
    if (!p)
        return nullptr;
    const Site *site = c.catalog.site(c.scenario.site.region);
    if (!site)
        return nullptr;
    const FieldValue v = f.get(c.scenario, -1);
    if (!std::holds_alternative<double>(v) || std::get<double>(v) != site->*(p->member))
        return nullptr;
    *out = p;
    return site;
}

} // namespace

bool FieldData::sameValue(const FieldSpec &f, const FieldValue &a, const FieldValue &b)
{
    return a == b || (FieldLabels::isNull(f, a) && FieldLabels::isNull(f, b));
}

namespace {

const Server *defaultServer(const FieldData::Context &c)
{
    return FieldLabels::defaultServer(c.scenario, c.catalog);
}

// The record a reference field shows: the chosen one, or the default server for a null server.
const RecordBase *referencedRecord(const FieldSpec &f, const FieldValue &v,
                                   const FieldData::Context &c)
{
    const std::string id
        = std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
    if (id.empty())
        return f.refKind == RecordKind::Server ? defaultServer(c) : nullptr;
    return c.catalog.record(f.refKind, id);
}

QVariantMap choice(const RecordBase &r)
{
    return {{QStringLiteral("id"), QString::fromStdString(r.id)},
            {QStringLiteral("name"), FieldLabels::recordName(r)},
            {QStringLiteral("confidence"), FieldLabels::confidence(r.provenance.confidence)},
            {QStringLiteral("confidenceCode"),
             QString::fromLatin1(confidenceCode(r.provenance.confidence))}};
}

QVariantList choices(const FieldSpec &f, const FieldData::Context &c)
{
    QVariantList list;
    if (f.type == FieldType::Choice || f.type == FieldType::Flag) {
        for (std::string_view code : f.choices) {
            list.append(QVariantMap{{QStringLiteral("id"), QString::fromUtf8(code.data(), qsizetype(code.size()))},
                                    {QStringLiteral("name"), FieldLabels::choice(code)}});
        }
        return list;
    }
    if (f.type != FieldType::CatalogRef)
        return list;
    if (f.nullable) {
        list.append(QVariantMap{{QStringLiteral("id"), QString()},
                                {QStringLiteral("name"), FieldLabels::nullReference(f, c.scenario, c.catalog)}});
    }
    auto add = [&list](const auto &records) {
        for (const auto &r : records)
            list.append(choice(r));
    };
    switch (f.refKind) {
    case RecordKind::Card:
        add(c.catalog.cards);
        break;
    case RecordKind::Fabric:
        add(c.catalog.fabrics);
        break;
    case RecordKind::Storage:
        add(c.catalog.storage);
        break;
    case RecordKind::Site:
        add(c.catalog.sites);
        break;
    case RecordKind::Model:
        add(c.catalog.models);
        break;
    case RecordKind::Server:
        for (const Server &s : c.catalog.servers) {
            if (s.card == c.scenario.cluster.card)
                list.append(choice(s));
        }
        break;
    }
    return list;
}

QString display(const FieldSpec &f, const FieldValue &v, const FieldData::Context &c)
{
    switch (f.type) {
    case FieldType::Text:
        return std::holds_alternative<std::string>(v)
                   ? QString::fromStdString(std::get<std::string>(v))
                   : QString();
    case FieldType::Number:
    case FieldType::Integer:
        if (FieldLabels::isNull(f, v))
            return FieldData::tr("all");
        return std::holds_alternative<double>(v)
                   ? FieldLabels::formatValue(f.key, std::get<double>(v))
                   : QString();
    case FieldType::MfuOrAuto:
        if (std::holds_alternative<double>(v))
            return FieldLabels::formatValue(f.key, std::get<double>(v));
        if (c.result && c.result->performance.mfu > 0)
            return FieldData::tr("auto (model: %1)")
                .arg(FieldLabels::formatValue(f.key, c.result->performance.mfu));
        return FieldData::tr("auto");
    case FieldType::CatalogRef:
        return FieldLabels::reference(f, v, c.scenario, c.catalog);
    case FieldType::Choice:
    case FieldType::Flag:
        return std::holds_alternative<std::string>(v)
                   ? FieldLabels::choice(std::get<std::string>(v))
                   : QString();
    }
    return {};
}

// "Valid range: 1 to 3", "Valid range: 36 to 180 months", "Valid range: 0% to 90%".
QString rangeText(const FieldSpec &f)
{
    const bool percent = FieldLabels::isPercent(f.key);
    auto number = [percent](double x) {
        return percent ? Format::trimmedPercent(x) : Format::significant(x);
    };
    const QString unit = percent ? QString() : FieldLabels::unit(f.unit);
    if (std::isinf(f.max)) {
        return unit.isEmpty()
                   ? FieldData::tr("Valid range: %1 or more").arg(number(f.min))
                   : FieldData::tr("Valid range: %1 %2 or more").arg(number(f.min), unit);
    }
    return unit.isEmpty()
               ? FieldData::tr("Valid range: %1 to %2").arg(number(f.min), number(f.max))
               : FieldData::tr("Valid range: %1 to %2 %3").arg(number(f.min), number(f.max), unit);
}

QString toolTip(const FieldSpec &f, const FieldValue &v, const FieldData::Context &c)
{
    QStringList lines;
    lines << FieldLabels::description(f.key);
    if (f.type == FieldType::Number || f.type == FieldType::Integer
        || f.type == FieldType::MfuOrAuto) {
        lines << rangeText(f);
    }
    if (f.type == FieldType::CatalogRef) {
        if (const RecordBase *r = referencedRecord(f, v, c)) {
            lines << FieldLabels::provenance(r->provenance);
            if (r->provenance.confidence == Confidence::Unverified)
                lines << FieldData::tr("Estimate: not a published figure.");
        }
    }
    const PresetField *p = nullptr;
    if (const Site *site = presetSite(f, c, &p)) {
        lines << FieldData::tr("Preset of %1: %2 (%3, confidence %4)")
                     .arg(FieldLabels::recordName(*site),
                          FieldLabels::source(site->provenance),
                          QString::fromStdString(site->provenance.date),
                          FieldLabels::confidence(site->provenance.confidence));
        if (site->provenance.isEstimate(p->column))
            lines << FieldData::tr("Estimate: not a published figure.");
    }
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::string FieldData::key(const FieldSpec &f, int index)
{
    if (!f.isArrayField())
        return std::string(f.key);
    return std::string(f.arrayName()) + '.' + std::to_string(index) + '.'
           + std::string(f.memberName());
}

bool FieldData::isEstimate(const FieldSpec &f, int index, const Context &c)
{
    const PresetField *p = nullptr;
    if (const Site *site = presetSite(f, c, &p))
        return site->provenance.isEstimate(p->column);
    if (f.type == FieldType::CatalogRef) {
        const RecordBase *r = referencedRecord(f, f.get(c.scenario, index), c);
        return r && r->provenance.confidence == Confidence::Unverified;
    }
    return false;
}

QVariant FieldData::data(const FieldSpec &f, int index, const Context &c, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return display(f, f.get(c.scenario, index), c);
    case Qt::EditRole: {
        const FieldValue v = f.get(c.scenario, index);
        if (FieldLabels::isNull(f, v))
            return f.type == FieldType::CatalogRef ? QVariant(QString()) : QVariant();
        if (std::holds_alternative<double>(v))
            return std::get<double>(v);
        return QString::fromStdString(std::get<std::string>(v));
    }
    case Qt::ToolTipRole:
        return toolTip(f, f.get(c.scenario, index), c);
    case Qt::FontRole:
        if (isEstimate(f, index, c)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case InputModel::KeyRole:
        return QString::fromStdString(key(f, index));
    case InputModel::MinimumRole:
        return f.min;
    case InputModel::MaximumRole:
        return f.max;
    case InputModel::UnitRole:
        return QString::fromUtf8(f.unit.data(), qsizetype(f.unit.size()));
    case InputModel::FieldTypeRole:
        return int(f.type);
    case InputModel::RefKindRole:
        return f.type == FieldType::CatalogRef ? QVariant(int(f.refKind)) : QVariant();
    case InputModel::IsPercentRole:
        return FieldLabels::isPercent(f.key);
    case InputModel::IsEstimateRole:
        return isEstimate(f, index, c);
    case InputModel::ChoicesRole:
        if (f.type == FieldType::CatalogRef || f.type == FieldType::Choice
            || f.type == FieldType::Flag)
            return choices(f, c);
        return {};
    case InputModel::NullableRole:
        return f.nullable;
    case InputModel::EditTextRole:
        return editText(f, index, c);
    case InputModel::DisplayUnitRole:
        return FieldLabels::displayUnit(f.key);
    default:
        return {};
    }
}

FieldValue FieldData::fromVariant(const FieldSpec &f, const QVariant &value)
{
    if (!value.isValid())
        return f.type == FieldType::CatalogRef ? FieldValue(std::string()) : FieldValue();
    const bool numeric = f.type == FieldType::Number || f.type == FieldType::Integer
                         || f.type == FieldType::MfuOrAuto;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        if (numeric)
            return value.toDouble();
        return value.toString().toStdString();
    default:
        break;
    }
    const QString text = value.toString();
    if (numeric) {
        const QString t = text.trimmed();
        if (t.isEmpty() && f.nullable)
            return {};
        if (f.type == FieldType::MfuOrAuto && t == QLatin1String("auto"))
            return std::string("auto");
        if (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05))) {
            const Parsed p = parse(f, t);
            if (p.error.isEmpty())
                return p.value;
            return t.toStdString();
        }
        bool ok = false;
        double x = QLocale().toDouble(t, &ok);
        if (!ok)
            x = QLocale::c().toDouble(t, &ok);
        if (ok)
            return x;
        return t.toStdString();
    }
    return text.toStdString();
}

namespace {

// A number as typed back: locale digits, no grouping, up to 10 significant digits.
QString plainNumber(double x)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString t = locale.toString(x, 'f', 10);
    if (t.contains(locale.decimalPoint())) {
        while (t.endsWith(locale.zeroDigit()))
            t.chop(locale.zeroDigit().size());
        if (t.endsWith(locale.decimalPoint()))
            t.chop(locale.decimalPoint().size());
    }
    if (t == locale.negativeSign() + locale.zeroDigit())
        t = locale.zeroDigit();
    return t;
}

bool isNumeric(const FieldSpec &f)
{
    return f.type == FieldType::Number || f.type == FieldType::Integer
           || f.type == FieldType::MfuOrAuto;
}

} // namespace

QString FieldData::editText(const FieldSpec &f, int index, const Context &c)
{
    const FieldValue v = f.get(c.scenario, index);
    if (!isNumeric(f))
        return display(f, v, c);
    if (f.type == FieldType::MfuOrAuto && !std::holds_alternative<double>(v))
        return tr("auto");
    if (FieldLabels::isNull(f, v) || !std::holds_alternative<double>(v))
        return {};
    const double x = std::get<double>(v);
    // Percent: 0.7 → "70"; rounded to 10 significant digits so that 0.07 is "7", not
    // "7.000000000000001".
    return plainNumber(FieldLabels::isPercent(f.key) ? std::round(x * 100.0 * 1e8) / 1e8 : x);
}

FieldData::Parsed FieldData::parse(const FieldSpec &f, const QString &text)
{
    if (!isNumeric(f))
        return {FieldValue(text.toStdString()), {}};
    QString t = text.trimmed();
    const QString label = FieldLabels::label(f.key);
    if (f.type == FieldType::MfuOrAuto
        && (t.isEmpty() || t.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0
            || t.compare(tr("auto"), Qt::CaseInsensitive) == 0))
        return {FieldValue(std::string("auto")), {}};
    if (t.isEmpty()) {
        if (f.nullable)
            return {FieldValue(), {}};
        return {FieldValue(), tr("%1: enter a value.").arg(label)};
    }
    // A trailing unit as displayed ("0.4 CNY/kWh", "1024 cards") may stay.
    for (const QString &unit : {FieldLabels::displayUnit(f.key),
                                QString::fromUtf8(f.unit.data(), qsizetype(f.unit.size()))}) {
        if (!unit.isEmpty() && unit != QLatin1String("%") && t.endsWith(unit)) {
            t.chop(unit.size());
            break;
        }
    }
    const bool percentField = FieldLabels::isPercent(f.key);
    bool percentSign = false;
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05))) {
        percentSign = true;
        t.chop(1);
    }
    // Spaces (also the no-break and narrow spaces some locales group with) carry nothing;
    // "−" is a minus too.
    t.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    if (percentSign && !percentField)
        return {FieldValue(text.toStdString()),
                tr("%1 is not a percentage: enter a plain number.").arg(label)};
    bool ok = false;
    double x = QLocale().toDouble(t, &ok);
    if (!ok)
        x = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(x))
        return {FieldValue(text.trimmed().toStdString()),
                tr("%1: “%2” is not a number.").arg(label, text.trimmed())};
    return {FieldValue(percentField ? x / 100.0 : x), {}};
}

} // namespace ccp
