// SPDX-License-Identifier: GPL-3.0-or-later
// Event assembly from hand-made annotations: what becomes an event, with which date, places,
// actors and figures, independent of the engines that find them.
#include "events/eventassembler.h"
#include "events/eventlexicon.h"
#include "events/eventsummary.h"
#include "events/literals.h"
#include "events/offsetspan.h"

#include <QTest>

using Sitrep::ActorMention;
using Sitrep::Article;
using Sitrep::ArticleAnnotations;
using Sitrep::DateDerivation;
using Sitrep::DatePrecision;
using Sitrep::Event;
using Sitrep::EventAssembler;
using Sitrep::EventType;
using Sitrep::Figure;
using Sitrep::Timex;

namespace {

const QDate reference(2025, 11, 19);

// An article whose sentences are the given strings, separated by single spaces.
Article articleOf(const QStringList &sentences)
{
    Article article;
    article.referenceDate = reference;
    for (const QString &sentence : sentences) {
        if (!article.text.isEmpty())
            article.text += QLatin1Char(' ');
        article.sentences.append(Sitrep::TextRange {article.text.size(), sentence.size()});
        article.text += sentence;
    }
    return article;
}

Timex dateAt(const Article &article, const QString &text, const QDate &start, const QDate &end,
             DatePrecision precision = DatePrecision::Day, DateDerivation derivation = DateDerivation::Reference)
{
    Timex timex;
    timex.start = article.text.indexOf(text);
    timex.end = timex.start + text.size();
    timex.text = text;
    timex.type = Sitrep::TimexType::Date;
    timex.value = start.toString(Qt::ISODate);
    timex.interval = {start, end, precision, derivation};
    return timex;
}

Sitrep::LocatedPlace placeAt(const Article &article, const QString &name, const QString &kind, double lat, double lon,
                             const QString &country)
{
    const qsizetype start = article.text.indexOf(name);
    return {start, start + name.size(),
            Sitrep::EventPlace {name, name, kind, lat, lon, country, QString(), std::nullopt}};
}

QStringList placeNames(const Event &event)
{
    QStringList names;
    for (const auto &place : event.places)
        names << place.name;
    return names;
}

ActorMention actorAt(const Article &article, const QString &text, const QString &name, ActorMention::Kind kind,
                     const QString &country = {})
{
    ActorMention mention;
    mention.start = article.text.indexOf(text);
    mention.end = mention.start + text.size();
    mention.text = text;
    mention.name = name;
    mention.kind = kind;
    mention.country = country;
    return mention;
}

Figure figureAt(const Article &article, const QString &text, Figure::Kind kind, int low, int best, int high)
{
    Figure figure;
    figure.start = article.text.indexOf(text);
    figure.end = figure.start + text.size();
    figure.kind = kind;
    figure.low = low;
    figure.best = best;
    figure.high = high;
    return figure;
}

QString spanOf(const Article &article, const Event &event)
{
    return article.text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart);
}

QStringList actorNames(const Event &event)
{
    QStringList names;
    for (const auto &actor : event.actors)
        names << actor.name;
    return names;
}

} // namespace

class TestEventAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literalSearchesAgreeWithQString_data();
    void literalSearchesAgreeWithQString();
    void summariesCollapseWhiteSpaceAsQStringDoes();
    void orderedAnnotationsAreFoundFromWhereASpanStarts();
    void lexiconReadsWordsAlikeWhereverTheyStand();
    void makesOneEventPerDistinctDateWithClauseSpans();
    void typesEventsByTheirTriggers_data();
    void typesEventsByTheirTriggers();
    void continuationInheritsTheNarrativeDateAndActors();
    void casualtiesElsewhereAfterAStrikeAreANewEvent();
    void figuresWithoutAPlaceJoinThePreviousEvent();
    void theInjuredJoinTheAttackThatKilled();
    void aVerdictOnKnownStrikesIsNoViolence();
    void harmToldAfterTheAttackIsNoNewEvent();
    void theCityIsTheTownTheTextIsAbout();
    void anotherAttackToldLaterLendsNoPlace();
    void aRunningTollJoinsNoEvent();
    void aHappeningHoursAfterAnotherIsItsOwnEvent_data();
    void aHappeningHoursAfterAnotherIsItsOwnEvent();
    void eachPlaceGoesWithTheDateNearestIt();
    void aWarsTollIsNoDayTolls();
    void harmCountedOverAYearIsNoEvent();
    void aComparisonsFrameDatesNothing();
    void elsewhereCarriesTheNarrativeDateOn_data();
    void elsewhereCarriesTheNarrativeDateOn();
    void aTollToldBeforeTheAttackJoinsIt();
    void sinceDatesDateNothing();
    void sinceReachesAcrossAPhrase();
    void aDeadlineDatesNothing_data();
    void aDeadlineDatesNothing();
    void placesPlacelessEventsAtTheDateline();
    void aNationalBodyInTheDatelinesCountryIsAtTheDateline();
    void hereNamesTheDatelinePlaceBesideOthers();
    void theBombingsAreWhereTheyWereFirstPlaced();
    void keepsUndatedViolenceUndated();
    void namesTheStateBehindAForce();
    void namesTheStateBehindItsInstitutions();
    void mergesATimeOfDayIntoItsDay();
    void skipsCrossheads();
    void twoDaysJoinedByAndAreOneHappening();
    void aPlanHoursLaterLendsNoPlace();
    void harmAfterAnAgreementIsAnEarlierFightsToll();
    void whenTheAttackTookPlaceRedatesIt();
    void aTollBetweenTwoMonthsIsNoEvent();
    void whereTheAttackTookPlacePlacesIt();
    void theSameAttackToldAgainIsOneEvent();
    void theSameAttackToldByALaterSourceIsOneEvent();
    void whatTheAttackersDidDatesTheAttack();
    void aYearsTollJoinsNoAttackBeforeIt();
    void aPlaceInTheSourceIsNotWhereTheDeadWere();
    void theDayASourceSpokeDatesNoSecondHappening_data();
    void theDayASourceSpokeDatesNoSecondHappening();
};

// The inline searches assembly makes for every date and clause (eight characters at a time where
// the processor allows) must say what QStringView::contains says, wherever in a text a literal
// stands: at either end, across a block of eight, after text beyond ASCII.
void TestEventAssembler::literalSearchesAgreeWithQString_data()
{
    QTest::addColumn<QString>("filler");
    QTest::newRow("ascii") << QStringLiteral("The convoy moved on, and nobody said more about it that day.");
    QTest::newRow("typographic") << QStringLiteral("\u201cWe\u2019re leaving\u201d \u2013 a quiet road, after all.");
    QTest::newRow("accented") << QStringLiteral("Caf\u00e9s in Bogot\u00e1 stayed open; \u017fome were full.");
}

void TestEventAssembler::literalSearchesAgreeWithQString()
{
    namespace Literals = Sitrep::Events::Literals;
    QFETCH(QString, filler);
    const QStringList literals {QStringLiteral("after"), QStringLiteral("hours"), QStringLiteral("'s"),
                                QStringLiteral("est "),  QStringLiteral("Since"), QStringLiteral("x")};
    static const Literals::AnyOf set {u"after", u"hours", u"'s", u"est ", u"Since", u"x"};
    const auto containsOne = [&literals](QStringView text) {
        return std::any_of(literals.cbegin(), literals.cend(), [text](const QString &l) { return text.contains(l); });
    };
    const auto check = [&](QStringView text) {
        const bool expected = containsOne(text);
        QCOMPARE(Literals::containsAny(text, {u"after", u"hours", u"'s", u"est ", u"Since", u"x"}), expected);
        QCOMPARE(set.in(text), expected);
        for (const QStringView lower : {QStringView(u"since "), QStringView(u"toll"), QStringView(u"after")})
            QCOMPARE(Literals::containsInAnyCase(text, lower), text.contains(lower, Qt::CaseInsensitive));
    };
    for (qsizetype length = 0; length <= filler.size(); ++length)
        check(QStringView(filler).left(length));
    for (const QString &inserted : {QStringLiteral("after"), QStringLiteral("Hours"), QStringLiteral("its's"),
                                    QStringLiteral("SINCE "), QStringLiteral("Since"), QStringLiteral("\u017fince "),
                                    QStringLiteral("TOLL"), QStringLiteral("be\u017ft "), QStringLiteral("x")}) {
        for (qsizetype at = 0; at <= 20; ++at) {
            QString text = filler.left(20);
            text.insert(at, inserted);
            check(text);
        }
    }
}

