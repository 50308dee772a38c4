// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/gazetteer.h"
#include "places/placename.h"

#include "testpaths.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <numbers>

using Sitrep::Gazetteer;
using Sitrep::PlaceKind;

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheBuiltInGazetteerWithin150Milliseconds();
    void shippedResourcesMatchTheGeneratorsChecksums();
    void namesFindTheirEntries_data();
    void namesFindTheirEntries();
    void tellsWhetherANameIsAPlace_data();
    void tellsWhetherANameIsAPlace();
    void describesKnownEntries_data();
    void describesKnownEntries();
    void placesCountriesWhereReferenceWorksDo_data();
    void placesCountriesWhereReferenceWorksDo();
    void placesUsCountiesAmongTheirTowns_data();
    void placesUsCountiesAmongTheirTowns();
    void countsThePeopleOfARegion();
    void foldsNamesLikeTheGenerator_data();
    void foldsNamesLikeTheGenerator();
    void everyCanonicalNameFindsItsEntry();
    void rejectsDamagedData();
};

namespace {

const Gazetteer &gazetteer()
{
    return *Gazetteer::builtIn();
}

QStringList idsFor(const QString &name)
{
    QStringList ids;
    for (const Gazetteer::Candidate &c : gazetteer().candidates(name))
        ids.append(gazetteer().entry(c.entry).gazetteerId());
    return ids;
}

} // namespace

void TestGazetteer::loadsTheBuiltInGazetteerWithin150Milliseconds()
{
#if defined(__SANITIZE_ADDRESS__)
    const qint64 budget = 1500; // instrumented builds run the validation loops several times slower
#else
    const qint64 budget = 150;
#endif
    QElapsedTimer timer;
    timer.start();
    const auto loaded = Gazetteer::load(Gazetteer::builtInPath());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(loaded.has_value(), qPrintable(SitrepTest::errorText(loaded)));
    QVERIFY2(elapsed <= budget, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY(loaded->entryCount() > 50000);
    QVERIFY(Gazetteer::builtIn().has_value());
}

// tools/gazetteer/generate.mjs writes SHA256SUMS beside its output: the compiled-in resources must be
// byte for byte what the script produced.
void TestGazetteer::shippedResourcesMatchTheGeneratorsChecksums()
{
    QFile sums(QStringLiteral(":/gazetteer/SHA256SUMS"));
    QVERIFY(sums.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = sums.readAll().split('\n');
    int checked = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        QCOMPARE(fields.size(), 3);
        const QString path = QString::fromUtf8(fields.last());
        if (path.endsWith(QLatin1String(".json")))
            continue; // MANIFEST.json documents the run and is not compiled in
        QFile resource(QStringLiteral(":/") + path);
        QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QCryptographicHash::hash(resource.readAll(), QCryptographicHash::Sha256).toHex(), fields.first());
        ++checked;
    }
    QCOMPARE(checked, 4);
    QFile source(QStringLiteral(SITREP_SOURCE_DIR "/resources/gazetteer/SHA256SUMS"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(sums.seek(0));
    QCOMPARE(source.readAll(), sums.readAll());
}

void TestGazetteer::namesFindTheirEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");

    QTest::newRow("Kyiv") << QStringLiteral("Kyiv") << QStringLiteral("geonames:703448");
    QTest::newRow("Kiev") << QStringLiteral("Kiev") << QStringLiteral("geonames:703448");
    QTest::newRow("Kharkiv") << QStringLiteral("Kharkiv") << QStringLiteral("geonames:706483");
    QTest::newRow("Kharkov") << QStringLiteral("Kharkov") << QStringLiteral("geonames:706483");
    QTest::newRow("Bakhmut") << QStringLiteral("Bakhmut") << QStringLiteral("geonames:713174");
    QTest::newRow("Artemovsk") << QStringLiteral("Artemovsk") << QStringLiteral("geonames:713174");
    QTest::newRow("Pokrovsk, Donetsk oblast") << QStringLiteral("Pokrovsk") << QStringLiteral("geonames:704422");
    QTest::newRow("Pokrovsk, Sakha") << QStringLiteral("Pokrovsk") << QStringLiteral("geonames:2017824");
    QTest::newRow("Ivano-Frankivsk") << QStringLiteral("Ivano-Frankivsk") << QStringLiteral("geonames:707471");
    QTest::newRow("Turkey") << QStringLiteral("Turkey") << QStringLiteral("country:TR");
    QTest::newRow("Türkiye") << QStringLiteral("Türkiye") << QStringLiteral("country:TR");
    QTest::newRow("Turkiye") << QStringLiteral("Turkiye") << QStringLiteral("country:TR");
    QTest::newRow("Russian Federation") << QStringLiteral("Russian Federation") << QStringLiteral("country:RU");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("country:US");
    QTest::newRow("U.S.") << QStringLiteral("U.S.") << QStringLiteral("country:US");
    QTest::newRow("United States") << QStringLiteral("United States") << QStringLiteral("country:US");
    QTest::newRow("America") << QStringLiteral("America") << QStringLiteral("country:US");
    QTest::newRow("demonym Ukrainian") << QStringLiteral("Ukrainian") << QStringLiteral("country:UA");
    QTest::newRow("demonym Palestinian") << QStringLiteral("Palestinian") << QStringLiteral("country:PS");
    QTest::newRow("Kharkiv Oblast") << QStringLiteral("Kharkiv") << QStringLiteral("admin1:UA-63");
    QTest::newRow("Crimea") << QStringLiteral("Crimea") << QStringLiteral("admin1:UA-43");
    QTest::newRow("Sevastopol region") << QStringLiteral("Sevastopol") << QStringLiteral("admin1:UA-40");
    QTest::newRow("Bryansk") << QStringLiteral("Bryansk") << QStringLiteral("admin1:RU-BRY");
    QTest::newRow("Donbas") << QStringLiteral("Donbas") << QStringLiteral("area:donbas");
    QTest::newRow("Donbass") << QStringLiteral("Donbass") << QStringLiteral("area:donbas");
    QTest::newRow("western Ukraine") << QStringLiteral("western Ukraine") << QStringLiteral("area:western-ukraine");
    QTest::newRow("Black Sea") << QStringLiteral("Black Sea") << QStringLiteral("area:black-sea");
    QTest::newRow("Sea of Azov") << QStringLiteral("Sea of Azov") << QStringLiteral("area:sea-of-azov");
    QTest::newRow("Gaza Strip") << QStringLiteral("Gaza Strip") << QStringLiteral("area:gaza-strip");
    QTest::newRow("West Bank") << QStringLiteral("West Bank") << QStringLiteral("area:west-bank");
    QTest::newRow("Sinai") << QStringLiteral("Sinai") << QStringLiteral("area:sinai");
    QTest::newRow("a US county") << QStringLiteral("Plymouth County") << QStringLiteral("area:us-county-ia-149");
    QTest::newRow("its namesake") << QStringLiteral("Plymouth County") << QStringLiteral("area:us-county-ma-023");
    QTest::newRow("a county abbreviated") << QStringLiteral("Plymouth Co.") << QStringLiteral("area:us-county-ia-149");
    QTest::newRow("a parish") << QStringLiteral("Orleans Parish") << QStringLiteral("area:us-county-la-071");
}

void TestGazetteer::namesFindTheirEntries()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const QStringList ids = idsFor(name);
    QVERIFY2(ids.contains(id), qPrintable(ids.join(QLatin1Char(' '))));
}

