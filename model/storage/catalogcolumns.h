// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One table of columns per catalog kind: the JSON key, the SQL type and how the value is read
// from and written to the engine record. It drives the data files, the SQLite tables, the
// embedded copies in project files and the catalog window, so a field is described once.

#include "catalog.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace ccp {

enum class ColumnType { Real, Integer, Text, Bool, Money, Market, Reference };

template<typename R>
struct Column
{
    const char *key;       // JSON key and SQL column name
    ColumnType type;
    const char *unit;      // canonical unit symbol, untranslated
    QVariant (*get)(const R &);
    void (*set)(R &, const QVariant &);
    // The accepted range of a number (Real, Integer, Money); CatalogStore refuses a record with
    // a value outside it before the value is converted. Ignored for the other types.
    double min = 0;
    double max = 0;
    // What a 0 stands for where it is not a quantity ("no FP8 published"), untranslated; the
    // catalog window shows "—" with this text. Null where 0 is an ordinary value.
    const char *zeroMeans = nullptr;
    // The kind of record a Reference names (a card's standard server, a server's card).
    RecordKind refKind = RecordKind::Card;
};

template<typename R>
const std::vector<Column<R>> &columns();

template<> const std::vector<Column<Card>> &columns<Card>();
template<> const std::vector<Column<Server>> &columns<Server>();
template<> const std::vector<Column<Fabric>> &columns<Fabric>();
template<> const std::vector<Column<StorageClass>> &columns<StorageClass>();
template<> const std::vector<Column<Site>> &columns<Site>();
template<> const std::vector<Column<LlmModel>> &columns<LlmModel>();

} // namespace ccp
