// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the .ccplan project file (docs/project-file.md) and the project lock: byte-identical
// round trips, self-contained files (embedded catalog records), migration of a version-1 file
// (tests/data/project-v1.ccplan, made by tests/data/make-project-v1.sh), hostile and damaged
// files refused with a message naming the file, atomic saves that never damage the previous
// file, and the lock against two instances editing one file.

#include "catalogstore.h"
#include "examples.h"
#include "projectfile.h"
#include "projectloader.h"
#include "projectlock.h"
#include "scenariojson.h"
#include "testfiles.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <limits>
#endif

using namespace ccp;
using namespace ccp::testfiles;

#ifndef CCP_TEST_DATA_DIR
#error "CCP_TEST_DATA_DIR must name tests/data"
#endif

namespace {

const QDateTime kSavedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);

// The first column of the first row of `sql` on an SQLite file.
QVariant queryValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

template<typename R>
void removeId(std::vector<R> &records, const std::string &id)
{
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&](const R &r) { return r.id == id; }),
                  records.end());
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fileIdentity();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void savedAtOnlyDifference();
    void embeddedRecordsMakeFileSelfContained();
    void embeddedCustomRecord();
    void chineseNotesTravel();
    void userCatalogOfEarlierVersion();
    void migratesVersion1();
    void migratesVersion2AndKeepsRiskSettings();
    void loaderDispatches_data();
    void loaderDispatches();

    void badFile_data();
    void badFile();
    void tooLarge();

    void saveFailureKeepsPreviousFile_data();
    void saveFailureKeepsPreviousFile();
    void saveKeepsPermissions();
    void strayTempFileFromKilledSave();

    void lockIsExclusive();
    void staleLockIsTakenOver();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ProjectData bigProject() const;

    QTemporaryDir m_dir;
    Catalog m_builtin;
    ProjectData m_example;
    QString m_valid; // a saved example project
};

void TestProjectFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto e = CatalogStore::builtin(m_builtin);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    e = ScenarioJson::readProject(Examples::exampleProjectJson(), m_builtin,
                                  Examples::exampleProjectName(), m_example);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    m_valid = path(QStringLiteral("valid.ccplan"));
    e = ProjectFile::save(m_example, m_builtin, m_valid, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
}

ProjectData TestProjectFile::bigProject() const
{
    ProjectData p = m_example;
    for (int copy = 0; copy < 20; ++copy) {
        for (const Scenario &s : m_example.scenarios) {
            p.scenarios.push_back(s);
            p.scenarios.back().name += " copy " + std::to_string(copy);
        }
    }
    return p;
}

// ---- format and round trips -------------------------------------------------------------------