// A clause already simplified is copied as it is; any other white space (two spaces at any place
// in a block of eight, tabs, no-break spaces, spaces at either end) collapses as QString does.
void TestEventAssembler::summariesCollapseWhiteSpaceAsQStringDoes()
{
    const QString clause = QStringLiteral("Drones struck the port of Odesa overnight and damaged two grain silos");
    QCOMPARE(Sitrep::EventSummary::fromClause(clause), clause);
    for (const QString &space :
         {QStringLiteral("  "), QStringLiteral("\t"), QStringLiteral("\u00a0"), QStringLiteral(" \n ")}) {
        for (qsizetype at = 0; at <= 20; ++at) {
            QString spaced = clause;
            spaced.insert(at, space);
            QCOMPARE(Sitrep::EventSummary::fromClause(spaced), Sitrep::EventSummary::fromClause(spaced.simplified()));
        }
        const QString ends = space + clause + space;
        QCOMPARE(Sitrep::EventSummary::fromClause(ends), clause);
    }
}

// Annotations in text order are read by span from where the span starts, and give the same items,
// in the same order, as reading them all; items out of order are not taken for ordered.
void TestEventAssembler::orderedAnnotationsAreFoundFromWhereASpanStarts()
{
    using Sitrep::Events::Span;
    QList<Span> items;
    for (qsizetype start = 0; start < 60; start += 3)
        items.append(Span {start, start + (start % 4 == 0 ? 0 : 5)}); // some of no length
    QVERIFY(Sitrep::Events::ordered(items));
    for (qsizetype start = 0; start <= 64; ++start) {
        for (qsizetype end = start; end <= 66; end += 2) {
            const auto all = Sitrep::Events::inside(items, Span {start, end});
            const auto fromStart = Sitrep::Events::inside(items, Span {start, end}, true);
            QCOMPARE(fromStart.size(), all.size());
            for (qsizetype i = 0; i < all.size(); ++i)
                QCOMPARE(fromStart[i], all[i]);
        }
    }
    items.swapItemsAt(2, 5);
    QVERIFY(!Sitrep::Events::ordered(items));
    QVERIFY(!Sitrep::Events::ordered(QList<Span> {Span {10, 4}}));
}

// Short ASCII words are read eight characters at a time where eight remain, the rest one by one:
// a sentence gives the same triggers however far into the text it stands and whatever follows it.
void TestEventAssembler::lexiconReadsWordsAlikeWhereverTheyStand()
{
    const auto &lexicon = Sitrep::EventLexicon::instance();
    const QString sentence =
        QStringLiteral("Russian forces SHELLED Kharkiv's outskirts, killed 3 and wounded's none; counteroffensives, "
                       "bombardments and an air strike followed, caf\u00e9killed nothing, the army seized the town, "
                       "officials said, according to reports of peace talks");
    const QList<Sitrep::Trigger> alone = lexicon.triggers(sentence, 100);
    QVERIFY(alone.size() >= 10);
    for (qsizetype padding = 0; padding <= 17; ++padding) {
        for (const QString &after : {QString(), QStringLiteral("                "), QStringLiteral(".")}) {
            const QString text = QString(padding, u' ') + sentence + after;
            const QList<Sitrep::Trigger> found = lexicon.triggers(text, 100 - padding);
            QCOMPARE(found.size(), alone.size());
            for (qsizetype i = 0; i < found.size(); ++i) {
                QCOMPARE(found[i].start, alone[i].start);
                QCOMPARE(found[i].end, alone[i].end);
                QCOMPARE(found[i].type, alone[i].type);
                QCOMPARE(found[i].speech, alone[i].speech);
                QCOMPARE(found[i].violent, alone[i].violent);
                QCOMPARE(found[i].harm, alone[i].harm);
            }
        }
    }
    // "SHELLED" is read in any case, "caf\u00e9killed" is no word of harm, "seized the town" a battle's.
    const auto at = [&](QStringView word) {
        const qsizetype offset = 100 + sentence.indexOf(word);
        return std::find_if(alone.cbegin(), alone.cend(),
                            [offset](const Sitrep::Trigger &t) { return t.start == offset; });
    };
    QVERIFY(at(u"SHELLED") != alone.cend());
    QVERIFY(at(u"killed 3") != alone.cend() && at(u"killed 3")->harm);
    QVERIFY(at(u"caf\u00e9killed") == alone.cend());
    QVERIFY(at(u"seized") != alone.cend() && at(u"seized")->type == Sitrep::EventType::Battle);
}

void TestEventAssembler::makesOneEventPerDistinctDateWithClauseSpans()
{
    const Article article = articleOf({QStringLiteral(
        "Dmitriev said in an interview on Monday that he spent three days with Witkoff in Miami between October 24 "
        "and 26.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Monday"), QDate(2025, 11, 17), QDate(2025, 11, 17)),
                           dateAt(article, QStringLiteral("between October 24 and 26"), QDate(2025, 10, 24),
                                  QDate(2025, 10, 26), DatePrecision::Day, DateDerivation::Explicit)};
    annotations.places = {
        placeAt(article, QStringLiteral("Miami"), QStringLiteral("city"), 25.77, -80.19, QStringLiteral("US"))};
    annotations.actors = {
        actorAt(article, QStringLiteral("Dmitriev"), QStringLiteral("Kirill Dmitriev"), ActorMention::Kind::Person),
        actorAt(article, QStringLiteral("Witkoff"), QStringLiteral("Steve Witkoff"), ActorMention::Kind::Person)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].date.start, QDate(2025, 11, 17));
    QCOMPARE(int(events[0].type), int(EventType::Statement));
    QVERIFY2(spanOf(article, events[0]).startsWith(QStringLiteral("Dmitriev said")),
             qPrintable(spanOf(article, events[0])));
    QVERIFY(!spanOf(article, events[0]).contains(QStringLiteral("Miami")));
    QCOMPARE(actorNames(events[0]), QStringList {QStringLiteral("Kirill Dmitriev")});

    QCOMPARE(events[1].date.start, QDate(2025, 10, 24));
    QCOMPARE(events[1].date.end, QDate(2025, 10, 26));
    QCOMPARE(events[1].dateText, QStringLiteral("between October 24 and 26"));
    QVERIFY(spanOf(article, events[1]).contains(QStringLiteral("he spent three days")));
    QVERIFY(!spanOf(article, events[1]).contains(QStringLiteral("Dmitriev said")));
    QCOMPARE(events[1].places.size(), 1);
    QCOMPARE(events[1].places.first().name, QStringLiteral("Miami"));
    // "he" is the person last named before the clause.
    QCOMPARE(actorNames(events[1]), (QStringList {QStringLiteral("Kirill Dmitriev"), QStringLiteral("Steve Witkoff")}));
}

