// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogentrydialog.h"

#include "catalogmodel.h"
#include "catalogstore.h"
#include "fieldlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace ccp {

namespace {

const QLatin1String kId("id"), kName("name"), kNameZh("name_zh"), kSource("source"),
    kSourceZh("source_zh"),
    kDate("date"), kConfidence("confidence"), kEstimates("estimates"), kNotes("notes"),
    kNotesZh("notes_zh");

struct ColumnInfo
{
    const char *key;
    ColumnType type;
    const char *unit;
    double min;
    double max;
};

template<typename R>
std::vector<ColumnInfo> infosOf()
{
    std::vector<ColumnInfo> v;
    for (const Column<R> &c : columns<R>())
        v.push_back({c.key, c.type, c.unit, c.min, c.max});
    return v;
}

std::vector<ColumnInfo> infos(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Card: return infosOf<Card>();
    case RecordKind::Server: return infosOf<Server>();
    case RecordKind::Fabric: return infosOf<Fabric>();
    case RecordKind::Storage: return infosOf<StorageClass>();
    case RecordKind::Site: return infosOf<Site>();
    case RecordKind::Model: return infosOf<LlmModel>();
    }
    return {};
}

QJsonObject findRecord(const Catalog &c, RecordKind kind, const QString &id)
{
    for (const QJsonValue &v : CatalogStore::recordsToJson(kind, c)) {
        if (v.toObject().value(kId).toString() == id)
            return v.toObject();
    }
    return {};
}

QString uniqueId(const QString &base, const QSet<QString> &taken)
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QStringLiteral("-%1").arg(n);
    return id;
}

QString marketTitle(Market m)
{
    switch (m) {
    case Market::Available: return CatalogModel::tr("available");
    case Market::ExportVariant: return CatalogModel::tr("export variant");
    case Market::Restricted: return CatalogModel::tr("restricted");
    case Market::Domestic: return CatalogModel::tr("domestic");
    }
    return {};
}

// A spin box that shows no trailing zeros: 312 TFLOP/s, 2.039 TB/s.
class TrimmedSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QString text = QDoubleSpinBox::textFromValue(value);
        const QString point = locale().decimalPoint();
        if (decimals() > 0 && text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

} // namespace

QSet<QString> CatalogEntryDialog::idsOf(const Catalog &catalog)
{
    QSet<QString> ids;
    for (RecordKind kind : kRecordKinds) {
        for (const QJsonValue &v : CatalogStore::recordsToJson(kind, catalog))
            ids.insert(v.toObject().value(kId).toString());
    }
    return ids;
}

