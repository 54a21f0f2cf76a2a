// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogstore.h"

#include "catalogcolumns.h"
#include "jsonguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <utility>
#include <vector>

namespace ccp {

namespace {

struct KindInfo
{
    RecordKind kind;
    const char *table;
    const char *file;
};

constexpr KindInfo kKinds[] = {
    {RecordKind::Card, "cards", ":/catalog/cards.json"},
    {RecordKind::Server, "servers", ":/catalog/servers.json"},
    {RecordKind::Fabric, "fabrics", ":/catalog/fabrics.json"},
    {RecordKind::Storage, "storage", ":/catalog/storage.json"},
    {RecordKind::Site, "sites", ":/catalog/sites.json"},
    {RecordKind::Model, "models", ":/catalog/models.json"},
};

// The keys every record has besides its kind's fields: in the data files, and as the first
// columns (after origin) of the catalog database's tables, in this order.
const char *const kCommonKeys[] = {"id", "name", "name_zh", "source", "date",
                                   "confidence", "estimates", "notes", "notes_zh",
                                   "source_zh"};


template<typename R>
std::vector<R> &recordsOf(Catalog &c)
{
    if constexpr (std::is_same_v<R, Card>) return c.cards;
    else if constexpr (std::is_same_v<R, Server>) return c.servers;
    else if constexpr (std::is_same_v<R, Fabric>) return c.fabrics;
    else if constexpr (std::is_same_v<R, StorageClass>) return c.storage;
    else if constexpr (std::is_same_v<R, Site>) return c.sites;
    else return c.models;
}

template<typename R>
const std::vector<R> &recordsOf(const Catalog &c)
{
    return recordsOf<R>(const_cast<Catalog &>(c));
}

// Calls f.template operator()<R>() with the record type of `kind`.
template<typename F>
auto withKind(RecordKind kind, F &&f)
{
    switch (kind) {
    case RecordKind::Card: return f.template operator()<Card>();
    case RecordKind::Server: return f.template operator()<Server>();
    case RecordKind::Fabric: return f.template operator()<Fabric>();
    case RecordKind::Storage: return f.template operator()<StorageClass>();
    case RecordKind::Site: return f.template operator()<Site>();
    case RecordKind::Model: break;
    }
    return f.template operator()<LlmModel>();
}

QString shortest(double v)
{
    return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest);
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,79}$"));
    return re.match(id).hasMatch();
}

template<typename R>
std::optional<LoadError> parseRecord(const QJsonObject &o, const QString &where, R &r)
{
    const QString id = o.value(QLatin1String("id")).toString();
    const QString at = id.isEmpty() ? where : where + QLatin1Char(':') + id;
    if (!validId(id))
        return LoadError{CatalogStore::tr("%1: record without a valid lower-case id").arg(where)};
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const char *k : kCommonKeys)
            known = known || key == QLatin1String(k);
        for (const Column<R> &c : columns<R>())
            known = known || key == QLatin1String(c.key);
        if (!known)
            return LoadError{CatalogStore::tr("%1: unknown key \"%2\"").arg(at, key)};
    }
    for (const char *k : {"name", "source", "date", "confidence"}) {
        if (!o.value(QLatin1String(k)).isString() || o.value(QLatin1String(k)).toString().isEmpty())
            return LoadError{CatalogStore::tr("%1: \"%2\" is missing or not text").arg(at, QLatin1String(k))};
    }
    r.id = id.toStdString();
    r.name = o.value(QLatin1String("name")).toString().toStdString();
    r.nameZh = o.value(QLatin1String("name_zh")).toString().toStdString();
    r.provenance.source = o.value(QLatin1String("source")).toString().toStdString();
    r.provenance.date = o.value(QLatin1String("date")).toString().toStdString();
    r.provenance.notes = o.value(QLatin1String("notes")).toString().toStdString();
    r.provenance.notesZh = o.value(QLatin1String("notes_zh")).toString().toStdString();
    r.provenance.sourceZh = o.value(QLatin1String("source_zh")).toString().toStdString();
    const auto conf = confidenceFromCode(o.value(QLatin1String("confidence")).toString().toStdString());
    if (!conf)
        return LoadError{CatalogStore::tr("%1: confidence must be H, M, L or U").arg(at)};
    r.provenance.confidence = *conf;
    r.provenance.estimates.clear();
    const QJsonValue est = o.value(QLatin1String("estimates"));
    if (!est.isUndefined() && !est.isArray())
        return LoadError{CatalogStore::tr("%1: \"estimates\" must be a list of keys").arg(at)};
    for (const QJsonValue &e : est.toArray())
        r.provenance.estimates.push_back(e.toString().toStdString());

    for (const Column<R> &c : columns<R>()) {
        const QJsonValue v = o.value(QLatin1String(c.key));
        const QString key = QLatin1String(c.key);
        switch (c.type) {
        case ColumnType::Real:
        case ColumnType::Integer:
        case ColumnType::Money:
            if (!v.isDouble())
                return LoadError{CatalogStore::tr("%1: \"%2\" must be a number").arg(at, key)};
            // Checked as a double, before the setter converts it (an integer out of int's range
            // would be undefined behaviour there, and the engine's arithmetic assumes the range).
            if (!(v.toDouble() >= c.min && v.toDouble() <= c.max))
                return LoadError{CatalogStore::tr("%1: \"%2\" is %3, outside its range %4 to %5")
                                     .arg(at, key, shortest(v.toDouble()), shortest(c.min),
                                          shortest(c.max))};
            if (c.type == ColumnType::Integer && v.toDouble() != std::floor(v.toDouble()))
                return LoadError{CatalogStore::tr("%1: \"%2\" must be a whole number").arg(at, key)};
            c.set(r, v.toDouble());
            break;
        case ColumnType::Bool:
            if (!v.isBool())
                return LoadError{CatalogStore::tr("%1: \"%2\" must be true or false").arg(at, key)};
            c.set(r, v.toBool());
            break;
        case ColumnType::Market:
            if (!marketFromCode(v.toString().toStdString()))
                return LoadError{CatalogStore::tr("%1: \"%2\" is not a known market status").arg(at, key)};
            c.set(r, v.toString());
            break;
        case ColumnType::Text:
        case ColumnType::Reference:
            if (!v.isString() && !v.isUndefined() && !v.isNull())
                return LoadError{CatalogStore::tr("%1: \"%2\" must be text").arg(at, key)};
            c.set(r, v.toString());
            break;
        }
    }
    return std::nullopt;
}