void TestEventAssembler::typesEventsByTheirTriggers_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("type");
    QTest::newRow("missiles") << "On Tuesday the army fired four missiles at an airbase."
                              << int(EventType::RemoteViolence);
    QTest::newRow("civilians") << "On Tuesday an attack on residential areas injured forty people."
                               << int(EventType::ViolenceAgainstCivilians);
    QTest::newRow("fighting") << "On Tuesday fighting raged around the town as troops advanced."
                              << int(EventType::Battle);
    QTest::newRow("talks") << "On Tuesday the envoys met for talks on the plan." << int(EventType::Diplomacy);
    QTest::newRow("speech next to the date")
        << "He said on Tuesday that the plan was dead." << int(EventType::Statement);
    QTest::newRow("protest") << "On Tuesday thousands marched in a protest against the war." << int(EventType::Protest);
    QTest::newRow("a strike on civilians is remote violence")
        << "On Tuesday a drone strike on a mosque killed 75 worshippers." << int(EventType::RemoteViolence);
    QTest::newRow("civilians shot face to face are its victims")
        << "On Tuesday gunmen shot dead 20 villagers." << int(EventType::ViolenceAgainstCivilians);
    QTest::newRow("an attack on armed men with no weapon from afar is a battle")
        << "On Tuesday jihadists killed 41 soldiers in an attack on an army camp." << int(EventType::Battle);
    QTest::newRow("armed men attacking villagers is violence against civilians")
        << "On Tuesday militants attacked a village, killing 20 civilians." << int(EventType::ViolenceAgainstCivilians);
    QTest::newRow("what a crowd demands is no happening")
        << "Thousands rallied in the capital on Tuesday demanding a deal." << int(EventType::Protest);
    QTest::newRow("a deal beside the date is the happening")
        << "Thousands rallied in the capital as envoys on Tuesday signed a deal." << int(EventType::Diplomacy);
    QTest::newRow("arrest") << "On Tuesday police arrested two suspects." << int(EventType::StrategicDevelopment);
    QTest::newRow("nothing known") << "On Tuesday the weather was fine." << int(EventType::Other);
    QTest::newRow("a bombing stays remote violence whoever it kills")
        << "On Tuesday a car bomb exploded outside the ministry, killing twelve people."
        << int(EventType::RemoteViolence);
    QTest::newRow("police clashing with demonstrators is a protest")
        << "On Tuesday police clashed with demonstrators outside parliament." << int(EventType::Protest);
    QTest::newRow("with rioters, a riot")
        << "On Tuesday police clashed with rioters who were looting shops." << int(EventType::Riot);
    QTest::newRow("a completed happening reported in a statement")
        << "Police said on Tuesday they had arrested fourteen foreigners." << int(EventType::StrategicDevelopment);
    QTest::newRow("what was reported as ordered is the happening")
        << "The president said on Tuesday that he had ordered missile strikes on the camps."
        << int(EventType::RemoteViolence);
    QTest::newRow("a statement about what may happen stays a statement")
        << "He said on Tuesday that an arrest would follow." << int(EventType::Statement);
    QTest::newRow("an attack named as already known is not the happening")
        << "On Tuesday the first evidence from the embassy bombing reached the laboratory." << int(EventType::Other);
    QTest::newRow("victims of an attack honoured on a visit")
        << "On Tuesday the minister honoured bombing victims on a visit to the region." << int(EventType::Diplomacy);
    QTest::newRow("an attack the date names stays the happening")
        << "Investigators are still probing the Tuesday bombing of the embassy." << int(EventType::RemoteViolence);
    QTest::newRow("an attack told with what it did stays the happening")
        << "On Tuesday the blast ripped through the market." << int(EventType::RemoteViolence);
    QTest::newRow("a verdict on an attack is a statement")
        << "The council condemned the bombing of the embassy on Tuesday." << int(EventType::Statement);
    QTest::newRow("armed men killing armed men is a battle")
        << "On Tuesday guerrillas killed three soldiers and wounded six others." << int(EventType::Battle);
    QTest::newRow("an attack told by its source")
        << "Gunmen killed 38 people in a village, police said on Tuesday." << int(EventType::ViolenceAgainstCivilians);
    QTest::newRow("a toll alone told by its source")
        << "At least 82 were killed, officials said on Tuesday." << int(EventType::Statement);
    QTest::newRow("a crowd met with tear gas")
        << "On Tuesday police fired tear gas and water cannon at thousands of demonstrators."
        << int(EventType::Protest);
    QTest::newRow("a measure declared") << "On Tuesday the president declared a state of emergency."
                                        << int(EventType::StrategicDevelopment);
    QTest::newRow("a police search") << "On Tuesday police raided two homes and detained a man."
                                     << int(EventType::StrategicDevelopment);
    QTest::newRow("a police raid met with gunfire")
        << "On Tuesday police raided a hideout and clashed with gunmen." << int(EventType::Battle);
    QTest::newRow("deaths in an earthquake are no violence")
        << "On Tuesday an earthquake hit the region and killed 3,700 people." << int(EventType::Other);
    QTest::newRow("to storm a building is no storm")
        << "On Tuesday police opened fire on protesters who tried to storm parliament, killing 19 people."
        << int(EventType::ViolenceAgainstCivilians);
    QTest::newRow("an attack in a storm is still one")
        << "On Tuesday gunmen attacked a convoy in a storm and killed 12 people."
        << int(EventType::ViolenceAgainstCivilians);
    QTest::newRow("deaths in an accident are no violence")
        << "On Tuesday twelve soldiers were killed when their helicopter crashed." << int(EventType::Other);
    QTest::newRow("the happening beside the date, not an attack told after it")
        << "The envoy met the president in the capital on Tuesday, a day after missile strikes on the port."
        << int(EventType::Diplomacy);
    QTest::newRow("what was reported as agreed, not the fighting that went on")
        << "The group said on Tuesday it had agreed to a truce proposed by the mediators, but fighting around the "
           "town has continued."
        << int(EventType::Diplomacy);
    QTest::newRow("a source named after the happening and its date")
        << "Air strikes hit the camp on Tuesday, health officials said." << int(EventType::RemoteViolence);
    QTest::newRow("troops killing gunmen in a raid is a battle")
        << "Troops killed two gunmen during a raid on the town on Tuesday, the army said." << int(EventType::Battle);
    QTest::newRow("what a source said first is what happened")
        << "The two countries have agreed on the text of a treaty, their foreign ministries said on Tuesday."
        << int(EventType::Diplomacy);
    QTest::newRow("fighting told before its source is a battle, whoever died")
        << "Fighting between government forces and gunmen killed at least 70 people, a monitor said on Tuesday."
        << int(EventType::Battle);
    QTest::newRow("an arrest the speaker's pronoun reports")
        << "The ministry said on Tuesday it arrested a former intelligence officer."
        << int(EventType::StrategicDevelopment);
    QTest::newRow("calling on someone is a statement")
        << "On Tuesday the president called on the fighters to lay down their arms." << int(EventType::Statement);
    QTest::newRow("a toll before its source stays a statement of the toll")
        << "At least 82 were killed, officials said on Tuesday." << int(EventType::Statement);
    QTest::newRow("a date in a relative clause dates that clause")
        << "The bloc, which deployed a monitoring mission on Tuesday, welcomed the agreement."
        << int(EventType::StrategicDevelopment);
    QTest::newRow("an attack the date follows is the happening")
        << "The attacks on Tuesday set fire to fuel tanks." << int(EventType::RemoteViolence);
    QTest::newRow("attacks ordered are the happening")
        << "The president said on Tuesday that he had ordered the strikes on the camps."
        << int(EventType::RemoteViolence);
    QTest::newRow("what follows 'that' after a dated speech is what was said")
        << "The president said in a televised address on Tuesday that the protests had been hijacked."
        << int(EventType::Statement);
    QTest::newRow("a crowd's own violence is a riot")
        << "On Tuesday demonstrators set part of the building on fire and looted shops." << int(EventType::Riot);
    QTest::newRow("carrying out is no attack by itself")
        << "The prisoner exchange was carried out on Tuesday." << int(EventType::StrategicDevelopment);
    QTest::newRow("seizing a town is a battle's gain")
        << "On Tuesday the militia seized the town of Bara." << int(EventType::Battle);
    QTest::newRow("seizing explosives is no battle")
        << "On Tuesday police seized explosives in a shed." << int(EventType::StrategicDevelopment);
    QTest::newRow("a verb that resumes something takes its type")
        << "The peace process is set to resume on Tuesday in the capital." << int(EventType::Diplomacy);
}

