// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files (issue 15): each reproducer of the trust review, made here from the example
// project, must be refused with a message naming the file, the key or table and the limit,
// within a second (docs/reliability.md); outputs follow SafeWrite's rule.

#include "catalogcolumns.h"
#include "catalogstore.h"
#include "examples.h"
#include "filelimits.h"
#include "projectfile.h"
#include "recovery.h"
#include "safewrite.h"
#include "scenariojson.h"
#include "testfiles.h"

#include "../../killchild.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace ccp;
using namespace ccp::testfiles;

namespace {

const QDateTime kSavedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);

// A hostile file is refused before its cost can grow: the reproducers cost 75 s and more
// before the fix, and well under a second now (docs/reliability.md, measured). The tests bound
// the CPU time of this thread, not the wall clock, so that a loaded machine (CI on two shared
// cores, sanitizers) cannot fail them; the bound is wide enough for a sanitizer build.
constexpr double kCpuBound = 10;

double cpuSeconds()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

std::optional<QString> messageOf(const std::optional<LoadError> &e)
{
    return e ? std::optional<QString>(e->message) : std::nullopt;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtinCatalogWithinRanges();
    void everyNumberHasARange();
    void hostileCatalogValue_data();
    void hostileCatalogValue();
    void hostileSchema_data();
    void hostileSchema();
    void hostileJson_data();
    void hostileJson();
    void tooManyScenarioRows();
    void walFileLeavesNothingBehind();
    void symlinkWrittenThrough();
    void danglingSymlinkRefused();
    void longNameSaves();
    void csvSetAllOrNothing();
    void staleTempFilesRemoved();
    void writeErrorNamesTheCause();
    void pathTooLong();
    void killDuringSave_data();
    void killDuringSave();

private:
    // The example project saved with every built-in record embedded, then `sql` run on it.
    QString hostileCcplan(const QString &name, const QStringList &sql);
    // The message refusing `file`, which must come within a second and name the file; empty
    // (and the test failed) when the file was accepted.
    QString refusal(const QString &file);
    QByteArray exampleJson() const { return Examples::exampleProjectJson(); }

    QTemporaryDir m_dir;
    Catalog m_builtin;
    ProjectData m_example;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto e = CatalogStore::builtin(m_builtin);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    e = ScenarioJson::readProject(exampleJson(), m_builtin, Examples::exampleProjectName(),
                                  m_example);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    m_example.embedded = m_builtin;
}

QString TestHostileFiles::hostileCcplan(const QString &name, const QStringList &sql)
{
    const QString file = m_dir.filePath(name);
    QFile::remove(file);
    if (auto e = ProjectFile::save(m_example, m_builtin, file, kSavedAt))
        return QString();
    if (!sql.isEmpty() && !runSql(file, sql).isEmpty())
        return QString();
    return file;
}

QString TestHostileFiles::refusal(const QString &file)
{
    const double start = cpuSeconds();
    ProjectData p;
    const auto e = ProjectFile::load(file, m_builtin, p);
    const double spent = cpuSeconds() - start;
    [&] {
        QVERIFY2(e, "a hostile file was accepted");
        QVERIFY2(spent < kCpuBound, qPrintable(QStringLiteral("refused after %1 s of CPU time").arg(spent)));
        QVERIFY2(e->message.startsWith(file + QLatin1String(": ")), qPrintable(e->message));
    }();
    return e ? e->message : QString();
}

void TestHostileFiles::builtinCatalogWithinRanges()
{
    // The built-in catalog passes the ranges (it is read through the same parser), and so does
    // a project embedding all of it.
    Catalog c;
    const auto e = CatalogStore::builtin(c);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QVERIFY(!c.models.empty());
    const QString file = hostileCcplan(QStringLiteral("all.ccplan"), {});
    QVERIFY(!file.isEmpty());
    ProjectData p;
    const auto l = ProjectFile::load(file, m_builtin, p);
    QVERIFY2(!l, qPrintable(l ? l->message : QString()));
}

