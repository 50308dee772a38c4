// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/codepoints.h"
#include "export/eventexport.h"

#include <QJsonArray>
#include <QTest>

using Sitrep::Article;
using Sitrep::Event;

namespace {

Article sampleArticle()
{
    Article article;
    article.id = 4;
    article.source = QStringLiteral("/corpus/strike-report.txt");
    article.title = QStringLiteral("Strike report");
    article.outlet = QStringLiteral("Sitrep Wire");
    article.url = QStringLiteral("https://example.org/strike");
    // Two characters outside the Basic Multilingual Plane before the sentence: 2 code points, 4 UTF-16 units.
    article.text = QStringLiteral("\U0001F4F0\U0001F4F0 Drones hit Odesa, killing 3, officials said.");
    article.referenceDate = QDate(2025, 11, 19);
    article.dateSource = Sitrep::DateSource::Metadata;
    article.published = QDateTime(QDate(2025, 11, 19), QTime(14, 5), Qt::UTC);
    return article;
}

Event sampleEvent()
{
    Event event;
    event.id = 11;
    event.articleId = 4;
    event.date = {QDate(2025, 11, 18), QDate(2025, 11, 18), Sitrep::DatePrecision::Day,
                  Sitrep::DateDerivation::Reference};
    event.dateText = QStringLiteral("on Tuesday");
    event.type = Sitrep::EventType::RemoteViolence;
    event.summary = QStringLiteral("Drones hit Odesa, \"killing 3\"");
    event.sentenceStart = 5; // after the two pairs and the space
    event.sentenceEnd = 5 + 42;
    event.places = {Sitrep::EventPlace {QStringLiteral("Odesa"), QStringLiteral("Odesa"), QStringLiteral("city"), 46.48,
                                        30.72, QStringLiteral("UA"), QStringLiteral("Odesa Oblast"), 698740},
                    Sitrep::EventPlace {QStringLiteral("Black Sea"), QStringLiteral("Black Sea"),
                                        QStringLiteral("area"), 43.0, 34.0, QString(), QString(), std::nullopt}};
    event.actors = {
        Sitrep::EventActor {QStringLiteral("Russia"), QStringLiteral("state"), QString(), QStringLiteral("RU")}};
    event.killed = {3, 3, std::nullopt};
    event.confidence = 0.75;
    return event;
}

} // namespace

class TestEventExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsUtf16OffsetsToCodePoints();
    void writesTheJsonDocument();
    void writesNullsForUnknownValues();
    void writesAcledLikeCsv();
    void writesOnePointFeaturePerLocatedPlace();
};

void TestEventExport::convertsUtf16OffsetsToCodePoints()
{
    const QString text = QStringLiteral("a\U0001F600b\U0001F600");
    const Sitrep::CodePointOffsets offsets(text);
    QCOMPARE(offsets.toCodePoints(0), 0);
    QCOMPARE(offsets.toCodePoints(1), 1);
    QCOMPARE(offsets.toCodePoints(3), 2);
    QCOMPARE(offsets.toCodePoints(4), 3);
    QCOMPARE(offsets.toCodePoints(6), 4);
    QCOMPARE(offsets.toUtf16(2), 3);
    QCOMPARE(offsets.toUtf16(4), 6);
    QCOMPARE(Sitrep::CodePointOffsets(QStringLiteral("plain")).toCodePoints(5), 5);
}

