// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the command-line contract (docs/architecture.md, "Command line"; docs/scenario-json.md)
// against the real executable, run with QProcess. Every child runs with LC_ALL=C, LANG=C and
// QT_QPA_PLATFORM=offscreen unless a test sets another locale on purpose.

#include "catalogstore.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

#ifndef CCP_EXECUTABLE
#error "CCP_EXECUTABLE must name the ccplanner executable"
#endif
#ifndef CCP_SOURCE_DIR
#error "CCP_SOURCE_DIR must name the source tree"
#endif

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1; stderr: %2; stdout starts: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(err).trimmed(), QString::fromUtf8(out.left(300)));
    }
};

// A safety net only: a child that does not end within this is reported as a failure instead of
// hanging the test run (e.g. if a subcommand ever opened a window).
constexpr int kGuardMs = 120000;

// The children's data folder (XDG_DATA_HOME), where the user catalog lives: an empty one unless
// a test says otherwise, so that the developer's own catalog entries play no part.
QString g_dataHome;

Run runCli(const QStringList &args, const QString &locale = QStringLiteral("C"),
           const QString &dataHome = QString(), const QByteArray &input = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.isEmpty() ? g_dataHome : dataHome);
    p.setProcessEnvironment(env);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    // Standard output as a non-blocking pipe, as some parents hand it over: a reader slower
    // than the writer must never cost bytes (a fresh machine once cut `eval --json` at 64 KiB).
    p.setChildProcessModifier([] { ::fcntl(STDOUT_FILENO, F_SETFL, ::fcntl(STDOUT_FILENO, F_GETFL) | O_NONBLOCK); });
    p.start(QStringLiteral(CCP_EXECUTABLE), args);
    Run r;
    if (!p.waitForStarted(kGuardMs))
        return r;
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(kGuardMs)) {
        p.kill();
        p.waitForFinished(kGuardMs);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonDocument parse(const QByteArray &bytes, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        *error = pe.errorString() + QStringLiteral(" at byte ") + QString::number(pe.offset);
    return doc;
}

QByteArray readSource(const QString &relative)
{
    QFile f(QStringLiteral(CCP_SOURCE_DIR) + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The value at a dotted path ("sizing.network.tiers"); Undefined when absent.
QJsonValue at(const QJsonObject &o, const QString &dotted)
{
    QJsonValue cur = o;
    for (const QString &part : dotted.split(QLatin1Char('.'))) {
        if (cur.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            const QJsonArray a = cur.toArray();
            if (!ok || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            cur = a.at(i);
            continue;
        }
        if (!cur.isObject() || !cur.toObject().contains(part))
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(part);
    }
    return cur;
}

// Scalar leaves of nested objects as dotted keys; arrays are not entered, nor "undefined"
// (whose keys are themselves dotted figure keys: it is a leaf).
void flatten(const QJsonObject &o, const QString &prefix, QMap<QString, QJsonValue> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && key != QLatin1String("undefined"))
            flatten(it.value().toObject(), key, out);
        else if (!it.value().isArray())
            out.insert(key, it.value());
    }
}

bool close(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max({1.0, std::abs(a), std::abs(b)});
}

// One row of the key table of docs/scenario-json.md.
struct DocField
{
    QString type;  // "unit / type" column
    QString range; // "range" column
};

QMap<QString, DocField> documentedFields()
{
    QMap<QString, DocField> fields;
    const QString doc = QString::fromUtf8(readSource(QStringLiteral("docs/scenario-json.md")));
    static const QRegularExpression row(QStringLiteral("^\\|\\s*`([a-z0-9_.\\[\\]]+)`\\s*\\|"));
    for (const QString &line : doc.split(QLatin1Char('\n'))) {
        if (!row.match(line).hasMatch())
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 6)
            continue;
        QString key = cells.at(1).trimmed();
        key.remove(QLatin1Char('`'));
        fields.insert(key, DocField{cells.at(2).trimmed(), cells.at(4).trimmed()});
    }
    return fields;
}

// "1,000,000", "−0.5", "1e6" → number.
std::optional<double> docNumber(QString text)
{
    text.remove(QLatin1Char(','));
    text.replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void evalJsonHasContractKeys_data();
    void evalJsonHasContractKeys();
    void evalJsonStatements();
    void evalJsonMonthlyRows_data();
    void evalJsonMonthlyRows();
    void evalAllJson_data();
    void evalAllJson();
    void outputThroughAFullNonBlockingPipe();
    void scenarioOption_data();
    void scenarioOption();
    void feasibility();
    void riskJson();
    void riskUsesTheScenariosSettings();
    void sensitivityJson();
    void solveJson();
    void optimizeJson();
    void decisionCommandsRefuseBadArguments_data();
    void decisionCommandsRefuseBadArguments();
    void financeConventions_data();
    void financeConventions();

    void setEveryScalarKey_data();
    void setEveryScalarKey();
    void setArrayKeys_data();
    void setArrayKeys();
    void sitePresetFill_data();
    void sitePresetFill();
    void setArrayRemoval_data();
    void setArrayRemoval();
    void setArrayRemovalRefused_data();
    void setArrayRemovalRefused();

    void batchMatchesSet_data();
    void batchMatchesSet();
    void batchDefaultFields();
    void batchLines();
    void batchBadInput_data();
    void batchBadInput();

    void badInput_data();
    void badInput();
    void hostileArguments_data();
    void hostileArguments();

    void catalogJsonCounts_data();
    void catalogJsonCounts();
    void catalogJsonEntries_data();
    void catalogJsonEntries();
    void catalogJsonFigures_data();
    void catalogJsonFigures();
    void userCatalog();

    void localeIndependentJson_data();
    void localeIndependentJson();
    void readableTable_data();
    void readableTable();

    void convertRoundTrip();
    void convertBadInput_data();
    void convertBadInput();

    void reportAndExport_data();
    void reportAndExport();
    void reportExportBadInput_data();
    void reportExportBadInput();

    void helpAndVersion_data();
    void helpAndVersion();

private:
    QJsonObject exampleProject() const;
    QJsonArray catalogRecords(const QString &file) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QStringList expand(QStringList args) const;

    QTemporaryDir m_dir;
    QByteArray m_evalJson;             // `eval --json`, C locale
    QJsonObject m_eval;                // parsed
    QJsonArray m_all;                  // `eval --all --json` results
    QJsonArray m_catalogEntries;       // `catalog --json` entries
    QMap<QString, QJsonValue> m_inputs; // flattened "inputs" of `eval --json`
};

QJsonObject TestCommandLine::exampleProject() const
{
    return QJsonDocument::fromJson(readSource(QStringLiteral("resources/examples/example.json"))).object();
}

QJsonArray TestCommandLine::catalogRecords(const QString &file) const
{
    return QJsonDocument::fromJson(readSource(QStringLiteral("resources/catalog/") + file))
        .object()
        .value(QStringLiteral("records"))
        .toArray();
}

QStringList TestCommandLine::expand(QStringList args) const
{
    for (QString &a : args)
        a.replace(QStringLiteral("%DIR%"), m_dir.path());
    return args;
}

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CCP_EXECUTABLE)).isExecutable(), CCP_EXECUTABLE);
    QVERIFY(m_dir.isValid());
    g_dataHome = m_dir.filePath(QStringLiteral("data-home-empty"));
    QVERIFY(QDir().mkpath(g_dataHome));
    QVERIFY2(!exampleProject().isEmpty(), "resources/examples/example.json is unreadable");

    const Run eval = runCli({QStringLiteral("eval"), QStringLiteral("--json")});
    QVERIFY2(eval.finished && eval.exitCode == 0, qPrintable(eval.describe()));
    QString error;
    const QJsonDocument doc = parse(eval.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("eval --json: ") + error));
    QVERIFY2(doc.isObject(), "eval --json does not print one object");
    m_evalJson = eval.out;
    m_eval = doc.object();
    flatten(m_eval.value(QStringLiteral("inputs")).toObject(), QString(), m_inputs);
    QVERIFY2(!m_inputs.isEmpty(), "eval --json has no inputs");

    const Run all = runCli({QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(all.finished && all.exitCode == 0, qPrintable(all.describe()));
    const QJsonDocument allDoc = parse(all.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("eval --all --json: ") + error));
    m_all = allDoc.object().value(QStringLiteral("results")).toArray();

    const Run cat = runCli({QStringLiteral("catalog"), QStringLiteral("--json")});
    QVERIFY2(cat.finished && cat.exitCode == 0, qPrintable(cat.describe()));
    const QJsonDocument catDoc = parse(cat.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("catalog --json: ") + error));
    m_catalogEntries = catDoc.object().value(QStringLiteral("entries")).toArray();
    QVERIFY2(!m_catalogEntries.isEmpty(), "catalog --json lists no entries");

    // Bad project files.
    const QByteArray example = readSource(QStringLiteral("resources/examples/example.json"));
    const QJsonObject project = exampleProject();
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    };
    const auto withScenario0 = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject p = project;
        QJsonArray scenarios = p.value(QStringLiteral("scenarios")).toArray();
        QJsonObject s = scenarios.at(0).toObject();
        edit(s);
        scenarios[0] = s;
        p.insert(QStringLiteral("scenarios"), scenarios);
        return QJsonDocument(p).toJson();
    };
    write(QStringLiteral("malformed.json"), QByteArrayLiteral("{\"format\": \"ccplanner-project\", \"schema_version\": 1,, }"));
    write(QStringLiteral("truncated.json"), example.left(example.size() / 2));
    write(QStringLiteral("array.json"), QByteArrayLiteral("[{\"format\": \"ccplanner-project\"}]\n"));
    {
        QJsonObject p = project;
        p.insert(QStringLiteral("format"), QStringLiteral("spreadsheet"));
        write(QStringLiteral("wrongformat.json"), QJsonDocument(p).toJson());
    }
    {
        QJsonObject p = project;
        p.insert(QStringLiteral("schema_version"), 99);
        write(QStringLiteral("newer.json"), QJsonDocument(p).toJson());
    }
    {
        QJsonObject p = project;
        p.insert(QStringLiteral("bogus_top_key"), 1);
        write(QStringLiteral("unknowntop.json"), QJsonDocument(p).toJson());
    }
    write(QStringLiteral("unknowninscenario.json"), withScenario0([](QJsonObject &s) {
              QJsonObject c = s.value(QStringLiteral("cluster")).toObject();
              c.insert(QStringLiteral("bogus_cluster_key"), 3);
              s.insert(QStringLiteral("cluster"), c);
          }));
    write(QStringLiteral("unknowninsegment.json"), withScenario0([](QJsonObject &s) {
              QJsonObject d = s.value(QStringLiteral("demand")).toObject();
              QJsonArray segs = d.value(QStringLiteral("segments")).toArray();
              QJsonObject seg = segs.at(0).toObject();
              seg.insert(QStringLiteral("colour"), QStringLiteral("red"));
              segs[0] = seg;
              d.insert(QStringLiteral("segments"), segs);
              s.insert(QStringLiteral("demand"), d);
          }));
    write(QStringLiteral("missingcards.json"), withScenario0([](QJsonObject &s) {
              QJsonObject c = s.value(QStringLiteral("cluster")).toObject();
              c.remove(QStringLiteral("cards"));
              s.insert(QStringLiteral("cluster"), c);
          }));
    write(QStringLiteral("cardstext.json"), withScenario0([](QJsonObject &s) {
              QJsonObject c = s.value(QStringLiteral("cluster")).toObject();
              c.insert(QStringLiteral("cards"), QStringLiteral("many"));
              s.insert(QStringLiteral("cluster"), c);
          }));
    write(QStringLiteral("pueinfile.json"), withScenario0([](QJsonObject &s) {
              QJsonObject site = s.value(QStringLiteral("site")).toObject();
              site.insert(QStringLiteral("pue"), 0.5);
              s.insert(QStringLiteral("site"), site);
          }));
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 131 + 7) % 256));
        write(QStringLiteral("garbage.json"), garbage);
    }
    write(QStringLiteral("empty.json"), QByteArray());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.json")));
}

// ---- eval --json ------------------------------------------------------------------------------

void TestCommandLine::evalJsonHasContractKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("nullable"); // may be null (contract: "null when none exists")
    QTest::addColumn<int>("type");      // QJsonValue::Type when not null
    const int num = QJsonValue::Double, str = QJsonValue::String, obj = QJsonValue::Object;
    const struct
    {
        const char *key;
        bool nullable;
        int type;
    } keys[] = {
        {"scenario", false, str},
        {"inputs", false, obj},
        {"sizing.cards", false, num},
        {"sizing.servers", false, num},
        {"sizing.racks", false, num},
        {"sizing.it_power_kw", false, num},
        {"sizing.facility_power_kw", false, num},
        {"sizing.network.tiers", false, num},
        {"sizing.network.leaf_switches", false, num},
        {"sizing.network.spine_switches", false, num},
        {"sizing.network.core_switches", false, num},
        {"sizing.network.links", false, num},
        {"sizing.network.transceivers", false, num},
        {"performance.nameplate_pflops_bf16", false, num},
        {"performance.mfu", false, num},
        {"performance.goodput", false, num},
        {"performance.effective_pflops", false, num},
        {"performance.training.flops", false, num},
        {"performance.training.days", false, num},
        {"performance.training.gpu_hours", false, num},
        {"performance.training.energy_mwh", false, num},
        {"finance.capex_cny", false, num},
        {"finance.npv_cny", false, num},
        {"finance.irr", true, num},
        {"finance.payback_months", true, num},
        {"finance.discounted_payback_months", true, num},
        {"finance.breakeven_utilization", true, num},
        {"finance.lcoc_cny_per_card_hour", false, num},
        {"finance.indicators.roi", true, num},
        {"finance.indicators.roe", true, num},
        {"finance.indicators.interest_coverage", true, num},
        {"finance.indicators.dscr_min", true, num},
        {"finance.indicators.breakeven_capacity_utilization", true, num},
        {"finance.indicators.debt_ratio_max", true, num},
        {"statements.project_cash_flow", false, QJsonValue::Array},
        {"statements.equity_cash_flow", false, QJsonValue::Array},
        {"statements.income", false, QJsonValue::Array},
        {"statements.debt_service", false, QJsonValue::Array},
        {"statements.financial_plan", false, QJsonValue::Array},
        {"statements.balance_sheet", false, QJsonValue::Array},
        {"inputs.name", false, str},
        {"inputs.horizon_months", false, num},
        {"inputs.cluster.card", false, str},
        {"inputs.cluster.cards", false, num},
        {"inputs.cluster.server", true, str},
        {"inputs.cluster.rack_power_kw", false, num},
        {"inputs.network.fabric", false, str},
        {"inputs.network.oversubscription", false, num},
        {"inputs.site.region", false, str},
        {"inputs.site.power_price_cny_per_kwh", false, num},
        {"inputs.site.pue", false, num},
        {"inputs.demand.list_price_cny_per_card_hour", false, num},
        {"inputs.demand.price_decline_per_year", false, num},
        {"inputs.demand.segments.0.name", false, str},
        {"inputs.demand.segments.0.share", false, num},
        {"inputs.demand.segments.0.utilization", false, num},
        {"inputs.demand.segments.0.ramp_months", false, num},
        {"inputs.demand.segments.0.price_factor", false, num},
        {"inputs.finance.discount_rate", false, num},
        {"inputs.finance.tax_rate", false, num},
        {"inputs.training.params", false, num},
        {"inputs.training.tokens", false, num},
        {"inputs.training.cards", true, num},
        {"inputs.training.mfu", false, -1}, // a fraction or "auto"
        {"inputs.inference.model", true, str},
        {"inputs.inference.precision", false, str},
        {"inputs.inference.tensor_parallel", false, num},
        {"inputs.inference.batch", true, num},
        {"inputs.inference.input_tokens", false, num},
        {"inputs.inference.output_tokens", false, num},
        {"inputs.demand.segments.0.kind", false, str},
        {"performance.inference.fits", true, QJsonValue::Bool},
        {"performance.inference.max_batch", true, num},
        {"performance.inference.ttft_s", true, num},
        {"performance.inference.tpot_ms", true, num},
        {"performance.inference.input_tokens_per_s_per_server", true, num},
        {"performance.inference.output_tokens_per_s_per_server", true, num},
        {"finance.cost_per_million_tokens_cny", true, num},
    };
    for (const auto &k : keys)
        QTest::newRow(k.key) << QString::fromLatin1(k.key) << k.nullable << k.type;
}