template<typename R>
static void checkRanges(const char *kind)
{
    for (const Column<R> &c : columns<R>()) {
        const bool number = c.type == ColumnType::Real || c.type == ColumnType::Integer
                            || c.type == ColumnType::Money;
        if (!number)
            continue;
        QVERIFY2(c.max > c.min, qPrintable(QStringLiteral("%1.%2 has no range")
                                               .arg(QLatin1String(kind), QLatin1String(c.key))));
        QVERIFY2(c.min >= 0, c.key);
        if (c.type == ColumnType::Integer)
            QVERIFY2(c.max <= 2147483647.0, c.key);
    }
}

void TestHostileFiles::everyNumberHasARange()
{
    checkRanges<Card>("card");
    checkRanges<Server>("server");
    checkRanges<Fabric>("fabric");
    checkRanges<StorageClass>("storage");
    checkRanges<Site>("site");
    checkRanges<LlmModel>("model");
}

void TestHostileFiles::hostileCatalogValue_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    // The reproducers of issue 15: undefined behaviour in sizing.cpp and network.cpp, values
    // that toInt turned into 0, and a price that made capex inf and NPV nan.
    QTest::newRow("max_power_kw 1e-300") << "server" << "max_power_kw" << "1e-300";
    QTest::newRow("cards_per_server INT_MAX") << "server" << "cards_per_server" << "2147483647";
    QTest::newRow("pb_per_rack 0") << "storage" << "pb_per_rack" << "0";
    QTest::newRow("switch_rack_units 2e9") << "fabric" << "switch_rack_units" << "2e9";
    QTest::newRow("switch_radix 3e9") << "fabric" << "switch_radix" << "3e9";
    QTest::newRow("server price 1e308") << "server" << "price_cny" << "1e308";
    QTest::newRow("card price 1e308") << "card" << "price_cny" << "1e308";
    QTest::newRow("model layers 1e12") << "model" << "layers" << "1e12";
    QTest::newRow("model kv_heads 0") << "model" << "kv_heads" << "0";
    QTest::newRow("site tax_rate 2") << "site" << "tax_rate" << "2";
    QTest::newRow("negative") << "card" << "tdp_w" << "-1";
}

void TestHostileFiles::hostileCatalogValue()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString file = hostileCcplan(
        QStringLiteral("catalog-value.ccplan"),
        {QStringLiteral("UPDATE catalog SET json = json_set(json, '$.%1', %2) WHERE kind = '%3'")
             .arg(key, value, kind)});
    QVERIFY(!file.isEmpty());
    const QString e = refusal(file);
    QVERIFY2(e.contains(key) && e.contains(QLatin1String("range")), qPrintable(e));

    // The same record in a JSON project, and as a user catalog record.
    RecordKind recordKind = RecordKind::Card;
    for (RecordKind k : kRecordKinds) {
        if (kind == QLatin1String(recordKindCode(k)))
            recordKind = k;
    }
    QJsonArray records = CatalogStore::recordsToJson(recordKind, m_builtin);
    QJsonObject r = records.at(0).toObject();
    r.insert(key, value.toDouble());
    Catalog parsed;
    const auto u = CatalogStore::parseRecords(recordKind, QJsonArray{r},
                                              QStringLiteral("user catalog"), parsed);
    QVERIFY(u);
    QVERIFY2(u->message.contains(key), qPrintable(u->message));

    // A user catalog database edited by hand after the record was saved: the record is left
    // out when read, with the reason, and the rest of the catalog still reads.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QJsonObject user = records.at(0).toObject();
    user.insert(QStringLiteral("id"), QStringLiteral("user-edited"));
    {
        CatalogStore store;
        QVERIFY(!store.open(path));
        const auto saved = store.saveUserRecord(recordKind, user);
        QVERIFY2(!saved, saved ? qPrintable(saved->message) : "");
        QVERIFY(store.catalog().record(recordKind, "user-edited"));
        QVERIFY(store.problems().isEmpty());
    }
    {
        const QString table = QHash<QString, QString>{{QStringLiteral("card"), QStringLiteral("cards")},
                                                      {QStringLiteral("server"), QStringLiteral("servers")},
                                                      {QStringLiteral("fabric"), QStringLiteral("fabrics")},
                                                      {QStringLiteral("storage"), QStringLiteral("storage")},
                                                      {QStringLiteral("site"), QStringLiteral("sites")},
                                                      {QStringLiteral("model"), QStringLiteral("models")}}
                                  .value(kind);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE id = 'user-edited'").arg(table, key, value)),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    CatalogStore store;
    QVERIFY(!store.open(path));
    const Catalog read = store.catalog();
    QVERIFY(!read.record(recordKind, "user-edited"));
    QVERIFY(read.record(recordKind, records.at(0).toObject().value(QStringLiteral("id")).toString().toStdString()));
    QCOMPARE(store.problems().size(), 1);
    QVERIFY2(store.problems().at(0).contains(QLatin1String("user-edited")) && store.problems().at(0).contains(key),
             qPrintable(store.problems().at(0)));
}

