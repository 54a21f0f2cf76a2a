// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariojson.h"

#include "catalogstore.h"
#include "fields.h"
#include "jsonguard.h"
#include "filelimits.h"
#include "riskjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <charconv>
#include <map>
#include <set>

namespace ccp {

namespace {

QString withWhere(const QString &where, const QString &message)
{
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

LoadError fromInputError(const QString &where, const InputError &e)
{
    return LoadError{withWhere(where, Messages::inputError(e))};
}

// Top-level groups of a scenario object and the arrays inside them.
const char *const kGroups[] = {"cluster", "network", "site", "demand", "finance", "training",
                               "inference"};

bool isArrayName(std::string_view key)
{
    return key == "cluster.phases" || key == "demand.segments";
}

FieldValue fromJson(const QJsonValue &v, bool *ok)
{
    *ok = true;
    switch (v.type()) {
    case QJsonValue::Null: return {};
    case QJsonValue::Double: return v.toDouble();
    case QJsonValue::String: return v.toString().toStdString();
    case QJsonValue::Bool: return std::string(v.toBool() ? "true" : "false");
    default: *ok = false; return {};
    }
}

QJsonValue toJson(const FieldSpec &f, const FieldValue &v)
{
    if (std::holds_alternative<double>(v)) {
        const double x = std::get<double>(v);
        // training.cards 0 and the like mean "default": written as null.
        if (f.nullable && f.type == FieldType::Integer && x == 0.0)
            return QJsonValue(QJsonValue::Null);
        return x;
    }
    if (f.type == FieldType::Flag)
        return std::holds_alternative<std::string>(v) && std::get<std::string>(v) == "true";
    if (std::holds_alternative<std::string>(v)) {
        const std::string &s = std::get<std::string>(v);
        if (f.nullable && s.empty())
            return QJsonValue(QJsonValue::Null);
        return QString::fromStdString(s);
    }
    if (f.type == FieldType::MfuOrAuto)
        return QStringLiteral("auto");
    return QJsonValue(QJsonValue::Null);
}

QJsonValue lookup(const QJsonObject &o, std::string_view dotted)
{
    const QStringList parts = QString::fromUtf8(dotted.data(), qsizetype(dotted.size()))
                                  .split(QLatin1Char('.'));
    QJsonValue cur = o;
    for (const QString &p : parts) {
        if (!cur.isObject())
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(p);
    }
    return cur;
}

void insertDotted(QJsonObject &o, const QStringList &parts, int i, const QJsonValue &v)
{
    if (i == parts.size() - 1) {
        o.insert(parts[i], v);
        return;
    }
    QJsonObject child = o.value(parts[i]).toObject();
    insertDotted(child, parts, i + 1, v);
    o.insert(parts[i], child);
}

// Keys a scenario object may contain: every scalar field's dotted key, plus the arrays.
const std::set<std::string> &knownScalarKeys()
{
    static const std::set<std::string> keys = [] {
        std::set<std::string> k;
        for (const FieldSpec &f : scenarioFields()) {
            if (!f.isArrayField())
                k.insert(std::string(f.key));
        }
        return k;
    }();
    return keys;
}

std::optional<InputError> checkUnknown(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const std::string key = it.key().toStdString();
        bool group = false;
        for (const char *g : kGroups)
            group = group || key == g;
        if (group) {
            if (!it.value().isObject())
                return InputError{key, InputErrorCode::WrongType};
            const QJsonObject inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt) {
                const std::string dotted = key + '.' + jt.key().toStdString();
                if (isArrayName(dotted)) {
                    if (!jt.value().isArray())
                        return InputError{dotted, InputErrorCode::WrongType};
                    const QJsonArray arr = jt.value().toArray();
                    for (qsizetype i = 0; i < arr.size(); ++i) {
                        const std::string at = dotted + '.' + std::to_string(i);
                        if (!arr[i].isObject())
                            return InputError{at, InputErrorCode::WrongType};
                        const QJsonObject el = arr[i].toObject();
                        for (auto kt = el.begin(); kt != el.end(); ++kt) {
                            int index = -1;
                            const std::string k = at + '.' + kt.key().toStdString();
                            if (!findField(k, &index))
                                return InputError{k, InputErrorCode::UnknownKey};
                        }
                    }
                } else if (!knownScalarKeys().count(dotted)) {
                    return InputError{dotted, InputErrorCode::UnknownKey};
                }
            }
        } else if (key != "risk" && !knownScalarKeys().count(key)) {
            return InputError{key, InputErrorCode::UnknownKey};
        }
    }
    return std::nullopt;
}

// Fields a site preset fills, as scenario keys.
const char *const kSitePresetKeys[] = {
    "site.power_price_cny_per_kwh", "site.pue", "site.pue_limit", "site.grid_capacity_kw",
    "site.energy_quota_mwh_per_year", "site.carbon_kg_per_kwh", "site.green_power_share",
    "site.facility_capex_cny_per_kw", "finance.tax_rate"};

// Copies the preset fields of `site` into `s`, except those in `keep`.
void applyPresetExcept(Scenario &s, const Site &site, const std::set<std::string> &keep)
{
    Scenario preset = s;
    applySitePreset(preset, site);
    s.site.region = site.id;
    for (const char *k : kSitePresetKeys) {
        if (keep.count(k))
            continue;
        int index = -1;
        const FieldSpec *f = findField(k, &index);
        f->set(s, -1, f->get(preset, -1));
    }
}

std::optional<double> parseNumber(const QString &text)
{
    const QByteArray b = text.trimmed().toLatin1();
    double v = 0;
    const char *end = b.constData() + b.size();
    const auto [ptr, ec] = std::from_chars(b.constData(), end, v);
    if (ec != std::errc() || ptr != end || b.isEmpty())
        return std::nullopt;
    return v;
}

} // namespace

