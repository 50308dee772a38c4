// SPDX-License-Identifier: GPL-3.0-or-later
// The whole pipeline on single sentences with the bundled gazetteer: where events are placed when
// the text names a place indirectly (an embassy, a capital, an institution, a national body).
#include "events/eventextractor.h"
#include "places/gazetteer.h"

#include <QTest>

#include <cmath>
#include <numbers>

using Sitrep::Article;
using Sitrep::Event;
using Sitrep::EventExtractor;

namespace {

struct ExpectedPlace
{
    double latitude;
    double longitude;
    QString kind;
};

double kilometresBetween(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double radians = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * radians;
    const double dLon = (lon2 - lon1) * radians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * radians) * std::cos(lat2 * radians) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

QString describe(const Event &event)
{
    QStringList places;
    for (const auto &place : event.places)
        places << QStringLiteral("%1 (%2, %3 %4)")
                      .arg(place.canonicalName, place.kind)
                      .arg(place.latitude.value_or(0))
                      .arg(place.longitude.value_or(0));
    return places.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(QList<ExpectedPlace>)

class TestEventExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placesIndirectlyNamedPlaces_data();
    void placesIndirectlyNamedPlaces();

private:
    std::unique_ptr<EventExtractor> m_extractor;
};

void TestEventExtractor::initTestCase()
{
    if (!Sitrep::Gazetteer::builtIn())
        QFAIL("the bundled gazetteer did not load");
    m_extractor = std::make_unique<EventExtractor>();
}

void TestEventExtractor::placesIndirectlyNamedPlaces_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QList<ExpectedPlace>>("places");
    const ExpectedPlace nairobi {-1.29, 36.82, QStringLiteral("city")};
    QTest::newRow("embassies stand where the diplomats are, not always the capital")
        << QStringLiteral("Bombs exploded outside the U.S. embassies in Kenya and Tanzania on Friday.")
        << QList<ExpectedPlace> {nairobi, {-6.82, 39.27, QStringLiteral("city")}};
    QTest::newRow("a noun between the embassy and its country")
        << QStringLiteral("A suspect in the embassy blasts in Kenya and Tanzania was arrested on Friday.")
        << QList<ExpectedPlace> {nairobi, {-6.82, 39.27, QStringLiteral("city")}};
    QTest::newRow("a demonym's capital") << QStringLiteral("Rockets struck the Ukrainian capital on Tuesday.")
                                         << QList<ExpectedPlace> {{50.45, 30.52, QStringLiteral("city")}};
    QTest::newRow("two capitals") << QStringLiteral("Rockets struck the Kenyan and Ugandan capitals on Tuesday.")
                                  << QList<ExpectedPlace> {nairobi, {0.32, 32.58, QStringLiteral("city")}};
    QTest::newRow("a national body acts at home")
        << QStringLiteral("Tanzanian police said on Tuesday they had arrested 14 foreigners.")
        << QList<ExpectedPlace> {{-6.3, 34.8, QStringLiteral("country")}};
    QTest::newRow("a named place wins over the body's home")
        << QStringLiteral("Polish police arrested two men in Vilnius on Monday.")
        << QList<ExpectedPlace> {{54.69, 25.28, QStringLiteral("city")}};
    QTest::newRow("the Security Council sits in New York")
        << QStringLiteral("The Security Council will vote on the resolution on Friday.")
        << QList<ExpectedPlace> {{40.71, -74.01, QStringLiteral("city")}};
    QTest::newRow("the Kremlin is in Moscow") << QStringLiteral("The Kremlin announced new talks on Monday.")
                                              << QList<ExpectedPlace> {{55.75, 37.62, QStringLiteral("area")}};
    QTest::newRow("officials travel: no place")
        << QStringLiteral("U.S. officials announced new talks on Monday.") << QList<ExpectedPlace> {};
}

void TestEventExtractor::placesIndirectlyNamedPlaces()
{
    QFETCH(QString, sentence);
    QFETCH(QList<ExpectedPlace>, places);
    Article article;
    article.text = sentence;
    article.referenceDate = QDate(2025, 11, 19);
    const QList<Event> events = m_extractor->extract(article);
    QCOMPARE(events.size(), 1);
    const Event &event = events.first();
    QVERIFY2(event.places.size() == places.size(), qPrintable(describe(event)));
    for (qsizetype i = 0; i < places.size(); ++i) {
        const auto &place = event.places[i];
        QCOMPARE(place.kind, places[i].kind);
        const double allowed = place.kind == u"country" ? 800.0 : 30.0;
        const double off = kilometresBetween(place.latitude.value_or(0), place.longitude.value_or(0),
                                             places[i].latitude, places[i].longitude);
        QVERIFY2(off < allowed, qPrintable(describe(event)));
    }
}

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