void TestHostileFiles::hostileSchema_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("needles");
    // 40 KB that cost 75 s and 5.2 GB before: a virtual generated column evaluated per row.
    // The column is added after the row, so making the file never evaluates it (an INSERT
    // does: 900 MB grown by realloc, minutes under ASan).
    QTest::newRow("virtual generated column")
        << words({"DROP TABLE scenarios",
                  "CREATE TABLE scenarios(position INTEGER PRIMARY KEY, name TEXT)",
                  "INSERT INTO scenarios(position, name) VALUES (0, 'a')",
                  "ALTER TABLE scenarios ADD COLUMN json AS (printf('%.*c', 900000000, 'x'))"})
        << words({"scenarios.json", "generated"});
    QTest::newRow("stored generated column")
        << words({"DROP TABLE project",
                  "CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT AS ('x') STORED)"})
        << words({"project.value", "generated"});
    QTest::newRow("trigger")
        << words({"CREATE TRIGGER t AFTER INSERT ON project BEGIN DELETE FROM scenarios; END"})
        << words({"trigger", "\"t\""});
    QTest::newRow("extra view") << words({"CREATE VIEW v AS SELECT * FROM scenarios"})
                                << words({"view", "\"v\""});
    QTest::newRow("extra index") << words({"CREATE INDEX i ON scenarios(name)"})
                                 << words({"index", "\"i\""});
    QTest::newRow("extra table") << words({"CREATE TABLE extra(x)"}) << words({"table", "extra"});
    QTest::newRow("project without its primary key (two names)")
        << words({"DROP TABLE project", "CREATE TABLE project(key TEXT, value TEXT)",
                  "INSERT INTO project VALUES ('name', 'one')",
                  "INSERT INTO project VALUES ('name', 'two')"})
        << words({"project.key"});
    QTest::newRow("CHECK constraint")
        << words({"DROP TABLE project",
                  "CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT CHECK (length(value) < 9))"})
        << words({"project", "not defined as expected"});
    QTest::newRow("column type changed")
        << words({"DROP TABLE scenarios",
                  "CREATE TABLE scenarios(position INTEGER PRIMARY KEY, name TEXT, json BLOB)"})
        << words({"scenarios.json"});
}

void TestHostileFiles::hostileSchema()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, needles);
    const QString file = hostileCcplan(QStringLiteral("schema.ccplan"), sql);
    QVERIFY(!file.isEmpty());
    const QString e = refusal(file);
    for (const QString &n : needles)
        QVERIFY2(e.contains(n), qPrintable(QStringLiteral("lacks %1: %2").arg(n, e)));
}