std::optional<LoadError> ScenarioJson::readScenario(const QJsonObject &o, const Catalog &catalog,
                                                    const QString &where, Scenario &out)
{
    out = Scenario{};
    if (auto e = checkUnknown(o))
        return fromInputError(where, *e);
    std::set<std::string> present;
    // Reads one field's JSON value (absent: the default, unless required) into `out`.
    const auto read = [&](const FieldSpec &f, const std::string &key, const QJsonValue &jv,
                          int index) -> std::optional<LoadError> {
        if (jv.isUndefined()) {
            if (f.required)
                return fromInputError(where, InputError{key, InputErrorCode::Missing});
            return std::nullopt;
        }
        bool ok = true;
        const FieldValue v = fromJson(jv, &ok);
        if (!ok)
            return fromInputError(where, InputError{key, InputErrorCode::WrongType});
        if (auto e = checkValue(f, key, v))
            return fromInputError(where, *e);
        f.set(out, index, v);
        present.insert(key);
        return std::nullopt;
    };
    for (const FieldSpec &f : scenarioFields()) {
        if (f.isArrayField())
            continue;
        if (auto e = read(f, std::string(f.key), lookup(o, f.key), -1))
            return e;
    }
    for (const char *arrayName : {"cluster.phases", "demand.segments"}) {
        const QJsonArray arr = lookup(o, arrayName).toArray();
        const int limit = std::string_view(arrayName) == "cluster.phases" ? limits::kMaxPhases
                                                                          : limits::kMaxSegments;
        if (arr.size() > limit)
            return LoadError{withWhere(where, ScenarioJson::tr("%1: %2 entries, more than the "
                                                               "limit of %3")
                                                  .arg(QLatin1String(arrayName))
                                                  .arg(arr.size())
                                                  .arg(limit))};
        resizeArray(out, arrayName, int(arr.size()));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonObject el = arr[i].toObject();
            for (const FieldSpec &f : scenarioFields()) {
                if (f.arrayName() != arrayName)
                    continue;
                const std::string key = std::string(arrayName) + '.' + std::to_string(i) + '.'
                                        + std::string(f.memberName());
                const QJsonValue jv = el.value(QString::fromUtf8(f.memberName().data(),
                                                                 qsizetype(f.memberName().size())));
                if (auto e = read(f, key, jv, int(i)))
                    return e;
            }
        }
    }
    if (const Site *site = catalog.site(out.site.region))
        applyPresetExcept(out, *site, present);
    if (auto e = validate(out, catalog))
        return fromInputError(where, *e);
    return RiskJson::read(o.value(QLatin1String("risk")), where, out.risk);
}

