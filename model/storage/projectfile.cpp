// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "catalogstore.h"
#include "filelimits.h"
#include "jsonguard.h"
#include "safewrite.h"
#include "scenariojson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <functional>
#include <iterator>
#include <tuple>

namespace ccp {

namespace {

// The schema of the current version. Version 1 is the same without `catalog`.
const char *const kCreateProject = "CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT)";
const char *const kCreateScenarios
    = "CREATE TABLE scenarios(position INTEGER PRIMARY KEY, name TEXT, json TEXT)";
const char *const kCreateCatalog
    = "CREATE TABLE catalog(kind TEXT, id TEXT, json TEXT, PRIMARY KEY(kind, id))";

const char *const kProjectKeys[] = {"name", "name_zh", "author", "description", "app_version",
                                    "saved_at"};

constexpr auto &kKinds = kRecordKinds;

QString at(const QString &where, const QString &message)
{
    return where + QLatin1String(": ") + message;
}

// SQLite's own message ("database disk image is malformed") without Qt's generic driver text.
QString sqlError(const QSqlError &e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}

QString sqlError(const QSqlQuery &q)
{
    return sqlError(q.lastError());
}

// One SQLite connection under a unique name; removed when it goes out of scope. Every QSqlQuery
// on it must be destroyed first, so queries live in the helper functions below.
class Connection
{
public:
    Connection(const QString &file, const QString &options)
        : m_name(QStringLiteral("ccp-projectfile-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(options);
        if (!db.open())
            m_error = sqlError(db.lastError());
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_error.isNull(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = sqlError(q);
    return false;
}

// The first column of the first row of `sql`; an invalid QVariant and `error` set on failure.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = sqlError(q);
        return {};
    }
    if (!q.next()) {
        *error = ProjectFile::tr("no result");
        return {};
    }
    return q.value(0);
}

// ---- saving -----------------------------------------------------------------------------------

// Removes the temporary file unless released (after the rename).
class TempFileGuard
{
public:
    explicit TempFileGuard(QString path) : m_path(std::move(path)) {}
    ~TempFileGuard()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    TempFileGuard(const TempFileGuard &) = delete;
    TempFileGuard &operator=(const TempFileGuard &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

struct CatalogRow
{
    QString kind;
    QString id;
    QByteArray json;
};

// The records the file embeds, sorted by kind and id so that equal content gives equal bytes.
std::vector<CatalogRow> catalogRows(const ProjectData &p, const Catalog &catalog)
{
    Catalog resolve = catalog;
    resolve.overlay(p.embedded);
    Catalog used = ScenarioJson::usedRecords(p.scenarios, resolve);
    used.overlay(p.embedded);
    std::vector<CatalogRow> rows;
    for (RecordKind kind : kKinds) {
        const QJsonArray records = CatalogStore::recordsToJson(kind, used);
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            rows.push_back({QLatin1String(recordKindCode(kind)),
                            o.value(QLatin1String("id")).toString(),
                            QJsonDocument(o).toJson(QJsonDocument::Compact)});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const CatalogRow &a, const CatalogRow &b) {
        return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
    });
    return rows;
}

bool writeContent(const QSqlDatabase &db, const ProjectData &p, const Catalog &catalog,
                  const QDateTime &savedAt, QString *error)
{
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        *error = sqlError(q);
        return false;
    };
    for (const char *sql : {kCreateProject, kCreateScenarios, kCreateCatalog}) {
        if (!run(QLatin1String(sql)))
            return false;
    }

    const QString values[] = {p.name, p.nameZh, p.author, p.description,
                              QCoreApplication::applicationVersion(),
                              savedAt.toUTC().toString(Qt::ISODateWithMs)};
    if (!q.prepare(QStringLiteral("INSERT INTO project(key, value) VALUES (?, ?)"))) {
        *error = sqlError(q);
        return false;
    }
    for (std::size_t i = 0; i < std::size(kProjectKeys); ++i) {
        q.bindValue(0, QLatin1String(kProjectKeys[i]));
        q.bindValue(1, values[i].isNull() ? QStringLiteral("") : values[i]);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }

