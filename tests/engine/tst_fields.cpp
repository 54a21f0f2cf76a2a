// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the scenario field table (model/engine/fields.h): keys of the architecture
// contract, key parsing, value checks and whole-scenario validation.
//
// Reference: the key list and ranges are those of docs/scenario-json.md and the architecture
// contract (the brief of this test lists the keys); codes are fields.h's InputErrorCode.

#include "fields.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>

using namespace ccp;

using Mutation = void (*)(Scenario &, Catalog &);
Q_DECLARE_METATYPE(Mutation)

namespace {

// A small catalog: two cards with their standard servers, a fabric, a storage class, a site.
Catalog makeCatalog()
{
    Catalog c;
    Card a100;
    a100.id = "a100";
    a100.bf16Tflops = 312;
    a100.memoryGb = 80;
    a100.standardServer = "dgx-a100";
    Card h100;
    h100.id = "h100";
    h100.bf16Tflops = 989;
    h100.memoryGb = 80;
    h100.standardServer = "dgx-h100";
    c.cards = {a100, h100};
    Server sa;
    sa.id = "dgx-a100";
    sa.card = "a100";
    Server sh;
    sh.id = "dgx-h100";
    sh.card = "h100";
    c.servers = {sa, sh};
    Fabric f;
    f.id = "ib-ndr";
    f.switchRadix = 64;
    c.fabrics = {f};
    StorageClass st;
    st.id = "nvme";
    c.storage = {st};
    Site s;
    s.id = "ningxia";
    c.sites = {s};
    return c;
}

// A valid scenario against makeCatalog().
Scenario makeScenario()
{
    Scenario s;
    s.name = "test";
    s.cluster.card = "a100";
    s.cluster.cards = 1024;
    s.network.fabric = "ib-ndr";
    s.site.region = "ningxia";
    s.site.powerPriceCnyPerKwh = 0.36;
    s.demand.listPriceCnyPerCardHour = 10;
    s.demand.segments = {Segment{"training", 0.6, 0.8, 6, RampShape::Linear, 1.0},
                         Segment{"inference", 0.3, 0.6, 12, RampShape::SCurve, 1.2}};
    return s;
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractKeys_data();
    void contractKeys();
    void keysAreUnique();
    void findArrayField_data();
    void findArrayField();
    void unknownKeys_data();
    void unknownKeys();
    void checkValue_data();
    void checkValue();
    void getSetRoundTrip_data();
    void getSetRoundTrip();
    void validScenario();
    void validate_data();
    void validate();
};

// Every key of the architecture contract is in the table.
void TestFields::contractKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("type");
    const std::pair<const char *, FieldType> keys[] = {
        {"name", FieldType::Text},
        {"horizon_months", FieldType::Integer},
        {"cluster.card", FieldType::CatalogRef},
        {"cluster.cards", FieldType::Integer},
        {"cluster.server", FieldType::CatalogRef},
        {"cluster.rack_power_kw", FieldType::Number},
        {"network.fabric", FieldType::CatalogRef},
        {"network.oversubscription", FieldType::Number},
        {"site.region", FieldType::CatalogRef},
        {"site.power_price_cny_per_kwh", FieldType::Number},
        {"site.pue", FieldType::Number},
        {"demand.list_price_cny_per_card_hour", FieldType::Number},
        {"demand.price_decline_per_year", FieldType::Number},
        {"demand.segments[].name", FieldType::Text},
        {"demand.segments[].share", FieldType::Number},
        {"demand.segments[].utilization", FieldType::Number},
        {"demand.segments[].ramp_months", FieldType::Integer},
        {"demand.segments[].price_factor", FieldType::Number},
        {"finance.discount_rate", FieldType::Number},
        {"finance.tax_rate", FieldType::Number},
        {"training.params", FieldType::Number},
        {"training.tokens", FieldType::Number},
        {"training.cards", FieldType::Integer},
        {"training.mfu", FieldType::MfuOrAuto},
    };
    for (const auto &[key, type] : keys)
        QTest::newRow(key) << QByteArray(key) << int(type);
}

void TestFields::contractKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(int, type);
    const std::string_view k(key.constData(), std::size_t(key.size()));
    const FieldSpec *found = nullptr;
    for (const FieldSpec &f : scenarioFields())
        if (f.key == k)
            found = &f;
    QVERIFY2(found, key.constData());
    QCOMPARE(int(found->type), type);
    QVERIFY(found->get != nullptr);
    QVERIFY(found->set != nullptr);
    QVERIFY(found->min <= found->max);
    // A scalar key is found by findField() under its own name.
    if (!found->isArrayField()) {
        int index = 99;
        QCOMPARE(findField(k, &index), found);
        QCOMPARE(index, -1);
    }
}

