// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figureextractor.h"

#include <QTest>

using Sitrep::Figure;
using Sitrep::FigureExtractor;

namespace {

QString kindName(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Killed:
        return QStringLiteral("killed");
    case Figure::Kind::Injured:
        return QStringLiteral("injured");
    case Figure::Kind::Missing:
        return QStringLiteral("missing");
    case Figure::Kind::Displaced:
        return QStringLiteral("displaced");
    case Figure::Kind::Detained:
        return QStringLiteral("detained");
    case Figure::Kind::Weapons:
        return QStringLiteral("weapons");
    }
    return {};
}

// "killed 10/10/-1 at least people": kind, low/best/high, then qualifier and unit when present,
// and "vague" for vague counts. Figures are joined with " | ".
QString describe(const QList<Figure> &figures)
{
    QStringList parts;
    for (const Figure &f : figures) {
        QString s = kindName(f.kind) + u' ' + QString::number(f.low) + u'/' + QString::number(f.best) + u'/'
            + QString::number(f.high);
        if (!f.qualifier.isEmpty())
            s += u' ' + f.qualifier;
        if (!f.unit.isEmpty())
            s += u' ' + f.unit;
        if (f.vague)
            s += QStringLiteral(" vague");
        parts.append(s);
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestFigureExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsFigures_data();
    void extractsFigures();
    void spansCoverTheWholePhrase_data();
    void spansCoverTheWholePhrase();
    void emptyAndPunctuationOnlyInputGiveNothing();
};

void TestFigureExtractor::extractsFigures_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char16_t *sentence, const char16_t *expected) {
        QTest::newRow(name) << QString::fromUtf16(sentence) << QString::fromUtf16(expected);
    };

    // Counts before what happened to them.
    row("at least, passive", u"At least ten people were killed in the shelling of the market.",
        u"killed 10/10/-1 at least people");
    row("killed and injured", u"Two people were killed and 15 injured when the shell hit a bus stop.",
        u"killed 2/2/2 people | injured 15/15/15");
    row("dozens more wounded", u"Eight villagers were killed and dozens more wounded overnight.",
        u"killed 8/8/8 villagers | injured 12/12/-1 vague");
    row("digits with separator", u"More than 1,500 civilians have been killed since the offensive began.",
        u"killed 1500/1500/-1 more than civilians");
    row("reported killed", u"At least 31 people were reported killed in clashes near the border.",
        u"killed 31/31/-1 at least people");
    row("demonym filler", u"Nearly 90 Sudanese soldiers have been killed this month.",
        u"killed -1/90/90 nearly soldiers");
    row("deaths noun", u"The brigade suffered 41 deaths during the winter campaign.", u"killed 41/41/41");
    row("dead adjective", u"The blast left 17 dead and 60 wounded.", u"killed 17/17/17 | injured 60/60/60");
    row("lost their lives", u"Some 300 fishermen lost their lives when the ferry sank.",
        u"killed -1/300/-1 some fishermen");
    row("died", u"Four aid workers died in the ambush.", u"killed 4/4/4 workers");
    row("feared dead", u"Twelve miners are feared dead after the collapse.", u"killed 12/12/12 miners");
    row("shot dead", u"Three protesters were shot dead outside the ministry.", u"killed 3/3/3 protesters");
    row("believed to have been killed", u"About 25 fighters are believed to have been killed.",
        u"killed -1/25/-1 about fighters");
    row("hyphenated number word", u"Forty-two residents were wounded in the strike.", u"injured 42/42/42 residents");
    row("spaced tens and unit", u"Thirty five passengers were hurt when the train derailed.",
        u"injured 35/35/35 passengers");
    row("hundred and", u"Two hundred and fifty people were injured in the stampede.", u"injured 250/250/250 people");
    row("million", u"Some 1.2 million people have been displaced by the fighting.",
        u"displaced -1/1200000/-1 some people");
    row("tens of thousands displaced", u"Tens of thousands of residents fled their homes.",
        u"displaced 10000/10000/-1 residents vague");
    row("hundreds injured", u"Hundreds of people were injured in the protests.", u"injured 100/100/-1 people vague");
    row("scores", u"Scores of demonstrators were arrested by riot police.", u"detained 20/20/-1 demonstrators vague");
    row("several killed", u"Several soldiers were killed in the ambush.", u"killed 10/10/-1 soldiers vague");
    row("a few injured", u"A few bystanders were slightly injured.", u"injured 3/3/-1 bystanders vague");
    row("a dozen", u"A dozen policemen were wounded in the riot.", u"injured 12/12/12 policemen");
    row("freed hostages", u"Two dozen hostages were freed, but 14 remain missing.", u"missing 14/14/14");
    row("hostages held", u"The group still holds 31 hostages.", u"detained 31/31/31");
    row("two dozen", u"Two dozen hostages are being held in the tunnels.", u"detained 24/24/24");
    row("half a dozen", u"Half a dozen journalists were detained at the checkpoint.", u"detained 6/6/6 journalists");
    row("single soldier", u"A Ukrainian soldier was killed and two others were injured.",
        u"killed 1/1/1 soldier | injured 2/2/2 others");
    row("one person", u"One person died and three were hurt.", u"killed 1/1/1 person | injured 3/3/3");
    row("no injuries", u"The missiles were intercepted and there were no injuries.", u"injured 0/0/0");
    row("no one killed", u"No one was killed in the attack on the depot.", u"killed 0/0/0");
    row("missing unaccounted", u"Nine crew members are still unaccounted for.", u"missing 9/9/9 members");
    row("taken hostage", u"Some 240 people were taken hostage during the raid.", u"detained -1/240/-1 some people");
    row("casualties beside dead", u"Officials reported 12 dead and 40 casualties.",
        u"killed 12/12/12 | injured 40/40/40");
    row("a count with its own breakdown", u"At least 25 people, including three children, were killed on Wednesday.",
        u"killed 25/25/-1 at least people");
    row("a breakdown in dashes", u"Eleven civilians \u2014 among them two aid workers \u2014 were wounded.",
        u"injured 11/11/11 civilians");

    // Counts after a verb.
    row("killing, participle", u"Missiles hit the barracks, killing ten soldiers.", u"killed 10/10/10 soldiers");
    row("injured about forty", u"They also injured about forty people in a residential area.",
        u"injured -1/40/-1 about people");
    row("killed including", u"The strike killed 26, including three children.", u"killed 26/26/26");
    row("killed and injured more than", u"The bombing killed 213 people and injured more than 4,000.",
        u"killed 213/213/213 people | injured 4000/4000/-1 more than");
    row("wounding over", u"Shelling continued, wounding over 5,000 and killing hundreds.",
        u"injured 5000/5000/-1 over | killed 100/100/-1 vague");
    row("arrested", u"Police arrested 83 demonstrators after the march.", u"detained 83/83/83 demonstrators");
    row("claimed lives", u"The flooding of the trenches claimed 19 lives.", u"killed 19/19/19");
    row("shot dead", u"Troops shot dead two Palestinians near the line.", u"killed 2/2/2 palestinians");
    row("settlers", u"Ten settlers were killed on Monday.", u"killed 10/10/10 settlers");
    row("a people named, with an aside", u"Dozens of Rohingya Muslims, including children, were killed on Monday.",
        u"killed 12/12/-1 muslims vague");
    row("the one named and the others", u"The strike killed the commander and four other members of the group.",
        u"killed 5/5/5");
    row("one named by an article and the others", u"A drone killed a journalist and two others.", u"killed 3/3/3");
    row("the one named in apposition and the others",
        u"A strike killed the group's top military commander, Haytham Ali Tabatabai, and four other members.",
        u"killed 5/5/5");
    row("one person", u"Gunmen killed a police officer near the gate.", u"killed 1/1/1");
    row("a family of five", u"The strike killed a family of five.", u"killed 5/5/5");
    row("a family of five, then when", u"An airstrike killed a family of five late Sunday.", u"killed 5/5/5");
    row("kin", u"An air strike killed two brothers who were collecting firewood.", u"killed 2/2/2 brothers");
    row("suspected members", u"Police raided the camp, killing two suspected members of the gang.",
        u"killed 2/2/2 members");
    row("no person after the article", u"The blast killed a key hope for talks.", u"-");
    row("gunned down", u"Gunmen gunned down at least three guards at the gate.", u"killed 3/3/-1 at least guards");
    row("wounded about others", u"A second bomb wounded about 70 others.", u"injured -1/70/-1 about others");
    row("range with dash", u"The raid killed 12-15 civilians, medics said.", u"killed 12/12/15 civilians");
    row("between and", u"Between 40 and 60 people were killed in the massacre.", u"killed 40/40/60 between people");
    row("or more", u"The bombardment killed 20 or more villagers.", u"killed 20/20/-1 or more villagers");
    row("up to", u"Up to 200 people may have been displaced.", u"displaced -1/200/200 up to people");
    row("as many as", u"As many as 70 prisoners were executed.", u"killed -1/70/70 as many as prisoners");
    row("two or three", u"Two or three guards were wounded.", u"injured 2/2/3 guards");

    // Tolls.
    row("toll rose to", u"The death toll rose to 32 on Sunday.", u"killed 32/32/32");
    row("toll from to", u"The death toll climbed from 20 to 32 overnight.", u"killed 32/32/32");
    row("toll of", u"Officials gave a death toll of at least 58.", u"killed 58/58/-1 at least");
    row("number of injured", u"The number of injured has reached 143.", u"injured 143/143/143");
    row("victims numbered", u"The victims in the two villages numbered 96.", u"killed 96/96/96");

    // Weapons.
    row("drones and missiles", u"Russia fired a total of 476 drones and 48 missiles overnight.",
        u"weapons 476/476/476 drones | weapons 48/48/48 missiles");
    row("modified missiles", u"The army fired four ATACMS long-range ballistic missiles at the airfield.",
        u"weapons 4/4/4 missiles");
    row("all four shot down", u"Air defences shot down all four missiles.", u"weapons 4/4/4 missiles");
    row("rockets about", u"Militants launched about 150 rockets at the city.", u"weapons -1/150/-1 about rockets");
    row("shells", u"Some 3,000 artillery shells fell on the town in a day.", u"weapons -1/3000/-1 some shells");
    row("uavs", u"Defences destroyed 37 Shahed-type UAVs.", u"weapons 37/37/37 drones");
    row("weapons and casualties", u"The 60 drones killed two people.",
        u"weapons 60/60/60 drones | killed 2/2/2 people");

    // Not figures.
    row("year then trucks", u"In 2022 ten trucks were destroyed by the blast.", u"-");
    row("drone strikes are no weapon count", u"Two drone strikes hit the port.", u"-");
    row("days", u"The siege lasted 86 days before the town fell.", u"-");
    row("point plan", u"The 28-point plan was discussed in Miami.", u"-");
    row("date", u"The ceasefire was signed on March 3 after talks.", u"-");
    row("percent", u"Prices rose 40 percent since the war began.", u"-");
    row("distance", u"The front line is 12 km from the city.", u"-");
    row("launch systems", u"They destroyed the two launch systems near the border.", u"-");
    row("year after killed", u"He was killed in 2014 near Donetsk.", u"-");
    row("including only", u"Among them were three children.", u"-");
    row("drone factory", u"Three drone factories were struck.", u"-");
    row("killed year", u"Ten soldiers killed in 2014 were buried together.", u"killed 10/10/10 soldiers");
    row("age", u"A 15-year-old boy was wounded by shrapnel.", u"injured 1/1/1 boy");
    row("abbreviated month", u"The bombings on Aug. 7 killed 190 people.", u"killed 190/190/190 people");
    row("bomb blasts", u"Investigators studied the two bomb blasts for months.", u"-");
    row("ordinal", u"It was the 3rd attack this week.", u"-");
    row("casualties alone", u"The unit suffered 300 casualties.", u"-");
}

