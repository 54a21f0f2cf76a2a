// SPDX-License-Identifier: GPL-3.0-or-later
// The installed MIME type of .ccplan projects (resources/desktop/*.mime.xml): a project is
// recognised by its name and by its content (the SQLite header and the application id "CCP1"
// at offset 68), also without its suffix; another SQLite database is not taken for a project.
// As on an installed system, update-mime-database merges the staged package (CCP_STAGED_MIME,
// set by CMake) with shared-mime-info's into one cache, which Qt then reads.

#include "catalogstore.h"
#include "examples.h"
#include "projectfile.h"
#include "scenariojson.h"

#include <QtTest>

#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

class TestMimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byName();
    void byContent_data();
    void byContent();

private:
    QTemporaryDir m_dir;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    const QString staged = qEnvironmentVariable("CCP_STAGED_MIME");
    QVERIFY2(QFile::copy(staged, packages + QStringLiteral("/ccplanner.xml")), qPrintable(staged));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        packages + QStringLiteral("/freedesktop.org.xml")));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {m_dir.filePath(QStringLiteral("share/mime"))});
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitCode(), 0);
    qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());

    ccp::Catalog catalog;
    QVERIFY(!ccp::CatalogStore::builtin(catalog));
    ccp::ProjectData project;
    QVERIFY(!ccp::ScenarioJson::readProject(ccp::Examples::exampleProjectJson(), catalog,
                                                ccp::Examples::exampleProjectName(), project));
    QVERIFY(!ccp::ProjectFile::save(project, catalog, m_dir.filePath(QStringLiteral("plan.ccplan"))));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("plan.ccplan")),
                        m_dir.filePath(QStringLiteral("plan-without-suffix"))));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("other-database")));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(QStringLiteral("CREATE TABLE t (x)"), db).isActive());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestMimeType::byName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("/nowhere/a.ccplan"),
                                                            QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), QStringLiteral("application/x-ccplan"));
    QCOMPARE(type.comment().isEmpty(), false);
    QVERIFY(type.suffixes().contains(QStringLiteral("ccplan")));
}

void TestMimeType::byContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::newRow("project") << QStringLiteral("plan.ccplan") << QStringLiteral("application/x-ccplan");
    QTest::newRow("project without its suffix") << QStringLiteral("plan-without-suffix")
                                                << QStringLiteral("application/x-ccplan");
    QTest::newRow("another SQLite database") << QStringLiteral("other-database")
                                             << QStringLiteral("application/vnd.sqlite3");
}

void TestMimeType::byContent()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    const QMimeType found = QMimeDatabase().mimeTypeForFile(m_dir.filePath(file),
                                                             QMimeDatabase::MatchContent);
    QCOMPARE(found.name(), type);
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
