// SPDX-License-Identifier: GPL-3.0-or-later
// Golden figures of the built-in example project, and the stories it must tell
// (docs/product.md, "Stylized facts"). The golden file tests/data/golden_example.json is
// regenerated only on purpose: `tst_golden --write-golden` after a deliberate model change.

#include "../exampleproject.h"
#include "evaluate.h"
#include "resultjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace ccp;

namespace {

const char *const kGoldenKeys[] = {
    "sizing.servers", "sizing.racks", "sizing.it_power_kw", "sizing.facility_power_kw",
    "sizing.network.links", "sizing.network.transceivers",
    "performance.nameplate_pflops_bf16", "performance.mfu", "performance.goodput",
    "performance.effective_pflops", "performance.training.days",
    "finance.capex_cny", "finance.npv_cny", "finance.irr", "finance.payback_months",
    "finance.discounted_payback_months", "finance.breakeven_utilization",
    "finance.breakeven_price_cny_per_card_hour", "finance.lcoc_cny_per_card_hour",
    "performance.inference.output_tokens_per_s_per_server", "performance.inference.tpot_ms",
    "finance.cost_per_million_tokens_cny", "finance.breakeven_token_price_factor"};

QJsonValue at(const QJsonObject &o, const QString &dotted)
{
    QJsonValue v = o;
    for (const QString &part : dotted.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

QString goldenPath() { return QStringLiteral(CCP_TEST_DATA_DIR "/golden_example.json"); }

bool writeGolden = false;

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT
private:
    Catalog m_catalog;
    ProjectData m_project;
    std::vector<QJsonObject> m_results;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::loadExampleProject(m_catalog, m_project));
        QVERIFY(m_project.scenarios.size() >= 3);
        for (const Scenario &s : m_project.scenarios)
            m_results.push_back(ResultJson::write(s, evaluate(s, m_catalog)));
        if (writeGolden) {
            QJsonObject golden;
            for (const QJsonObject &r : m_results) {
                QJsonObject figures;
                for (const char *k : kGoldenKeys)
                    figures.insert(QLatin1String(k), at(r, QLatin1String(k)));
                golden.insert(r.value(QLatin1String("scenario")).toString(), figures);
            }
            QFile f(goldenPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(golden).toJson(QJsonDocument::Indented));
        }
    }

    void goldenFigures_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("key");
        for (std::size_t i = 0; i < m_results.size(); ++i) {
            for (const char *k : kGoldenKeys) {
                const QByteArray name = QByteArray::number(int(i)) + ' ' + k;
                QTest::newRow(name.constData()) << int(i) << QString::fromLatin1(k);
            }
        }
    }

    void goldenFigures()
    {
        QFETCH(int, scenario);
        QFETCH(QString, key);
        QFile f(goldenPath());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenPath()));
        const QJsonObject golden = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject &r = m_results[std::size_t(scenario)];
        const QString name = r.value(QLatin1String("scenario")).toString();
        QVERIFY2(golden.contains(name), qPrintable(name));
        const QJsonValue expected = golden.value(name).toObject().value(key);
        const QJsonValue actual = at(r, key);
        QCOMPARE(actual.isNull(), expected.isNull());
        if (expected.isNull())
            return;
        const double e = expected.toDouble(), a = actual.toDouble();
        QVERIFY2(std::abs(a - e) <= 1e-7 * std::max(1.0, std::abs(e)),
                 qPrintable(QStringLiteral("%1: %2, golden %3").arg(key).arg(a, 0, 'g', 17).arg(e, 0, 'g', 17)));
    }

    // docs/product.md, as far as the sourced inputs carry it (docs/examples.md): with the same
    // cards an anchor tenant does better than the open market; a university-style center
    // (30-40%) does not pay back and does better with subsidies; at 2024-25 rents the H800
    // centers do not pay back within their servers' five-year life, while at 2023 prices
    // (list 18, falling 4% a year, the anchor at list) the anchor center pays back in 3-4 years.
    void stylizedFacts()
    {
        const auto figure = [&](int i, const char *key) {
            return at(m_results[std::size_t(i)], QLatin1String(key));
        };
        const auto npv = [&](int i) { return figure(i, "finance.npv_cny").toDouble(); };
        const auto utilization = [&](int i) { return figure(i, "performance.steady_utilization").toDouble(); };
        QVERIFY(utilization(0) >= 0.75);
        QVERIFY(utilization(1) >= 0.45 && utilization(1) <= 0.6);
        QVERIFY(npv(0) > npv(1));
        QVERIFY(figure(0, "finance.payback_months").isNull());
        QVERIFY(figure(1, "finance.payback_months").isNull());
        QVERIFY(utilization(2) >= 0.3 && utilization(2) <= 0.4);
        QVERIFY(figure(2, "finance.payback_months").isNull());
        QVERIFY(npv(3) > npv(2));
        QVERIFY(figure(4, "finance.payback_months").isNull());

        Scenario in2023 = m_project.scenarios[0];
        in2023.demand.listPriceCnyPerCardHour = 18;
        in2023.demand.priceDeclinePerYear = 0.04;
        for (Segment &seg : in2023.demand.segments)
            seg.priceFactor = 1;
        const Result r = evaluate(in2023, m_catalog);
        QVERIFY(r.finance.paybackMonths);
        QVERIFY(*r.finance.paybackMonths >= 36 && *r.finance.paybackMonths <= 48);
    }

    // At the breakeven price (and utilization) the NPV must be zero.
    void breakevensZeroTheNpv_data()
    {
        QTest::addColumn<int>("scenario");
        for (std::size_t i = 0; i < m_project.scenarios.size(); ++i)
            QTest::newRow(m_project.scenarios[i].name.c_str()) << int(i);
    }

    void breakevensZeroTheNpv()
    {
        QFETCH(int, scenario);
        const Scenario base = m_project.scenarios[std::size_t(scenario)];
        const Result r = evaluate(base, m_catalog);
        const double scale = r.finance.capex.total().cnyValue();
        if (r.finance.breakevenPriceCnyPerCardHour) {
            Scenario s = base;
            s.demand.listPriceCnyPerCardHour = *r.finance.breakevenPriceCnyPerCardHour;
            QVERIFY(std::abs(evaluate(s, m_catalog).finance.npv.cnyValue()) <= 1e-6 * scale);
        }
        if (r.finance.breakevenUtilization && r.performance.steadyUtilization > 0) {
            const double k = *r.finance.breakevenUtilization / r.performance.steadyUtilization;
            Scenario s = base;
            for (Segment &seg : s.demand.segments)
                seg.utilization *= k;
            bool valid = true;
            for (const Segment &seg : s.demand.segments)
                valid = valid && seg.utilization <= 1.0;
            if (valid)
                QVERIFY(std::abs(evaluate(s, m_catalog).finance.npv.cnyValue()) <= 1e-6 * scale);
        }
    }

    void evaluationIsDeterministic()
    {
        const Scenario &s = m_project.scenarios.front();
        const QJsonObject a = ResultJson::write(s, evaluate(s, m_catalog));
        const QJsonObject b = ResultJson::write(s, evaluate(s, m_catalog));
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    writeGolden = args.removeAll(QStringLiteral("--write-golden")) > 0;
    TestGolden t;
    return QTest::qExec(&t, args);
}

#include "tst_golden.moc"
