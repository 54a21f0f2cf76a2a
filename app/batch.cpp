// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch.h"

#include "commandline.h"
#include "evaluate.h"
#include "overrides.h"
#include "resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <exception>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ccp {

namespace {

// ---- reading a line ---------------------------------------------------------------------------

struct Member
{
    std::string key;
    Overrides::Json kind = Overrides::Json::Null;
    std::string text; // number as written, unescaped string, or JSON text of an array/object
};

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// A flat JSON object {"key": value, …} (RFC 8259). Values that are arrays or objects are
// delimited here and kept as text: Overrides reads them with QJsonDocument.
class LineParser
{
public:
    explicit LineParser(std::string_view line)
        : m_begin(line.data()), m_p(line.data()), m_end(line.data() + line.size())
    {}

    // Returns false with errorColumn() set when the line is not such an object.
    bool parse(std::vector<Member> &members)
    {
        members.clear();
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (take('}'))
            return atEnd();
        for (;;) {
            Member m;
            skipSpace();
            if (!string(m.key))
                return false;
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            if (!value(m))
                return false;
            members.push_back(std::move(m));
            skipSpace();
            if (take(','))
                continue;
            if (take('}'))
                return atEnd();
            return false;
        }
    }

    long errorColumn() const { return long(m_p - m_begin) + 1; }

private:
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool hex4(char32_t &out)
    {
        if (m_end - m_p < 4)
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i, ++m_p) {
            const char c = *m_p;
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }
    bool string(std::string &out)
    {
        if (!take('"'))
            return false;
        out.clear();
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                char32_t u = 0;
                if (!hex4(u))
                    return false;
                if (u >= 0xD800 && u < 0xDC00) { // a surrogate pair
                    char32_t low = 0;
                    if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low >= 0xE000)
                        return false;
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                } else if (u >= 0xDC00 && u < 0xE000) {
                    return false;
                }
                appendUtf8(out, u);
                break;
            }
            default: return false;
            }
        }
        return false;
    }
    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    }
    bool number(std::string &out)
    {
        const char *start = m_p;
        take('-');
        if (take('0')) {
            if (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                return false;
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        out.assign(start, m_p);
        return true;
    }
    bool literal(std::string_view word)
    {
        if (std::string_view(m_p, std::size_t(m_end - m_p)).substr(0, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    // An array or object, delimited by bracket depth outside strings.
    bool nested(std::string &out)
    {
        const char *start = m_p;
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                std::string ignored;
                if (!string(ignored))
                    return false;
                continue;
            }
            ++m_p;
            if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (--depth == 0) {
                    out.assign(start, m_p);
                    return true;
                }
            }
        }
        return false;
    }
    bool value(Member &m)
    {
        using J = Overrides::Json;
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': m.kind = J::String; return string(m.text);
        case '[': m.kind = J::Array; return nested(m.text);
        case '{': m.kind = J::Object; return nested(m.text);
        case 't': m.kind = J::True; return literal("true");
        case 'f': m.kind = J::False; return literal("false");
        case 'n': m.kind = J::Null; return literal("null");
        default: m.kind = J::Number; return number(m.text);
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

// ---- writing a result -------------------------------------------------------------------------

void writeNumber(std::string &out, double v)
{
    if (!std::isfinite(v)) { // as QJsonDocument writes them
        out += "null";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest round-trip form
    out.append(buf, r.ptr);
}

void writeInteger(std::string &out, long long v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void writeString(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void writeJson(std::string &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: writeNumber(out, v.toDouble()); break;
    case QJsonValue::String: writeString(out, v.toString().toStdString()); break;
    case QJsonValue::Array:
        out += QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
        break;
    case QJsonValue::Object:
        out += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
        break;
    default: out += "null"; break; // null, or absent in this case's result
    }
}

// One figure of the result, typed as ResultJson writes it.
using Figure = std::variant<double, long long, std::optional<double>, bool, std::string_view>;

void writeFigure(std::string &out, const Figure &f)
{
    if (const double *d = std::get_if<double>(&f)) {
        writeNumber(out, *d);
    } else if (const long long *i = std::get_if<long long>(&f)) {
        writeInteger(out, *i);
    } else if (const auto *o = std::get_if<std::optional<double>>(&f)) {
        if (*o)
            writeNumber(out, **o);
        else
            out += "null";
    } else if (const bool *b = std::get_if<bool>(&f)) {
        out += *b ? "true" : "false";
    } else {
        writeString(out, std::get<std::string_view>(f));
    }
}

using S = const Scenario &;
using R = const Result &;
Figure I(long long v) { return v; }
Figure D(double v) { return v; }
Figure O(const std::optional<double> &v) { return v; }

// The scalar figures of ResultJson::write() that a batch writes without building the object.
// Whatever else --fields names is taken from ResultJson itself.
struct FastFigure
{
    std::string_view key;
    Figure (*get)(S, R);
    bool breakeven = false; // needs EvaluateOptions::breakevens
};

const std::vector<FastFigure> &fastFigures()
{
    static const std::vector<FastFigure> figures = {
        {"scenario", [](S s, R) -> Figure { return std::string_view(s.name); }},
        {"sizing.cards", [](S, R r) { return I(r.sizing.cards); }},
        {"sizing.servers", [](S, R r) { return I(r.sizing.servers); }},
        {"sizing.servers_per_rack", [](S, R r) { return I(r.sizing.serversPerRack); }},
        {"sizing.racks", [](S, R r) { return I(r.sizing.racks); }},
        {"sizing.compute_racks", [](S, R r) { return I(r.sizing.computeRacks); }},
        {"sizing.network_racks", [](S, R r) { return I(r.sizing.networkRacks); }},
        {"sizing.storage_racks", [](S, R r) { return I(r.sizing.storageRacks); }},
        {"sizing.rack_density_kw", [](S, R r) { return D(r.sizing.rackDensityKw); }},
        {"sizing.floor_area_m2", [](S, R r) { return D(r.sizing.floorAreaM2); }},
        {"sizing.it_power_kw", [](S, R r) { return D(r.sizing.itPowerKw); }},
        {"sizing.facility_power_kw", [](S, R r) { return D(r.sizing.facilityPowerKw); }},
        {"sizing.it_power_steady_kw", [](S, R r) { return D(r.sizing.itPowerSteadyKw); }},
        {"sizing.facility_power_steady_kw", [](S, R r) { return D(r.sizing.facilityPowerSteadyKw); }},
        {"sizing.annual_energy_mwh", [](S, R r) { return D(r.sizing.annualEnergyMwh); }},
        {"sizing.annual_co2_tonnes", [](S, R r) { return D(r.sizing.annualCo2Tonnes); }},
        {"sizing.network.tiers", [](S, R r) { return I(r.sizing.network.tiers); }},
        {"sizing.network.endpoints", [](S, R r) { return I(r.sizing.network.endpoints); }},
        {"sizing.network.leaf_switches", [](S, R r) { return I(r.sizing.network.leafSwitches); }},
        {"sizing.network.spine_switches", [](S, R r) { return I(r.sizing.network.spineSwitches); }},
        {"sizing.network.core_switches", [](S, R r) { return I(r.sizing.network.coreSwitches); }},
        {"sizing.network.links", [](S, R r) { return I(r.sizing.network.links); }},
        {"sizing.network.transceivers", [](S, R r) { return I(r.sizing.network.transceivers); }},
        {"sizing.network.cables", [](S, R r) { return I(r.sizing.network.cables); }},
        {"sizing.network.nics", [](S, R r) { return I(r.sizing.network.nics); }},
        {"sizing.network.leaf_down_ports", [](S, R r) { return I(r.sizing.network.leafDownPorts); }},
        {"sizing.network.leaf_up_ports", [](S, R r) { return I(r.sizing.network.leafUpPorts); }},
        {"sizing.network.max_endpoints", [](S, R r) { return I(r.sizing.network.maxEndpoints); }},
        {"sizing.network.power_kw", [](S, R r) { return D(r.sizing.network.powerKw); }},
        {"sizing.network.capex_cny", [](S, R r) { return D(r.sizing.network.capex().cnyValue()); }},
        {"performance.nameplate_pflops_bf16", [](S, R r) { return D(r.performance.nameplatePflopsBf16); }},
        {"performance.nameplate_pflops_fp8", [](S, R r) { return O(r.performance.nameplatePflopsFp8); }},
        {"performance.available_pflops", [](S, R r) { return D(r.performance.availablePflops); }},
        {"performance.sold_pflops", [](S, R r) { return D(r.performance.soldPflops); }},
        {"performance.effective_pflops", [](S, R r) { return D(r.performance.effectivePflops); }},
        {"performance.steady_utilization", [](S, R r) { return D(r.performance.steadyUtilization); }},
        {"performance.mfu", [](S, R r) { return D(r.performance.mfu); }},
        {"performance.mfu_source", [](S, R r) -> Figure {
             return std::string_view(r.performance.mfuIsModel ? "model" : "input");
         }},
        {"performance.goodput", [](S, R r) { return D(r.performance.goodput); }},
        {"performance.training.cards", [](S, R r) { return I(r.performance.training.cards); }},
        {"performance.training.flops", [](S, R r) { return D(r.performance.training.flops); }},
        {"performance.training.days", [](S, R r) { return O(r.performance.training.days); }},
        {"performance.training.gpu_hours", [](S, R r) { return O(r.performance.training.gpuHours); }},
        {"performance.training.energy_mwh", [](S, R r) { return O(r.performance.training.energyMwh); }},
        {"performance.training.cost_cny", [](S, R r) { const auto &c = r.performance.training.cost; return O(c ? std::optional(c->cnyValue()) : std::nullopt); }},
        {"performance.training.meets_target", [](S, R r) -> Figure { return r.performance.training.meetsTarget; }},
        {"performance.training.memory_needed_gb", [](S, R r) { return D(r.performance.training.memoryNeededGb); }},
        {"performance.training.memory_available_gb", [](S, R r) { return D(r.performance.training.memoryAvailableGb); }},
        {"finance.capex_cny", [](S, R r) { return D(r.finance.capex.total().cnyValue()); }},
        {"finance.capex_breakdown.servers_cny", [](S, R r) { return D(r.finance.capex.servers.cnyValue()); }},
        {"finance.capex_breakdown.network_cny", [](S, R r) { return D(r.finance.capex.network.cnyValue()); }},
        {"finance.capex_breakdown.storage_cny", [](S, R r) { return D(r.finance.capex.storage.cnyValue()); }},
        {"finance.capex_breakdown.facility_cny", [](S, R r) { return D(r.finance.capex.facility.cnyValue()); }},
        {"finance.capex_breakdown.installation_cny", [](S, R r) { return D(r.finance.capex.installation.cnyValue()); }},
        {"finance.capex_breakdown.software_cny", [](S, R r) { return D(r.finance.capex.software.cnyValue()); }},
        {"finance.capex_breakdown.spares_cny", [](S, R r) { return D(r.finance.capex.spares.cnyValue()); }},
        {"finance.capex_breakdown.land_cny", [](S, R r) { return D(r.finance.capex.land.cnyValue()); }},
        {"finance.steady_year", [](S, R r) { return I(r.finance.steadyYear); }},
        {"finance.revenue_steady_year_cny", [](S, R r) { return D(r.finance.revenueSteadyYear.cnyValue()); }},
        {"finance.opex_steady_year_cny", [](S, R r) { return D(r.finance.opexSteadyYear.total().cnyValue()); }},
        {"finance.opex_breakdown_steady_year.energy_cny", [](S, R r) { return D(r.finance.opexSteadyYear.energy.cnyValue()); }},
        {"finance.opex_breakdown_steady_year.maintenance_cny", [](S, R r) { return D(r.finance.opexSteadyYear.maintenance.cnyValue()); }},
        {"finance.opex_breakdown_steady_year.staff_cny", [](S, R r) { return D(r.finance.opexSteadyYear.staff.cnyValue()); }},
        {"finance.opex_breakdown_steady_year.bandwidth_cny", [](S, R r) { return D(r.finance.opexSteadyYear.bandwidth.cnyValue()); }},
        {"finance.opex_breakdown_steady_year.rent_cny", [](S, R r) { return D(r.finance.opexSteadyYear.rent.cnyValue()); }},
        {"finance.opex_breakdown_steady_year.insurance_cny", [](S, R r) { return D(r.finance.opexSteadyYear.insurance.cnyValue()); }},
        {"finance.ebitda_margin_steady_year", [](S, R r) { return O(r.finance.ebitdaMarginSteadyYear); }},
        {"finance.npv_cny", [](S, R r) { return D(r.finance.npv.cnyValue()); }},
        {"finance.irr", [](S, R r) { return O(r.finance.irr); }},
        {"finance.payback_months", [](S, R r) { return O(r.finance.paybackMonths); }},
        {"finance.discounted_payback_months", [](S, R r) { return O(r.finance.discountedPaybackMonths); }},
        {"finance.breakeven_utilization", [](S, R r) { return O(r.finance.breakevenUtilization); }, true},
        {"finance.breakeven_price_cny_per_card_hour", [](S, R r) { return O(r.finance.breakevenPriceCnyPerCardHour); }, true},
        {"finance.lcoc_cny_per_card_hour", [](S, R r) { return O(r.finance.lcocCnyPerCardHour); }},
        {"finance.cost_per_effective_pflop_day_cny", [](S, R r) { return O(r.finance.costPerEffectivePflopDay); }},
        {"finance.tco_cny", [](S, R r) { return D(r.finance.tco.cnyValue()); }},
        {"finance.equity_npv_cny", [](S, R r) { return D(r.finance.equityNpv.cnyValue()); }},
        {"finance.equity_irr", [](S, R r) { return O(r.finance.equityIrr); }},
        {"finance.total_revenue_cny", [](S, R r) { return D(r.finance.totalRevenue.cnyValue()); }},
        {"finance.total_tax_cny", [](S, R r) { return D(r.finance.totalTax.cnyValue()); }},
    };
    return figures;
}

const FastFigure *findFast(std::string_view key)
{
    for (const FastFigure &f : fastFigures()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// The value at a dotted path of a result object; array elements by index. Undefined if absent.
QJsonValue valueAt(const QJsonObject &o, const QStringList &path)
{
    QJsonValue cur = o;
    for (const QString &part : path) {
        if (cur.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok || i < 0 || i >= cur.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            cur = cur.toArray().at(i);
        } else if (cur.isObject() && cur.toObject().contains(part)) {
            cur = cur.toObject().value(part);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return cur;
}

} // namespace

// One key of --fields, and the tree of keys the output object is written from.
struct Field
{
    std::string key;
    QStringList path;
    const FastFigure *fast = nullptr; // nullptr: taken from ResultJson::write()
};

struct Node
{
    std::string name;
    int field = -1; // a leaf: index into Private::fields
    std::vector<Node> children;
};

struct Batch::Private
{
    bool all = true; // no --fields: everything but `monthly` and `statements`
    std::vector<Field> fields;
    Node root;
    bool needJson = true;
    bool needBreakevens = true;

    void insert(const Field &f, int index)
    {
        Node *node = &root;
        for (const QString &part : f.path) {
            if (node->field >= 0)
                return; // an ancestor is written whole
            const std::string name = part.toStdString();
            Node *child = nullptr;
            for (Node &c : node->children) {
                if (c.name == name)
                    child = &c;
            }
            if (!child) {
                node->children.push_back(Node{name, -1, {}});
                child = &node->children.back();
            }
            node = child;
        }
        node->field = index;
        node->children.clear(); // the whole subtree
    }

    void write(std::string &out, const Node &node, const Scenario &s, const Result &r,
               const QJsonObject &json) const
    {
        if (node.field >= 0) {
            const Field &f = fields[std::size_t(node.field)];
            if (f.fast)
                writeFigure(out, f.fast->get(s, r));
            else
                writeJson(out, valueAt(json, f.path));
            return;
        }
        out += '{';
        bool first = true;
        for (const Node &c : node.children) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, c.name);
            out += ':';
            write(out, c, s, r, json);
        }
        out += '}';
    }
};

Batch::Batch()
    : d(std::make_unique<Private>())
{}

Batch::~Batch() = default;

std::optional<LoadError> Batch::setFields(const QString &fields, const Scenario &base,
                                          const Catalog &catalog)
{
    d->all = fields.isNull();
    d->fields.clear();
    d->root = Node();
    if (d->all) {
        d->needJson = d->needBreakevens = true;
        return std::nullopt;
    }
    // Every key must name a part of the result; the fast figures are checked against ResultJson
    // on this first evaluation (also with breakevens off), and fall back to it if they differ.
    const Result full = evaluate(base, catalog);
    const Result lean = evaluate(base, catalog, EvaluateOptions{.breakevens = false});
    const QJsonObject json = ResultJson::write(base, full);
    for (const QString &k : fields.split(QLatin1Char(','))) {
        Field f;
        const QString key = k.trimmed();
        f.key = key.toStdString();
        f.path = key.split(QLatin1Char('.'));
        if (key.isEmpty() || valueAt(json, f.path).isUndefined())
            return LoadError{tr("--fields: no result key \"%1\"").arg(key)};
        if (const FastFigure *fast = findFast(f.key)) {
            std::string text = "[";
            writeFigure(text, fast->get(base, fast->breakeven ? full : lean));
            text += ']';
            const QJsonValue written = QJsonDocument::fromJson(QByteArray::fromStdString(text)).array().at(0);
            if (written == valueAt(json, f.path))
                f.fast = fast;
        }
        d->fields.push_back(std::move(f));
    }
    d->needJson = d->needBreakevens = false;
    for (std::size_t i = 0; i < d->fields.size(); ++i) {
        const Field &f = d->fields[i];
        d->needJson = d->needJson || !f.fast;
        d->needBreakevens = d->needBreakevens || !f.fast || f.fast->breakeven;
        d->insert(f, int(i));
    }
    return std::nullopt;
}

bool Batch::run(const QByteArray &cases, const Scenario &base, CliLoader &loader, int out)
{
    std::string buffer;
    buffer.reserve(1 << 17);
    const auto flush = [&] {
        const bool written = CommandLine::writeAll(out, buffer.data(), buffer.size());
        buffer.clear();
        return written;
    };
    const auto refuse = [&](long line, const QString &message) {
        buffer += "{\"error\":";
        writeString(buffer, tr("line %1: %2").arg(line).arg(message).toStdString());
        buffer += "}\n";
    };
    std::string_view rest(cases.constData(), std::size_t(cases.size()));
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") // a UTF-8 byte order mark
        rest.remove_prefix(3);
    const EvaluateOptions options{.breakevens = d->needBreakevens};
    std::vector<Member> members;
    for (long lineNo = 1; !rest.empty(); ++lineNo) {
        const std::size_t eol = rest.find('\n');
        std::string_view line = rest.substr(0, eol);
        rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (buffer.size() > (1 << 16) && !flush())
            return false;

        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            refuse(lineNo, tr("empty line (expected a JSON object of overrides)"));
            continue;
        }
        LineParser parser(line);
        if (!parser.parse(members)) {
            refuse(lineNo, tr("not a JSON object of overrides (column %1)").arg(parser.errorColumn()));
            continue;
        }
        Overrides overrides;
        std::optional<LoadError> error;
        for (const Member &m : members) {
            error = overrides.add(m.key, m.kind, m.text);
            if (error)
                break;
        }
        Scenario s = base;
        if (!error) {
            loader.resolve(overrides.references());
            error = overrides.apply(s, loader.catalog());
        }
        if (error) {
            refuse(lineNo, error->message);
            continue;
        }
        try {
            const Result r = evaluate(s, loader.catalog(), options);
            if (d->all) {
                QJsonObject o = ResultJson::write(s, r);
                o.remove(QLatin1String("monthly"));
                o.remove(QLatin1String("statements"));
                buffer += QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
            } else {
                d->write(buffer, d->root, s, r, d->needJson ? ResultJson::write(s, r) : QJsonObject());
            }
            buffer += '\n';
        } catch (const std::exception &e) {
            refuse(lineNo, tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    }
    return flush();
}

} // namespace ccp
