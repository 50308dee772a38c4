// SPDX-License-Identifier: GPL-3.0-or-later
// Vague, historical and anaphoric references, and the tense cues that place a date before or after
// the reference date: the cases that made false or misleadingly precise event dates in news.
#include "dates/timexengine.h"

#include <QTest>

using namespace Sitrep;

class TimexReferencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesReference_data();
    void resolvesReference();
    void leavesOutNonDates_data();
    void leavesOutNonDates();
};

namespace {

struct Case
{
    const char *sentence;
    const char *reference;
    const char *expression;
    const char *type;
    const char *value;
    const char *mod;
    const char *start; // empty: no calendar interval
    const char *end;
    const char *precision;
};

const Case cases[] = {
    // Centuries are vaguer than any listed precision; an ordinal century counts from year 1.
    {"Shells hit the fabled 11th century temple.", "1998-02-19", "11th century", "DATE", "10", "", "1001-01-01",
     "1100-12-31", "unknown"},
    {"The fort dates from the late 19th century.", "2025-11-19", "the late 19th century", "DATE", "18", "END",
     "1871-01-01", "1900-12-31", "unknown"},
    {"Such wars were rare in this century.", "1999-03-12", "this century", "DATE", "19", "", "1900-01-01", "1999-12-31",
     "unknown"},
    // Decades: the first three digits; early, mid and late on year boundaries.
    {"The rebels first armed in the late 1970s.", "1998-02-19", "the late 1970s", "DATE", "197", "END", "1977-01-01",
     "1979-12-31", "decade"},
    {"The treaty was drafted in the early 1990s.", "2025-11-19", "the early 1990s", "DATE", "199", "START",
     "1990-01-01", "1993-12-31", "decade"},
    {"The border moved in the mid-1990s.", "2025-11-19", "the mid-1990s", "DATE", "199", "MID", "1994-01-01",
     "1996-12-31", "decade"},
    {"Prices rose in the last half of 1989.", "1989-10-26", "the last half of 1989", "DATE", "1989-H2", "",
     "1989-07-01", "1989-12-31", "year"},
    // Qualified distances are points with a TIMEX3 point mod, over the period they name.
    {"The hostage was seized almost two years ago.", "1998-02-19", "almost two years ago", "DATE", "1996", "APPROX",
     "1996-01-01", "1996-12-31", "year"},
    {"The talks began more than four decades ago.", "2000-04-01", "more than four decades ago", "DATE", "1960",
     "BEFORE", "1960-01-01", "1960-12-31", "year"},
    {"The town fell about two weeks ago.", "2025-11-19", "about two weeks ago", "DATE", "2025-W45", "APPROX",
     "2025-11-03", "2025-11-09", "week"},
    // The narrative's day, not a day of its own
    {"The envoy landed in Nairobi on Tuesday and flew on to Kampala later in the day.", "2025-11-19",
     "later in the day", "DATE", "2025-11-18", "", "2025-11-18", "2025-11-18", "day"},
    {"The minister arrived in the capital later in the day.", "2025-11-19", "later in the day", "DATE", "2025-11-19",
     "", "2025-11-19", "2025-11-19", "day"},
    {"The ceasefire was signed in March 1987, and fighting stopped that day.", "2025-11-19", "that day", "DATE",
     "1987-03-XX", "", "1987-03-01", "1987-03-31", "month"},
    {"The treaty was signed in 1987, and fighting stopped that same day.", "2025-11-19", "that same day", "DATE",
     "1987-XX-XX", "", "1987-01-01", "1987-12-31", "year"},
    {"Rockets struck on March 3, 2024. The day before, the envoys had left.", "2025-11-19", "The day before", "DATE",
     "2024-03-02", "", "2024-03-02", "2024-03-02", "day"},
    {"The convoy left the day before yesterday.", "2025-11-19", "the day before yesterday", "DATE", "2025-11-17", "",
     "2025-11-17", "2025-11-17", "day"},
    // "overnight" is the night before the day the narrative is on, and leaves the narrative there
    {"London shares fell on Friday. They were hit by overnight losses in New York.", "1989-10-30", "overnight", "TIME",
     "1989-10-26TNI", "", "1989-10-26", "1989-10-26", "day"},
    {"London shares fell on Friday, hit by overnight losses in New York, down 4.5% from the previous Friday.",
     "1989-10-30", "the previous Friday", "DATE", "1989-10-20", "", "1989-10-20", "1989-10-20", "day"},
    // with no day named, the night that ended the morning of the report: TIMEX3 names it by its evening, the
    // interval by the morning
    {"Officials linked the sites struck overnight with the attacks.", "1998-08-20", "overnight", "TIME",
     "1998-08-19TNI", "", "1998-08-20", "1998-08-20", "day"},
    // One time of day on one day
    {"Drones attacked in the early hours of Thursday morning.", "2025-11-19", "the early hours of Thursday morning",
     "TIME", "2025-11-13TMO", "START", "2025-11-13", "2025-11-13", "day"},
    {"The port was shelled in the early hours of Nov. 18.", "2025-11-19", "the early hours of Nov. 18", "TIME",
     "2025-11-18TMO", "START", "2025-11-18", "2025-11-18", "day"},
    // Periods fixed by a date inside them
    {"A hearing is set for the week of March 6.", "2000-02-24", "the week of March 6", "DATE", "2000-W10", "",
     "2000-03-06", "2000-03-12", "week"},
    {"The army lost 40 tanks in the quarter ended Sept. 30.", "1989-11-01", "the quarter", "DATE", "1989-Q3", "",
     "1989-07-01", "1989-09-30", "quarter"},
    {"Aid will fall in the fourth quarter. Aid rose in the latest quarter.", "1989-11-01", "the latest quarter", "DATE",
     "1989-Q3", "", "1989-07-01", "1989-09-30", "quarter"},
    {"Such raids were common in past years.", "2025-11-19", "past years", "DATE", "PAST_REF", "", "", "", "unknown"},
    {"The alliance may grow in future years.", "2025-11-19", "future years", "DATE", "FUTURE_REF", "", "", "",
     "unknown"},
    // Tense: a participle takes its auxiliary's tense; deadlines lie ahead unless a past perfect says not.
    {"She will be named head of the mission in December.", "1998-03-04", "December", "DATE", "1998-12", "",
     "1998-12-01", "1998-12-31", "month"},
    {"The truce had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "TIME",
     "1989-10-27T24:00", "", "1989-10-27", "1989-10-27", "day"},
    {"The mission will double its patrols by August in areas untouched by the fighting.", "1998-02-13", "August",
     "DATE", "1998-08", "", "1998-08-01", "1998-08-31", "month"},
    {"A bomb wrecked a building next to the embassy on Friday.", "1998-08-08", "Friday", "DATE", "1998-08-07", "",
     "1998-08-07", "1998-08-07", "day"},
    {"The envoys could arrive as early as Tuesday.", "2000-04-03", "Tuesday", "DATE", "2000-04-04", "", "2000-04-04",
     "2000-04-04", "day"},
    {"Until Thursday, the police had not named a suspect.", "1999-05-07", "Thursday", "DATE", "1999-05-06", "",
     "1999-05-06", "1999-05-06", "day"},
    {"The loan was extended through January.", "1989-10-30", "January", "DATE", "1989-01", "", "1989-01-01",
     "1989-01-31", "month"},
    {"The offer runs until mid-November.", "1989-10-30", "mid-November", "DATE", "1989-11", "MID", "1989-11-11",
     "1989-11-20", "month"},
    // "the year-ago period" compares with the quarter reported, not with a forecast one
    {"Profit fell in the third quarter. Gains are seen by the third quarter of 1990. In the year-ago period, it "
     "earned $5 million.",
     "1989-10-26", "the year-ago period", "DATE", "1988-Q3", "", "1988-07-01", "1988-09-30", "quarter"},
    // A quarter mentioned in passing does not replace the one reported
    {"Net rose in the third quarter. After a flat second quarter, sales grew. Costs were lower than a year ago.",
     "1989-11-01", "a year ago", "DATE", "1988-Q3", "", "1988-07-01", "1988-09-30", "quarter"},
    {"Net rose in the third quarter. After a flat second quarter, sales grew. In the 1989 period, taxes fell.",
     "1989-11-01", "the 1989 period", "DATE", "1989-Q3", "", "1989-07-01", "1989-09-30", "quarter"},
    {"Net rose in the third quarter. After a flat second quarter, sales grew. In the year-earlier period, it lost "
     "money.",
     "1989-11-01", "the year-earlier period", "DATE", "1988-Q3", "", "1988-07-01", "1988-09-30", "quarter"},
    // A plan or commitment places the date of its infinitive ahead; one made on a date does not.
    {"The team planned to leave Nairobi on Thursday for Dar es Salaam.", "1998-09-30", "Thursday", "DATE", "1998-10-01",
     "", "1998-10-01", "1998-10-01", "day"},
    {"Protesters planned a rally on Saturday and were planning to march on Monday.", "2000-01-07", "Saturday", "DATE",
     "2000-01-08", "", "2000-01-08", "2000-01-08", "day"},
    {"Protesters planned a rally on Saturday and were planning to march on Monday.", "2000-01-07", "Monday", "DATE",
     "2000-01-10", "", "2000-01-10", "2000-01-10", "day"},
    {"The offensive began as previously planned Saturday night.", "1991-02-25", "Saturday night", "TIME",
     "1991-02-23TNI", "", "1991-02-23", "1991-02-23", "day"},
    {"On Friday, when she set aside the hastily planned trip, the ministry lifted a warning.", "1998-08-17", "Friday",
     "DATE", "1998-08-14", "", "1998-08-14", "1998-08-14", "day"},
    {"The bank announced an agreement to acquire the holding company in January.", "1989-11-02", "January", "DATE",
     "1990-01", "", "1990-01-01", "1990-01-31", "month"},
    {"Thermo agreed to purchase the product line for $22 million in February.", "1989-10-30", "February", "DATE",
     "1990-02", "", "1990-02-01", "1990-02-28", "month"},
    {"The rebels agreed to a truce in February.", "1989-10-30", "February", "DATE", "1989-02", "", "1989-02-01",
     "1989-02-28", "month"},
    // "Wednesday's ruling" is an event already past, unless a future cue stands beside it.
    {"The relatives said they would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday", "DATE",
     "2000-01-05", "", "2000-01-05", "2000-01-05", "day"},
    {"Voters will choose in Saturday's election.", "2000-01-05", "Saturday", "DATE", "2000-01-08", "", "2000-01-08",
     "2000-01-08", "day"},
    // "the past decade" is the last ten years, like "the past ten years"; "the last decade" the one before
    {"Attacks had become routine over the past decade.", "1998-10-25", "the past decade", "DURATION", "P10Y", "",
     "1988-10-26", "1998-10-25", "decade"},
    {"Wages lost ground to inflation in the last decade.", "1998-02-06", "the last decade", "DATE", "198", "",
     "1980-01-01", "1989-12-31", "decade"},
};

} // namespace

