// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt item models of the document layer over the built-in example project: every model
// passes QAbstractItemModelTester through edits, undo/redo, scenario insert/remove/move and
// project reset; setData() pushes exactly one undo command (consecutive edits of one field
// merge), refused edits change nothing and say why; the bill of materials adds up to the
// result's capex.

#include "bommodel.h"
#include "format.h"
#include "cashflowmodel.h"
#include "statementsmodel.h"
#include "catalogcolumns.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "examples.h"
#include "fielddata.h"
#include "messages.h"
#include "fieldlabels.h"
#include "inputmodel.h"
#include "phasesmodel.h"
#include "project.h"
#include "scenariojson.h"
#include "scenariolistmodel.h"
#include "segmentsmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include "../../earningexample.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace ccp;

namespace {

using Tester = QAbstractItemModelTester;

// The CatalogModel column of a record kind's key; -1 if it has none.
template<typename R>
int catalogColumn(const char *key)
{
    const auto &cols = columns<R>();
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (QLatin1String(cols[i].key) == QLatin1String(key))
            return CatalogModel::FirstFieldColumn + int(i);
    }
    return -1;
}

void attachTester(QAbstractItemModel *model)
{
    new Tester(model, Tester::FailureReportingMode::QtTest, model);
}

QString prefixOf(const QString &key)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : key.left(dot + 1);
}

QModelIndex valueIndex(const InputModel &m, const QString &key)
{
    return m.index(m.rowOfKey(key), InputModel::ValueColumn);
}