QJsonObject ScenarioJson::writeScenario(const Scenario &s)
{
    QJsonObject o;
    QJsonArray phases, segments;
    for (std::size_t i = 0; i < s.cluster.phases.size(); ++i)
        phases.append(QJsonObject());
    for (std::size_t i = 0; i < s.demand.segments.size(); ++i)
        segments.append(QJsonObject());
    // The optional Chinese names and descriptions are written only when given.
    const auto omitted = [](const FieldSpec &f, const FieldValue &v) {
        return f.key.ends_with("_zh") && std::holds_alternative<std::string>(v)
               && std::get<std::string>(v).empty();
    };
    for (const FieldSpec &f : scenarioFields()) {
        if (!f.isArrayField()) {
            if (omitted(f, f.get(s, -1)))
                continue;
            const QStringList parts = QString::fromUtf8(f.key.data(), qsizetype(f.key.size()))
                                          .split(QLatin1Char('.'));
            insertDotted(o, parts, 0, toJson(f, f.get(s, -1)));
            continue;
        }
        QJsonArray &arr = f.arrayName() == "cluster.phases" ? phases : segments;
        const QString member = QString::fromUtf8(f.memberName().data(),
                                                 qsizetype(f.memberName().size()));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (omitted(f, f.get(s, int(i))))
                continue;
            QJsonObject el = arr[i].toObject();
            el.insert(member, toJson(f, f.get(s, int(i))));
            arr[i] = el;
        }
    }
    insertDotted(o, {QStringLiteral("cluster"), QStringLiteral("phases")}, 0, phases);
    insertDotted(o, {QStringLiteral("demand"), QStringLiteral("segments")}, 0, segments);
    if (s.risk != RiskInputs{})
        o.insert(QLatin1String("risk"), RiskJson::write(s.risk));
    return o;
}

std::optional<LoadError> ScenarioJson::readProject(const QByteArray &json, const Catalog &catalog,
                                                   const QString &where, ProjectData &out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return LoadError{withWhere(where, ScenarioJson::tr("not valid JSON (%1 at byte %2)")
                                              .arg(pe.errorString())
                                              .arg(pe.offset))};
    if (auto e = JsonGuard::check(json, where))
        return e;
    if (!doc.isObject())
        return LoadError{withWhere(where, ScenarioJson::tr("not a project: the top level is not an object"))};
    return readProjectObject(doc.object(), catalog, where, out);
}