    if (!q.prepare(QStringLiteral("INSERT INTO scenarios(position, name, json) VALUES (?, ?, ?)"))) {
        *error = sqlError(q);
        return false;
    }
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        const Scenario &s = p.scenarios[i];
        q.bindValue(0, qint64(i));
        q.bindValue(1, QString::fromStdString(s.name));
        q.bindValue(2, QString::fromUtf8(QJsonDocument(ScenarioJson::writeScenario(s))
                                             .toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }

    if (!q.prepare(QStringLiteral("INSERT INTO catalog(kind, id, json) VALUES (?, ?, ?)"))) {
        *error = sqlError(q);
        return false;
    }
    for (const CatalogRow &r : catalogRows(p, catalog)) {
        q.bindValue(0, r.kind);
        q.bindValue(1, r.id);
        q.bindValue(2, QString::fromUtf8(r.json));
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }
    return true;
}

bool writeDatabase(const QString &file, const ProjectData &p, const Catalog &catalog,
                   const QDateTime &savedAt, QString *error)
{
    Connection c(file, QString());
    if (!c.isOpen()) {
        *error = c.error();
        return false;
    }
    QSqlDatabase db = c.db();
    // The file is fsynced as a whole before it is renamed into place, and a failed save is
    // discarded, so SQLite's own journal and syncs would only cost time.
    const QString setup[] = {
        QStringLiteral("PRAGMA page_size = 4096"),
        QStringLiteral("PRAGMA journal_mode = MEMORY"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA application_id = %1").arg(kProjectFileApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(kProjectFileVersion),
    };
    for (const QString &sql : setup) {
        if (!exec(db, sql, error))
            return false;
    }
    if (!db.transaction()) {
        *error = sqlError(db.lastError());
        return false;
    }
    if (!writeContent(db, p, catalog, savedAt, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = sqlError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

// ---- loading ----------------------------------------------------------------------------------

// Defensive settings for a file from anywhere: no functions called from the file's schema
// (views, triggers), extra checks of b-tree cells, plain reads instead of memory mapping.
// Extensions are never enabled (QSQLITE_ENABLE_LOAD_EXTENSION is not set).
bool harden(const QSqlDatabase &db, QString *error)
{
    for (const char *sql : {"PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON",
                            "PRAGMA mmap_size = 0"}) {
        if (!exec(db, QLatin1String(sql), error))
            return false;
    }
    return true;
}

QString damaged(const QString &path, const QString &detail)
{
    return at(path, ProjectFile::tr("the file is damaged (%1)").arg(detail));
}

// One column as PRAGMA table_xinfo reports it; `hidden` is 0 for an ordinary column and 2 or 3
// for a generated one.
struct ColumnDef
{
    const char *name;
    const char *type;
    int pk;
};

struct TableDef
{
    const char *name;
    const char *sql;
    std::vector<ColumnDef> columns;
    const char *autoIndex; // the index SQLite makes for a non-integer primary key, or nullptr
    int sinceVersion;
};

const std::vector<TableDef> &expectedTables()
{
    static const std::vector<TableDef> tables = {
        {"project", kCreateProject, {{"key", "TEXT", 1}, {"value", "TEXT", 0}},
         "sqlite_autoindex_project_1", 1},
        {"scenarios", kCreateScenarios,
         {{"position", "INTEGER", 1}, {"name", "TEXT", 0}, {"json", "TEXT", 0}}, nullptr, 1},
        {"catalog", kCreateCatalog, {{"kind", "TEXT", 1}, {"id", "TEXT", 2}, {"json", "TEXT", 0}},
         "sqlite_autoindex_catalog_1", 2},
    };
    return tables;
}

// The schema of a file from anywhere, compared object by object and column by column with the
// one this version writes, before any row is read: a generated column, a view, a trigger, an
// extra index or table, a changed type or a missing primary key would let the file run SQL
// or hold rows our reader does not expect (a generated column can cost minutes and gigabytes
// the moment its row is read). Only sqlite_master and PRAGMA table_xinfo are read here.
std::optional<LoadError> checkSchema(const QSqlDatabase &db, const QString &path, int version)
{
    const auto refuse = [&](const QString &what) {
        return LoadError{at(path, ProjectFile::tr("not a Compute Center Planner project: %1")
                                      .arg(what))};
    };
    struct Object
    {
        QString type, name, table;
        QVariant sql;
    };
    std::vector<Object> objects;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
            return LoadError{damaged(path, sqlError(q))};
        while (q.next()) {
            if (objects.size() >= 16)
                return refuse(ProjectFile::tr("more schema objects than a project has"));
            objects.push_back({q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3)});
        }
    }
    const auto find = [&](const QString &type, const char *name) -> const Object * {
        for (const Object &o : objects) {
            if (o.type == type && o.name == QLatin1String(name))
                return &o;
        }
        return nullptr;
    };
    // Missing tables first: the file is damaged (or a version-1 file lost one).
    for (const TableDef &t : expectedTables()) {
        if (version >= t.sinceVersion && !find(QStringLiteral("table"), t.name))
            return LoadError{damaged(path, ProjectFile::tr("table \"%1\" is missing")
                                               .arg(QLatin1String(t.name)))};
    }
    // Then anything that is not ours: views, triggers, indexes, other tables.
    for (const Object &o : objects) {
        bool known = false;
        for (const TableDef &t : expectedTables()) {
            if (version < t.sinceVersion)
                continue;
            known = known || (o.type == QLatin1String("table") && o.name == QLatin1String(t.name));
            known = known
                    || (o.type == QLatin1String("index") && t.autoIndex
                        && o.name == QLatin1String(t.autoIndex) && o.sql.isNull()
                        && o.table == QLatin1String(t.name));
        }
        if (!known)
            return refuse(ProjectFile::tr("unexpected %1 \"%2\" in the schema").arg(o.type, o.name));
    }
    // Then each table, column by column, and its exact definition.
    for (const TableDef &t : expectedTables()) {
        if (version < t.sinceVersion)
            continue;
        const QString table = QLatin1String(t.name);
        QSqlQuery c(db);
        if (!c.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(table)))
            return LoadError{damaged(path, sqlError(c))};
        std::size_t i = 0;
        while (c.next()) {
            const QString column = c.value(1).toString();
            if (i >= t.columns.size())
                return refuse(ProjectFile::tr("unexpected column \"%1.%2\"").arg(table, column));
            const ColumnDef &d = t.columns[i++];
            if (c.value(6).toInt() != 0)
                return refuse(ProjectFile::tr("column \"%1.%2\" is generated").arg(table, column));
            if (column != QLatin1String(d.name) || c.value(2).toString() != QLatin1String(d.type)
                || c.value(3).toInt() != 0 || !c.value(4).isNull() || c.value(5).toInt() != d.pk)
                return refuse(ProjectFile::tr("column \"%1.%2\" is not defined as expected")
                                  .arg(table, column));
        }
        if (i < t.columns.size())
            return LoadError{damaged(path, ProjectFile::tr("table \"%1\" lacks column \"%2\"")
                                               .arg(table, QLatin1String(t.columns[i].name)))};
        if (t.autoIndex && !find(QStringLiteral("index"), t.autoIndex))
            return refuse(ProjectFile::tr("table \"%1\" has no primary key").arg(table));
        if (find(QStringLiteral("table"), t.name)->sql.toString() != QLatin1String(t.sql))
            return refuse(ProjectFile::tr("table \"%1\" is not defined as expected").arg(table));
    }
    return std::nullopt;
}

// The limits of filelimits.h, checked with counts and lengths before a row is read.
std::optional<LoadError> checkRowLimits(const QSqlDatabase &db, const QString &path, int version)
{
    QString error;
    const auto count = [&](const QString &sql, qint64 *n) -> std::optional<LoadError> {
        const QVariant v = scalar(db, sql, &error);
        if (!v.isValid())
            return LoadError{damaged(path, error)};
        *n = v.toLongLong();
        return std::nullopt;
    };
    const auto tooMany = [&](const QString &what, qint64 n, qint64 limit) {
        return LoadError{at(path, ProjectFile::tr("%1: %2 rows, more than the limit of %3")
                                      .arg(what)
                                      .arg(n)
                                      .arg(limit))};
    };
    const auto tooLong = [&](const QString &what, qint64 limit) {
        return LoadError{at(path, ProjectFile::tr("%1: a value longer than the limit of %2 bytes")
                                      .arg(what)
                                      .arg(limit))};
    };
    qint64 n = 0;
    if (auto e = count(QStringLiteral("SELECT count(*) FROM scenarios"), &n))
        return e;
    if (n > limits::kMaxScenarios)
        return tooMany(QStringLiteral("scenarios"), n, limits::kMaxScenarios);
    if (version >= 2) {
        if (auto e = count(QStringLiteral("SELECT count(*) FROM catalog"), &n))
            return e;
        if (n > limits::kMaxEmbeddedRecords)
            return tooMany(QStringLiteral("catalog"), n, limits::kMaxEmbeddedRecords);
    }
    // `project` needs no count: its primary key is checked, and an unknown key is refused.
    const struct
    {
        const char *table;
        const char *column;
        qint64 limit;
    } lengths[] = {{"scenarios", "json", limits::kMaxScenarioJsonBytes},
                   {"scenarios", "name", limits::kMaxTextChars},
                   {"catalog", "json", limits::kMaxRecordJsonBytes},
                   {"project", "value", limits::kMaxTextChars}};
    for (const auto &l : lengths) {
        if (version < 2 && qstrcmp(l.table, "catalog") == 0)
            continue;
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE length(CAST(%2 AS BLOB)) > %3")
                                .arg(QLatin1String(l.table), QLatin1String(l.column))
                                .arg(l.limit);
        if (auto e = count(sql, &n))
            return e;
        if (n > 0)
            return tooLong(QLatin1String(l.table) + QLatin1Char('.') + QLatin1String(l.column),
                           l.limit);
    }
    return std::nullopt;
}

// Integrity, application id, schema version and tables of an open file. `version` receives the
// file's schema version; newer versions than this build reads are refused.
std::optional<LoadError> inspect(const QSqlDatabase &db, const QString &path, int *version)
{
    QString error;
    if (!harden(db, &error))
        return LoadError{damaged(path, error)};
    const QVariant appId = scalar(db, QStringLiteral("PRAGMA application_id"), &error);
    if (!appId.isValid())
        return LoadError{damaged(path, error)};
    if (appId.toLongLong() != kProjectFileApplicationId)
        return LoadError{at(path, ProjectFile::tr("not a Compute Center Planner project (an SQLite "
                                                  "database of another application)"))};
    const QVariant userVersion = scalar(db, QStringLiteral("PRAGMA user_version"), &error);
    if (!userVersion.isValid())
        return LoadError{damaged(path, error)};
    const qint64 v = userVersion.toLongLong();
    if (v > kProjectFileVersion)
        return LoadError{at(path, ProjectFile::tr("written by a newer version of Compute Center "
                                                  "Planner (file version %1, this version reads "
                                                  "up to %2)")
                                      .arg(v)
                                      .arg(kProjectFileVersion))};
    if (v < 1)
        return LoadError{damaged(path, ProjectFile::tr("no schema version"))};
    *version = int(v);
    // The schema first, then the limits (counts and lengths): the integrity check reads every
    // page, and a file of a million rows should be refused before that.
    if (auto e = checkSchema(db, path, int(v)))
        return e;
    if (auto e = checkRowLimits(db, path, int(v)))
        return e;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return LoadError{damaged(path, sqlError(q))};
        if (!q.next())
            return LoadError{damaged(path, ProjectFile::tr("the integrity check gave no result"))};
        if (q.value(0).toString() != QLatin1String("ok")) {
            // The first few problems, without SQLite's "*** in database main ***" heading.
            QStringList problems;
            do {
                for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'))) {
                    if (!line.startsWith(QLatin1String("***")) && !line.trimmed().isEmpty())
                        problems << line.trimmed();
                }
            } while (problems.size() < 3 && q.next());
            QString detail = problems.mid(0, 3).join(QLatin1String("; "));
            if (detail.size() > 300)
                detail = detail.left(300) + QChar(0x2026);
            return LoadError{damaged(path, detail)};
        }
    }
    return std::nullopt;
}

// One step of the schema, from version `from` to from + 1, run in a transaction together with
// setting the new user_version.
struct Migration
{
    int from;
    std::function<bool(const QSqlDatabase &, QString *)> apply;
};

// Version 2 added the embedded catalog records; version-1 files have none.
bool migrate1to2(const QSqlDatabase &db, QString *error)
{
    return exec(db, QLatin1String(kCreateCatalog), error);
}

// Version 3 added the Monte Carlo settings to the scenario JSON; a version-2 scenario has none,
// which reads as the defaults, so the step changes no row. It exists so that a version-2
// reader refuses a version-3 file as "newer" instead of stumbling on the new key.
bool migrate2to3(const QSqlDatabase &, QString *)
{
    return true;
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {{1, migrate1to2}, {2, migrate2to3}};
    return steps;
}

std::optional<LoadError> migrate(const QSqlDatabase &db, const QString &path, int version)
{
    for (const Migration &m : migrations()) {
        if (m.from < version)
            continue;
        QSqlDatabase handle = db;
        QString error;
        const auto fail = [&] {
            handle.rollback();
            return LoadError{at(path, ProjectFile::tr("cannot upgrade the file from version %1 to "
                                                      "%2: %3")
                                          .arg(m.from)
                                          .arg(m.from + 1)
                                          .arg(error))};
        };
        if (!handle.transaction()) {
            error = sqlError(handle.lastError());
            return fail();
        }
        if (!m.apply(db, &error)
            || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.from + 1), &error))
            return fail();
        if (!handle.commit()) {
            error = sqlError(handle.lastError());
            return fail();
        }
        version = m.from + 1;
    }
    if (version != kProjectFileVersion)
        return LoadError{at(path, ProjectFile::tr("cannot upgrade the file from version %1")
                                      .arg(version))};
    return std::nullopt;
}

std::optional<LoadError> readProjectTable(const QSqlDatabase &db, const QString &path,
                                          ProjectData &out)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value, typeof(key), typeof(value) FROM project")))
        return LoadError{damaged(path, sqlError(q))};
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (q.value(2).toString() != QLatin1String("text")
            || q.value(3).toString() != QLatin1String("text"))
            return LoadError{at(path, ProjectFile::tr("project: \"%1\" must be text").arg(key))};
        const QString value = q.value(1).toString();
        if (key == QLatin1String("name"))
            out.name = value;
        else if (key == QLatin1String("name_zh"))
            out.nameZh = value;
        else if (key == QLatin1String("author"))
            out.author = value;
        else if (key == QLatin1String("description"))
            out.description = value;
        else if (key != QLatin1String("app_version") && key != QLatin1String("saved_at"))
            return LoadError{at(path, ProjectFile::tr("project: unknown key \"%1\"").arg(key))};
    }
    return std::nullopt;
}