void TestProjectFile::fileIdentity()
{
    const QByteArray bytes = readAll(m_valid);
    QVERIFY(ProjectFile::hasSqliteHeader(bytes));
    // application_id is stored big-endian at offset 68, user_version at offset 60.
    QCOMPARE(bytes.mid(68, 4), QByteArray("CCP1"));
    QCOMPARE(queryValue(m_valid, QStringLiteral("PRAGMA application_id")).toLongLong(),
             qint64(kProjectFileApplicationId));
    QCOMPARE(queryValue(m_valid, QStringLiteral("PRAGMA user_version")).toInt(), kProjectFileVersion);
    QCOMPARE(queryValue(m_valid, QStringLiteral("SELECT count(*) FROM scenarios")).toInt(),
             int(m_example.scenarios.size()));
    QCOMPARE(queryValue(m_valid, QStringLiteral("SELECT value FROM project WHERE key = 'name'")).toString(),
             m_example.name);
    QCOMPARE(queryValue(m_valid, QStringLiteral("SELECT value FROM project WHERE key = 'saved_at'")).toString(),
             QStringLiteral("2025-01-02T03:04:05.000Z"));
    // Every card, server, fabric and site the example uses is embedded.
    QVERIFY(queryValue(m_valid, QStringLiteral("SELECT count(*) FROM catalog WHERE kind = 'card'")).toInt() >= 1);
    QVERIFY(queryValue(m_valid, QStringLiteral("SELECT count(*) FROM catalog WHERE kind = 'site'")).toInt() >= 1);
    QCOMPARE(queryValue(m_valid, QStringLiteral("SELECT count(*) FROM catalog WHERE kind = 'card' AND "
                                                "id = 'nvidia-h800-sxm'")).toInt(), 1);
    QVERIFY2(queryValue(m_valid, QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok"),
             "the saved file fails SQLite's integrity check");
}

void TestProjectFile::roundTripIsByteIdentical_data()
{
    QTest::addColumn<int>("copies"); // the example's scenarios repeated this many extra times
    QTest::newRow("example project") << 0;
    QTest::newRow("example project, 105 scenarios") << 20;
}

void TestProjectFile::roundTripIsByteIdentical()
{
    QFETCH(int, copies);
    const ProjectData p = copies ? bigProject() : m_example;
    const QString a = path(QStringLiteral("round-a.ccplan"));
    const QString b = path(QStringLiteral("round-b.ccplan"));
    auto e = ProjectFile::save(p, m_builtin, a, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    ProjectData first;
    e = ProjectFile::load(a, m_builtin, first);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    e = ProjectFile::save(first, m_builtin, b, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    ProjectData second;
    e = ProjectFile::load(b, m_builtin, second);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));

    QCOMPARE(ScenarioJson::writeProject(second), ScenarioJson::writeProject(first));
    QVERIFY2(readAll(a) == readAll(b), "two saves of the same content differ");

    // The scenarios and project fields are those saved.
    QJsonObject saved = ScenarioJson::projectObject(p);
    QJsonObject loaded = ScenarioJson::projectObject(first);
    saved.remove(QStringLiteral("catalog"));
    loaded.remove(QStringLiteral("catalog"));
    QCOMPARE(QJsonDocument(loaded).toJson(), QJsonDocument(saved).toJson());
}

void TestProjectFile::savedAtOnlyDifference()
{
    const QString a = path(QStringLiteral("time-a.ccplan"));
    const QString b = path(QStringLiteral("time-b.ccplan"));
    QVERIFY(!ProjectFile::save(m_example, m_builtin, a, kSavedAt));
    QVERIFY(!ProjectFile::save(m_example, m_builtin, b, kSavedAt.addSecs(3600)));
    QVERIFY(readAll(a) != readAll(b));
    const QString sameTime = QStringLiteral("UPDATE project SET value = 'x' WHERE key = 'saved_at'");
    QCOMPARE(runSql(a, {sameTime}), QString());
    QCOMPARE(runSql(b, {sameTime}), QString());
    QVERIFY2(readAll(a) == readAll(b), "saves at different times differ in more than saved_at");
}

void TestProjectFile::embeddedRecordsMakeFileSelfContained()
{
    // A catalog without any record the example uses: the project JSON without embedded records
    // cannot be read with it, the .ccplan file can, with the same result.
    Catalog reduced = m_builtin;
    const Catalog used = ScenarioJson::usedRecords(m_example.scenarios, m_builtin);
    for (const auto &r : used.cards) removeId(reduced.cards, r.id);
    for (const auto &r : used.servers) removeId(reduced.servers, r.id);
    for (const auto &r : used.fabrics) removeId(reduced.fabrics, r.id);
    for (const auto &r : used.storage) removeId(reduced.storage, r.id);
    for (const auto &r : used.sites) removeId(reduced.sites, r.id);
    QVERIFY(!used.cards.empty() && !used.sites.empty());
    ProjectData viaJson;
    QVERIFY(ScenarioJson::readProject(Examples::exampleProjectJson(), reduced, QString(), viaJson));

    ProjectData full;
    ProjectData fromReduced;
    auto e = ProjectFile::load(m_valid, m_builtin, full);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    e = ProjectFile::load(m_valid, reduced, fromReduced);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(ScenarioJson::writeProject(fromReduced), ScenarioJson::writeProject(full));
    QCOMPARE(fromReduced.embedded.cards.size(), used.cards.size());
    QCOMPARE(fromReduced.embedded.sites.size(), used.sites.size());
}

void TestProjectFile::embeddedCustomRecord()
{
    // A site that only the project has (a user's own record) travels with the file.
    Site custom = *m_builtin.site(m_example.scenarios.at(0).site.region);
    custom.id = "test-own-site";
    custom.name = "Own site";
    ProjectData p = m_example;
    p.embedded.sites.push_back(custom);
    p.scenarios.at(0).site.region = custom.id;
    const QString file = path(QStringLiteral("custom.ccplan"));
    auto e = ProjectFile::save(p, m_builtin, file, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    ProjectData loaded;
    e = ProjectFile::load(file, m_builtin, loaded);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QVERIFY(loaded.embedded.site("test-own-site"));
    QCOMPARE(QString::fromStdString(loaded.embedded.site("test-own-site")->name), QStringLiteral("Own site"));
    QCOMPARE(loaded.scenarios.at(0).site.region, std::string("test-own-site"));
}

// notes_zh and source_zh of a record go with it through the data files, a project file and back.
void TestProjectFile::chineseNotesTravel()
{
    int translated = 0;
    for (const Card &c : m_builtin.cards)
        translated += c.provenance.notesZh.empty() || c.provenance.sourceZh.empty() ? 0 : 1;
    QCOMPARE(translated, int(m_builtin.cards.size())); // every built-in card is translated
    Catalog one;
    const QJsonArray records = CatalogStore::recordsToJson(RecordKind::Card, m_builtin);
    QVERIFY(!CatalogStore::parseRecords(RecordKind::Card, records, QStringLiteral("test"), one));
    QCOMPARE(one.cards.front().provenance.notesZh, m_builtin.cards.front().provenance.notesZh);
    QCOMPARE(one.cards.front().provenance.sourceZh, m_builtin.cards.front().provenance.sourceZh);
}

// A user catalog database of an earlier version (no notes_zh column) is brought up to date
// without losing the user's own records.
void TestProjectFile::userCatalogOfEarlierVersion()
{
    const QString file = path(QStringLiteral("old-catalog.sqlite"));
    QFile::remove(file);
    {
        CatalogStore store;
        QVERIFY(!store.open(file));
        QJsonObject card = CatalogStore::recordsToJson(RecordKind::Card, m_builtin).first().toObject();
        card.insert(QStringLiteral("id"), QStringLiteral("my-card"));
        card.insert(QStringLiteral("notes_zh"), QStringLiteral("我的卡"));
        QVERIFY(!store.saveUserRecord(RecordKind::Card, card));
    }
    {
        // Take the database back to the earlier schema: the same tables without notes_zh.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *t : {"cards", "servers", "fabrics", "storage", "sites", "models"})
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN notes_zh").arg(QLatin1String(t))),
                     qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    CatalogStore store;
    const auto e = store.open(file);
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
    const Catalog c = store.catalog();
    QVERIFY(store.problems().isEmpty());
    const Card *mine = c.card("my-card");
    QVERIFY(mine);
    QVERIFY(mine->provenance.notesZh.empty()); // the column came back empty
    QVERIFY(!c.card(m_builtin.cards.front().id)->provenance.notesZh.empty()); // built-ins reloaded
    QJsonObject again = CatalogStore::recordsToJson(RecordKind::Card, m_builtin).first().toObject();
    again.insert(QStringLiteral("id"), QStringLiteral("my-card"));
    again.insert(QStringLiteral("notes_zh"), QStringLiteral("我的卡"));
    QVERIFY(!store.saveUserRecord(RecordKind::Card, again));
    QCOMPARE(QString::fromStdString(store.catalog().card("my-card")->provenance.notesZh),
             QStringLiteral("我的卡"));
}

void TestProjectFile::migratesVersion1()
{
    const QString fixture = QStringLiteral(CCP_TEST_DATA_DIR "/project-v1.ccplan");
    const QByteArray before = readAll(fixture);
    QVERIFY2(!before.isEmpty(), "tests/data/project-v1.ccplan is missing");
    QCOMPARE(queryValue(fixture, QStringLiteral("PRAGMA user_version")).toInt(), 1);

    ProjectData loaded;
    auto e = ProjectFile::load(fixture, m_builtin, loaded);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    ProjectData expected;
    e = ScenarioJson::readProject(readAll(QStringLiteral(CCP_TEST_DATA_DIR "/project-v1.expected.json")),
                                  m_builtin, QStringLiteral("project-v1.expected.json"), expected);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(loaded.scenarios.size(), std::size_t(2));
    QCOMPARE(ScenarioJson::writeProject(loaded), ScenarioJson::writeProject(expected));
    QVERIFY(loaded.embedded.cards.empty());
    QVERIFY2(readAll(fixture) == before, "loading changed the file on disk");

    // Saving it writes the current version, with the records it uses embedded.
    const QString upgraded = path(QStringLiteral("upgraded.ccplan"));
    QVERIFY(!ProjectFile::save(loaded, m_builtin, upgraded, kSavedAt));
    QCOMPARE(queryValue(upgraded, QStringLiteral("PRAGMA user_version")).toInt(), kProjectFileVersion);
    QCOMPARE(queryValue(upgraded, QStringLiteral("SELECT count(*) FROM catalog WHERE kind = 'card'")).toInt(), 2);
    ProjectData again;
    QVERIFY(!ProjectFile::load(upgraded, m_builtin, again));
    QCOMPARE(ScenarioJson::writeProject(again).size() > 0, true);
    QJsonObject a = ScenarioJson::projectObject(again);
    a.remove(QStringLiteral("catalog"));
    QCOMPARE(QJsonDocument(a).toJson(), ScenarioJson::writeProject(expected));
}

// Version 3 added the scenarios' Monte Carlo settings. A version-2 file (the same tables, no
// `risk` in the scenario JSON) opens with the default settings; settings saved in a version-3
// file come back exactly; a hostile value is refused naming its key.
void TestProjectFile::migratesVersion2AndKeepsRiskSettings()
{
    const QString v2 = path(QStringLiteral("v2.ccplan"));
    QVERIFY(QFile::copy(m_valid, v2));
    QVERIFY(QFile::setPermissions(v2, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(runSql(v2, {QStringLiteral("PRAGMA user_version = 2")}), QString());
    ProjectData loaded;
    auto e = ProjectFile::load(v2, m_builtin, loaded);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QJsonObject content = ScenarioJson::projectObject(loaded);
    content.remove(QStringLiteral("catalog"));
    QCOMPARE(QJsonDocument(content).toJson(), ScenarioJson::writeProject(m_example));
    QVERIFY(loaded.scenarios.at(0).risk == RiskInputs{});

    ProjectData withRisk = m_example;
    RiskInputs &risk = withRisk.scenarios.at(1).risk;
    risk.draws = 2500;
    risk.seed = 77;
    risk.utilizationPriceCorrelation = 0.4;
    risk.targetPaybackMonths = 48;
    risk.inputs = {{"demand.list_price_cny_per_card_hour", "pert", 10, 14, 19, 0},
                   {"site.pue", "normal", 1.1, 1.25, std::numeric_limits<double>::infinity(), 0.05}};
    const QString v3 = path(QStringLiteral("v3.ccplan"));
    e = ProjectFile::save(withRisk, m_builtin, v3, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(queryValue(v3, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    ProjectData back;
    e = ProjectFile::load(v3, m_builtin, back);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QVERIFY(back.scenarios.at(1).risk == risk);
    QVERIFY(back.scenarios.at(0).risk == RiskInputs{});

    // A PERT whose most likely value is above its maximum, written into the file by hand.
    const QString bad = path(QStringLiteral("v3-bad.ccplan"));
    QVERIFY(QFile::copy(v3, bad));
    QVERIFY(QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(runSql(bad, {QStringLiteral("UPDATE scenarios SET json = json_set(json, '$.risk.inputs[0].mode', 25) WHERE position = 1")}), QString());
    ProjectData refused;
    e = ProjectFile::load(bad, m_builtin, refused);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QLatin1String("risk.inputs.0")), qPrintable(e->message));
    QVERIFY2(e->message.contains(QLatin1String("v3-bad.ccplan")), qPrintable(e->message));
}

void TestProjectFile::loaderDispatches_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".ccplan") << QStringLiteral("dispatch.ccplan");
    QTest::newRow(".CCPLAN") << QStringLiteral("dispatch2.CCPLAN");
    QTest::newRow("a project database named .json") << QStringLiteral("dispatch.json");
}

void TestProjectFile::loaderDispatches()
{
    QFETCH(QString, name);
    QVERIFY(QFile::copy(m_valid, path(name)));
    Catalog catalog;
    ProjectData p;
    auto e = ProjectLoader::load(path(name), catalog, p);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(ScenarioJson::writeProject(p).size() > 0, true);
    QCOMPARE(p.scenarios.size(), m_example.scenarios.size());
    QVERIFY(catalog.card("nvidia-h800-sxm"));
}

// ---- damaged and hostile files ----------------------------------------------------------------

void TestProjectFile::badFile_data()
{
    QTest::addColumn<QString>("source");    // "valid", "plain" (new SQLite db), or "none"
    QTest::addColumn<QString>("bytes");     // edit of the bytes after the SQL
    QTest::addColumn<QStringList>("sql");   // statements run on the file first
    QTest::addColumn<QStringList>("needles"); // besides the file name

    const QStringList none;
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("corrupt: random bytes in the middle")
        << "valid" << "corrupt" << none << words({"damaged"});
    QTest::newRow("truncated: the first half") << "valid" << "truncate" << none << words({"damaged"});
    QTest::newRow("only the header page") << "valid" << "first-page" << none << words({"damaged"});
    QTest::newRow("text file") << "none" << "text" << none << words({"not an SQLite database"});
    QTest::newRow("empty file") << "none" << "empty" << none << words({"empty"});
    QTest::newRow("SQLite header, then garbage") << "none" << "header-garbage" << none << QStringList();
    QTest::newRow("newer version") << "valid" << "" << words({"PRAGMA user_version = 99"})
                                   << (words({"newer version", "99"}) << QString::number(kProjectFileVersion));
    QTest::newRow("wrong application id (a plain SQLite database)")
        << "plain" << "" << words({"CREATE TABLE t(x)", "INSERT INTO t VALUES (1)"})
        << words({"not a Compute Center Planner project"});
    QTest::newRow("application id of another program")
        << "valid" << "" << words({"PRAGMA application_id = 1234"})
        << words({"not a Compute Center Planner project"});
    QTest::newRow("no schema version") << "valid" << "" << words({"PRAGMA user_version = 0"})
                                       << words({"damaged"});
    QTest::newRow("missing table scenarios") << "valid" << "" << words({"DROP TABLE scenarios"})
                                             << words({"damaged", "scenarios"});
    QTest::newRow("missing table catalog") << "valid" << "" << words({"DROP TABLE catalog"})
                                           << words({"damaged", "catalog"});
    QTest::newRow("version 1 without its tables")
        << "valid" << "" << words({"DROP TABLE project", "PRAGMA user_version = 1"})
        << words({"damaged", "project"});
    QTest::newRow("table replaced by a view")
        << "valid" << ""
        << words({"DROP TABLE project",
                  "CREATE VIEW project AS SELECT 'name' AS key, 'x' AS value"})
        << words({"damaged", "table \"project\" is missing"});
    QTest::newRow("column missing")
        << "valid" << ""
        << words({"DROP TABLE scenarios", "CREATE TABLE scenarios(position INTEGER PRIMARY KEY, name TEXT)"})
        << words({"damaged", "json"});
    QTest::newRow("no scenarios") << "valid" << "" << words({"DELETE FROM scenarios"})
                                  << words({"at least one scenario"});
    QTest::newRow("scenario not JSON")
        << "valid" << "" << words({"UPDATE scenarios SET json = '{\"name\": ' WHERE position = 1"})
        << words({"scenario 2", "JSON"});
    QTest::newRow("scenario as a blob")
        << "valid" << "" << words({"UPDATE scenarios SET json = x'00ff' WHERE position = 0"})
        << words({"scenario 1"});
    QTest::newRow("unknown key in a scenario")
        << "valid" << ""
        << words({"UPDATE scenarios SET json = json_set(json, '$.cluster.bogus_key', 1) WHERE position = 2"})
        << words({"scenario 3", "bogus_key"});
    QTest::newRow("value out of range in a scenario")
        << "valid" << ""
        << words({"UPDATE scenarios SET json = json_set(json, '$.site.pue', 0.5) WHERE position = 0"})
        << words({"scenario 1", "site.pue"});
    QTest::newRow("unknown project key")
        << "valid" << "" << words({"INSERT INTO project VALUES ('colour', 'red')"})
        << words({"colour"});
    QTest::newRow("project value not text")
        << "valid" << "" << words({"UPDATE project SET value = NULL WHERE key = 'author'"})
        << words({"author"});
    QTest::newRow("unknown catalog kind")
        << "valid" << "" << words({"INSERT INTO catalog VALUES ('spaceship', 'x', '{}')"})
        << words({"spaceship"});
    QTest::newRow("catalog record id differs from its key")
        << "valid" << ""
        << words({"UPDATE catalog SET id = 'renamed-card' WHERE kind = 'card' AND id = 'nvidia-h800-sxm'"})
        << words({"renamed-card"});
    QTest::newRow("catalog record with a bad value")
        << "valid" << ""
        << words({"UPDATE catalog SET json = json_set(json, '$.confidence', 'Z') WHERE kind = 'card'"})
        << words({"catalog.card", "confidence"});
    QTest::newRow("catalog record not JSON")
        << "valid" << "" << words({"UPDATE catalog SET json = '[' WHERE kind = 'site'"})
        << words({"catalog.site"});
}

void TestProjectFile::badFile()
{
    QFETCH(QString, source);
    QFETCH(QString, bytes);
    QFETCH(QStringList, sql);
    QFETCH(QStringList, needles);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bad.ccplan"));
    if (source == QLatin1String("valid"))
        QVERIFY(QFile::copy(m_valid, file));
    if (!sql.isEmpty())
        QCOMPARE(runSql(file, sql), QString());

    QByteArray content = readAll(file);
    if (bytes == QLatin1String("corrupt")) {
        // The middle third overwritten with random bytes (a fixed seed: the same every run).
        QRandomGenerator random(42);
        for (qsizetype i = content.size() / 3; i < 2 * content.size() / 3; ++i)
            content[i] = char(random.bounded(256));
    } else if (bytes == QLatin1String("truncate")) {
        content = content.left(content.size() / 2);
    } else if (bytes == QLatin1String("first-page")) {
        content = content.left(4096);
    } else if (bytes == QLatin1String("text")) {
        content = QByteArrayLiteral("This is not a project.\nJust some text.\n");
    } else if (bytes == QLatin1String("empty")) {
        content.clear();
    } else if (bytes == QLatin1String("header-garbage")) {
        content = QByteArray("SQLite format 3", 16);
        QRandomGenerator random(7);
        for (int i = 0; i < 8192; ++i)
            content.append(char(random.bounded(256)));
    }
    if (!bytes.isEmpty())
        QVERIFY(writeAll(file, content));
    const QByteArray before = readAll(file);

    ProjectData p;
    const auto e = ProjectFile::load(file, m_builtin, p);
    QVERIFY2(e, "a bad file was accepted");
    QVERIFY2(e->message.startsWith(file + QLatin1String(": ")),
             qPrintable(QStringLiteral("message does not start with the file name: ") + e->message));
    for (const QString &n : needles)
        QVERIFY2(e->message.contains(n, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("message lacks \"%1\": %2").arg(n, e->message)));
    QVERIFY2(readAll(file) == before, "loading changed the file");
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("bad.ccplan")});

    // The loader used by the command line gives the same message.
    Catalog catalog;
    ProjectData q;
    const auto viaLoader = ProjectLoader::load(file, catalog, q);
    QVERIFY(viaLoader);
    QCOMPARE(viaLoader->message, e->message);
}

void TestProjectFile::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("huge.ccplan"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(readAll(m_valid).left(100)), qint64(100));
        QVERIFY(f.resize(kProjectFileMaxBytes + 1)); // sparse: no disk space used
    }
    ProjectData p;
    const auto e = ProjectFile::load(file, m_builtin, p);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QLatin1String("too large")), qPrintable(e->message));
}

