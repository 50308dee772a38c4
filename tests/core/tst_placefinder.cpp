// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/gazetteer.h"
#include "places/placefinder.h"

#include <QTest>

using Sitrep::Gazetteer;
using Sitrep::PlaceFinder;
using Sitrep::PlaceMention;

class TestPlaceFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesMentions_data();
    void resolvesMentions();
    void avoidsFalseHits_data();
    void avoidsFalseHits();
    void multiWordNamesWinOverTheirParts_data();
    void multiWordNamesWinOverTheirParts();
    void flagsDemonymsAndCanLeaveThemOut();
    void reportsSpansInTheText();
};

namespace {

const Gazetteer &gazetteer()
{
    return *Gazetteer::builtIn();
}

QList<PlaceMention> find(const QString &text)
{
    return PlaceFinder(gazetteer()).find(text);
}

} // namespace

void TestPlaceFinder::resolvesMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name"); // the mention as written
    QTest::addColumn<QString>("id"); // the gazetteer entry it must resolve to

    const auto row = [](const char *tag, const char *text, const char *name, const char *id) {
        QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(name) << QString::fromUtf8(id);
    };
    row("Kyiv", "Talks resumed in Kyiv on Monday.", "Kyiv", "geonames:703448");
    row("Kiev", "He flew to Kiev for the talks.", "Kiev", "geonames:703448");
    row("Kharkiv", "Drones hit Kharkiv overnight.", "Kharkiv", "geonames:706483");
    row("Kharkov", "Drones hit Kharkov overnight.", "Kharkov", "geonames:706483");
    row("Bakhmut", "Fighting continued around Bakhmut.", "Bakhmut", "geonames:713174");
    row("small town after an opening preposition", "In Fastiv, a drone hit a railway depot.", "Fastiv",
        "geonames:709248");
    row("Artemovsk", "Fighting continued around Artemovsk.", "Artemovsk", "geonames:713174");
    row("Ivano-Frankivsk", "Sirens sounded in Ivano-Frankivsk.", "Ivano-Frankivsk", "geonames:707471");
    row("Ternopil", "A strike on Ternopil killed 20.", "Ternopil", "geonames:691650");
    row("Lviv", "Power was cut in Lviv.", "Lviv", "geonames:702550");
    row("Voronezh", "Drones were shot down over Voronezh.", "Voronezh", "geonames:472045");
    row("Miami", "The envoys met in Miami.", "Miami", "geonames:4164138");
    row("Budapest", "A summit in Budapest was called off.", "Budapest", "geonames:3054643");
    row("Moscow", "Moscow denied the report.", "Moscow", "geonames:524901");
    row("Pokrovsk in a Ukraine article", "Ukrainian troops held Pokrovsk in the Donetsk region of Ukraine.", "Pokrovsk",
        "geonames:704422");
    row("Pokrovsk in Yakutia", "Floods reached Pokrovsk, a river port near Yakutsk in Russia.", "Pokrovsk",
        "geonames:2017824");
    row("Paris alone", "Ministers met in Paris.", "Paris", "geonames:2988507");
    row("Paris, Texas", "A tornado struck Paris, Texas, on Friday.", "Paris", "geonames:4717560");
    row("Georgia the country", "Russia and Georgia fought in 2008 near Tbilisi.", "Georgia", "country:GE");
    row("Georgia the state", "Voters in Atlanta, Georgia, went to the polls.", "Georgia", "admin1:US-GA");
    row("a state named like a country, among the text's other states",
        "Cows in Alabama were tested in Ames, Iowa. Texas herds were spared. A lab in Georgia confirmed it.", "Georgia",
        "admin1:US-GA");
    row("the country, with its name's country named but none of its states",
        "A United States envoy visited Georgia on Monday.", "Georgia", "country:GE");
    row("Washington the capital", "Officials in Washington said so.", "Washington", "geonames:4140963");
    row("Washington state", "Wildfires spread across Washington state.", "Washington", "admin1:US-WA");
    row("Alexandria in Egypt", "Protests spread from Cairo to Alexandria.", "Alexandria", "geonames:361058");
    row("Alexandria, Virginia", "The trial opened in Alexandria, Virginia.", "Alexandria", "geonames:4744091");
    row("Ukraine", "Ukraine asked for more air defence.", "Ukraine", "country:UA");
    row("Russia", "Russia launched 400 drones.", "Russia", "country:RU");
    row("Russian Federation", "The Russian Federation denied it.", "Russian Federation", "country:RU");
    row("Belarus", "Troops gathered in Belarus.", "Belarus", "country:BY");
    row("Moldova", "Moldova closed its airspace.", "Moldova", "country:MD");
    row("Türkiye", "Talks were held in Türkiye.", "Türkiye", "country:TR");
    row("Turkey", "Talks were held in Turkey.", "Turkey", "country:TR");
    row("US", "The US envoy arrived.", "US", "country:US");
    row("U.S.", "The U.S. envoy arrived.", "U.S.", "country:US");
    row("United States", "The United States abstained.", "United States", "country:US");
    row("America", "Aid from America arrived.", "America", "country:US");
    row("Israel", "Israel and Hamas agreed to a ceasefire.", "Israel", "country:IL");
    row("Lebanon", "Strikes hit southern Lebanon.", "Lebanon", "country:LB");
    row("Syria", "Refugees returned to Syria.", "Syria", "country:SY");
    row("Iraq", "Oil exports from Iraq rose.", "Iraq", "country:IQ");
    row("Iran", "Iran test-fired a missile.", "Iran", "country:IR");
    row("Yemen", "Ships were attacked off Yemen.", "Yemen", "country:YE");
    row("Sudan", "Famine spread in Sudan.", "Sudan", "country:SD");
    row("DR Congo", "Rebels advanced in DR Congo.", "DR Congo", "country:CD");
    row("Kharkiv region", "Villages in the Kharkiv region were shelled.", "Kharkiv", "admin1:UA-63");
    row("Kharkiv Oblast", "Villages in Kharkiv Oblast were shelled.", "Kharkiv Oblast", "admin1:UA-63");
    row("the Russian region of Bryansk", "Drones struck the Russian region of Bryansk.", "Bryansk", "admin1:RU-BRY");
    row("Crimea", "A bridge to Crimea was damaged.", "Crimea", "admin1:UA-43");
    row("Alaska", "The leaders met in Alaska.", "Alaska", "admin1:US-AK");
    row("Donbas", "Russia wants all of the Donbas.", "Donbas", "area:donbas");
    row("western Ukraine", "Strikes hit western Ukraine overnight.", "western Ukraine", "area:western-ukraine");
    row("Black Sea", "Shipping in the Black Sea resumed.", "Black Sea", "area:black-sea");
    row("Sea of Azov", "Ports on the Sea of Azov were closed.", "Sea of Azov", "area:sea-of-azov");
    row("Gaza Strip", "Aid entered the Gaza Strip.", "Gaza Strip", "admin1:PS-GZZ");
    row("West Bank", "Raids continued in the West Bank.", "West Bank", "admin1:PS-WBK");
    row("Sinai", "Troops moved into Sinai.", "Sinai", "area:sinai");
    row("Middle East", "The envoy for the Middle East spoke.", "Middle East", "area:middle-east");
    row("New York", "She spoke in New York.", "New York", "geonames:5128581");
    row("a country named like its capital", "Officials in Mexico closed the schools of Mexico City.", "Mexico",
        "country:MX");
    row("a state among states", "Cases were found in Arizona, Colorado, Georgia and Illinois.", "Georgia",
        "admin1:US-GA");
    row("a province among provinces", "Cases were found in Alberta, Manitoba, Ontario and Quebec.", "Ontario",
        "admin1:CA-ON");
    row("an ocean before a town", "A storm formed over the Pacific.", "Pacific", "area:pacific-ocean");
    row("a continent before a town", "The virus spread across Asia.", "Asia", "area:asia");
    row("a city named by a common word, capitalised", "Officials said Buffalo was hit by snow.", "Buffalo",
        "geonames:5110629");
    row("a province that dwarfs its capital", "He may not stay in Quebec.", "Quebec", "admin1:CA-QC");
    row("its capital, named so", "He flew to Quebec City.", "Quebec City", "geonames:6325494");
    row("its capital in a list", "It ranks Ottawa, Montreal, Quebec City and Halifax.", "Quebec City",
        "geonames:6325494");
    row("a region's capital that is most of it", "Strikes hit Kharkiv overnight.", "Kharkiv", "geonames:706483");
    row("an Arabic name written with a final h", "Strikes hit the port city of Hodeidah.", "Hodeidah",
        "geonames:79415");
    row("an Arabic name without its article", "Drones struck a market in Qamishli on Monday.", "Qamishli",
        "geonames:173377");
    row("an Arabic name with 'al' for 'el'", "A strike hit a house in Deir al-Balah.", "Deir al-Balah",
        "geonames:281141");
    row("a town known by another name, before a word for a settlement", "A strike hit the Nuseirat refugee camp.",
        "Nuseirat", "geonames:281109");
    row("a state's governor", "Former New York Gov. Mario Cuomo died.", "New York", "admin1:US-NY");
    row("upstate", "Snow fell across upstate New York.", "New York", "admin1:US-NY");
    row("the bare name beside the city named so", "Cases rose in New York City and Albany. A boy fell ill in New York.",
        "New York", "admin1:US-NY");
    row("a region's governor", "Kharkiv Governor Oleh Syniehubov said two were hurt.", "Kharkiv", "admin1:UA-63");
    row("its capital beside the region", "Kharkiv was shelled after drones hit the Kharkiv region.", "Kharkiv",
        "geonames:706483");
    row("a regional seat abroad stays", "Drones hit Kyiv, Kharkiv and Odesa; envoys met in Strasbourg.", "Strasbourg",
        "geonames:2973783");
    row("a state heading a long list of states",
        "It was found in states including Georgia, Oklahoma, Pennsylvania, Wisconsin and California.", "Georgia",
        "admin1:US-GA");
    row("a small town with its region named", "A fire near Hinton closed the road, West Virginia police said.",
        "Hinton", "geonames:4808945");
    row("a county with its state", "It happened in Dallas County, Texas, on Friday.", "Dallas County",
        "area:us-county-tx-113");
    row("a county with its state, a smaller namesake", "Deputies in Dallas County, Iowa, made the arrest.",
        "Dallas County", "area:us-county-ia-049");
    row("a county in a dateline, of the state the text names",
        "PLYMOUTH CO. - Deputies from Le Mars said the Plymouth County Sheriff's Office and Iowa troopers met.",
        "PLYMOUTH CO.", "area:us-county-ia-149");
    row("a county alone: the larger namesake", "Schools in Washington County closed.", "Washington County",
        "area:us-county-or-067");
    row("a county in the state a text names often, beside a toss-up county",
        "PARIS, Mo. - Farmers in Missouri said a barn in Monroe County burned. He was held in Marion County. "
        "Missouri police and Missouri firefighters came.",
        "Monroe County", "area:us-county-mo-137");
    row("a large town bearing a country's former name",
        "A student from the Gold Coast of Australia was held. Australia protested, and officials in Sydney wrote.",
        "Gold Coast", "geonames:2165087");
    row("a country's former name alone", "Cocoa exports from the Gold Coast rose.", "Gold Coast", "country:GH");
    row("a county in the state the text is about",
        "PARIS, Mo. - Farmers in Missouri and Columbia, Mo., said a barn "
        "in Monroe County burned, as one had in Ohio.",
        "Monroe County", "area:us-county-mo-137");
    row("a toss-up reading lends its namesake little support", "It won a prize in Venice and opens in Hollywood.",
        "Venice", "admin1:IT-VE");
    row("a place of a town, named as the town's", "Most crews work out of London's Heathrow.", "Heathrow",
        "geonames:2643743");
    row("a town's place the gazetteer has", "Flights left Kyiv's Boryspil at dawn.", "Boryspil", "geonames:711660");
    row("a town the gazetteer lacks, at its state", "He was held in Beaver, West Virginia, on Friday.", "Beaver",
        "admin1:US-WV");
    row("a town in a list beside a region", "Strikes hit Kyiv, Lviv, Volyn and Odesa.", "Lviv", "geonames:702550");
    row("a region inside its country", "A fire broke out in California, United States, on Monday.", "California",
        "admin1:US-CA");
}

