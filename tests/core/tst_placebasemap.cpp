// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/basemap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Sitrep::BaseMap;

class TestPlaceBaseMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locatesPointsInCountries_data();
    void locatesPointsInCountries();
    void locatesPointsInRegions_data();
    void locatesPointsInRegions();
    void readsNamesAndBounds();
    void rejectsDamagedFiles();
};

void TestPlaceBaseMap::locatesPointsInCountries_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("code");

    for (const auto layer : {BaseMap::Layer::Countries110m, BaseMap::Layer::Countries50m}) {
        const char *scale = layer == BaseMap::Layer::Countries110m ? "110m" : "50m";
        const auto row = [&](const char *what, double lat, double lon, const char *code) {
            QTest::addRow("%s %s", scale, what) << int(layer) << lat << lon << QString::fromLatin1(code);
        };
        row("Kyiv", 50.45, 30.52, "UA");
        row("Simferopol, Crimea", 44.95, 34.10, "UA");
        row("Moscow", 55.75, 37.62, "RU");
        row("Ankara", 39.93, 32.86, "TR");
        row("Gaza", 31.50, 34.47, "PS");
        row("Khartoum", 15.50, 32.56, "SD");
        row("Kansas", 39.0, -98.0, "US");
        row("Black Sea", 43.4, 34.3, "");
    }
    QTest::newRow("50m Sevastopol") << int(BaseMap::Layer::Countries50m) << 44.60 << 33.52 << QStringLiteral("UA");
}

void TestPlaceBaseMap::locatesPointsInCountries()
{
    QFETCH(int, layer);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, code);

    const auto map = BaseMap::loadBuiltIn(BaseMap::Layer(layer));
    QVERIFY(map.has_value());
    const BaseMap::Feature *feature = map->featureAt(latitude, longitude);
    QCOMPARE(feature ? feature->code : QString(), code);
}

void TestPlaceBaseMap::locatesPointsInRegions_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("code");
    QTest::newRow("Kharkiv") << 49.99 << 36.23 << QStringLiteral("UA-63");
    QTest::newRow("Simferopol") << 44.95 << 34.10 << QStringLiteral("UA-43");
    QTest::newRow("Bryansk") << 53.25 << 34.37 << QStringLiteral("RU-BRY");
    QTest::newRow("Pokrovsk") << 48.28 << 37.18 << QStringLiteral("UA-14");
}

void TestPlaceBaseMap::locatesPointsInRegions()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, code);
    static const auto map = BaseMap::loadBuiltIn(BaseMap::Layer::Admin1);
    QVERIFY(map.has_value());
    const BaseMap::Feature *feature = map->featureAt(latitude, longitude);
    QVERIFY(feature);
    QCOMPARE(feature->code, code);
}

void TestPlaceBaseMap::readsNamesAndBounds()
{
    const auto map = BaseMap::loadBuiltIn(BaseMap::Layer::Countries110m);
    QVERIFY(map.has_value());
    QVERIFY(map->features().size() > 150);
    const BaseMap::Feature *ukraine = map->feature(u"UA");
    QVERIFY(ukraine);
    QCOMPARE(ukraine->name, QStringLiteral("Ukraine"));
    QVERIFY(ukraine->bounds.left() > 22 && ukraine->bounds.right() < 41);
    QVERIFY(ukraine->bounds.top() > 44 && ukraine->bounds.bottom() < 53);
}

void TestPlaceBaseMap::rejectsDamagedFiles()
{
    QFile file(BaseMap::builtInPath(BaseMap::Layer::Countries110m));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile out(dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(bytes);
        return out.fileName();
    };
    QVERIFY(BaseMap::load(write(QStringLiteral("whole.bin"), data)).has_value());
    const auto truncated = BaseMap::load(write(QStringLiteral("truncated.bin"), data.left(data.size() / 2)));
    QVERIFY(!truncated.has_value());
    QCOMPARE(truncated.error().kind, Sitrep::Error::Kind::InvalidContent);
    QVERIFY(!BaseMap::load(write(QStringLiteral("other.bin"), QByteArray("PK\x03\x04"))).has_value());
    QCOMPARE(BaseMap::load(dir.filePath(QStringLiteral("missing.bin"))).error().kind, Sitrep::Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestPlaceBaseMap)
#include "tst_placebasemap.moc"
