// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of scenario/project JSON (docs/scenario-json.md) and of the built-in catalog
// (docs/catalog.md): reading the built-in example, byte-identical round trips, every key written,
// overrides with messages that name the key, and the catalog's content and SQLite store.

#include "catalogstore.h"
#include "examples.h"
#include "fields.h"
#include "scenariojson.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <string>

using namespace ccp;

namespace {

QJsonValue lookup(const QJsonObject &o, const QString &dotted)
{
    QJsonValue cur = o;
    for (const QString &p : dotted.split(QLatin1Char('.'))) {
        if (!cur.isObject() || !cur.toObject().contains(p))
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(p);
    }
    return cur;
}

template<typename R>
bool hasId(const std::vector<R> &records, const std::string &id)
{
    return std::any_of(records.begin(), records.end(), [&](const R &r) { return r.id == id; });
}

} // namespace

class TestScenarioJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readExample_data();
    void readExample();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void writeScenarioHasEveryKey_data();
    void writeScenarioHasEveryKey();
    void writeScenarioHasContractKeys_data();
    void writeScenarioHasContractKeys();
    void readProjectRefuses_data();
    void readProjectRefuses();
    void applyOverridesAccepts_data();
    void applyOverridesAccepts();
    void applyOverridesErrorsNameKey_data();
    void applyOverridesErrorsNameKey();

    void builtinCatalogCounts_data();
    void builtinCatalogCounts();
    void builtinCatalogHasCard_data();
    void builtinCatalogHasCard();
    void builtinCatalogHasFabric_data();
    void builtinCatalogHasFabric();
    void builtinCatalogHasCardFamily_data();
    void builtinCatalogHasCardFamily();
    void builtinRecordsHaveProvenance_data();
    void builtinRecordsHaveProvenance();
    void standardServerCarriesCard_data();
    void standardServerCarriesCard();
    void storeEqualsBuiltin_data();
    void storeEqualsBuiltin();

private:
    Catalog m_catalog; // built-in, from CatalogStore::builtin
    ProjectData m_example;
};

void TestScenarioJson::initTestCase()
{
    const auto e = CatalogStore::builtin(m_catalog);
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
    const QByteArray json = Examples::exampleProjectJson();
    QVERIFY2(!json.isEmpty(), "the built-in example is empty");
    const auto r = ScenarioJson::readProject(json, m_catalog, Examples::exampleProjectName(), m_example);
    QVERIFY2(!r, r ? qPrintable(r->message) : "");
}

// ---- reading ----------------------------------------------------------------------------------

void TestScenarioJson::readExample_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray scenarios = QJsonDocument::fromJson(Examples::exampleProjectJson())
                                     .object().value(QStringLiteral("scenarios")).toArray();
    QVERIFY(!scenarios.isEmpty());
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        QTest::newRow(qPrintable(scenarios.at(i).toObject().value(QStringLiteral("name")).toString()))
            << int(i);
}

void TestScenarioJson::readExample()
{
    QFETCH(int, index);
    const QJsonObject source = QJsonDocument::fromJson(Examples::exampleProjectJson())
                                   .object().value(QStringLiteral("scenarios")).toArray()
                                   .at(index).toObject();
    QCOMPARE(m_example.scenarios.size(),
             std::size_t(QJsonDocument::fromJson(Examples::exampleProjectJson())
                             .object().value(QStringLiteral("scenarios")).toArray().size()));
    const Scenario &s = m_example.scenarios.at(std::size_t(index));
    QCOMPARE(QString::fromStdString(s.name), source.value(QStringLiteral("name")).toString());
    QCOMPARE(QString::fromStdString(s.cluster.card), lookup(source, QStringLiteral("cluster.card")).toString());
    QCOMPARE(s.cluster.cards, lookup(source, QStringLiteral("cluster.cards")).toInt());
    QCOMPARE(QString::fromStdString(s.site.region), lookup(source, QStringLiteral("site.region")).toString());
    QCOMPARE(QString::fromStdString(s.network.fabric), lookup(source, QStringLiteral("network.fabric")).toString());
    QCOMPARE(s.demand.segments.size(),
             std::size_t(lookup(source, QStringLiteral("demand.segments")).toArray().size()));
    QCOMPARE(s.cluster.phases.size(),
             std::size_t(lookup(source, QStringLiteral("cluster.phases")).toArray().size()));
    QVERIFY(m_catalog.card(s.cluster.card));
    QVERIFY(m_catalog.site(s.site.region));
    // Site fields missing from the file take the site preset's values.
    const Site *site = m_catalog.site(s.site.region);
    const QJsonValue pue = lookup(source, QStringLiteral("site.pue"));
    QCOMPARE(s.site.pue, pue.isUndefined() ? site->typicalPue : pue.toDouble());
    const QJsonValue price = lookup(source, QStringLiteral("site.power_price_cny_per_kwh"));
    QCOMPARE(s.site.powerPriceCnyPerKwh, price.isUndefined() ? site->powerPriceCnyPerKwh : price.toDouble());
    // A scenario read is valid.
    QVERIFY(!validate(s, m_catalog));
}

