// SPDX-License-Identifier: GPL-3.0-or-later
// The whole pipeline on single sentences with the bundled gazetteer: where events are placed when
// the text names a place indirectly (an embassy, a capital, an institution, a national body).
#include "events/eventextractor.h"
#include "places/gazetteer.h"
#include "places/greatcircle.h"

#include <QTest>

using Sitrep::Article;
using Sitrep::Event;
using Sitrep::EventExtractor;
using Sitrep::kilometresBetween;

namespace {

struct ExpectedPlace
{
    double latitude;
    double longitude;
    QString kind;
};

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
    void aDatelineTownInCapitalsIsNoAcronym();
    void aWordOfAPersonsNameIsNoTown();
    void aNameBeforeAWordForAnArmedUnitIsNoPlace();
    void attacksTakeTheirPlacesFromOtherMentions_data();
    void attacksTakeTheirPlacesFromOtherMentions();
    void aBatchGivesEachArticleItsOwnEvents();
    void aSpanUpToNowDatesWhatHappenedInIt_data();
    void aSpanUpToNowDatesWhatHappenedInIt();
    void spansOfYearsOrAheadDateNothing();
    void theRegionIsTheOneTheTextIsAbout();
    void aPlanAheadDatesNoPastHappeningAfterIt();
    void theCountryThatFiresIsNoPlaceOfTheAttack();
    void witnessesDateTheAttackWithinTheWeekend();
    void aDayAfterAnotherAttackDatesThatAttack();
    void theStrikeToldOnItsOwnDayRedatesIt();
    void aWordInsideAnOrganisationsNameIsNoPlace();
    void aRisingTollIsDatedByTheStrikeItCounts();
    void aCapitalThatSpeaksIsNoPlaceOfWhatItTells();
    void aPlacesMinistryIsNamedForThePlace();
    void aReportGoesOnPlaceByPlace();

private:
    static void verifyPlaces(const Event &event, const QList<ExpectedPlace> &places);
    // The events of an article of `text` alone, dated `reference`.
    QList<Event> extracted(const QString &text, const QDate &reference) const;

private:
    std::unique_ptr<EventExtractor> m_extractor;
};

void TestEventExtractor::initTestCase()
{
    if (!Sitrep::Gazetteer::builtIn())
        QFAIL("the bundled gazetteer did not load");
    m_extractor = std::make_unique<EventExtractor>();
}