void TestFigureExtractor::extractsFigures()
{
    QFETCH(QString, sentence);
    QFETCH(QString, expected);

    const QString actual = describe(FigureExtractor().extract(sentence));
    QCOMPARE(actual.isEmpty() ? QStringLiteral("-") : actual, expected);
}

void TestFigureExtractor::spansCoverTheWholePhrase_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("spans");

    QTest::newRow("passive") << QStringLiteral("Officials said at least ten people were killed on Monday.")
                             << QStringList {QStringLiteral("at least ten people were killed")};
    QTest::newRow("verb first") << QStringLiteral("The strike killed 26, including three children.")
                                << QStringList {QStringLiteral("killed 26")};
    QTest::newRow("weapons") << QStringLiteral("Russia launched 476 drones and 48 missiles.")
                             << QStringList {QStringLiteral("476 drones"), QStringLiteral("48 missiles")};
    QTest::newRow("toll") << QStringLiteral("The death toll rose to 32.")
                          << QStringList {QStringLiteral("toll rose to 32")};
    QTest::newRow("non-ascii before") << QStringLiteral("In Kramatorsk’s centre, “dozens” were injured.")
                                      << QStringList {QStringLiteral("dozens” were injured")};
}

void TestFigureExtractor::spansCoverTheWholePhrase()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, spans);

    QStringList actual;
    for (const Figure &f : FigureExtractor().extract(sentence))
        actual.append(sentence.mid(f.start, f.end - f.start));
    QCOMPARE(actual, spans);
}

void TestFigureExtractor::emptyAndPunctuationOnlyInputGiveNothing()
{
    QVERIFY(FigureExtractor().extract(QStringView()).isEmpty());
    QVERIFY(FigureExtractor().extract(u"... -- 1,").isEmpty());
    QVERIFY(FigureExtractor().extract(u"killed").isEmpty());
}

QTEST_APPLESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