void TestFields::keysAreUnique()
{
    std::set<std::string_view> seen;
    for (const FieldSpec &f : scenarioFields())
        QVERIFY2(seen.insert(f.key).second, std::string(f.key).c_str());
    QVERIFY(seen.size() >= 24);
}

// "demand.segments.2.share" → the spec of "demand.segments[].share" and index 2.
void TestFields::findArrayField_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("specKey");
    QTest::addColumn<int>("index");
    QTest::newRow("segments.2.share") << QByteArray("demand.segments.2.share")
                                      << QByteArray("demand.segments[].share") << 2;
    QTest::newRow("segments.0.name") << QByteArray("demand.segments.0.name")
                                     << QByteArray("demand.segments[].name") << 0;
    QTest::newRow("segments.17.ramp_months") << QByteArray("demand.segments.17.ramp_months")
                                             << QByteArray("demand.segments[].ramp_months") << 17;
    QTest::newRow("segments.1.price_factor") << QByteArray("demand.segments.1.price_factor")
                                             << QByteArray("demand.segments[].price_factor") << 1;
    QTest::newRow("phases.3.month") << QByteArray("cluster.phases.3.month")
                                    << QByteArray("cluster.phases[].month") << 3;
}

void TestFields::findArrayField()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, specKey);
    QFETCH(int, index);
    int got = -7;
    const FieldSpec *f = findField(std::string_view(key.constData(), std::size_t(key.size())), &got);
    QVERIFY(f != nullptr);
    QCOMPARE(QByteArray(f->key.data(), qsizetype(f->key.size())), specKey);
    QCOMPARE(got, index);
    QVERIFY(f->isArrayField());
    const QByteArray array = specKey.left(specKey.indexOf("[]"));
    QCOMPARE(QByteArray(f->arrayName().data(), qsizetype(f->arrayName().size())), array);
    QCOMPARE(QByteArray(f->memberName().data(), qsizetype(f->memberName().size())),
             specKey.mid(specKey.indexOf("[].") + 3));
}

void TestFields::unknownKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("misspelt") << QByteArray("cluster.cardz");
    QTest::newRow("prefix only") << QByteArray("cluster");
    QTest::newRow("array spec form") << QByteArray("demand.segments[].share");
    QTest::newRow("no index") << QByteArray("demand.segments.share");
    QTest::newRow("negative index") << QByteArray("demand.segments.-1.share");
    QTest::newRow("non-numeric index") << QByteArray("demand.segments.x.share");
    QTest::newRow("unknown member") << QByteArray("demand.segments.0.colour");
    QTest::newRow("index on scalar") << QByteArray("cluster.0.cards");
    QTest::newRow("trailing dot") << QByteArray("site.pue.");
    QTest::newRow("case differs") << QByteArray("Site.PUE");
}

void TestFields::unknownKeys()
{
    QFETCH(QByteArray, key);
    int index = 5;
    QCOMPARE(findField(std::string_view(key.constData(), std::size_t(key.size())), &index),
             static_cast<const FieldSpec *>(nullptr));
    QCOMPARE(index, -1);
}

