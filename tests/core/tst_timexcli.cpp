// SPDX-License-Identifier: GPL-3.0-or-later
// `sitrep-cli timex`, run as the scorers run it.
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runTimex(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SITREP_CLI_PATH), QStringList {QStringLiteral("timex")} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TimexCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsHelp();
    void annotatesAFileWithCodePointOffsets();
    void namesAMissingFile();
    void rejectsABadReferenceDate();
    void annotatesJsonLinesAndNamesBadLines();
};

void TimexCliTest::printsHelp()
{
    const Run run = runTimex({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--reference-date"));
    QVERIFY(run.out.contains("--jsonl"));
}

void TimexCliTest::annotatesAFileWithCodePointOffsets()
{
    const Run run = runTimex({QStringLiteral("--reference-date"), QStringLiteral("2025-11-19"),
                              SitrepTest::dataPath(QStringLiteral("timex/briefing.txt"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray timexes = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("timexes")).toArray();
    QCOMPARE(timexes.size(), 2);
    const QJsonObject monday = timexes.at(0).toObject();
    // The leading emoji is one code point (two UTF-16 units): "Monday" starts at code point 11.
    QCOMPARE(monday.value(QStringLiteral("start")).toInt(), 11);
    QCOMPARE(monday.value(QStringLiteral("end")).toInt(), 17);
    QCOMPARE(monday.value(QStringLiteral("text")).toString(), QStringLiteral("Monday"));
    QCOMPARE(monday.value(QStringLiteral("type")).toString(), QStringLiteral("DATE"));
    QCOMPARE(monday.value(QStringLiteral("value")).toString(), QStringLiteral("2025-11-17"));
    const QJsonObject interval = monday.value(QStringLiteral("interval")).toObject();
    QCOMPARE(interval.value(QStringLiteral("start")).toString(), QStringLiteral("2025-11-17"));
    QCOMPARE(interval.value(QStringLiteral("end")).toString(), QStringLiteral("2025-11-17"));
    QCOMPARE(interval.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
    const QJsonObject talks = timexes.at(1).toObject();
    QCOMPARE(talks.value(QStringLiteral("text")).toString(), QStringLiteral("November 24, 2025"));
    QCOMPARE(talks.value(QStringLiteral("start")).toInt(), 43);
    QCOMPARE(talks.value(QStringLiteral("value")).toString(), QStringLiteral("2025-11-24"));
}

void TimexCliTest::namesAMissingFile()
{
    const QString missing = SitrepTest::dataPath(QStringLiteral("timex/absent.txt"));
    const Run run = runTimex({QStringLiteral("--reference-date"), QStringLiteral("2025-11-19"), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
}

void TimexCliTest::rejectsABadReferenceDate()
{
    const Run run = runTimex({QStringLiteral("--reference-date"), QStringLiteral("2025-02-30"),
                              SitrepTest::dataPath(QStringLiteral("timex/briefing.txt"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("2025-02-30")), qPrintable(run.err));
}

void TimexCliTest::annotatesJsonLinesAndNamesBadLines()
{
    const QString input = SitrepTest::dataPath(QStringLiteral("timex/batch.jsonl"));
    const Run run = runTimex({QStringLiteral("--jsonl"), input});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(input + QStringLiteral(":2: invalid JSON")), qPrintable(run.err));
    QVERIFY2(run.err.contains(input + QStringLiteral(":4: \"dct\"")), qPrintable(run.err));
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("first"));
    const QJsonArray firstTimexes = first.value(QStringLiteral("timexes")).toArray();
    QCOMPARE(firstTimexes.size(), 1);
    QCOMPARE(firstTimexes.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2025-11-18"));
    const QJsonObject third = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(third.value(QStringLiteral("id")).toString(), QStringLiteral("third"));
    const QJsonArray thirdTimexes = third.value(QStringLiteral("timexes")).toArray();
    QCOMPARE(thirdTimexes.size(), 2);
    QCOMPARE(thirdTimexes.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2024-02-28"));
    QCOMPARE(thirdTimexes.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("P3D"));
}

QTEST_GUILESS_MAIN(TimexCliTest)
#include "tst_timexcli.moc"