std::optional<LoadError> readCatalogTable(const QSqlDatabase &db, const QString &path,
                                          Catalog &into)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT kind, id, json FROM catalog ORDER BY kind, id")))
        return LoadError{damaged(path, sqlError(q))};
    QJsonArray records[std::size(kKinds)];
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QString where = at(path, QStringLiteral("catalog.%1.%2").arg(kind, id));
        std::size_t k = 0;
        while (k < std::size(kKinds) && kind != QLatin1String(recordKindCode(kKinds[k])))
            ++k;
        if (k == std::size(kKinds))
            return LoadError{at(path, ProjectFile::tr("catalog: unknown kind \"%1\"").arg(kind))};
        QJsonParseError pe;
        const QByteArray json = q.value(2).toString().toUtf8();
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return LoadError{at(where, ProjectFile::tr("not a valid JSON object"))};
        if (auto e = JsonGuard::check(json, where))
            return e;
        if (doc.object().value(QLatin1String("id")).toString() != id)
            return LoadError{at(where, ProjectFile::tr("the record's id differs from its key"))};
        records[k].append(doc.object());
    }
    for (std::size_t k = 0; k < std::size(kKinds); ++k) {
        const QString where = at(path, QStringLiteral("catalog.")
                                           + QLatin1String(recordKindCode(kKinds[k])));
        if (auto e = CatalogStore::parseRecords(kKinds[k], records[k], where, into))
            return e;
    }
    return std::nullopt;
}

