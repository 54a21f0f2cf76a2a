// SPDX-License-Identifier: GPL-3.0-or-later
// Kill during save (issue 15, docs/reliability.md): the real `ccplanner` writing each kind of
// output (.ccplan and JSON through `convert`, the PDF report, the xlsx workbook and the CSV
// set through `report` and `export`) is killed with SIGKILL at a random moment, at least 200
// times per kind. After each kill the previous output is intact (byte for byte), or the new
// one is there and complete; a CSV set is never a mix of two exports. The next save into the
// folder leaves nothing behind: temporaries of killed processes are removed.
// The autosave copy is killed the same way in tests/model/storage/tst_hostilefiles.cpp.

#include "../killchild.h"

#include "catalogstore.h"
#include "examples.h"
#include "projectfile.h"
#include "safewrite.h"
#include "scenariojson.h"

#include <QtTest>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <limits>

using namespace ccp;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// A whole PDF: its header, its end, and a cross-reference table where `startxref` says.
bool completePdf(const QByteArray &b)
{
    if (!b.startsWith("%PDF-") || !b.endsWith("%%EOF\n"))
        return false;
    const qsizetype at = b.lastIndexOf("startxref\n");
    if (at < 0)
        return false;
    const qsizetype from = at + 10;
    bool ok = false;
    const qint64 offset = b.mid(from, b.indexOf('\n', from) - from).toLongLong(&ok);
    return ok && offset > 0 && offset + 4 < b.size() && b.mid(offset, 4) == "xref";
}

// A whole zip (xlsx): the end-of-central-directory record closes the file, and the central
// directory it points to ends right before it.
bool completeZip(const QByteArray &b)
{
    if (b.size() < 22 || !b.startsWith("PK\x03\x04"))
        return false;
    const qsizetype eocd = b.size() - 22;
    if (b.mid(eocd, 4) != QByteArray("PK\x05\x06", 4))
        return false;
    const qint64 size = le32(b, eocd + 12), offset = le32(b, eocd + 16);
    return offset + size == eocd && b.mid(offset, 4) == QByteArray("PK\x01\x02", 4);
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".ccplanner-*")},
                               QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestKillSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringWrite_data();
    void killDuringWrite();

private:
    // The command that writes `kind` to `target` from input `which` (0: A, 1: B).
    QStringList command(const QString &kind, const QString &target, int which) const;
    QStringList outputs(const QString &kind, const QString &target) const;
    // Runs the command to its end; its wall time in ms, or -1 when it failed.
    qint64 runWhole(const QStringList &args, QString *why) const;
    void startChild(QProcess &child, const QStringList &args) const;

    QTemporaryDir m_dir;
    Catalog m_builtin;
    QString m_inputs[2];
    QStringList m_scenarios;
};

void TestKillSave::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CCP_EXECUTABLE)).isExecutable(), CCP_EXECUTABLE);
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data-home"))));
    ProjectData p;
    QVERIFY(!CatalogStore::builtin(m_builtin));
    QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_builtin,
                                       QStringLiteral("example"), p));
    QVERIFY(p.scenarios.size() >= 2);
    for (const Scenario &s : p.scenarios)
        m_scenarios << QString::fromStdString(s.name);
    // Two projects told apart by their names, so a complete new file differs from the old.
    for (int which = 0; which < 2; ++which) {
        p.name = which ? QStringLiteral("B") : QStringLiteral("A");
        m_inputs[which] = m_dir.filePath(p.name + QStringLiteral(".json"));
        QFile f(m_inputs[which]);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(ScenarioJson::writeProject(p)) > 0);
    }
}

QStringList TestKillSave::command(const QString &kind, const QString &target, int which) const
{
    const QString &in = m_inputs[which];
    if (kind == QLatin1String("ccplan") || kind == QLatin1String("json"))
        return {QStringLiteral("convert"), in, QStringLiteral("-o"), target};
    // The CSV set differs by scenario; the PDF and the workbook by date and project as well.
    const QStringList scenario{QStringLiteral("--scenario"), m_scenarios.at(which)};
    if (kind == QLatin1String("pdf"))
        return QStringList{QStringLiteral("report"), in, QStringLiteral("-o"), target} + scenario;
    return QStringList{QStringLiteral("export"), in, QStringLiteral("-o"), target} + scenario;
}

QStringList TestKillSave::outputs(const QString &kind, const QString &target) const
{
    if (kind != QLatin1String("csv"))
        return {target};
    QString base = target;
    base.chop(4);
    return {target, base + QStringLiteral("-inputs.csv"), base + QStringLiteral("-bom.csv"),
            base + QStringLiteral("-yearly.csv")};
}

void TestKillSave::startChild(QProcess &child, const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-home")));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.start(QStringLiteral(CCP_EXECUTABLE), args);
}

qint64 TestKillSave::runWhole(const QStringList &args, QString *why) const
{
    QProcess child;
    QElapsedTimer clock;
    clock.start();
    startChild(child, args);
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        *why = args.join(QLatin1Char(' ')) + QStringLiteral(": exit ")
               + QString::number(child.exitCode());
        return -1;
    }
    return clock.elapsed();
}