// Every model of this layer on one project, each watched by a tester.
struct AllModels
{
    explicit AllModels(Project *p)
        : list(p)
        , cluster(p, QStringLiteral("cluster."))
        , site(p, QStringLiteral("site."))
        , top(p, QString())
        , segments(p)
        , phases(p)
        , cashFlow(p)
        , statements(p)
        , bom(p)
    {
        for (QAbstractItemModel *m : models())
            attachTester(m);
    }
    std::vector<QAbstractItemModel *> models()
    {
        return {&list, &cluster, &site, &top, &segments, &phases, &cashFlow, &statements, &bom};
    }
    void setScenario(int i)
    {
        for (ScenarioTableModel *m : std::initializer_list<ScenarioTableModel *>{
                 &cluster, &site, &top, &segments, &phases, &cashFlow, &statements, &bom})
            m->setScenario(i);
    }
    ScenarioListModel list;
    InputModel cluster;
    InputModel site;
    InputModel top;
    SegmentsModel segments;
    PhasesModel phases;
    CashFlowModel cashFlow;
    StatementsModel statements;
    BomModel bom;
};

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private:
    Catalog m_catalog;
    ProjectData m_data;

    std::unique_ptr<Project> makeProject() const
    {
        auto p = std::make_unique<Project>(m_catalog);
        p->reset(m_data);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!CatalogStore::builtin(m_catalog));
        QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_catalog,
                                           QStringLiteral("example"), m_data));
        // The first scenario as a project that earns, with a payback and breakevens.
        m_data.scenarios[0] = test::earningExample(m_data.scenarios[0]);
        QVERIFY(m_data.scenarios.size() >= 3);
        QVERIFY(m_data.scenarios[0].cluster.phases.empty());
        QVERIFY(m_data.scenarios[1].cluster.phases.size() == 2);
    }

    // --- FieldLabels -------------------------------------------------------------------------

    void fieldLabels_everyField()
    {
        for (const FieldSpec &f : scenarioFields()) {
            const QString key = QString::fromUtf8(f.key.data(), qsizetype(f.key.size()));
            QVERIFY2(!FieldLabels::label(f.key).isEmpty(), qPrintable(key));
            QVERIFY2(!FieldLabels::description(f.key).isEmpty(), qPrintable(key));
            QVERIFY2(!FieldLabels::group(f.key).isEmpty(), qPrintable(key));
            if (!f.unit.empty())
                QVERIFY2(!FieldLabels::unit(f.unit).isEmpty(), qPrintable(key));
        }
        QCOMPARE(FieldLabels::label("cluster.cards"), QStringLiteral("Cards"));
        QCOMPARE(FieldLabels::label("site.power_price_cny_per_kwh"), QStringLiteral("Power price"));
        QCOMPARE(FieldLabels::label("demand.segments[].share"), QStringLiteral("Share"));
        QCOMPARE(FieldLabels::label("demand.segments.3.share"), QStringLiteral("Share"));
        QCOMPARE(FieldLabels::label("no.such.key"), QString());
        QCOMPARE(FieldLabels::unit("CNY/kWh"), QStringLiteral("CNY/kWh"));
        QCOMPARE(FieldLabels::group("cluster."), QStringLiteral("Cluster"));
        QCOMPARE(FieldLabels::group("site.pue"), QStringLiteral("Site and power"));
        QCOMPARE(FieldLabels::group("training.mfu"), QStringLiteral("Training job"));
        QCOMPARE(FieldLabels::displayUnit("demand.segments.0.utilization"), QStringLiteral("%"));
        QCOMPARE(FieldLabels::displayUnit("finance.discount_rate"), QStringLiteral("%/year"));
    }

    void fieldLabels_isPercent_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("percent");
        QTest::newRow("availability") << QStringLiteral("cluster.availability") << true;
        QTest::newRow("segment share") << QStringLiteral("demand.segments[].share") << true;
        QTest::newRow("indexed utilization")
            << QStringLiteral("demand.segments.1.utilization") << true;
        QTest::newRow("phase share") << QStringLiteral("cluster.phases.0.share") << true;
        QTest::newRow("tax rate") << QStringLiteral("finance.tax_rate") << true;
        QTest::newRow("discount rate") << QStringLiteral("finance.discount_rate") << true;
        QTest::newRow("green power") << QStringLiteral("site.green_power_share") << true;
        QTest::newRow("mfu") << QStringLiteral("training.mfu") << true;
        QTest::newRow("pue is a ratio") << QStringLiteral("site.pue") << false;
        QTest::newRow("price factor is a factor")
            << QStringLiteral("demand.segments[].price_factor") << false;
        QTest::newRow("cards") << QStringLiteral("cluster.cards") << false;
        QTest::newRow("oversubscription") << QStringLiteral("network.oversubscription") << false;
    }
    void fieldLabels_isPercent()
    {
        QFETCH(QString, key);
        QFETCH(bool, percent);
        QCOMPARE(FieldLabels::isPercent(key.toStdString()), percent);
    }

    // --- ScenarioListModel -------------------------------------------------------------------

    void scenarioList_followsProject()
    {
        auto project = makeProject();
        ScenarioListModel model(project.get());
        attachTester(&model);
        auto names = [&] {
            QStringList model_, project_;
            for (int i = 0; i < model.rowCount(); ++i)
                model_ << model.index(i).data().toString();
            for (int i = 0; i < project->scenarioCount(); ++i)
                project_ << QString::fromStdString(project->scenario(i).name);
            return model_ == project_;
        };
        QCOMPARE(model.rowCount(), project->scenarioCount());
        QVERIFY(names());
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
                 QString::fromStdString(project->scenario(0).description));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        project->duplicateScenario(0); // insert in the middle
        QCOMPARE(inserted.count(), 1);
        QVERIFY(names());
        project->moveScenario(0, 3);
        QCOMPARE(moved.count(), 1);
        QVERIFY(names());
        project->moveScenario(3, 1);
        QVERIFY(names());
        project->removeScenario(2);
        QCOMPARE(removed.count(), 1);
        QVERIFY(names());
        QUndoStack *undo = project->undoStack();
        while (undo->canUndo()) {
            undo->undo();
            QVERIFY(names());
        }
        while (undo->canRedo()) {
            undo->redo();
            QVERIFY(names());
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        project->reset(m_data);
        QCOMPARE(reset.count(), 1);
        QVERIFY(names());
    }

    void scenarioList_rename()
    {
        auto project = makeProject();
        ScenarioListModel model(project.get());
        attachTester(&model);
        QSignalSpy refused(&model, &ScenarioListModel::editRefused);
        QUndoStack *undo = project->undoStack();
        const QString before = model.index(1).data().toString();
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);

        QVERIFY(model.setData(model.index(1), QStringLiteral("Renamed")));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(QString::fromStdString(project->scenario(1).name), QStringLiteral("Renamed"));
        undo->undo();
        QCOMPARE(model.index(1).data().toString(), before);
        undo->redo();
        QCOMPARE(model.index(1).data(Qt::EditRole).toString(), QStringLiteral("Renamed"));

        QVERIFY(!model.setData(model.index(1), QStringLiteral("  ")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(FieldLabels::label("name")));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Renamed"));
    }

    // --- InputModel --------------------------------------------------------------------------

    void inputModel_groups_data()
    {
        QTest::addColumn<QString>("prefix");
        for (const char *p :
             {"", "cluster.", "network.", "site.", "demand.", "finance.", "training."})
            QTest::newRow(*p ? p : "top level") << QString::fromLatin1(p);
    }
    void inputModel_groups()
    {
        QFETCH(QString, prefix);
        auto project = makeProject();
        InputModel model(project.get(), prefix);
        attachTester(&model);
        QCOMPARE(model.rowCount(), 0); // no scenario yet
        model.setScenario(0);
        int expected = 0;
        for (const FieldSpec &f : scenarioFields()) {
            const QString key = QString::fromUtf8(f.key.data(), qsizetype(f.key.size()));
            // The Chinese name and description are shown by the name and description rows.
            const bool chineseVariant = key == QLatin1String("name_zh")
                                        || key == QLatin1String("description_zh");
            if (!f.isArrayField() && prefixOf(key) == prefix && !chineseVariant)
                ++expected;
        }
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.columnCount(), 3);
        QVERIFY(!model.groupTitle().isEmpty());
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString key = model.index(r, 0).data(InputModel::KeyRole).toString();
            QCOMPARE(prefixOf(key), prefix);
            QVERIFY(!model.index(r, InputModel::QuantityColumn).data().toString().isEmpty());
            QVERIFY(!model.index(r, InputModel::ValueColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
            QVERIFY(!(model.flags(model.index(r, 0)) & Qt::ItemIsEditable));
            QVERIFY(model.flags(model.index(r, 1)) & Qt::ItemIsEditable);
        }
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void inputModel_setData_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected"); // EditRole afterwards
        QTest::newRow("cards") << QStringLiteral("cluster.cards") << QVariant(2048)
                               << QVariant(2048.0);
        QTest::newRow("pue") << QStringLiteral("site.pue") << QVariant(1.4) << QVariant(1.4);
        QTest::newRow("tax rate, a fraction")
            << QStringLiteral("finance.tax_rate") << QVariant(0.2) << QVariant(0.2);
        QTest::newRow("number as C-locale text")
            << QStringLiteral("site.pue") << QVariant(QStringLiteral("1.25")) << QVariant(1.25);
        QTest::newRow("list price") << QStringLiteral("demand.list_price_cny_per_card_hour")
                                    << QVariant(25.0) << QVariant(25.0);
        QTest::newRow("mfu fixed")
            << QStringLiteral("training.mfu") << QVariant(0.5) << QVariant(0.5);
        QTest::newRow("training cards")
            << QStringLiteral("training.cards") << QVariant(512.0) << QVariant(512.0);
        QTest::newRow("horizon") << QStringLiteral("horizon_months") << QVariant(144.0)
                                 << QVariant(144.0);
        QTest::newRow("name") << QStringLiteral("name") << QVariant(QStringLiteral("Other"))
                              << QVariant(QStringLiteral("Other"));
        QTest::newRow("storage to none")
            << QStringLiteral("cluster.storage") << QVariant() << QVariant(QString());
        QTest::newRow("fabric") << QStringLiteral("network.fabric")
                                << QVariant(QStringLiteral("roce-400g"))
                                << QVariant(QStringLiteral("roce-400g"));
    }
    void inputModel_setData()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        auto project = makeProject();
        InputModel model(project.get(), prefixOf(key));
        attachTester(&model);
        model.setScenario(0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy refused(&model, &InputModel::editRefused);
        const QModelIndex index = valueIndex(model, key);
        QVERIFY(index.isValid());
        const QVariant before = index.data(Qt::EditRole);
        QUndoStack *undo = project->undoStack();

        QVERIFY(model.setData(index, value));
        QCOMPARE(refused.count(), 0);
        QCOMPARE(undo->count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(index.data(Qt::EditRole), expected);
        undo->undo();
        QCOMPARE(index.data(Qt::EditRole), before);
        undo->redo();
        QCOMPARE(index.data(Qt::EditRole), expected);
        // The same value again is no edit.
        QVERIFY(model.setData(index, expected));
        QCOMPARE(undo->count(), 1);
    }

    void inputModel_nullable()
    {
        auto project = makeProject();
        InputModel training(project.get(), QStringLiteral("training."));
        attachTester(&training);
        training.setScenario(0);
        QUndoStack *undo = project->undoStack();
        const QModelIndex mfu = valueIndex(training, QStringLiteral("training.mfu"));
        const QModelIndex cards = valueIndex(training, QStringLiteral("training.cards"));
        QVERIFY(training.setData(mfu, 0.4));
        QVERIFY(training.setData(mfu, QStringLiteral("auto")));
        QCOMPARE(undo->count(), 1); // one field, one undo step
        QVERIFY(!mfu.data(Qt::EditRole).isValid());
        const double modelMfu = project->result(0).performance.mfu;
        QVERIFY(modelMfu > 0);
        QCOMPARE(mfu.data().toString(),
                 InputModel::tr("auto (model: %1)").arg(Format::trimmedPercent(modelMfu)));
        QVERIFY(training.setData(cards, 256.0));
        QCOMPARE(cards.data().toString(), QLocale().toString(256));
        QVERIFY(training.setData(cards, QVariant()));
        QVERIFY(!cards.data(Qt::EditRole).isValid());
        QCOMPARE(project->scenario(0).training.cards, 0);
    }

    void inputModel_refused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("named"); // the message names this field
        QTest::newRow("negative cards")
            << QStringLiteral("cluster.cards") << QVariant(-5) << QStringLiteral("cluster.cards");
        QTest::newRow("fractional cards")
            << QStringLiteral("cluster.cards") << QVariant(10.5) << QStringLiteral("cluster.cards");
        QTest::newRow("pue below 1")
            << QStringLiteral("site.pue") << QVariant(0.9) << QStringLiteral("site.pue");
        QTest::newRow("tax rate above range") << QStringLiteral("finance.tax_rate") << QVariant(0.7)
                                              << QStringLiteral("finance.tax_rate");
        QTest::newRow("horizon too short")
            << QStringLiteral("horizon_months") << QVariant(12) << QStringLiteral("horizon_months");
        QTest::newRow("empty name")
            << QStringLiteral("name") << QVariant(QString()) << QStringLiteral("name");
        QTest::newRow("unknown card")
            << QStringLiteral("cluster.card") << QVariant(QStringLiteral("no-such-card"))
            << QStringLiteral("cluster.card");
        QTest::newRow("server of another card")
            << QStringLiteral("cluster.server") << QVariant(QStringLiteral("nvidia-hgx-a100-8gpu"))
            << QStringLiteral("cluster.server");
        QTest::newRow("text for a number")
            << QStringLiteral("site.pue") << QVariant(QStringLiteral("high"))
            << QStringLiteral("site.pue");
        QTest::newRow("training on more cards than built")
            << QStringLiteral("training.cards") << QVariant(5000)
            << QStringLiteral("training.cards");
    }
    void inputModel_refused()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, named);
        auto project = makeProject();
        InputModel model(project.get(), prefixOf(key));
        attachTester(&model);
        model.setScenario(0);
        QSignalSpy refused(&model, &InputModel::editRefused);
        const QModelIndex index = valueIndex(model, key);
        const QVariant before = index.data(Qt::EditRole);

        QVERIFY(!model.setData(index, value));
        QCOMPARE(refused.count(), 1);
        // Named by its label, never by its key.
        const QString message = refused.at(0).at(0).toString();
        QVERIFY2(message.contains(FieldLabels::label(named.toStdString())), qPrintable(message));
        QVERIFY2(!message.contains(named), qPrintable(message));
        QCOMPARE(project->undoStack()->count(), 0);
        QCOMPARE(index.data(Qt::EditRole), before);
    }

    void inputModel_consecutiveEditsMerge()
    {
        auto project = makeProject();
        InputModel model(project.get(), QStringLiteral("cluster."));
        attachTester(&model);
        model.setScenario(0);
        const QModelIndex cards = valueIndex(model, QStringLiteral("cluster.cards"));
        const QVariant before = cards.data(Qt::EditRole);
        QVERIFY(model.setData(cards, 1000));
        QVERIFY(model.setData(cards, 1100));
        QCOMPARE(project->undoStack()->count(), 1);
        QCOMPARE(cards.data(Qt::EditRole).toDouble(), 1100.0);
        // Another field is another step.
        QVERIFY(model.setData(valueIndex(model, QStringLiteral("cluster.rack_power_kw")), 40.0));
        QCOMPARE(project->undoStack()->count(), 2);
        project->undoStack()->undo();
        project->undoStack()->undo();
        QCOMPARE(cards.data(Qt::EditRole), before);
    }

    void inputModel_sitePreset()
    {
        auto project = makeProject();
        InputModel site(project.get(), QStringLiteral("site."));
        InputModel finance(project.get(), QStringLiteral("finance."));
        attachTester(&site);
        attachTester(&finance);
        site.setScenario(0);
        finance.setScenario(0);
        const Scenario before = project->scenario(0);
        const Site *guian = m_catalog.site("cn-gz-guian");
        QVERIFY(guian);
        QVERIFY(before.site.region != guian->id);

        QVERIFY(site.setData(valueIndex(site, QStringLiteral("site.region")),
                             QStringLiteral("cn-gz-guian")));
        QCOMPARE(project->undoStack()->count(), 1);
        const QModelIndex price = valueIndex(site, QStringLiteral("site.power_price_cny_per_kwh"));
        const QModelIndex pue = valueIndex(site, QStringLiteral("site.pue"));
        // A preset field is filled when it held the previous site's preset, kept otherwise.
        const Site *previous = m_catalog.site(before.site.region);
        QVERIFY(previous);
        for (std::string_view key : sitePresetKeys()) {
            int index = -1;
            const FieldSpec *f = findField(key, &index);
            const double was = std::get<double>(f->get(before, -1));
            const double now = std::get<double>(f->get(project->scenario(0), -1));
            const double expected = was == *sitePresetValue(*previous, key)
                                        ? *sitePresetValue(*guian, key)
                                        : was;
            QVERIFY2(now == expected, std::string(key).c_str());
        }
        // Set the preset values so that the rest of the test sees Gui'an's.
        QVERIFY(site.setData(price, guian->powerPriceCnyPerKwh));
        QVERIFY(site.setData(pue, guian->typicalPue));
        QCOMPARE(valueIndex(site, QStringLiteral("site.region")).data().toString(),
                 FieldLabels::recordName(*guian));
        // The source of a preset value, and whether the site calls it an estimate.
        QVERIFY(price.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromStdString(guian->provenance.source)));
        QVERIFY(price.data(Qt::ToolTipRole).toString().contains(FieldLabels::recordName(*guian)));
        QCOMPARE(pue.data(InputModel::IsEstimateRole).toBool(),
                 guian->provenance.isEstimate("typical_pue"));
        QCOMPARE(price.data(InputModel::IsEstimateRole).toBool(),
                 guian->provenance.isEstimate("power_price_cny_per_kwh"));
        QCOMPARE(pue.data(Qt::FontRole).value<QFont>().italic(),
                 guian->provenance.isEstimate("typical_pue"));
        // A changed value is no longer the preset.
        QVERIFY(site.setData(pue, 1.35));
        QVERIFY(!pue.data(Qt::ToolTipRole).toString().contains(FieldLabels::recordName(*guian)));
        QVERIFY(!pue.data(InputModel::IsEstimateRole).toBool());

        while (project->undoStack()->canUndo())
            project->undoStack()->undo();
        QCOMPARE(price.data(Qt::EditRole).toDouble(), before.site.powerPriceCnyPerKwh);
        QCOMPARE(pue.data(Qt::EditRole).toDouble(), before.site.pue);
        QCOMPARE(project->scenario(0).finance.taxRate, before.finance.taxRate);
        QCOMPARE(project->scenario(0).site.gridCapacityKw, before.site.gridCapacityKw);
    }

    void inputModel_display()
    {
        auto project = makeProject();
        InputModel cluster(project.get(), QStringLiteral("cluster."));
        InputModel finance(project.get(), QStringLiteral("finance."));
        attachTester(&cluster);
        cluster.setScenario(0);
        finance.setScenario(0);
        const Scenario &s = project->scenario(0);
        const Card *card = m_catalog.card(s.cluster.card);
        QVERIFY(card && s.cluster.server.empty());
        const Server *standard = m_catalog.server(card->standardServer);
        QVERIFY(standard);

        const QModelIndex availability
            = valueIndex(cluster, QStringLiteral("cluster.availability"));
        QCOMPARE(availability.data().toString(),
                 Format::trimmedPercent(s.cluster.availability));
        QCOMPARE(availability.data(Qt::EditRole).toDouble(), s.cluster.availability);
        QVERIFY(availability.data(InputModel::IsPercentRole).toBool());
        QCOMPARE(availability.data(InputModel::MinimumRole).toDouble(), 0.5);
        QCOMPARE(availability.data(InputModel::MaximumRole).toDouble(), 1.0);
        QCOMPARE(cluster
                     .index(cluster.rowOfKey(QStringLiteral("cluster.rack_power_kw")),
                            InputModel::UnitColumn)
                     .data()
                     .toString(),
                 QStringLiteral("kW"));
        QCOMPARE(valueIndex(cluster, QStringLiteral("cluster.cards")).data().toString(),
                 QLocale().toString(s.cluster.cards));
        QCOMPARE(valueIndex(finance, QStringLiteral("finance.tax_rate")).data().toString(),
                 Format::trimmedPercent(s.finance.taxRate));

        const QModelIndex cardIndex = valueIndex(cluster, QStringLiteral("cluster.card"));
        QCOMPARE(cardIndex.data().toString(), FieldLabels::recordName(*card));
        QCOMPARE(cardIndex.data(Qt::EditRole).toString(), QString::fromStdString(card->id));
        QCOMPARE(cardIndex.data(InputModel::RefKindRole).toInt(), int(RecordKind::Card));
        QVERIFY(cardIndex.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromStdString(card->provenance.source)));
        QCOMPARE(cardIndex.data(InputModel::ChoicesRole).toList().size(),
                 int(m_catalog.cards.size()));

        const QModelIndex server = valueIndex(cluster, QStringLiteral("cluster.server"));
        QCOMPARE(server.data().toString(),
                 InputModel::tr("default (%1)").arg(FieldLabels::recordName(*standard)));
        QCOMPARE(server.data(Qt::EditRole).toString(), QString());
        const QVariantList servers = server.data(InputModel::ChoicesRole).toList();
        QVERIFY(servers.size() >= 2); // "default" and at least the standard server
        QCOMPARE(servers.first().toMap().value(QStringLiteral("id")).toString(), QString());
        for (qsizetype i = 1; i < servers.size(); ++i) {
            const Server *sv = m_catalog.server(
                servers.at(i).toMap().value(QStringLiteral("id")).toString().toStdString());
            QVERIFY(sv && sv->card == card->id);
        }

        // Chinese names in a Chinese locale.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString zh = cardIndex.data().toString();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString en = cardIndex.data().toString();
        QLocale::setDefault(saved);
        QCOMPARE(zh, card->nameZh.empty() ? QString::fromStdString(card->name)
                                          : QString::fromStdString(card->nameZh));
        QCOMPARE(en, QString::fromStdString(card->name));
    }

    void inputModel_followsScenarios()
    {
        auto project = makeProject();
        InputModel top(project.get(), QString());
        attachTester(&top);
        top.setScenario(1);
        const QString name = QString::fromStdString(project->scenario(1).name);
        auto shown = [&] {
            return valueIndex(top, QStringLiteral("name")).data().toString();
        };
        QCOMPARE(shown(), name);
        project->duplicateScenario(0); // inserted at 1: ours moves to 2
        QCOMPARE(top.scenario(), 2);
        QCOMPARE(shown(), name);
        project->moveScenario(2, 0);
        QCOMPARE(top.scenario(), 0);
        QCOMPARE(shown(), name);
        project->moveScenario(3, 0);
        QCOMPARE(top.scenario(), 1);
        QCOMPARE(shown(), name);
        project->removeScenario(0);
        QCOMPARE(top.scenario(), 0);
        QCOMPARE(shown(), name);
        QSignalSpy reset(&top, &QAbstractItemModel::modelReset);
        project->removeScenario(0); // the shown one
        QCOMPARE(reset.count(), 1);
        QCOMPARE(top.scenario(), -1);
        QCOMPARE(top.rowCount(), 0);
        top.setScenario(0);
        project->reset(m_data);
        QCOMPARE(top.scenario(), 0);
        QCOMPARE(shown(), QString::fromStdString(m_data.scenarios[0].name));
    }

    // --- SegmentsModel and PhasesModel -------------------------------------------------------

    void segments_edit()
    {
        auto project = makeProject();
        SegmentsModel model(project.get());
        attachTester(&model);
        model.setScenario(0);
        const auto &segments = project->scenario(0).demand.segments;
        QVERIFY(segments.size() >= 2);
        QCOMPARE(model.rowCount(), int(segments.size()));
        QCOMPARE(model.columnCount(), int(SegmentsModel::ColumnCount));
        QCOMPARE(model.headerData(SegmentsModel::ShareColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Share (%)"));
        QCOMPARE(model.headerData(SegmentsModel::RampMonthsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Ramp (months)"));
        double total = 0;
        for (const Segment &s : segments)
            total += s.share;
        QCOMPARE(model.totalShare(), total);

        const QModelIndex share = model.index(0, SegmentsModel::ShareColumn);
        QCOMPARE(share.data().toString(), Format::trimmedPercent(segments[0].share));
        QCOMPARE(share.data(InputModel::KeyRole).toString(),
                 QStringLiteral("demand.segments.0.share"));
        const double before = share.data(Qt::EditRole).toDouble();
        QVERIFY(model.setData(share, before - 0.1));
        QCOMPARE(project->undoStack()->count(), 1);
        QCOMPARE(share.data(Qt::EditRole).toDouble(), before - 0.1);
        project->undoStack()->undo();
        QCOMPARE(share.data(Qt::EditRole).toDouble(), before);
        project->undoStack()->redo();
        QCOMPARE(share.data(Qt::EditRole).toDouble(), before - 0.1);

        const QModelIndex shape = model.index(1, SegmentsModel::RampShapeColumn);
        QCOMPARE(shape.data(InputModel::ChoicesRole).toList().size(), 2);
        QVERIFY(model.setData(shape, QStringLiteral("s-curve")));
        QCOMPARE(shape.data().toString(), FieldLabels::choice("s-curve"));
        QVERIFY(model.setData(model.index(1, SegmentsModel::NameColumn), QStringLiteral("Spot")));
        QCOMPARE(project->scenario(0).demand.segments[1].name, std::string("Spot"));
    }

    void segments_sharesAboveOneRefused()
    {
        auto project = makeProject();
        SegmentsModel model(project.get());
        attachTester(&model);
        model.setScenario(0);
        QSignalSpy refused(&model, &SegmentsModel::editRefused);
        const QModelIndex share = model.index(0, SegmentsModel::ShareColumn);
        const QVariant before = share.data(Qt::EditRole);
        QVERIFY(model.totalShare() - before.toDouble() > 0.05);
        QVERIFY(!model.setData(share, 0.99));
        QCOMPARE(refused.count(), 1);
        // In words and percent: "The segments' shares add up to 114%, more than 100%".
        QVERIFY2(!refused.at(0).at(0).toString().contains(QLatin1String("demand.segments")),
                 qPrintable(refused.at(0).at(0).toString()));
        QVERIFY(refused.at(0).at(0).toString().contains(QLatin1String("100%")));
        QCOMPARE(project->undoStack()->count(), 0);
        QCOMPARE(share.data(Qt::EditRole), before);
        QVERIFY(!model.setData(model.index(0, SegmentsModel::UtilizationColumn), 1.5));
        QCOMPARE(refused.count(), 2);
        const QString utilization = refused.at(1).at(0).toString();
        QVERIFY2(utilization.contains(FieldLabels::label("demand.segments[].utilization"))
                     && utilization.contains(QLatin1String("150%"))
                     && !utilization.contains(QLatin1String("demand.")),
                 qPrintable(utilization));
    }

    void segments_insertRemove()
    {
        auto project = makeProject();
        SegmentsModel model(project.get());
        attachTester(&model);
        model.setScenario(0);
        QUndoStack *undo = project->undoStack();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int rows = model.rowCount();
        const QString first = model.index(0, 0).data().toString();

        QVERIFY(!model.insertRows(0, 1)); // appending only
        QVERIFY(model.insertRows(rows, 1));
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), rows);
        QCOMPARE(undo->count(), 1);

        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(undo->count(), 2);

        undo->undo(); // the first segment comes back at row 0
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(model.index(0, 0).data().toString(), first);
        undo->undo();
        QCOMPARE(model.rowCount(), rows);
        undo->redo();
        undo->redo();
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(reset.count(), 0);

        QVERIFY(model.insertRows(model.rowCount(), 2)); // one undo step
        QCOMPARE(model.rowCount(), rows + 2);
        QCOMPARE(undo->count(), 3);
        undo->undo();
        QCOMPARE(model.rowCount(), rows);

        while (model.rowCount() > 1)
            QVERIFY(model.removeRows(model.rowCount() - 1, 1));
        QVERIFY(!model.removeRows(0, 1)); // a scenario keeps one segment
        QCOMPARE(model.rowCount(), 1);
    }

    void phases_edit()
    {
        auto project = makeProject();
        PhasesModel model(project.get());
        attachTester(&model);
        model.setScenario(1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PhasesModel::ColumnCount));
        QCOMPARE(model.totalShare(), 1.0);
        QCOMPARE(model.headerData(PhasesModel::ShareColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Share (%)"));
        const QModelIndex month = model.index(1, PhasesModel::MonthColumn);
        QVERIFY(model.setData(month, 6));
        QCOMPARE(month.data(Qt::EditRole).toDouble(), 6.0);
        QCOMPARE(project->undoStack()->count(), 1);
        // Shares must add up to 1: editing one share is balanced by the last phase.
        QVERIFY(model.setData(model.index(0, PhasesModel::ShareColumn), 0.7));
        QVERIFY(std::abs(project->scenario(1).cluster.phases[1].share - 0.3) < 1e-12);
        QVERIFY(std::abs(model.totalShare() - 1.0) < 1e-12);
        QCOMPARE(project->undoStack()->count(), 2);
        // A share no other phase can balance is refused, naming the field.
        QSignalSpy refused(&model, &PhasesModel::editRefused);
        QVERIFY(!model.setData(model.index(0, PhasesModel::ShareColumn), 1.5));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(!refused.at(0).at(0).toString().contains(QLatin1String("cluster.phases")),
                 qPrintable(refused.at(0).at(0).toString()));
        QCOMPARE(project->undoStack()->count(), 2);

        QVERIFY(model.insertRows(2, 1));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(std::abs(model.totalShare() - 1.0) < 1e-12);
        QVERIFY(model.removeRows(2, 1));
        QCOMPARE(model.rowCount(), 2);
        project->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        project->undoStack()->undo();
        project->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(std::abs(model.totalShare() - 1.0) < 1e-12);
        project->undoStack()->undo(); // the share edit
        QVERIFY(std::abs(project->scenario(1).cluster.phases[0].share - 0.5) < 1e-12);
        QCOMPARE(month.data(Qt::EditRole).toDouble(), 12.0);

        // No phases: the first insertion creates two.
        model.setScenario(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 0);
    }

    // --- CashFlowModel -----------------------------------------------------------------------

    void cashFlow_rows_data()
    {
        QTest::addColumn<int>("horizon");
        QTest::newRow("ten years") << 120;
        QTest::newRow("partial last year") << 100;
        QTest::newRow("shortest") << 36;
        QTest::newRow("longest") << 180;
    }
    void cashFlow_rows()
    {
        QFETCH(int, horizon);
        auto project = makeProject();
        CashFlowModel model(project.get());
        attachTester(&model);
        model.setScenario(0);
        QVERIFY(!project->setField(0, "horizon_months", double(horizon)));
        const int years = (horizon + 11) / 12;
        QCOMPARE(model.rowCount(), years + 1);
        QCOMPARE(model.toTsv().count(QLatin1Char('\n')), years + 2);
        model.setMonthly(true);
        QCOMPARE(model.rowCount(), horizon + 1);
        const QString tsv = model.toTsv();
        QCOMPARE(tsv.count(QLatin1Char('\n')), horizon + 2);
        // Raw CNY in the TSV, locale-independent.
        const Result &r = project->result(0);
        const QStringList last
            = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().split(QLatin1Char('\t'));
        QCOMPARE(last.size(), int(CashFlowModel::ColumnCount));
        QCOMPARE(last.first(), QString::number(horizon));
        QVERIFY(std::abs(last.last().toDouble() - r.monthly.back().cumulative.cnyValue()) < 0.01);
        model.setMonthly(false);
        QCOMPARE(model.rowCount(), years + 1);
        project->undoStack()->undo();
        QCOMPARE(model.rowCount(), 10 + 1);
    }

    void cashFlow_values()
    {
        auto project = makeProject();
        CashFlowModel model(project.get());
        attachTester(&model);
        model.setScenario(0);
        const Result &r = project->result(0);
        QCOMPARE(model.rowCount(), int(r.yearly.size()));
        const QModelIndex capex0 = model.index(0, CashFlowModel::CapexColumn);
        QCOMPARE(capex0.data(Qt::EditRole).toDouble(), r.yearly[0].capex.cnyValue());
        QCOMPARE(capex0.data(Qt::UserRole).toDouble(), r.yearly[0].capex.cnyValue());
        QCOMPARE(capex0.data().toString(),
                 Format::tableMoney(r.yearly[0].capex.cnyValue()));
        const QModelIndex util = model.index(3, CashFlowModel::UtilizationColumn);
        QCOMPARE(util.data().toString(), Format::trimmedPercent(r.yearly[3].utilization, 1));
        QCOMPARE(model.index(2, CashFlowModel::PeriodColumn).data(Qt::EditRole).toInt(), 2);
        double cumulative = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            cumulative
                += model.index(row, CashFlowModel::CashFlowColumn).data(Qt::EditRole).toDouble();
        QVERIFY(std::abs(cumulative
                         - model.index(model.rowCount() - 1, CashFlowModel::CumulativeColumn)
                               .data(Qt::EditRole)
                               .toDouble())
                < 1.0);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

        // An edit that changes the result updates the cells.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!project->setField(0, "demand.list_price_cny_per_card_hour", 30.0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(2, CashFlowModel::RevenueColumn).data(Qt::EditRole).toDouble(),
                 project->result(0).yearly[2].revenue.cnyValue());
    }

    // --- StatementsModel ----------------------------------------------------------------------

    // Each statement: its line items as rows, a column per year; raw CNY behind the display in
    // million CNY; a changed horizon changes the columns, an edit the cells.
    void statements_layout()
    {
        auto project = makeProject();
        StatementsModel model(project.get());
        attachTester(&model);
        model.setScenario(0);
        const Result &r = project->result(0);
        QCOMPARE(StatementsModel::statementCount(), 6);
        for (int k = 0; k < StatementsModel::statementCount(); ++k) {
            model.setStatement(k);
            QVERIFY(!StatementsModel::statementTitle(k).isEmpty());
            const Statement &st = r.statements.tables[std::size_t(k)];
            QCOMPARE(model.rowCount(), int(st.lines.size()));
            QCOMPARE(model.columnCount(), int(r.statements.years.size()) + 1);
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.index(row, 0).data(Qt::UserRole).toString(),
                         QString::fromLatin1(st.lines[std::size_t(row)].key));
                QVERIFY(!model.index(row, 0).data().toString().trimmed().isEmpty());
                const double v = st.lines[std::size_t(row)].values[1].cnyValue();
                QCOMPARE(model.index(row, 2).data(Qt::EditRole).toDouble(), v);
                QCOMPARE(model.index(row, 2).data().toString(), Format::tableMoney(v));
            }
            QCOMPARE(model.toTsv().count(QLatin1Char('\n')), int(st.lines.size()) + 1);
        }
        QVERIFY(!project->setField(0, "horizon_months", 100.0));
        QCOMPARE(model.columnCount(), (100 + 11) / 12 + 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!project->setField(0, "demand.list_price_cny_per_card_hour", 30.0));
        QCOMPARE(changed.count(), 1);
    }

    // --- BomModel ----------------------------------------------------------------------------

    void bom_addsUpToCapex_data()
    {
        QTest::addColumn<int>("scenario");
        for (std::size_t i = 0; i < m_data.scenarios.size(); ++i)
            QTest::newRow(m_data.scenarios[i].name.c_str()) << int(i);
    }
    void bom_addsUpToCapex()
    {
        QFETCH(int, scenario);
        auto project = makeProject();
        BomModel model(project.get());
        attachTester(&model);
        model.setScenario(scenario);
        const double capex = project->result(scenario).finance.capex.total().cnyValue();
        QVERIFY(capex > 0);
        QVERIFY2(
            std::abs(model.total() - capex) <= 1e-9 * capex,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(model.total(), 0, 'f', 2).arg(capex, 0, 'f', 2)));
        double sum = 0;
        for (int row = 0; row + 1 < model.rowCount(); ++row) {
            const double quantity
                = model.index(row, BomModel::QuantityColumn).data(Qt::EditRole).toDouble();
            const double price
                = model.index(row, BomModel::UnitPriceColumn).data(Qt::EditRole).toDouble();
            const double total
                = model.index(row, BomModel::TotalColumn).data(Qt::EditRole).toDouble();
            QVERIFY(std::abs(quantity * price - total) <= 1e-9 * std::max(1.0, total));
            sum += total;
        }
        const QModelIndex totalCell = model.index(model.rowCount() - 1, BomModel::TotalColumn);
        QVERIFY(std::abs(totalCell.data(Qt::EditRole).toDouble() - sum) <= 1e-9 * sum);
        QVERIFY(totalCell.data(Qt::FontRole).value<QFont>().bold());
        // The servers' price is an estimate in the catalog: flagged and italic.
        const Scenario &s = project->scenario(scenario);
        const Card *card = m_catalog.card(s.cluster.card);
        const Server *server
            = m_catalog.server(s.cluster.server.empty() ? card->standardServer : s.cluster.server);
        QCOMPARE(model.index(0, BomModel::ItemColumn).data().toString(),
                 FieldLabels::recordName(*server));
        QCOMPARE(model.index(0, BomModel::QuantityColumn).data(Qt::EditRole).toDouble(),
                 double(project->result(scenario).sizing.servers));
        const QModelIndex serverPrice = model.index(0, BomModel::UnitPriceColumn);
        QCOMPARE(serverPrice.data(InputModel::IsEstimateRole).toBool(),
                 server->provenance.isEstimate("price_cny"));
        QCOMPARE(serverPrice.data(Qt::FontRole).value<QFont>().italic(),
                 server->provenance.isEstimate("price_cny"));

        QCOMPARE(model.toTsv().count(QLatin1Char('\n')), model.rowCount() + 1);
        // Follows edits.
        QVERIFY(!project->setField(scenario, "cluster.cards", 256.0));
        const double after = project->result(scenario).finance.capex.total().cnyValue();
        QVERIFY(std::abs(model.total() - after) <= 1e-9 * after);
    }

    // --- CatalogModel ------------------------------------------------------------------------

    void catalog_kinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("fieldColumns");
        QTest::newRow("cards") << int(RecordKind::Card) << int(m_catalog.cards.size())
                               << int(columns<Card>().size());
        QTest::newRow("servers") << int(RecordKind::Server) << int(m_catalog.servers.size())
                                 << int(columns<Server>().size());
        QTest::newRow("fabrics") << int(RecordKind::Fabric) << int(m_catalog.fabrics.size())
                                 << int(columns<Fabric>().size());
        QTest::newRow("storage") << int(RecordKind::Storage) << int(m_catalog.storage.size())
                                 << int(columns<StorageClass>().size());
        QTest::newRow("sites") << int(RecordKind::Site) << int(m_catalog.sites.size())
                               << int(columns<Site>().size());
    }
    void catalog_kinds()
    {
        QFETCH(int, kind);
        QFETCH(int, records);
        QFETCH(int, fieldColumns);
        CatalogModel model;
        attachTester(&model);
        model.setCatalog(m_catalog, RecordKind(kind));
        QVERIFY(records > 0);
        QCOMPARE(model.rowCount(), records);
        QCOMPARE(model.columnCount(), 2 + fieldColumns + 3);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id
                = model.index(row, CatalogModel::NameColumn).data(Qt::UserRole).toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(model.index(row, CatalogModel::IdColumn).data().toString(), id);
            QCOMPARE(model.rowOf(id), row);
            QVERIFY(!model.index(row, model.sourceColumn()).data().toString().isEmpty());
            QVERIFY(!model.index(row, model.confidenceColumn()).data().toString().isEmpty());
        }
        // A numeric column sorts numerically through a proxy.
        int numeric = -1;
        for (int c = CatalogModel::FirstFieldColumn; c < model.sourceColumn() && numeric < 0; ++c) {
            const QVariant v = model.index(0, c).data(Qt::EditRole);
            if (v.typeId() == QMetaType::Double)
                numeric = c;
        }
        QVERIFY(numeric >= 0);
        QSortFilterProxyModel proxy;
        attachTester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::EditRole);
        proxy.sort(numeric);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, numeric).data(Qt::EditRole).toDouble()
                    <= proxy.index(row, numeric).data(Qt::EditRole).toDouble());
    }

    void catalog_estimatesMarked()
    {
        CatalogModel model;
        attachTester(&model);
        model.setCatalog(m_catalog, RecordKind::Server);
        const int price = catalogColumn<Server>("price_cny");
        QVERIFY(price >= 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Server *s = m_catalog.server(model.id(row).toStdString());
            QVERIFY(s);
            const QModelIndex cell = model.index(row, price);
            const bool estimate = s->provenance.isEstimate("price_cny");
            QCOMPARE(cell.data(Qt::FontRole).value<QFont>().italic(), estimate);
            QCOMPARE(cell.data(Qt::ToolTipRole).toString().isEmpty(), !estimate);
            QCOMPARE(cell.data(Qt::EditRole).toDouble(), s->price.cnyValue());
        }
    }

    // A reference names the record, not its id (ids are keys for files and scripts).
    void catalog_referencesByName()
    {
        CatalogModel model;
        attachTester(&model);
        model.setCatalog(m_catalog, RecordKind::Card);
        const int server = catalogColumn<Card>("standard_server");
        QVERIFY(server >= 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Card *c = m_catalog.card(model.id(row).toStdString());
            const Server *s = m_catalog.server(c->standardServer);
            QVERIFY(s);
            const QModelIndex cell = model.index(row, server);
            QCOMPARE(cell.data().toString(), QString::fromStdString(s->name));
            QCOMPARE(cell.data(Qt::EditRole).toString(), QString::fromStdString(s->id));
        }
    }

    // A 0 that stands for "none" (a card without FP8) is shown as "—" with its meaning, never
    // as the quantity 0; the editor still gets the stored 0.
    void catalog_zeroMeansNone()
    {
        CatalogModel model;
        attachTester(&model);
        model.setCatalog(m_catalog, RecordKind::Card);
        const int fp8 = catalogColumn<Card>("fp8_tflops");
        const int bf16 = catalogColumn<Card>("bf16_tflops");
        QVERIFY(fp8 >= 0 && bf16 >= 0);
        int without = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Card *c = m_catalog.card(model.id(row).toStdString());
            QVERIFY(c);
            const QModelIndex cell = model.index(row, fp8);
            QCOMPARE(cell.data(Qt::EditRole).toDouble(), c->fp8Tflops);
            if (c->fp8Tflops == 0) {
                ++without;
                QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("No FP8 rate published"));
            } else {
                QVERIFY(cell.data().toString() != QStringLiteral("—"));
            }
            // An ordinary number column never turns into "—".
            QVERIFY(model.index(row, bf16).data().toString() != QStringLiteral("—"));
        }
        QVERIFY(without > 0); // the built-in catalog has cards without FP8 (A100, Ascend 910B)
    }

    // --- Every model through every kind of change --------------------------------------------


    // --- Percentages, refusals, undo texts, presets, names in two languages ---------------

    // Every percent field is shown, opened in an editor and typed as percent: 80% opens as
    // "80", and "70", "70%", "70 %" and "70％" all store 0.7 — in English and in Chinese.
    void percent_roundTrip_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        for (const char *locale : {"en_US", "zh_CN"}) {
            for (const char *typed : {"70", "70%", "70 %", "70％", " 70% "}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 \"%2\"").arg(QLatin1String(locale),
                                                                      QString::fromUtf8(typed))))
                    << QString::fromLatin1(locale) << QString::fromUtf8(typed);
            }
        }
    }
    void percent_roundTrip()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        const QLocale saved;
        QLocale::setDefault(QLocale(locale));
        auto project = makeProject();
        SegmentsModel segments(project.get());
        InputModel cluster(project.get(), QStringLiteral("cluster."));
        InputModel training(project.get(), QStringLiteral("training."));
        attachTester(&segments);
        segments.setScenario(0);
        cluster.setScenario(0);
        training.setScenario(0);

        // The segment share: displayed 80%, edited as "80".
        const QModelIndex share = segments.index(0, SegmentsModel::ShareColumn);
        const double was = project->scenario(0).demand.segments[0].share;
        QCOMPARE(share.data().toString(), Format::trimmedPercent(was));
        QCOMPARE(share.data(InputModel::EditTextRole).toString(),
                 QLocale().toString(was * 100, 'g', 10));
        QVERIFY(segments.setData(share, typed, InputModel::EditTextRole));
        QVERIFY(std::abs(project->scenario(0).demand.segments[0].share - 0.7) < 1e-12);
        QCOMPARE(share.data().toString(), Format::trimmedPercent(0.7));
        QCOMPARE(share.data(InputModel::EditTextRole).toString(), QStringLiteral("70"));
        QCOMPARE(share.data(InputModel::DisplayUnitRole).toString(), FieldLabels::unit("%"));

        // Availability and MFU alike; MFU's automatic value opens as the translated "auto".
        const QModelIndex availability = valueIndex(cluster, QStringLiteral("cluster.availability"));
        QVERIFY(cluster.setData(availability, typed, InputModel::EditTextRole));
        QVERIFY(std::abs(project->scenario(0).cluster.availability - 0.7) < 1e-12);
        QCOMPARE(availability.data(InputModel::EditTextRole).toString(), QStringLiteral("70"));
        const QModelIndex mfu = valueIndex(training, QStringLiteral("training.mfu"));
        QVERIFY(training.setData(mfu, FieldData::tr("auto"), InputModel::EditTextRole));
        QCOMPARE(mfu.data(InputModel::EditTextRole).toString(), FieldData::tr("auto"));
        QString mfuText = typed;
        mfuText.replace(QLatin1String("70"), QLatin1String("40"));
        QVERIFY(training.setData(mfu, mfuText, InputModel::EditTextRole));
        QVERIFY(std::abs(project->scenario(0).training.mfu.value_or(0) - 0.4) < 1e-12);
        QCOMPARE(mfu.data().toString(), Format::trimmedPercent(0.4));
        QCOMPARE(mfu.data(InputModel::EditTextRole).toString(), QStringLiteral("40"));

        // A factor is no percentage: 0.7 is 0.7, and "70%" is refused with a reason.
        const QModelIndex factor = segments.index(0, SegmentsModel::PriceFactorColumn);
        QVERIFY(segments.setData(factor, QLocale().toString(0.7), InputModel::EditTextRole));
        QCOMPARE(project->scenario(0).demand.segments[0].priceFactor, 0.7);
        QVERIFY(!segments.refusal(factor, QStringLiteral("70%")).isEmpty());
        QLocale::setDefault(saved);
    }

    // Typed values are never altered: a refused one changes nothing and is refused in words
    // naming the field's label, with numbers grouped and percentages in percent.
    void refusal_inWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("says"); // the message contains each
        QTest::newRow("minus cards") << QStringLiteral("cluster.cards") << QStringLiteral("-5")
                                     << QStringList{QStringLiteral("-5")};
        QTest::newRow("too many cards")
            << QStringLiteral("cluster.cards") << QStringLiteral("999999999")
            << QStringList{QStringLiteral("1,000,000"), QStringLiteral("999,999,999")};
        QTest::newRow("pue 0.5") << QStringLiteral("site.pue") << QStringLiteral("0.5")
                                 << QStringList{QStringLiteral("0.5")};
        QTest::newRow("negative power price")
            << QStringLiteral("site.power_price_cny_per_kwh") << QStringLiteral("-0.1")
            << QStringList{FieldLabels::unit("CNY/kWh")};
        QTest::newRow("availability 150")
            << QStringLiteral("cluster.availability") << QStringLiteral("150")
            << QStringList{QStringLiteral("150%"), QStringLiteral("100%")};
        QTest::newRow("text for a number") << QStringLiteral("site.pue") << QStringLiteral("high")
                                           << QStringList{QStringLiteral("high")};
        QTest::newRow("fractional cards") << QStringLiteral("cluster.cards")
                                          << QStringLiteral("10.5") << QStringList{};
    }
    void refusal_inWords()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QStringList, says);
        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // the expected numbers' format
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        auto project = makeProject();
        InputModel model(project.get(), prefixOf(key));
        model.setScenario(0);
        QSignalSpy refused(&model, &InputModel::editRefused);
        const QModelIndex index = valueIndex(model, key);
        const QString before = index.data().toString();
        const QString editorText = index.data(InputModel::EditTextRole).toString();

        // What the editor shows while the value is typed, and what the model says on commit.
        const QString reason = model.refusal(index, typed);
        QVERIFY(!model.setData(index, typed, InputModel::EditTextRole));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), reason);
        QVERIFY2(reason.contains(FieldLabels::label(key.toStdString())), qPrintable(reason));
        QVERIFY2(!reason.contains(key), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1String("e+")), qPrintable(reason));
        for (const QString &part : says)
            QVERIFY2(reason.contains(part), qPrintable(reason + QStringLiteral(" / ") + part));
        QCOMPARE(project->undoStack()->count(), 0);
        QCOMPARE(index.data().toString(), before);
        QCOMPARE(index.data(InputModel::EditTextRole).toString(), editorText);
        // An accepted value has no reason.
        QVERIFY(model.refusal(index, editorText).isEmpty());
    }

    // Every scenario field set through the project: the undo text names the field by its
    // translated label, says from what to what and in which scenario, and shows no key.
    void undoText_everyField_data()
    {
        QTest::addColumn<QString>("key");
        for (const FieldSpec &f : scenarioFields()) {
            const std::string key = f.isArrayField() ? FieldData::key(f, 0) : std::string(f.key);
            QTest::newRow(key.c_str()) << QString::fromStdString(key);
        }
    }
    void undoText_everyField()
    {
        QFETCH(QString, key);
        const std::string k = key.toStdString();
        auto project = makeProject();
        int index = -1;
        const FieldSpec *f = findField(k, &index);
        QVERIFY(f);
        // A value the scenario accepts that differs from the current one.
        const Scenario &s = project->scenario(1);
        const FieldValue current = f->get(s, index);
        std::vector<FieldValue> candidates;
        switch (f->type) {
        case FieldType::Number:
        case FieldType::Integer:
        case FieldType::MfuOrAuto:
            for (double x : {f->min, f->max, (f->min + f->max) / 2, f->min + 1, f->min + 0.1,
                             std::floor((f->min + std::min(f->max, 1e6)) / 2)})
                if (std::isfinite(x))
                    candidates.emplace_back(x);
            break;
        case FieldType::Text:
            candidates.emplace_back(std::string("Renamed"));
            break;
        case FieldType::Choice:
        case FieldType::Flag:
            for (std::string_view c : f->choices)
                candidates.emplace_back(std::string(c));
            break;
        case FieldType::CatalogRef:
            for (const Card &r : m_catalog.cards)
                candidates.emplace_back(r.id);
            for (const Server &r : m_catalog.servers)
                candidates.emplace_back(r.id);
            for (const Fabric &r : m_catalog.fabrics)
                candidates.emplace_back(r.id);
            for (const Site &r : m_catalog.sites)
                candidates.emplace_back(r.id);
            for (const StorageClass &r : m_catalog.storage)
                candidates.emplace_back(r.id);
            for (const LlmModel &r : m_catalog.models)
                candidates.emplace_back(r.id);
            break;
        }
        bool set = false;
        for (const FieldValue &v : candidates) {
            if (v == current || project->checkField(1, k, v))
                continue;
            QVERIFY(!project->setField(1, k, v));
            set = true;
            break;
        }
        if (!set)
            QSKIP("no other value is accepted in this scenario");
        const QRegularExpression keyPattern(QStringLiteral("[a-z_]+\\.[a-z_]+"));
        for (const char *locale : {"en_US", "zh_CN"}) {
            const QLocale saved;
            QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
            project->retranslateUndoTexts();
            const QString text = project->undoStack()->text(0);
            QLocale::setDefault(saved);
            QVERIFY2(!keyPattern.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(text.contains(FieldLabels::label(f->key)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("→")) || f->type == FieldType::Text,
                     qPrintable(text));
        }
        project->retranslateUndoTexts();
        QVERIFY2(project->undoStack()->text(0).contains(
                     FieldLabels::scenarioName(project->scenario(1))),
                 qPrintable(project->undoStack()->text(0)));
    }

    // "Power price 0.36 → 0.4 CNY/kWh (scenario)": values in words, percent in percent, and
    // merged edits say the change from the first value to the last.
    void undoText_valuesAndMerge()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        auto project = makeProject();
        const Scenario &s = project->scenario(1);
        const QString was = Format::figure(s.site.powerPriceCnyPerKwh);
        QVERIFY(!project->setField(1, "site.power_price_cny_per_kwh", 0.45));
        QVERIFY(!project->setField(1, "site.power_price_cny_per_kwh", 0.5));
        QCOMPARE(project->undoStack()->count(), 1);
        QCOMPARE(project->undoStack()->text(0),
                 QStringLiteral("%1 %2 → 0.5 %3 (%4)")
                     .arg(FieldLabels::label("site.power_price_cny_per_kwh"), was,
                          FieldLabels::unit("CNY/kWh"), FieldLabels::scenarioName(s)));
        QVERIFY(!project->setField(1, "cluster.availability", 0.9));
        QVERIFY2(project->undoStack()->text(1).contains(QStringLiteral("→ 90%")),
                 qPrintable(project->undoStack()->text(1)));
        QVERIFY(!project->setField(1, "site.region", std::string("cn-gz-guian")));
        QVERIFY2(project->undoStack()->text(2).contains(
                     FieldLabels::recordName(*m_catalog.site("cn-gz-guian"))),
                 qPrintable(project->undoStack()->text(2)));
    }

    // Choosing a site fills only what was not set by hand: a typed power price stays, the
    // other presets follow the site, and a notice says which.
    void preset_keepsHandSetValues()
    {
        auto project = makeProject();
        QSignalSpy notices(project.get(), &Project::notice);
        const Site *previous = m_catalog.site(project->scenario(1).site.region);
        const Site *guian = m_catalog.site("cn-gz-guian");
        QVERIFY(previous && guian && previous != guian);
        // Start from the previous site's presets, then type a price by hand.
        QVERIFY(!project->setField(1, "site.region", std::string(previous->id)));
        for (std::string_view key : sitePresetKeys())
            QVERIFY(!project->setField(1, std::string(key), *sitePresetValue(*previous, key)));
        QVERIFY(!project->setField(1, "site.power_price_cny_per_kwh", 0.52));
        notices.clear();

        QVERIFY(!project->setField(1, "site.region", std::string("cn-gz-guian")));
        const Scenario &s = project->scenario(1);
        QCOMPARE(s.site.powerPriceCnyPerKwh, 0.52);
        QCOMPARE(s.site.pue, guian->typicalPue);
        QCOMPARE(s.site.gridCapacityKw, guian->gridCapacityKw);
        QCOMPARE(s.finance.taxRate, guian->taxRate);
        QCOMPARE(notices.count(), 1);
        const QString notice = notices.at(0).at(0).toString();
        QVERIFY2(notice.contains(FieldLabels::label("site.power_price_cny_per_kwh"))
                     && notice.contains(FieldLabels::recordName(*guian)),
                 qPrintable(notice));
        const QString undo = project->undoStack()->text(project->undoStack()->count() - 1);
        QVERIFY2(undo.contains(FieldLabels::label("site.power_price_cny_per_kwh")),
                 qPrintable(undo));
        // Undo restores the site and every preset as they were.
        project->undoStack()->undo();
        QCOMPARE(project->scenario(1).site.region, previous->id);
        QCOMPARE(project->scenario(1).site.powerPriceCnyPerKwh, 0.52);
    }

    // The example carries its names and descriptions in both languages; the Chinese interface
    // shows the Chinese ones, the English interface the English ones.
    void names_inTheInterfaceLanguage()
    {
        auto project = makeProject();
        ScenarioListModel list(project.get());
        SegmentsModel segments(project.get());
        segments.setScenario(1);
        const QLocale saved;
        for (const char *locale : {"zh_CN", "en_US"}) {
            QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
            const bool chinese = QLocale().language() == QLocale::Chinese;
            for (int i = 0; i < project->scenarioCount(); ++i) {
                const Scenario &s = m_data.scenarios[std::size_t(i)];
                QVERIFY2(!s.nameZh.empty() && !s.descriptionZh.empty(), s.name.c_str());
                QCOMPARE(FieldLabels::scenarioName(s),
                         QString::fromStdString(chinese ? s.nameZh : s.name));
                for (const Segment &seg : s.demand.segments) {
                    QVERIFY2(!seg.nameZh.empty(), seg.name.c_str());
                    QCOMPARE(FieldLabels::segmentName(seg),
                             QString::fromStdString(chinese ? seg.nameZh : seg.name));
                }
            }
            // The scenario list and the segments table follow a language switch.
            Q_EMIT project->languageChanged();
            segments.setScenario(1);
            QCOMPARE(list.index(1).data().toString(),
                     QString::fromStdString(chinese ? m_data.scenarios[1].nameZh
                                                    : m_data.scenarios[1].name));
            QCOMPARE(segments.index(0, SegmentsModel::NameColumn).data().toString(),
                     QString::fromStdString(chinese ? m_data.scenarios[1].demand.segments[0].nameZh
                                                    : m_data.scenarios[1].demand.segments[0].name));
        }
        // Renaming in Chinese renames the Chinese name and leaves the English one.
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        Q_EMIT project->languageChanged();
        QVERIFY(list.setData(list.index(1), QStringLiteral("新名称")));
        QCOMPARE(project->scenario(1).nameZh, std::string("新名称"));
        QCOMPARE(project->scenario(1).name, m_data.scenarios[1].name);
        QLocale::setDefault(saved);
    }

    // A share of draws is never rounded to all or none unless it is: over every count of
    // 10,000 draws, "100.0%" only for all of them, "0.0%" only for none, and the printed
    // share and its complement never both claim all or none.
    void format_probability()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        for (int k = 0; k <= 10000; ++k) {
            const double p = k / 10000.0;
            const QString text = Format::probability(p);
            QCOMPARE(text == QStringLiteral("100.0%"), k == 10000);
            QCOMPARE(text == QStringLiteral("0.0%"), k == 0);
        }
        QCOMPARE(Format::probability(0.9996), QStringLiteral(">99.9%"));
        QCOMPARE(Format::probability(0.0004), QStringLiteral("<0.1%"));
        QCOMPARE(Format::probability(0.9995), QStringLiteral(">99.9%"));
        QCOMPARE(Format::probability(0.5), QStringLiteral("50.0%"));
        QLocale::setDefault(saved);
    }

    // Numbers in messages: grouped, never an exponent; an endless duration in words.
    void messages_numbers()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(Format::figure(1618740.4), QStringLiteral("1,618,740"));
        QCOMPARE(Format::figure(12.345), QStringLiteral("12.35"));
        QCOMPARE(Format::figure(0.00047), QStringLiteral("0.00047"));
        QCOMPARE(Format::figure(150.0), QStringLiteral("150"));
        Warning grid{WarningCode::GridCapacityExceeded, 1618740.0, 1000000.0};
        QVERIFY2(Messages::warning(grid).contains(QStringLiteral("1,618,740 kW")),
                 qPrintable(Messages::warning(grid)));
        Warning never{WarningCode::TrainingMissesTarget, std::numeric_limits<double>::infinity(), 30};
        const QString text = Messages::warning(never);
        QVERIFY2(!text.contains(QLatin1String("inf")) && text.contains(QLatin1String("never")),
                 qPrintable(text));
        QVERIFY(!Format::days(std::numeric_limits<double>::infinity()).contains(QLatin1String("inf")));
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QVERIFY(!Messages::warning(never).contains(QLatin1String("inf")));
        QVERIFY(!Messages::warning(grid).contains(QLatin1String("E+")));
        QLocale::setDefault(saved);
    }

    void allModels_throughStructuralEdits()
    {
        auto project = makeProject();
        AllModels m(project.get());
        m.setScenario(1);
        QUndoStack *undo = project->undoStack();
        QVERIFY(!project->setField(1, "cluster.cards", 2048.0));
        QVERIFY(!project->setField(1, "site.region", std::string("cn-gz-guian")));
        QVERIFY(!project->setField(1, "horizon_months", 150.0));
        QVERIFY(m.segments.insertRows(m.segments.rowCount(), 1));
        QVERIFY(m.phases.insertRows(m.phases.rowCount(), 1));
        project->addScenario();
        project->duplicateScenario(1);
        project->moveScenario(0, 3);
        project->moveScenario(4, 0);
        project->removeScenario(0);
        QVERIFY(m.segments.removeRows(0, 1));
        m.cashFlow.setMonthly(true);
        project->removeScenario(m.cluster.scenario()); // the shown one
        QCOMPARE(m.bom.rowCount(), 0);
        m.setScenario(1);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(m.list.rowCount(), int(m_data.scenarios.size()));
        while (undo->canRedo())
            undo->redo();
        m.cashFlow.setMonthly(false);
        project->reset(m_data);
        QCOMPARE(m.list.rowCount(), int(m_data.scenarios.size()));
        m.setScenario(2);
        project->setCatalog(m_catalog);
        for (QAbstractItemModel *model : m.models()) {
            if (model != &m.phases) // this scenario is built at once: no phases
                QVERIFY(model->rowCount() > 0);
        }
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
