// SPDX-License-Identifier: GPL-3.0-or-later
// sitrep-cli ingest as a user runs it, with bad files in the batch and killed halfway: the good
// articles are stored, the database stays sound, and no article is ever stored without its events.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

int runIngest(const QString &database, const QStringList &paths, QString *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(SITREP_CLI_PATH),
                  QStringList {QStringLiteral("ingest"), QStringLiteral("--quiet"), QStringLiteral("--db"), database}
                      + paths);
    if (!process.waitForFinished(120000))
        return -1;
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

// Rows per article: {source -> events}, and whether SQLite finds the file sound.
struct Contents
{
    QHash<QString, int> eventsPerArticle;
    bool sound = false;
};

Contents contentsOf(const QString &path)
{
    Contents contents;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                contents.sound = query.value(0).toString() == u"ok";
            query.exec(QStringLiteral("SELECT a.source, COUNT(e.id) FROM articles a LEFT JOIN events e ON "
                                      "e.article_id = a.id GROUP BY a.id"));
            while (query.next())
                contents.eventsPerArticle.insert(query.value(0).toString(), query.value(1).toInt());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return contents;
}

// A folder of many articles: copies of a fixture, each made distinct.
QString manyArticles(const QTemporaryDir &dir, int count)
{
    QFile source(SitrepTest::dataPath(QStringLiteral("events/kharkiv-strike.txt")));
    if (!source.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = source.readAll();
    const QString folder = dir.filePath(QStringLiteral("articles"));
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QFile copy(QDir(folder).filePath(QStringLiteral("report-%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        if (copy.open(QIODevice::WriteOnly))
            copy.write(text + "\nCopy " + QByteArray::number(i) + ".\n");
    }
    return folder;
}

} // namespace

class TestIngestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesTheGoodFilesOfABadBatch();
    void aKilledIngestLeavesNoHalfArticle();
};

void TestIngestRobustness::storesTheGoodFilesOfABadBatch()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("batch.sitrep"));
    QString errors;
    const QStringList bad {QStringLiteral("text/binary.txt"),   QStringLiteral("text/empty.txt"),
                           QStringLiteral("pdf/truncated.pdf"), QStringLiteral("pdf/encrypted.pdf"),
                           QStringLiteral("html/no-text.html"), QStringLiteral("text/notes.xyz")};
    QStringList paths {SitrepTest::dataPath(QStringLiteral("events/kharkiv-strike.txt"))};
    for (const QString &file : bad)
        paths << SitrepTest::dataPath(file);
    paths << dir.filePath(QStringLiteral("missing.txt")) << SitrepTest::dataPath(QStringLiteral("text/heading.md"));

    QCOMPARE(runIngest(database, paths, &errors), 1);
    for (const QString &file : bad)
        QVERIFY2(errors.contains(QFileInfo(file).fileName() + QStringLiteral(": ")), qPrintable(errors));
    QVERIFY(errors.contains(QStringLiteral("missing.txt: ")));
    const Contents contents = contentsOf(database);
    QVERIFY(contents.sound);
    QCOMPARE(contents.eventsPerArticle.size(), 2);
    QVERIFY(contents.eventsPerArticle.value(SitrepTest::dataPath(QStringLiteral("events/kharkiv-strike.txt"))) >= 2);

    // Ingesting the same batch again changes nothing that was stored.
    QCOMPARE(runIngest(database, paths), 1);
    QCOMPARE(contentsOf(database).eventsPerArticle, contents.eventsPerArticle);
}

void TestIngestRobustness::aKilledIngestLeavesNoHalfArticle()
{
    QTemporaryDir dir;
    const QString folder = manyArticles(dir, 1500);
    QVERIFY(!folder.isEmpty());
    const QString complete = dir.filePath(QStringLiteral("complete.sitrep"));
    QCOMPARE(runIngest(complete, {folder}), 0);
    const Contents reference = contentsOf(complete);
    QCOMPARE(reference.eventsPerArticle.size(), 1500);

    const QString killed = dir.filePath(QStringLiteral("killed.sitrep"));
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(SITREP_CLI_PATH), {QStringLiteral("ingest"), QStringLiteral("--db"), killed, folder});
    QVERIFY(process.waitForStarted());
    // Kill it once it has stored some articles but not all (progress goes to stderr per chunk).
    int reported = 0;
    while (reported < 3 && process.state() == QProcess::Running) {
        process.waitForReadyRead(5000);
        reported += int(process.readAllStandardError().count('\n'));
    }
    process.kill();
    process.waitForFinished();

    const Contents partial = contentsOf(killed);
    QVERIFY(partial.sound);
    QVERIFY2(partial.eventsPerArticle.size() < 1500, "the ingest finished before it could be killed");
    for (auto it = partial.eventsPerArticle.cbegin(); it != partial.eventsPerArticle.cend(); ++it)
        QCOMPARE(it.value(), reference.eventsPerArticle.value(it.key()));

    // Running it again completes the project.
    QCOMPARE(runIngest(killed, {folder}), 0);
    QCOMPARE(contentsOf(killed).eventsPerArticle, reference.eventsPerArticle);
}

QTEST_GUILESS_MAIN(TestIngestRobustness)
#include "tst_ingestrobustness.moc"