void TestPlaceFinder::resolvesMentions()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, id);

    const QList<PlaceMention> mentions = find(text);
    const auto it =
        std::find_if(mentions.cbegin(), mentions.cend(), [&](const PlaceMention &m) { return m.text == name; });
    QVERIFY2(it != mentions.cend(), qPrintable(QStringLiteral("no mention '%1'").arg(name)));
    QCOMPARE(gazetteer().entry(it->entry).gazetteerId(), id);
    QCOMPARE(text.mid(it->start, it->end - it->start), name);
    QVERIFY(it->confidence >= 0.5 && it->confidence <= 0.95);
}

void TestPlaceFinder::avoidsFalseHits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word"); // must not be reported as a place

    QTest::newRow("surname after a given name")
        << QStringLiteral("Army chief Randy George said.") << QStringLiteral("George");
    QTest::newRow("surname after a title")
        << QStringLiteral("Lt. Gen. Randy George arrived.") << QStringLiteral("George");
    QTest::newRow("Army secretary") << QStringLiteral("Army Secretary Dan Driscoll met them.")
                                    << QStringLiteral("Driscoll");
    QTest::newRow("the surname after a given name that is also a town, later alone")
        << QStringLiteral("Talks were led by Secretary of State Marco Rubio. Rubio told reporters they went well.")
        << QStringLiteral("Rubio");
    QTest::newRow("the same surname later")
        << QStringLiteral("Joe Franklin spoke. Later Franklin left.") << QStringLiteral("Franklin");
    QTest::newRow("month") << QStringLiteral("The talks began in May and ended in March.") << QStringLiteral("May");
    QTest::newRow("an English word amid a title's capitalised words")
        << QStringLiteral("Pupils took part in the Cooking Enterprise Project.") << QStringLiteral("Enterprise");
    QTest::newRow("a town's school") << QStringLiteral("Pupils of Raynham Primary won.") << QStringLiteral("Raynham");
    QTest::newRow("an armed group a town abroad is also called")
        << QStringLiteral("Delegations from Hamas and Qatar met in Cairo.") << QStringLiteral("Hamas");
    QTest::newRow("a news agency") << QStringLiteral("Fighting resumed, Xinhua reported.") << QStringLiteral("Xinhua");
    QTest::newRow("a given name with a final h is no town")
        << QStringLiteral("The report was written by Sarah Kemp.") << QStringLiteral("Sarah");
    QTest::newRow("sentence-initial common word")
        << QStringLiteral("Police said the attack was planned.") << QStringLiteral("Police");
    QTest::newRow("In at sentence start") << QStringLiteral("In December, talks resumed.") << QStringLiteral("In");
    QTest::newRow("newspaper") << QStringLiteral("The Washington Post reported it.") << QStringLiteral("Washington");
    QTest::newRow("news agency") << QStringLiteral("He told Agence France-Presse.") << QStringLiteral("France");
    QTest::newRow("currency") << QStringLiteral("It cost US$5 million.") << QStringLiteral("US");
    QTest::newRow("given name of a president")
        << QStringLiteral("Volodymyr Zelensky spoke.") << QStringLiteral("Volodymyr");
    QTest::newRow("weapon named like a town")
        << QStringLiteral("Iskander missiles were fired.") << QStringLiteral("Iskander");
    QTest::newRow("postal code of a state as a title")
        << QStringLiteral("Ms Redfern said the water was safe.") << QStringLiteral("Ms");
    QTest::newRow("a place named given name, later alone")
        << QStringLiteral("Georgia Whitcombe skates in Red Deer. Georgia began at four.") << QStringLiteral("Georgia");
    QTest::newRow("a country's native name that is an English word")
        << QStringLiteral("Ferries to Waiheke Island were cancelled.") << QStringLiteral("Island");
    QTest::newRow("a town abroad that nothing else supports")
        << QStringLiteral("Flights from London and Manchester were delayed by fog at Heathrow.")
        << QStringLiteral("Heathrow");
    QTest::newRow("a small town abroad, however often named")
        << QStringLiteral("Flights from London and Manchester were delayed at Heathrow. Heathrow staff struck, "
                          "and Heathrow reopened on Sunday.")
        << QStringLiteral("Heathrow");
    QTest::newRow("a small town in a region nothing else names")
        << QStringLiteral("Deputies from Waterloo and Des Moines, Iowa, searched a farm near Hinton.")
        << QStringLiteral("Hinton");
    QTest::newRow("lower-case word") << QStringLiteral("the reading was normal") << QStringLiteral("reading");
}