QList<Event> TestEventExtractor::extracted(const QString &text, const QDate &reference) const
{
    Article article;
    article.text = text;
    article.referenceDate = reference;
    return m_extractor->extract(article);
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
    QTest::newRow("embassies in capitals named by demonyms")
        << QStringLiteral("Bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals on Friday.")
        << QList<ExpectedPlace> {nairobi, {-6.82, 39.27, QStringLiteral("city")}};
    QTest::newRow("a capital named after its demonym is the named city")
        << QStringLiteral("The director toured the Tanzanian capital Dar es Salaam on Thursday.")
        << QList<ExpectedPlace> {{-6.82, 39.27, QStringLiteral("city")}};
    QTest::newRow("a visitor meets a government where it sits")
        << QStringLiteral("The envoy met with Iraqi deputy prime minister Tariq Aziz on Sunday.")
        << QList<ExpectedPlace> {{33.34, 44.40, QStringLiteral("city")}};
    QTest::newRow("a named place wins over the government's seat")
        << QStringLiteral("The envoy met with Iraqi deputy prime minister Tariq Aziz in Amman on Sunday.")
        << QList<ExpectedPlace> {{31.95, 35.93, QStringLiteral("city")}};
    QTest::newRow("an organisation's base is no place of the event")
        << QStringLiteral("A Britain-based charity opened a clinic in Kharkiv on Monday.")
        << QList<ExpectedPlace> {{49.99, 36.23, QStringLiteral("city")}};
    QTest::newRow("a name in a prefixed modifier is no place")
        << QStringLiteral("Gunmen attacked non-Arab villagers near El Geneina on Monday.")
        << QList<ExpectedPlace> {{13.45, 22.44, QStringLiteral("city")}};
    QTest::newRow("delegations meet where they meet, not where they come from")
        << QStringLiteral("Delegations from Hamas and Qatar met in Cairo on Sunday.")
        << QList<ExpectedPlace> {{30.06, 31.25, QStringLiteral("city")}};
    QTest::newRow("the whole that locates a part is no place of its own")
        << QStringLiteral("A drone attack on the Black Sea port of Odesa killed two people on Friday.")
        << QList<ExpectedPlace> {{46.48, 30.73, QStringLiteral("city")}};
    QTest::newRow("the countries peacekeepers come from are not where they fell")
        << QStringLiteral("Peacekeepers from South Africa, Malawi and Uruguay were killed near Sake on Friday.")
        << QList<ExpectedPlace> {{-1.57, 29.04, QStringLiteral("city")}};
    QTest::newRow("a country asked to act is not where it was asked")
        << QStringLiteral("The ministers met in Luanda on Sunday and called on Rwanda to withdraw its troops.")
        << QList<ExpectedPlace> {{-8.84, 13.23, QStringLiteral("city")}};
    QTest::newRow("a country before a common noun is a modifier")
        << QStringLiteral("A U.S. air raid hit Kandahar on Monday.")
        << QList<ExpectedPlace> {{31.61, 65.71, QStringLiteral("city")}};
    QTest::newRow("places in what was said are not where it was said")
        << QStringLiteral("Prime Minister Benjamin Netanyahu told his Cabinet on Sunday that Israel was willing to "
                          "withdraw from southern Lebanon.")
        << QList<ExpectedPlace> {};
    QTest::newRow("where the words were spoken, not the quoted places")
        << QStringLiteral("``Kyiv will not fall,'' the minister said on Monday in Warsaw.")
        << QList<ExpectedPlace> {{52.23, 21.01, QStringLiteral("city")}};
    QTest::newRow("a condemned attack's place is not the verdict's")
        << QStringLiteral("The Security Council condemned the bombing of the embassy in Kabul on Thursday.")
        << QList<ExpectedPlace> {{40.71, -74.01, QStringLiteral("city")}};
}

void TestEventExtractor::aDatelineTownInCapitalsIsNoAcronym()
{
    Article article;
    article.text = QStringLiteral("GOMA, Congo (Reuters) - At least 17 people were killed in the fighting on Sunday.");
    article.dateline = Sitrep::TextRange {0, 24};
    article.referenceDate = QDate(2025, 1, 27);
    const QList<Event> events = m_extractor->extract(article);
    QCOMPARE(events.size(), 1);
    verifyPlaces(events.first(), {{-1.68, 29.22, QStringLiteral("city")}});
    QVERIFY(std::none_of(events.first().actors.cbegin(), events.first().actors.cend(),
                         [](const auto &actor) { return actor.name == u"GOMA"; }));
}

void TestEventExtractor::aWordOfAPersonsNameIsNoTown()
{
    const QList<Event> events =
        extracted(QStringLiteral("A senior Hamas official, Khalil al-Hayya, arrived in Cairo on Tuesday evening."),
                  QDate(2025, 11, 5));
    QCOMPARE(events.size(), 1);
    verifyPlaces(events.first(), {{30.06, 31.25, QStringLiteral("city")}}); // Cairo, not Hebron (al-Khalil)
}

void TestEventExtractor::aNameBeforeAWordForAnArmedUnitIsNoPlace()
{
    const QList<Event> events =
        extracted(QStringLiteral("A Quds Force commander was killed in an air strike in Damascus on Monday."),
                  QDate(2025, 11, 19));
    QCOMPARE(events.size(), 1);
    verifyPlaces(events.first(), {{33.51, 36.29, QStringLiteral("city")}}); // Damascus, not Jerusalem (al-Quds)
}

