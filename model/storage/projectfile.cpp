// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "catalogstore.h"
#include "scenariojson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <iterator>
#include <tuple>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#else
#include <filesystem>
#endif

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

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Creates a new, empty file `<target>.tmp-XXXXXXXX` next to the target (so that the rename stays
// within one file system), with the permissions a new file gets (0666 less the umask).
bool createTempFile(const QString &target, QString *name, QString *error)
{
#ifdef Q_OS_UNIX
    for (int attempt = 0; attempt < 32; ++attempt) {
        const QString candidate = target + QStringLiteral(".tmp-")
                                  + QString::number(QRandomGenerator::global()->generate(), 16);
        const QByteArray native = QFile::encodeName(candidate);
        const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            *name = candidate;
            return true;
        }
        if (errno != EEXIST && errno != EINTR) {
            *error = errnoText(errno);
            return false;
        }
    }
    *error = ProjectFile::tr("no free temporary file name");
    return false;
#else
    QTemporaryFile tmp(target + QStringLiteral(".tmp-XXXXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open()) {
        *error = tmp.errorString();
        return false;
    }
    *name = tmp.fileName();
    return true;
#endif
}

bool syncFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDWR | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = errnoText(errno);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    if (!ok)
        *error = errnoText(syncError);
    return ok;
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
#endif
}

// Makes the rename durable. Best effort: some file systems cannot sync a directory, and the new
// file is complete and in place either way.
void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// Replaces `target` by `from` in one step: readers see the old file or the new one, never a mix.
bool replaceFile(const QString &from, const QString &target, QString *error)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *error = errnoText(errno);
    return false;
#else
    std::error_code ec;
    std::filesystem::rename(from.toStdWString(), target.toStdWString(), ec);
    if (!ec)
        return true;
    *error = QString::fromLocal8Bit(ec.message());
    return false;
#endif
}

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

QSet<QString> tableNames(const QSqlDatabase &db, QString *error, bool *ok)
{
    QSet<QString> names;
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!*ok) {
        *error = sqlError(q);
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toString());
    return names;
}

QString damaged(const QString &path, const QString &detail)
{
    return at(path, ProjectFile::tr("the file is damaged (%1)").arg(detail));
}

// Integrity, application id, schema version and tables of an open file. `version` receives the
// file's schema version; newer versions than this build reads are refused.
std::optional<LoadError> inspect(const QSqlDatabase &db, const QString &path, int *version)
{
    QString error;
    if (!harden(db, &error))
        return LoadError{damaged(path, error)};
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
    bool ok = false;
    const QSet<QString> tables = tableNames(db, &error, &ok);
    if (!ok)
        return LoadError{damaged(path, error)};
    QStringList required = {QStringLiteral("project"), QStringLiteral("scenarios")};
    if (v >= 2)
        required << QStringLiteral("catalog");
    for (const QString &t : required) {
        if (!tables.contains(t))
            return LoadError{damaged(path, ProjectFile::tr("table \"%1\" is missing").arg(t))};
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
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return LoadError{at(where, ProjectFile::tr("not a valid JSON object"))};
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
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return LoadError{at(where, ProjectFile::tr("not valid JSON (%1 at byte %2)")
                                           .arg(pe.errorString())
                                           .arg(pe.offset))};
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
    const QFileInfo info(path);
    // Saving through a symbolic link replaces the file it points to, not the link.
    const QString target = info.isSymLink() && !info.canonicalFilePath().isEmpty()
                               ? info.canonicalFilePath()
                               : info.absoluteFilePath();
    if (QFileInfo(target).isDir())
        return LoadError{at(path, tr("cannot save: is a folder"))};
    const auto failed = [&](const QString &reason) {
        return LoadError{at(path, tr("cannot save (%1); the previous file is unchanged").arg(reason))};
    };

    // A file without scenarios could not be opened again.
    if (p.scenarios.empty())
        return failed(tr("the project needs at least one scenario"));

    QString tmp;
    QString error;
    if (!createTempFile(target, &tmp, &error))
        return failed(tr("cannot create a temporary file in %1: %2")
                          .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()), error));
    TempFileGuard guard(tmp);
    if (QFileInfo::exists(target))
        QFile::setPermissions(tmp, QFile::permissions(target));
    if (!writeDatabase(tmp, p, catalog, savedAt, &error))
        return failed(error);
    if (!syncFile(tmp, &error))
        return failed(error);
    if (!replaceFile(tmp, target, &error))
        return failed(error);
    guard.release();
    syncDirectory(QFileInfo(target).absolutePath());
    return std::nullopt;
}

std::optional<LoadError> ProjectFile::load(const QString &path, const Catalog &builtin,
                                           ProjectData &out)
{
    out = ProjectData{};
    const QFileInfo info(path);
    if (!info.exists())
        return LoadError{at(path, tr("no such file"))};
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
        if (!hasSqliteHeader(f.read(16)))
            return LoadError{at(path, tr("not a Compute Center Planner project (not an SQLite "
                                         "database)"))};
    }
    int version = 0;
    {
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
