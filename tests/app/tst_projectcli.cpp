// SPDX-License-Identifier: GPL-3.0-or-later
// The project commands of sitrep-cli, run as a user runs them: extract, ingest, events, articles, set-date.
#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SITREP_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

const QString fixture = SitrepTest::dataPath(QStringLiteral("events/kharkiv-strike.txt"));

// The event whose date expression mentions Tuesday.
QJsonObject tuesdayEvent(const QJsonObject &document)
{
    const QJsonArray events = document.value(QStringLiteral("events")).toArray();
    for (const QJsonValue &value : events) {
        const QJsonObject date = value.toObject().value(QStringLiteral("date")).toObject();
        if (date.value(QStringLiteral("text")).toString().contains(QStringLiteral("Tuesday")))
            return value.toObject();
    }
    return {};
}

} // namespace

class TestProjectCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractPrintsTheEventDocument();
    void extractRunsGiveIdsThatMergeWithoutClashing();
    void ingestsAndExportsInThreeFormats();
    void setDateReResolvesAnArticle();
    void rejectsBadArguments();
};

void TestProjectCli::extractPrintsTheEventDocument()
{
    const Run run =
        runCli({QStringLiteral("extract"), QStringLiteral("--reference-date"), QStringLiteral("2025-11-12"), fixture});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    const QJsonObject article = document.value(QStringLiteral("articles")).toArray().first().toObject();
    QCOMPARE(article.value(QStringLiteral("file")).toString(), QStringLiteral("kharkiv-strike.txt"));
    QCOMPARE(article.value(QStringLiteral("reference_date")).toString(), QStringLiteral("2025-11-12"));
    QCOMPARE(article.value(QStringLiteral("reference_date_source")).toString(), QStringLiteral("dateline"));
    const QJsonObject strike = tuesdayEvent(document);
    QCOMPARE(strike.value(QStringLiteral("article")).toInteger(), article.value(QStringLiteral("id")).toInteger());
    const QJsonObject date = strike.value(QStringLiteral("date")).toObject();
    QCOMPARE(date.value(QStringLiteral("start")).toString(), QStringLiteral("2025-11-11"));
    QCOMPARE(date.value(QStringLiteral("end")).toString(), QStringLiteral("2025-11-11"));
    QCOMPARE(date.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
    QCOMPARE(strike.value(QStringLiteral("fatalities")).toInt(), 7);
    QCOMPARE(strike.value(QStringLiteral("injured")).toInt(), 31);
    const QJsonObject place = strike.value(QStringLiteral("locations")).toArray().first().toObject();
    QCOMPARE(place.value(QStringLiteral("name")).toString(), QStringLiteral("Kharkiv"));
    QCOMPARE(place.value(QStringLiteral("kind")).toString(), QStringLiteral("city"));
    QCOMPARE(place.value(QStringLiteral("country")).toString(), QStringLiteral("UA"));
    QVERIFY(qAbs(place.value(QStringLiteral("lat")).toDouble() - 49.99) < 0.1);
    const QJsonObject sentence = strike.value(QStringLiteral("sentence")).toObject();
    QVERIFY(sentence.value(QStringLiteral("end")).toInt() > sentence.value(QStringLiteral("start")).toInt());
}

void TestProjectCli::extractRunsGiveIdsThatMergeWithoutClashing()
{
    // One run per file, as a script does to give each its own reference date: merged, every article
    // and event id is still unique and every event still points at its own article.
    QTemporaryDir dir;
    QFile::copy(fixture, dir.filePath(QStringLiteral("a.txt")));
    QFile second(dir.filePath(QStringLiteral("b.txt")));
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("KYIV, Nov 20 (Sitrep) - Drones struck Odesa on Wednesday, injuring four people.\n");
    second.close();
    QSet<qint64> articleIds;
    QSet<qint64> eventIds;
    QHash<qint64, QString> fileOf;
    QList<QPair<qint64, QString>> eventArticles; // article id, file its sentence must come from
    for (const QString &name : {QStringLiteral("a.txt"), QStringLiteral("b.txt")}) {
        const Run run = runCli({QStringLiteral("extract"), QStringLiteral("--reference-date"),
                                QStringLiteral("2025-11-20"), dir.filePath(name)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out).object();
        for (const QJsonValue &value : document.value(QStringLiteral("articles")).toArray()) {
            const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(id > 0 && id < (qint64(1) << 53));
            QVERIFY(!articleIds.contains(id));
            articleIds.insert(id);
            fileOf.insert(id, value.toObject().value(QStringLiteral("file")).toString());
        }
        const QJsonArray events = document.value(QStringLiteral("events")).toArray();
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &value : events) {
            const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(!eventIds.contains(id));
            eventIds.insert(id);
            eventArticles.append({value.toObject().value(QStringLiteral("article")).toInteger(), name});
        }
    }
    QCOMPARE(articleIds.size(), 2);
    for (const auto &[article, file] : std::as_const(eventArticles))
        QCOMPARE(fileOf.value(article), file);
}

void TestProjectCli::ingestsAndExportsInThreeFormats()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sitrep"));
    const Run ingest = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), db, QStringLiteral("--reference-date"),
                               QStringLiteral("2025-11-12"), fixture});
    QCOMPARE(ingest.exitCode, 0);
    QVERIFY2(ingest.err.contains(QStringLiteral("1 file: 1 article added")), qPrintable(ingest.err));

    const Run json = runCli({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                             QStringLiteral("2025-11-11"), QStringLiteral("--to"), QStringLiteral("2025-11-11")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("events")).toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &event : events)
        QVERIFY(event.toObject().value(QStringLiteral("date")).toObject().value(QStringLiteral("start")).toString()
                <= QStringLiteral("2025-11-11"));

    const Run csv = runCli({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--place"), QStringLiteral("Istanbul")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(QStringLiteral("event_id,event_date,")));
    QVERIFY(lines.last().contains(QStringLiteral(",2025-11-14,")));

    const Run geojson = runCli(
        {QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("geojson")});
    QCOMPARE(geojson.exitCode, 0);
    const QJsonObject collection = QJsonDocument::fromJson(geojson.out).object();
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QVERIFY(collection.value(QStringLiteral("features")).toArray().size() >= 2);

    const Run articles = runCli({QStringLiteral("articles"), QStringLiteral("--db"), db});
    QCOMPARE(articles.exitCode, 0);
    const QJsonObject listed =
        QJsonDocument::fromJson(articles.out).object().value(QStringLiteral("articles")).toArray().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("title")).toString(),
             QStringLiteral("Missiles strike Kharkiv as envoys prepare new talks"));
    QVERIFY(listed.value(QStringLiteral("events")).toInt() >= 2);
}