std::optional<LoadError> readScenariosTable(const QSqlDatabase &db, const QString &path,
                                            const Catalog &catalog, ProjectData &out)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT json, typeof(json) FROM scenarios ORDER BY position")))
        return LoadError{damaged(path, sqlError(q))};
    int n = 0;
    while (q.next()) {
        ++n;
        const QString where = at(path, ProjectFile::tr("scenario %1").arg(n));
        if (q.value(1).toString() != QLatin1String("text"))
            return LoadError{at(where, ProjectFile::tr("not a JSON text"))};
        QJsonParseError pe;
        const QByteArray json = q.value(0).toString().toUtf8();
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError)
            return LoadError{at(where, ProjectFile::tr("not valid JSON (%1 at byte %2)")
                                           .arg(pe.errorString())
                                           .arg(pe.offset))};
        if (auto e = JsonGuard::check(json, where))
            return e;
        if (!doc.isObject())
            return LoadError{at(where, ProjectFile::tr("not an object"))};
        Scenario s;
        if (auto e = ScenarioJson::readScenario(doc.object(), catalog, where, s))
            return e;
        out.scenarios.push_back(std::move(s));
    }
    if (n == 0)
        return LoadError{at(path, ProjectFile::tr("the project needs at least one scenario"))};
    return std::nullopt;
}

