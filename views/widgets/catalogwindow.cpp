// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogwindow.h"

#include "catalogmodel.h"
#include "catalogstore.h"
#include "fieldlabels.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
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
    QJsonObject o = recordJson(m_catalog, currentKind(), id);
    QString newId = id + QStringLiteral("-custom");
    for (int n = 2; m_builtinIds.contains(newId) || !recordJson(m_catalog, currentKind(), newId).isEmpty(); ++n)
        newId = id + QStringLiteral("-custom-%1").arg(n);
    o.insert(QLatin1String("id"), newId);
    o.insert(QLatin1String("name"), tr("%1 (custom)").arg(o.value(QLatin1String("name")).toString()));
    o.insert(QLatin1String("confidence"), QStringLiteral("U"));
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
    // A form of every key of the record; numbers are typed locale-independently as in the
    // data files, and the whole record is validated like a data file before it is saved.
    QDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("New user entry") : tr("Edit user entry"));
    auto *outer = new QVBoxLayout(&dialog);
    auto *scroll = new QScrollArea(&dialog);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    std::vector<std::pair<QString, QLineEdit *>> edits;
    for (auto it = record.begin(); it != record.end(); ++it) {
        QString text;
        if (it.value().isDouble())
            text = QString::number(it.value().toDouble(), 'g', 12);
        else if (it.value().isBool())
            text = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it.value().isArray())
            text = QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact));
        else
            text = it.value().toString();
        auto *edit = new QLineEdit(text, inner);
        if (it.key() == QLatin1String("id") && !isNew)
            edit->setReadOnly(true);
        form->addRow(it.key(), edit);
        edits.emplace_back(it.key(), edit);
    }
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    outer->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        QJsonObject edited;
        for (const auto &[key, edit] : edits) {
            const QJsonValue old = record.value(key);
            const QString text = edit->text().trimmed();
            if (old.isDouble()) {
                bool ok = false;
                const double v = text.toDouble(&ok); // QString::toDouble is locale-independent
                if (!ok) {
                    QMessageBox::warning(&dialog, tr("Invalid value"),
                                         tr("%1: not a number (use a dot for decimals)").arg(key));
                    return;
                }
                edited.insert(key, v);
            } else if (old.isBool()) {
                if (text != QLatin1String("true") && text != QLatin1String("false")) {
                    QMessageBox::warning(&dialog, tr("Invalid value"),
                                         tr("%1: write true or false").arg(key));
                    return;
                }
                edited.insert(key, text == QLatin1String("true"));
            } else if (old.isArray()) {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !doc.isArray()) {
                    QMessageBox::warning(&dialog, tr("Invalid value"),
                                         tr("%1: a list such as [\"price_cny\"]").arg(key));
                    return;
                }
                edited.insert(key, doc.array());
            } else if (old.isNull() && text.isEmpty()) {
                edited.insert(key, QJsonValue(QJsonValue::Null));
            } else {
                edited.insert(key, text);
            }
        }
        if (auto e = m_store->saveUserRecord(kind, edited)) {
            QMessageBox::warning(&dialog, tr("Cannot save the entry"), e->message);
            return;
        }
        dialog.accept();
    });
    dialog.resize(560, 640);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadFromStore();
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