void TestCommandLine::evalJsonHasContractKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, nullable);
    QFETCH(int, type);
    const QJsonValue v = at(m_eval, key);
    QVERIFY2(!v.isUndefined(), qPrintable(key + QStringLiteral(" is missing from eval --json")));
    if (v.isNull()) {
        QVERIFY2(nullable, qPrintable(key + QStringLiteral(" is null")));
        // A null figure says why in `undefined` (docs/contract.md §7).
        if (key.startsWith(QLatin1String("finance.")) || key.startsWith(QLatin1String("performance.")))
            QVERIFY2(m_eval.value(QStringLiteral("undefined")).toObject().contains(key), qPrintable(key));
        return;
    }
    if (type == -1) // a fraction or "auto"
        QVERIFY2(v.isDouble() || v.toString() == QLatin1String("auto"), qPrintable(key));
    else
        QCOMPARE(int(v.type()), type);
    if (v.isDouble())
        QVERIFY2(std::isfinite(v.toDouble()), qPrintable(key));
    if (key == QLatin1String("scenario"))
        QCOMPARE(v.toString(), exampleProject().value(QStringLiteral("scenarios")).toArray().at(0)
                                   .toObject().value(QStringLiteral("name")).toString());
}

// The yearly statements (docs/contract.md §6.6): one row per year as in the yearly rows, every
// amount a number; the project statement's net cash flows sum to the monthly cash flows, and
// the balance sheet balances every year.
void TestCommandLine::evalJsonStatements()
{
    const QJsonObject statements = m_eval.value(QStringLiteral("statements")).toObject();
    const QJsonArray monthly = m_eval.value(QStringLiteral("monthly")).toArray();
    const int years = int((monthly.size() - 1 + 11) / 12) + 1;
    QCOMPARE(statements.size(), 6);
    for (auto it = statements.begin(); it != statements.end(); ++it) {
        const QJsonArray rows = it.value().toArray();
        QCOMPARE(int(rows.size()), years);
        for (qsizetype y = 0; y < rows.size(); ++y) {
            const QJsonObject row = rows.at(y).toObject();
            QCOMPARE(row.value(QStringLiteral("year")).toInt(-1), int(y));
            for (auto c = row.begin(); c != row.end(); ++c) {
                QVERIFY2(c.key() == QLatin1String("year") || c.key().endsWith(QLatin1String("_cny")),
                         qPrintable(it.key() + QLatin1Char('.') + c.key()));
                QVERIFY2(c.value().isDouble() && std::isfinite(c.value().toDouble()),
                         qPrintable(it.key() + QLatin1Char('.') + c.key()));
            }
        }
    }
    double monthlySum = 0, yearlySum = 0, scale = 1;
    for (const QJsonValue &m : monthly) {
        monthlySum += m.toObject().value(QStringLiteral("cash_flow_cny")).toDouble();
        scale += std::abs(m.toObject().value(QStringLiteral("capex_cny")).toDouble());
    }
    for (const QJsonValue &y : statements.value(QStringLiteral("project_cash_flow")).toArray())
        yearlySum += y.toObject().value(QStringLiteral("net_cash_flow_cny")).toDouble();
    QVERIFY2(std::abs(monthlySum - yearlySum) <= 1e-6 * scale,
             qPrintable(QStringLiteral("%1 vs %2").arg(monthlySum).arg(yearlySum)));
    for (const QJsonValue &v : statements.value(QStringLiteral("balance_sheet")).toArray()) {
        const QJsonObject y = v.toObject();
        const double assets = y.value(QStringLiteral("assets_cny")).toDouble();
        const double sum = y.value(QStringLiteral("liabilities_cny")).toDouble()
                           + y.value(QStringLiteral("equity_cny")).toDouble();
        QVERIFY2(std::abs(assets - sum) <= 1e-6 * std::max(1.0, std::abs(assets)),
                 qPrintable(QStringLiteral("year %1: %2 vs %3").arg(y.value(QStringLiteral("year")).toInt()).arg(assets).arg(sum)));
    }
    // With debt the largest debt ratio is a number.
    const Run r = runCli({QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--set"),
                          QStringLiteral("finance.debt_share=0.5")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject levered = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double ratio = at(levered, QStringLiteral("finance.indicators.debt_ratio_max")).toDouble(-1);
    QVERIFY2(ratio > 0 && ratio < 1, qPrintable(QString::number(ratio)));
}

void TestCommandLine::evalJsonMonthlyRows_data()
{
    QTest::addColumn<QString>("member");
    for (const char *m : {"month", "utilization", "revenue_cny", "opex_cny", "energy_cny",
                          "capex_cny", "tax_cny", "cash_flow_cny", "cumulative_cny"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestCommandLine::evalJsonMonthlyRows()
{
    QFETCH(QString, member);
    const QJsonArray monthly = m_eval.value(QStringLiteral("monthly")).toArray();
    const int horizon = m_eval.value(QStringLiteral("inputs")).toObject()
                            .value(QStringLiteral("horizon_months")).toInt();
    QVERIFY(horizon > 0);
    // Month 0 carries the initial capex, then one row per month of the horizon.
    QVERIFY2(monthly.size() == horizon || monthly.size() == horizon + 1,
             qPrintable(QStringLiteral("%1 monthly rows for a %2-month horizon").arg(monthly.size()).arg(horizon)));
    for (qsizetype t = 0; t < monthly.size(); ++t) {
        const QJsonValue v = monthly.at(t).toObject().value(member);
        QVERIFY2(v.isDouble() && std::isfinite(v.toDouble()),
                 qPrintable(QStringLiteral("monthly[%1].%2 is not a number").arg(t).arg(member)));
        if (member == QLatin1String("month"))
            QCOMPARE(v.toDouble(), double(t));
        if (member == QLatin1String("utilization"))
            QVERIFY2(v.toDouble() >= 0.0 && v.toDouble() <= 1.0,
                     qPrintable(QStringLiteral("monthly[%1].utilization = %2").arg(t).arg(v.toDouble())));
    }
}

void TestCommandLine::evalAllJson_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("setKey");
    QTest::addColumn<double>("setValue");
    QTest::newRow("built-in example") << QStringList() << QString() << 0.0;
    QTest::newRow("built-in example, --set applies to every scenario")
        << QStringList{QStringLiteral("--set"), QStringLiteral("finance.discount_rate=0.1")}
        << QStringLiteral("finance.discount_rate") << 0.1;
    QTest::newRow("example file given explicitly")
        << QStringList{QStringLiteral(CCP_SOURCE_DIR "/resources/examples/example.json")}
        << QString() << 0.0;
}

void TestCommandLine::evalAllJson()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, setKey);
    QFETCH(double, setValue);
    const Run r = runCli(QStringList{QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--json")} + extra);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parse(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(doc.isObject());
    QVERIFY2(doc.object().value(QStringLiteral("results")).isArray(), "no \"results\" array");
    const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
    const QJsonArray scenarios = exampleProject().value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(results.size(), scenarios.size());
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString name = scenarios.at(i).toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(result.value(QStringLiteral("scenario")).toString(), name);
        QCOMPARE(at(result, QStringLiteral("inputs.name")).toString(), name);
        QVERIFY(at(result, QStringLiteral("finance.npv_cny")).isDouble());
        QVERIFY(result.value(QStringLiteral("monthly")).isArray());
        if (!setKey.isEmpty())
            QCOMPARE(at(result, QStringLiteral("inputs.") + setKey).toDouble(), setValue);
    }
    if (extra.isEmpty())
        QCOMPARE(results, m_all);
}

void TestCommandLine::scenarioOption_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray scenarios = exampleProject().value(QStringLiteral("scenarios")).toArray();
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        QTest::newRow(qPrintable(scenarios.at(i).toObject().value(QStringLiteral("name")).toString()))
            << int(i);
}

void TestCommandLine::scenarioOption()
{
    QFETCH(int, index);
    const QString name = exampleProject().value(QStringLiteral("scenarios")).toArray().at(index)
                             .toObject().value(QStringLiteral("name")).toString();
    const Run r = runCli({QStringLiteral("eval"), QStringLiteral("--scenario"), name, QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parse(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(doc.object().value(QStringLiteral("scenario")).toString(), name);
    QCOMPARE(doc.object(), m_all.at(index).toObject());
}

// ---- decision tools --------------------------------------------------------------------------

void TestCommandLine::feasibility()
{
    // The example fits its site; a grid of 500 kW does not: feasible false, with the reason.
    QString error;
    const Run fits = runCli({QStringLiteral("eval"), QStringLiteral("--json")});
    QVERIFY2(fits.finished && fits.exitCode == 0, qPrintable(fits.describe()));
    const QJsonObject ok = parse(fits.out, &error).object();
    QCOMPARE(ok.value(QStringLiteral("feasible")).toBool(false), true);
    QVERIFY(ok.value(QStringLiteral("infeasible_because")).toArray().isEmpty());
    const Run small = runCli({QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--set"),
                              QStringLiteral("site.grid_capacity_kw=500")});
    QVERIFY2(small.finished && small.exitCode == 0, qPrintable(small.describe()));
    const QJsonObject no = parse(small.out, &error).object();
    QCOMPARE(no.value(QStringLiteral("feasible")).toBool(true), false);
    QVERIFY(no.value(QStringLiteral("infeasible_because")).toArray().contains(QStringLiteral("grid_capacity_exceeded")));
}

// A scenario's stored Monte Carlo settings are what `risk` runs; options override them.
void TestCommandLine::riskUsesTheScenariosSettings()
{
    QJsonObject project = exampleProject();
    QJsonArray scenarios = project.value(QStringLiteral("scenarios")).toArray();
    QJsonObject first = scenarios.at(0).toObject();
    first.insert(QStringLiteral("risk"), QJsonObject{
        {QStringLiteral("draws"), 700}, {QStringLiteral("seed"), 7},
        {QStringLiteral("target_payback_months"), 48},
        {QStringLiteral("inputs"), QJsonArray{QJsonObject{
            {QStringLiteral("key"), QStringLiteral("demand.list_price_cny_per_card_hour")},
            {QStringLiteral("distribution"), QStringLiteral("uniform")},
            {QStringLiteral("min"), 12}, {QStringLiteral("max"), 20}}}}});
    scenarios[0] = first;
    project.insert(QStringLiteral("scenarios"), scenarios);
    const QString path = file(QStringLiteral("with-risk.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(project).toJson());
    }
    const Run r = runCli({QStringLiteral("risk"), path, QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(QStringLiteral("draws")).toInt(), 700);
    QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("target_payback_months")).toDouble(), 48.0);
    QVERIFY(o.value(QStringLiteral("inputs_from_scenario")).toBool());
    const QJsonArray inputs = o.value(QStringLiteral("inputs")).toArray();
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.at(0).toObject().value(QStringLiteral("distribution")).toString(), QStringLiteral("uniform"));
    // Only the price moves, so the NPV's range is the NPVs at 12 and 20 CNY/card-hour.
    const auto npvAt = [&](double price) {
        const Run e = runCli({QStringLiteral("eval"), path, QStringLiteral("--json"), QStringLiteral("--set"),
                              QStringLiteral("demand.list_price_cny_per_card_hour=%1").arg(price)});
        return parse(e.out, &error).object().value(QStringLiteral("finance")).toObject()
            .value(QStringLiteral("npv_cny")).toDouble();
    };
    const QJsonObject npv = o.value(QStringLiteral("npv_cny")).toObject();
    QVERIFY(npv.value(QStringLiteral("p10")).toDouble() > npvAt(12));
    QVERIFY(npv.value(QStringLiteral("p90")).toDouble() < npvAt(20));
    // An option overrides the stored value.
    const Run fewer = runCli({QStringLiteral("risk"), path, QStringLiteral("--json"), QStringLiteral("--draws"), QStringLiteral("300")});
    QCOMPARE(parse(fewer.out, &error).object().value(QStringLiteral("draws")).toInt(), 300);
}

void TestCommandLine::riskJson()
{
    const QStringList args = {QStringLiteral("risk"), QStringLiteral("--draws"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--json"),
                              QStringLiteral("--target-payback"), QStringLiteral("60")};
    const Run r = runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(QStringLiteral("draws")).toDouble(), 2000.0);
    QCOMPARE(o.value(QStringLiteral("seed")).toDouble(), 9.0);
    for (const char *figure : {"npv_cny", "irr", "payback_months"}) {
        const QJsonObject p = o.value(QLatin1String(figure)).toObject();
        for (const char *k : {"p10", "p50", "p90", "mean"})
            QVERIFY2(p.contains(QLatin1String(k)), figure);
    }
    const QJsonObject npv = o.value(QStringLiteral("npv_cny")).toObject();
    QVERIFY(npv.value(QStringLiteral("p10")).toDouble() < npv.value(QStringLiteral("p90")).toDouble());
    const double p = o.value(QStringLiteral("p_payback_within_horizon")).toDouble(-1);
    QVERIFY(p >= 0 && p <= 1);
    QVERIFY(o.value(QStringLiteral("p_payback_within_target")).toDouble(2) <= p);
    // The same seed on two threads: the same numbers.
    const Run again = runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
    QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(parse(again.out, &error).object(), o);
}

void TestCommandLine::sensitivityJson()
{
    const Run r = runCli({QStringLiteral("sensitivity"), QStringLiteral("--json"),
                          QStringLiteral("--range"), QStringLiteral("site.pue=1.1:1.5")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonArray inputs = parse(r.out, &error).object().value(QStringLiteral("inputs")).toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(inputs.size() >= 12);
    double previous = std::numeric_limits<double>::infinity();
    bool sawPue = false;
    for (const QJsonValue &v : inputs) {
        const QJsonObject i = v.toObject();
        for (const char *k : {"key", "low", "high", "npv_low_cny", "npv_high_cny",
                              "payback_low_months", "payback_high_months"})
            QVERIFY2(i.contains(QLatin1String(k)), k);
        const double swing = std::abs(i.value(QStringLiteral("npv_high_cny")).toDouble()
                                      - i.value(QStringLiteral("npv_low_cny")).toDouble());
        QVERIFY(swing <= previous); // largest first
        previous = swing;
        if (i.value(QStringLiteral("key")).toString() == QLatin1String("site.pue")) {
            sawPue = true;
            QCOMPARE(i.value(QStringLiteral("low")).toDouble(), 1.1);
            QCOMPARE(i.value(QStringLiteral("high")).toDouble(), 1.5);
        }
    }
    QVERIFY(sawPue);
}

void TestCommandLine::solveJson()
{
    const Run r = runCli({QStringLiteral("solve"), QStringLiteral("--for"),
                          QStringLiteral("demand.list_price_cny_per_card_hour"),
                          QStringLiteral("--target"), QStringLiteral("payback_months=60"),
                          QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("demand.list_price_cny_per_card_hour"));
    QCOMPARE(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("payback_months")).toDouble(), 60.0);
    const double price = o.value(QStringLiteral("value")).toDouble();
    QVERIFY(std::abs(o.value(QStringLiteral("achieved")).toObject().value(QStringLiteral("payback_months")).toDouble() - 60) < 1e-6);
    // Put back with eval --set, the price gives the 60-month payback.
    const Run check = runCli({QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--set"),
                              QStringLiteral("demand.list_price_cny_per_card_hour=%1").arg(price, 0, 'g', 17)});
    QVERIFY2(check.finished && check.exitCode == 0, qPrintable(check.describe()));
    const double payback = parse(check.out, &error).object().value(QStringLiteral("finance")).toObject()
                               .value(QStringLiteral("payback_months")).toDouble();
    QVERIFY2(std::abs(payback - 60) < 1e-6, qPrintable(QString::number(payback)));
}

void TestCommandLine::optimizeJson()
{
    const Run r = runCli({QStringLiteral("optimize"), QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("5"),
                          QStringLiteral("--sites"), QStringLiteral("cn-nx-zhongwei,cn-sh-shanghai"),
                          QStringLiteral("--budget"), QStringLiteral("800000000")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray configurations = o.value(QStringLiteral("configurations")).toArray();
    QCOMPARE(configurations.size(), 5);
    QVERIFY(o.value(QStringLiteral("evaluated")).toDouble() > 1000);
    QVERIFY(!o.value(QStringLiteral("pareto")).toArray().isEmpty());
    double previous = std::numeric_limits<double>::infinity();
    for (const QJsonValue &v : configurations) {
        const QJsonObject c = v.toObject();
        for (const char *key : {"card", "cards", "fabric", "oversubscription", "site", "feasible",
                                "capex_cny", "npv_cny", "payback_months"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QVERIFY(c.value(QStringLiteral("feasible")).toBool());
        QVERIFY(c.value(QStringLiteral("capex_cny")).toDouble() <= 8e8);
        const double npv = c.value(QStringLiteral("npv_cny")).toDouble();
        QVERIFY(npv <= previous); // best first
        previous = npv;
    }
    // The best configuration, set on the scenario by eval, gives the NPV the optimizer found.
    const QJsonObject best = configurations.first().toObject();
    const Run check = runCli({QStringLiteral("eval"), QStringLiteral("--json"),
                              QStringLiteral("--set"), QStringLiteral("cluster.card=") + best.value(QStringLiteral("card")).toString(),
                              QStringLiteral("--set"), QStringLiteral("cluster.cards=%1").arg(best.value(QStringLiteral("cards")).toInt()),
                              QStringLiteral("--set"), QStringLiteral("network.fabric=") + best.value(QStringLiteral("fabric")).toString(),
                              QStringLiteral("--set"), QStringLiteral("network.oversubscription=%1").arg(best.value(QStringLiteral("oversubscription")).toDouble()),
                              QStringLiteral("--set"), QStringLiteral("site.region=") + best.value(QStringLiteral("site")).toString(),
                              QStringLiteral("--set"), QStringLiteral("demand.list_price_cny_per_card_hour=%1").arg(best.value(QStringLiteral("list_price_cny_per_card_hour")).toDouble(), 0, 'g', 17)});
    QVERIFY2(check.finished && check.exitCode == 0, qPrintable(check.describe()));
    const double npv = parse(check.out, &error).object().value(QStringLiteral("finance")).toObject()
                           .value(QStringLiteral("npv_cny")).toDouble();
    const double found = best.value(QStringLiteral("npv_cny")).toDouble();
    QVERIFY2(std::abs(npv - found) <= 1e-6 * std::abs(found), qPrintable(QStringLiteral("%1 vs %2").arg(npv).arg(found)));
}

void TestCommandLine::decisionCommandsRefuseBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("risk draws") << QStringList{QStringLiteral("risk"), QStringLiteral("--draws"), QStringLiteral("many")} << "--draws";
    QTest::newRow("risk correlation") << QStringList{QStringLiteral("risk"), QStringLiteral("--correlation"), QStringLiteral("2")} << "--correlation";
    QTest::newRow("risk set") << QStringList{QStringLiteral("risk"), QStringLiteral("--set"), QStringLiteral("site.pue=9")} << "site.pue";
    QTest::newRow("risk scenario") << QStringList{QStringLiteral("risk"), QStringLiteral("--scenario"), QStringLiteral("nope")} << "nope";
    QTest::newRow("sensitivity range key") << QStringList{QStringLiteral("sensitivity"), QStringLiteral("--range"), QStringLiteral("site.nothing=1:2")} << "site.nothing";
    QTest::newRow("sensitivity range order") << QStringList{QStringLiteral("sensitivity"), QStringLiteral("--range"), QStringLiteral("site.pue=1.5:1.1")} << "site.pue";
    QTest::newRow("solve no for") << QStringList{QStringLiteral("solve"), QStringLiteral("--target"), QStringLiteral("npv=0")} << "--for";
    QTest::newRow("solve bad for") << QStringList{QStringLiteral("solve"), QStringLiteral("--for"), QStringLiteral("name"), QStringLiteral("--target"), QStringLiteral("npv=0")} << "name";
    QTest::newRow("solve bad target") << QStringList{QStringLiteral("solve"), QStringLiteral("--for"), QStringLiteral("site.pue"), QStringLiteral("--target"), QStringLiteral("profit=1")} << "--target";
    QTest::newRow("solve unreachable") << QStringList{QStringLiteral("solve"), QStringLiteral("--for"), QStringLiteral("site.pue"), QStringLiteral("--target"), QStringLiteral("payback_months=1")} << "site.pue";
    QTest::newRow("optimize objective") << QStringList{QStringLiteral("optimize"), QStringLiteral("--objective"), QStringLiteral("fame")} << "--objective";
    QTest::newRow("optimize card") << QStringList{QStringLiteral("optimize"), QStringLiteral("--cards"), QStringLiteral("nvidia-h800-sxm,no-such-card")} << "no-such-card";
    QTest::newRow("optimize counts") << QStringList{QStringLiteral("optimize"), QStringLiteral("--counts"), QStringLiteral("0")} << "--counts";
    QTest::newRow("optimize budget") << QStringList{QStringLiteral("optimize"), QStringLiteral("--budget"), QStringLiteral("-5")} << "--budget";
}

void TestCommandLine::decisionCommandsRefuseBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

// ---- finance conventions ----------------------------------------------------------------------

void TestCommandLine::financeConventions_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_all.size(); ++i)
        QTest::newRow(qPrintable(m_all.at(i).toObject().value(QStringLiteral("scenario")).toString()))
            << int(i);
}

void TestCommandLine::financeConventions()
{
    QFETCH(int, index);
    const QJsonObject result = m_all.at(index).toObject();
    const QJsonObject finance = result.value(QStringLiteral("finance")).toObject();
    const double rate = at(result, QStringLiteral("inputs.finance.discount_rate")).toDouble();
    const double rm = std::pow(1.0 + rate, 1.0 / 12.0) - 1.0;
    const QJsonArray monthly = result.value(QStringLiteral("monthly")).toArray();
    QVERIFY(!monthly.isEmpty());

    std::vector<double> cf;
    for (const QJsonValue &m : monthly)
        cf.push_back(m.toObject().value(QStringLiteral("cash_flow_cny")).toDouble());
    double scale = 0;
    for (double x : cf)
        scale += std::abs(x);
    QVERIFY(scale > 0);

    // cumulative_cny is the running sum of cash_flow_cny.
    double running = 0;
    std::vector<double> cumulative;
    for (std::size_t t = 0; t < cf.size(); ++t) {
        running += cf[t];
        cumulative.push_back(running);
        const double reported = monthly.at(qsizetype(t)).toObject().value(QStringLiteral("cumulative_cny")).toDouble();
        QVERIFY2(std::abs(reported - running) <= 1e-9 * scale,
                 qPrintable(QStringLiteral("month %1: cumulative %2, running sum %3").arg(t).arg(reported, 0, 'g', 17).arg(running, 0, 'g', 17)));
    }
    // Month 0 carries the initial capex.
    QVERIFY2(monthly.at(0).toObject().value(QStringLiteral("capex_cny")).toDouble() > 0,
             "month 0 carries no capex");

    // NPV = sum cf_t / (1 + r_m)^t.
    const auto npvAt = [&](double i) {
        double sum = 0;
        for (std::size_t t = 0; t < cf.size(); ++t)
            sum += cf[t] / std::pow(1.0 + i, double(t));
        return sum;
    };
    const double npv = finance.value(QStringLiteral("npv_cny")).toDouble();
    QVERIFY2(close(npv, npvAt(rm), 1e-9),
             qPrintable(QStringLiteral("npv_cny %1, expected %2").arg(npv, 0, 'g', 17).arg(npvAt(rm), 0, 'g', 17)));

    // Payback on undiscounted and on discounted flows.
    const auto payback = [](const std::vector<double> &flows) -> std::optional<double> {
        double prev = 0, c = 0;
        for (std::size_t t = 0; t < flows.size(); ++t) {
            prev = c;
            c += flows[t];
            if (t == 0 && c >= 0)
                return 0.0;
            if (t > 0 && c >= 0 && prev < 0)
                return double(t - 1) + (-prev) / flows[t];
        }
        return std::nullopt;
    };
    std::vector<double> discounted;
    for (std::size_t t = 0; t < cf.size(); ++t)
        discounted.push_back(cf[t] / std::pow(1.0 + rm, double(t)));
    const struct
    {
        const char *key;
        std::optional<double> expected;
    } paybacks[] = {{"payback_months", payback(cf)},
                    {"discounted_payback_months", payback(discounted)}};
    for (const auto &p : paybacks) {
        const QJsonValue v = finance.value(QLatin1String(p.key));
        if (!p.expected) {
            QVERIFY2(v.isNull(), qPrintable(QStringLiteral("%1 should be null, is %2").arg(QLatin1String(p.key)).arg(v.toDouble())));
            continue;
        }
        QVERIFY2(v.isDouble(), qPrintable(QStringLiteral("%1 is null, expected %2").arg(QLatin1String(p.key)).arg(*p.expected)));
        QVERIFY2(close(v.toDouble(), *p.expected, 1e-9),
                 qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(p.key)).arg(v.toDouble(), 0, 'g', 17).arg(*p.expected, 0, 'g', 17)));
    }

    // IRR: the annualized rate whose monthly equivalent zeroes the NPV; null when none exists.
    const QJsonValue irr = finance.value(QStringLiteral("irr"));
    QVERIFY(irr.isNull() || irr.isDouble());
    if (irr.isDouble()) {
        const double im = std::pow(1.0 + irr.toDouble(), 1.0 / 12.0) - 1.0;
        QVERIFY2(std::abs(npvAt(im)) <= 1e-6 * scale,
                 qPrintable(QStringLiteral("NPV at the IRR's monthly rate is %1 (scale %2)").arg(npvAt(im)).arg(scale)));
        // With one sign change of the flows the root is unique, and NPV > 0 at the discount
        // rate means the IRR lies above it.
        int signChanges = 0;
        double lastSign = 0;
        for (double x : cf) {
            if (x == 0)
                continue;
            const double sign = x > 0 ? 1 : -1;
            signChanges += lastSign != 0 && sign != lastSign ? 1 : 0;
            lastSign = sign;
        }
        if (signChanges == 1)
            QVERIFY2((npv > 0) == (irr.toDouble() > rate),
                     qPrintable(QStringLiteral("npv %1 at rate %2 but irr %3").arg(npv).arg(rate).arg(irr.toDouble())));
    } else {
        // No sign change of NPV(i) over a wide grid of monthly rates.
        const double first = npvAt(-0.5);
        for (int k = 0; k <= 300; ++k) {
            const double i = -0.5 + 1.5 * k / 300.0;
            QVERIFY2((npvAt(i) > 0) == (first > 0),
                     qPrintable(QStringLiteral("irr is null but NPV changes sign near monthly rate %1").arg(i)));
        }
    }
}

// ---- --set ------------------------------------------------------------------------------------

void TestCommandLine::setEveryScalarKey_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    const QMap<QString, DocField> doc = documentedFields();
    QVERIFY2(!doc.isEmpty(), "docs/scenario-json.md has no key table");

    const auto ids = [&](const QString &kind) {
        QStringList out;
        for (const QJsonValue &e : m_catalogEntries) {
            if (e.toObject().value(QStringLiteral("kind")).toString() == kind)
                out << e.toObject().value(QStringLiteral("id")).toString();
        }
        return out;
    };
    const QJsonArray servers = catalogRecords(QStringLiteral("servers.json"));
    const QString card = m_inputs.value(QStringLiteral("cluster.card")).toString();

    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue current = it.value();
        const QByteArray row = key.toUtf8();
        if (!doc.contains(key)) {
            QTest::newRow(row.constData()) << QStringList() << key << QJsonValue(QJsonValue::Undefined);
            continue; // the test row fails: every key is documented
        }
        const DocField f = doc.value(key);
        QString text;
        QJsonValue expected;
        if (f.type.contains(QLatin1String("catalog id"))) {
            QString chosen;
            if (key == QLatin1String("cluster.server")) {
                // A server that carries the chosen card, other than the current value.
                for (const QJsonValue &s : servers) {
                    const QJsonObject o = s.toObject();
                    if (o.value(QStringLiteral("card")).toString() == card
                        && o.value(QStringLiteral("id")).toString() != current.toString()) {
                        chosen = o.value(QStringLiteral("id")).toString();
                        break;
                    }
                }
            } else {
                const QString kind = key == QLatin1String("cluster.card")
                                             || key == QLatin1String("finance.refresh_card")
                                         ? QStringLiteral("card")
                                     : key == QLatin1String("cluster.storage") ? QStringLiteral("storage")
                                     : key == QLatin1String("network.fabric")  ? QStringLiteral("fabric")
                                     : key == QLatin1String("site.region")     ? QStringLiteral("site")
                                     : key == QLatin1String("inference.model") ? QStringLiteral("model")
                                                                                : QString();
                for (const QString &id : ids(kind)) {
                    if (id != current.toString()) {
                        chosen = id;
                        break;
                    }
                }
            }
            text = chosen;
            expected = chosen.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(chosen);
        } else if (f.type.startsWith(QLatin1Char('`')) && f.type.contains(QLatin1String(" or "))) {
            // A choice, documented as "`a` or `b` or `c`": the first code other than the current.
            // A flag ("`false` or `true`") is a JSON boolean.
            static const QRegularExpression codeRe(QStringLiteral("`([^`]+)`"));
            const QString currentText = current.isBool()
                                            ? QString::fromLatin1(current.toBool() ? "true" : "false")
                                            : current.toString();
            for (auto it = codeRe.globalMatch(f.type); it.hasNext();) {
                const QString code = it.next().captured(1);
                if (code != currentText) {
                    text = code;
                    break;
                }
            }
            expected = current.isBool() ? QJsonValue(text == QLatin1String("true")) : QJsonValue(text);
        } else if (f.type == QLatin1String("string")) {
            text = QStringLiteral("Set by test = 42");
            expected = text;
        } else {
            // A number: the documented range's midpoint (or the current value × 0.9 for an
            // open range), whole when the field holds a whole number.
            static const QRegularExpression rangeRe(QStringLiteral(
                "^([\\x{2212}-]?[0-9][0-9.,e+]*)\\s*\\x{2013}\\s*([\\x{2212}-]?[0-9][0-9.,e+]*|[a-z_.]+)"));
            static const QRegularExpression openRe(QStringLiteral("^\\x{2265}\\s*([0-9.]+)"));
            double lo = 0, hi = 0;
            bool haveRange = false, open = false;
            if (const auto m = rangeRe.match(f.range); m.hasMatch()) {
                const auto a = docNumber(m.captured(1));
                auto b = docNumber(m.captured(2));
                if (!b) {
                    // An upper bound named after another key ("horizon", "cluster.cards").
                    const QString other = m.captured(2) == QLatin1String("horizon")
                                              ? QStringLiteral("horizon_months") : m.captured(2);
                    if (m_inputs.value(other).isDouble())
                        b = m_inputs.value(other).toDouble();
                }
                if (a && b) {
                    lo = *a;
                    hi = *b;
                    haveRange = true;
                }
            } else if (const auto o = openRe.match(f.range); o.hasMatch()) {
                lo = o.captured(1).toDouble();
                open = true;
            }
            const bool whole = (current.isDouble() && current.toDouble() == std::floor(current.toDouble()))
                               || f.type.startsWith(QLatin1String("months"))
                               || f.type.startsWith(QLatin1String("cards"))
                               || f.type.startsWith(QLatin1String("requests"));
            std::optional<double> value;
            if (haveRange) {
                const bool wholeBounds = lo == std::floor(lo) && hi == std::floor(hi);
                const double mid = (lo + hi) / 2;
                for (double c : {mid, (lo + mid) / 2, (mid + hi) / 2, lo, hi}) {
                    if (whole && wholeBounds)
                        c = std::floor(c);
                    if (!(current.isDouble() && current.toDouble() == c)) {
                        value = c;
                        break;
                    }
                }
            } else if (open) {
                const double cur = current.toDouble();
                value = cur > lo ? (whole ? std::floor(cur * 0.9) : cur * 0.9) : lo + 1000.0;
            }
            if (value) {
                text = QString::number(*value, 'g', 17);
                expected = *value;
            } else {
                expected = QJsonValue(QJsonValue::Undefined); // the test row fails: no usable range
            }
        }
        const QStringList assignments{key + QLatin1Char('=') + text};
        QTest::newRow(row.constData()) << assignments << key << expected;
    }
}

void TestCommandLine::setEveryScalarKey()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    QVERIFY2(!expected.isUndefined(),
             qPrintable(key + QStringLiteral(": not documented in docs/scenario-json.md with a usable type and range, or no other catalog entry to choose")));
    QStringList args{QStringLiteral("eval"), QStringLiteral("--json")};
    for (const QString &a : assignments)
        args << QStringLiteral("--set") << a;
    const Run r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(assignments.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe()));
    QString error;
    const QJsonObject out = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonValue actual = at(out, QStringLiteral("inputs.") + key);
    QVERIFY2(!actual.isUndefined(), qPrintable(key + QStringLiteral(" missing from inputs")));
    if (expected.isDouble()) {
        QVERIFY2(actual.isDouble(), qPrintable(key + QStringLiteral(" is not a number in inputs")));
        QVERIFY2(close(actual.toDouble(), expected.toDouble(), 1e-12),
                 qPrintable(QStringLiteral("%1: %2 in inputs, set %3").arg(key).arg(actual.toDouble(), 0, 'g', 17).arg(expected.toDouble(), 0, 'g', 17)));
    } else {
        QCOMPARE(actual, expected);
    }
    QVERIFY2(m_eval.value(QStringLiteral("inputs")) != out.value(QStringLiteral("inputs")),
             "inputs unchanged by --set");
    if (key == QLatin1String("name"))
        QCOMPARE(out.value(QStringLiteral("scenario")), expected);
    if (key == QLatin1String("cluster.card")) {
        // The server follows the card unless set too: null (the standard server) or its id.
        QString standard;
        for (const QJsonValue &c : catalogRecords(QStringLiteral("cards.json"))) {
            if (c.toObject().value(QStringLiteral("id")) == expected)
                standard = c.toObject().value(QStringLiteral("standard_server")).toString();
        }
        const QJsonValue server = at(out, QStringLiteral("inputs.cluster.server"));
        QVERIFY2(server.isNull() || server.toString() == standard,
                 qPrintable(QStringLiteral("cluster.server is %1 after cluster.card=%2")
                                .arg(server.toString(), expected.toString())));
    }
}

void TestCommandLine::setArrayKeys_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("checkKeys");
    QTest::addColumn<QJsonArray>("expected");

    const QJsonArray scenarios = exampleProject().value(QStringLiteral("scenarios")).toArray();
    const QJsonObject first = scenarios.at(0).toObject();
    const bool firstHasPhases = !at(first, QStringLiteral("cluster.phases")).toArray().isEmpty();
    const auto sets = [](std::initializer_list<const char *> list) {
        QStringList out{QStringLiteral("eval"), QStringLiteral("--json")};
        for (const char *s : list)
            out << QStringLiteral("--set") << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("a MaaS segment with its model and prices")
        << sets({"inference.model=qwen3-32b", "inference.tensor_parallel=2",
                 "demand.segments.0.kind=maas", "demand.segments.0.contract_months=0",
                 "demand.segments.0.price_input_cny_per_mtok=2",
                 "demand.segments.0.price_cached_input_cny_per_mtok=0.5",
                 "demand.segments.0.price_output_cny_per_mtok=8",
                 "demand.segments.0.token_price_decline_per_year=0.3",
                 "demand.segments.0.serving_hours=16", "demand.segments.0.offhours_utilization=0.4"})
        << QStringList{QStringLiteral("inference.model"), QStringLiteral("demand.segments.0.kind"),
                       QStringLiteral("demand.segments.0.price_input_cny_per_mtok"),
                       QStringLiteral("demand.segments.0.price_cached_input_cny_per_mtok"),
                       QStringLiteral("demand.segments.0.price_output_cny_per_mtok"),
                       QStringLiteral("demand.segments.0.token_price_decline_per_year"),
                       QStringLiteral("demand.segments.0.serving_hours"),
                       QStringLiteral("demand.segments.0.offhours_utilization")}
        << QJsonArray{QStringLiteral("qwen3-32b"), QStringLiteral("maas"), 2, 0.5, 8, 0.3, 16, 0.4};
    QTest::newRow("segment utilization")
        << sets({"demand.segments.0.utilization=0.5"})
        << QStringList{QStringLiteral("demand.segments.0.utilization")} << QJsonArray{0.5};
    QTest::newRow("segment ramp shape")
        << sets({"demand.segments.0.ramp_shape=s-curve"})
        << QStringList{QStringLiteral("demand.segments.0.ramp_shape")} << QJsonArray{QStringLiteral("s-curve")};
    QTest::newRow("segment name, share, ramp months, price factor")
        << sets({"demand.segments.0.name=Renamed", "demand.segments.0.share=0.5",
                 "demand.segments.0.ramp_months=6", "demand.segments.0.price_factor=1.2"})
        << QStringList{QStringLiteral("demand.segments.0.name"), QStringLiteral("demand.segments.0.share"),
                       QStringLiteral("demand.segments.0.ramp_months"), QStringLiteral("demand.segments.0.price_factor")}
        << QJsonArray{QStringLiteral("Renamed"), 0.5, 6, 1.2};
    if (firstHasPhases) {
        QTest::newRow("first phase month")
            << sets({"cluster.phases.0.month=1"})
            << QStringList{QStringLiteral("cluster.phases.0.month")} << QJsonArray{1};
    } else {
        QTest::newRow("append a phase")
            << sets({"cluster.phases.0.month=0", "cluster.phases.0.share=1"})
            << QStringList{QStringLiteral("cluster.phases.0.month"), QStringLiteral("cluster.phases.0.share")}
            << QJsonArray{0, 1};
    }
    QTest::newRow("append two phases in one call")
        << sets({"cluster.phases.0.month=0", "cluster.phases.0.share=0.5",
                 "cluster.phases.1.month=12", "cluster.phases.1.share=0.5"})
        << QStringList{QStringLiteral("cluster.phases.0.month"), QStringLiteral("cluster.phases.0.share"),
                       QStringLiteral("cluster.phases.1.month"), QStringLiteral("cluster.phases.1.share")}
        << QJsonArray{0, 0.5, 12, 0.5};
    QTest::newRow("append a segment")
        << sets({"demand.segments.0.share=0.5", "demand.segments.2.share=0.1", "demand.segments.2.utilization=0.7"})
        << QStringList{QStringLiteral("demand.segments.2.share"), QStringLiteral("demand.segments.2.utilization")}
        << QJsonArray{0.1, 0.7};
    // The example's second scenario is built in phases: move its second phase.
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QJsonArray phases = at(scenarios.at(i).toObject(), QStringLiteral("cluster.phases")).toArray();
        if (phases.size() < 2)
            continue;
        const int month = phases.at(1).toObject().value(QStringLiteral("month")).toInt();
        QTest::newRow("phased scenario: second phase month")
            << QStringList{QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--scenario"),
                           scenarios.at(i).toObject().value(QStringLiteral("name")).toString(),
                           QStringLiteral("--set"), QStringLiteral("cluster.phases.1.month=%1").arg(month + 6)}
            << QStringList{QStringLiteral("cluster.phases.1.month")} << QJsonArray{month + 6};
        break;
    }
}