// ---- writing ----------------------------------------------------------------------------------

void TestScenarioJson::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QStringList>("overrides"); // applied to every scenario before writing
    QTest::addColumn<bool>("embed");            // embed the used catalog records
    QTest::addColumn<bool>("phases");           // give every scenario two build phases
    QTest::newRow("example as read") << QStringList() << false << false;
    QTest::newRow("example with embedded catalog") << QStringList() << true << false;
    QTest::newRow("example with awkward numbers")
        << QStringList{QStringLiteral("site.pue=1.1000000000000001"), QStringLiteral("training.params=123456789012.5"),
                       QStringLiteral("finance.discount_rate=0.07999999999999999"), QStringLiteral("training.mfu=0.333333333333333")}
        << false << false;
    QTest::newRow("example with phases, null server, text")
        << QStringList{QStringLiteral("cluster.server=null"), QStringLiteral("description=Zeile \"1\"\n\t中文 ½")}
        << true << true;
}

void TestScenarioJson::roundTripIsByteIdentical()
{
    QFETCH(QStringList, overrides);
    QFETCH(bool, embed);
    QFETCH(bool, phases);
    ProjectData p = m_example;
    for (Scenario &s : p.scenarios) {
        if (phases)
            s.cluster.phases = {BuildPhase{0, 0.25}, BuildPhase{7, 0.75}};
        const auto e = ScenarioJson::applyOverrides(s, overrides, m_catalog);
        QVERIFY2(!e, e ? qPrintable(e->message) : "");
    }
    if (embed)
        p.embedded = ScenarioJson::usedRecords(p.scenarios, m_catalog);
    const QByteArray first = ScenarioJson::writeProject(p);
    QVERIFY(!first.isEmpty());
    ProjectData read;
    const auto e = ScenarioJson::readProject(first, m_catalog, QStringLiteral("round trip"), read);
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
    QCOMPARE(read.scenarios.size(), p.scenarios.size());
    QCOMPARE(read.embedded.cards.size(), p.embedded.cards.size());
    const QByteArray second = ScenarioJson::writeProject(read);
    QCOMPARE(second, first);
    // And once more from the re-read document.
    ProjectData again;
    QVERIFY(!ScenarioJson::readProject(second, m_catalog, QStringLiteral("round trip 2"), again));
    QCOMPARE(ScenarioJson::writeProject(again), first);
}

void TestScenarioJson::writeScenarioHasEveryKey_data()
{
    QTest::addColumn<QString>("key"); // a field's key; array fields as "name[].member"
    for (const FieldSpec &f : scenarioFields())
        QTest::newRow(std::string(f.key).c_str()) << QString::fromUtf8(f.key.data(), qsizetype(f.key.size()));
}