void TimexReferencesTest::resolvesReference_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mod");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("precision");
    int row = 0;
    for (const Case &c : cases) {
        QTest::addRow("%02d %s", ++row, c.expression)
            << QString::fromUtf8(c.sentence) << QDate::fromString(QString::fromUtf8(c.reference), Qt::ISODate)
            << QString::fromUtf8(c.expression) << QString::fromUtf8(c.type) << QString::fromUtf8(c.value)
            << QString::fromUtf8(c.mod) << QString::fromUtf8(c.start) << QString::fromUtf8(c.end)
            << QString::fromUtf8(c.precision);
    }
}

void TimexReferencesTest::resolvesReference()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, reference);
    QFETCH(QString, expression);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, mod);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, precision);

    const QList<Timex> timexes = TimexEngine().annotate(sentence, reference);
    QStringList found;
    const Timex *match = nullptr;
    for (const Timex &timex : timexes) {
        found << timex.text;
        if (timex.text == expression)
            match = &timex;
    }
    QVERIFY2(match, qPrintable(QStringLiteral("found only: ") + found.join(QStringLiteral(" | "))));
    QCOMPARE(toString(match->type), type);
    QCOMPARE(match->value, value);
    QCOMPARE(match->mod, mod);
    QCOMPARE(match->interval.start.toString(Qt::ISODate), start);
    QCOMPARE(match->interval.end.toString(Qt::ISODate), end);
    QCOMPARE(toString(match->interval.precision), precision);
}

void TimexReferencesTest::leavesOutNonDates_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");
    // "the day" alone, and "the day before" an event, are no dates of their own
    QTest::newRow("the day before returning")
        << QStringLiteral("She spent five hours in Juba, then flew to Nairobi later in the day before returning home.")
        << QStringList {QStringLiteral("five hours"), QStringLiteral("later in the day")};
    QTest::newRow("the day before a clause")
        << QStringLiteral("He was last seen on Nov. 3, the day before police issued a warrant.")
        << QStringList {QStringLiteral("Nov. 3")};
    QTest::newRow("the day as a subject")
        << QStringLiteral("In many ways the day belonged to the mediators.") << QStringList {};
    QTest::newRow("a title") << QStringLiteral("He spoke on This Week about the truce.") << QStringList {};
    QTest::newRow("fraction of") << QStringLiteral("Rebels hold a quarter of the province.") << QStringList {};
}

void TimexReferencesTest::leavesOutNonDates()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Timex &timex : TimexEngine().annotate(sentence, QDate(2025, 11, 19)))
        found << timex.text;
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TimexReferencesTest)
#include "tst_timexreferences.moc"