// ---- atomic save ------------------------------------------------------------------------------

void TestProjectFile::saveFailureKeepsPreviousFile_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("folder not writable") << QStringLiteral("read-only folder");
    QTest::newRow("write fails midway (file size limit)") << QStringLiteral("file size limit");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
    QTest::newRow("nothing to save (no scenarios)") << QStringLiteral("no scenarios");
}

void TestProjectFile::saveFailureKeepsPreviousFile()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("project.ccplan"));
    const ProjectData big = bigProject();

    if (failure == QLatin1String("no scenarios")) {
        QVERIFY(!ProjectFile::save(m_example, m_builtin, file, kSavedAt));
        const QByteArray before = readAll(file);
        ProjectData empty = m_example;
        empty.scenarios.clear();
        const auto e = ProjectFile::save(empty, m_builtin, file, kSavedAt);
        QVERIFY(e);
        QVERIFY2(e->message.contains(QLatin1String("at least one scenario")), qPrintable(e->message));
        QVERIFY(readAll(file) == before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("project.ccplan")});
        return;
    }
    if (failure == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("project.ccplan")));
        const auto e = ProjectFile::save(big, m_builtin, file, kSavedAt);
        QVERIFY(e);
        QVERIFY2(e->message.startsWith(file), qPrintable(e->message));
        QVERIFY(QFileInfo(file).isDir());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("project.ccplan")});
        return;
    }

    QVERIFY(!ProjectFile::save(m_example, m_builtin, file, kSavedAt));
    const QByteArray before = readAll(file);

    std::optional<LoadError> e;
    if (failure == QLatin1String("read-only folder")) {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("the superuser may write into read-only folders");
#endif
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        e = ProjectFile::save(big, m_builtin, file, kSavedAt);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else {
#ifdef Q_OS_UNIX
        // Writes beyond 64 KiB fail with EFBIG (SIGXFSZ ignored): SQLite's writes of the new
        // file fail partway through.
        struct rlimit old;
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        struct rlimit limited = old;
        limited.rlim_cur = 64 * 1024;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        e = ProjectFile::save(big, m_builtin, file, kSavedAt);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }
    QVERIFY2(e, "the save did not fail");
    QVERIFY2(e->message.startsWith(file + QLatin1String(": ")), qPrintable(e->message));
    QVERIFY2(readAll(file) == before, "the previous file changed");
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("project.ccplan")});
    ProjectData p;
    QVERIFY(!ProjectFile::load(file, m_builtin, p));
    QCOMPARE(p.scenarios.size(), m_example.scenarios.size());

    // Once the cause is gone the same save succeeds.
    QVERIFY(!ProjectFile::save(big, m_builtin, file, kSavedAt));
    QVERIFY(!ProjectFile::load(file, m_builtin, p));
    QCOMPARE(p.scenarios.size(), big.scenarios.size());
}

