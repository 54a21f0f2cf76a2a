// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog entry form: labelled fields with ranges, a confidence choice, a clone name that
// differs from the original in both languages, and a cloned card that can be planned at once
// because saving it also creates a generic server carrying it.

#include "catalogentrydialog.h"
#include "catalogstore.h"
#include "catalogwindow.h"
#include "fieldlabels.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QValidator>
#include <QWheelEvent>

using namespace ccp;

namespace {

QJsonObject recordOf(const Catalog &c, RecordKind kind, const QString &id)
{
    for (const QJsonValue &v : CatalogStore::recordsToJson(kind, c)) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

// A clone of the A100 card under a free id.
QJsonObject a100Clone(const Catalog &c)
{
    return CatalogEntryDialog::cloneOf(recordOf(c, RecordKind::Card, QStringLiteral("nvidia-a100-sxm")),
                                       CatalogEntryDialog::idsOf(c));
}

} // namespace

class TestCatalogEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cloneNameDiffersInBothLanguages()
    {
        Catalog c;
        QVERIFY(!CatalogStore::builtin(c));
        const QJsonObject a100 = recordOf(c, RecordKind::Card, QStringLiteral("nvidia-a100-sxm"));
        QVERIFY(!a100.isEmpty());
        const QSet<QString> taken = CatalogEntryDialog::idsOf(c);
        const QJsonObject clone = CatalogEntryDialog::cloneOf(a100, taken);
        QVERIFY(!taken.contains(clone.value(QLatin1String("id")).toString()));
        QVERIFY(clone.value(QLatin1String("name")) != a100.value(QLatin1String("name")));
        QVERIFY(clone.value(QLatin1String("name_zh")) != a100.value(QLatin1String("name_zh")));
        QCOMPARE(clone.value(QLatin1String("confidence")).toString(), QStringLiteral("U"));
        // Shown in Chinese, the clone's name is not the original's.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Catalog parsed;
        QVERIFY(!CatalogStore::parseRecords(RecordKind::Card, QJsonArray{clone}, QStringLiteral("t"), parsed));
        QVERIFY(FieldLabels::recordName(parsed.cards.front()) != FieldLabels::recordName(*c.card("nvidia-a100-sxm")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // A second clone gets yet another id.
        QSet<QString> more = taken;
        more.insert(clone.value(QLatin1String("id")).toString());
        QVERIFY(CatalogEntryDialog::cloneOf(a100, more).value(QLatin1String("id")) != clone.value(QLatin1String("id")));
    }

    void formIsLabelledAndLimited()
    {
        CatalogStore store;
        QVERIFY(!store.open());
        const Catalog c = store.catalog();
        const QJsonObject clone = a100Clone(c);
        CatalogEntryDialog dialog(RecordKind::Card, clone, true, c, &store);
        dialog.show();
        auto *confidence = dialog.findChild<QComboBox *>(QStringLiteral("confidence"));
        QVERIFY(confidence);
        QCOMPARE(confidence->count(), 4);
        QCOMPARE(confidence->currentData().toString(), QStringLiteral("U"));
        auto *tdp = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("tdp_w"));
        QVERIFY(tdp);
        QCOMPARE(tdp->maximum(), 100000.0);
        tdp->setValue(1e9); // clamped, never stored out of range
        QCOMPARE(tdp->value(), 100000.0);
        int pos = 0;
        QString text = QStringLiteral("9999999");
        QVERIFY(tdp->validate(text, pos) != QValidator::Acceptable);
        auto *domain = dialog.findChild<QSpinBox *>(QStringLiteral("scaleup_domain"));
        QVERIFY(domain);
        QCOMPARE(domain->minimum(), 1);
        // The wheel over a field that has no focus scrolls the form and leaves the value alone.
        auto *bf16 = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("bf16_tflops"));
        QVERIFY(bf16 && !bf16->hasFocus());
        const double before = bf16->value();
        QWheelEvent wheel(QPointF(5, 5), bf16->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(bf16, &wheel);
        QCOMPARE(bf16->value(), before);
        // No label shows a data-file key.
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QLatin1Char('_')), qPrintable(l->text()));
        // Estimates are check boxes, and the stored record lists the ticked keys.
        const QJsonObject r = dialog.record();
        QVERIFY(r.value(QLatin1String("estimates")).toArray().contains(QStringLiteral("price_cny")));
    }

    void savedCloneCanBePlanned()
    {
        CatalogStore store;
        QVERIFY(!store.open());
        const Catalog c = store.catalog();
        const QJsonObject clone = a100Clone(c);
        const QString id = clone.value(QLatin1String("id")).toString();
        CatalogEntryDialog dialog(RecordKind::Card, clone, true, c, &store);
        auto *server = dialog.findChild<QGroupBox *>(QStringLiteral("genericServer"));
        QVERIFY(server && server->isChecked());
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("serverCards"))->value(), 8); // from the HGX A100
        dialog.findChild<QSpinBox *>(QStringLiteral("serverCards"))->setValue(4);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.savedSummary().isEmpty());
        const Catalog after = store.catalog();
        const Card *card = after.card(id.toStdString());
        QVERIFY(card);
        const Server *s = after.server(card->standardServer);
        QVERIFY(s);
        QCOMPARE(QString::fromStdString(s->card), id);
        QCOMPARE(s->cardsPerServer, 4);
        QCOMPARE(s->provenance.confidence, Confidence::Unverified);
        // The source names the card as the planner knows it, in both languages, not by its id.
        QVERIFY(QString::fromStdString(s->provenance.source).contains(QString::fromStdString(card->name)));
        QVERIFY(QString::fromStdString(s->provenance.sourceZh).contains(QString::fromStdString(card->nameZh)));
        QVERIFY(!QString::fromStdString(s->provenance.source).contains(id));
        QCOMPARE(QString::fromStdString(s->name), QStringLiteral(u"Generic 4× NVIDIA A100 SXM4 80GB (copy) server"));
    }

    void escapeClosesTheCatalogWindow()
    {
        CatalogWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_Escape);
        QTRY_VERIFY(!w.isVisible());
    }
};

QTEST_MAIN(TestCatalogEntry)
#include "tst_catalogentry.moc"
