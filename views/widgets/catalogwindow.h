// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The catalog window: browse, filter and sort cards, servers, fabrics, storage classes and
// sites with their sources; clone a built-in entry into the user catalog and edit or delete
// user entries. Built-in entries are read-only. The user catalog lives in an SQLite file
// (CatalogStore), so user entries survive upgrades of the built-in data.

#include "catalog.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ccp {

class CatalogModel;
class CatalogStore;

class CatalogWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogWindow(QWidget *parent = nullptr);
    ~CatalogWindow() override;
    void setCatalog(const Catalog &catalog);

Q_SIGNALS:
    // The built-in catalog with the user's entries, after the user added, edited or deleted one.
    void userCatalogChanged(const ccp::Catalog &catalog);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        RecordKind kind;
        CatalogModel *model;
        QSortFilterProxyModel *proxy;
        QTableView *view;
    };
    void retranslate();
    void updateDetails();
    QString currentId() const;
    RecordKind currentKind() const;
    void cloneCurrent();
    void editCurrent();
    void deleteCurrent();
    bool editRecord(RecordKind kind, QJsonObject record, bool isNew);
    void reloadFromStore();

    Catalog m_catalog;
    QSet<QString> m_builtinIds;
    std::unique_ptr<CatalogStore> m_store;
    std::vector<Page> m_pages;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_clone = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace ccp