void TestHostileFiles::hostileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("needles");
    const QByteArray example = Examples::exampleProjectJson();
    const QJsonObject o = QJsonDocument::fromJson(example).object();
    const QJsonObject first = o.value(QLatin1String("scenarios")).toArray().at(0).toObject();

    // A second "scenarios" silently dropped the first list.
    QByteArray dup = example;
    dup.insert(dup.indexOf('{') + 1, "\"scenarios\": [" + QJsonDocument(first).toJson() + "],\n");
    QTest::newRow("duplicate key scenarios") << dup << words({"scenarios", "twice"});
    QByteArray dupInner = example;
    const qsizetype at = dupInner.indexOf("\"cards\"");
    QVERIFY(at > 0);
    dupInner.insert(at, "\"cards\": 1, ");
    QTest::newRow("duplicate key inside a scenario") << dupInner << words({"cards", "twice"});

    QJsonObject big = o;
    big.insert(QLatin1String("schema_version"), 1e300);
    QTest::newRow("schema_version 1e300")
        << QJsonDocument(big).toJson() << words({"schema_version", "1e+300"});

    QJsonArray many;
    for (int i = 0; i <= limits::kMaxScenarios; ++i)
        many.append(first);
    QJsonObject manyScenarios = o;
    manyScenarios.insert(QLatin1String("scenarios"), many);
    QTest::newRow("1001 scenarios") << QJsonDocument(manyScenarios).toJson()
                                    << words({"scenarios", "1001", "1000"});

    QJsonObject segmented = first;
    QJsonObject demand = segmented.value(QLatin1String("demand")).toObject();
    QJsonArray segments;
    for (int i = 0; i <= limits::kMaxSegments; ++i)
        segments.append(demand.value(QLatin1String("segments")).toArray().at(0));
    demand.insert(QLatin1String("segments"), segments);
    segmented.insert(QLatin1String("demand"), demand);
    QJsonObject manySegments = o;
    manySegments.insert(QLatin1String("scenarios"), QJsonArray{segmented});
    QTest::newRow("101 segments") << QJsonDocument(manySegments).toJson()
                                  << words({"demand.segments", "101", "100"});

    QJsonObject longText = o;
    longText.insert(QLatin1String("description"),
                    QString(limits::kMaxTextChars + 1, QLatin1Char('x')));
    QTest::newRow("a text of 100001 characters")
        << QJsonDocument(longText).toJson() << words({"description", "100001", "100000"});

    QByteArray deep = example;
    deep.insert(deep.lastIndexOf('}'), ", \"x\": " + QByteArray(40, '[') + QByteArray(40, ']'));
    QTest::newRow("nested 40 deep") << deep << words({"32"});
}

void TestHostileFiles::hostileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, needles);
    const double start = cpuSeconds();
    ProjectData p;
    const auto e = ScenarioJson::readProject(json, m_builtin, QStringLiteral("hostile.json"), p);
    QVERIFY2(e, "a hostile JSON project was accepted");
    QVERIFY2(cpuSeconds() - start < kCpuBound, "refused too slowly");
    QVERIFY2(e->message.startsWith(QLatin1String("hostile.json: ")), qPrintable(e->message));
    for (const QString &n : needles)
        QVERIFY2(e->message.contains(n), qPrintable(QStringLiteral("lacks %1: %2").arg(n, e->message)));
}

void TestHostileFiles::tooManyScenarioRows()
{
    const QString file = hostileCcplan(
        QStringLiteral("rows.ccplan"),
        {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n "
                        "WHERE i < 1200) INSERT INTO scenarios SELECT i, 'x', '{}' FROM n")});
    QVERIFY(!file.isEmpty());
    ProjectData p;
    auto e = ProjectFile::load(file, m_builtin, p);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QLatin1String("scenarios")) && e->message.contains(QLatin1String("1000")),
             qPrintable(e->message));

    const QString dup = hostileCcplan(
        QStringLiteral("dupkey.ccplan"),
        {QStringLiteral("UPDATE scenarios SET json = '{\"name\": \"x\", ' || substr(json, 2) "
                        "WHERE position = 0")});
    QVERIFY(!dup.isEmpty());
    e = ProjectFile::load(dup, m_builtin, p);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QLatin1String("twice")), qPrintable(e->message));
}