void TestGazetteer::tellsWhetherANameIsAPlace_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("place");
    QTest::newRow("a city") << QStringLiteral("Kharkiv") << true;
    QTest::newRow("folded like the index") << QStringLiteral(" ST.  LOUIS ") << true;
    QTest::newRow("a demonym") << QStringLiteral("Ukrainian") << true;
    QTest::newRow("a common word") << QStringLiteral("Because") << false;
    QTest::newRow("no name at all") << QStringLiteral("Qwertzuiop") << false;
    QTest::newRow("empty") << QString() << false;
}

// namesPlace answers what candidates() being non-empty answers, without the list.
void TestGazetteer::tellsWhetherANameIsAPlace()
{
    QFETCH(QString, name);
    QFETCH(bool, place);
    QCOMPARE(gazetteer().namesPlace(name), place);
    QCOMPARE(gazetteer().namesPlace(name), !gazetteer().candidates(name).isEmpty());
}

void TestGazetteer::describesKnownEntries_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("admin1");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");

    QTest::newRow("Kyiv") << QStringLiteral("geonames:703448") << QStringLiteral("Kyiv") << QStringLiteral("UA")
                          << QStringLiteral("UA-30") << int(PlaceKind::City) << 50.45466 << 30.5238;
    QTest::newRow("Pokrovsk") << QStringLiteral("geonames:704422") << QStringLiteral("Pokrovsk") << QStringLiteral("UA")
                              << QStringLiteral("UA-14") << int(PlaceKind::City) << 48.28198 << 37.17585;
    QTest::newRow("Sevastopol city") << QStringLiteral("geonames:694423") << QStringLiteral("Sevastopol")
                                     << QStringLiteral("UA") << QStringLiteral("UA-40") << int(PlaceKind::City)
                                     << 44.60795 << 33.52134;
}