template<typename R>
QJsonObject recordToJson(const R &r)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), QString::fromStdString(r.id));
    o.insert(QLatin1String("name"), QString::fromStdString(r.name));
    o.insert(QLatin1String("name_zh"), QString::fromStdString(r.nameZh));
    for (const Column<R> &c : columns<R>())
        o.insert(QLatin1String(c.key), QJsonValue::fromVariant(c.get(r)));
    o.insert(QLatin1String("source"), QString::fromStdString(r.provenance.source));
    if (!r.provenance.sourceZh.empty())
        o.insert(QLatin1String("source_zh"), QString::fromStdString(r.provenance.sourceZh));
    o.insert(QLatin1String("date"), QString::fromStdString(r.provenance.date));
    o.insert(QLatin1String("confidence"),
             QLatin1String(confidenceCode(r.provenance.confidence)));
    QJsonArray est;
    for (const std::string &e : r.provenance.estimates)
        est.append(QString::fromStdString(e));
    o.insert(QLatin1String("estimates"), est);
    if (!r.provenance.notes.empty())
        o.insert(QLatin1String("notes"), QString::fromStdString(r.provenance.notes));
    if (!r.provenance.notesZh.empty())
        o.insert(QLatin1String("notes_zh"), QString::fromStdString(r.provenance.notesZh));
    return o;
}

QString sqlType(ColumnType t)
{
    switch (t) {
    case ColumnType::Real:
    case ColumnType::Money: return QStringLiteral("REAL");
    case ColumnType::Integer:
    case ColumnType::Bool: return QStringLiteral("INTEGER");
    default: return QStringLiteral("TEXT");
    }
}

} // namespace

CatalogStore::CatalogStore()
    : m_connection(QStringLiteral("ccp-catalog-") + QUuid::createUuid().toString(QUuid::Id128))
{}

CatalogStore::~CatalogStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::optional<LoadError> CatalogStore::builtin(Catalog &into)
{
    for (const KindInfo &k : kKinds) {
        QFile f(QLatin1String(k.file));
        if (!f.open(QIODevice::ReadOnly))
            return LoadError{CatalogStore::tr("%1: cannot read the built-in catalog").arg(QLatin1String(k.file))};
        if (auto e = parseFile(f.readAll(), QLatin1String(k.file), into))
            return e;
    }
    return std::nullopt;
}

std::optional<LoadError> CatalogStore::parseFile(const QByteArray &json, const QString &where,
                                                 Catalog &into)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return LoadError{CatalogStore::tr("%1: not a valid JSON object (%2)").arg(where, pe.errorString())};
    if (auto e = JsonGuard::check(json, where))
        return e;
    const QJsonObject o = doc.object();
    const QString kind = o.value(QLatin1String("kind")).toString();
    for (const KindInfo &k : kKinds) {
        if (kind == QLatin1String(recordKindCode(k.kind)))
            return parseRecords(k.kind, o.value(QLatin1String("records")).toArray(), where, into);
    }
    return LoadError{CatalogStore::tr("%1: unknown catalog kind \"%2\"").arg(where, kind)};
}

