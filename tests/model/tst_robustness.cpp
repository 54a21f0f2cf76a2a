// SPDX-License-Identifier: GPL-3.0-or-later
// Numerical robustness (issue 15, item 5): extreme but legal inputs never produce NaN, inf or an
// integer overflow in any output. Every number of the result JSON (the whole contract: sizing,
// performance, finance, monthly rows, statements) must be finite, and every null figure must
// carry its reason in "undefined". Integer overflows are caught by UBSan in the asan preset,
// which runs this test with -fno-sanitize-recover.
//
// Two sweeps, over every example scenario:
//  - each numeric field of the field table at the ends of its range (and at 0 when the range
//    holds it), one field at a time;
//  - the combinations the issue names: 1 card, 10⁶ cards, price 0, discount rates −50 % to
//    500 %, a 100 % yearly price decline, the shortest and the longest horizon.

#include "evaluate.h"
#include "fields.h"
#include "resultjson.h"

#include "../exampleproject.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace ccp;

namespace {

// Every non-finite number (path and value) and every null outside "inputs" without a reason.
QStringList problems(const QJsonObject &result)
{
    QStringList out;
    const QJsonObject undefined = result.value(QStringLiteral("undefined")).toObject();
    std::function<void(const QJsonValue &, const QString &, const QString &)> walk;
    walk = [&](const QJsonValue &v, const QString &path, const QString &key) {
        if (v.isDouble() && !std::isfinite(v.toDouble()))
            out << path + QStringLiteral(" = ") + QString::number(v.toDouble());
        else if (v.isNull() && !path.startsWith(QLatin1String("inputs."))
                 && !undefined.contains(key))
            out << path + QStringLiteral(" is null without a reason");
        else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString p = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                // "undefined" is keyed by the figure's dotted path outside the arrays.
                walk(it.value(), p, key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key());
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(a.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), key);
        }
    };
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (it.key() != QLatin1String("undefined"))
            walk(it.value(), it.key(), it.key());
    }
    return out;
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    ProjectData m_project;
    int m_evaluated = 0;

    // Evaluates `s` if it is valid and checks its result. Returns false (after a QTest failure)
    // when the result holds a non-finite number or an unexplained null.
    bool check(const Scenario &s, const QString &what)
    {
        if (validate(s, m_catalog))
            return true; // refused with a message: nothing to evaluate
        ++m_evaluated;
        const QStringList p = problems(ResultJson::write(s, evaluate(s, m_catalog)));
        if (p.isEmpty())
            return true;
        QTest::qFail(qPrintable(what + QStringLiteral(": ") + p.mid(0, 5).join(QStringLiteral("; "))),
                     __FILE__, __LINE__);
        return false;
    }

    static bool set(Scenario &s, const char *key, double value)
    {
        int index = -1;
        const FieldSpec *f = findField(key, &index);
        if (!f || checkValue(*f, key, FieldValue(value)))
            return false;
        f->set(s, index, FieldValue(value));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::loadExampleProject(m_catalog, m_project));
        QVERIFY(m_project.scenarios.size() >= 3);
    }

    // The checker itself: it must see a NaN, an inf and an unexplained null.
    void checkerSeesProblems()
    {
        const Scenario &s = m_project.scenarios.front();
        QJsonObject r = ResultJson::write(s, evaluate(s, m_catalog));
        QVERIFY2(problems(r).isEmpty(), qPrintable(problems(r).join(QLatin1Char('\n'))));
        QJsonObject finance = r.value(QStringLiteral("finance")).toObject();
        finance.insert(QStringLiteral("npv_cny"), std::nan(""));
        r.insert(QStringLiteral("finance"), finance);
        QCOMPARE(problems(r).size(), 1);
        finance.insert(QStringLiteral("npv_cny"), HUGE_VAL);
        finance.insert(QStringLiteral("irr"), QJsonValue::Null);
        r.insert(QStringLiteral("finance"), finance);
        QJsonObject undefined = r.value(QStringLiteral("undefined")).toObject();
        undefined.remove(QStringLiteral("finance.irr"));
        r.insert(QStringLiteral("undefined"), undefined);
        QCOMPARE(problems(r).size(), 2);
    }

    void everyFieldAtTheEndsOfItsRange()
    {
        int fields = 0;
        for (const Scenario &base : m_project.scenarios) {
            for (const FieldSpec &f : scenarioFields()) {
                if (f.type != FieldType::Number && f.type != FieldType::Integer
                    && f.type != FieldType::MfuOrAuto)
                    continue;
                std::string key(f.key);
                if (f.isArrayField()) {
                    if (arraySize(base, f.arrayName()) < 1)
                        continue;
                    key = std::string(f.arrayName()) + ".0." + std::string(f.memberName());
                }
                ++fields;
                std::vector<double> values{f.min, f.max};
                if (f.min < 0 && f.max > 0)
                    values.push_back(0);
                for (double v : values) {
                    Scenario s = base;
                    if (!set(s, key.c_str(), v))
                        continue;
                    if (!check(s, QStringLiteral("%1: %2 = %3")
                                      .arg(QString::fromStdString(base.name), QString::fromStdString(key))
                                      .arg(v)))
                        return;
                }
            }
        }
        QVERIFY(fields > 100);
        qInfo("%d field values evaluated", m_evaluated);
    }

    // Every built-in card in every example scenario: all figures finite, and the FP8 nameplate
    // is null with its reason exactly for the cards that publish no FP8 rate (never 0).
    void everyCard()
    {
        int withoutFp8 = 0;
        for (const Card &card : m_catalog.cards) {
            for (const Scenario &base : m_project.scenarios) {
                Scenario s = base;
                s.cluster.card = card.id;
                s.cluster.server.clear(); // the card's standard server
                if (validate(s, m_catalog))
                    continue;
                const Result r = evaluate(s, m_catalog);
                const QJsonObject json = ResultJson::write(s, r);
                const QStringList p = problems(json);
                QVERIFY2(p.isEmpty(), qPrintable(QString::fromStdString(card.id) + QStringLiteral(": ")
                                                 + p.mid(0, 5).join(QStringLiteral("; "))));
                const QJsonValue fp8 = json.value(QStringLiteral("performance"))
                                           .toObject()
                                           .value(QStringLiteral("nameplate_pflops_fp8"));
                const bool reason = json.value(QStringLiteral("undefined"))
                                        .toObject()
                                        .contains(QStringLiteral("performance.nameplate_pflops_fp8"));
                if (card.fp8Tflops > 0) {
                    QVERIFY(fp8.toDouble() > 0);
                    QVERIFY(!reason);
                } else {
                    ++withoutFp8;
                    QVERIFY2(fp8.isNull(), qPrintable(QString::fromStdString(card.id)));
                    QVERIFY(reason);
                }
            }
        }
        QVERIFY(withoutFp8 > 0);
    }

    void namedExtremes_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("1 card") << QStringList{"cluster.cards"} << QList<double>{1};
        QTest::newRow("10^6 cards") << QStringList{"cluster.cards"} << QList<double>{1e6};
        QTest::newRow("10^6 cards, shortest horizon")
            << QStringList{"cluster.cards", "horizon_months"} << QList<double>{1e6, 1};
        QTest::newRow("price 0")
            << QStringList{"demand.list_price_cny_per_card_hour"} << QList<double>{0};
        QTest::newRow("power price 0") << QStringList{"site.power_price_cny_per_kwh"} << QList<double>{0};
        QTest::newRow("discount -50%") << QStringList{"finance.discount_rate"} << QList<double>{-0.5};
        QTest::newRow("discount 500%") << QStringList{"finance.discount_rate"} << QList<double>{5};
        QTest::newRow("discount -50%, 10^6 cards")
            << QStringList{"finance.discount_rate", "cluster.cards"} << QList<double>{-0.5, 1e6};
        QTest::newRow("price decline 100%")
            << QStringList{"demand.price_decline_per_year"} << QList<double>{1};
        QTest::newRow("price decline 100%, discount 500%")
            << QStringList{"demand.price_decline_per_year", "demand.segments.0.token_price_decline_per_year", "finance.discount_rate"}
            << QList<double>{1, 1, 5};
        QTest::newRow("token price 0, 10^6 cards")
            << QStringList{"demand.segments.0.price_output_cny_per_mtok", "demand.segments.0.price_input_cny_per_mtok", "cluster.cards"}
            << QList<double>{0, 0, 1e6};
        QTest::newRow("shortest horizon") << QStringList{"horizon_months"} << QList<double>{1};
        QTest::newRow("longest horizon") << QStringList{"horizon_months"} << QList<double>{1e9};
        QTest::newRow("longest horizon, 10^6 cards, discount -50%")
            << QStringList{"horizon_months", "cluster.cards", "finance.discount_rate"}
            << QList<double>{1e9, 1e6, -0.5};
        QTest::newRow("utilization 0") << QStringList{"demand.segments.0.utilization"} << QList<double>{0};
        QTest::newRow("share 0") << QStringList{"demand.segments.0.share"} << QList<double>{0};
    }

    void namedExtremes()
    {
        QFETCH(QStringList, keys);
        QFETCH(QList<double>, values);
        int applied = 0;
        for (const Scenario &base : m_project.scenarios) {
            Scenario s = base;
            bool all = true;
            for (qsizetype i = 0; i < keys.size(); ++i) {
                int index = -1;
                const FieldSpec *f = findField(keys.at(i).toStdString(), &index);
                QVERIFY2(f, qPrintable(keys.at(i) + QStringLiteral(" is not a field")));
                // The field table's range is what is legal: a value beyond it (a discount rate
                // of −50 % or 500 % where the table allows 0 to 100 %, a horizon of 10⁹ months)
                // is refused with exit 2 by every reader (tst_commandline), so the extreme
                // legal value is the end of the range.
                const double v = std::clamp(values.at(i), f->min, f->max);
                all = all && set(s, keys.at(i).toUtf8().constData(), v);
            }
            if (!all)
                continue; // e.g. the scenario has no segment 0 of that kind
            ++applied;
            if (!check(s, QString::fromStdString(base.name)))
                return;
        }
        QVERIFY2(applied > 0, "no example scenario accepts these values");
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
