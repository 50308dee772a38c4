// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on the development corpora beside the project (skipped when they are absent): the seed
// article's gold dates, and TempEval-3 scores on TimeBank/AQUAINT as a floor against regressions.
#include "dates/timexengine.h"
#include "dates/timexjson.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sitrep;

class TimexCorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesEverySeedDate();
    void scoresOnTimeBank_data();
    void scoresOnTimeBank();
};

void TimexCorpusTest::resolvesEverySeedDate()
{
    SITREP_REQUIRE_SHARED(article, "corpus/seed/article.txt");
    SITREP_REQUIRE_SHARED(gold, "corpus/seed/gold.json");
    QFile articleFile(article);
    QFile goldFile(gold);
    QVERIFY(articleFile.open(QIODevice::ReadOnly) && goldFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(articleFile.readAll());
    const QJsonObject document = QJsonDocument::fromJson(goldFile.readAll()).object();
    const QDate published = QDate::fromString(document.value(QStringLiteral("published")).toString(), Qt::ISODate);
    QCOMPARE(published, QDate(2025, 11, 19));

    QStringList intervals;
    for (const Timex &timex : TimexEngine().annotate(text, published)) {
        intervals << timex.interval.start.toString(Qt::ISODate) + QLatin1Char('/')
                + timex.interval.end.toString(Qt::ISODate) + QLatin1Char('/') + toString(timex.interval.precision);
    }
    // Every date an analyst gives an event must be one the engine found in the text.
    for (const QJsonValue &event : document.value(QStringLiteral("events")).toArray()) {
        const QJsonObject date = event.toObject().value(QStringLiteral("date")).toObject();
        if (date.value(QStringLiteral("start")).isNull())
            continue;
        const QString wanted = date.value(QStringLiteral("start")).toString() + QLatin1Char('/')
            + date.value(QStringLiteral("end")).toString() + QLatin1Char('/')
            + date.value(QStringLiteral("precision")).toString();
        QVERIFY2(intervals.contains(wanted), qPrintable(wanted + QStringLiteral(" not in ") + intervals.join(u' ')));
    }
}

void TimexCorpusTest::scoresOnTimeBank_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<double>("strict");
    QTest::addColumn<double>("relaxed");
    QTest::addColumn<double>("value");
    // Floors a little under the measured scores: a drop means a rule broke.
    QTest::newRow("timebank") << QStringLiteral("corpus/timebank/timebank.jsonl") << 0.913 << 0.947 << 0.851;
    QTest::newRow("aquaint") << QStringLiteral("corpus/timebank/aquaint.jsonl") << 0.85 << 0.948 << 0.781;
}

void TimexCorpusTest::scoresOnTimeBank()
{
    QFETCH(QString, corpus);
    QFETCH(double, strict);
    QFETCH(double, relaxed);
    QFETCH(double, value);
    const QString gold = SitrepTest::sharedPath(corpus);
    const QString scorer = SitrepTest::sharedPath(QStringLiteral("eval/score_timex.py"));
    if (gold.isEmpty() || scorer.isEmpty())
        QSKIP("needs the TimeBank corpus and scorer in ../shared; not present");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("needs python3 to run the TempEval-3 scorer");

    QFile input(gold);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    QFile output(dir.filePath(QStringLiteral("system.jsonl")));
    QVERIFY(output.open(QIODevice::WriteOnly));
    const TimexEngine engine;
    while (!input.atEnd()) {
        const QJsonObject document = QJsonDocument::fromJson(input.readLine()).object();
        if (document.isEmpty())
            continue;
        const QString text = document.value(QStringLiteral("text")).toString();
        const QDate dct = QDate::fromString(document.value(QStringLiteral("dct")).toString(), Qt::ISODate);
        const QJsonObject line {{QStringLiteral("id"), document.value(QStringLiteral("id"))},
                                {QStringLiteral("timexes"), Json::fromTimexes(engine.annotate(text, dct), text)}};
        output.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    output.close();

    QProcess process;
    process.start(python, {scorer, gold, output.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject scores = QJsonDocument::fromJson(lines.last()).object();
    const auto check = [&](const char *key, double floor) {
        const double score = scores.value(QLatin1StringView(key)).toDouble();
        QVERIFY2(score >= floor,
                 qPrintable(QStringLiteral("%1 = %2 < %3").arg(QLatin1StringView(key)).arg(score).arg(floor)));
    };
    check("strict_f1", strict);
    check("relaxed_f1", relaxed);
    check("value_f1", value);
}

QTEST_GUILESS_MAIN(TimexCorpusTest)
#include "tst_timexcorpus.moc"