std::optional<LoadError> CatalogStore::parseRecords(RecordKind kind, const QJsonArray &records,
                                                    const QString &where, Catalog &into)
{
    return withKind(kind, [&]<typename R>() -> std::optional<LoadError> {
        Catalog parsed;
        for (const QJsonValue &v : records) {
            if (!v.isObject())
                return LoadError{CatalogStore::tr("%1: a record is not an object").arg(where)};
            R r;
            if (auto e = parseRecord(v.toObject(), where, r))
                return e;
            auto &list = recordsOf<R>(parsed);
            for (const R &x : list) {
                if (x.id == r.id)
                    return LoadError{CatalogStore::tr("%1: id \"%2\" appears twice")
                                         .arg(where, QString::fromStdString(r.id))};
            }
            list.push_back(std::move(r));
        }
        into.overlay(parsed);
        return std::nullopt;
    });
}

QJsonArray CatalogStore::recordsToJson(RecordKind kind, const Catalog &from)
{
    return withKind(kind, [&]<typename R>() {
        QJsonArray a;
        for (const R &r : recordsOf<R>(from))
            a.append(recordToJson(r));
        return a;
    });
}

std::optional<LoadError> CatalogStore::open(const QString &path)
{
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return LoadError{CatalogStore::tr("%1: cannot open the catalog database: %2")
                             .arg(path, db.lastError().text())};
    if (auto e = createTables())
        return e;
    Catalog builtinRecords;
    if (auto e = builtin(builtinRecords))
        return e;
    QSqlQuery q(db);
    for (const KindInfo &k : kKinds)
        q.exec(QStringLiteral("DELETE FROM %1 WHERE origin = 'builtin'").arg(QLatin1String(k.table)));
    return insert(builtinRecords, QStringLiteral("builtin"));
}

std::optional<LoadError> CatalogStore::createTables()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    for (const KindInfo &k : kKinds) {
        // Every column after the key, with its type: the common ones, then the kind's fields.
        std::vector<std::pair<QString, QString>> defs;
        for (const char *c : kCommonKeys)
            if (QLatin1String(c) != QLatin1String("id"))
                defs.emplace_back(QLatin1String(c), QStringLiteral("TEXT"));
        withKind(k.kind, [&]<typename R>() {
            for (const Column<R> &c : columns<R>())
                defs.emplace_back(QLatin1String(c.key), sqlType(c.type));
        });
        QString sql = QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (origin TEXT NOT NULL, "
                                     "id TEXT NOT NULL")
                          .arg(QLatin1String(k.table));
        for (const auto &[name, type] : defs)
            sql += QStringLiteral(", %1 %2").arg(name, type);
        sql += QStringLiteral(", PRIMARY KEY (origin, id))");
        if (!q.exec(sql))
            return LoadError{CatalogStore::tr("Catalog database: %1").arg(q.lastError().text())};
        // A database made by an earlier version lacks the columns added since (notes_zh):
        // they are added empty, so the user's own records stay.
        QStringList present;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(k.table))))
            return LoadError{CatalogStore::tr("Catalog database: %1").arg(q.lastError().text())};
        while (q.next())
            present << q.value(1).toString();
        for (const auto &[name, type] : defs) {
            if (present.contains(name))
                continue;
            if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                            .arg(QLatin1String(k.table), name, type)))
                return LoadError{CatalogStore::tr("Catalog database: %1").arg(q.lastError().text())};
        }
    }
    return std::nullopt;
}

std::optional<LoadError> CatalogStore::insert(const Catalog &c, const QString &origin)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    for (const KindInfo &k : kKinds) {
        auto e = withKind(k.kind, [&]<typename R>() -> std::optional<LoadError> {
            QStringList names{QStringLiteral("origin")};
            for (const char *key : kCommonKeys)
                names << QLatin1String(key);
            for (const Column<R> &col : columns<R>())
                names << QLatin1String(col.key);
            QStringList marks;
            for (int i = 0; i < names.size(); ++i)
                marks << QStringLiteral("?");
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                          .arg(QLatin1String(k.table), names.join(QLatin1Char(',')),
                               marks.join(QLatin1Char(','))));
            for (const R &r : recordsOf<R>(c)) {
                const QJsonObject o = recordToJson(r);
                q.addBindValue(origin);
                // The common keys as the record's JSON has them ("" where it leaves one out);
                // the estimates as a compact JSON list.
                for (const char *key : kCommonKeys) {
                    const QJsonValue v = o.value(QLatin1String(key));
                    q.addBindValue(v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                               : v.toString());
                }
                for (const Column<R> &col : columns<R>())
                    q.addBindValue(col.get(r));
                if (!q.exec())
                    return LoadError{CatalogStore::tr("Catalog database: %1").arg(q.lastError().text())};
            }
            return std::nullopt;
        });
        if (e) {
            db.rollback();
            return e;
        }
    }
    db.commit();
    return std::nullopt;
}