void TestFields::checkValue_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("kind");      // 0 null, 1 number, 2 string
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");      // -1: accepted

    const int ok = -1;
    const int outOfRange = int(InputErrorCode::OutOfRange);
    const int notInteger = int(InputErrorCode::NotInteger);
    const int wrongType = int(InputErrorCode::WrongType);
    const int missing = int(InputErrorCode::Missing);
    const int empty = int(InputErrorCode::Empty);
    const QByteArray none;

    // cluster.cards: Integer 1 … 1e6.
    QTest::newRow("cards 1024") << QByteArray("cluster.cards") << 1 << 1024.0 << none << ok;
    QTest::newRow("cards 1 (min)") << QByteArray("cluster.cards") << 1 << 1.0 << none << ok;
    QTest::newRow("cards negative") << QByteArray("cluster.cards") << 1 << -8.0 << none << outOfRange;
    QTest::newRow("cards zero") << QByteArray("cluster.cards") << 1 << 0.0 << none << outOfRange;
    QTest::newRow("cards 1.5") << QByteArray("cluster.cards") << 1 << 1.5 << none << notInteger;
    QTest::newRow("cards as text") << QByteArray("cluster.cards") << 2 << 0.0 << QByteArray("1024") << wrongType;
    QTest::newRow("cards NaN") << QByteArray("cluster.cards") << 1 << kNaN << none << wrongType;
    QTest::newRow("cards null") << QByteArray("cluster.cards") << 0 << 0.0 << none << missing;
    // site.pue: Number 1 … 3.
    QTest::newRow("pue 1.3") << QByteArray("site.pue") << 1 << 1.3 << none << ok;
    QTest::newRow("pue 0.9") << QByteArray("site.pue") << 1 << 0.9 << none << outOfRange;
    QTest::newRow("pue 3.5") << QByteArray("site.pue") << 1 << 3.5 << none << outOfRange;
    QTest::newRow("pue infinite") << QByteArray("site.pue") << 1 << std::numeric_limits<double>::infinity() << none << wrongType;
    QTest::newRow("pue as text") << QByteArray("site.pue") << 2 << 0.0 << QByteArray("1.3") << wrongType;
    QTest::newRow("pue null") << QByteArray("site.pue") << 0 << 0.0 << none << wrongType;
    // network.oversubscription: 1 … 8.
    QTest::newRow("oversubscription 0.5") << QByteArray("network.oversubscription") << 1 << 0.5 << none << outOfRange;
    // demand.segments[].share: 0 … 1 (indexed key).
    QTest::newRow("segment share 1.2") << QByteArray("demand.segments.0.share") << 1 << 1.2 << none << outOfRange;
    QTest::newRow("segment share 0.4") << QByteArray("demand.segments.3.share") << 1 << 0.4 << none << ok;
    // training.mfu: a fraction 0.01 … 0.9, "auto" or null.
    QTest::newRow("mfu auto") << QByteArray("training.mfu") << 2 << 0.0 << QByteArray("auto") << ok;
    QTest::newRow("mfu null") << QByteArray("training.mfu") << 0 << 0.0 << none << ok;
    QTest::newRow("mfu 0.45") << QByteArray("training.mfu") << 1 << 0.45 << none << ok;
    QTest::newRow("mfu 0.95") << QByteArray("training.mfu") << 1 << 0.95 << none << outOfRange;
    QTest::newRow("mfu other text") << QByteArray("training.mfu") << 2 << 0.0 << QByteArray("fast") << wrongType;
    // training.cards: nullable integer.
    QTest::newRow("training cards null") << QByteArray("training.cards") << 0 << 0.0 << none << ok;
    // Catalog references and text.
    QTest::newRow("card id") << QByteArray("cluster.card") << 2 << 0.0 << QByteArray("a100") << ok;
    QTest::newRow("card empty") << QByteArray("cluster.card") << 2 << 0.0 << QByteArray("") << empty;
    QTest::newRow("card as number") << QByteArray("cluster.card") << 1 << 100.0 << none << wrongType;
    QTest::newRow("card null") << QByteArray("cluster.card") << 0 << 0.0 << none << missing;
    QTest::newRow("server null (standard)") << QByteArray("cluster.server") << 0 << 0.0 << none << ok;
    QTest::newRow("name as number") << QByteArray("name") << 1 << 1.0 << none << wrongType;
    // Ramp shape: "linear" | "s-curve".
    QTest::newRow("ramp s-curve") << QByteArray("demand.segments.0.ramp_shape") << 2 << 0.0 << QByteArray("s-curve") << ok;
    QTest::newRow("ramp cubic") << QByteArray("demand.segments.0.ramp_shape") << 2 << 0.0 << QByteArray("cubic") << wrongType;
    // horizon_months: Integer 36 … 180.
    QTest::newRow("horizon 12") << QByteArray("horizon_months") << 1 << 12.0 << none << outOfRange;
    QTest::newRow("horizon 120") << QByteArray("horizon_months") << 1 << 120.0 << none << ok;
}