void TestCommandLine::setArrayKeys()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, checkKeys);
    QFETCH(QJsonArray, expected);
    const Run r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject out = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (qsizetype i = 0; i < checkKeys.size(); ++i) {
        const QJsonValue actual = at(out, QStringLiteral("inputs.") + checkKeys.at(i));
        QVERIFY2(!actual.isUndefined(), qPrintable(checkKeys.at(i) + QStringLiteral(" missing from inputs")));
        if (expected.at(i).isDouble())
            QCOMPARE(actual.toDouble(), expected.at(i).toDouble());
        else
            QCOMPARE(actual, expected.at(i));
    }
}

void TestCommandLine::sitePresetFill_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("explicitKeys");
    QTest::addColumn<double>("explicitValue");

    // A site whose preset differs from the current scenario in power price, PUE and tax.
    const QString current = m_inputs.value(QStringLiteral("site.region")).toString();
    QString site;
    for (const QJsonValue &v : catalogRecords(QStringLiteral("sites.json"))) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() != current
            && o.value(QStringLiteral("power_price_cny_per_kwh")).toDouble() != m_inputs.value(QStringLiteral("site.power_price_cny_per_kwh")).toDouble()
            && o.value(QStringLiteral("typical_pue")).toDouble() != m_inputs.value(QStringLiteral("site.pue")).toDouble()
            && o.value(QStringLiteral("typical_pue")).toDouble() != 1.15
            && o.value(QStringLiteral("tax_rate")).toDouble() != m_inputs.value(QStringLiteral("finance.tax_rate")).toDouble()) {
            site = o.value(QStringLiteral("id")).toString();
            break;
        }
    }
    QVERIFY2(!site.isEmpty(), "no site in sites.json differs from the example's");
    const QString region = QStringLiteral("site.region=") + site;
    QTest::newRow("preset only") << QStringList{region} << site << QStringList() << 0.0;
    QTest::newRow("explicit PUE after the site")
        << QStringList{region, QStringLiteral("site.pue=1.15")} << site
        << QStringList{QStringLiteral("site.pue")} << 1.15;
    QTest::newRow("explicit PUE before the site")
        << QStringList{QStringLiteral("site.pue=1.15"), region} << site
        << QStringList{QStringLiteral("site.pue")} << 1.15;
    QTest::newRow("explicit tax rate")
        << QStringList{region, QStringLiteral("finance.tax_rate=0.2")} << site
        << QStringList{QStringLiteral("finance.tax_rate")} << 0.2;
}