void TestGazetteer::describesKnownEntries()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, admin1);
    QFETCH(int, kind);
    QFETCH(double, latitude);
    QFETCH(double, longitude);

    const auto index = gazetteer().findByGeoNameId(id.section(QLatin1Char(':'), 1).toUInt());
    QVERIFY(index.has_value());
    const Sitrep::GazetteerEntry entry = gazetteer().entry(*index);
    QCOMPARE(entry.gazetteerId(), id);
    QCOMPARE(entry.name, name);
    QCOMPARE(entry.countryCode, country);
    QCOMPARE(entry.admin1Code, admin1);
    QCOMPARE(int(entry.kind), kind);
    QCOMPARE(entry.latitude, latitude);
    QCOMPARE(entry.longitude, longitude);
}

// Scorers and readers place a country at the point reference works give it (the Factbook's, the
// encyclopaedia's, GeoNames'), not at its polygon's centroid, which for Canada lies 500 km away.
void TestGazetteer::placesCountriesWhereReferenceWorksDo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("withinKm");

    QTest::newRow("Canada") << QStringLiteral("CA") << 60.0 << -95.0 << 20.0;
    QTest::newRow("Indonesia") << QStringLiteral("ID") << -5.0 << 120.0 << 20.0;
    QTest::newRow("Ukraine") << QStringLiteral("UA") << 49.0 << 32.0 << 20.0;
    QTest::newRow("United States, encyclopaedia") << QStringLiteral("US") << 40.0 << -100.0 << 160.0;
    QTest::newRow("United States, GeoNames") << QStringLiteral("US") << 39.76 << -98.5 << 160.0;
    QTest::newRow("China, encyclopaedia") << QStringLiteral("CN") << 35.0 << 103.0 << 160.0;
    QTest::newRow("China, GeoNames") << QStringLiteral("CN") << 35.0 << 105.0 << 160.0;
    QTest::newRow("Vatican City, no shape of its own") << QStringLiteral("VA") << 41.9 << 12.45 << 5.0;
}

void TestGazetteer::placesCountriesWhereReferenceWorksDo()
{
    QFETCH(QString, code);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(double, withinKm);

    const auto index = gazetteer().findByCode(code);
    QVERIFY(index.has_value());
    QCOMPARE(gazetteer().kind(*index), PlaceKind::Country);
    const double radians = std::numbers::pi / 180.0;
    const double lat1 = latitude * radians;
    const double lat2 = gazetteer().latitude(*index) * radians;
    const double dLon = (gazetteer().longitude(*index) - longitude) * radians;
    const double h =
        std::pow(std::sin((lat2 - lat1) / 2), 2) + std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dLon / 2), 2);
    const double km = 2 * 6371.0 * std::asin(std::sqrt(h));
    QVERIFY2(km <= withinKm, qPrintable(QStringLiteral("%1 km away").arg(km, 0, 'f', 0)));
}

// A US county is placed among its towns (the Census Bureau's centres here), inside its state, with their people.
void TestGazetteer::placesUsCountiesAmongTheirTowns_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("state");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");

    QTest::newRow("Plymouth County, Iowa")
        << QStringLiteral("us-county-ia-149") << QStringLiteral("US-IA") << 42.737 << -96.214;
    QTest::newRow("Dallas County, Texas")
        << QStringLiteral("us-county-tx-113") << QStringLiteral("US-TX") << 32.767 << -96.778;
    QTest::newRow("Monroe County, Missouri")
        << QStringLiteral("us-county-mo-137") << QStringLiteral("US-MO") << 39.495 << -92.001;
    QTest::newRow("Orleans Parish, Louisiana")
        << QStringLiteral("us-county-la-071") << QStringLiteral("US-LA") << 30.07 << -89.93;
}