void TestEventExtractor::attacksTakeTheirPlacesFromOtherMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<ExpectedPlace>>("places");
    const ExpectedPlace nairobi {-1.29, 36.82, QStringLiteral("city")};
    QTest::newRow("a lead names the attack the article places later")
        << QStringLiteral("Investigators were heartened by help from Kenya and Tanzania in probing last Friday's "
                          "bombings of two embassies. The bombings at the U.S. embassies in Kenya and Tanzania "
                          "killed more than 200 people.")
        << QDate(2025, 11, 14) << QList<ExpectedPlace> {nairobi, {-6.82, 39.27, QStringLiteral("city")}};
    QTest::newRow("the attack in a country is the one placed in its city")
        << QStringLiteral("A car bomb attack at the U.S. embassy in Nairobi killed 12 people on Friday. Rescuers "
                          "dug through the rubble of the bombing in Kenya on Saturday.")
        << QDate(2025, 11, 15) << QList<ExpectedPlace> {nairobi};
    QTest::newRow("a second attack is another attack")
        << QStringLiteral("A car bomb attack at the U.S. embassy in Nairobi killed 12 people on Friday. On Saturday "
                          "a second bombing in Kenya killed four people.")
        << QDate(2025, 11, 15) << QList<ExpectedPlace> {{1.0, 38.0, QStringLiteral("country")}};
    QTest::newRow("a date that names an attack takes only the attack's places")
        << QStringLiteral("The air raid on Afghanistan is not linked with the August 7 bombings in Africa. The "
                          "bombing at the embassy in Nairobi killed 213 people.")
        << QDate(2025, 8, 7) << QList<ExpectedPlace> {nairobi};
}

void TestEventExtractor::attacksTakeTheirPlacesFromOtherMentions()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QList<ExpectedPlace>, places);
    Article article;
    article.text = text;
    article.referenceDate = QDate(2025, 11, 19);
    const QList<Event> events = m_extractor->extract(article);
    const auto dated =
        std::find_if(events.cbegin(), events.cend(), [&date](const Event &event) { return event.date.start == date; });
    QVERIFY2(dated != events.cend(), "no event on the date");
    verifyPlaces(*dated, places);
}

void TestEventExtractor::aBatchGivesEachArticleItsOwnEvents()
{
    // The batch reads all articles engine by engine; nothing of one article may reach another.
    QList<Article> articles(3);
    articles[0].text = QStringLiteral("A drone struck a market in Kharkiv on Tuesday, killing four people.");
    articles[0].referenceDate = QDate(2025, 11, 19);
    articles[1].text = QStringLiteral("Envoys met in Geneva on Sunday. Russian missiles hit Lviv on Monday night.");
    articles[1].referenceDate = QDate(2024, 3, 6);
    articles[2].text = QStringLiteral("Nothing in this line is dated or placed.");
    articles[2].referenceDate = QDate(2025, 1, 1);
    const QList<QList<Event>> batch = m_extractor->extract(articles);
    QCOMPARE(batch.size(), articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        QCOMPARE(batch[i], m_extractor->extract(articles[i]));
    QCOMPARE(batch[0].size(), 1);
    QCOMPARE(batch[0].first().date.start, QDate(2025, 11, 18));
    QCOMPARE(batch[0].first().killed.best, 4);
    QCOMPARE(batch[1].size(), 2);
    QCOMPARE(batch[1].last().places.first().canonicalName, QStringLiteral("Lviv"));
    QCOMPARE(batch[1].last().date.start, QDate(2024, 3, 4));
    QVERIFY(m_extractor->extract(QList<Article>()).isEmpty());
}

void TestEventExtractor::aSpanUpToNowDatesWhatHappenedInIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("killed");
    QTest::newRow("days, with the day the source spoke")
        << QStringLiteral("Russian strikes killed 12 people in Kharkiv over the past three days, the governor said "
                          "on Tuesday.")
        << QDate(2025, 11, 17) << 12;
    QTest::newRow("hours") << QStringLiteral("In the past 24 hours, Russian shelling killed three people in Kherson.")
                           << QDate(2025, 11, 18) << 3;
    QTest::newRow("recent days") << QStringLiteral("At least 51 people were killed in clashes near Pokrovsk in recent "
                                                   "days, officials said on Sunday.")
                                 << QDate(2025, 11, 13) << 51;
}

void TestEventExtractor::aSpanUpToNowDatesWhatHappenedInIt()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(int, killed);
    Article article;
    article.text = text;
    article.referenceDate = QDate(2025, 11, 19);
    const QList<Event> events = m_extractor->extract(article);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.start, start);
    QCOMPARE(events.first().date.end, article.referenceDate);
    QCOMPARE(events.first().killed.best, killed);
}