void TestCommandLine::sitePresetFill()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, site);
    QFETCH(QStringList, explicitKeys);
    QFETCH(double, explicitValue);
    QJsonObject preset;
    for (const QJsonValue &v : catalogRecords(QStringLiteral("sites.json"))) {
        if (v.toObject().value(QStringLiteral("id")).toString() == site)
            preset = v.toObject();
    }
    QVERIFY(!preset.isEmpty());
    QStringList args{QStringLiteral("eval"), QStringLiteral("--json")};
    for (const QString &a : assignments)
        args << QStringLiteral("--set") << a;
    const Run r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject inputs = parse(r.out, &error).object().value(QStringLiteral("inputs")).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(at(inputs, QStringLiteral("site.region")).toString(), site);
    // Scenario key ← preset key (docs/scenario-json.md, "Catalog selection with --set").
    const std::pair<const char *, const char *> filled[] = {
        {"site.power_price_cny_per_kwh", "power_price_cny_per_kwh"},
        {"site.pue", "typical_pue"},
        {"site.pue_limit", "pue_limit"},
        {"site.grid_capacity_kw", "grid_capacity_kw"},
        {"site.energy_quota_mwh_per_year", "energy_quota_mwh_per_year"},
        {"site.carbon_kg_per_kwh", "carbon_kg_per_kwh"},
        {"site.green_power_share", "green_power_share"},
        {"site.facility_capex_cny_per_kw", "facility_capex_cny_per_kw"},
        {"finance.tax_rate", "tax_rate"},
    };
    for (const auto &[key, presetKey] : filled) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue actual = at(inputs, k);
        QVERIFY2(actual.isDouble(), qPrintable(k + QStringLiteral(" is not a number")));
        const double want = explicitKeys.contains(k) ? explicitValue
                                                     : preset.value(QLatin1String(presetKey)).toDouble();
        QVERIFY2(close(actual.toDouble(), want, 1e-12),
                 qPrintable(QStringLiteral("%1 = %2, expected %3").arg(k).arg(actual.toDouble()).arg(want)));
    }
}