void TestHostileFiles::walFileLeavesNothingBehind()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("wal.ccplan"));
    QVERIFY(!ProjectFile::save(m_example, m_builtin, file, kSavedAt));
    QCOMPARE(runSql(file, {QStringLiteral("PRAGMA journal_mode = WAL")}), QString());
    QCOMPARE(int(readAll(file).at(18)), 2);
    const QByteArray before = readAll(file);
    ProjectData p;
    const auto e = ProjectFile::load(file, m_builtin, p);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(p.scenarios.size(), m_example.scenarios.size());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("wal.ccplan")});
    QVERIFY(readAll(file) == before);
}

void TestHostileFiles::symlinkWrittenThrough()
{
    // The rule: a link is written through to its target, which keeps its permissions.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("victim.txt"));
    QVERIFY(writeAll(target, "old"));
    QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    const auto permissions = QFile::permissions(target);
    for (const char *name : {"v.pdf", "v.json", "v.ccplan"}) {
        const QString link = dir.filePath(QLatin1String(name));
        QVERIFY(QFile::link(target, link));
        const auto e = QLatin1String(name) == QLatin1String("v.ccplan")
                           ? messageOf(ProjectFile::save(m_example, m_builtin, link, kSavedAt))
                           : SafeWrite::writeFile(link, "new");
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(readAll(target) != "old");
        QCOMPARE(QFile::permissions(target), permissions);
        QVERIFY(writeAll(target, "old"));
        QFile::remove(link);
    }
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("victim.txt")});
}

void TestHostileFiles::danglingSymlinkRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString nowhere = dir.filePath(QStringLiteral("nowhere"));
    for (const char *name : {"d.ccplan", "d.json", "d.csv"}) {
        const QString link = dir.filePath(QLatin1String(name));
        QVERIFY(QFile::link(nowhere, link));
        const auto e = QLatin1String(name) == QLatin1String("d.ccplan")
                           ? messageOf(ProjectFile::save(m_example, m_builtin, link, kSavedAt))
                           : SafeWrite::writeFile(link, "new");
        QVERIFY2(e, "a dangling link was written");
        QVERIFY2(e->contains(QLatin1String("symbolic link")), qPrintable(*e));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFileInfo::exists(nowhere));
        QFile::remove(link);
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestHostileFiles::longNameSaves()
{
    // A 252-character name failed when the temporary name added 13 characters.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QString(252 - 7, QLatin1Char('n')) + QStringLiteral(".ccplan");
    QCOMPARE(name.size(), 252);
    const QString file = dir.filePath(name);
    const auto e = ProjectFile::save(m_example, m_builtin, file, kSavedAt);
    QVERIFY2(!e, qPrintable(e ? e->message : QString()));
    QCOMPARE(entries(dir.path()), QStringList{name});
    QVERIFY(!SafeWrite::writeFile(dir.filePath(QString(255, QLatin1Char('j'))), "x"));
}

void TestHostileFiles::csvSetAllOrNothing()
{
    // With a 249-character name OUT.csv was replaced, then OUT-inputs.csv failed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString base = dir.filePath(QString(249 - 4, QLatin1Char('o')));
    const QString monthly = base + QStringLiteral(".csv");
    QVERIFY(writeAll(monthly, "old"));
    const auto e = SafeWrite::writeFiles({{monthly, "new"},
                                          {base + QStringLiteral("-inputs.csv"), "new"}});
    QVERIFY(e);
    QVERIFY2(e->contains(QLatin1String("longer than")), qPrintable(*e));
    QCOMPARE(readAll(monthly), QByteArray("old"));
    QCOMPARE(entries(dir.path()).size(), 1);
}