void TestEventExtractor::spansOfYearsOrAheadDateNothing()
{
    Article article;
    article.text = QStringLiteral("Attacks on aid workers have risen in recent years. Talks may resume in the next "
                                  "two weeks.");
    article.referenceDate = QDate(2025, 11, 19);
    for (const Event &event : m_extractor->extract(article))
        QVERIFY2(!event.isDated(), qPrintable(event.dateText));
}

void TestEventExtractor::theRegionIsTheOneTheTextIsAbout()
{
    Article article;
    article.text = QStringLiteral("ISTANBUL, Turkey (AP) _ Some 1,500 ethnic Albanians marched Sunday in Istanbul to "
                                  "protest killings in Kosovo. Serbs keep a large police force in Kosovo. At least 51 "
                                  "people were killed in clashes in the troubled region in recent days.");
    article.dateline = Sitrep::TextRange {0, 24};
    article.referenceDate = QDate(1998, 3, 8);
    const QList<Event> events = m_extractor->extract(article);
    const auto toll = std::find_if(events.cbegin(), events.cend(), [](const Event &e) { return e.killed.best == 51; });
    QVERIFY(toll != events.cend());
    QCOMPARE(toll->places.size(), 1);
    QCOMPARE(toll->places.first().canonicalName, QStringLiteral("Kosovo"));
}

void TestEventExtractor::aPlanAheadDatesNoPastHappeningAfterIt()
{
    Article article;
    article.text = QStringLiteral("Mediators are due to meet in Cairo later this week. Meanwhile, settlers attacked "
                                  "farmers near Ramallah. Meanwhile, talks will also open in Doha.");
    // On a Monday the week ahead is all still to come; on a Thursday "later this week" is too.
    for (const QDate reference : {QDate(2025, 11, 3), QDate(2025, 11, 20)}) {
        article.referenceDate = reference;
        const QList<Event> events = m_extractor->extract(article);
        const auto placedAt = [&events](const QString &name) {
            return std::find_if(events.cbegin(), events.cend(), [&name](const Event &event) {
                return !event.places.isEmpty() && event.places.first().canonicalName == name;
            });
        };
        const auto ramallah = placedAt(QStringLiteral("Ramallah"));
        QVERIFY(ramallah != events.cend());
        QVERIFY(!ramallah->isDated());
        const auto doha = placedAt(QStringLiteral("Doha"));
        QVERIFY(doha != events.cend());
        QCOMPARE(doha->date.end, reference.addDays(6 - reference.dayOfWeek() + 1)); // the plan's week, carried on
    }
}

void TestEventExtractor::theCountryThatFiresIsNoPlaceOfTheAttack()
{
    const QList<Event> events =
        extracted(QStringLiteral("Russia fired 653 drones and 51 missiles at Ukraine overnight, the air force said "
                                 "on Saturday."),
                  QDate(2025, 12, 6));
    QCOMPARE(events.size(), 1);
    verifyPlaces(events.first(), {{49.0, 32.0, QStringLiteral("country")}}); // Ukraine alone
    const QList<Event> launched =
        extracted(QStringLiteral("Russia launched a massive attack on Ukraine's gas plants overnight, officials said "
                                 "on Saturday."),
                  QDate(2025, 12, 6));
    QCOMPARE(launched.size(), 1);
    verifyPlaces(launched.first(), {{49.0, 32.0, QStringLiteral("country")}});
}

void TestEventExtractor::witnessesDateTheAttackWithinTheWeekend()
{
    // The source's day ("said Monday, in one of ...") dates nothing; the day witnesses give, inside
    // the weekend, dates the attack, "before dawn" being a time of day and not another happening.
    const QList<Event> events =
        extracted(QStringLiteral("Gunmen killed at least 30 villagers in Goma over the weekend, officials said "
                                 "Monday, in one of the worst attacks this year. Witnesses said the attackers arrived "
                                 "before dawn on Saturday. Another 12 people were wounded."),
                  QDate(2025, 10, 6));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.start, QDate(2025, 10, 4));
    QCOMPARE(events.first().date.end, QDate(2025, 10, 4));
    QCOMPARE(events.first().killed.best, 30);
    QCOMPARE(events.first().injured.best, 12);
}