void TestScenarioJson::writeScenarioHasEveryKey()
{
    QFETCH(QString, key);
    QVERIFY(!m_example.scenarios.empty());
    for (const Scenario &example : m_example.scenarios) {
        Scenario s = example;
        if (s.cluster.phases.empty()) { // give every scenario a phase so phase keys are written
            const auto e = ScenarioJson::applyOverrides(
                s, {QStringLiteral("cluster.phases.0.month=0"), QStringLiteral("cluster.phases.0.share=1")}, m_catalog);
            QVERIFY2(!e, e ? qPrintable(e->message) : "");
        }
        const QJsonObject o = ScenarioJson::writeScenario(s);
        const qsizetype brackets = key.indexOf(QLatin1String("[]."));
        if (brackets < 0) {
            QVERIFY2(!lookup(o, key).isUndefined(),
                     qPrintable(QStringLiteral("%1 not written for \"%2\"").arg(key, QString::fromStdString(s.name))));
            continue;
        }
        const QJsonValue arr = lookup(o, key.left(brackets));
        QVERIFY2(arr.isArray() && !arr.toArray().isEmpty(), qPrintable(key.left(brackets)));
        for (const QJsonValue &el : arr.toArray())
            QVERIFY2(el.toObject().contains(key.mid(brackets + 3)),
                     qPrintable(QStringLiteral("%1 not written for \"%2\"").arg(key, QString::fromStdString(s.name))));
    }
}