void TestFields::checkValue()
{
    QFETCH(QByteArray, key);
    QFETCH(int, kind);
    QFETCH(double, number);
    QFETCH(QByteArray, text);
    QFETCH(int, code);

    int index = -1;
    const FieldSpec *f = findField(std::string_view(key.constData(), std::size_t(key.size())), &index);
    QVERIFY2(f, key.constData());
    FieldValue v;
    if (kind == 1)
        v = number;
    else if (kind == 2)
        v = text.toStdString();
    const std::optional<InputError> e = ccp::checkValue(*f, key.toStdString(), v);
    if (code < 0) {
        QVERIFY2(!e, e ? e->key.c_str() : "");
        return;
    }
    QVERIFY(e.has_value());
    QCOMPARE(int(e->code), code);
    QCOMPARE(QByteArray::fromStdString(e->key), key);
    if (e->code == InputErrorCode::OutOfRange) {
        QCOMPARE(e->min, f->min);
        QCOMPARE(e->max, f->max);
    }
}

// set() then get() returns the value, through the indexed element for array fields.
void TestFields::getSetRoundTrip_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("cluster.cards") << QByteArray("cluster.cards") << 1 << 4096.0 << QByteArray();
    QTest::newRow("site.pue") << QByteArray("site.pue") << 1 << 1.18 << QByteArray();
    QTest::newRow("cluster.card") << QByteArray("cluster.card") << 2 << 0.0 << QByteArray("h100");
    QTest::newRow("segment 1 share") << QByteArray("demand.segments.1.share") << 1 << 0.25 << QByteArray();
    QTest::newRow("segment 0 name") << QByteArray("demand.segments.0.name") << 2 << 0.0 << QByteArray("spot");
    QTest::newRow("segment 1 ramp") << QByteArray("demand.segments.1.ramp_shape") << 2 << 0.0 << QByteArray("linear");
    QTest::newRow("training.mfu 0.4") << QByteArray("training.mfu") << 1 << 0.4 << QByteArray();
    QTest::newRow("training.mfu null") << QByteArray("training.mfu") << 0 << 0.0 << QByteArray();
}

void TestFields::getSetRoundTrip()
{
    QFETCH(QByteArray, key);
    QFETCH(int, kind);
    QFETCH(double, number);
    QFETCH(QByteArray, text);
    int index = -1;
    const FieldSpec *f = findField(std::string_view(key.constData(), std::size_t(key.size())), &index);
    QVERIFY(f);
    Scenario s = makeScenario();
    FieldValue v;
    if (kind == 1)
        v = number;
    else if (kind == 2)
        v = text.toStdString();
    const int i = std::max(index, 0);
    f->set(s, i, v);
    QVERIFY(f->get(s, i) == v);
    // The other segment is untouched.
    if (f->isArrayField()) {
        const Scenario orig = makeScenario();
        QVERIFY(f->get(s, 1 - i) == f->get(orig, 1 - i));
    }
}

void TestFields::validScenario()
{
    const Catalog c = makeCatalog();
    Scenario s = makeScenario();
    std::optional<InputError> e = ccp::validate(s, c);
    QVERIFY2(!e, e ? e->key.c_str() : "");
    // Explicit server of the same card, storage and phases summing to 1 are fine too.
    s.cluster.server = "dgx-a100";
    s.cluster.storage = "nvme";
    s.cluster.storagePb = 2;
    s.cluster.phases = {BuildPhase{0, 0.5}, BuildPhase{12, 0.3}, BuildPhase{24, 0.2}};
    s.training.cards = 512;
    e = ccp::validate(s, c);
    QVERIFY2(!e, e ? e->key.c_str() : "");
}

