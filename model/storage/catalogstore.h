// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The catalog in SQLite. The built-in records come from the JSON data files compiled into the
// executable (resources/catalog, docs/catalog.md); user records live in the same tables with
// origin 'user' and are kept in the user catalog file, so they survive upgrades of the
// built-in data, which is reloaded on every start.

#include "catalog.h"
#include "messages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ccp {

class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(ccp::CatalogStore)
public:
    CatalogStore();
    ~CatalogStore();
    CatalogStore(const CatalogStore &) = delete;
    CatalogStore &operator=(const CatalogStore &) = delete;

    // Opens an SQLite database (":memory:" for a private in-memory one), creates the tables
    // and loads the built-in records. On failure returns the reason.
    std::optional<LoadError> open(const QString &path = QStringLiteral(":memory:"));

    // Built-in records overlaid with user records. A user record is read through the same
    // checks as the data files (the user may have edited the database, or an older version
    // may have saved a value a newer range refuses): a record that fails them is left out and
    // the reason kept in problems().
    Catalog catalog() const;
    // Why user records were left out by the last catalog(): one message per record, naming the
    // record and the key. Empty when every record was read.
    QStringList problems() const { return m_problems; }

    // Adds or replaces a user record of any kind given as a data-file record object; the
    // record is validated like the data files. Refuses ids of built-in records.
    std::optional<LoadError> saveUserRecord(RecordKind kind, const QJsonObject &record);
    std::optional<LoadError> removeUserRecord(RecordKind kind, const QString &id);
    // The user catalog file under the user's data folder.
    static QString userCatalogPath();

    // Every record as {kind, id, name, name_zh, source, date, confidence, estimates, origin}.
    QJsonArray listJson() const;

    // Records of one kind from a data-file object {"kind": ..., "records": [...]} or an array.
    // `where` names the file in messages.
    static std::optional<LoadError> parseRecords(RecordKind kind, const QJsonArray &records,
                                                 const QString &where, Catalog &into);
    static std::optional<LoadError> parseFile(const QByteArray &json, const QString &where,
                                              Catalog &into);
    static QJsonArray recordsToJson(RecordKind kind, const Catalog &from);
    // The built-in catalog straight from the data files (no database).
    static std::optional<LoadError> builtin(Catalog &into);

private:
    std::optional<LoadError> createTables();
    std::optional<LoadError> insert(const Catalog &c, const QString &origin);
    QString m_connection;
    mutable QStringList m_problems;
};

} // namespace ccp