// ---- --set on whole arrays and elements -------------------------------------------------------

namespace {

QStringList setArgs(const QString &scenario, const QStringList &assignments, bool json = true)
{
    QStringList args{QStringLiteral("eval")};
    if (json)
        args << QStringLiteral("--json");
    if (!scenario.isEmpty())
        args << QStringLiteral("--scenario") << scenario;
    for (const QString &a : assignments)
        args << QStringLiteral("--set") << a;
    return args;
}

// The example's scenario that is built in phases (two phases, three segments).
constexpr int kPhased = 1;

const QString kAbsent = QStringLiteral("<absent>");

} // namespace

void TestCommandLine::setArrayRemoval_data()
{
    QTest::addColumn<int>("scenario"); // index into the example project
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QStringList>("checkKeys");   // under "inputs"
    QTest::addColumn<QJsonArray>("expected");     // kAbsent: no such key

    const QJsonObject phased = m_all.at(kPhased).toObject().value(QStringLiteral("inputs")).toObject();
    QVERIFY2(at(phased, QStringLiteral("cluster.phases")).toArray().size() == 2
                 && at(phased, QStringLiteral("demand.segments")).toArray().size() == 3,
             "the example's second scenario no longer has two phases and three segments");
    const QJsonArray segments = at(phased, QStringLiteral("demand.segments")).toArray();
    const QJsonObject phase = [](int month, double share) {
        return QJsonObject{{QStringLiteral("month"), month}, {QStringLiteral("share"), share}};
    }(0, 1.0);
    const auto L = [](const char *s) { return QString::fromUtf8(s); };
    // An array holding one array: QJsonArray{QJsonArray{...}} is a copy for clang (CWG 1467)
    // and a one-element list for gcc, so it is built by append.
    const auto one = [](const QJsonArray &a) {
        QJsonArray r;
        r.append(a);
        return r;
    };

    QTest::newRow("empty the phases")
        << kPhased << QStringList{L("cluster.phases=[]")} << QStringList{L("cluster.phases")}
        << one(QJsonArray());
    QTest::newRow("replace the phases")
        << kPhased << QStringList{L(R"(cluster.phases=[{"month": 0, "share": 0.25}, {"month": 6, "share": 0.75}])")}
        << QStringList{L("cluster.phases")}
        << one(QJsonArray{QJsonObject{{L("month"), 0}, {L("share"), 0.25}},
                          QJsonObject{{L("month"), 6}, {L("share"), 0.75}}});
    QTest::newRow("remove the second phase, the first takes all")
        << kPhased << QStringList{L("cluster.phases.1=null"), L("cluster.phases.0.share=1")}
        << QStringList{L("cluster.phases")} << one(QJsonArray{phase});
    QTest::newRow("empty, then append (either order)")
        << 0 << QStringList{L("cluster.phases.0.month=0"), L("cluster.phases.0.share=1"), L("cluster.phases=[]")}
        << QStringList{L("cluster.phases")} << one(QJsonArray{phase});
    QTest::newRow("remove a segment")
        << kPhased << QStringList{L("demand.segments.1=null")} << QStringList{L("demand.segments")}
        << one(QJsonArray{segments.at(0), segments.at(2)});
    QTest::newRow("remove two segments by their indexes as loaded")
        << kPhased << QStringList{L("demand.segments.0=null"), L("demand.segments.2=null")}
        << QStringList{L("demand.segments")} << one(QJsonArray{segments.at(1)});
    QTest::newRow("remove a segment, then set the one now first")
        << kPhased << QStringList{L("demand.segments.0=null"), L("demand.segments.0.utilization=0.5")}
        << QStringList{L("demand.segments.0.name"), L("demand.segments.0.utilization")}
        << QJsonArray{segments.at(1).toObject().value(L("name")), 0.5};
    QTest::newRow("replace the segments")
        << 0 << QStringList{L(R"(demand.segments=[{"name": "Only", "share": 1, "utilization": 0.6}])")}
        << QStringList{L("demand.segments.0.name"), L("demand.segments.0.share"),
                       L("demand.segments.0.utilization"), L("demand.segments.1")}
        << QJsonArray{L("Only"), 1, 0.6, kAbsent};
    QTest::newRow("set an element's members as an object")
        << 0 << QStringList{L(R"(demand.segments.1={"utilization": 0.5, "price_factor": 0.9})")}
        << QStringList{L("demand.segments.1.utilization"), L("demand.segments.1.price_factor")}
        << QJsonArray{0.5, 0.9};
}

void TestCommandLine::setArrayRemoval()
{
    QFETCH(int, scenario);
    QFETCH(QStringList, assignments);
    QFETCH(QStringList, checkKeys);
    QFETCH(QJsonArray, expected);
    const QString name = m_all.at(scenario).toObject().value(QStringLiteral("scenario")).toString();
    const Run r = runCli(setArgs(name, assignments));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject out = parse(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject inputs = out.value(QStringLiteral("inputs")).toObject();
    for (qsizetype i = 0; i < checkKeys.size(); ++i) {
        const QJsonValue actual = at(inputs, checkKeys.at(i));
        if (expected.at(i) == QJsonValue(kAbsent)) {
            QVERIFY2(actual.isUndefined(), qPrintable(checkKeys.at(i) + QStringLiteral(" should not exist")));
            continue;
        }
        QVERIFY2(!actual.isUndefined(), qPrintable(checkKeys.at(i) + QStringLiteral(" missing from inputs")));
        QCOMPARE(actual, expected.at(i));
    }
    // Still a whole evaluation.
    QVERIFY(at(out, QStringLiteral("finance.npv_cny")).isDouble());
}

void TestCommandLine::setArrayRemovalRefused_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QStringList>("needles");
    const auto L = [](const char *s) { return QString::fromUtf8(s); };
    QTest::newRow("no segment left") << 0 << QStringList{L("demand.segments=[]")}
                                     << QStringList{L("demand.segments")};
    QTest::newRow("no segment left, element by element")
        << 0 << QStringList{L("demand.segments.0=null"), L("demand.segments.1=null")}
        << QStringList{L("demand.segments")};
    QTest::newRow("remove a phase that is not there") << 0 << QStringList{L("cluster.phases.0=null")}
                                                      << QStringList{L("cluster.phases.0")};
    QTest::newRow("remove a segment beyond the end") << kPhased << QStringList{L("demand.segments.3=null")}
                                                     << QStringList{L("demand.segments.3")};
    QTest::newRow("a number for an array") << 0 << QStringList{L("cluster.phases=5")}
                                           << QStringList{L("cluster.phases")};
    QTest::newRow("malformed array") << 0 << QStringList{L("cluster.phases=[{")}
                                     << QStringList{L("cluster.phases")};
    QTest::newRow("an element that is not an object") << 0 << QStringList{L("cluster.phases=[1]")}
                                                      << QStringList{L("cluster.phases.0")};
    QTest::newRow("an unknown member") << 0 << QStringList{L(R"(cluster.phases=[{"month": 0, "colour": 1}])")}
                                       << QStringList{L("cluster.phases.0.colour")};
    QTest::newRow("replaced phases not summing to 1")
        << 0 << QStringList{L(R"(cluster.phases=[{"month": 0, "share": 0.5}])")}
        << QStringList{L("cluster.phases")};
    QTest::newRow("removing the second phase leaves shares below 1")
        << kPhased << QStringList{L("cluster.phases.1=null")} << QStringList{L("cluster.phases")};
    QTest::newRow("an element set to a number") << 0 << QStringList{L("demand.segments.0=3")}
                                                << QStringList{L("demand.segments.0")};
}