void TestEventExport::writesTheJsonDocument()
{
    const QJsonObject document = Sitrep::EventExport::toJson({sampleArticle()}, {sampleEvent()});
    const QJsonObject article = document.value(QStringLiteral("articles")).toArray().first().toObject();
    QCOMPARE(article.value(QStringLiteral("id")).toInt(), 4);
    QCOMPARE(article.value(QStringLiteral("file")).toString(), QStringLiteral("strike-report.txt"));
    QCOMPARE(article.value(QStringLiteral("title")).toString(), QStringLiteral("Strike report"));
    QCOMPARE(article.value(QStringLiteral("published")).toString(), QStringLiteral("2025-11-19"));
    QCOMPARE(article.value(QStringLiteral("reference_date")).toString(), QStringLiteral("2025-11-19"));
    QCOMPARE(article.value(QStringLiteral("reference_date_source")).toString(), QStringLiteral("metadata"));

    const QJsonObject event = document.value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(event.value(QStringLiteral("id")).toInt(), 11);
    QCOMPARE(event.value(QStringLiteral("article")).toInt(), 4);
    const QJsonObject date = event.value(QStringLiteral("date")).toObject();
    QCOMPARE(date.value(QStringLiteral("start")).toString(), QStringLiteral("2025-11-18"));
    QCOMPARE(date.value(QStringLiteral("end")).toString(), QStringLiteral("2025-11-18"));
    QCOMPARE(date.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
    QCOMPARE(date.value(QStringLiteral("text")).toString(), QStringLiteral("on Tuesday"));
    const QJsonObject sentence = event.value(QStringLiteral("sentence")).toObject();
    QCOMPARE(sentence.value(QStringLiteral("start")).toInt(), 3);
    QCOMPARE(sentence.value(QStringLiteral("end")).toInt(), 45);
    QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("remote_violence"));
    QCOMPARE(event.value(QStringLiteral("fatalities")).toInt(), 3);
    QVERIFY(event.value(QStringLiteral("injured")).isNull());
    QCOMPARE(event.value(QStringLiteral("confidence")).toDouble(), 0.75);
    const QJsonArray locations = event.value(QStringLiteral("locations")).toArray();
    QCOMPARE(locations.size(), 2);
    const QJsonObject odesa = locations.first().toObject();
    QCOMPARE(odesa.value(QStringLiteral("name")).toString(), QStringLiteral("Odesa"));
    QCOMPARE(odesa.value(QStringLiteral("kind")).toString(), QStringLiteral("city"));
    QCOMPARE(odesa.value(QStringLiteral("lat")).toDouble(), 46.48);
    QCOMPARE(odesa.value(QStringLiteral("lon")).toDouble(), 30.72);
    QCOMPARE(odesa.value(QStringLiteral("country")).toString(), QStringLiteral("UA"));
    QCOMPARE(odesa.value(QStringLiteral("geonameid")).toInteger(), 698740);
    QVERIFY(locations.last().toObject().value(QStringLiteral("geonameid")).isNull());
    QCOMPARE(locations.last().toObject().value(QStringLiteral("country")).toString(), QString());
    const QJsonObject actor = event.value(QStringLiteral("actors")).toArray().first().toObject();
    QCOMPARE(actor.value(QStringLiteral("name")).toString(), QStringLiteral("Russia"));
    QCOMPARE(actor.value(QStringLiteral("kind")).toString(), QStringLiteral("state"));
}

void TestEventExport::writesNullsForUnknownValues()
{
    Event undated;
    undated.id = 1;
    undated.articleId = 99; // an article not given: offsets pass through unchanged
    undated.sentenceStart = 7;
    undated.sentenceEnd = 9;
    const QJsonObject event =
        Sitrep::EventExport::toJson({}, {undated}).value(QStringLiteral("events")).toArray().first().toObject();
    const QJsonObject date = event.value(QStringLiteral("date")).toObject();
    QVERIFY(date.value(QStringLiteral("start")).isNull());
    QVERIFY(date.value(QStringLiteral("end")).isNull());
    QCOMPARE(date.value(QStringLiteral("precision")).toString(), QStringLiteral("unknown"));
    QVERIFY(event.value(QStringLiteral("fatalities")).isNull());
    QCOMPARE(event.value(QStringLiteral("sentence")).toObject().value(QStringLiteral("start")).toInt(), 7);
    QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("other"));
}

void TestEventExport::writesAcledLikeCsv()
{
    const QString csv = QString::fromUtf8(Sitrep::EventExport::toCsv({sampleArticle()}, {sampleEvent()}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(QStringLiteral("event_id,event_date,event_date_end,time_precision,")));
    QVERIFY(lines.first().contains(QStringLiteral(",event_type,actor1,actor2,country,admin1,location,latitude,"
                                                  "longitude,fatalities,injured,source,")));
    QCOMPARE(lines.last(),
             QStringLiteral("11,2025-11-18,2025-11-18,1,day,remote_violence,Russia,,UA,Odesa Oblast,Odesa,46.48000,"
                            "30.72000,3,,Sitrep Wire,https://example.org/strike,"
                            "\"Drones hit Odesa, \"\"killing 3\"\" (also: Black Sea)\",0"));
}

void TestEventExport::writesOnePointFeaturePerLocatedPlace()
{
    Event event = sampleEvent();
    event.places.append(Sitrep::EventPlace {
        QStringLiteral("Somewhere"), {}, QStringLiteral("city"), std::nullopt, std::nullopt, {}, {}, std::nullopt});
    const QJsonObject collection = Sitrep::EventExport::toGeoJson({sampleArticle()}, {event});
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 2); // the place without coordinates is left out
    const QJsonObject first = features.first().toObject();
    const QJsonArray coordinates =
        first.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
    QCOMPARE(coordinates.at(0).toDouble(), 30.72); // longitude first
    QCOMPARE(coordinates.at(1).toDouble(), 46.48);
    const QJsonObject properties = first.value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("event_id")).toInt(), 11);
    QCOMPARE(properties.value(QStringLiteral("place")).toString(), QStringLiteral("Odesa"));
    QCOMPARE(properties.value(QStringLiteral("date_start")).toString(), QStringLiteral("2025-11-18"));
}

QTEST_GUILESS_MAIN(TestEventExport)
#include "tst_eventexport.moc"