void TestGazetteer::placesUsCountiesAmongTheirTowns()
{
    QFETCH(QString, code);
    QFETCH(QString, state);
    QFETCH(double, latitude);
    QFETCH(double, longitude);

    const auto index = gazetteer().findByCode(code);
    QVERIFY(index.has_value());
    const Sitrep::GazetteerEntry entry = gazetteer().entry(*index);
    QCOMPARE(entry.kind, PlaceKind::Area);
    QCOMPARE(entry.countryCode, QStringLiteral("US"));
    QCOMPARE(entry.admin1Code, state);
    QVERIFY(entry.population > 1000);
    const double radians = std::numbers::pi / 180.0;
    const double lat1 = latitude * radians;
    const double lat2 = entry.latitude * radians;
    const double dLon = (entry.longitude - longitude) * radians;
    const double h =
        std::pow(std::sin((lat2 - lat1) / 2), 2) + std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dLon / 2), 2);
    const double km = 2 * 6371.0 * std::asin(std::sqrt(h));
    QVERIFY2(km <= 30.0, qPrintable(QStringLiteral("%1 km away").arg(km, 0, 'f', 0)));
}

// The resolver reads a region's name as the region when its seat holds a small share of its people.
void TestGazetteer::countsThePeopleOfARegion()
{
    const auto quebec = gazetteer().findByCode(QStringLiteral("CA-QC"));
    const auto kharkivRegion = gazetteer().findByCode(QStringLiteral("UA-63"));
    const auto kharkiv = gazetteer().findByGeoNameId(706483);
    QVERIFY(quebec && kharkivRegion && kharkiv);
    QVERIFY(gazetteer().regionPopulation(*quebec) > 6'000'000 && gazetteer().regionPopulation(*quebec) < 9'000'000);
    const quint32 kharkivPeople = gazetteer().regionPopulation(*kharkivRegion);
    QVERIFY(kharkivPeople > gazetteer().population(*kharkiv) && kharkivPeople < 3 * gazetteer().population(*kharkiv));
    QCOMPARE(gazetteer().regionPopulation(*kharkiv), 0u);
}

void TestGazetteer::foldsNamesLikeTheGenerator_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("soft sign apostrophe") << QStringLiteral("Ivano-Frankivs’k") << QByteArray("ivano frankivsk");
    QTest::newRow("diaeresis") << QStringLiteral("Kyïv") << QByteArray("kyiv");
    QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QByteArray("istanbul");
    QTest::newRow("letters without decomposition") << QStringLiteral("Łódź, Øresund") << QByteArray("lodz, oresund");
    QTest::newRow("apostrophe and circumflex") << QStringLiteral("Côte d'Ivoire") << QByteArray("cote divoire");
    QTest::newRow("periods kept, spaces collapsed") << QStringLiteral(" St.  Louis ") << QByteArray("st. louis");
    QTest::newRow("en dash") << QStringLiteral("Rostov–on–Don") << QByteArray("rostov on don");
}

void TestGazetteer::foldsNamesLikeTheGenerator()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, key);
    QCOMPARE(Sitrep::PlaceName::foldKey(name), key);
}

void TestGazetteer::everyCanonicalNameFindsItsEntry()
{
    // Countries, regions and areas come first in the file; a failure means the C++ folding and the
    // generator's disagree on some letter.
    int checked = 0;
    for (quint32 i = 0; i < gazetteer().entryCount(); i += (i < 5000 ? 1 : 7)) {
        const Sitrep::GazetteerEntry entry = gazetteer().entry(i);
        const auto candidates = gazetteer().candidates(entry.name);
        if (candidates.isEmpty())
            continue; // names dropped on purpose ("West", airport codes)
        const bool found = std::any_of(candidates.cbegin(), candidates.cend(),
                                       [&](const Gazetteer::Candidate &c) { return c.entry == i; });
        if (!found && entry.kind != PlaceKind::Country && entry.kind != PlaceKind::Area)
            continue; // a region named "Central", or a city whose canonical name is not Latin
        QVERIFY2(found, qPrintable(entry.name));
        ++checked;
    }
    QVERIFY(checked > 10000);
}

void TestGazetteer::rejectsDamagedData()
{
    QFile file(Gazetteer::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(Gazetteer::fromData(data).has_value());
    QVERIFY(!Gazetteer::fromData(data.left(data.size() - 1)).has_value());
    QVERIFY(!Gazetteer::fromData(QByteArray("SGAZ")).has_value());
    QByteArray wrongVersion = data;
    wrongVersion[4] = 9;
    QVERIFY(!Gazetteer::fromData(wrongVersion).has_value());
    QCOMPARE(Gazetteer::load(QStringLiteral("/nonexistent/gazetteer.bin")).error().kind, Sitrep::Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