void TestScenarioJson::writeScenarioHasContractKeys_data()
{
    // docs/architecture.md, "Scenario JSON keys that must exist".
    QTest::addColumn<QString>("key");
    for (const char *k : {"name", "horizon_months", "cluster.card", "cluster.cards", "cluster.server",
                          "cluster.rack_power_kw", "network.fabric", "network.oversubscription",
                          "site.region", "site.power_price_cny_per_kwh", "site.pue",
                          "demand.list_price_cny_per_card_hour", "demand.price_decline_per_year",
                          "demand.segments", "finance.discount_rate", "finance.tax_rate",
                          "training.params", "training.tokens", "training.cards", "training.mfu"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void TestScenarioJson::writeScenarioHasContractKeys()
{
    QFETCH(QString, key);
    const QJsonObject o = ScenarioJson::writeScenario(m_example.scenarios.front());
    const QJsonValue v = lookup(o, key);
    QVERIFY2(!v.isUndefined(), qPrintable(key));
    if (key == QLatin1String("demand.segments")) {
        QVERIFY(v.isArray() && !v.toArray().isEmpty());
        for (const char *m : {"name", "share", "utilization", "ramp_months", "price_factor"})
            QVERIFY2(v.toArray().at(0).toObject().contains(QLatin1String(m)), m);
    }
    if (key == QLatin1String("training.mfu"))
        QVERIFY(v.isDouble() || v.toString() == QLatin1String("auto"));
    if (key == QLatin1String("cluster.server") || key == QLatin1String("training.cards"))
        QVERIFY(v.isNull() || v.isString() || v.isDouble());
}

void TestScenarioJson::readProjectRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("needle");
    const QJsonObject example = QJsonDocument::fromJson(Examples::exampleProjectJson()).object();
    const auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject p = example;
        edit(p);
        return QJsonDocument(p).toJson();
    };
    const auto scenarioEdited = [&](const std::function<void(QJsonObject &)> &edit) {
        return edited([&](QJsonObject &p) {
            QJsonArray a = p.value(QStringLiteral("scenarios")).toArray();
            QJsonObject s = a.at(0).toObject();
            edit(s);
            a[0] = s;
            p.insert(QStringLiteral("scenarios"), a);
        });
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.json");
    QTest::newRow("truncated") << Examples::exampleProjectJson().left(200) << QStringLiteral("bad.json");
    QTest::newRow("array") << QByteArrayLiteral("[]") << QStringLiteral("bad.json");
    QTest::newRow("wrong format")
        << edited([](QJsonObject &p) { p.insert(QStringLiteral("format"), QStringLiteral("x")); })
        << QStringLiteral("format");
    QTest::newRow("newer schema")
        << edited([](QJsonObject &p) { p.insert(QStringLiteral("schema_version"), kProjectSchemaVersion + 1); })
        << QStringLiteral("newer");
    QTest::newRow("unknown top-level key")
        << edited([](QJsonObject &p) { p.insert(QStringLiteral("extra_thing"), 1); })
        << QStringLiteral("extra_thing");
    QTest::newRow("no scenarios")
        << edited([](QJsonObject &p) { p.insert(QStringLiteral("scenarios"), QJsonArray()); })
        << QStringLiteral("scenarios");
    QTest::newRow("unknown scenario key")
        << scenarioEdited([](QJsonObject &s) {
               QJsonObject n = s.value(QStringLiteral("network")).toObject();
               n.insert(QStringLiteral("speed"), 1);
               s.insert(QStringLiteral("network"), n);
           })
        << QStringLiteral("network.speed");
    const auto withRisk = [&](const QJsonObject &risk) {
        return scenarioEdited([risk](QJsonObject &s) { s.insert(QStringLiteral("risk"), risk); });
    };
    const auto oneInput = [](QJsonObject input) {
        return QJsonObject{{QStringLiteral("inputs"), QJsonArray{input}}};
    };
    const QJsonObject price{{QStringLiteral("key"), QStringLiteral("demand.list_price_cny_per_card_hour")},
                            {QStringLiteral("distribution"), QStringLiteral("triangular")},
                            {QStringLiteral("min"), 10}, {QStringLiteral("mode"), 14}, {QStringLiteral("max"), 18}};
    QTest::newRow("risk: unknown key")
        << withRisk({{QStringLiteral("luck"), 1}}) << QStringLiteral("risk.luck");
    QTest::newRow("risk: draws not whole")
        << withRisk({{QStringLiteral("draws"), 10.5}}) << QStringLiteral("risk.draws");
    QTest::newRow("risk: unknown input")
        << withRisk(oneInput([&] { QJsonObject o = price; o.insert(QStringLiteral("key"), QStringLiteral("site.weather")); return o; }()))
        << QStringLiteral("risk.inputs.0.key");
    QTest::newRow("risk: unknown distribution")
        << withRisk(oneInput([&] { QJsonObject o = price; o.insert(QStringLiteral("distribution"), QStringLiteral("cauchy")); return o; }()))
        << QStringLiteral("risk.inputs.0.distribution");
    QTest::newRow("risk: mode above max")
        << withRisk(oneInput([&] { QJsonObject o = price; o.insert(QStringLiteral("mode"), 30); return o; }()))
        << QStringLiteral("risk.inputs.0");
    QTest::newRow("risk: outside the input's range")
        << withRisk(oneInput([&] { QJsonObject o = price; o.insert(QStringLiteral("min"), -5); return o; }()))
        << QStringLiteral("risk.inputs.0.min");
    QTest::newRow("risk: input twice")
        << withRisk({{QStringLiteral("inputs"), QJsonArray{price, price}}}) << QStringLiteral("risk.inputs.1.key");
    QTest::newRow("risk: bound not a number")
        << withRisk(oneInput([&] { QJsonObject o = price; o.insert(QStringLiteral("max"), QStringLiteral("lots")); return o; }()))
        << QStringLiteral("risk.inputs.0.max");
    QTest::newRow("missing cluster.cards")
        << scenarioEdited([](QJsonObject &s) {
               QJsonObject c = s.value(QStringLiteral("cluster")).toObject();
               c.remove(QStringLiteral("cards"));
               s.insert(QStringLiteral("cluster"), c);
           })
        << QStringLiteral("cluster.cards");
    QTest::newRow("unknown card id")
        << scenarioEdited([](QJsonObject &s) {
               QJsonObject c = s.value(QStringLiteral("cluster")).toObject();
               c.insert(QStringLiteral("card"), QStringLiteral("no-such-card"));
               s.insert(QStringLiteral("cluster"), c);
           })
        << QStringLiteral("no-such-card");
}

void TestScenarioJson::readProjectRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, needle);
    ProjectData p;
    const auto e = ScenarioJson::readProject(json, m_catalog, QStringLiteral("bad.json"), p);
    QVERIFY2(e, "accepted");
    QVERIFY2(e->message.contains(QLatin1String("bad.json")), qPrintable(e->message));
    QVERIFY2(e->message.contains(needle), qPrintable(e->message));
}

// ---- overrides --------------------------------------------------------------------------------

