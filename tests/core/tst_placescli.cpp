// SPDX-License-Identifier: GPL-3.0-or-later
// The binding contract of `sitrep-cli places`, which the geoparsing scorers read.
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestPlacesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneLinePerDocumentWithCodePointOffsets();
    void printsTextMentions();
};

namespace {

QByteArray run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SITREP_CLI_PATH), QStringList {QStringLiteral("places")} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

} // namespace

void TestPlacesCli::writesOneLinePerDocumentWithCodePointOffsets()
{
    const QByteArray output =
        run({QStringLiteral("--jsonl"), SitrepTest::dataPath(QStringLiteral("places/codepoints.jsonl"))});
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("emoji"));
    const QJsonArray toponyms = first.value(QStringLiteral("toponyms")).toArray();
    QCOMPARE(toponyms.size(), 2);
    const QJsonObject kyiv = toponyms[0].toObject();
    // The emoji is one code point (two UTF-16 units): "Kyiv" starts at code point 14.
    QCOMPARE(kyiv.value(QStringLiteral("start")).toInt(), 14);
    QCOMPARE(kyiv.value(QStringLiteral("end")).toInt(), 18);
    QCOMPARE(kyiv.value(QStringLiteral("name")).toString(), QStringLiteral("Kyiv"));
    QCOMPARE(kyiv.value(QStringLiteral("geonameid")).toInteger(), 703448);
    QCOMPARE(kyiv.value(QStringLiteral("country")).toString(), QStringLiteral("UA"));
    QCOMPARE(kyiv.value(QStringLiteral("kind")).toString(), QStringLiteral("city"));
    QCOMPARE(kyiv.value(QStringLiteral("lat")).toDouble(), 50.45466);
    QCOMPARE(kyiv.value(QStringLiteral("lon")).toDouble(), 30.5238);
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(second.value(QStringLiteral("toponyms")).toArray().size(), 0);
}

void TestPlacesCli::printsTextMentions()
{
    const QJsonObject result =
        QJsonDocument::fromJson(run({QStringLiteral("--text"), QStringLiteral("Ukraine")})).object();
    const QJsonArray toponyms = result.value(QStringLiteral("toponyms")).toArray();
    QCOMPARE(toponyms.size(), 1);
    QCOMPARE(toponyms[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("country"));
    QVERIFY(toponyms[0].toObject().value(QStringLiteral("geonameid")).isNull());
}

QTEST_GUILESS_MAIN(TestPlacesCli)
#include "tst_placescli.moc"
