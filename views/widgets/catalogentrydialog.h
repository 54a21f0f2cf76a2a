// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The form that edits one user catalog entry: every field of the kind (catalogcolumns.h) with
// its translated title and unit, an editor limited to the field's range and an "estimate"
// check box, then the source, date, confidence and notes. A new card that no server carries
// also gets a generic server (cards per server, power and price as inputs, defaults from the
// original card's standard server), so the card can be planned at once. The dialog saves into
// the CatalogStore when accepted; what it created is in savedSummary().

#include "catalog.h"
#include "catalogcolumns.h"

#include <QDialog>
#include <QJsonObject>
#include <QSet>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;

namespace ccp {

class CatalogStore;

class CatalogEntryDialog : public QDialog
{
    Q_OBJECT
public:
    // `record` is a data-file record object of `kind`; `catalog` lists the ids already taken
    // and the servers a card's defaults come from. `store` receives the saved records.
    CatalogEntryDialog(RecordKind kind, const QJsonObject &record, bool isNew,
                       const Catalog &catalog, CatalogStore *store, QWidget *parent = nullptr);

    // A copy of `record` to start a new entry from: an id not in `takenIds`, a name that differs
    // from the original's in both languages ("… (copy)", "…（副本）"), confidence Unverified.
    static QJsonObject cloneOf(const QJsonObject &record, const QSet<QString> &takenIds);
    // Every id of every kind in `catalog`.
    static QSet<QString> idsOf(const Catalog &catalog);

    // The record as the form stands, and the generic server to create with it (empty when none).
    QJsonObject record() const;
    QJsonObject genericServer() const;
    // After a successful save: what was saved, in words.
    QString savedSummary() const { return m_summary; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString key;
        ColumnType type;
        double scale = 1; // shown value = stored value × scale (percent fields: 100)
        QWidget *editor = nullptr;
        QCheckBox *estimate = nullptr;
    };
    QWidget *makeEditor(const QString &key, ColumnType type, const char *unit, double min,
                        double max, const QJsonValue &value, double &scale);
    void setupGenericServer(const QJsonObject &record);
    void updateServerNote();

    RecordKind m_kind;
    QJsonObject m_original;
    const Catalog &m_catalog;
    CatalogStore *m_store;
    QSet<QString> m_takenIds;
    std::vector<Field> m_fields;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_sourceZh = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_confidence = nullptr;
    QLineEdit *m_notes = nullptr;
    QLineEdit *m_notesZh = nullptr;
    QGroupBox *m_server = nullptr;
    QSpinBox *m_serverCards = nullptr;
    QDoubleSpinBox *m_serverPower = nullptr;
    QDoubleSpinBox *m_serverPrice = nullptr;
    QLabel *m_serverNote = nullptr;
    QJsonObject m_templateServer; // the original card's standard server, if any
    QString m_summary;
};

} // namespace ccp