void TestHostileFiles::staleTempFilesRemoved()
{
    // A save killed before its rename leaves its temporary; the next save there removes it
    // (its process no longer runs), never one of a running process.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stale = dir.filePath(QStringLiteral(".ccplanner-999999999-1a2b.tmp"));
    const QString live = dir.filePath(QStringLiteral(".ccplanner-1-1a2b.tmp")); // init runs
    QVERIFY(writeAll(stale, "partial"));
    QVERIFY(writeAll(live, "partial"));
    QVERIFY(!ProjectFile::save(m_example, m_builtin, dir.filePath(QStringLiteral("p.ccplan")),
                               kSavedAt));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(live));
}

void TestHostileFiles::writeErrorNamesTheCause()
{
    // A full disk said "cannot write (Unknown error)"; a write beyond RLIMIT_FSIZE fails the
    // same way (EFBIG instead of ENOSPC) and must name the system's reason.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeAll(file, "old"));
    struct rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    struct rlimit limited = old;
    limited.rlim_cur = 64 * 1024;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto e = SafeWrite::writeFile(file, QByteArray(256 * 1024, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(e);
    QVERIFY2(e->contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(*e));
    QCOMPARE(readAll(file), QByteArray("old"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.json")});
}

void TestHostileFiles::pathTooLong()
{
    const QString path = QStringLiteral("/tmp/") + QString(5000, QLatin1Char('p'))
                         + QStringLiteral(".ccplan");
    ProjectData p;
    const auto e = ProjectFile::load(path, m_builtin, p);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QLatin1String("too long")), qPrintable(e->message.right(80)));
}

// ---- kill during save -------------------------------------------------------------------------

namespace {

const int kCsvFiles = 4;

QStringList csvSet(const QString &base)
{
    return {base + QStringLiteral(".csv"), base + QStringLiteral("-inputs.csv"),
            base + QStringLiteral("-bom.csv"), base + QStringLiteral("-yearly.csv")};
}

// One content of the output of `kind`, marked by `mark` (A or B): complete files are told
// apart by it; a torn file has neither.
QByteArray content(char mark, int file)
{
    return QByteArray(20000 + file * 1000, mark) + "\nend " + QByteArray(1, mark) + "\n";
}

// Saves `kind` to `target` over and over, alternating A and B, until killed.
int saveChild(const QString &kind, const QString &target)
{
    Catalog builtin;
    ProjectData p;
    if (CatalogStore::builtin(builtin)
        || ScenarioJson::readProject(Examples::exampleProjectJson(), builtin,
                                     Examples::exampleProjectName(), p))
        return 3;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const char mark = i % 2 ? 'B' : 'A';
        if (kind == QLatin1String("ccplan")) {
            p.name = QString(QLatin1Char(mark));
            if (ProjectFile::save(p, builtin, target, kSavedAt))
                return 4;
        } else if (kind == QLatin1String("json")) {
            if (SafeWrite::writeFile(target, content(mark, 0)))
                return 4;
        } else if (kind == QLatin1String("autosave")) {
            // The app's autosave: the recovery copy in CCP_RECOVERY_DIR (`target`).
            p.name = QString(QLatin1Char(mark));
            if (RecoveryStore::save(p, QStringLiteral("/nowhere/original.ccplan")))
                return 4;
        } else {
            std::vector<std::pair<QString, QByteArray>> files;
            const QStringList names = csvSet(target);
            for (int f = 0; f < kCsvFiles; ++f)
                files.emplace_back(names.at(f), content(mark, f));
            if (SafeWrite::writeFiles(files))
                return 4;
        }
    }
}

} // namespace

void TestHostileFiles::killDuringSave_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow(".ccplan") << QStringLiteral("ccplan");
    QTest::newRow("JSON (every single-file output: PDF, xlsx, charts)") << QStringLiteral("json");
    QTest::newRow("CSV set") << QStringLiteral("csv");
    QTest::newRow("autosave (recovery copy)") << QStringLiteral("autosave");
}

