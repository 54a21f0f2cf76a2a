// SPDX-License-Identifier: GPL-3.0-or-later
#include "overrides.h"

#include "fields.h"
#include "scenariojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace ccp {

namespace {

LoadError fromInputError(const InputError &e)
{
    return LoadError{Messages::inputError(e)};
}

LoadError wrongType(const std::string &key, std::string_view detail = {})
{
    return fromInputError(InputError{key, InputErrorCode::WrongType, 0, 0, std::string(detail)});
}

// A JSON value inside an array or object as --set text; nullopt for a value no field takes.
std::optional<QString> assignmentText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v.toDouble());
        return QString::fromLatin1(buf, r.ptr - buf);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return QString::fromLatin1(v.toBool() ? "true" : "false");
    case QJsonValue::Null: return QStringLiteral("null");
    default: return std::nullopt;
    }
}

// JSON null is no text: refused for the fields that take text only (name, ramp shape), which
// --set would otherwise read as the word "null".
std::optional<LoadError> checkNull(const std::string &key)
{
    int index = -1;
    const FieldSpec *f = findField(key, &index);
    if (f && (f->type == FieldType::Text || f->type == FieldType::Choice
              || f->type == FieldType::Flag))
        if (auto e = checkValue(*f, key, FieldValue()))
            return fromInputError(*e);
    return std::nullopt;
}

} // namespace

std::optional<LoadError> Overrides::addAssignment(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        // Kept verbatim: applyOverrides() says what is wrong with it.
        m_assignments.append(assignment);
        return std::nullopt;
    }
    const std::string key = assignment.left(eq).trimmed().toStdString();
    int index = -1;
    const std::string_view array = findArray(key, &index);
    if (!array.empty())
        return addArray(key, array, index, assignment.mid(eq + 1).trimmed().toUtf8());
    addField(key, assignment.mid(eq + 1));
    return std::nullopt;
}

std::optional<LoadError> Overrides::add(std::string_view keyView, Json kind, std::string_view text)
{
    const std::string key(keyView);
    if (key.find('=') != std::string::npos)
        return fromInputError(InputError{key, InputErrorCode::UnknownKey});
    int index = -1;
    const std::string_view array = findArray(key, &index);
    if (!array.empty()) {
        switch (kind) {
        case Json::Array:
        case Json::Object: return addArray(key, array, index, QByteArray(text.data(), qsizetype(text.size())));
        case Json::Null: return addArray(key, array, index, QByteArrayLiteral("null"));
        default: return wrongType(key, text);
        }
    }
    switch (kind) {
    case Json::Number:
    case Json::String: break;
    case Json::Null:
        if (auto e = checkNull(key))
            return e;
        break;
    case Json::True: return wrongType(key, "true");
    case Json::False: return wrongType(key, "false");
    case Json::Array:
    case Json::Object: return wrongType(key, text);
    }
    addField(key, kind == Json::Null ? QStringLiteral("null")
                                     : QString::fromUtf8(text.data(), qsizetype(text.size())));
    return std::nullopt;
}

void Overrides::addField(const std::string &key, const QString &text)
{
    m_assignments.append(QString::fromStdString(key) + QLatin1Char('=') + text);
    int index = -1;
    const FieldSpec *f = findField(key, &index);
    if (f && f->type == FieldType::CatalogRef) {
        const QString id = text.trimmed();
        if (!id.isEmpty() && id != QLatin1String("null"))
            m_references.push_back({f->refKind, id.toStdString()});
    }
}

std::optional<LoadError> Overrides::addArray(const std::string &key, std::string_view array,
                                             int index, const QByteArray &json)
{
    const std::string name(array);
    if (index >= 0 && json == "null") {
        m_removals.push_back({key, name, index});
        return std::nullopt;
    }
    // `[...]` for a whole array, `{...}` for one element (its members are set).
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || (index < 0 ? !doc.isArray() : !doc.isObject()))
        return wrongType(key, std::string_view(json.constData(), std::size_t(json.size())));
    const auto setMembers = [&](const std::string &at, const QJsonObject &o) -> std::optional<LoadError> {
        if (o.isEmpty())
            return fromInputError(InputError{at, InputErrorCode::Missing});
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string member = at + '.' + it.key().toStdString();
            const std::optional<QString> text = assignmentText(it.value());
            if (!text)
                return wrongType(member);
            if (it.value().isNull())
                if (auto e = checkNull(member))
                    return e;
            addField(member, *text);
        }
        return std::nullopt;
    };
    if (index >= 0)
        return setMembers(key, doc.object());
    m_removals.push_back({key, name, -1});
    const QJsonArray elements = doc.array();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const std::string at = name + '.' + std::to_string(i);
        if (!elements.at(i).isObject())
            return wrongType(at);
        if (auto e = setMembers(at, elements.at(i).toObject()))
            return e;
    }
    return std::nullopt;
}

std::optional<LoadError> Overrides::apply(Scenario &s, const Catalog &catalog) const
{
    Scenario edited = s;
    if (!m_removals.empty()) {
        for (const Removal &r : m_removals) {
            if (r.index >= arraySize(s, r.array))
                return fromInputError(InputError{r.key, InputErrorCode::IndexOutOfRange});
        }
        // Indexes are those of the scenario as given: remove the highest first. Emptying an
        // array makes its element removals moot.
        std::vector<Removal> order = m_removals;
        std::sort(order.begin(), order.end(), [](const Removal &a, const Removal &b) {
            return a.array != b.array ? a.array < b.array : a.index > b.index;
        });
        for (std::size_t i = 0; i < order.size(); ++i) {
            const Removal &r = order[i];
            if (i > 0 && order[i - 1].array == r.array && order[i - 1].index == r.index)
                continue;
            const bool emptied = std::any_of(order.begin(), order.end(), [&](const Removal &o) {
                return o.array == r.array && o.index < 0;
            });
            if (emptied && r.index >= 0)
                continue;
            removeArrayElements(edited, r.array, r.index);
        }
    }
    if (auto e = ScenarioJson::applyOverrides(edited, m_assignments, catalog))
        return e;
    s = std::move(edited);
    return std::nullopt;
}

} // namespace ccp