void TestCommandLine::setArrayRemovalRefused()
{
    QFETCH(int, scenario);
    QFETCH(QStringList, assignments);
    QFETCH(QStringList, needles);
    const QString name = m_all.at(scenario).toObject().value(QStringLiteral("scenario")).toString();
    const Run r = runCli(setArgs(name, assignments));
    QVERIFY2(r.finished, qPrintable(QStringLiteral("did not end: ") + r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(!err.contains(QLatin1String("Internal error")), qPrintable(err));
    for (const QString &n : needles)
        QVERIFY2(err.contains(n), qPrintable(QStringLiteral("stderr does not name \"%1\": %2").arg(n, err.trimmed())));
}

// ---- eval --batch -----------------------------------------------------------------------------

namespace {

// A case's overrides as --set assignments.
QStringList assignmentsOf(const QJsonObject &overrides)
{
    QStringList out;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (v.isString())
            text = v.toString();
        else if (v.isNull())
            text = QStringLiteral("null");
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        out << it.key() + QLatin1Char('=') + text;
    }
    return out;
}

QList<QByteArray> outputLines(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

void TestCommandLine::batchMatchesSet_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QJsonObject>("overrides");
    const auto L = [](const char *s) { return QString::fromUtf8(s); };
    const QString currentSite = m_inputs.value(L("site.region")).toString();
    QString otherSite;
    for (const QJsonValue &e : m_catalogEntries) {
        const QJsonObject o = e.toObject();
        if (o.value(L("kind")).toString() == L("site") && o.value(L("id")).toString() != currentSite) {
            otherSite = o.value(L("id")).toString();
            break;
        }
    }
    QVERIFY(!otherSite.isEmpty());
    QTest::newRow("no override") << 0 << QJsonObject();
    QTest::newRow("cards") << 0 << QJsonObject{{L("cluster.cards"), 2048}};
    QTest::newRow("cards and a segment's utilization")
        << 0 << QJsonObject{{L("cluster.cards"), 2048}, {L("demand.segments.0.utilization"), 0.7}};
    QTest::newRow("site with an explicit PUE")
        << 0 << QJsonObject{{L("site.region"), otherSite}, {L("site.pue"), 1.2}};
    QTest::newRow("another card, its standard server")
        << 0 << QJsonObject{{L("cluster.card"), L("nvidia-h100-sxm")}};
    QTest::newRow("price too low: no IRR, no payback")
        << 0 << QJsonObject{{L("demand.list_price_cny_per_card_hour"), 0.5}};
    QTest::newRow("MFU given, training on fewer cards")
        << 0 << QJsonObject{{L("training.mfu"), 0.4}, {L("training.cards"), 256}};
    QTest::newRow("name with quotes, backslash and Chinese")
        << 0 << QJsonObject{{L("name"), L("Case \"A\" \\ 名称")}};
    QTest::newRow("phased scenario: phases emptied") << kPhased << QJsonObject{{L("cluster.phases"), QJsonArray()}};
    QTest::newRow("phased scenario: a segment removed")
        << kPhased << QJsonObject{{L("demand.segments.2"), QJsonValue(QJsonValue::Null)}};
    QTest::newRow("phased scenario: phases replaced")
        << kPhased << QJsonObject{{L("cluster.phases"), QJsonArray{QJsonObject{{L("month"), 3}, {L("share"), 1}}}}};
}

// A batch case prints the same figures, to the last bit, as `eval --set … --json`: with the
// fields of the speed goal, and with every key the result has.
void TestCommandLine::batchMatchesSet()
{
    QFETCH(int, scenario);
    QFETCH(QJsonObject, overrides);
    const QString name = m_all.at(scenario).toObject().value(QStringLiteral("scenario")).toString();
    const Run set = runCli(setArgs(name, assignmentsOf(overrides)));
    QVERIFY2(set.finished && set.exitCode == 0, qPrintable(set.describe()));
    QString error;
    const QJsonObject expected = parse(set.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QMap<QString, QJsonValue> leaves;
    flatten(expected, QString(), leaves);
    QStringList every = leaves.keys();
    every.removeIf([](const QString &k) {
        return k.startsWith(QLatin1String("monthly")) || k.startsWith(QLatin1String("statements"));
    });
    // Whole objects and arrays, and array elements by index, may be named too.
    every << QStringLiteral("sizing.network") << QStringLiteral("warnings")
          << QStringLiteral("monthly.12.cash_flow_cny") << QStringLiteral("finance.irr_roots")
          << QStringLiteral("statements.income") << QStringLiteral("statements.balance_sheet.3.assets_cny");
    const QStringList speed{QStringLiteral("finance.npv_cny"), QStringLiteral("finance.irr"),
                            QStringLiteral("finance.payback_months")};

    const QString cases = file(QStringLiteral("batch-one.jsonl"));
    QFile f(cases);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(overrides).toJson(QJsonDocument::Compact) + '\n');
    f.close();
    for (const QStringList &fields : {speed, every}) {
        const Run r = runCli({QStringLiteral("eval"), QStringLiteral("--scenario"), name,
                              QStringLiteral("--batch"), cases, QStringLiteral("--fields"),
                              fields.join(QLatin1Char(','))});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QList<QByteArray> lines = outputLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject actual = parse(lines.at(0), &error).object();
        QVERIFY2(error.isEmpty(), qPrintable(error + QStringLiteral(": ") + QString::fromUtf8(lines.at(0))));
        QVERIFY2(!actual.contains(QStringLiteral("error")), lines.at(0).constData());
        for (const QString &key : fields) {
            const QJsonValue want = at(expected, key);
            QVERIFY2(!want.isUndefined(), qPrintable(key));
            QVERIFY2(at(actual, key) == want,
                     qPrintable(QStringLiteral("%1: batch %2, eval --set %3").arg(key,
                         QString::fromUtf8(QJsonDocument(QJsonArray{at(actual, key)}).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(QJsonArray{want}).toJson(QJsonDocument::Compact)))));
        }
        if (fields == speed)
            QCOMPARE(actual.keys(), QStringList{QStringLiteral("finance")});
    }
}

// Without --fields a case prints everything `eval --json` does but the monthly rows and the
// yearly statements.
void TestCommandLine::batchDefaultFields()
{
    const QString cases = file(QStringLiteral("batch-default.jsonl"));
    QFile f(cases);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{}\n{\"cluster.cards\": 2048}\n");
    f.close();
    const Run r = runCli({QStringLiteral("eval"), QStringLiteral("--batch"), cases});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QList<QByteArray> lines = outputLines(r.out);
    QCOMPARE(lines.size(), 2);
    const Run set = runCli(setArgs(QString(), {QStringLiteral("cluster.cards=2048")}));
    QVERIFY2(set.finished && set.exitCode == 0, qPrintable(set.describe()));
    QString error;
    for (int i = 0; i < 2; ++i) {
        QJsonObject expected = i == 0 ? m_eval : parse(set.out, &error).object();
        QVERIFY(expected.contains(QStringLiteral("monthly")));
        QVERIFY(expected.contains(QStringLiteral("statements")));
        expected.remove(QStringLiteral("monthly"));
        expected.remove(QStringLiteral("statements"));
        QCOMPARE(parse(lines.at(i), &error).object(), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

// One output line per input line, in order; refused cases say why and the run goes on.
void TestCommandLine::batchLines()
{
    const QByteArray input = "{\"cluster.cards\": 2048}\n"             // 1
                             "{\"cluster.bogus\": 1}\n"                // 2 unknown key
                             "\n"                                      // 3 empty
                             "not json\n"                              // 4
                             "{\"cluster.cards\": 0}\n"                // 5 out of range
                             "{\"cluster.cards\": true}\n"             // 6 wrong type
                             "  {\"demand.segments.0.utilization\" : 0.7 }  \r\n" // 7 spaces, CRLF
                             "{\"demand.segments\": []}\n"             // 8 no segment left
                             "{}\n"                                    // 9 the scenario as is
                             "{\"cluster.cards\": 2048,}\n"            // 10 trailing comma
                             "{\"name\": null}\n"                      // 11 null for text
                             "{\"site.region\": \"nowhere\"}";          // 12 no final newline
    const QString cases = file(QStringLiteral("batch-lines.jsonl"));
    QFile f(cases);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(input);
    f.close();
    const QString fields = QStringLiteral("finance.npv_cny,sizing.cards");
    const Run fromFile = runCli({QStringLiteral("eval"), QStringLiteral("--batch"), cases,
                                 QStringLiteral("--fields"), fields});
    const Run fromStdin = runCli({QStringLiteral("eval"), QStringLiteral("--batch"), QStringLiteral("-"),
                                  QStringLiteral("--fields"), fields},
                                 QStringLiteral("C"), QString(), input);
    for (const Run &r : {fromFile, fromStdin}) {
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QList<QByteArray> lines = outputLines(r.out);
        QCOMPARE(lines.size(), 12);
        const auto object = [&](int line) {
            QString error;
            const QJsonObject o = parse(lines.at(line - 1), &error).object();
            [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
            return o;
        };
        const auto refused = [&](int line, const char *needle) {
            const QString e = object(line).value(QStringLiteral("error")).toString();
            return e.contains(QString::fromUtf8(needle)) && e.contains(QStringLiteral("line %1").arg(line));
        };
        QCOMPARE(at(object(1), QStringLiteral("sizing.cards")).toInt(), 2048);
        QVERIFY2(refused(2, "cluster.bogus"), lines.at(1).constData());
        QVERIFY2(refused(3, "empty"), lines.at(2).constData());
        QVERIFY2(refused(4, "JSON"), lines.at(3).constData());
        QVERIFY2(refused(5, "cluster.cards"), lines.at(4).constData());
        QVERIFY2(refused(6, "cluster.cards"), lines.at(5).constData());
        QVERIFY2(at(object(7), QStringLiteral("finance.npv_cny")).isDouble(), lines.at(6).constData());
        QVERIFY2(refused(8, "demand.segments"), lines.at(7).constData());
        QCOMPARE(at(object(9), QStringLiteral("finance.npv_cny")), at(m_eval, QStringLiteral("finance.npv_cny")));
        QCOMPARE(object(9).keys(), (QStringList{QStringLiteral("finance"), QStringLiteral("sizing")}));
        QVERIFY2(refused(10, "JSON"), lines.at(9).constData());
        QVERIFY2(refused(11, "name"), lines.at(10).constData());
        QVERIFY2(refused(12, "nowhere"), lines.at(11).constData());
    }
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TestCommandLine::batchBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles");
    const auto L = [](const char *s) { return QString::fromUtf8(s); };
    const QString cases = L("%DIR%/batch-ok.jsonl");
    QTest::newRow("no such file") << QStringList{L("eval"), L("--batch"), L("%DIR%/no-such-cases.jsonl")}
                                  << QStringList{L("no-such-cases.jsonl")};
    QTest::newRow("a folder") << QStringList{L("eval"), L("--batch"), L("%DIR%")} << QStringList{L("--batch")};
    QTest::newRow("unknown --fields key")
        << QStringList{L("eval"), L("--batch"), cases, L("--fields"), L("finance.npv_cny,finance.bogus")}
        << QStringList{L("finance.bogus")};
    QTest::newRow("empty --fields key")
        << QStringList{L("eval"), L("--batch"), cases, L("--fields"), L("finance.npv_cny,,finance.irr")}
        << QStringList{L("--fields")};
    QTest::newRow("--fields without --batch") << QStringList{L("eval"), L("--fields"), L("finance.npv_cny")}
                                              << QStringList{L("--fields")};
    QTest::newRow("--batch with --all") << QStringList{L("eval"), L("--all"), L("--batch"), cases}
                                        << QStringList{L("--batch"), L("--all")};
    QTest::newRow("bad --set before the cases")
        << QStringList{L("eval"), L("--set"), L("cluster.cards=0"), L("--batch"), cases}
        << QStringList{L("cluster.cards")};
    QTest::newRow("unknown scenario")
        << QStringList{L("eval"), L("--scenario"), L("Nowhere"), L("--batch"), cases} << QStringList{L("Nowhere")};
}

void TestCommandLine::batchBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    QFile f(file(QStringLiteral("batch-ok.jsonl")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"cluster.cards\": 2048}\n");
    f.close();
    const Run r = runCli(expand(args));
    QVERIFY2(r.finished, qPrintable(QStringLiteral("did not end: ") + r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), r.out.left(200).constData());
    const QString err = QString::fromUtf8(r.err);
    for (const QString &n : needles)
        QVERIFY2(err.contains(n), qPrintable(QStringLiteral("stderr does not name \"%1\": %2").arg(n, err.trimmed())));
}

// ---- bad input --------------------------------------------------------------------------------

void TestCommandLine::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles"); // each must appear in stderr

    const auto set = [](const char *assignment) {
        return QStringList{QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--set"),
                           QString::fromUtf8(assignment)};
    };
    const auto evalFile = [](const char *name) {
        return QStringList{QStringLiteral("eval"), QStringLiteral("--json"),
                           QStringLiteral("%DIR%/") + QString::fromUtf8(name)};
    };
    const auto needles = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("unknown key") << set("cluster.bogus=1") << needles({"cluster.bogus"});
    QTest::newRow("unknown top-level key") << set("bogus=1") << needles({"bogus"});
    QTest::newRow("unknown group") << set("power.pue=1.2") << needles({"power.pue"});
    QTest::newRow("wrong type: text for cards") << set("cluster.cards=abc") << needles({"cluster.cards"});
    QTest::newRow("wrong type: empty value") << set("cluster.cards=") << needles({"cluster.cards"});
    QTest::newRow("wrong type: nan") << set("cluster.cards=nan") << needles({"cluster.cards"});
    QTest::newRow("wrong type: infinite PUE") << set("site.pue=inf") << needles({"site.pue"});
    QTest::newRow("wrong type: decimal comma") << set("site.pue=1,2") << needles({"site.pue"});
    QTest::newRow("wrong type: text for mfu") << set("training.mfu=high") << needles({"training.mfu"});
    QTest::newRow("wrong ramp shape") << set("demand.segments.0.ramp_shape=cubic") << needles({"demand.segments.0.ramp_shape"});
    QTest::newRow("null for a required number") << set("cluster.cards=null") << needles({"cluster.cards"});
    QTest::newRow("negative cards") << set("cluster.cards=-5") << needles({"cluster.cards"});
    QTest::newRow("zero cards") << set("cluster.cards=0") << needles({"cluster.cards"});
    QTest::newRow("non-integer cards") << set("cluster.cards=1.5") << needles({"cluster.cards"});
    QTest::newRow("PUE below 1") << set("site.pue=0.9") << needles({"site.pue"});
    QTest::newRow("horizon above range") << set("horizon_months=181") << needles({"horizon_months"});
    QTest::newRow("discount rate as a percentage") << set("finance.discount_rate=8") << needles({"finance.discount_rate"});
    QTest::newRow("training cards above cluster cards") << set("training.cards=99999") << needles({"training.cards"});
    QTest::newRow("share sums above 1")
        << set("demand.segments.0.share=0.99") << needles({"demand.segments"});
    QTest::newRow("segment index beyond the end")
        << set("demand.segments.7.share=0.01") << needles({"demand.segments.7.share"});
    QTest::newRow("phase shares not summing to 1")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--set"), QStringLiteral("cluster.phases.0.month=0"),
                       QStringLiteral("--set"), QStringLiteral("cluster.phases.0.share=0.5")}
        << needles({"cluster.phases"});
    QTest::newRow("unknown catalog id: card") << set("cluster.card=nope") << needles({"cluster.card", "nope"});
    QTest::newRow("unknown catalog id: site") << set("site.region=nowhere") << needles({"site.region", "nowhere"});
    QTest::newRow("unknown catalog id: fabric") << set("network.fabric=tin-cans") << needles({"network.fabric", "tin-cans"});
    QTest::newRow("unknown catalog id: model") << set("inference.model=gpt-9") << needles({"inference.model", "gpt-9"});
    QTest::newRow("a card as the model") << set("inference.model=nvidia-h20") << needles({"inference.model"});
    QTest::newRow("unknown precision") << set("inference.precision=fp4") << needles({"inference.precision", "fp4"});
    QTest::newRow("tensor parallel 0") << set("inference.tensor_parallel=0") << needles({"inference.tensor_parallel"});
    QTest::newRow("non-integer batch") << set("inference.batch=2.5") << needles({"inference.batch"});
    QTest::newRow("cache hits as a percentage") << set("inference.cache_hit_share=56") << needles({"inference.cache_hit_share"});
    QTest::newRow("unknown segment kind") << set("demand.segments.0.kind=lease") << needles({"demand.segments.0.kind", "lease"});
    QTest::newRow("MaaS segment without a model")
        << set("demand.segments.0.kind=maas") << needles({"demand.segments.0.kind"});
    QTest::newRow("negative token price")
        << set("demand.segments.0.price_output_cny_per_mtok=-1") << needles({"demand.segments.0.price_output_cny_per_mtok"});
    QTest::newRow("serving hours above 24")
        << set("demand.segments.0.serving_hours=25") << needles({"demand.segments.0.serving_hours"});
    QTest::newRow("catalog id of another kind") << set("cluster.card=ib-ndr-400g") << needles({"cluster.card"});
    QTest::newRow("server of another card")
        << set("cluster.server=generic-8x-rtx4090-server") << needles({"cluster.server"});
    QTest::newRow("card with another card's server")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--set"), QStringLiteral("cluster.card=nvidia-h100-sxm"),
                       QStringLiteral("--set"), QStringLiteral("cluster.server=nvidia-hgx-h800-8gpu")}
        << needles({"cluster.server"});
    QTest::newRow("unknown scenario name")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--scenario"), QStringLiteral("No such scenario")}
        << needles({"No such scenario"});
    QTest::newRow("--scenario with --all")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--scenario"), QStringLiteral("x")}
        << needles({"--all"});
    QTest::newRow("set without '='")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--set"), QStringLiteral("cluster.cards")}
        << needles({"cluster.cards"});
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--frobnicate")} << needles({"frobnicate"});
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("evaluate"), QStringLiteral("--json")} << needles({"evaluate"});
    QTest::newRow("unknown subcommand alone")
        << QStringList{QStringLiteral("frobnicate")} << needles({"frobnicate"});
    QTest::newRow("missing file") << evalFile("does-not-exist.json") << needles({"does-not-exist.json"});
    QTest::newRow("a directory") << evalFile("folder.json") << needles({"folder.json"});
    QTest::newRow("malformed JSON") << evalFile("malformed.json") << needles({"malformed.json"});
    QTest::newRow("truncated JSON") << evalFile("truncated.json") << needles({"truncated.json"});
    QTest::newRow("JSON array") << evalFile("array.json") << needles({"array.json"});
    QTest::newRow("wrong format") << evalFile("wrongformat.json") << needles({"wrongformat.json", "format"});
    QTest::newRow("newer schema_version") << evalFile("newer.json") << needles({"newer.json", "newer"});
    QTest::newRow("unknown top-level key in file") << evalFile("unknowntop.json") << needles({"unknowntop.json", "bogus_top_key"});
    QTest::newRow("unknown key inside a scenario")
        << evalFile("unknowninscenario.json") << needles({"unknowninscenario.json", "bogus_cluster_key"});
    QTest::newRow("unknown key inside a segment")
        << evalFile("unknowninsegment.json") << needles({"unknowninsegment.json", "colour"});
    QTest::newRow("scenario missing cluster.cards")
        << evalFile("missingcards.json") << needles({"missingcards.json", "cluster.cards"});
    QTest::newRow("wrong type in file") << evalFile("cardstext.json") << needles({"cardstext.json", "cluster.cards"});
    QTest::newRow("out of range in file") << evalFile("pueinfile.json") << needles({"pueinfile.json", "site.pue"});
    QTest::newRow("binary garbage") << evalFile("garbage.json") << needles({"garbage.json"});
    QTest::newRow("empty file") << evalFile("empty.json") << needles({"empty.json"});
    QTest::newRow("bad file with --all")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--json"),
                       QStringLiteral("%DIR%/newer.json")}
        << needles({"newer.json", "newer"});
}

void TestCommandLine::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    const Run r = runCli(expand(args));
    QVERIFY2(r.finished, qPrintable(QStringLiteral("did not end: ") + r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(QStringLiteral("stdout not empty: ") + QString::fromUtf8(r.out.left(200))));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(!err.trimmed().isEmpty(), "no message on stderr");
    QVERIFY2(!err.contains(QLatin1String("Internal error")), qPrintable(err));
    for (const QString &n : needles)
        QVERIFY2(err.contains(n), qPrintable(QStringLiteral("stderr does not name \"%1\": %2").arg(n, err.trimmed())));
}

// Issue 15: a file name that is not UTF-8 (café in Latin-1) could not be opened, and
// `-o $'out\xff.ccplan'` wrote another name with exit 0; a path beyond PATH_MAX said "no such
// file". Each is refused with exit 2. QProcess encodes arguments as UTF-8, so the raw bytes
// go through the shell's printf.
void TestCommandLine::hostileArguments_data()
{
    QTest::addColumn<QString>("script"); // "$0" is the executable, "$1" a private folder
    QTest::addColumn<QStringList>("needles");
    QTest::newRow("Latin-1 input name")
        << QStringLiteral("exec \"$0\" eval \"$1/$(printf 'caf\\351.json')\"")
        << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("non-UTF-8 output name (nothing written)")
        << QStringLiteral("exec \"$0\" convert -o \"$1/$(printf 'out\\377.ccplan')\"")
        << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("path longer than PATH_MAX")
        << QStringLiteral("exec \"$0\" eval \"$1/$(head -c 5000 /dev/zero | tr '\\0' p).json\"")
        << QStringList{QStringLiteral("too long")};
}

void TestCommandLine::hostileArguments()
{
    QFETCH(QString, script);
    QFETCH(QStringList, needles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), g_dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), script, QStringLiteral(CCP_EXECUTABLE), dir.path()});
    QVERIFY(p.waitForFinished(kGuardMs));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 2, qPrintable(QString::number(p.exitCode()) + QLatin1Char(' ') + err));
    for (const QString &n : needles)
        QVERIFY2(err.contains(n), qPrintable(err.right(200)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

// ---- catalog --json ---------------------------------------------------------------------------

void TestCommandLine::catalogJsonCounts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("minimum");
    QTest::newRow("cards") << QStringLiteral("card") << 15;
    QTest::newRow("fabrics") << QStringLiteral("fabric") << 5;
    QTest::newRow("sites") << QStringLiteral("site") << 10;
    QTest::newRow("servers") << QStringLiteral("server") << 15;
    QTest::newRow("storage") << QStringLiteral("storage") << 1;
    QTest::newRow("models") << QStringLiteral("model") << 8;
}

void TestCommandLine::catalogJsonCounts()
{
    QFETCH(QString, kind);
    QFETCH(int, minimum);
    int n = 0;
    for (const QJsonValue &e : m_catalogEntries)
        n += e.toObject().value(QStringLiteral("kind")).toString() == kind ? 1 : 0;
    QVERIFY2(n >= minimum, qPrintable(QStringLiteral("%1 %2 entries, expected at least %3").arg(n).arg(kind).arg(minimum)));
}

void TestCommandLine::catalogJsonEntries_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_catalogEntries.size(); ++i) {
        const QJsonObject e = m_catalogEntries.at(i).toObject();
        const QString name = e.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                             + e.value(QStringLiteral("id")).toString();
        QTest::newRow(qPrintable(name)) << int(i);
    }
}

