// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of one kind of a catalog as a read-only table: name (the Chinese name in a
// Chinese locale), id, the kind's columns (catalogcolumns.h; header = key and unit), source,
// date, confidence. DisplayRole is locale-formatted; EditRole and Qt::UserRole give raw values
// (numbers as numbers, confidence as its rank High = 0 … Unverified = 3), so a
// QSortFilterProxyModel with sortRole Qt::EditRole sorts numerically. Qt::UserRole on column 0
// is the record's id. Fields the record marks as estimates are italic, with an "estimate"
// tooltip, and answer InputModel::IsEstimateRole true.

#include "catalog.h"

#include <QAbstractTableModel>

#include <string_view>

namespace ccp {

class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The translated title of a catalog data-file key ("bf16_tflops" → "BF16 dense").
    static QString columnTitle(std::string_view key);
    enum Column { NameColumn, IdColumn, FirstFieldColumn };

    explicit CatalogModel(QObject *parent = nullptr);

    // Copies the records of `kind` out of `catalog`. Resets the model.
    void setCatalog(const Catalog &catalog, RecordKind kind);
    RecordKind kind() const { return m_kind; }

    int sourceColumn() const;
    int dateColumn() const { return sourceColumn() + 1; }
    int confidenceColumn() const { return sourceColumn() + 2; }
    // The id of a row, and the row of an id (-1 if absent).
    QString id(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    template<typename F> decltype(auto) withRecords(F &&f) const;

    Catalog m_catalog;
    RecordKind m_kind = RecordKind::Card;
};

} // namespace ccp