void TestPlaceFinder::avoidsFalseHits()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const QList<PlaceMention> mentions = find(text);
    for (const PlaceMention &m : mentions)
        QVERIFY2(!m.text.contains(word), qPrintable(QStringLiteral("found '%1'").arg(m.text)));
}

void TestPlaceFinder::multiWordNamesWinOverTheirParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("hyphenated") << QStringLiteral("Ivano-Frankivsk and Frankivsk")
                                << QStringList {QStringLiteral("Ivano-Frankivsk")};
    QTest::newRow("New York") << QStringLiteral("New York and York")
                              << QStringList {QStringLiteral("New York"), QStringLiteral("York")};
    QTest::newRow("Sea of Azov") << QStringLiteral("the Sea of Azov coast")
                                 << QStringList {QStringLiteral("Sea of Azov")};
    QTest::newRow("a region before a school word")
        << QStringLiteral("The NSW Primary Industries Minister spoke.") << QStringList {QStringLiteral("NSW")};
    QTest::newRow("a large city amid capitalised words")
        << QStringLiteral("She runs Blue Collar Paris Victory Gardens in Paris, Texas.")
        << QStringList {QStringLiteral("Paris"), QStringLiteral("Paris"), QStringLiteral("Texas")};
    QTest::newRow("a county") << QStringLiteral("PLYMOUTH CO. - Deputies in Dallas County said.")
                              << QStringList {QStringLiteral("PLYMOUTH CO."), QStringLiteral("Dallas County")};
    QTest::newRow("a county named like a given name")
        << QStringLiteral("A crash in Laurel County killed one.") << QStringList {QStringLiteral("Laurel County")};
    QTest::newRow("list") << QStringLiteral("Kharkiv, Sumy and Poltava")
                          << QStringList {QStringLiteral("Kharkiv"), QStringLiteral("Sumy"), QStringLiteral("Poltava")};
}