void TestScenarioJson::applyOverridesAccepts_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected"); // in writeScenario() form
    QTest::newRow("cards") << QStringList{QStringLiteral("cluster.cards=2048")} << QStringLiteral("cluster.cards") << QJsonValue(2048);
    QTest::newRow("pue") << QStringList{QStringLiteral("site.pue=1.3")} << QStringLiteral("site.pue") << QJsonValue(1.3);
    QTest::newRow("mfu number") << QStringList{QStringLiteral("training.mfu=0.4")} << QStringLiteral("training.mfu") << QJsonValue(0.4);
    QTest::newRow("mfu auto") << QStringList{QStringLiteral("training.mfu=0.4"), QStringLiteral("training.mfu=auto")}
                              << QStringLiteral("training.mfu") << QJsonValue(QStringLiteral("auto"));
    QTest::newRow("training cards null") << QStringList{QStringLiteral("training.cards=null")} << QStringLiteral("training.cards") << QJsonValue();
    QTest::newRow("card resets an explicit server")
        << QStringList{QStringLiteral("cluster.card=nvidia-h100-sxm")}
        << QStringLiteral("cluster.server") << QJsonValue();
    QTest::newRow("card and its server")
        << QStringList{QStringLiteral("cluster.card=nvidia-h100-sxm"), QStringLiteral("cluster.server=nvidia-hgx-h100-8gpu")}
        << QStringLiteral("cluster.server") << QJsonValue(QStringLiteral("nvidia-hgx-h100-8gpu"));
    QTest::newRow("site fills pue") << QStringList{QStringLiteral("site.region=cn-sh-shanghai")} << QStringLiteral("site.pue") << QJsonValue(1.25);
    QTest::newRow("site fills tax") << QStringList{QStringLiteral("site.region=cn-sh-shanghai")} << QStringLiteral("finance.tax_rate") << QJsonValue(0.25);
    QTest::newRow("explicit pue wins over site")
        << QStringList{QStringLiteral("site.pue=1.15"), QStringLiteral("site.region=cn-sh-shanghai")}
        << QStringLiteral("site.pue") << QJsonValue(1.15);
    QTest::newRow("value with spaces around the number") << QStringList{QStringLiteral("cluster.cards= 512 ")}
                                                         << QStringLiteral("cluster.cards") << QJsonValue(512);
    QTest::newRow("text keeps '='") << QStringList{QStringLiteral("name=a=b")} << QStringLiteral("name") << QJsonValue(QStringLiteral("a=b"));
}

void TestScenarioJson::applyOverridesAccepts()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    Scenario s = m_example.scenarios.front();
    // An explicit server of the example's card, so that a reset is visible.
    const Card *card = m_catalog.card(s.cluster.card);
    QVERIFY(card);
    const auto setup = ScenarioJson::applyOverrides(
        s, {QStringLiteral("cluster.server=") + QString::fromStdString(card->standardServer)}, m_catalog);
    QVERIFY2(!setup, setup ? qPrintable(setup->message) : "");
    QCOMPARE(QString::fromStdString(s.cluster.server), QString::fromStdString(card->standardServer));
    const auto e = ScenarioJson::applyOverrides(s, assignments, m_catalog);
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
    QCOMPARE(lookup(ScenarioJson::writeScenario(s), key), expected);
}

void TestScenarioJson::applyOverridesErrorsNameKey_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *a, const char *k) {
        QTest::newRow(a) << QString::fromUtf8(a) << QString::fromUtf8(k);
    };
    row("cluster.bogus=1", "cluster.bogus");
    row("bogus=1", "bogus");
    row("cluster.cards=abc", "cluster.cards");
    row("cluster.cards=-5", "cluster.cards");
    row("cluster.cards=1.5", "cluster.cards");
    row("cluster.cards=0x10", "cluster.cards");
    row("site.pue=0.9", "site.pue");
    row("site.pue=1,2", "site.pue");
    row("site.pue=nan", "site.pue");
    row("horizon_months=12", "horizon_months");
    row("finance.tax_rate=25", "finance.tax_rate");
    row("training.mfu=0.95", "training.mfu");
    row("training.mfu=fast", "training.mfu");
    row("demand.segments.0.share=0.99", "demand.segments");
    row("demand.segments.0.ramp_shape=square", "demand.segments.0.ramp_shape");
    row("demand.segments.9.share=0.1", "demand.segments.9.share");
    row("cluster.phases.0.share=0.5", "cluster.phases");
    row("cluster.card=nope", "cluster.card");
    row("cluster.server=generic-8x-rtx4090-server", "cluster.server");
    row("network.fabric=nope", "network.fabric");
    row("site.region=nope", "site.region");
    row("cluster.storage=nope", "cluster.storage");
    row("name=", "name");
    row("cluster.cards", "cluster.cards");
}