void TestProjectFile::saveKeepsPermissions()
{
    const QString file = path(QStringLiteral("permissions.ccplan"));
    QVERIFY(!ProjectFile::save(m_example, m_builtin, file, kSavedAt));
    const auto wanted = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadUser;
    QVERIFY(QFile::setPermissions(file, wanted));
    const auto before = QFile::permissions(file);
    QVERIFY(!ProjectFile::save(bigProject(), m_builtin, file, kSavedAt));
    QCOMPARE(QFile::permissions(file), before);
}

void TestProjectFile::strayTempFileFromKilledSave()
{
    // A save killed before its rename leaves a partial temporary file next to the project;
    // the project itself is the previous, complete file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("project.ccplan"));
    QVERIFY(!ProjectFile::save(m_example, m_builtin, file, kSavedAt));
    const QByteArray complete = readAll(file);
    const QString stray = file + QStringLiteral(".tmp-1a2b3c4d");
    QVERIFY(writeAll(stray, complete.left(complete.size() / 3)));

    ProjectData p;
    auto e = ProjectFile::load(file, m_builtin, p);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(ScenarioJson::writeProject(p).isEmpty(), false);
    QCOMPARE(p.scenarios.size(), m_example.scenarios.size());

    // Saving again works beside the leftover, which is not the project's business to remove.
    e = ProjectFile::save(bigProject(), m_builtin, file, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QVERIFY(!ProjectFile::load(file, m_builtin, p));
    QCOMPARE(p.scenarios.size(), bigProject().scenarios.size());
    QVERIFY(QFileInfo::exists(stray));
}

// ---- lock -------------------------------------------------------------------------------------

void TestProjectFile::lockIsExclusive()
{
    const QString file = path(QStringLiteral("locked.ccplan"));
    ProjectLock first;
    QString owner;
    QVERIFY(first.tryLock(file, &owner));
    QVERIFY(first.isLocked());
    QCOMPARE(first.lockFilePath(), QFileInfo(file).absoluteFilePath() + QStringLiteral(".lock"));
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".lock")));

    ProjectLock second;
    QVERIFY(!second.tryLock(file, &owner));
    QVERIFY(!second.isLocked());
    QVERIFY2(owner.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(owner));
    QVERIFY2(owner.contains(QFileInfo(file).fileName()), qPrintable(owner));

    first.unlock();
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    QVERIFY(second.tryLock(file, &owner));
}

void TestProjectFile::staleLockIsTakenOver()
{
#ifndef Q_OS_UNIX
    QSKIP("uses a finished child process's id");
#else
    // A lock file whose process has ended (a crashed instance) does not block the project.
    QProcess child;
    child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    QVERIFY(child.waitForStarted());
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished());
    QVERIFY(deadPid > 0);

    const QString file = path(QStringLiteral("stale.ccplan"));
    const QString lockPath = file + QStringLiteral(".lock");
    QByteArray content;
    {
        ProjectLock lock;
        QVERIFY(lock.tryLock(file));
        content = readAll(lockPath);
    }
    QVERIFY(!content.isEmpty());
    QList<QByteArray> lines = content.split('\n');
    lines[0] = QByteArray::number(deadPid);
    QVERIFY(writeAll(lockPath, lines.join('\n')));

    ProjectLock lock;
    QString owner;
    QVERIFY2(lock.tryLock(file, &owner), qPrintable(owner));
#endif
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