void TestEventAssembler::typesEventsByTheirTriggers()
{
    QFETCH(QString, sentence);
    QFETCH(int, type);
    const Article article = articleOf({sentence});
    ArticleAnnotations annotations;
    const QString dateText = sentence.contains(QStringLiteral("on Tuesday")) ? QStringLiteral("on Tuesday")
        : sentence.contains(QStringLiteral("On Tuesday"))                    ? QStringLiteral("On Tuesday")
                                                                             : QStringLiteral("Tuesday");
    annotations.timexes = {dateAt(article, dateText, QDate(2025, 11, 18), QDate(2025, 11, 18))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(int(events.first().type), type);
}

void TestEventAssembler::continuationInheritsTheNarrativeDateAndActors()
{
    const Article article = articleOf({QStringLiteral("On Tuesday, the Russian army fired missiles at Sumy."),
                                       QStringLiteral("In response, they claim to have destroyed two launchers.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("On Tuesday"), QDate(2025, 11, 18), QDate(2025, 11, 18))};
    annotations.actors = {actorAt(article, QStringLiteral("the Russian army"), QStringLiteral("Russia"),
                                  ActorMention::Kind::Force, QStringLiteral("RU"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].date.start, QDate(2025, 11, 18));
    QCOMPARE(int(events[1].date.derivation), int(DateDerivation::Narrative));
    QCOMPARE(events[1].dateText, QStringLiteral("On Tuesday"));
    QVERIFY(spanOf(article, events[1]).startsWith(QStringLiteral("In response")));
    QVERIFY(actorNames(events[1]).contains(QStringLiteral("Russia")));
    QVERIFY(events[1].confidence < events[0].confidence);
}

void TestEventAssembler::casualtiesElsewhereAfterAStrikeAreANewEvent()
{
    const Article article = articleOf({QStringLiteral("Overnight, drones struck the west of the country."),
                                       QStringLiteral("In Lviv, at least ten people were killed.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("Overnight"), reference, reference)};
    annotations.places = {
        placeAt(article, QStringLiteral("Lviv"), QStringLiteral("city"), 49.84, 24.03, QStringLiteral("UA"))};
    annotations.figures = {figureAt(article, QStringLiteral("at least ten people were killed"), Figure::Kind::Killed,
                                    10, 10, Figure::Unknown)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].date.start, reference);
    QCOMPARE(events[1].killed.best, 10);
    QCOMPARE(events[1].killed.low, 10);
    QVERIFY(!events[1].killed.high.has_value());
    QCOMPARE(int(events[1].type), int(EventType::ViolenceAgainstCivilians));
    QCOMPARE(events[1].places.first().name, QStringLiteral("Lviv"));
    QVERIFY(!events[0].killed.isKnown());
}

void TestEventAssembler::figuresWithoutAPlaceJoinThePreviousEvent()
{
    const Article article = articleOf({QStringLiteral("On Tuesday, the army fired four missiles at an airbase."),
                                       QStringLiteral("Air defences shot them all down and there were no injuries.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("On Tuesday"), QDate(2025, 11, 18), QDate(2025, 11, 18))};
    annotations.figures = {figureAt(article, QStringLiteral("no injuries"), Figure::Kind::Injured, 0, 0, 0)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().injured.best, 0);
}

void TestEventAssembler::theInjuredJoinTheAttackThatKilled()
{
    const Article article =
        articleOf({QStringLiteral("At least 25 people were killed on Wednesday when missiles hit two buildings."),
                   QStringLiteral("Interior Minister Ihor Klymenko spoke of collapsed floors."),
                   QStringLiteral("About 70 people were injured, among them 15 children.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Wednesday"), QDate(2025, 11, 19), QDate(2025, 11, 19))};
    annotations.figures = {figureAt(article, QStringLiteral("At least 25 people were killed"), Figure::Kind::Killed, 25,
                                    25, Figure::Unknown),
                           figureAt(article, QStringLiteral("About 70 people were injured"), Figure::Kind::Injured,
                                    Figure::Unknown, 70, Figure::Unknown)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1); // no undated event of its own for the injured
    QCOMPARE(events.first().killed.best, 25);
    QCOMPARE(events.first().injured.best, 70);
}

void TestEventAssembler::aVerdictOnKnownStrikesIsNoViolence()
{
    const Article article = articleOf({QStringLiteral("The president condemned the strikes and called for calm.")});
    const QList<Event> events = EventAssembler().assemble(article, ArticleAnnotations {});
    QVERIFY(std::none_of(events.cbegin(), events.cend(), [](const Event &event) {
        return event.type == EventType::RemoteViolence || event.type == EventType::Battle;
    }));
}

void TestEventAssembler::harmToldAfterTheAttackIsNoNewEvent()
{
    const Article article = articleOf({QStringLiteral("Drones struck a residential building on Friday."),
                                       QStringLiteral("A 74-year-old woman was among the dead.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Friday"), QDate(2025, 11, 21), QDate(2025, 11, 21))};
    QCOMPARE(EventAssembler().assemble(article, annotations).size(), 1);
}

void TestEventAssembler::theCityIsTheTownTheTextIsAbout()
{
    const Article article = articleOf({QStringLiteral("Drones struck Port Sudan on Tuesday."),
                                       QStringLiteral("The army moved there after losing Khartoum."),
                                       QStringLiteral("Port Sudan had been a safe haven."),
                                       QStringLiteral("The first attack on the city came on Sunday.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Tuesday"), QDate(2025, 5, 6), QDate(2025, 5, 6)),
                           dateAt(article, QStringLiteral("on Sunday"), QDate(2025, 5, 4), QDate(2025, 5, 4))};
    const qsizetype second = article.text.indexOf(QStringLiteral("Port Sudan had"));
    Sitrep::LocatedPlace again =
        placeAt(article, QStringLiteral("Port Sudan"), QStringLiteral("city"), 19.6, 37.2, QStringLiteral("SD"));
    again.start = second;
    again.end = second + 10;
    annotations.places = {
        placeAt(article, QStringLiteral("Port Sudan"), QStringLiteral("city"), 19.6, 37.2, QStringLiteral("SD")),
        placeAt(article, QStringLiteral("Khartoum"), QStringLiteral("city"), 15.5, 32.5, QStringLiteral("SD")), again};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    const auto sunday = std::find_if(events.cbegin(), events.cend(),
                                     [](const Event &event) { return event.date.start == QDate(2025, 5, 4); });
    QVERIFY(sunday != events.cend());
    QCOMPARE(placeNames(*sunday), QStringList {QStringLiteral("Port Sudan")});
}

void TestEventAssembler::anotherAttackToldLaterLendsNoPlace()
{
    const Article article = articleOf({QStringLiteral("The first drone attack came on Sunday."),
                                       QStringLiteral("Gunmen killed 30 people in an attack near El Fasher.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Sunday"), QDate(2025, 5, 4), QDate(2025, 5, 4))};
    annotations.places = {
        placeAt(article, QStringLiteral("El Fasher"), QStringLiteral("city"), 13.6, 25.35, QStringLiteral("SD"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().date.start, QDate(2025, 5, 4));
    QCOMPARE(int(events.first().type), int(EventType::RemoteViolence));
    QVERIFY(events.first().places.isEmpty());
}

void TestEventAssembler::aRunningTollJoinsNoEvent()
{
    const Article article =
        articleOf({QStringLiteral("Envoys met in Cairo on Sunday."),
                   QStringLiteral("More than 30,000 people have been killed since the war began.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Sunday"), QDate(2025, 11, 16), QDate(2025, 11, 16))};
    annotations.figures = {figureAt(article, QStringLiteral("More than 30,000 people have been killed"),
                                    Figure::Kind::Killed, 30000, 30000, Figure::Unknown)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QVERIFY(std::none_of(events.cbegin(), events.cend(), [](const Event &event) { return event.killed.isKnown(); }));
}

void TestEventAssembler::aHappeningHoursAfterAnotherIsItsOwnEvent_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("events");
    QTest::addColumn<QDate>("asideDate");
    QTest::newRow("hours after: the same day")
        << QStringLiteral("The two sides exchanged prisoners on Friday, hours after a drone attack on the port "
                          "killed two people.")
        << 2 << QDate(2025, 11, 21);
    QTest::newRow("days after: a day the sentence does not give")
        << QStringLiteral("The two sides exchanged prisoners on Friday, days after a drone attack on the port "
                          "killed two people.")
        << 2 << QDate();
    QTest::newRow("a phrase that only dates the main clause")
        << QStringLiteral("On Friday, hours after the town fell, the militia seized the airport.") << 1 << QDate();
    QTest::newRow("a noun after 'after' is no happening of its own")
        << QStringLiteral("Police raided two homes on Friday and searched for a man who had lived there until "
                          "shortly after the bombings.")
        << 1 << QDate();
}

void TestEventAssembler::aHappeningHoursAfterAnotherIsItsOwnEvent()
{
    QFETCH(QString, sentence);
    QFETCH(int, events);
    QFETCH(QDate, asideDate);
    const Article article = articleOf({sentence});
    ArticleAnnotations annotations;
    const QString day =
        sentence.startsWith(QStringLiteral("On Friday")) ? QStringLiteral("On Friday") : QStringLiteral("on Friday");
    annotations.timexes = {dateAt(article, day, QDate(2025, 11, 21), QDate(2025, 11, 21))};
    annotations.figures = {figureAt(article, QStringLiteral("killed two people"), Figure::Kind::Killed, 2, 2, 2)};
    const QList<Event> found = EventAssembler().assemble(article, annotations);
    QCOMPARE(found.size(), events);
    if (events == 1)
        return;
    QCOMPARE(int(found.first().type), int(EventType::StrategicDevelopment));
    QVERIFY(!found.first().killed.isKnown()); // the toll is the attack's
    QCOMPARE(found.last().date.start, asideDate);
    QCOMPARE(found.last().killed.best, 2);
    QVERIFY(found.last().type == EventType::RemoteViolence || found.last().type == EventType::ViolenceAgainstCivilians);
}

void TestEventAssembler::eachPlaceGoesWithTheDateNearestIt()
{
    const Article article = articleOf({QStringLiteral(
        "The two sides held talks in Washington between May 1 and 4 and again in Almaty, Kazakhstan, on May 10.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("between May 1 and 4"), QDate(2024, 5, 1), QDate(2024, 5, 4)),
                           dateAt(article, QStringLiteral("on May 10"), QDate(2024, 5, 10), QDate(2024, 5, 10))};
    annotations.places = {
        placeAt(article, QStringLiteral("Washington"), QStringLiteral("city"), 38.9, -77.04, QStringLiteral("US")),
        placeAt(article, QStringLiteral("Almaty"), QStringLiteral("city"), 43.25, 76.95, QStringLiteral("KZ")),
        placeAt(article, QStringLiteral("Kazakhstan"), QStringLiteral("country"), 48.0, 68.0, QStringLiteral("KZ"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2);
    QCOMPARE(placeNames(events.first()), QStringList {QStringLiteral("Washington")});
    QCOMPARE(placeNames(events.last()), (QStringList {QStringLiteral("Almaty"), QStringLiteral("Kazakhstan")}));
}

void TestEventAssembler::aWarsTollIsNoDayTolls()
{
    const Article article = articleOf(
        {QStringLiteral("Airstrikes killed at least 12 people on Wednesday, in one of the deadliest days since a "
                        "ceasefire between the two sides took effect in late November."),
         QStringLiteral("The war, which began a day after the attack of Oct. 7, 2023, killed more than 4,000 people."),
         QStringLiteral(
             "Since November 2023, the rebels have attacked ships on Monday's count, killing four sailors.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Wednesday"), QDate(2025, 4, 2), QDate(2025, 4, 2)),
                           dateAt(article, QStringLiteral("late November"), QDate(2024, 11, 21), QDate(2024, 11, 30),
                                  DatePrecision::Month),
                           dateAt(article, QStringLiteral("Oct. 7, 2023"), QDate(2023, 10, 7), QDate(2023, 10, 7))};
    annotations.figures = {
        figureAt(article, QStringLiteral("killed at least 12 people"), Figure::Kind::Killed, 12, 12, Figure::Unknown),
        figureAt(article, QStringLiteral("killed more than 4,000 people"), Figure::Kind::Killed, 4000, 4000,
                 Figure::Unknown),
        figureAt(article, QStringLiteral("killing four sailors"), Figure::Kind::Killed, 4, 4, 4)};
    annotations.timexes.append(dateAt(article, QStringLiteral("Monday"), QDate(2025, 3, 31), QDate(2025, 3, 31)));
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QVERIFY(std::none_of(events.cbegin(), events.cend(),
                         [](const Event &event) { return event.date.start == QDate(2024, 11, 21); }));
    for (const Event &event : events) {
        if (event.date.start == QDate(2025, 4, 2))
            QCOMPARE(event.killed.best, std::optional<int>(12));
        else
            QVERIFY2(!event.killed.isKnown(), qPrintable(event.summary));
    }
}

void TestEventAssembler::harmCountedOverAYearIsNoEvent()
{
    const Article article =
        articleOf({QStringLiteral("The army suffered a record 39 deaths in the south last year."),
                   QStringLiteral("Guerrillas ambushed a patrol last year, killing two soldiers.")});
    ArticleAnnotations annotations;
    annotations.timexes = {
        dateAt(article, QStringLiteral("last year"), QDate(2024, 1, 1), QDate(2024, 12, 31), DatePrecision::Year)};
    const qsizetype second = article.text.lastIndexOf(QStringLiteral("last year"));
    Timex again = annotations.timexes.first();
    again.start = second;
    again.end = second + 9;
    annotations.timexes.append(again);
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1); // the ambush, an attack of its own; not the year's count of deaths
    QVERIFY(events.first().summary.startsWith(QStringLiteral("Guerrillas")));
}

void TestEventAssembler::aComparisonsFrameDatesNothing()
{
    const Article article =
        articleOf({QStringLiteral("Missiles struck the city on Wednesday."),
                   QStringLiteral("It was the heaviest attack of the autumn."),
                   QStringLiteral("The envoy arrived a day after the deadliest strikes on a city this year.")});
    ArticleAnnotations annotations;
    annotations.timexes = {
        dateAt(article, QStringLiteral("on Wednesday"), QDate(2025, 11, 19), QDate(2025, 11, 19)),
        dateAt(article, QStringLiteral("autumn"), QDate(2025, 9, 1), QDate(2025, 11, 30), DatePrecision::Season),
        dateAt(article, QStringLiteral("this year"), QDate(2025, 1, 1), QDate(2025, 12, 31), DatePrecision::Year)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().date.start, QDate(2025, 11, 19));
    QVERIFY(std::none_of(events.cbegin(), events.cend(), [](const Event &event) {
        return event.date.start == QDate(2025, 9, 1) || event.date.start == QDate(2025, 1, 1);
    }));
}

void TestEventAssembler::elsewhereCarriesTheNarrativeDateOn_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("elsewhere") << QStringLiteral("Elsewhere, drones damaged a power plant.");
    QTest::newRow("hours later") << QStringLiteral("Hours later, the government imposed a curfew.");
    QTest::newRow("hours before") << QStringLiteral("Hours before, drones attacked two air bases.");
}

void TestEventAssembler::elsewhereCarriesTheNarrativeDateOn()
{
    QFETCH(QString, sentence);
    const Article article = articleOf({QStringLiteral("Missiles struck the city on Wednesday."), sentence});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Wednesday"), QDate(2025, 11, 19), QDate(2025, 11, 19))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().date.start, QDate(2025, 11, 19));
    QCOMPARE(int(events.last().date.derivation), int(DateDerivation::Narrative));
}

void TestEventAssembler::aTollToldBeforeTheAttackJoinsIt()
{
    const Article article =
        articleOf({QStringLiteral("At least 82 were killed and more than 1,700 injured, officials said on Saturday."),
                   QStringLiteral("Rescuers worked through the night."),
                   QStringLiteral("The car bombings went off minutes apart on Friday.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Saturday"), QDate(2025, 11, 22), QDate(2025, 11, 22)),
                           dateAt(article, QStringLiteral("on Friday"), QDate(2025, 11, 21), QDate(2025, 11, 21))};
    annotations.figures = {
        figureAt(article, QStringLiteral("At least 82 were killed"), Figure::Kind::Killed, 82, 82, Figure::Unknown),
        figureAt(article, QStringLiteral("more than 1,700 injured"), Figure::Kind::Injured, 1700, 1700,
                 Figure::Unknown)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    const auto bombing = std::find_if(events.cbegin(), events.cend(),
                                      [](const Event &event) { return event.date.start == QDate(2025, 11, 21); });
    QVERIFY(bombing != events.cend());
    QCOMPARE(int(bombing->type), int(EventType::RemoteViolence));
    QCOMPARE(bombing->killed.best, 82);
    QCOMPARE(bombing->injured.best, 1700);
}

void TestEventAssembler::sinceDatesDateNothing()
{
    const Article article = articleOf({QStringLiteral("Two ministers arrived in the capital."),
                                       QStringLiteral("They are the first officials to travel there since February.")});
    ArticleAnnotations annotations;
    annotations.timexes = {
        dateAt(article, QStringLiteral("February"), QDate(2025, 2, 1), QDate(2025, 2, 28), DatePrecision::Month)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1); // the lead's arrival, dated by the report; nothing "since February"
    QCOMPARE(events.first().date.start, reference);
    QCOMPARE(int(events.first().date.derivation), int(DateDerivation::Reference));
}

void TestEventAssembler::aDeadlineDatesNothing_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("dates");
    QTest::newRow("a deadline") << "The envoys agreed that Kyiv had until Thursday to reply."
                                << "Thursday" << false;
    QTest::newRow("not until then") << "The plan was not made public until Thursday."
                                    << "Thursday" << true;
    QTest::newRow("the end of a range") << "The abuse was committed from January until Thursday, the court heard."
                                        << "Thursday" << true;
}

void TestEventAssembler::aDeadlineDatesNothing()
{
    QFETCH(QString, sentence);
    QFETCH(QString, date);
    QFETCH(bool, dates);
    const Article article = articleOf({sentence});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, date, QDate(2025, 11, 13), QDate(2025, 11, 13))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    const bool dated = std::any_of(events.cbegin(), events.cend(),
                                   [](const Event &event) { return event.date.start == QDate(2025, 11, 13); });
    QCOMPARE(dated, dates);
}

void TestEventAssembler::sinceReachesAcrossAPhrase()
{
    const Article article = articleOf({QStringLiteral("Two ministers arrived in the capital."),
                                       QStringLiteral("It was the first such visit since the start of the invasion in "
                                                      "February 2022, officials said.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("February 2022"), QDate(2022, 2, 1), QDate(2022, 2, 28),
                                  DatePrecision::Month, DateDerivation::Explicit)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    for (const Event &event : events)
        QVERIFY(event.date.start != QDate(2022, 2, 1)); // the invasion stays background, not an event of 2022
    QCOMPARE(events.first().date.start, reference);
}

void TestEventAssembler::placesPlacelessEventsAtTheDateline()
{
    Article article = articleOf({QStringLiteral("NAIROBI, Kenya (AP) _"),
                                 QStringLiteral("The director said here Friday that the inquiry was moving fast.")});
    article.dateline = Sitrep::TextRange {0, 21};
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("Friday"), QDate(2025, 11, 21), QDate(2025, 11, 21))};
    annotations.places = {
        placeAt(article, QStringLiteral("NAIROBI"), QStringLiteral("city"), -1.28, 36.82, QStringLiteral("KE")),
        placeAt(article, QStringLiteral("Kenya"), QStringLiteral("country"), -1.0, 38.0, QStringLiteral("KE"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().places.size(), 1);
    QCOMPARE(events.first().places.first().name, QStringLiteral("NAIROBI"));
    QCOMPARE(events.first().places.first().kind, QStringLiteral("city"));
}

void TestEventAssembler::aNationalBodyInTheDatelinesCountryIsAtTheDateline()
{
    Article article =
        articleOf({QStringLiteral("NAIROBI, Kenya (AP) _"),
                   QStringLiteral("After touring the port Thursday and meeting Kenyan police leaders Friday morning, "
                                  "the director praised the inquiry.")});
    article.dateline = Sitrep::TextRange {0, 21};
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("Thursday"), QDate(2025, 11, 20), QDate(2025, 11, 20)),
                           dateAt(article, QStringLiteral("Friday morning"), QDate(2025, 11, 21), QDate(2025, 11, 21))};
    annotations.timexes.last().type = Sitrep::TimexType::Time;
    Sitrep::LocatedPlace police =
        placeAt(article, QStringLiteral("Kenyan"), QStringLiteral("country"), -1.0, 38.0, QStringLiteral("KE"));
    police.onlyIfNoOther = true;
    annotations.places = {
        placeAt(article, QStringLiteral("NAIROBI"), QStringLiteral("city"), -1.28, 36.82, QStringLiteral("KE")),
        placeAt(article, QStringLiteral("Kenya"), QStringLiteral("country"), -1.0, 38.0, QStringLiteral("KE")), police};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2); // a time of another day than the one named is a happening of its own
    QCOMPARE(events.last().date.start, QDate(2025, 11, 21));
    QCOMPARE(placeNames(events.last()), QStringList {QStringLiteral("NAIROBI")});
}

void TestEventAssembler::hereNamesTheDatelinePlaceBesideOthers()
{
    Article article = articleOf(
        {QStringLiteral("NAIROBI, Kenya (AP) _"),
         QStringLiteral("The grenade thrower at the embassy here was identified Thursday, Kenya's police said."),
         QStringLiteral("Elsewhere in Kenya, there was no trouble on Friday.")});
    article.dateline = Sitrep::TextRange {0, 21};
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("Thursday"), QDate(2025, 11, 20), QDate(2025, 11, 20)),
                           dateAt(article, QStringLiteral("Friday"), QDate(2025, 11, 21), QDate(2025, 11, 21))};
    const qsizetype secondKenya = article.text.lastIndexOf(QStringLiteral("Kenya"));
    annotations.places = {
        placeAt(article, QStringLiteral("NAIROBI"), QStringLiteral("city"), -1.28, 36.82, QStringLiteral("KE")),
        placeAt(article, QStringLiteral("Kenya's"), QStringLiteral("country"), -1.0, 38.0, QStringLiteral("KE"))};
    Sitrep::LocatedPlace elsewhere = annotations.places.last();
    elsewhere.start = secondKenya;
    elsewhere.end = secondKenya + 5;
    annotations.places.append(elsewhere);
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2);
    QStringList first;
    for (const auto &place : events[0].places)
        first << place.name;
    QCOMPARE(first, (QStringList {QStringLiteral("Kenya's"), QStringLiteral("NAIROBI")}));
    QCOMPARE(events[1].places.size(), 1); // no "here": only its own place
    QCOMPARE(events[1].places.first().name, QStringLiteral("Kenya's"));
}

void TestEventAssembler::theBombingsAreWhereTheyWereFirstPlaced()
{
    const Article article = articleOf({QStringLiteral("Bombings at two embassies in Mombasa and Arusha killed dozens."),
                                       QStringLiteral("These bombings will not make Canada retreat, he said."),
                                       QStringLiteral("The suspected car bombings went off on Friday."),
                                       QStringLiteral("A new attack was feared on Saturday.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Friday"), QDate(2025, 11, 21), QDate(2025, 11, 21)),
                           dateAt(article, QStringLiteral("on Saturday"), QDate(2025, 11, 22), QDate(2025, 11, 22))};
    annotations.places = {
        placeAt(article, QStringLiteral("Mombasa"), QStringLiteral("city"), -4.05, 39.67, QStringLiteral("KE")),
        placeAt(article, QStringLiteral("Arusha"), QStringLiteral("city"), -3.37, 36.68, QStringLiteral("TZ")),
        placeAt(article, QStringLiteral("Canada"), QStringLiteral("country"), 60.0, -95.0, QStringLiteral("CA"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    const auto on = [&events](const QDate &date) {
        QStringList names;
        for (const Event &event : events) {
            if (event.date.start == date) {
                for (const auto &place : event.places)
                    names << place.name;
            }
        }
        return names;
    };
    QCOMPARE(on(QDate(2025, 11, 21)), (QStringList {QStringLiteral("Mombasa"), QStringLiteral("Arusha")}));
    QCOMPARE(on(QDate(2025, 11, 22)), QStringList()); // "a new attack" is not the one told
}

void TestEventAssembler::keepsUndatedViolenceUndated()
{
    const Article article = articleOf({QStringLiteral("Peace talks are far off, officials concede."),
                                       QStringLiteral("Artillery shelled the outskirts of the city.")});
    const QList<Event> events = EventAssembler().assemble(article, {});
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().isDated());
    QCOMPARE(int(events.first().date.precision), int(DatePrecision::Unknown));
    QCOMPARE(int(events.first().type), int(EventType::RemoteViolence));
}

void TestEventAssembler::namesTheStateBehindAForce()
{
    const Article article = articleOf({QStringLiteral("On Tuesday, the Kyiv army fired missiles at Voronezh.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("On Tuesday"), QDate(2025, 11, 18), QDate(2025, 11, 18))};
    annotations.actors = {actorAt(article, QStringLiteral("the Kyiv army"), QStringLiteral("Ukrainian army"),
                                  ActorMention::Kind::Force, QStringLiteral("UA"))};
    EventAssembler::Options options;
    options.countryName = [](const QString &code) {
        return code == u"UA" ? QStringLiteral("Ukraine") : QString();
    };
    const QList<Event> events = EventAssembler(options).assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(actorNames(events.first()), (QStringList {QStringLiteral("Ukrainian army"), QStringLiteral("Ukraine")}));
    QCOMPARE(events.first().actors.last().kind, QStringLiteral("state"));
}

void TestEventAssembler::namesTheStateBehindItsInstitutions()
{
    const Article article =
        articleOf({QStringLiteral("The Kremlin rejected the plan on Tuesday, and the UN urged calm.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Tuesday"), QDate(2025, 11, 18), QDate(2025, 11, 18))};
    annotations.actors = {
        actorAt(article, QStringLiteral("Kremlin"), QStringLiteral("Kremlin"), ActorMention::Kind::Organisation,
                QStringLiteral("RU")),
        actorAt(article, QStringLiteral("UN"), QStringLiteral("United Nations"), ActorMention::Kind::Organisation)};
    EventAssembler::Options options;
    options.countryName = [](const QString &code) {
        return code == u"RU" ? QStringLiteral("Russia") : QString();
    };
    const QList<Event> events = EventAssembler(options).assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(actorNames(events.first()),
             (QStringList {QStringLiteral("Kremlin"), QStringLiteral("Russia"), QStringLiteral("United Nations")}));
}

void TestEventAssembler::mergesATimeOfDayIntoItsDay()
{
    const Article article = articleOf({QStringLiteral("The blast came at 10:35 a.m. on Friday near the embassy.")});
    ArticleAnnotations annotations;
    Timex time = dateAt(article, QStringLiteral("at 10:35 a.m."), reference, reference);
    time.type = Sitrep::TimexType::Time;
    annotations.timexes = {time,
                           dateAt(article, QStringLiteral("on Friday"), QDate(2025, 11, 14), QDate(2025, 11, 14))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.start, QDate(2025, 11, 14));
}

void TestEventAssembler::skipsCrossheads()
{
    const Article article = articleOf({QStringLiteral("Escalation of airstrikes")});
    QVERIFY(EventAssembler().assemble(article, {}).isEmpty());
}

void TestEventAssembler::twoDaysJoinedByAndAreOneHappening()
{
    const Article article =
        articleOf({QStringLiteral("Fighters shelled the camp late Sunday and early Monday, killing 40."),
                   QStringLiteral("Drones hit the port on Monday and the airport on Wednesday.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("late Sunday"), QDate(2025, 11, 16), QDate(2025, 11, 16)),
                           dateAt(article, QStringLiteral("early Monday"), QDate(2025, 11, 17), QDate(2025, 11, 17)),
                           dateAt(article, QStringLiteral("on Monday"), QDate(2025, 11, 17), QDate(2025, 11, 17)),
                           dateAt(article, QStringLiteral("on Wednesday"), reference, reference)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].date.start, QDate(2025, 11, 16));
    QCOMPARE(events[0].date.end, QDate(2025, 11, 17));
    QVERIFY(events[0].date.precision == DatePrecision::Day);
    QCOMPARE(events[0].dateText, QStringLiteral("late Sunday and early Monday"));
    QCOMPARE(events[1].date.end, QDate(2025, 11, 17));
    QCOMPARE(events[2].date.start, reference);
}

void TestEventAssembler::aPlanHoursLaterLendsNoPlace()
{
    const Article article = articleOf({QStringLiteral(
        "Air strikes killed 27 people in Gaza on Friday, hours before mediators were due to meet in Cairo.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Friday"), QDate(2025, 11, 21), QDate(2025, 11, 21))};
    annotations.places = {
        placeAt(article, QStringLiteral("Gaza"), QStringLiteral("area"), 31.4, 34.4, QStringLiteral("PS")),
        placeAt(article, QStringLiteral("Cairo"), QStringLiteral("city"), 30.06, 31.25, QStringLiteral("EG"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(placeNames(events.first()), QStringList {QStringLiteral("Gaza")});
}

void TestEventAssembler::harmAfterAnAgreementIsAnEarlierFightsToll()
{
    const Article article = articleOf(
        {QStringLiteral("The two sides agreed on Sunday to a ceasefire after clashes that killed 40 people.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Sunday"), QDate(2025, 11, 16), QDate(2025, 11, 16))};
    annotations.figures = {figureAt(article, QStringLiteral("killed 40 people"), Figure::Kind::Killed, 40, 40, 40)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(int(events.first().type), int(EventType::Diplomacy));
    QVERIFY(!events.first().killed.isKnown());
}

void TestEventAssembler::whenTheAttackTookPlaceRedatesIt()
{
    const Article article =
        articleOf({QStringLiteral("An air strike on a monastery killed 23 people, residents said Saturday."),
                   QStringLiteral("The attack took place around 1 a.m. Friday in the village."),
                   QStringLiteral("More than 30 others were wounded."),
                   QStringLiteral("The strike came two days after an offensive began on Wednesday.")});
    ArticleAnnotations annotations;
    const QDate friday(2025, 11, 14);
    const QDate saturday(2025, 11, 15);
    annotations.timexes = {dateAt(article, QStringLiteral("Saturday"), saturday, saturday),
                           dateAt(article, QStringLiteral("Friday"), friday, friday),
                           dateAt(article, QStringLiteral("on Wednesday"), QDate(2025, 11, 12), QDate(2025, 11, 12))};
    annotations.figures = {
        figureAt(article, QStringLiteral("killed 23 people"), Figure::Kind::Killed, 23, 23, 23),
        figureAt(article, QStringLiteral("More than 30 others were wounded"), Figure::Kind::Injured, 30, 30, -1)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2); // the strike, and the offensive told after "after"
    QCOMPARE(events.first().date.start, friday);
    QCOMPARE(events.first().dateText, QStringLiteral("Friday"));
    QCOMPARE(events.first().killed.best, 23);
    QCOMPARE(events.first().injured.best, 30);
    QCOMPARE(events.last().date.start, QDate(2025, 11, 12));
}

void TestEventAssembler::aTollBetweenTwoMonthsIsNoEvent()
{
    const Article article = articleOf({QStringLiteral(
        "More than 4,800 people were killed in Haiti between October 2024 and June 2025, the United Nations said.")});
    ArticleAnnotations annotations;
    annotations.timexes = {
        dateAt(article, QStringLiteral("October 2024"), QDate(2024, 10, 1), QDate(2024, 10, 31), DatePrecision::Month),
        dateAt(article, QStringLiteral("June 2025"), QDate(2025, 6, 1), QDate(2025, 6, 30), DatePrecision::Month)};
    annotations.figures = {
        figureAt(article, QStringLiteral("More than 4,800 people were killed"), Figure::Kind::Killed, 4800, 4800, -1)};
    QVERIFY(EventAssembler().assemble(article, annotations).isEmpty());
}

void TestEventAssembler::whereTheAttackTookPlacePlacesIt()
{
    const Article article =
        articleOf({QStringLiteral("Drone strikes killed dozens on Monday as they waited to cross into Bangladesh."),
                   QStringLiteral("The attack took place on the outskirts of Maungdaw.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Monday"), QDate(2025, 11, 17), QDate(2025, 11, 17))};
    annotations.places = {
        placeAt(article, QStringLiteral("Bangladesh"), QStringLiteral("country"), 24.0, 90.0, QStringLiteral("BD")),
        placeAt(article, QStringLiteral("Maungdaw"), QStringLiteral("city"), 20.8, 92.4, QStringLiteral("MM"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(placeNames(events.first()), QStringList {QStringLiteral("Maungdaw")});
}

void TestEventAssembler::theSameAttackToldAgainIsOneEvent()
{
    const Article article =
        articleOf({QStringLiteral("A drone struck a bus in the Sumy region on Saturday, killing nine people."),
                   QStringLiteral("The strike hit the bus near Bilopillia at about 6:20 a.m., officials said.")});
    ArticleAnnotations annotations;
    const QDate saturday(2025, 11, 15);
    annotations.timexes = {dateAt(article, QStringLiteral("on Saturday"), saturday, saturday),
                           dateAt(article, QStringLiteral("at about 6:20 a.m."), saturday, saturday)};
    annotations.places = {
        placeAt(article, QStringLiteral("Sumy"), QStringLiteral("admin1"), 50.9, 34.8, QStringLiteral("UA")),
        placeAt(article, QStringLiteral("Bilopillia"), QStringLiteral("city"), 51.15, 34.31, QStringLiteral("UA"))};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(placeNames(events.first()), (QStringList {QStringLiteral("Sumy"), QStringLiteral("Bilopillia")}));
}

void TestEventAssembler::theSameAttackToldByALaterSourceIsOneEvent()
{
    const Article article = articleOf(
        {QStringLiteral("An air strike on the suburbs on Sunday killed a commander."),
         QStringLiteral("The strike, the first on the capital since June, hit a building, wounding 28 people, the "
                        "ministry said on Monday.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Sunday"), QDate(2025, 11, 23), QDate(2025, 11, 23)),
                           dateAt(article, QStringLiteral("on Monday"), QDate(2025, 11, 24), QDate(2025, 11, 24))};
    annotations.figures = {figureAt(article, QStringLiteral("wounding 28 people"), Figure::Kind::Injured, 28, 28, 28)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.start, QDate(2025, 11, 23));
    QCOMPARE(events.first().injured.best, 28);
}

void TestEventAssembler::whatTheAttackersDidDatesTheAttack()
{
    const Article article = articleOf(
        {QStringLiteral(
             "Gunmen killed at least 38 people in an attack on a village, police said on Sunday, the latest in a wave "
             "of violence between herders and farmers."),
         QStringLiteral("The attackers stormed the village late on Friday and set homes on fire."),
         QStringLiteral("The gunmen struck again on Saturday.")});
    ArticleAnnotations annotations;
    const QDate friday(2025, 11, 14);
    annotations.timexes = {dateAt(article, QStringLiteral("on Sunday"), QDate(2025, 11, 16), QDate(2025, 11, 16)),
                           dateAt(article, QStringLiteral("late on Friday"), friday, friday),
                           dateAt(article, QStringLiteral("on Saturday"), QDate(2025, 11, 15), QDate(2025, 11, 15))};
    annotations.figures = {
        figureAt(article, QStringLiteral("killed at least 38 people"), Figure::Kind::Killed, 38, 38, -1)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 2); // the attack, re-dated; and the attack "again"
    QCOMPARE(events.first().date.start, friday);
    QCOMPARE(events.first().killed.best, 38);
    QCOMPARE(events.last().date.start, QDate(2025, 11, 15));
}

void TestEventAssembler::aYearsTollJoinsNoAttackBeforeIt()
{
    const Article article = articleOf({QStringLiteral("Rebels seized the city in February."),
                                       QStringLiteral("Thousands of people have been killed this year.")});
    ArticleAnnotations annotations;
    annotations.timexes = {
        dateAt(article, QStringLiteral("in February"), QDate(2025, 2, 1), QDate(2025, 2, 28), DatePrecision::Month),
        dateAt(article, QStringLiteral("this year"), QDate(2025, 1, 1), QDate(2025, 12, 31), DatePrecision::Year)};
    annotations.figures = {figureAt(article, QStringLiteral("Thousands of people have been killed"),
                                    Figure::Kind::Killed, 1000, 1000, -1)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().killed.isKnown());
}

void TestEventAssembler::aPlaceInTheSourceIsNotWhereTheDeadWere()
{
    const Article article =
        articleOf({QStringLiteral("Rebels attacked a cargo ship in the Red Sea on Tuesday."),
                   QStringLiteral("At least four crew members were killed, the European Union's naval mission said.")});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, QStringLiteral("on Tuesday"), QDate(2025, 11, 18), QDate(2025, 11, 18))};
    annotations.places = {
        placeAt(article, QStringLiteral("Red Sea"), QStringLiteral("area"), 20.0, 38.0, QString()),
        placeAt(article, QStringLiteral("European Union"), QStringLiteral("area"), 50.0, 10.0, QString())};
    annotations.figures = {
        figureAt(article, QStringLiteral("At least four crew members were killed"), Figure::Kind::Killed, 4, 4, -1)};
    const QList<Event> events = EventAssembler().assemble(article, annotations);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().killed.best, 4);
    QCOMPARE(placeNames(events.first()), QStringList {QStringLiteral("Red Sea")});
}

void TestEventAssembler::theDayASourceSpokeDatesNoSecondHappening_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("happeningDate");
    QTest::addColumn<QString>("sourceDate");
    QTest::addColumn<int>("events");
    QTest::newRow("a source after the happening's day")
        << QStringLiteral("Fighters shelled the camp on Sunday, killing 40 people, aid groups said Tuesday.")
        << QStringLiteral("on Sunday") << QStringLiteral("Tuesday") << 1;
    QTest::newRow("a quote's speech is an event")
        << QStringLiteral("\"We were pushed out of the talks in February, but we are back,\" Adams said Sunday.")
        << QStringLiteral("in February") << QStringLiteral("Sunday") << 2;
    QTest::newRow("the earlier date dates an attack named")
        << QStringLiteral("Tanzania expelled five men questioned over the bombing of the embassy last month, a "
                          "newspaper reported Friday.")
        << QStringLiteral("last month") << QStringLiteral("Friday") << 2;
    QTest::newRow("a dated attack as the subject")
        << QStringLiteral("Saturday's attack on the city killed two more people, the governor said late on Tuesday.")
        << QStringLiteral("Saturday") << QStringLiteral("Tuesday") << 1;
    QTest::newRow("what the source said follows")
        << QStringLiteral("The army retook the town on Saturday, its spokesman said Monday, that it had lost.")
        << QStringLiteral("on Saturday") << QStringLiteral("Monday") << 2;
}

void TestEventAssembler::theDayASourceSpokeDatesNoSecondHappening()
{
    QFETCH(QString, sentence);
    QFETCH(QString, happeningDate);
    QFETCH(QString, sourceDate);
    QFETCH(int, events);
    const Article article = articleOf({sentence});
    ArticleAnnotations annotations;
    annotations.timexes = {dateAt(article, happeningDate, QDate(2025, 11, 16), QDate(2025, 11, 16)),
                           dateAt(article, sourceDate, QDate(2025, 11, 18), QDate(2025, 11, 18))};
    const QList<Event> found = EventAssembler().assemble(article, annotations);
    QCOMPARE(found.size(), events);
    QCOMPARE(found.first().date.start, QDate(2025, 11, 16));
}

QTEST_GUILESS_MAIN(TestEventAssembler)
#include "tst_eventassembler.moc"
