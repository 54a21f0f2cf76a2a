// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile project files: thousands of deterministic mutations of the example project (byte
// flips, truncations, spliced garbage, extreme numbers, deep nesting). Reading must either
// succeed — and then evaluation must not throw — or fail with a message; never crash.
// Run under the asan preset to catch memory errors too.

#include "catalogstore.h"
#include "evaluate.h"
#include "examples.h"
#include "scenariojson.h"

#include <QTest>

#include <random>

using namespace ccp;

class TestFuzzProjectJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mutations_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("byte flips") << 0;
        QTest::newRow("truncations") << 1;
        QTest::newRow("spliced garbage") << 2;
        QTest::newRow("extreme numbers") << 3;
    }

    void mutations()
    {
        QFETCH(int, kind);
        Catalog catalog;
        QVERIFY(!CatalogStore::builtin(catalog));
        const QByteArray original = Examples::exampleProjectJson();
        QVERIFY(!original.isEmpty());
        std::mt19937 rng(20261128u + unsigned(kind));
        const char *const extremes[] = {"-1", "1e308", "-1e308", "0", "1e-320", "9007199254740993",
                                        "\"x\"", "null", "[]", "{}", "true"};
        int accepted = 0, rejected = 0;
        for (int i = 0; i < 1500; ++i) {
            QByteArray bytes = original;
            std::uniform_int_distribution<qsizetype> pos(0, bytes.size() - 1);
            switch (kind) {
            case 0:
                for (int n = 0; n < 1 + i % 4; ++n)
                    bytes[pos(rng)] = char(rng() & 0xff);
                break;
            case 1:
                bytes.truncate(pos(rng));
                break;
            case 2: {
                QByteArray junk;
                for (int n = 0; n < 1 + int(rng() % 16); ++n)
                    junk.append(char(rng() & 0xff));
                bytes.insert(pos(rng), junk);
                break;
            }
            default: {
                // Replace one number with an extreme value.
                qsizetype p = pos(rng);
                while (p < bytes.size() && !(bytes[p] >= '0' && bytes[p] <= '9'))
                    ++p;
                qsizetype e = p;
                while (e < bytes.size() && ((bytes[e] >= '0' && bytes[e] <= '9') || bytes[e] == '.'
                                            || bytes[e] == 'e' || bytes[e] == '-'))
                    ++e;
                bytes.replace(p, e - p, extremes[rng() % std::size(extremes)]);
                break;
            }
            }
            ProjectData project;
            if (auto e = ScenarioJson::readProject(bytes, catalog, QStringLiteral("fuzz"), project)) {
                QVERIFY(!e->message.isEmpty());
                ++rejected;
                continue;
            }
            ++accepted;
            Catalog combined = catalog;
            combined.overlay(project.embedded);
            for (const Scenario &s : project.scenarios) {
                const Result r = evaluate(s, combined);
                QVERIFY(r.monthly.size() == std::size_t(s.horizonMonths) + 1);
            }
        }
        QVERIFY(rejected > 0);
        qInfo("accepted %d, rejected %d", accepted, rejected);
    }

    void deepNesting()
    {
        Catalog catalog;
        QVERIFY(!CatalogStore::builtin(catalog));
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        ProjectData project;
        QVERIFY(ScenarioJson::readProject(deep, catalog, QStringLiteral("deep"), project).has_value());
    }
};

QTEST_GUILESS_MAIN(TestFuzzProjectJson)
#include "tst_fuzzprojectjson.moc"