QJsonObject CatalogEntryDialog::cloneOf(const QJsonObject &record, const QSet<QString> &takenIds)
{
    QJsonObject o = record;
    o.insert(kId, uniqueId(record.value(kId).toString() + QStringLiteral("-copy"), takenIds));
    const QString name = record.value(kName).toString();
    const QString nameZh = record.value(kNameZh).toString();
    // The names are data in their own language, not interface text.
    o.insert(kName, name + QStringLiteral(" (copy)"));
    o.insert(kNameZh, (nameZh.isEmpty() ? name : nameZh) + QStringLiteral(u"（副本）"));
    o.insert(kConfidence, QStringLiteral("U"));
    o.insert(kDate, QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
    return o;
}

CatalogEntryDialog::CatalogEntryDialog(RecordKind kind, const QJsonObject &record, bool isNew,
                                       const Catalog &catalog, CatalogStore *store,
                                       QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_original(record)
    , m_catalog(catalog)
    , m_store(store)
    , m_takenIds(idsOf(catalog))
{
    setObjectName(QStringLiteral("CatalogEntryDialog"));
    setWindowTitle(isNew ? tr("New user entry") : tr("Edit user entry"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_id = new QLineEdit(record.value(kId).toString(), inner);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9.-]{0,79}")), m_id));
    m_id->setReadOnly(!isNew);
    m_id->setToolTip(tr("Lower-case letters, digits, dots and hyphens; unique in the catalog."));
    form->addRow(CatalogModel::tr("Id"), m_id);
    m_name = new QLineEdit(record.value(kName).toString(), inner);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("Name (English)"), m_name);
    m_nameZh = new QLineEdit(record.value(kNameZh).toString(), inner);
    m_nameZh->setObjectName(QStringLiteral("name_zh"));
    form->addRow(tr("Name (Chinese)"), m_nameZh);

    QSet<QString> estimates;
    for (const QJsonValue &e : record.value(kEstimates).toArray())
        estimates.insert(e.toString());
    for (const ColumnInfo &c : infos(kind)) {
        const QString key = QLatin1String(c.key);
        Field f{key, c.type};
        f.editor = makeEditor(key, c.type, c.unit, c.min, c.max, record.value(key), f.scale);
        f.editor->setParent(inner);
        f.editor->setObjectName(key);
        f.editor->setFocusPolicy(Qt::StrongFocus);
        f.editor->installEventFilter(this);
        auto *row = new QWidget(inner);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(f.editor, 1);
        f.estimate = new QCheckBox(CatalogModel::tr("estimate"), row);
        f.estimate->setObjectName(key + QStringLiteral("_estimate"));
        f.estimate->setToolTip(tr("Tick when the value is your estimate, not a figure from the source."));
        f.estimate->setChecked(estimates.contains(key));
        h->addWidget(f.estimate);
        form->addRow(CatalogModel::columnTitle(c.key), row);
        m_fields.push_back(f);
    }

    m_source = new QLineEdit(record.value(kSource).toString(), inner);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("Where the figures come from: datasheet, quote, article…"));
    m_source->setCursorPosition(0);
    form->addRow(tr("Source (English)"), m_source);
    m_sourceZh = new QLineEdit(record.value(kSourceZh).toString(), inner);
    m_sourceZh->setObjectName(QStringLiteral("source_zh"));
    m_sourceZh->setCursorPosition(0);
    m_sourceZh->setToolTip(tr("Optional: the source as the Chinese interface and report show it."));
    form->addRow(tr("Source (Chinese)"), m_sourceZh);
    m_date = new QDateEdit(inner);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_date->setCalendarPopup(true);
    {
        const QString d = record.value(kDate).toString();
        QDate date = QDate::fromString(d, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            date = QDate::fromString(d, QStringLiteral("yyyy-MM"));
        m_date->setDate(date.isValid() ? date : QDate::currentDate());
    }
    form->addRow(CatalogModel::tr("Date"), m_date);
    m_confidence = new QComboBox(inner);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->addItem(tr("High"), QStringLiteral("H"));
    m_confidence->addItem(tr("Medium"), QStringLiteral("M"));
    m_confidence->addItem(tr("Low"), QStringLiteral("L"));
    m_confidence->addItem(tr("Unverified"), QStringLiteral("U"));
    const int conf = m_confidence->findData(record.value(kConfidence).toString());
    m_confidence->setCurrentIndex(conf >= 0 ? conf : 3);
    form->addRow(CatalogModel::tr("Confidence"), m_confidence);
    m_notes = new QLineEdit(record.value(kNotes).toString(), inner);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setCursorPosition(0);
    form->addRow(tr("Notes (English)"), m_notes);
    m_notesZh = new QLineEdit(record.value(kNotesZh).toString(), inner);
    m_notesZh->setObjectName(QStringLiteral("notes_zh"));
    m_notesZh->setCursorPosition(0);
    form->addRow(tr("Notes (Chinese)"), m_notesZh);

    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    // A card is only usable with a server that carries it.
    bool carried = false;
    for (const Server &s : catalog.servers)
        carried = carried || QString::fromStdString(s.card) == record.value(kId).toString();
    if (kind == RecordKind::Card && (isNew || !carried))
        setupGenericServer(record);
    if (m_server)
        outer->addWidget(m_server);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &CatalogEntryDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &CatalogEntryDialog::reject);
    resize(660, 640);
}

bool CatalogEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The wheel scrolls the form; it changes a number or a choice only in the focused editor.
    if (event->type() == QEvent::Wheel && watched->isWidgetType()
        && !static_cast<QWidget *>(watched)->hasFocus()) {
        QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QWidget *CatalogEntryDialog::makeEditor(const QString &key, ColumnType type, const char *unit,
                                        double min, double max, const QJsonValue &value,
                                        double &scale)
{
    const QString unitText = FieldLabels::unit(unit);
    const QString suffix = unitText.isEmpty() ? QString() : QStringLiteral(" ") + unitText;
    switch (type) {
    case ColumnType::Integer: {
        auto *spin = new QSpinBox;
        spin->setRange(int(min), int(max));
        spin->setValue(int(value.toDouble(min)));
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(true);
        spin->setToolTip(tr("%1 to %2").arg(QLocale().toString(int(min)), QLocale().toString(int(max))));
        return spin;
    }
    case ColumnType::Real:
    case ColumnType::Money: {
        auto *spin = new TrimmedSpinBox;
        // Fractions without a unit (shares, rates, efficiencies) are edited as percentages.
        const bool percent = type == ColumnType::Real && unitText.isEmpty() && max == 1;
        scale = percent ? 100 : 1;
        spin->setDecimals(percent ? 1 : type == ColumnType::Money ? 0 : 3);
        spin->setRange(min * scale, max * scale);
        spin->setValue(value.toDouble(min) * scale);
        spin->setSuffix(percent ? QStringLiteral(" %") : suffix);
        spin->setGroupSeparatorShown(true);
        spin->setToolTip(tr("%1 to %2").arg(QLocale().toString(min * scale, 'g', 10),
                                            QLocale().toString(max * scale, 'g', 10)));
        return spin;
    }
    case ColumnType::Bool: {
        auto *check = new QCheckBox;
        check->setChecked(value.toBool());
        return check;
    }
    case ColumnType::Market: {
        auto *combo = new QComboBox;
        for (Market m : {Market::Available, Market::ExportVariant, Market::Restricted,
                         Market::Domestic})
            combo->addItem(marketTitle(m), QLatin1String(marketCode(m)));
        const int i = combo->findData(value.toString());
        combo->setCurrentIndex(std::max(0, i));
        return combo;
    }
    case ColumnType::Reference: {
        auto *combo = new QComboBox;
        const RecordKind target = key == QLatin1String("card") ? RecordKind::Card : RecordKind::Server;
        combo->addItem(tr("(none)"), QString());
        for (const QJsonValue &v : CatalogStore::recordsToJson(target, m_catalog)) {
            const QJsonObject o = v.toObject();
            const QString name = QLocale().language() == QLocale::Chinese
                                         && !o.value(kNameZh).toString().isEmpty()
                                     ? o.value(kNameZh).toString()
                                     : o.value(kName).toString();
            combo->addItem(name, o.value(kId).toString());
        }
        int i = combo->findData(value.toString());
        if (i < 0 && !value.toString().isEmpty()) {
            combo->addItem(value.toString(), value.toString());
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, i));
        return combo;
    }
    case ColumnType::Text:
        break;
    }
    auto *edit = new QLineEdit(value.toString());
    edit->setCursorPosition(0);
    return edit;
}

void CatalogEntryDialog::setupGenericServer(const QJsonObject &record)
{
    m_templateServer = findRecord(m_catalog, RecordKind::Server,
                                  record.value(QLatin1String("standard_server")).toString());
    const double tdpW = record.value(QLatin1String("tdp_w")).toDouble(700);
    const double cardPrice = record.value(QLatin1String("price_cny")).toDouble(0);
    const int cards = m_templateServer.isEmpty()
                          ? 8
                          : m_templateServer.value(QLatin1String("cards_per_server")).toInt(8);
    const double power = m_templateServer.isEmpty()
                             ? std::max(0.01, cards * tdpW / 1000 * 1.6)
                             : m_templateServer.value(QLatin1String("max_power_kw")).toDouble(6);
    const double price = m_templateServer.isEmpty()
                             ? cards * cardPrice * 1.3
                             : m_templateServer.value(QLatin1String("price_cny")).toDouble(0);

    m_server = new QGroupBox(tr("Also create a generic server carrying this card"), this);
    m_server->setObjectName(QStringLiteral("genericServer"));
    m_server->setCheckable(true);
    m_server->setChecked(true);
    auto *form = new QFormLayout(m_server);
    m_serverCards = new QSpinBox(m_server);
    m_serverCards->setObjectName(QStringLiteral("serverCards"));
    m_serverCards->setRange(1, 1024);
    m_serverCards->setValue(std::clamp(cards, 1, 1024));
    m_serverCards->setSuffix(QStringLiteral(" ") + FieldLabels::unit("card"));
    form->addRow(CatalogModel::columnTitle("cards_per_server"), m_serverCards);
    m_serverPower = new TrimmedSpinBox(m_server);
    m_serverPower->setObjectName(QStringLiteral("serverPower"));
    m_serverPower->setDecimals(2);
    m_serverPower->setRange(0.01, 10000);
    m_serverPower->setValue(power);
    m_serverPower->setSuffix(QStringLiteral(" ") + FieldLabels::unit("kW"));
    form->addRow(tr("Server power (max)"), m_serverPower);
    m_serverPrice = new QDoubleSpinBox(m_server);
    m_serverPrice->setObjectName(QStringLiteral("serverPrice"));
    m_serverPrice->setDecimals(0);
    m_serverPrice->setRange(0, 1e10);
    m_serverPrice->setGroupSeparatorShown(true);
    m_serverPrice->setValue(price);
    m_serverPrice->setSuffix(QStringLiteral(" ") + FieldLabels::unit("CNY"));
    form->addRow(tr("Server price"), m_serverPrice);
    m_serverNote = new QLabel(m_server);
    m_serverNote->setWordWrap(true);
    form->addRow(m_serverNote);
    connect(m_server, &QGroupBox::toggled, this, &CatalogEntryDialog::updateServerNote);
    updateServerNote();
}

void CatalogEntryDialog::updateServerNote()
{
    if (!m_server)
        return;
    const bool on = m_server->isChecked();
    for (const Field &f : m_fields) {
        if (f.key == QLatin1String("standard_server"))
            f.editor->setEnabled(!on);
    }
    m_serverNote->setText(
        on ? tr("A card can only be planned in a server that carries it. Saving also creates a "
                "user server with these figures (unverified, marked as estimates) and makes it "
                "the card's standard server.")
           : tr("Without a server that carries this card, the card cannot be chosen in a "
                "scenario. To make one later, clone a server on the Servers tab and choose this "
                "card as its card, then choose that server as this card's standard server."));
}

QJsonObject CatalogEntryDialog::record() const
{
    QJsonObject o = m_original;
    o.insert(kId, m_id->text().trimmed());
    o.insert(kName, m_name->text().trimmed());
    o.insert(kNameZh, m_nameZh->text().trimmed());
    QJsonArray estimates;
    for (const Field &f : m_fields) {
        QJsonValue v;
        switch (f.type) {
        case ColumnType::Integer:
            v = static_cast<QSpinBox *>(f.editor)->value();
            break;
        case ColumnType::Real:
        case ColumnType::Money:
            v = static_cast<QDoubleSpinBox *>(f.editor)->value() / f.scale;
            break;
        case ColumnType::Bool:
            v = static_cast<QCheckBox *>(f.editor)->isChecked();
            break;
        case ColumnType::Market:
        case ColumnType::Reference:
            v = static_cast<QComboBox *>(f.editor)->currentData().toString();
            break;
        case ColumnType::Text:
            v = static_cast<QLineEdit *>(f.editor)->text().trimmed();
            break;
        }
        o.insert(f.key, v);
        if (f.estimate->isChecked())
            estimates.append(f.key);
    }
    o.insert(kEstimates, estimates);
    o.insert(kSource, m_source->text().trimmed());
    if (m_sourceZh->text().trimmed().isEmpty())
        o.remove(kSourceZh);
    else
        o.insert(kSourceZh, m_sourceZh->text().trimmed());
    o.insert(kDate, m_date->date().toString(QStringLiteral("yyyy-MM")));
    o.insert(kConfidence, m_confidence->currentData().toString());
    if (m_notes->text().trimmed().isEmpty())
        o.remove(kNotes);
    else
        o.insert(kNotes, m_notes->text().trimmed());
    if (m_notesZh->text().trimmed().isEmpty())
        o.remove(kNotesZh);
    else
        o.insert(kNotesZh, m_notesZh->text().trimmed());
    const QJsonObject server = genericServer();
    if (!server.isEmpty())
        o.insert(QLatin1String("standard_server"), server.value(kId));
    return o;
}

QJsonObject CatalogEntryDialog::genericServer() const
{
    if (!m_server || !m_server->isChecked())
        return {};
    const QString cardId = m_id->text().trimmed();
    const QString cardName = m_name->text().trimmed();
    const QString cardNameZh = m_nameZh->text().trimmed();
    const int cards = m_serverCards->value();
    const double maxKw = m_serverPower->value();
    const auto ratio = [this](const char *key, double fallback) {
        const double max = m_templateServer.value(QLatin1String("max_power_kw")).toDouble(0);
        return max > 0 ? m_templateServer.value(QLatin1String(key)).toDouble(fallback * max) / max
                       : fallback;
    };
    QJsonObject s;
    s.insert(kId, uniqueId(cardId + QStringLiteral("-server"), m_takenIds));
    // Names and source are data in their own language, not interface text.
    s.insert(kName, QStringLiteral(u"Generic %1× %2 server").arg(cards).arg(cardName));
    s.insert(kNameZh, QStringLiteral(u"通用 %1 卡%2 服务器")
                          .arg(cards)
                          .arg(cardNameZh.isEmpty() ? cardName : cardNameZh));
    s.insert(QLatin1String("card"), cardId);
    s.insert(QLatin1String("cards_per_server"), cards);
    s.insert(QLatin1String("max_power_kw"), maxKw);
    s.insert(QLatin1String("busy_power_kw"), maxKw * std::clamp(ratio("busy_power_kw", 0.8), 0.0, 1.0));
    s.insert(QLatin1String("idle_power_kw"), maxKw * std::clamp(ratio("idle_power_kw", 0.25), 0.0, 1.0));
    s.insert(QLatin1String("rack_units"),
             std::clamp(m_templateServer.value(QLatin1String("rack_units")).toInt(4), 1, 200));
    s.insert(QLatin1String("price_cny"), m_serverPrice->value());
    s.insert(QLatin1String("nics_per_server"),
             std::clamp(m_templateServer.value(QLatin1String("nics_per_server")).toInt(cards), 0, 1024));
    s.insert(kSource, QStringLiteral("user, generic server for %1").arg(cardName));
    s.insert(kSourceZh, QStringLiteral(u"用户自建：%1 的通用服务器")
                            .arg(cardNameZh.isEmpty() ? cardName : cardNameZh));
    s.insert(kDate, QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
    s.insert(kConfidence, QStringLiteral("U"));
    s.insert(kEstimates, QJsonArray{QStringLiteral("max_power_kw"), QStringLiteral("busy_power_kw"),
                                    QStringLiteral("idle_power_kw"), QStringLiteral("rack_units"),
                                    QStringLiteral("price_cny"), QStringLiteral("nics_per_server")});
    return s;
}

void CatalogEntryDialog::accept()
{
    if (!m_store)
        return;
    const QJsonObject o = record();
    const QJsonObject server = genericServer();
    if (m_name->text().trimmed().isEmpty() || m_source->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save the entry"),
                             tr("Give the entry a name and a source."));
        return;
    }
    if (auto e = m_store->saveUserRecord(m_kind, o)) {
        QMessageBox::warning(this, tr("Cannot save the entry"), e->message);
        return;
    }
    const QString shown = QLocale().language() == QLocale::Chinese && !o.value(kNameZh).toString().isEmpty()
                              ? o.value(kNameZh).toString()
                              : o.value(kName).toString();
    if (server.isEmpty()) {
        m_summary = tr("Saved “%1” in the user catalog.").arg(shown);
    } else {
        if (auto e = m_store->saveUserRecord(RecordKind::Server, server)) {
            QMessageBox::warning(this, tr("Cannot save the generic server"), e->message);
            return;
        }
        m_summary = tr("Saved “%1” in the user catalog. Also created a generic server for it: "
                       "%2 cards per server, %3 kW, %4 CNY, confidence unverified. It is the "
                       "card's standard server, so the card can be chosen in a scenario now.")
                        .arg(shown)
                        .arg(m_serverCards->value())
                        .arg(QLocale().toString(m_serverPower->value(), 'g', 6),
                             QLocale().toString(m_serverPrice->value(), 'f', 0));
    }
    QDialog::accept();
}

} // namespace ccp