void TestEventExtractor::aDayAfterAnotherAttackDatesThatAttack()
{
    QList<Event> events =
        extracted(QStringLiteral("Jihadists killed 41 soldiers at a camp in central Mali on Tuesday, a day after an "
                                 "ambush near Gao left 15 dead."),
                  QDate(2025, 9, 24));
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.date.start < b.date.start; });
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].date.start, QDate(2025, 9, 22));
    QCOMPARE(events[0].killed.best, 15);
    QCOMPARE(events[1].date.start, QDate(2025, 9, 23));
    QCOMPARE(events[1].killed.best, 41);
}

void TestEventExtractor::theStrikeToldOnItsOwnDayRedatesIt()
{
    const QList<Event> events =
        extracted(QStringLiteral("An airstrike on a school in the Sagaing region killed at least 22 people, local "
                                 "media reported Friday. The strike hit the village early Thursday, a resistance "
                                 "group said."),
                  QDate(2025, 9, 12));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.start, QDate(2025, 9, 11));
    QCOMPARE(events.first().killed.best, 22);
}

void TestEventExtractor::aWordInsideAnOrganisationsNameIsNoPlace()
{
    Article article;
    article.text = QStringLiteral("The National Unity Government said on Friday that troops burned a village.");
    article.referenceDate = QDate(2025, 9, 12);
    for (const Event &event : m_extractor->extract(article)) {
        for (const auto &place : event.places)
            QVERIFY2(place.countryCode != u"SS", qPrintable(describe(event))); // Unity State, South Sudan
    }
}

void TestEventExtractor::aRisingTollIsDatedByTheStrikeItCounts()
{
    const QList<Event> events =
        extracted(QStringLiteral("The death toll from a Russian missile strike on apartment buildings in Ternopil "
                                 "rose to 33 on Friday, officials said. The strike on Wednesday also wounded 94 "
                                 "people."),
                  QDate(2025, 11, 21));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.start, QDate(2025, 11, 19));
    QCOMPARE(events.first().injured.best, 94);
    QCOMPARE(int(events.first().type), int(Sitrep::EventType::RemoteViolence));
}

void TestEventExtractor::aCapitalThatSpeaksIsNoPlaceOfWhatItTells()
{
    const QList<Event> events =
        extracted(QStringLiteral("Moscow said on Thursday that its troops had captured a village in the "
                                 "Dnipropetrovsk region."),
                  QDate(2025, 11, 21));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().places.size(), 1);
    QCOMPARE(events.first().places.first().countryCode, QStringLiteral("UA"));
}

void TestEventExtractor::aPlacesMinistryIsNamedForThePlace()
{
    Article article;
    article.text = QStringLiteral("DEIR AL-BALAH (AP) _ The Gaza Health Ministry said on Monday that 45 people were "
                                  "killed in strikes.");
    article.dateline = Sitrep::TextRange {0, 21};
    article.referenceDate = QDate(2025, 11, 20);
    const QList<Event> events = m_extractor->extract(article);
    QCOMPARE(events.size(), 1);
    QStringList actors;
    for (const auto &actor : events.first().actors)
        actors << actor.name;
    QVERIFY2(actors.contains(QStringLiteral("Gaza Ministry of Health")), qPrintable(actors.join(u", ")));
}

void TestEventExtractor::aReportGoesOnPlaceByPlace()
{
    const QList<Event> events =
        extracted(QStringLiteral("Israeli forces killed four Palestinians in Jenin on Thursday, the health ministry "
                                 "said. In Gaza, an Israeli air strike killed two brothers who were collecting "
                                 "firewood, medics said. Gaza's hospitals are short of fuel."),
                  QDate(2025, 11, 27));
    const auto brothers =
        std::find_if(events.cbegin(), events.cend(), [](const Event &event) { return event.killed.best == 2; });
    QVERIFY(brothers != events.cend());
    QCOMPARE(brothers->date.start, QDate(2025, 11, 27));
    QCOMPARE(int(brothers->date.derivation), int(Sitrep::DateDerivation::Narrative));
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
    verifyPlaces(events.first(), places);
}

void TestEventExtractor::verifyPlaces(const Event &event, const QList<ExpectedPlace> &places)
{
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
