// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogwindow.h"

#include "catalogentrydialog.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "fieldlabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ccp {

namespace {

QString idOf(const QJsonObject &o) { return o.value(QLatin1String("id")).toString(); }

// The record with `id` of `kind` as a data-file object.
QJsonObject recordJson(const Catalog &c, RecordKind kind, const QString &id)
{
    for (const QJsonValue &v : CatalogStore::recordsToJson(kind, c)) {
        if (idOf(v.toObject()) == id)
            return v.toObject();
    }
    return {};
}

} // namespace

CatalogWindow::CatalogWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(std::make_unique<CatalogStore>())
{
    setObjectName(QStringLiteral("CatalogWindow"));
    if (m_store->open(CatalogStore::userCatalogPath()))
        m_store.reset(); // no user catalog file: browse only
    Catalog builtin;
    if (!CatalogStore::builtin(builtin)) {
        for (const auto &r : builtin.cards) m_builtinIds.insert(QString::fromStdString(r.id));
        for (const auto &r : builtin.servers) m_builtinIds.insert(QString::fromStdString(r.id));
        for (const auto &r : builtin.fabrics) m_builtinIds.insert(QString::fromStdString(r.id));
        for (const auto &r : builtin.storage) m_builtinIds.insert(QString::fromStdString(r.id));
        for (const auto &r : builtin.sites) m_builtinIds.insert(QString::fromStdString(r.id));
        for (const auto &r : builtin.models) m_builtinIds.insert(QString::fromStdString(r.id));
    }

    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    for (RecordKind kind : kRecordKinds) {
        Page p{kind, new CatalogModel(this), new QSortFilterProxyModel(this),
               new QTableView(m_tabs)};
        p.proxy->setSourceModel(p.model);
        p.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        p.proxy->setFilterKeyColumn(-1);
        p.proxy->setSortRole(Qt::EditRole);
        p.view->setModel(p.proxy);
        p.view->setSortingEnabled(true);
        p.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        p.view->setSelectionMode(QAbstractItemView::SingleSelection);
        p.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        p.view->setAlternatingRowColors(true);
        p.view->verticalHeader()->setVisible(false);
        p.view->sortByColumn(0, Qt::AscendingOrder);
        connect(m_filter, &QLineEdit::textChanged, p.proxy,
                &QSortFilterProxyModel::setFilterFixedString);
        connect(p.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &CatalogWindow::updateDetails);
        connect(p.view, &QTableView::doubleClicked, this, &CatalogWindow::editCurrent);
        m_tabs->addTab(p.view, QString());
        m_pages.push_back(p);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &CatalogWindow::updateDetails);
    // What the italics in the tables mean.
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("estimateLegend"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(70);
    layout->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_clone = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_delete = new QPushButton(this);
    buttons->addWidget(m_clone);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_clone, &QPushButton::clicked, this, &CatalogWindow::cloneCurrent);
    connect(m_edit, &QPushButton::clicked, this, &CatalogWindow::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CatalogWindow::deleteCurrent);
    // Esc closes the window, as it closes a dialog.
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(1100, 600);
    retranslate();
}

CatalogWindow::~CatalogWindow() = default;

void CatalogWindow::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    for (Page &p : m_pages) {
        p.model->setCatalog(m_catalog, p.kind);
        p.view->resizeColumnsToContents();
    }
    updateDetails();
}

void CatalogWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogWindow::retranslate()
{
    setWindowTitle(tr("Catalog — Compute Center Planner"));
    m_filter->setPlaceholderText(tr("Filter by name, id, vendor, source…"));
    m_legend->setText(tr("Values in italics are our estimates, not figures from a source."));
    const QStringList titles = {tr("Cards"), tr("Servers"), tr("Fabrics"), tr("Storage"),
                                tr("Sites"), tr("Models")};
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titles.value(i));
    m_clone->setText(tr("Clone to User Catalog…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    if (!m_catalog.cards.empty())
        setCatalog(m_catalog);
    updateDetails();
}

RecordKind CatalogWindow::currentKind() const
{
    return m_pages.at(std::size_t(std::max(0, m_tabs->currentIndex()))).kind;
}

QString CatalogWindow::currentId() const
{
    const Page &p = m_pages.at(std::size_t(std::max(0, m_tabs->currentIndex())));
    const QModelIndex i = p.view->currentIndex();
    if (!i.isValid())
        return {};
    return p.proxy->mapToSource(i).siblingAtColumn(0).data(Qt::UserRole).toString();
}

void CatalogWindow::updateDetails()
{
    const QString id = currentId();
    const bool builtin = m_builtinIds.contains(id);
    m_clone->setEnabled(!id.isEmpty() && m_store);
    m_edit->setEnabled(!id.isEmpty() && !builtin && m_store);
    m_delete->setEnabled(!id.isEmpty() && !builtin && m_store);
    if (id.isEmpty()) {
        m_details->setText(tr("Built-in entries are read-only; clone one to make your own."));
        return;
    }
    const QJsonObject o = recordJson(m_catalog, currentKind(), id);
    QStringList estimates;
    for (const QJsonValue &e : o.value(QLatin1String("estimates")).toArray())
        estimates << CatalogModel::columnTitle(e.toString().toStdString()); // a title, never the key
    const QString confidenceCode = o.value(QLatin1String("confidence")).toString();
    const std::optional<Confidence> confidence = confidenceFromCode(confidenceCode.toStdString());
    m_details->setText(
        tr("%1 (%2, %3)\nSource: %4 (%5), confidence %6\nEstimated values: %7\n%8")
            .arg(o.value(QLatin1String("name")).toString(), id,
                 builtin ? tr("built-in, read-only") : tr("user entry"),
                 o.value(QLatin1String("source")).toString(),
                 o.value(QLatin1String("date")).toString(),
                 confidence ? FieldLabels::confidence(*confidence) : confidenceCode,
                 estimates.isEmpty() ? tr("none") : estimates.join(QStringLiteral(", ")),
                 o.value(QLatin1String("notes")).toString()));
}

void CatalogWindow::cloneCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_store)
        return;
    QSet<QString> taken = CatalogEntryDialog::idsOf(m_catalog);
    taken.unite(m_builtinIds);
    const QJsonObject o = CatalogEntryDialog::cloneOf(recordJson(m_catalog, currentKind(), id), taken);
    editRecord(currentKind(), o, true);
}

void CatalogWindow::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || m_builtinIds.contains(id) || !m_store)
        return;
    editRecord(currentKind(), recordJson(m_catalog, currentKind(), id), false);
}

void CatalogWindow::deleteCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || m_builtinIds.contains(id) || !m_store)
        return;
    if (QMessageBox::question(this, tr("Delete entry"), tr("Delete the user entry %1?").arg(id))
        != QMessageBox::Yes)
        return;
    if (auto e = m_store->removeUserRecord(currentKind(), id)) {
        QMessageBox::warning(this, tr("Cannot delete"), e->message);
        return;
    }
    reloadFromStore();
}

bool CatalogWindow::editRecord(RecordKind kind, QJsonObject record, bool isNew)
{
    CatalogEntryDialog dialog(kind, record, isNew, m_catalog, m_store.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadFromStore();
    if (!dialog.savedSummary().isEmpty())
        QMessageBox::information(this, tr("Entry saved"), dialog.savedSummary());
    return true;
}

void CatalogWindow::reloadFromStore()
{
    if (!m_store)
        return;
    setCatalog(m_store->catalog());
    Q_EMIT userCatalogChanged(m_catalog);
}

} // namespace ccp