void TestFields::validate_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("detail"); // empty: not checked

    QTest::newRow("segment shares above one")
        << Mutation(+[](Scenario &s, Catalog &) { s.demand.segments[1].share = 0.5; })
        << int(InputErrorCode::SharesAboveOne) << QByteArray("demand.segments") << QByteArray();
    QTest::newRow("phase shares below one")
        << Mutation(+[](Scenario &s, Catalog &) {
               s.cluster.phases = {BuildPhase{0, 0.5}, BuildPhase{12, 0.4}};
           })
        << int(InputErrorCode::PhaseSharesNotOne) << QByteArray("cluster.phases") << QByteArray();
    QTest::newRow("phase shares above one")
        << Mutation(+[](Scenario &s, Catalog &) {
               s.cluster.phases = {BuildPhase{0, 0.7}, BuildPhase{12, 0.7}};
           })
        << int(InputErrorCode::PhaseSharesNotOne) << QByteArray("cluster.phases") << QByteArray();
    QTest::newRow("phase after horizon")
        << Mutation(+[](Scenario &s, Catalog &) {
               s.cluster.phases = {BuildPhase{0, 0.5}, BuildPhase{120, 0.5}};
           })
        << int(InputErrorCode::OutOfRange) << QByteArray("cluster.phases.1.month") << QByteArray();
    QTest::newRow("unknown card id")
        << Mutation(+[](Scenario &s, Catalog &) { s.cluster.card = "b300"; })
        << int(InputErrorCode::UnknownId) << QByteArray("cluster.card") << QByteArray("b300");
    QTest::newRow("unknown fabric id")
        << Mutation(+[](Scenario &s, Catalog &) { s.network.fabric = "ib-xdr"; })
        << int(InputErrorCode::UnknownId) << QByteArray("network.fabric") << QByteArray("ib-xdr");
    QTest::newRow("unknown site id")
        << Mutation(+[](Scenario &s, Catalog &) { s.site.region = "mars"; })
        << int(InputErrorCode::UnknownId) << QByteArray("site.region") << QByteArray("mars");
    QTest::newRow("unknown storage id")
        << Mutation(+[](Scenario &s, Catalog &) { s.cluster.storage = "tape"; })
        << int(InputErrorCode::UnknownId) << QByteArray("cluster.storage") << QByteArray("tape");
    QTest::newRow("server of another card")
        << Mutation(+[](Scenario &s, Catalog &) { s.cluster.server = "dgx-h100"; })
        << int(InputErrorCode::ServerCardMismatch) << QByteArray("cluster.server")
        << QByteArray("dgx-h100");
    QTest::newRow("standard server missing from catalog")
        << Mutation(+[](Scenario &, Catalog &c) { c.servers.erase(c.servers.begin()); })
        << int(InputErrorCode::UnknownId) << QByteArray("cluster.server") << QByteArray("dgx-a100");
    QTest::newRow("standard server of another card")
        << Mutation(+[](Scenario &, Catalog &c) { c.cards[0].standardServer = "dgx-h100"; })
        << int(InputErrorCode::ServerCardMismatch) << QByteArray("cluster.server")
        << QByteArray("dgx-h100");
    QTest::newRow("no segments")
        << Mutation(+[](Scenario &s, Catalog &) { s.demand.segments.clear(); })
        << int(InputErrorCode::Missing) << QByteArray("demand.segments") << QByteArray();
    QTest::newRow("segment share out of range")
        << Mutation(+[](Scenario &s, Catalog &) { s.demand.segments[1].share = 1.5; })
        << int(InputErrorCode::OutOfRange) << QByteArray("demand.segments.1.share") << QByteArray();
    QTest::newRow("negative cards")
        << Mutation(+[](Scenario &s, Catalog &) { s.cluster.cards = -8; })
        << int(InputErrorCode::OutOfRange) << QByteArray("cluster.cards") << QByteArray();
    QTest::newRow("pue 0.9")
        << Mutation(+[](Scenario &s, Catalog &) { s.site.pue = 0.9; })
        << int(InputErrorCode::OutOfRange) << QByteArray("site.pue") << QByteArray();
    QTest::newRow("empty name")
        << Mutation(+[](Scenario &s, Catalog &) { s.name.clear(); })
        << int(InputErrorCode::Empty) << QByteArray("name") << QByteArray();
    QTest::newRow("training cards above cluster")
        << Mutation(+[](Scenario &s, Catalog &) { s.training.cards = 2048; })
        << int(InputErrorCode::OutOfRange) << QByteArray("training.cards") << QByteArray();
    QTest::newRow("intro longer than horizon")
        << Mutation(+[](Scenario &s, Catalog &) { s.demand.introMonths = 150; })
        << int(InputErrorCode::OutOfRange) << QByteArray("demand.intro_months") << QByteArray();
    // First error in table order: cluster.cards comes before site.pue.
    QTest::newRow("first error wins")
        << Mutation(+[](Scenario &s, Catalog &) {
               s.site.pue = 0.5;
               s.cluster.cards = 0;
           })
        << int(InputErrorCode::OutOfRange) << QByteArray("cluster.cards") << QByteArray();
}

void TestFields::validate()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, code);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, detail);
    Catalog c = makeCatalog();
    Scenario s = makeScenario();
    mutate(s, c);
    const std::optional<InputError> e = ccp::validate(s, c);
    QVERIFY(e.has_value());
    QCOMPARE(QByteArray::fromStdString(e->key), key);
    QCOMPARE(int(e->code), code);
    if (!detail.isEmpty())
        QCOMPARE(QByteArray::fromStdString(e->detail), detail);
}

QTEST_APPLESS_MAIN(TestFields)
#include "tst_fields.moc"