void TestCommandLine::catalogJsonEntries()
{
    QFETCH(int, index);
    const QJsonObject e = m_catalogEntries.at(index).toObject();
    static const QStringList kinds{QStringLiteral("card"), QStringLiteral("server"), QStringLiteral("fabric"),
                                   QStringLiteral("site"), QStringLiteral("storage"), QStringLiteral("model")};
    QVERIFY2(kinds.contains(e.value(QStringLiteral("kind")).toString()),
             qPrintable(e.value(QStringLiteral("kind")).toString()));
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const QString id = e.value(QStringLiteral("id")).toString();
    QVERIFY2(idRe.match(id).hasMatch(), qPrintable(QStringLiteral("id \"%1\"").arg(id)));
    for (const char *k : {"name", "source", "confidence"}) {
        const QJsonValue v = e.value(QLatin1String(k));
        QVERIFY2(v.isString() && !v.toString().trimmed().isEmpty(),
                 qPrintable(QStringLiteral("%1: \"%2\" missing or empty").arg(id, QLatin1String(k))));
    }
    int sameId = 0;
    for (const QJsonValue &o : m_catalogEntries) {
        if (o.toObject().value(QStringLiteral("kind")) == e.value(QStringLiteral("kind"))
            && o.toObject().value(QStringLiteral("id")).toString() == id)
            ++sameId;
    }
    QCOMPARE(sameId, 1);
}

// Every entry carries the whole record of its data file: every figure (units in the key names),
// the text fields and the provenance.
void TestCommandLine::catalogJsonFigures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("record"); // from resources/catalog
    QTest::addColumn<QStringList>("numeric"); // every numeric key of the kind
    const std::pair<const char *, const char *> files[] = {
        {"card", "cards.json"}, {"server", "servers.json"}, {"fabric", "fabrics.json"},
        {"storage", "storage.json"}, {"site", "sites.json"}};
    for (const auto &[kind, name] : files) {
        const QJsonArray records = catalogRecords(QString::fromUtf8(name));
        QVERIFY2(!records.isEmpty(), name);
        QStringList numeric;
        for (const QJsonValue &r : records) {
            const QJsonObject o = r.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isDouble() && !numeric.contains(it.key()))
                    numeric << it.key();
            }
        }
        for (const QJsonValue &r : records) {
            const QString id = r.toObject().value(QStringLiteral("id")).toString();
            QTest::newRow(qPrintable(QString::fromUtf8(kind) + QLatin1Char(' ') + id))
                << QString::fromUtf8(kind) << r.toObject() << numeric;
        }
    }
}

void TestCommandLine::catalogJsonFigures()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, record);
    QFETCH(QStringList, numeric);
    QJsonObject entry;
    for (const QJsonValue &e : m_catalogEntries) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("kind")).toString() == kind
            && o.value(QStringLiteral("id")) == record.value(QStringLiteral("id")))
            entry = o;
    }
    QVERIFY2(!entry.isEmpty(), "not listed by catalog --json");
    QCOMPARE(entry.value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
    for (const QString &key : numeric) {
        QVERIFY2(entry.value(key).isDouble(), qPrintable(key + QStringLiteral(" is not a number in catalog --json")));
    }
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue v = entry.value(it.key());
        QVERIFY2(!v.isUndefined(), qPrintable(it.key() + QStringLiteral(" missing from catalog --json")));
        if (it.value().isDouble())
            QVERIFY2(close(v.toDouble(), it.value().toDouble(), 1e-15),
                     qPrintable(QStringLiteral("%1: %2, data file %3").arg(it.key()).arg(v.toDouble()).arg(it.value().toDouble())));
        else
            QCOMPARE(v, it.value());
    }
}

// The user's own catalog entries (kept by the GUI under the user's data folder) are listed and
// usable from the command line; the command line reads that file but never writes it.
void TestCommandLine::userCatalog()
{
    const QString home = m_dir.filePath(QStringLiteral("data-home-user"));
    const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(home));
    QCoreApplication::setOrganizationName(QStringLiteral("ccplanner")); // as the GUI names itself
    QCoreApplication::setApplicationName(QStringLiteral("ccplanner"));
    const QString path = ccp::CatalogStore::userCatalogPath();
    if (oldHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldHome);
    QVERIFY2(path.startsWith(home), qPrintable(path));

    const QString current = m_inputs.value(QStringLiteral("site.region")).toString();
    QJsonObject site;
    for (const QJsonValue &v : catalogRecords(QStringLiteral("sites.json"))) {
        if (v.toObject().value(QStringLiteral("id")).toString() == current)
            site = v.toObject();
    }
    QVERIFY(!site.isEmpty());
    site.insert(QStringLiteral("id"), QStringLiteral("test-user-site"));
    site.insert(QStringLiteral("name"), QStringLiteral("Test user site"));
    site.insert(QStringLiteral("power_price_cny_per_kwh"), 0.123);
    {
        ccp::CatalogStore store;
        const auto opened = store.open(path);
        QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
        const auto saved = store.saveUserRecord(ccp::RecordKind::Site, site);
        QVERIFY2(!saved, saved ? qPrintable(saved->message) : "");
    }
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    // Listed, with its origin and figures.
    const Run cat = runCli({QStringLiteral("catalog"), QStringLiteral("--json")}, QStringLiteral("C"), home);
    QVERIFY2(cat.finished && cat.exitCode == 0, qPrintable(cat.describe()));
    QString error;
    QJsonObject listed;
    int builtinCount = 0;
    for (const QJsonValue &e : parse(cat.out, &error).object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("test-user-site"))
            listed = o;
        builtinCount += o.value(QStringLiteral("origin")).toString() == QLatin1String("builtin") ? 1 : 0;
    }
    QCOMPARE(builtinCount, int(m_catalogEntries.size()));
    QCOMPARE(listed.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    QCOMPARE(listed.value(QStringLiteral("kind")).toString(), QStringLiteral("site"));
    QCOMPARE(listed.value(QStringLiteral("power_price_cny_per_kwh")).toDouble(), 0.123);

    // Usable by --set, by a batch case and by a project that names it without embedding it.
    const QString setSite = QStringLiteral("site.region=test-user-site");
    const Run set = runCli(setArgs(QString(), {setSite}), QStringLiteral("C"), home);
    QVERIFY2(set.finished && set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(at(parse(set.out, &error).object(), QStringLiteral("inputs.site.power_price_cny_per_kwh")).toDouble(), 0.123);
    const Run without = runCli(setArgs(QString(), {setSite}));
    QVERIFY2(without.exitCode == 2 && QString::fromUtf8(without.err).contains(QLatin1String("test-user-site")),
             qPrintable(without.describe()));

    const QString cases = file(QStringLiteral("batch-user.jsonl"));
    QFile f(cases);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"site.region\": \"test-user-site\"}\n");
    f.close();
    const Run batch = runCli({QStringLiteral("eval"), QStringLiteral("--batch"), cases, QStringLiteral("--fields"),
                              QStringLiteral("inputs.site.power_price_cny_per_kwh")},
                             QStringLiteral("C"), home);
    QVERIFY2(batch.finished && batch.exitCode == 0, qPrintable(batch.describe()));
    QCOMPARE(at(parse(outputLines(batch.out).value(0), &error).object(),
                QStringLiteral("inputs.site.power_price_cny_per_kwh")).toDouble(), 0.123);

    QJsonObject project = exampleProject();
    project.remove(QStringLiteral("catalog"));
    QJsonArray scenarios = project.value(QStringLiteral("scenarios")).toArray();
    QJsonObject first = scenarios.at(0).toObject();
    QJsonObject firstSite = first.value(QStringLiteral("site")).toObject();
    firstSite.insert(QStringLiteral("region"), QStringLiteral("test-user-site"));
    first.insert(QStringLiteral("site"), firstSite);
    scenarios[0] = first;
    project.insert(QStringLiteral("scenarios"), scenarios);
    const QString projectFile = file(QStringLiteral("user-site-project.json"));
    QFile pf(projectFile);
    QVERIFY(pf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pf.write(QJsonDocument(project).toJson());
    pf.close();
    const Run fromFile = runCli({QStringLiteral("eval"), QStringLiteral("--json"), projectFile},
                                QStringLiteral("C"), home);
    QVERIFY2(fromFile.finished && fromFile.exitCode == 0, qPrintable(fromFile.describe()));
    QCOMPARE(at(parse(fromFile.out, &error).object(), QStringLiteral("inputs.site.region")).toString(),
             QStringLiteral("test-user-site"));
    const Run fromFileWithout = runCli({QStringLiteral("eval"), QStringLiteral("--json"), projectFile});
    QVERIFY2(fromFileWithout.exitCode == 2 && QString::fromUtf8(fromFileWithout.err).contains(QLatin1String("test-user-site")),
             qPrintable(fromFileWithout.describe()));

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY2(after.readAll() == before, "the command line changed the user catalog");
}

// ---- locale, table ----------------------------------------------------------------------------

void TestCommandLine::localeIndependentJson_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("args");
    const QStringList eval{QStringLiteral("eval"), QStringLiteral("--json")};
    const QStringList all{QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--json")};
    QTest::newRow("de_DE.UTF-8, eval") << QStringLiteral("de_DE.UTF-8") << eval;
    QTest::newRow("de_DE.UTF-8, eval --all") << QStringLiteral("de_DE.UTF-8") << all;
    QTest::newRow("fr_FR.UTF-8, eval") << QStringLiteral("fr_FR.UTF-8") << eval;
    QTest::newRow("zh_CN.UTF-8, eval") << QStringLiteral("zh_CN.UTF-8") << eval;
    QTest::newRow("C.UTF-8, eval") << QStringLiteral("C.UTF-8") << eval;
    QTest::newRow("de_DE.UTF-8, eval --set with a decimal point")
        << QStringLiteral("de_DE.UTF-8")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--set"), QStringLiteral("site.pue=1.25")};
}

void TestCommandLine::localeIndependentJson()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, args);
    const Run c = runCli(args);
    QVERIFY2(c.finished && c.exitCode == 0, qPrintable(c.describe()));
    const Run r = runCli(args, locale);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parse(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(locale + QStringLiteral(": ") + error));
    QCOMPARE(doc, QJsonDocument::fromJson(c.out));
    QCOMPARE(r.out, c.out);
}

void TestCommandLine::readableTable_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<int>>("scenarios"); // indexes whose names must appear
    QTest::newRow("eval") << QStringLiteral("C") << QStringList{QStringLiteral("eval")} << QList<int>{0};
    QTest::newRow("eval --all") << QStringLiteral("C") << QStringList{QStringLiteral("eval"), QStringLiteral("--all")}
                                << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("eval, de_DE") << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("eval")} << QList<int>{0};
    QTest::newRow("eval, zh_CN") << QStringLiteral("zh_CN.UTF-8") << QStringList{QStringLiteral("eval")} << QList<int>{0};
}

void TestCommandLine::readableTable()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, args);
    QFETCH(QList<int>, scenarios);
    const Run r = runCli(args, locale);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(!text.trimmed().startsWith(QLatin1Char('{')), "the table is JSON");
    const QJsonArray all = exampleProject().value(QStringLiteral("scenarios")).toArray();
    for (int i : scenarios) {
        QVERIFY(i < all.size());
        const QString name = all.at(i).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(text.contains(name), qPrintable(QStringLiteral("table lacks \"%1\"").arg(name)));
    }
    QVERIFY2(text.count(QLatin1Char('\n')) >= 10, "table has fewer than 10 lines");
}

// ---- convert ----------------------------------------------------------------------------------

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The first path where `actual` lacks a value of `expected` or has another one; empty when
// `actual` contains all of `expected` (objects may have more keys, arrays must be as long).
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString key = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()))
                return key;
            const QString d = firstDifference(it.value(), a.value(it.key()), key);
            if (!d.isEmpty())
                return d;
        }
        return QString();
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return path;
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = firstDifference(e.at(i), a.at(i), path + QLatin1Char('.') + QString::number(i));
            if (!d.isEmpty())
                return d;
        }
        return QString();
    }
    return expected == actual ? QString() : path;
}

} // namespace