std::optional<LoadError> ScenarioJson::readProjectObject(const QJsonObject &o,
                                                         const Catalog &catalog,
                                                         const QString &where, ProjectData &out)
{
    out = ProjectData{};
    static const QSet<QString> known = {
        QStringLiteral("format"), QStringLiteral("schema_version"), QStringLiteral("name"),
        QStringLiteral("name_zh"), QStringLiteral("author"), QStringLiteral("description"),
        QStringLiteral("scenarios"), QStringLiteral("catalog")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return LoadError{withWhere(where, ScenarioJson::tr("%1: unknown key").arg(it.key()))};
    }
    if (o.value(QLatin1String("format")).toString() != QLatin1String("ccplanner-project"))
        return LoadError{withWhere(where, ScenarioJson::tr("format: not a Compute Center Planner project "
                                             "(expected \"ccplanner-project\")"))};
    const QJsonValue version = o.value(QLatin1String("schema_version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1)
        return LoadError{withWhere(where, ScenarioJson::tr("schema_version: must be a whole number from 1"))};
    if (version.toDouble() > kProjectSchemaVersion)
        return LoadError{withWhere(where, ScenarioJson::tr("schema_version %1: the file was written by a newer "
                                             "version of Compute Center Planner (this one reads "
                                             "up to %2)")
                                              .arg(QLocale::c().toString(version.toDouble(), 'g',
                                                                   QLocale::FloatingPointShortest))
                                              .arg(kProjectSchemaVersion))};
    for (const char *k : {"name", "name_zh", "author", "description"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isString())
            return LoadError{withWhere(where, ScenarioJson::tr("%1: must be text").arg(QLatin1String(k)))};
    }
    out.name = o.value(QLatin1String("name")).toString();
    out.nameZh = o.value(QLatin1String("name_zh")).toString();
    out.author = o.value(QLatin1String("author")).toString();
    out.description = o.value(QLatin1String("description")).toString();

    const QJsonValue cat = o.value(QLatin1String("catalog"));
    if (!cat.isUndefined()) {
        if (!cat.isObject())
            return LoadError{withWhere(where, ScenarioJson::tr("catalog: must be an object"))};
        const QJsonObject c = cat.toObject();
        qsizetype records = 0;
        for (auto it = c.begin(); it != c.end(); ++it)
            records += it.value().toArray().size();
        if (records > limits::kMaxEmbeddedRecords)
            return LoadError{withWhere(where, ScenarioJson::tr("catalog: %1 records, more than the "
                                                               "limit of %2")
                                                  .arg(records)
                                                  .arg(limits::kMaxEmbeddedRecords))};
        const std::pair<const char *, RecordKind> kinds[] = {
            {"cards", RecordKind::Card}, {"servers", RecordKind::Server},
            {"fabrics", RecordKind::Fabric}, {"storage", RecordKind::Storage},
            {"sites", RecordKind::Site}, {"models", RecordKind::Model}};
        for (auto it = c.begin(); it != c.end(); ++it) {
            bool ok = false;
            for (const auto &[name, kind] : kinds) {
                if (it.key() == QLatin1String(name)) {
                    ok = true;
                    if (!it.value().isArray())
                        return LoadError{withWhere(where, ScenarioJson::tr("catalog.%1: must be a list").arg(it.key()))};
                    if (auto e = CatalogStore::parseRecords(
                            kind, it.value().toArray(),
                            withWhere(where, QStringLiteral("catalog.") + it.key()), out.embedded))
                        return e;
                }
            }
            if (!ok)
                return LoadError{withWhere(where, ScenarioJson::tr("catalog.%1: unknown key").arg(it.key()))};
        }
    }
    Catalog combined = catalog;
    combined.overlay(out.embedded);

    const QJsonValue scenarios = o.value(QLatin1String("scenarios"));
    if (!scenarios.isArray() || scenarios.toArray().isEmpty())
        return LoadError{withWhere(where, ScenarioJson::tr("scenarios: the project needs at least one scenario"))};
    const QJsonArray arr = scenarios.toArray();
    if (arr.size() > limits::kMaxScenarios)
        return LoadError{withWhere(where, ScenarioJson::tr("scenarios: %1 scenarios, more than the "
                                                           "limit of %2")
                                              .arg(arr.size())
                                              .arg(limits::kMaxScenarios))};
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString at = withWhere(where, ScenarioJson::tr("scenario %1").arg(i + 1));
        if (!arr[i].isObject())
            return LoadError{withWhere(at, ScenarioJson::tr("not an object"))};
        Scenario s;
        if (auto e = readScenario(arr[i].toObject(), combined, at, s))
            return e;
        out.scenarios.push_back(std::move(s));
    }
    return std::nullopt;
}

QJsonObject ScenarioJson::projectObject(const ProjectData &p)
{
    QJsonObject o;
    o.insert(QLatin1String("format"), QStringLiteral("ccplanner-project"));
    o.insert(QLatin1String("schema_version"), kProjectSchemaVersion);
    o.insert(QLatin1String("name"), p.name);
    o.insert(QLatin1String("name_zh"), p.nameZh);
    o.insert(QLatin1String("author"), p.author);
    o.insert(QLatin1String("description"), p.description);
    QJsonArray scenarios;
    for (const Scenario &s : p.scenarios)
        scenarios.append(writeScenario(s));
    o.insert(QLatin1String("scenarios"), scenarios);
    const Catalog &c = p.embedded;
    if (!c.cards.empty() || !c.servers.empty() || !c.fabrics.empty() || !c.storage.empty()
        || !c.sites.empty() || !c.models.empty()) {
        QJsonObject cat;
        cat.insert(QLatin1String("cards"), CatalogStore::recordsToJson(RecordKind::Card, c));
        cat.insert(QLatin1String("servers"), CatalogStore::recordsToJson(RecordKind::Server, c));
        cat.insert(QLatin1String("fabrics"), CatalogStore::recordsToJson(RecordKind::Fabric, c));
        cat.insert(QLatin1String("storage"), CatalogStore::recordsToJson(RecordKind::Storage, c));
        cat.insert(QLatin1String("sites"), CatalogStore::recordsToJson(RecordKind::Site, c));
        if (!c.models.empty())
            cat.insert(QLatin1String("models"), CatalogStore::recordsToJson(RecordKind::Model, c));
        o.insert(QLatin1String("catalog"), cat);
    }
    return o;
}

QByteArray ScenarioJson::writeProject(const ProjectData &p)
{
    return QJsonDocument(projectObject(p)).toJson(QJsonDocument::Indented);
}

std::optional<LoadError> ScenarioJson::applyOverrides(Scenario &s, const QStringList &assignments,
                                                      const Catalog &catalog)
{
    struct Assignment
    {
        std::string key;
        const FieldSpec *field;
        int index;
        FieldValue value;
    };
    std::vector<Assignment> parsed;
    std::set<std::string> explicitKeys;
    std::map<std::string, int> grownSize;
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return LoadError{ScenarioJson::tr("--set %1: expected KEY=VALUE").arg(a)};
        const std::string key = a.left(eq).trimmed().toStdString();
        const QString text = a.mid(eq + 1);
        int index = -1;
        const FieldSpec *f = findField(key, &index);
        if (!f)
            return fromInputError(QString(), InputError{key, InputErrorCode::UnknownKey});
        FieldValue v;
        const bool isNull = text == QLatin1String("null");
        switch (f->type) {
        case FieldType::Number:
        case FieldType::Integer:
            if (isNull) {
                v = FieldValue();
            } else if (const auto n = parseNumber(text)) {
                v = *n;
            } else {
                return fromInputError(QString(), InputError{key, InputErrorCode::WrongType, 0, 0,
                                                            text.toStdString()});
            }
            break;
        case FieldType::MfuOrAuto:
            if (isNull || text == QLatin1String("auto"))
                v = FieldValue();
            else if (const auto n = parseNumber(text))
                v = *n;
            else
                return fromInputError(QString(), InputError{key, InputErrorCode::WrongType, 0, 0,
                                                            text.toStdString()});
            break;
        case FieldType::CatalogRef:
            v = isNull ? FieldValue() : FieldValue(text.trimmed().toStdString());
            break;
        case FieldType::Text:
        case FieldType::Choice:
        case FieldType::Flag:
            v = text.toStdString();
            break;
        }
        if (auto e = checkValue(*f, key, v))
            return fromInputError(QString(), *e);
        if (f->isArrayField()) {
            // Elements may be appended one index at a time, in the order given.
            const std::string array(f->arrayName());
            if (!grownSize.count(array))
                grownSize[array] = arraySize(s, f->arrayName());
            if (index > grownSize[array])
                return fromInputError(QString(),
                                      InputError{key, InputErrorCode::IndexOutOfRange});
            if (index == grownSize[array])
                ++grownSize[array];
        }
        explicitKeys.insert(std::string(f->key));
        parsed.push_back({key, f, index, v});
    }
    // A catalog selection first fills what it presets; explicit values then win.
    for (const Assignment &a : parsed) {
        if (a.field->key == "site.region") {
            const std::string id = std::get<std::string>(a.value);
            const Site *site = catalog.site(id);
            if (!site)
                return fromInputError(QString(),
                                      InputError{a.key, InputErrorCode::UnknownId, 0, 0, id});
            applyPresetExcept(s, *site, explicitKeys);
        } else if (a.field->key == "cluster.card" && !explicitKeys.count("cluster.server")) {
            s.cluster.server.clear();
        }
    }
    for (const Assignment &a : parsed) {
        if (a.field->isArrayField()) {
            const int size = arraySize(s, a.field->arrayName());
            if (a.index == size) {
                resizeArray(s, a.field->arrayName(), size + 1);
                if (a.field->arrayName() == "demand.segments")
                    s.demand.segments.back().name = "segment " + std::to_string(size + 1);
            }
        }
        a.field->set(s, a.index, a.value);
    }
    if (auto e = validate(s, catalog))
        return fromInputError(QString(), *e);
    return std::nullopt;
}

Catalog ScenarioJson::usedRecords(const std::vector<Scenario> &scenarios, const Catalog &catalog)
{
    Catalog used;
    auto addOnce = [](auto &list, const auto *record) {
        if (!record)
            return;
        for (const auto &r : list) {
            if (r.id == record->id)
                return;
        }
        list.push_back(*record);
    };
    for (const Scenario &s : scenarios) {
        const Card *card = catalog.card(s.cluster.card);
        addOnce(used.cards, card);
        addOnce(used.servers, catalog.server(s.cluster.server.empty() && card ? card->standardServer
                                                                              : s.cluster.server));
        addOnce(used.fabrics, catalog.fabric(s.network.fabric));
        addOnce(used.sites, catalog.site(s.site.region));
        if (!s.cluster.storage.empty())
            addOnce(used.storage, catalog.storageClass(s.cluster.storage));
    }
    return used;
}

} // namespace ccp