std::optional<LoadError> readContent(const QSqlDatabase &db, const QString &path,
                                     const Catalog &builtin, ProjectData &out)
{
    out = ProjectData{};
    if (auto e = readProjectTable(db, path, out))
        return e;
    if (auto e = readCatalogTable(db, path, out.embedded))
        return e;
    Catalog combined = builtin;
    combined.overlay(out.embedded);
    return readScenariosTable(db, path, combined, out);
}

// Upgrades a copy of an older file in a private folder and reads it from there; the file itself
// is never written.
std::optional<LoadError> loadMigrated(const QString &file, const QString &path,
                                      const Catalog &builtin, ProjectData &out)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return LoadError{at(path, ProjectFile::tr("cannot upgrade the file: no temporary folder "
                                                  "(%1)")
                                      .arg(dir.errorString()))};
    const QString copy = dir.filePath(QStringLiteral("upgrade.ccplan"));
    if (!QFile::copy(file, copy))
        return LoadError{at(path, ProjectFile::tr("cannot upgrade the file: cannot copy it"))};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Connection c(copy, QString());
    if (!c.isOpen())
        return LoadError{at(path, ProjectFile::tr("cannot open (%1)").arg(c.error()))};
    int version = 0;
    // The copy is checked again: the file may have changed since it was inspected.
    if (auto e = inspect(c.db(), path, &version))
        return e;
    if (auto e = migrate(c.db(), path, version))
        return e;
    return readContent(c.db(), path, builtin, out);
}

} // namespace