void TestScenarioJson::applyOverridesErrorsNameKey()
{
    QFETCH(QString, assignment);
    QFETCH(QString, key);
    Scenario s = m_example.scenarios.front();
    const auto e = ScenarioJson::applyOverrides(s, {assignment}, m_catalog);
    QVERIFY2(e, "accepted");
    QVERIFY2(e->message.contains(key), qPrintable(e->message));
}

// ---- built-in catalog -------------------------------------------------------------------------

void TestScenarioJson::builtinCatalogCounts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("minimum");
    QTest::newRow("cards") << int(RecordKind::Card) << 15;
    QTest::newRow("fabrics") << int(RecordKind::Fabric) << 5;
    QTest::newRow("sites") << int(RecordKind::Site) << 10;
    QTest::newRow("servers") << int(RecordKind::Server) << 15;
    QTest::newRow("storage") << int(RecordKind::Storage) << 1;
    QTest::newRow("models") << int(RecordKind::Model) << 8;
}

void TestScenarioJson::builtinCatalogCounts()
{
    QFETCH(int, kind);
    QFETCH(int, minimum);
    std::size_t n = 0;
    switch (RecordKind(kind)) {
    case RecordKind::Card: n = m_catalog.cards.size(); break;
    case RecordKind::Server: n = m_catalog.servers.size(); break;
    case RecordKind::Fabric: n = m_catalog.fabrics.size(); break;
    case RecordKind::Storage: n = m_catalog.storage.size(); break;
    case RecordKind::Site: n = m_catalog.sites.size(); break;
    case RecordKind::Model: n = m_catalog.models.size(); break;
    }
    QVERIFY2(n >= std::size_t(minimum), qPrintable(QStringLiteral("%1 records").arg(n)));
}

void TestScenarioJson::builtinCatalogHasCard_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"nvidia-a800-sxm", "nvidia-h800-sxm", "nvidia-h20", "nvidia-l20", "nvidia-rtx-4090",
                           "nvidia-a100-sxm", "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "amd-mi300x"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestScenarioJson::builtinCatalogHasCard()
{
    QFETCH(QString, id);
    const Card *c = m_catalog.card(id.toStdString());
    QVERIFY2(c, qPrintable(id));
    QVERIFY(c->bf16Tflops > 0);
    QVERIFY(c->tdpW > 0);
    QVERIFY(c->memoryGb > 0);
}

void TestScenarioJson::builtinCatalogHasFabric_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("portGbps");
    QTest::newRow("ib-ndr-400g") << QStringLiteral("ib-ndr-400g") << 400.0;
    QTest::newRow("ib-hdr-200g") << QStringLiteral("ib-hdr-200g") << 200.0;
    QTest::newRow("ib-xdr-800g") << QStringLiteral("ib-xdr-800g") << 800.0;
    QTest::newRow("roce-400g") << QStringLiteral("roce-400g") << 400.0;
    QTest::newRow("roce-200g") << QStringLiteral("roce-200g") << 200.0;
}

void TestScenarioJson::builtinCatalogHasFabric()
{
    QFETCH(QString, id);
    QFETCH(double, portGbps);
    const Fabric *f = m_catalog.fabric(id.toStdString());
    QVERIFY2(f, qPrintable(id));
    QCOMPARE(f->portGbps, portGbps);
    QVERIFY(f->switchRadix > 0);
}