void TestKillSave::killDuringWrite_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"ccplan", "json", "pdf", "xlsx", "csv"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestKillSave::killDuringWrite()
{
    QFETCH(QString, kind);
    const QString dir = m_dir.filePath(QStringLiteral("out-") + kind);
    const QString refDir = m_dir.filePath(QStringLiteral("ref-") + kind);
    QVERIFY(QDir().mkpath(dir) && QDir().mkpath(refDir));
    const QString target = dir + QStringLiteral("/out.") + kind;

    // Whole runs: the reference CSV sets of A and B, and how long a write takes here.
    QString why;
    QList<QByteArray> reference[2];
    qint64 shortest = std::numeric_limits<qint64>::max();
    for (int which = 0; which < 2; ++which) {
        const QString ref = refDir + QStringLiteral("/out.") + kind;
        const qint64 ms = runWhole(command(kind, ref, which), &why);
        QVERIFY2(ms >= 0, qPrintable(why));
        shortest = std::min(shortest, std::max<qint64>(ms, 1));
        for (const QString &file : outputs(kind, ref))
            reference[which] << readAll(file);
    }

    // Told apart as the kind allows: the project's name for .ccplan and JSON, the bytes of the
    // reference set for CSV, a whole structure for PDF and xlsx (they carry the time).
    const auto complete = [&](int which, QString *problem) {
        const QStringList files = outputs(kind, target);
        if (kind == QLatin1String("ccplan") || kind == QLatin1String("json")) {
            ProjectData p;
            const auto e = kind == QLatin1String("ccplan")
                               ? ProjectFile::load(target, m_builtin, p)
                               : ScenarioJson::readProject(readAll(target), m_builtin, target, p);
            if (e)
                *problem = e->message;
            else if (p.name != (which ? QLatin1String("B") : QLatin1String("A")))
                *problem = QStringLiteral("the project is named ") + p.name;
            return !e && problem->isEmpty();
        }
        if (kind == QLatin1String("pdf") || kind == QLatin1String("xlsx")) {
            const QByteArray b = readAll(target);
            const bool whole = kind == QLatin1String("pdf") ? completePdf(b) : completeZip(b);
            if (!whole)
                *problem = QStringLiteral("a torn file of %1 bytes").arg(b.size());
            return whole;
        }
        for (int f = 0; f < files.size(); ++f) {
            if (readAll(files.at(f)) != reference[which].at(f)) {
                *problem = QFileInfo(files.at(f)).fileName()
                           + QStringLiteral(" is not the one of this export");
                return false;
            }
        }
        return true;
    };

    QRandomGenerator random(15);
    int kills = 0, runs = 0, insideWrite = 0, replaced = 0;
    int last = -1; // which input the output on disk comes from; -1: none yet
    QList<QByteArray> previous;
    while (kills < 200 && runs < 800) {
        const int which = runs % 2;
        ++runs;
        QProcess child;
        startChild(child, command(kind, target, which));
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // A moment anywhere in a whole run; every other pair of runs near its end, where the
        // file is written (the PDF is painted in memory first and written in its last moments).
        const quint32 span = quint32(shortest) + 1;
        const int at = runs % 4 < 2 ? int(random.bounded(span))
                                    : int(shortest * 3 / 4 + random.bounded(span / 4 + 1));
        const bool killed = test::killAfter(child, at);
        if (!killed) {
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     qPrintable(kind + QStringLiteral(": a whole run failed")));
        }
        kills += killed ? 1 : 0;
        if (!leftovers(dir).isEmpty())
            ++insideWrite;
        // What the next save into the folder does first: a set half renamed is completed.
        SafeWrite::recover(dir);

        QList<QByteArray> now;
        for (const QString &file : outputs(kind, target))
            now << readAll(file);
        if (last >= 0 && now == previous)
            continue; // the previous output, intact
        QString problem;
        if (last < 0 && !QFileInfo::exists(target)) {
            QVERIFY2(killed, "a whole run wrote nothing");
            continue; // killed before the first output: absent
        }
        QVERIFY2(complete(which, &problem),
                 qPrintable(QStringLiteral("%1 after run %2 (%3): %4")
                                .arg(kind)
                                .arg(runs)
                                .arg(killed ? QStringLiteral("killed") : QStringLiteral("whole"),
                                     problem)));
        QVERIFY2(killed || last < 0 || now != previous, "a whole run left the old output");
        ++replaced;
        previous = now;
        last = which;
    }
    QVERIFY2(kills >= 200, qPrintable(QStringLiteral("only %1 kills in %2 runs").arg(kills).arg(runs)));

    // The next start: a whole save into the folder leaves no temporary of any killed one.
    QVERIFY2(runWhole(command(kind, target, 0), &why) >= 0, qPrintable(why));
    QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(QLatin1Char(' '))));
    QVERIFY2(complete(0, &why), qPrintable(why));
    qInfo("%s: %d kills in %d runs (%d inside the write, temporaries left), %d new outputs, "
          "none torn, nothing left behind",
          qPrintable(kind), kills, runs, insideWrite, replaced);
}

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