bool ProjectFile::hasSqliteHeader(const QByteArray &header)
{
    static const char magic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                   'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    return header.size() >= 16 && std::memcmp(header.constData(), magic, 16) == 0;
}

std::optional<LoadError> ProjectFile::save(const ProjectData &p, const Catalog &catalog,
                                           const QString &path, const QDateTime &savedAt)
{
    const auto failed = [&](const QString &reason) {
        return LoadError{at(path, tr("cannot save (%1); the previous file is unchanged").arg(reason))};
    };
    // Saving through a symbolic link replaces the file it points to, not the link; a link to
    // nowhere is refused (SafeWrite's rule, the same for every output).
    QString target;
    if (auto e = SafeWrite::resolveTarget(path, &target))
        return LoadError{at(path, tr("cannot save: %1").arg(*e))};

    // A file without scenarios could not be opened again.
    if (p.scenarios.empty())
        return failed(tr("the project needs at least one scenario"));

    QString tmp;
    QString error;
    if (auto e = SafeWrite::createTemp(QFileInfo(target).absolutePath(), &tmp))
        return failed(*e);
    TempFileGuard guard(tmp);
    if (QFileInfo::exists(target))
        QFile::setPermissions(tmp, QFile::permissions(target));
    if (!writeDatabase(tmp, p, catalog, savedAt, &error))
        return failed(error);
    if (auto e = SafeWrite::sync(tmp))
        return failed(*e);
    if (auto e = SafeWrite::rename(tmp, target))
        return failed(*e);
    guard.release();
    SafeWrite::syncDirectory(QFileInfo(target).absolutePath());
    return std::nullopt;
}