void TestScenarioJson::builtinCatalogHasCardFamily_data()
{
    QTest::addColumn<QStringList>("prefixes"); // any card id starting with one of them
    QTest::newRow("Ascend 910B") << QStringList{QStringLiteral("huawei-ascend-910b")};
    QTest::newRow("Kunlun or Cambricon") << QStringList{QStringLiteral("kunlun"), QStringLiteral("cambricon")};
}

void TestScenarioJson::builtinCatalogHasCardFamily()
{
    QFETCH(QStringList, prefixes);
    int found = 0;
    for (const Card &c : m_catalog.cards) {
        for (const QString &p : prefixes)
            found += QString::fromStdString(c.id).startsWith(p) ? 1 : 0;
    }
    QVERIFY2(found > 0, qPrintable(prefixes.join(QLatin1Char('/'))));
}

void TestScenarioJson::builtinRecordsHaveProvenance_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("date");
    const auto add = [](const auto &records, const char *kind) {
        for (const auto &r : records)
            QTest::newRow((std::string(kind) + ' ' + r.id).c_str())
                << QString::fromStdString(r.id) << QString::fromStdString(r.provenance.source)
                << QString::fromStdString(r.provenance.date);
    };
    add(m_catalog.cards, "card");
    add(m_catalog.servers, "server");
    add(m_catalog.fabrics, "fabric");
    add(m_catalog.storage, "storage");
    add(m_catalog.sites, "site");
}

void TestScenarioJson::builtinRecordsHaveProvenance()
{
    QFETCH(QString, id);
    QFETCH(QString, source);
    QFETCH(QString, date);
    QVERIFY2(!source.trimmed().isEmpty(), qPrintable(id));
    QVERIFY2(!date.trimmed().isEmpty(), qPrintable(id));
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}(-\\d{2}){0,2}$"));
    QVERIFY2(dateRe.match(date).hasMatch(), qPrintable(id + QStringLiteral(": date ") + date));
}

void TestScenarioJson::standardServerCarriesCard_data()
{
    QTest::addColumn<QString>("card");
    for (const Card &c : m_catalog.cards)
        QTest::newRow(c.id.c_str()) << QString::fromStdString(c.id);
}

void TestScenarioJson::standardServerCarriesCard()
{
    QFETCH(QString, card);
    const Card *c = m_catalog.card(card.toStdString());
    QVERIFY(c);
    QVERIFY2(!c->standardServer.empty(), "no standard server");
    const Server *s = m_catalog.server(c->standardServer);
    QVERIFY2(s, c->standardServer.c_str());
    QCOMPARE(QString::fromStdString(s->card), card);
    QVERIFY(s->cardsPerServer > 0);
}

void TestScenarioJson::storeEqualsBuiltin_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("cards") << int(RecordKind::Card);
    QTest::newRow("servers") << int(RecordKind::Server);
    QTest::newRow("fabrics") << int(RecordKind::Fabric);
    QTest::newRow("storage") << int(RecordKind::Storage);
    QTest::newRow("sites") << int(RecordKind::Site);
    QTest::newRow("models") << int(RecordKind::Model);
}