void TestCommandLine::convertRoundTrip()
{
    const QString original = file(QStringLiteral("convert-original.json"));
    QVERIFY(writeFile(original, readSource(QStringLiteral("resources/examples/example.json"))));
    const QString json = file(QStringLiteral("convert-a.json"));
    const QString ccplan = file(QStringLiteral("convert-b.ccplan"));
    const QString back = file(QStringLiteral("convert-c.json"));
    const QString ccplan2 = file(QStringLiteral("convert-d.ccplan"));
    const QList<QStringList> steps = {{original, json}, {original, ccplan}, {ccplan, back},
                                      {ccplan, ccplan2}};
    for (const QStringList &step : steps) {
        const Run r = runCli({QStringLiteral("convert"), step.at(0), QStringLiteral("-o"), step.at(1)});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(step.join(QStringLiteral(" -> ")) + QStringLiteral(": ") + r.describe()));
        QVERIFY2(QFileInfo(step.at(1)).size() > 0, qPrintable(step.at(1)));
    }
    QVERIFY(readFile(ccplan).startsWith(QByteArray("SQLite format 3", 16)));
    // json -> json and json -> ccplan -> json give the same bytes.
    QCOMPARE(readFile(back), readFile(json));

    // The original project, plus the catalog records its scenarios use.
    QString error;
    QJsonObject converted = parse(readFile(back), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject catalog = converted.value(QStringLiteral("catalog")).toObject();
    QVERIFY(!catalog.value(QStringLiteral("cards")).toArray().isEmpty());
    QVERIFY(!catalog.value(QStringLiteral("sites")).toArray().isEmpty());
    // Every value of the original is kept; the writer adds the values the reader fills in from
    // presets (site fields, finance.tax_rate), which the original may leave out.
    QJsonObject expected = exampleProject();
    converted.remove(QStringLiteral("catalog"));
    expected.remove(QStringLiteral("catalog"));
    const QString missing = firstDifference(expected, converted, QString());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("the converted project differs at ") + missing));

    // The .ccplan evaluates like the original.
    for (const QString &f : {ccplan, ccplan2, back}) {
        const Run all = runCli({QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--json"), f});
        QVERIFY2(all.finished && all.exitCode == 0, qPrintable(all.describe()));
        QCOMPARE(parse(all.out, &error).object().value(QStringLiteral("results")).toArray(), m_all);
    }
}

void TestCommandLine::convertBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles"); // each must appear in stderr

    const QString out = QStringLiteral("%DIR%/convert-bad-out.json");
    const auto convert = [&](const char *in, const QString &to) {
        return QStringList{QStringLiteral("convert"), QStringLiteral("%DIR%/") + QString::fromUtf8(in),
                           QStringLiteral("-o"), to};
    };
    QTest::newRow("no such input") << convert("nope.ccplan", out) << QStringList{QStringLiteral("nope.ccplan")};
    QTest::newRow("text file named .ccplan")
        << convert("convert-text.ccplan", out)
        << QStringList{QStringLiteral("convert-text.ccplan"), QStringLiteral("not an SQLite database")};
    QTest::newRow("truncated .ccplan")
        << convert("convert-truncated.ccplan", out)
        << QStringList{QStringLiteral("convert-truncated.ccplan"), QStringLiteral("damaged")};
    QTest::newRow("malformed JSON") << convert("malformed.json", out) << QStringList{QStringLiteral("malformed.json")};
    QTest::newRow("newer JSON") << convert("newer.json", QStringLiteral("%DIR%/convert-bad-out.ccplan"))
                                << QStringList{QStringLiteral("newer.json"), QStringLiteral("newer")};
    QTest::newRow("unsupported output type")
        << convert("convert-original.json", QStringLiteral("%DIR%/convert-bad-out.txt"))
        << QStringList{QStringLiteral("convert-bad-out.txt")};
    QTest::newRow("missing -o") << QStringList{QStringLiteral("convert"), QStringLiteral("%DIR%/convert-original.json")}
                                << QStringList{QStringLiteral("-o")};
    QTest::newRow("missing input") << QStringList{QStringLiteral("convert"), QStringLiteral("-o"), out}
                                   << QStringList{QStringLiteral("convert")};
}

void TestCommandLine::convertBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    QVERIFY(writeFile(file(QStringLiteral("convert-original.json")),
                      readSource(QStringLiteral("resources/examples/example.json"))));
    QVERIFY(writeFile(file(QStringLiteral("convert-text.ccplan")), QByteArrayLiteral("not a project\n")));
    if (!QFileInfo::exists(file(QStringLiteral("convert-truncated.ccplan")))) {
        const QString whole = file(QStringLiteral("convert-whole.ccplan"));
        const Run r = runCli({QStringLiteral("convert"), file(QStringLiteral("convert-original.json")),
                              QStringLiteral("-o"), whole});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray bytes = readFile(whole);
        QVERIFY(writeFile(file(QStringLiteral("convert-truncated.ccplan")), bytes.left(bytes.size() / 2)));
    }

    const Run r = runCli(expand(args));
    QVERIFY2(r.finished, qPrintable(QStringLiteral("did not end: ") + r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(!err.contains(QLatin1String("Internal error")), qPrintable(err));
    for (const QString &n : needles)
        QVERIFY2(err.contains(n), qPrintable(QStringLiteral("stderr does not name \"%1\": %2").arg(n, err.trimmed())));
    for (const char *name : {"convert-bad-out.json", "convert-bad-out.ccplan", "convert-bad-out.txt"})
        QVERIFY2(!QFileInfo::exists(file(QString::fromUtf8(name))), name);
}

// `report` and `export` write their files and print nothing (docs/reports.md).
void TestCommandLine::reportAndExport_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QByteArray>("magic");
    const QString example = QStringLiteral(CCP_SOURCE_DIR "/resources/examples/example.json");
    QTest::newRow("report, English, built-in example")
        << QStringList{QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("%DIR%/cli-en.pdf"), QStringLiteral("--lang"), QStringLiteral("en")}
        << QStringList{QStringLiteral("cli-en.pdf")} << QByteArray("%PDF-");
    QTest::newRow("report, Chinese, other main scenario")
        << QStringList{QStringLiteral("report"), example, QStringLiteral("--output"), QStringLiteral("%DIR%/cli-zh.pdf"),
                       QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--scenario"),
                       QStringLiteral("University 512×Ascend 910B, research")}
        << QStringList{QStringLiteral("cli-zh.pdf")} << QByteArray("%PDF-");
    QTest::newRow("report, system language")
        << QStringList{QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("%DIR%/cli-default.pdf")}
        << QStringList{QStringLiteral("cli-default.pdf")} << QByteArray("%PDF-");
    QTest::newRow("export xlsx")
        << QStringList{QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("%DIR%/cli.xlsx")}
        << QStringList{QStringLiteral("cli.xlsx")} << QByteArray("PK");
    QTest::newRow("export csv, named scenario")
        << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral("%DIR%/cli.csv"),
                       QStringLiteral("--scenario"), QStringLiteral("Shanghai 2048×RTX 4090, spot market")}
        << QStringList{QStringLiteral("cli.csv"), QStringLiteral("cli-inputs.csv"), QStringLiteral("cli-bom.csv"),
                       QStringLiteral("cli-yearly.csv")}
        << QByteArray();
}

void TestCommandLine::reportAndExport()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, files);
    QFETCH(QByteArray, magic);
    const Run r = runCli(expand(args));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    for (const QString &f : files) {
        const QByteArray bytes = readFile(file(f));
        QVERIFY2(bytes.size() > 100, qPrintable(f));
        if (!magic.isEmpty())
            QVERIFY2(bytes.startsWith(magic), qPrintable(f));
    }
    if (files.first().endsWith(QLatin1String(".csv"))) {
        QVERIFY(readFile(file(files.at(0))).startsWith("month,utilization,"));
        QVERIFY(readFile(file(files.at(1))).startsWith("key,label,value,unit,source,estimate\r\n"));
        QVERIFY(readFile(file(files.at(1))).contains("\r\nname,Name,\"Shanghai 2048×RTX 4090, spot market\","));
    }
}

void TestCommandLine::reportExportBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles");
    const auto L = [](const char *s) { return QString::fromUtf8(s); };
    QTest::newRow("report without -o") << QStringList{L("report")} << QStringList{L("-o")};
    QTest::newRow("report to .txt") << QStringList{L("report"), L("-o"), L("%DIR%/bad-out.txt")}
                                    << QStringList{L("bad-out.txt"), L(".pdf")};
    QTest::newRow("report, unknown scenario")
        << QStringList{L("report"), L("-o"), L("%DIR%/bad-out.pdf"), L("--scenario"), L("Nowhere")}
        << QStringList{L("Nowhere"), L("--scenario")};
    QTest::newRow("report, unknown language")
        << QStringList{L("report"), L("-o"), L("%DIR%/bad-out.pdf"), L("--lang"), L("fr")}
        << QStringList{L("--lang"), L("fr")};
    QTest::newRow("report, unreadable file")
        << QStringList{L("report"), L("%DIR%/no-such-project.json"), L("-o"), L("%DIR%/bad-out.pdf")}
        << QStringList{L("no-such-project.json")};
    QTest::newRow("report, output not writable")
        << QStringList{L("report"), L("-o"), L("%DIR%/no-such-dir/bad-out.pdf")}
        << QStringList{L("no-such-dir/bad-out.pdf")};
    QTest::newRow("export without -o") << QStringList{L("export")} << QStringList{L("-o")};
    QTest::newRow("export, unknown extension") << QStringList{L("export"), L("-o"), L("%DIR%/bad-out.ods")}
                                               << QStringList{L("bad-out.ods"), L(".xlsx"), L(".csv")};
    QTest::newRow("export, unknown scenario")
        << QStringList{L("export"), L("-o"), L("%DIR%/bad-out.xlsx"), L("--scenario"), L("Nowhere")}
        << QStringList{L("Nowhere")};
    QTest::newRow("export, unreadable file")
        << QStringList{L("export"), L("%DIR%/no-such-project.json"), L("-o"), L("%DIR%/bad-out.csv")}
        << QStringList{L("no-such-project.json")};
    QTest::newRow("export xlsx, output not writable")
        << QStringList{L("export"), L("-o"), L("%DIR%/no-such-dir/bad-out.xlsx")}
        << QStringList{L("no-such-dir/bad-out.xlsx")};
    QTest::newRow("export csv, output not writable")
        << QStringList{L("export"), L("-o"), L("%DIR%/no-such-dir/bad-out.csv")}
        << QStringList{L("no-such-dir/bad-out.csv")};
}

void TestCommandLine::reportExportBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    const Run r = runCli(expand(args));
    QVERIFY2(r.finished, qPrintable(QStringLiteral("did not end: ") + r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(!err.contains(QLatin1String("Internal error")), qPrintable(err));
    for (const QString &n : needles)
        QVERIFY2(err.contains(n), qPrintable(QStringLiteral("stderr does not name \"%1\": %2").arg(n, err.trimmed())));
    for (const char *name : {"bad-out.pdf", "bad-out.txt", "bad-out.ods", "bad-out.xlsx", "bad-out.csv"})
        QVERIFY2(!QFileInfo::exists(file(QString::fromUtf8(name))), name);
}

// `--help` lists every command in the user's language, `COMMAND --help` one command's usage
// (without running it), `--version` the version; all exit 0.
void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("needles");
    QTest::addColumn<QStringList>("absent");
    const QStringList commands = {QStringLiteral("ccplanner eval"), QStringLiteral("ccplanner report"),
                                  QStringLiteral("ccplanner export"), QStringLiteral("ccplanner convert"),
                                  QStringLiteral("ccplanner risk"), QStringLiteral("ccplanner sensitivity"),
                                  QStringLiteral("ccplanner solve"), QStringLiteral("ccplanner optimize"),
                                  QStringLiteral("ccplanner catalog"), QStringLiteral("--version")};
    QTest::newRow("--help, English") << QStringList{QStringLiteral("--help")} << QStringLiteral("C")
                                     << (commands + QStringList{QStringLiteral("Usage:")}) << QStringList();
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("C") << commands << QStringList();
    QTest::newRow("--help, Chinese") << QStringList{QStringLiteral("--help")} << QStringLiteral("zh_CN.UTF-8")
                                     << (commands + QStringList{QStringLiteral("用法"), QStringLiteral("蒙特卡洛")})
                                     << QStringList{QStringLiteral("Usage:")};
    QTest::newRow("eval --help") << QStringList{QStringLiteral("eval"), QStringLiteral("--help")} << QStringLiteral("C")
                                 << QStringList{QStringLiteral("ccplanner eval"), QStringLiteral("--batch")}
                                 << QStringList{QStringLiteral("ccplanner risk"), QStringLiteral("Scenario:")};
    QTest::newRow("optimize --budget 1 -h") << QStringList{QStringLiteral("optimize"), QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("-h")}
                                            << QStringLiteral("C") << QStringList{QStringLiteral("--price-rule")}
                                            << QStringList{QStringLiteral("ccplanner eval")};
    QTest::newRow("report --help (ccplanner-gui)") << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
                                                   << QStringLiteral("zh_CN.UTF-8")
                                                   << QStringList{QStringLiteral("ccplanner report"), QStringLiteral("用法")}
                                                   << QStringList{QStringLiteral("ccplanner eval")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("C")
                               << QStringList{QStringLiteral("ccplanner 0.")} << QStringList();
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, locale);
    QFETCH(QStringList, needles);
    QFETCH(QStringList, absent);
    const Run r = runCli(args, locale);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    for (const QString &n : needles)
        QVERIFY2(out.contains(n), qPrintable(n + QStringLiteral(" missing from: ") + out));
    for (const QString &n : absent)
        QVERIFY2(!out.contains(n), qPrintable(n + QStringLiteral(" should not be in: ") + out));
}

// The whole `eval --all --json` (hundreds of KiB) through a non-blocking pipe shrunk to one
// page and already full when the child starts: the child meets a full pipe at its first write
// and must wait, not drop the rest.
void TestCommandLine::outputThroughAFullNonBlockingPipe()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const auto closeBoth = qScopeGuard([&] { ::close(fds[0]); if (fds[1] >= 0) ::close(fds[1]); });
    ::fcntl(fds[1], F_SETPIPE_SZ, 4096); // may be refused; the pipe is then larger, still full below
    ::fcntl(fds[1], F_SETFL, ::fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    const QByteArray filler(4096, 'x');
    qint64 prefilled = 0;
    for (;;) {
        const ssize_t n = ::write(fds[1], filler.constData(), std::size_t(filler.size()));
        if (n <= 0)
            break;
        prefilled += n;
    }
    QCOMPARE(errno, EAGAIN);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), g_dataHome);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    const int writeEnd = fds[1];
    p.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    p.start(QStringLiteral(CCP_EXECUTABLE), {QStringLiteral("eval"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY(p.waitForStarted(kGuardMs));
    ::close(fds[1]);
    fds[1] = -1;

    QByteArray all;
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n > 0)
            all.append(chunk, n);
        else if (n == 0 || errno != EINTR)
            break;
    }
    QVERIFY(p.waitForFinished(kGuardMs));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(all.left(prefilled), QByteArray(prefilled, 'x'));
    const QByteArray json = all.mid(prefilled);
    QVERIFY2(json.size() > 4 * prefilled, "the output is too small to have met a full pipe");
    QString error;
    const QJsonDocument doc = parse(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(doc.object().value(QStringLiteral("results")).toArray().size(),
             exampleProject().value(QStringLiteral("scenarios")).toArray().size());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