std::optional<LoadError> ProjectFile::load(const QString &path, const Catalog &builtin,
                                           ProjectData &out)
{
    out = ProjectData{};
    bool wal = false;
    const QFileInfo info(path);
    if (!info.exists())
        return LoadError{at(path, SafeWrite::missingReason(path))};
    if (info.isDir())
        return LoadError{at(path, tr("is a folder, not a project file"))};
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return LoadError{at(path, tr("cannot read (%1)").arg(f.errorString()))};
        if (f.size() == 0)
            return LoadError{at(path, tr("the file is empty"))};
        if (f.size() > kProjectFileMaxBytes)
            return LoadError{at(path, tr("too large for a project file (%1 MiB, at most %2 MiB)")
                                          .arg(f.size() / (1024 * 1024))
                                          .arg(kProjectFileMaxBytes / (1024 * 1024)))};
        const QByteArray header = f.read(100);
        if (!hasSqliteHeader(header))
            return LoadError{at(path, tr("not a Compute Center Planner project (not an SQLite "
                                         "database)"))};
        // A file in write-ahead-log mode (bytes 18 and 19 are 2) cannot be opened read-only
        // without SQLite creating -wal and -shm files beside it, which fails on read-only media:
        // it is read from a private copy instead (a -wal file beside it is not read).
        wal = header.size() >= 20 && (header[18] == 2 || header[19] == 2);
    }
    int version = 0;
    if (!wal) {
        Connection c(info.absoluteFilePath(), QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!c.isOpen())
            return LoadError{at(path, tr("cannot open (%1)").arg(c.error()))};
        if (auto e = inspect(c.db(), path, &version))
            return e;
        if (version == kProjectFileVersion)
            return readContent(c.db(), path, builtin, out);
    }
    return loadMigrated(info.absoluteFilePath(), path, builtin, out);
}

} // namespace ccp