Catalog CatalogStore::catalog() const
{
    Catalog result, user;
    m_problems.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const KindInfo &k : kKinds) {
        withKind(k.kind, [&]<typename R>() {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(k.table)));
            while (q.next()) {
                const QSqlRecord rec = q.record();
                // The row as a data-file record, read by the data files' reader.
                QJsonObject o;
                for (const char *key : kCommonKeys) {
                    if (QLatin1String(key) == QLatin1String("estimates"))
                        continue; // a JSON list, below
                    const QVariant v = rec.value(QLatin1String(key));
                    if (!v.isNull())
                        o.insert(QLatin1String(key), v.toString());
                }
                o.insert(QLatin1String("estimates"),
                         QJsonDocument::fromJson(rec.value(QStringLiteral("estimates")).toString().toUtf8()).array());
                for (const Column<R> &c : columns<R>()) {
                    const QVariant v = rec.value(QLatin1String(c.key));
                    switch (c.type) {
                    case ColumnType::Real:
                    case ColumnType::Integer:
                    case ColumnType::Money: {
                        bool ok = false;
                        const double d = v.toDouble(&ok);
                        if (ok)
                            o.insert(QLatin1String(c.key), d);
                        break;
                    }
                    case ColumnType::Bool:
                        if (!v.isNull())
                            o.insert(QLatin1String(c.key), v.toLongLong() != 0);
                        break;
                    default:
                        if (!v.isNull())
                            o.insert(QLatin1String(c.key), v.toString());
                        break;
                    }
                }
                const bool isUser = rec.value(QStringLiteral("origin")).toString()
                                    == QLatin1String("user");
                R r;
                if (auto e = parseRecord(o, CatalogStore::tr("user catalog"), r)) {
                    m_problems << e->message;
                    continue;
                }
                recordsOf<R>(isUser ? user : result).push_back(std::move(r));
            }
        });
    }
    result.overlay(user);
    return result;
}

std::optional<LoadError> CatalogStore::saveUserRecord(RecordKind kind, const QJsonObject &record)
{
    Catalog parsed;
    if (auto e = parseRecords(kind, QJsonArray{record}, tr("user catalog"), parsed))
        return e;
    Catalog b;
    if (auto e = builtin(b))
        return e;
    const std::string id = record.value(QLatin1String("id")).toString().toStdString();
    const bool clash = b.card(id) || b.server(id) || b.fabric(id) || b.storageClass(id)
                       || b.site(id);
    if (clash)
        return LoadError{tr("%1: a built-in entry has this id; clone it under a new id")
                             .arg(QString::fromStdString(id))};
    return insert(parsed, QStringLiteral("user"));
}

std::optional<LoadError> CatalogStore::removeUserRecord(RecordKind kind, const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const KindInfo &k : kKinds) {
        if (k.kind != kind)
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE origin = 'user' AND id = ?")
                      .arg(QLatin1String(k.table)));
        q.addBindValue(id);
        if (!q.exec())
            return LoadError{tr("Catalog database: %1").arg(q.lastError().text())};
    }
    return std::nullopt;
}

QString CatalogStore::userCatalogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/catalog.sqlite");
}

QJsonArray CatalogStore::listJson() const
{
    QJsonArray out;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const KindInfo &k : kKinds) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT origin, id, name, name_zh, source, date, confidence, "
                              "estimates FROM %1 ORDER BY rowid")
                   .arg(QLatin1String(k.table)));
        while (q.next()) {
            QJsonObject o;
            o.insert(QLatin1String("kind"), QLatin1String(recordKindCode(k.kind)));
            o.insert(QLatin1String("id"), q.value(1).toString());
            o.insert(QLatin1String("name"), q.value(2).toString());
            o.insert(QLatin1String("name_zh"), q.value(3).toString());
            o.insert(QLatin1String("source"), q.value(4).toString());
            o.insert(QLatin1String("date"), q.value(5).toString());
            o.insert(QLatin1String("confidence"), q.value(6).toString());
            o.insert(QLatin1String("estimates"),
                     QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array());
            o.insert(QLatin1String("origin"), q.value(0).toString());
            out.append(o);
        }
    }
    return out;
}

} // namespace ccp