void TestProjectCli::setDateReResolvesAnArticle()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dates.sitrep"));
    QCOMPARE(runCli({QStringLiteral("ingest"), QStringLiteral("--quiet"), QStringLiteral("--db"), db,
                     QStringLiteral("--reference-date"), QStringLiteral("2025-11-12"), fixture})
                 .exitCode,
             0);
    const Run changed = runCli(
        {QStringLiteral("set-date"), QStringLiteral("--db"), db, QStringLiteral("1"), QStringLiteral("2025-11-20")});
    QCOMPARE(changed.exitCode, 0);
    const Run json = runCli({QStringLiteral("events"), QStringLiteral("--db"), db});
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(tuesdayEvent(document).value(QStringLiteral("date")).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2025-11-18"));
    QCOMPARE(document.value(QStringLiteral("articles"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("reference_date_source"))
                 .toString(),
             QStringLiteral("user"));
}

void TestProjectCli::rejectsBadArguments()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bad.sitrep"));
    QCOMPARE(runCli({QStringLiteral("events")}).exitCode, 2); // no --db
    QCOMPARE(runCli({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--type"),
                     QStringLiteral("skirmish")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                     QStringLiteral("xml")})
                 .exitCode,
             2);
    QCOMPARE(
        runCli({QStringLiteral("extract"), QStringLiteral("--reference-date"), QStringLiteral("19/11/2025"), fixture})
            .exitCode,
        2);
    const Run missing = runCli(
        {QStringLiteral("set-date"), QStringLiteral("--db"), db, QStringLiteral("99"), QStringLiteral("2025-11-20")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no article with id 99")));
}

QTEST_GUILESS_MAIN(TestProjectCli)
#include "tst_projectcli.moc"