void TestPlaceFinder::multiWordNamesWinOverTheirParts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const PlaceMention &m : find(text))
        found.append(m.text);
    QCOMPARE(found, expected);
}

void TestPlaceFinder::flagsDemonymsAndCanLeaveThemOut()
{
    const QString text = QStringLiteral("Ukrainian and Russian delegations met in Istanbul.");
    const QList<PlaceMention> all = find(text);
    QCOMPARE(all.size(), 3);
    QVERIFY(all[0].demonym);
    QCOMPARE(gazetteer().entry(all[0].entry).gazetteerId(), QStringLiteral("country:UA"));
    QCOMPARE(gazetteer().entry(all[1].entry).gazetteerId(), QStringLiteral("country:RU"));
    QVERIFY(!all[2].demonym);

    PlaceFinder::Options options;
    options.includeDemonyms = false;
    const QList<PlaceMention> places = PlaceFinder(gazetteer(), options).find(text);
    QCOMPARE(places.size(), 1);
    QCOMPARE(places[0].text, QStringLiteral("Istanbul"));
}

void TestPlaceFinder::reportsSpansInTheText()
{
    const QString text = QStringLiteral("KYIV, Ukraine — “Kharkiv’s mayor” said Odesa was hit.");
    QStringList found;
    for (const PlaceMention &m : find(text))
        found.append(QStringLiteral("%1@%2-%3").arg(m.text).arg(m.start).arg(m.end));
    QCOMPARE(found,
             (QStringList {QStringLiteral("KYIV@0-4"), QStringLiteral("Ukraine@6-13"), QStringLiteral("Kharkiv@17-24"),
                           QStringLiteral("Odesa@39-44")}));
}

QTEST_GUILESS_MAIN(TestPlaceFinder)
#include "tst_placefinder.moc"