void TestHostileFiles::killDuringSave()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool autosave = kind == QLatin1String("autosave");
    const QString target = autosave ? dir.path()
                           : dir.filePath(kind == QLatin1String("csv") ? QStringLiteral("out")
                                                                       : QStringLiteral("out.") + kind);
    const QStringList outputs = kind == QLatin1String("csv") ? csvSet(target) : QStringList{target};
    const QByteArray oldRecoveryDir = qgetenv("CCP_RECOVERY_DIR");
    qputenv("CCP_RECOVERY_DIR", QFile::encodeName(dir.path()));
    const auto restore = qScopeGuard([&] {
        if (oldRecoveryDir.isNull())
            qunsetenv("CCP_RECOVERY_DIR");
        else
            qputenv("CCP_RECOVERY_DIR", oldRecoveryDir);
    });
    if (autosave) {
        // A lock of an instance killed while writing it (empty: it names no process) and no
        // copy: the next start removes it.
        const QString lock = dir.filePath(QStringLiteral("recovery-999999.json.lock"));
        QVERIFY(writeAll(lock, QByteArray()));
        QVERIFY(!RecoveryStore::find());
        QVERIFY2(!QFileInfo::exists(lock), "an empty lock outlived the next start");
    }
    QRandomGenerator random(15);
    int kills = 0, mixedSets = 0, recovered = 0;
    for (int run = 0; run < 200; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--save-child"), kind, target});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QVERIFY(test::killAfter(child, int(random.bounded(30))));
        ++kills;
        if (autosave) {
            // The next start looks for the copy of an instance that is gone: it must be whole
            // (one of the two projects), and once taken nothing of the killed one remains.
            const auto entry = RecoveryStore::find();
            if (entry) {
                ProjectData p;
                const auto e = RecoveryStore::load(*entry, m_builtin, p);
                QVERIFY2(!e, qPrintable(e ? e->message : QString()));
                QVERIFY2(p.name == QLatin1String("A") || p.name == QLatin1String("B"),
                         qPrintable(p.name));
                RecoveryStore::discard(*entry);
                ++recovered;
            }
            QVERIFY2(entries(dir.path()).isEmpty(),
                     qPrintable(entries(dir.path()).join(QLatin1Char(' '))));
            continue;
        }
        // What the next start (any save into the folder) does first.
        SafeWrite::recover(dir.path());
        // Every output is complete: the previous one or the new one, never torn; a CSV set is
        // all old or all new.
        QSet<char> marks;
        for (int f = 0; f < outputs.size(); ++f) {
            if (!QFileInfo::exists(outputs.at(f)))
                continue; // killed before the first save finished
            if (kind == QLatin1String("ccplan")) {
                ProjectData p;
                const auto e = ProjectFile::load(outputs.at(f), m_builtin, p);
                QVERIFY2(!e, qPrintable(e ? e->message : QString()));
                marks.insert(p.name.toLatin1().at(0));
            } else {
                const QByteArray bytes = readAll(outputs.at(f));
                const char mark = bytes.isEmpty() ? '?' : bytes.at(0);
                QVERIFY2(bytes == content(mark, f), "a torn output file");
                marks.insert(mark);
            }
        }
        mixedSets += marks.size() > 1 ? 1 : 0;
    }
    // Nothing the killed saves left behind remains.
    for (const QString &name : entries(dir.path()))
        QVERIFY2(!name.startsWith(QLatin1String(".ccplanner-")), qPrintable(name));
    if (autosave)
        QVERIFY2(recovered > 0, "no kill came after a whole recovery copy");
    qInfo("%d kills of %s saves survived", kills, qPrintable(kind));
    QCOMPARE(mixedSets, 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--save-child") == 0)
        return saveChild(QString::fromUtf8(argv[2]), QString::fromUtf8(argv[3]));
    TestHostileFiles t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_hostilefiles.moc"