void TestScenarioJson::storeEqualsBuiltin()
{
    QFETCH(int, kind);
    CatalogStore store;
    const auto e = store.open(QStringLiteral(":memory:"));
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
    const Catalog db = store.catalog();
    const auto common = [](const auto &a, const auto &b) {
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(QString::fromStdString(a[i].id), QString::fromStdString(b[i].id));
            QCOMPARE(QString::fromStdString(a[i].name), QString::fromStdString(b[i].name));
            QCOMPARE(QString::fromStdString(a[i].nameZh), QString::fromStdString(b[i].nameZh));
            QCOMPARE(QString::fromStdString(a[i].provenance.source), QString::fromStdString(b[i].provenance.source));
            QCOMPARE(QString::fromStdString(a[i].provenance.date), QString::fromStdString(b[i].provenance.date));
            QCOMPARE(int(a[i].provenance.confidence), int(b[i].provenance.confidence));
            QVERIFY(a[i].provenance.estimates == b[i].provenance.estimates);
        }
    };
    switch (RecordKind(kind)) {
    case RecordKind::Card:
        common(db.cards, m_catalog.cards);
        for (std::size_t i = 0; i < db.cards.size(); ++i) {
            const Card &a = db.cards[i], &b = m_catalog.cards[i];
            QCOMPARE(a.bf16Tflops, b.bf16Tflops);
            QCOMPARE(a.fp8Tflops, b.fp8Tflops);
            QCOMPARE(a.memoryGb, b.memoryGb);
            QCOMPARE(a.tdpW, b.tdpW);
            QCOMPARE(a.scaleupDomain, b.scaleupDomain);
            QCOMPARE(a.price.cnyValue(), b.price.cnyValue());
            QCOMPARE(int(a.market), int(b.market));
            QCOMPARE(QString::fromStdString(a.standardServer), QString::fromStdString(b.standardServer));
            QCOMPARE(a.softwareEfficiency, b.softwareEfficiency);
        }
        break;
    case RecordKind::Server:
        common(db.servers, m_catalog.servers);
        for (std::size_t i = 0; i < db.servers.size(); ++i) {
            const Server &a = db.servers[i], &b = m_catalog.servers[i];
            QCOMPARE(QString::fromStdString(a.card), QString::fromStdString(b.card));
            QCOMPARE(a.cardsPerServer, b.cardsPerServer);
            QCOMPARE(a.maxPowerKw, b.maxPowerKw);
            QCOMPARE(a.price.cnyValue(), b.price.cnyValue());
            QCOMPARE(a.nicsPerServer, b.nicsPerServer);
        }
        break;
    case RecordKind::Fabric:
        common(db.fabrics, m_catalog.fabrics);
        for (std::size_t i = 0; i < db.fabrics.size(); ++i) {
            const Fabric &a = db.fabrics[i], &b = m_catalog.fabrics[i];
            QCOMPARE(a.portGbps, b.portGbps);
            QCOMPARE(a.switchRadix, b.switchRadix);
            QCOMPARE(a.switchPrice.cnyValue(), b.switchPrice.cnyValue());
            QCOMPARE(a.transceiverPrice.cnyValue(), b.transceiverPrice.cnyValue());
        }
        break;
    case RecordKind::Storage:
        common(db.storage, m_catalog.storage);
        for (std::size_t i = 0; i < db.storage.size(); ++i) {
            QCOMPARE(db.storage[i].pricePerPb.cnyValue(), m_catalog.storage[i].pricePerPb.cnyValue());
            QCOMPARE(db.storage[i].powerKwPerPb, m_catalog.storage[i].powerKwPerPb);
        }
        break;
    case RecordKind::Site:
        common(db.sites, m_catalog.sites);
        for (std::size_t i = 0; i < db.sites.size(); ++i) {
            const Site &a = db.sites[i], &b = m_catalog.sites[i];
            QCOMPARE(a.powerPriceCnyPerKwh, b.powerPriceCnyPerKwh);
            QCOMPARE(a.typicalPue, b.typicalPue);
            QCOMPARE(a.pueLimit, b.pueLimit);
            QCOMPARE(a.taxRate, b.taxRate);
            QCOMPARE(a.western, b.western);
            QCOMPARE(QString::fromStdString(a.province), QString::fromStdString(b.province));
        }
        break;
    case RecordKind::Model:
        common(db.models, m_catalog.models);
        for (std::size_t i = 0; i < db.models.size(); ++i) {
            const LlmModel &a = db.models[i], &b = m_catalog.models[i];
            QCOMPARE(a.paramsTotalB, b.paramsTotalB);
            QCOMPARE(a.paramsActiveB, b.paramsActiveB);
            QCOMPARE(a.layers, b.layers);
            QCOMPARE(a.kvHeads, b.kvHeads);
            QCOMPARE(a.kvLoraRank, b.kvLoraRank);
            QCOMPARE(a.experts, b.experts);
            QCOMPARE(QString::fromStdString(a.precisions), QString::fromStdString(b.precisions));
        }
        break;
    }
}

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenariojson.moc"
