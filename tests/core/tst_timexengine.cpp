// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/timexengine.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

#include <ctime>
#include <limits>

using namespace Sitrep;

namespace {

// One expected expression in one sentence. Empty interval bounds mean no calendar interval.
struct Case
{
    const char *sentence;
    const char *reference;
    const char *expression;
    const char *type;
    const char *value;
    const char *start;
    const char *end;
    const char *precision;
};

// Reference 2025-11-19 is a Wednesday in ISO week 47, unless a row says otherwise.
constexpr const char *R = "2025-11-19";

const Case cases[] = {
    // Absolute dates in their common forms
    {"The ceasefire was signed on November 19, 2025.", R, "November 19, 2025", "DATE", "2025-11-19", "2025-11-19",
     "2025-11-19", "day"},
    {"Talks resumed on 19 November 2025 in Geneva.", R, "19 November 2025", "DATE", "2025-11-19", "2025-11-19",
     "2025-11-19", "day"},
    {"The convoy left on Nov. 19 under escort.", R, "Nov. 19", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},
    {"Shelling was reported on 19 Nov near the border.", R, "19 Nov", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    {"The report is dated 2025-11-19 and unsigned.", R, "2025-11-19", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    {"The order, signed 11/19/2025, took effect at once.", R, "11/19/2025", "DATE", "2025-11-19", "2025-11-19",
     "2025-11-19", "day"},
    {"The order was signed 19/11/2025 in Kyiv.", R, "19/11/2025", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    {"A memo of 2025/11/18 surfaced.", R, "2025/11/18", "DATE", "2025-11-18", "2025-11-18", "2025-11-18", "day"},
    {"The file 17-11-2025 was signed.", R, "17-11-2025", "DATE", "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    {"On November the 17th, talks began.", R, "November the 17th", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    {"In November the first snow fell.", R, "November", "DATE", "2025-11", "2025-11-01", "2025-11-30", "month"},
    {"The decree of 19.11.2025 was published.", R, "19.11.2025", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    {"Both sides met on Sept. 3, 2024, in Doha.", R, "Sept. 3, 2024", "DATE", "2024-09-03", "2024-09-03", "2024-09-03",
     "day"},
    {"He was born on 4 July 1976 in a village.", R, "4 July 1976", "DATE", "1976-07-04", "1976-07-04", "1976-07-04",
     "day"},
    {"The truce of 12 March 2022 collapsed.", R, "12 March 2022", "DATE", "2022-03-12", "2022-03-12", "2022-03-12",
     "day"},
    {"The blockade began on Feb. 24, 2022.", R, "Feb. 24, 2022", "DATE", "2022-02-24", "2022-02-24", "2022-02-24",
     "day"},
    {"The rally was held on 2025-11-02 downtown.", R, "2025-11-02", "DATE", "2025-11-02", "2025-11-02", "2025-11-02",
     "day"},
    {"The first strike came on Friday, October 24, 2025.", R, "Friday, October 24, 2025", "DATE", "2025-10-24",
     "2025-10-24", "2025-10-24", "day"},
    {"They met on Thursday, 6 November, in Ankara.", R, "Thursday, 6 November", "DATE", "2025-11-06", "2025-11-06",
     "2025-11-06", "day"},
    {"The deadline is Dec. 31 for all parties.", R, "Dec. 31", "DATE", "2025-12-31", "2025-12-31", "2025-12-31", "day"},
    {"The column crossed the river on October 3rd.", R, "October 3rd", "DATE", "2025-10-03", "2025-10-03", "2025-10-03",
     "day"},
    {"The accord dates from the 5th of May 2021.", R, "the 5th of May 2021", "DATE", "2021-05-05", "2021-05-05",
     "2021-05-05", "day"},
    {"Jan. 6, 2021, is remembered in Washington.", R, "Jan. 6, 2021", "DATE", "2021-01-06", "2021-01-06", "2021-01-06",
     "day"},
    {"A leap day, Feb. 29, 2024, saw heavy fighting.", R, "Feb. 29, 2024", "DATE", "2024-02-29", "2024-02-29",
     "2024-02-29", "day"},
    {"The memo is stamped 2/3/25 in red ink.", R, "2/3/25", "DATE", "2025-02-03", "2025-02-03", "2025-02-03", "day"},
    {"A new offensive began in 2024.", R, "2024", "DATE", "2024", "2024-01-01", "2024-12-31", "year"},
    {"The siege ended in 1943 after two winters.", R, "1943", "DATE", "1943", "1943-01-01", "1943-12-31", "year"},
    {"The new law takes effect in 2026.", R, "2026", "DATE", "2026", "2026-01-01", "2026-12-31", "year"},
    {"Negotiations failed in fiscal 2024.", R, "fiscal 2024", "DATE", "2024", "2024-01-01", "2024-12-31", "year"},
    {"The war began in 2022 and continued into 2023.", R, "2023", "DATE", "2023", "2023-01-01", "2023-12-31", "year"},
    // the year that ends a span of years is an expression of its own
    {"The 2014-2022 conflict displaced millions.", R, "2022", "DATE", "2022", "2022-01-01", "2022-12-31", "year"},
    {"The 1992-95 war in Bosnia ended at Dayton.", R, "95", "DATE", "1995", "1995-01-01", "1995-12-31", "year"},
    // numeric dates are month first, unless the text writes one that can only be day first
    {"The vote on 12/03/2019 failed; the next, on 29/03/2019, failed too.", R, "12/03/2019", "DATE", "2019-03-12",
     "2019-03-12", "2019-03-12", "day"},
    // with no numeric date to settle it, the order of the dates written in words does; dashes and dots as slashes
    {"The gazette dated 10/06/2010 set the rates that took effect on 1 July 2010.", R, "10/06/2010", "DATE",
     "2010-06-10", "2010-06-10", "2010-06-10", "day"},
    {"The gazette dated 10/06/2010 set the rates that took effect on July 1, 2010.", R, "10/06/2010", "DATE",
     "2010-10-06", "2010-10-06", "2010-10-06", "day"},
    {"A circular dated 04-09-2016 moved the holiday; another, dated 15-09-2016, kept it.", R, "04-09-2016", "DATE",
     "2016-09-04", "2016-09-04", "2016-09-04", "day"},
    {"The vote on 12/03/2019 failed; the next, on 12/29/2019, failed too.", R, "12/03/2019", "DATE", "2019-12-03",
     "2019-12-03", "2019-12-03", "day"},
    // so does a year a word or two after it
    {"Flights were grounded for the longest spell since the September 11 attacks in 2001.", R, "September 11", "DATE",
     "2001-09-11", "2001-09-11", "2001-09-11", "day"},
    {"The war began on October 6 in 1973.", R, "October 6", "DATE", "1973-10-06", "1973-10-06", "1973-10-06", "day"},
    // the weekday a date is written with tells its year
    {"The line closed on Monday, July 8.", R, "Monday, July 8", "DATE", "2024-07-08", "2024-07-08", "2024-07-08",
     "day"},
    {"The works, done on Saturday, December 20, ran late.", R, "Saturday, December 20", "DATE", "2025-12-20",
     "2025-12-20", "2025-12-20", "day"},
    // a fiscal, school or sports year named by the two years it spans is one period
    {"The 2024/25 budget was cut twice.", R, "2024/25", "DATE", "2024", "2024-01-01", "2025-12-31", "year"},
    {"Enrollment has fallen every year since 2019-20.", R, "2019-20", "DATE", "2019", "2019-01-01", "2020-12-31",
     "year"},
    {"The archive keeps the 2025-03 reports and a 2025-04 file.", R, "2025-03", "DATE", "2025-03", "2025-03-01",
     "2025-03-31", "month"},
    {"The archive keeps the 2025-03 reports and a 2025-04 file.", R, "2025-04", "DATE", "2025-04", "2025-04-01",
     "2025-04-30", "month"},
    // the turn of a century is its first decade; one the text does not number is the turn behind the report
    {"Since the turn of the century, the presidency has changed hands four times.", R, "the turn of the century",
     "DATE", "200", "2000-01-01", "2009-12-31", "decade"},
    {"At the turn of the 20th century, the port was rising.", R, "the turn of the 20th century", "DATE", "190",
     "1900-01-01", "1909-12-31", "decade"},
    {"Forecasters say 2027 could set a new record.", R, "2027", "DATE", "2027", "2027-01-01", "2027-12-31", "year"},
    {"The region has been contested since the 1990s.", R, "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31",
     "decade"},
    {"The dispute goes back to the 1980s.", R, "the 1980s", "DATE", "198", "1980-01-01", "1989-12-31", "decade"},
    {"Militias multiplied in the 2010s.", R, "the 2010s", "DATE", "201", "2010-01-01", "2019-12-31", "decade"},
    {"Relations thawed in the '90s.", R, "the '90s", "DATE", "199", "1990-01-01", "1999-12-31", "decade"},
    {"Tensions rose during the nineties.", R, "the nineties", "DATE", "199", "1990-01-01", "1999-12-31", "decade"},
    {"The town was founded in the 20th century.", R, "the 20th century", "DATE", "19", "1901-01-01", "2000-12-31",
     "unknown"},
    {"Fighting intensified in October.", R, "October", "DATE", "2025-10", "2025-10-01", "2025-10-31", "month"},
    {"Elections are set for March 2026.", R, "March 2026", "DATE", "2026-03", "2026-03-01", "2026-03-31", "month"},
    {"Aid deliveries resumed in January 2025.", R, "January 2025", "DATE", "2025-01", "2025-01-01", "2025-01-31",
     "month"},
    {"Aid deliveries resumed in January of 2025.", R, "January of 2025", "DATE", "2025-01", "2025-01-01", "2025-01-31",
     "month"},
    {"In November 2014, he had criticized the decision.", R, "November 2014", "DATE", "2014-11", "2014-11-01",
     "2014-11-30", "month"},
    {"The camp was built in Sept. 2019 by engineers.", R, "Sept. 2019", "DATE", "2019-09", "2019-09-01", "2019-09-30",
     "month"},
    {"The treaty expired in the summer of 2023.", R, "the summer of 2023", "DATE", "2023-SU", "2023-06-01",
     "2023-08-31", "season"},
    {"The flood came in spring 2024.", R, "spring 2024", "DATE", "2024-SP", "2024-03-01", "2024-05-31", "season"},
    {"Heavy snow fell in the winter of 2022.", R, "the winter of 2022", "DATE", "2022-WI", "2022-12-01", "2023-02-28",
     "season"},
    {"Troops withdrew in the summer.", R, "the summer", "DATE", "2025-SU", "2025-06-01", "2025-08-31", "season"},
    // a quotation's closing mark belongs to the sentence its period ends, so the next sentence's verb
    // ("showed") does not set the quoted one's tense
    {"\"Factories are going to get hurt in the spring.\" The figures showed a gain.", "1998-02-06", "the spring",
     "DATE", "1998-SP", "1998-03-01", "1998-05-31", "season"},
    // a week or weekend of a month: the week with most of its days in it; the month's Saturdays
    {"The rally is planned for the last weekend of November.", R, "the last weekend of November", "DATE", "2025-W48-WE",
     "2025-11-29", "2025-11-30", "week"},
    {"Talks will take place in the second week of December.", R, "the second week of December", "DATE", "2025-W50",
     "2025-12-08", "2025-12-14", "week"},
    {"In the first week of June, troops left.", R, "the first week of June", "DATE", "2025-W23", "2025-06-02",
     "2025-06-08", "week"},
    // the first month of a range takes its year from the range's end
    {"The figures cover the period from January to September.", R, "January", "DATE", "2025-01", "2025-01-01",
     "2025-01-31", "month"},
    {"Between November and February, the roads were closed.", R, "November", "DATE", "2024-11", "2024-11-01",
     "2024-11-30", "month"},
    {"Elections are scheduled for March.", R, "March", "DATE", "2026-03", "2026-03-01", "2026-03-31", "month"},
    {"The vote is planned for May.", R, "May", "DATE", "2026-05", "2026-05-01", "2026-05-31", "month"},
    {"The offensive is expected in the spring.", R, "the spring", "DATE", "2026-SP", "2026-03-01", "2026-05-31",
     "season"},
    {"The harvest failed last fall.", R, "last fall", "DATE", "2024-FA", "2024-09-01", "2024-11-30", "season"},
    {"A new push is likely next summer.", R, "next summer", "DATE", "2026-SU", "2026-06-01", "2026-08-31", "season"},
    {"Revenue fell in the third quarter of 2024.", R, "the third quarter of 2024", "DATE", "2024-Q3", "2024-07-01",
     "2024-09-30", "quarter"},
    {"Output grew in Q3 2025.", R, "Q3 2025", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", "quarter"},
    {"Revenue in the September quarter jumped 24%.", "2017-10-26", "September quarter", "DATE", "2017-Q3", "2017-07-01",
     "2017-09-30", "quarter"},
    {"For the quarter ended Aug. 31, the company lost money.", "2013-09-19", "the quarter", "DATE", "2013-Q3",
     "2013-07-01", "2013-09-30", "quarter"},
    {"The hearing is set for the week of March 6.", R, "the week of March 6", "DATE", "2026-W10", "2026-03-02",
     "2026-03-08", "week"},
    {"Cases peaked in the week from Jan. 30 to Feb. 5.", "2006-03-03", "the week from Jan. 30 to Feb. 5", "DATE",
     "2006-01-30", "2006-01-30", "2006-02-05", "day"},
    {"MSF treated 3,200 patients in the week to 12 January.", "2025-01-20", "the week to 12 January", "DATE",
     "2025-W02", "2025-01-06", "2025-01-12", "week"},
    {"Parliament votes in the week beginning 9 March.", "2026-02-11", "the week beginning 9 March", "DATE", "2026-W11",
     "2026-03-09", "2026-03-15", "week"},
    // months joined by a hyphen are one span: a quarter or a half when they make one
    {"In the January-March quarter, the economy grew.", "2026-05-29", "January-March", "DATE", "2026-Q1", "2026-01-01",
     "2026-03-31", "quarter"},
    {"Exports fell in May-August 2025.", R, "May-August 2025", "DATE", "2025-05", "2025-05-01", "2025-08-31", "month"},
    {"The November-February rains failed.", "2026-05-29", "November-February", "DATE", "2025-11", "2025-11-01",
     "2026-02-28", "month"},
    {"Growth is expected to slow in the quarter ending March.", "2026-03-19", "the quarter", "DATE", "2026-Q1",
     "2026-01-01", "2026-03-31", "quarter"},
    {"Net profit rose 18 per cent in FY23.", R, "FY23", "DATE", "2023", "2023-01-01", "2023-12-31", "year"},
    {"The deficit target for FY2025-26 is 4.4 per cent.", R, "FY2025-26", "DATE", "2025", "2025-01-01", "2025-12-31",
     "year"},
    {"Troops withdrew last winter.", "2025-01-09", "last winter", "DATE", "2023-WI", "2023-12-01", "2024-02-29",
     "season"},
    {"The town was founded in the year 2000.", R, "the year 2000", "DATE", "2000", "2000-01-01", "2000-12-31", "year"},
    {"Officials said the plant closed at the end of the year.", "2026-01-02", "the end of the year", "DATE", "2025",
     "2025-09-01", "2025-12-31", "year"},
    {"Output fell in H1 2024.", R, "H1 2024", "DATE", "2024-H1", "2024-01-01", "2024-06-30", "year"},
    {"The firm expects growth in H2.", R, "H2", "DATE", "2025-H2", "2025-07-01", "2025-12-31", "year"},
    {"Exports dropped in the first quarter.", R, "the first quarter", "DATE", "2025-Q1", "2025-01-01", "2025-03-31",
     "quarter"},
    {"Fourth-quarter deliveries will rise.", R, "Fourth-quarter", "DATE", "2025-Q4", "2025-10-01", "2025-12-31",
     "quarter"},
    {"Losses widened in the first half of 2025.", R, "the first half of 2025", "DATE", "2025-H1", "2025-01-01",
     "2025-06-30", "year"},
    {"Reinforcements arrived in mid-November.", R, "mid-November", "DATE", "2025-11", "2025-11-11", "2025-11-20",
     "month"},
    {"The drone attacks started in early October.", R, "early October", "DATE", "2025-10", "2025-10-01", "2025-10-10",
     "month"},
    {"Prices peaked in late September.", R, "late September", "DATE", "2025-09", "2025-09-21", "2025-09-30", "month"},
    {"The army hopes to withdraw by late 2026.", R, "late 2026", "DATE", "2026", "2026-09-01", "2026-12-31", "year"},
    // what lies ahead is not in a narrative already past
    {"Famine was declared in Zamzam in August 2024. It could spread by the end of the year.", R, "the end of the year",
     "DATE", "2025", "2025-09-01", "2025-12-31", "year"},
    // an intention places the date after it, not the one before
    {"The two sides last held talks in Istanbul in July, when they agreed to swap prisoners.", R, "July", "DATE",
     "2025-07", "2025-07-01", "2025-07-31", "month"},
    {"The mission will end at the end of the year.", R, "the end of the year", "DATE", "2025", "2025-09-01",
     "2025-12-31", "year"},
    {"Exports recovered by the end of 2024.", R, "the end of 2024", "DATE", "2024", "2024-09-01", "2024-12-31", "year"},
    {"The offer expires at the beginning of March.", R, "the beginning of March", "DATE", "2026-03", "2026-03-01",
     "2026-03-10", "month"},
    {"Clashes erupted around Christmas.", "2026-01-10", "Christmas", "DATE", "2025-12-25", "2025-12-25", "2025-12-25",
     "day"},
    {"Rockets were fired on New Year's Eve.", "2026-01-10", "New Year's Eve", "DATE", "2025-12-31", "2025-12-31",
     "2025-12-31", "day"},
    {"More strikes could follow in the new year.", "2019-09-25", "the new year", "DATE", "2020", "2020-01-01",
     "2020-12-31", "year"},
    {"Contractors worked through the new year.", "2008-01-09", "the new year", "DATE", "2008", "2008-01-01",
     "2008-12-31", "year"},
    {"Emergency rooms stayed full from late October through New Year, officials said.", "2023-01-17", "New Year",
     "DATE", "2023-01-01", "2023-01-01", "2023-01-01", "day"},
    {"\"I started right after New Year's,\" she said.", "2001-05-23", "New Year's", "DATE", "2001-01-01", "2001-01-01",
     "2001-01-01", "day"},
    {"He will switch to the new 800cc Honda next season.", "2006-10-31", "next season", "DATE", "2007", "2007-01-01",
     "2007-12-31", "year"},
    {"Leicester finished fifth last season.", "2017-03-11", "last season", "DATE", "2016", "2016-01-01", "2016-12-31",
     "year"},
    {"Last season's champions clinched the title on the final day in April.", "2025-08-08", "April", "DATE", "2025-04",
     "2025-04-01", "2025-04-30", "month"},
    {"Fighting paused over Easter 2024.", R, "Easter 2024", "DATE", "2024-03-31", "2024-03-31", "2024-03-31", "day"},
    {"A missile hit the city centre on Palm Sunday.", R, "Palm Sunday", "DATE", "2025-04-13", "2025-04-13",
     "2025-04-13", "day"},
    {"The pope will celebrate the Holy Thursday Mass in a prison.", "2013-03-19", "Holy Thursday", "DATE", "2013-03-28",
     "2013-03-28", "2013-03-28", "day"},
    {"Churches were shelled on Good Friday.", R, "Good Friday", "DATE", "2025-04-18", "2025-04-18", "2025-04-18",
     "day"},
    // Islamic feasts, on the tabular calendar; Ramadan is its lunar month
    {"During Ramadan 2024, aid deliveries fell.", R, "Ramadan 2024", "DATE", "2024-03", "2024-03-11", "2024-04-09",
     "month"},
    {"The truce will hold through Ramadan.", R, "Ramadan", "DATE", "2026-02", "2026-02-18", "2026-03-19", "month"},
    {"Fighting paused over Eid al-Fitr.", R, "Eid al-Fitr", "DATE", "2025-03-30", "2025-03-30", "2025-03-30", "day"},
    {"Pilgrims gathered for Eid ul-Adha.", R, "Eid ul-Adha", "DATE", "2025-06-06", "2025-06-06", "2025-06-06", "day"},
    {"Strikes resumed on Easter Monday.", R, "Easter Monday", "DATE", "2025-04-21", "2025-04-21", "2025-04-21", "day"},
    {"A truce was called for Orthodox Easter 2024.", R, "Orthodox Easter 2024", "DATE", "2024-05-05", "2024-05-05",
     "2024-05-05", "day"},
    {"Shelling eased over Orthodox Christmas.", R, "Orthodox Christmas", "DATE", "2025-01-07", "2025-01-07",
     "2025-01-07", "day"},
    {"The accord was reached on Thanksgiving Day 2023.", R, "Thanksgiving Day 2023", "DATE", "2023-11-23", "2023-11-23",
     "2023-11-23", "day"},
    // named days by their rule: a fixed date, a weekday of a month, a day from Easter, the Persian and Hebrew years
    {"Shoppers queued on Boxing Day.", R, "Boxing Day", "DATE", "2024-12-26", "2024-12-26", "2024-12-26", "day"},
    {"The parade was held on Memorial Day.", R, "Memorial Day", "DATE", "2025-05-26", "2025-05-26", "2025-05-26",
     "day"},
    {"Congress returns after Labor Day.", "2025-08-20", "Labor Day", "DATE", "2025-09-01", "2025-09-01", "2025-09-01",
     "day"},
    {"Marchers filled the square on May Day.", R, "May Day", "DATE", "2025-05-01", "2025-05-01", "2025-05-01", "day"},
    {"Wreaths were laid on Remembrance Sunday.", R, "Remembrance Sunday", "DATE", "2025-11-09", "2025-11-09",
     "2025-11-09", "day"},
    {"The offices close for Martin Luther King Jr. Day.", R, "Martin Luther King Jr. Day", "DATE", "2026-01-19",
     "2026-01-19", "2026-01-19", "day"},
    {"The pub was packed on St. Patrick's Day.", R, "St. Patrick's Day", "DATE", "2025-03-17", "2025-03-17",
     "2025-03-17", "day"},
    {"The budget is due before Presidents' Day.", R, "Presidents' Day", "DATE", "2026-02-16", "2026-02-16",
     "2026-02-16", "day"},
    {"Lent begins on Ash Wednesday.", R, "Ash Wednesday", "DATE", "2026-02-18", "2026-02-18", "2026-02-18", "day"},
    {"The service was held at Pentecost 2024.", R, "Pentecost 2024", "DATE", "2024-05-19", "2024-05-19", "2024-05-19",
     "day"},
    {"Families will gather at Nowruz.", R, "Nowruz", "DATE", "2026-03-21", "2026-03-21", "2026-03-21", "day"},
    {"Sirens sounded across Israel on Yom Kippur.", R, "Yom Kippur", "DATE", "2025-10-02", "2025-10-02", "2025-10-02",
     "day"},
    {"Militants attacked on Simchat Torah 2023.", R, "Simchat Torah 2023", "DATE", "2023-10-07", "2023-10-07",
     "2023-10-07", "day"},
    {"Candles will be lit for Hanukkah.", R, "Hanukkah", "DATE", "2025-12-15", "2025-12-15", "2025-12-15", "day"},
    {"The hostages may be home by Passover.", R, "Passover", "DATE", "2026-04-02", "2026-04-02", "2026-04-02", "day"},
    {"Rosh Hashanah 2024 fell on a Thursday.", R, "Rosh Hashanah 2024", "DATE", "2024-10-03", "2024-10-03",
     "2024-10-03", "day"},
    // feasts that follow the moon: the new moon in Beijing, the Indian evening of the new moon, Phalguna's full moon
    {"Markets in Hong Kong closed for Lunar New Year 2023.", R, "Lunar New Year 2023", "DATE", "2023-01-22",
     "2023-01-22", "2023-01-22", "day"},
    {"Sales peaked before Chinese New Year 2026.", R, "Chinese New Year 2026", "DATE", "2026-02-17", "2026-02-17",
     "2026-02-17", "day"},
    {"Delhi's air worsened after Diwali 2023.", R, "Diwali 2023", "DATE", "2023-11-12", "2023-11-12", "2023-11-12",
     "day"},
    {"Crowds threw coloured powder on Holi 2024.", R, "Holi 2024", "DATE", "2024-03-25", "2024-03-25", "2024-03-25",
     "day"},
    {"Traders were busy ahead of Dhanteras on Monday.", "2011-10-22", "Monday", "DATE", "2011-10-24", "2011-10-24",
     "2011-10-24", "day"},
    {"Children went out on Hallowe'en.", R, "Hallowe'en", "DATE", "2025-10-31", "2025-10-31", "2025-10-31", "day"},
    {"Rail travel peaked before the Spring Festival.", R, "Spring Festival", "DATE", "2025-01-29", "2025-01-29",
     "2025-01-29", "day"},
    {"Families met on Lunar New Year's Eve 2016.", R, "Lunar New Year's Eve 2016", "DATE", "2016-02-07", "2016-02-07",
     "2016-02-07", "day"},
    {"Mooncakes sold out before the Mid-Autumn Festival 2024.", R, "Mid-Autumn Festival 2024", "DATE", "2024-09-17",
     "2024-09-17", "2024-09-17", "day"},
    {"Families will gather for the Day of the Dead.", R, "Day of the Dead", "DATE", "2026-11-02", "2026-11-02",
     "2026-11-02", "day"},
    // a Monday holiday's weekend is the one it ends; a Thursday's, the one after
    {"Roads were jammed over the Memorial Day weekend.", R, "Memorial Day weekend", "DATE", "2025-W21-WE", "2025-05-24",
     "2025-05-25", "week"},
    {"Flights are full for the Thanksgiving weekend.", R, "Thanksgiving weekend", "DATE", "2025-W48-WE", "2025-11-29",
     "2025-11-30", "week"},

    // Weekdays, resolved by tense
    {"On Tuesday, the army fired four missiles.", R, "Tuesday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"},
    {"Dmitriev said in an interview on Monday that he agreed.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    // "this Monday" is in the current week, unless the tense puts it on the other side of today
    {"Rebels attacked the town this Saturday.", "2025-03-10", "this Saturday", "DATE", "2025-03-08", "2025-03-08",
     "2025-03-08", "day"},
    {"The envoy will arrive this Monday.", "2025-03-16", "this Monday", "DATE", "2025-03-17", "2025-03-17",
     "2025-03-17", "day"},
    {"The envoy will arrive this Friday.", "2025-03-10", "this Friday", "DATE", "2025-03-14", "2025-03-14",
     "2025-03-14", "day"},
    {"This Wednesday, the envoy was scheduled to meet the president.", R, "This Wednesday", "DATE", "2025-11-19",
     "2025-11-19", "2025-11-19", "day"},
    // the eve of a date the text names
    {"Traffic jammed the roads on the eve of Christmas Day.", R, "the eve of Christmas Day", "DATE", "2024-12-24",
     "2024-12-24", "2024-12-24", "day"},
    {"Talks will resume on the eve of 15 December.", R, "the eve of 15 December", "DATE", "2025-12-14", "2025-12-14",
     "2025-12-14", "day"},
    // "Thursday week" and "a week on Saturday": the weekday a week after the coming one
    {"The trial was adjourned until Thursday week.", R, "Thursday week", "DATE", "2025-11-27", "2025-11-27",
     "2025-11-27", "day"},
    {"The squad flies out a week on Saturday.", R, "a week on Saturday", "DATE", "2025-11-29", "2025-11-29",
     "2025-11-29", "day"},
    {"The Test starts a fortnight on Thursday.", R, "a fortnight on Thursday", "DATE", "2025-12-04", "2025-12-04",
     "2025-12-04", "day"},
    // a day still awaited: "will" after its noun, "for Monday's launch", the subject of "is", a present verb of
    // schedules before its object
    {"The winner of Sunday's runoff will be sworn in next month.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23",
     "2025-11-23", "day"},
    {"NASA is go for Monday's launch.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24", "day"},
    {"Analysts noted that Friday is a holiday in the region.", R, "Friday", "DATE", "2025-11-21", "2025-11-21",
     "2025-11-21", "day"},
    {"Argentina play their first game on Tuesday in Kansas City.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25",
     "2025-11-25", "day"},
    {"Chinese markets reopen on Monday.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24", "day"},
    {"A yellow warning runs from midnight on Friday until noon on Sunday.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"The new phones go on sale Friday in eight countries.", R, "Friday", "DATE", "2025-11-21", "2025-11-21",
     "2025-11-21", "day"},
    {"Canada said over the weekend it would not send a team.", R, "the weekend", "DATE", "2025-W46-WE", "2025-11-15",
     "2025-11-16", "week"},
    {"Savings are due by the end of the 2026-27 financial year.", R, "the end of the 2026-27", "DATE", "2026",
     "2027-05-01", "2027-12-31", "year"},
    {"The raid began at 2200 Sunday.", R, "2200 Sunday", "TIME", "2025-11-16T22:00", "2025-11-16", "2025-11-16", "day"},
    // the day a forecast is for lies ahead
    {"Forecasters on Tuesday gave a 70 percent chance of good weather for Saturday morning.", R, "Saturday morning",
     "TIME", "2025-11-22TMO", "2025-11-22", "2025-11-22", "day"},
    {"The sale runs to 7 p.m. Friday.", R, "7 p.m. Friday", "TIME", "2025-11-21T19:00", "2025-11-21", "2025-11-21",
     "day"},
    // a range's bare start takes the half of the day its end names, and the day that dates the end
    {"The sale runs from 4 to 7 p.m. Friday.", R, "4", "TIME", "2025-11-21T16:00", "2025-11-21", "2025-11-21", "day"},
    {"The clinic opens 7-11 a.m. on Friday.", R, "7", "TIME", "2025-11-21T07:00", "2025-11-21", "2025-11-21", "day"},
    {"The shop opens 11 to 1 p.m. on Friday.", R, "11", "TIME", "2025-11-21T11:00", "2025-11-21", "2025-11-21", "day"},
    // a weekday beside the date it falls on takes it
    {"On Tuesday morning, Jan. 6, the first tower folded.", "1998-01-22", "Tuesday morning", "TIME", "1998-01-06TMO",
     "1998-01-06", "1998-01-06", "day"},
    {"The storm hit on Sept. 13, a Saturday.", "1998-01-22", "Saturday", "DATE", "1997-09-13", "1997-09-13",
     "1997-09-13", "day"},
    // a participle that ends a compound describes; an intention named as an object leaves its verb to date the day
    {"We're all going to be a little jet-lagged by February.", R, "February", "DATE", "2026-02", "2026-02-01",
     "2026-02-28", "month"},
    {"Profit beat the 1.9 billion it forecast in May.", R, "May", "DATE", "2025-05", "2025-05-01", "2025-05-31",
     "month"},
    {"Two bidders extended their offers to acquire the Toronto-based maker Friday.", R, "Friday", "DATE", "2025-11-14",
     "2025-11-14", "2025-11-14", "day"},
    {"The United States begin their campaign against Paraguay in Los Angeles on Friday.", R, "Friday", "DATE",
     "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"The envoy will meet the minister on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21",
     "day"},
    {"The talks collapsed on Friday.", R, "Friday", "DATE", "2025-11-14", "2025-11-14", "2025-11-14", "day"},
    // a weekday right beside a present "is" or "are" is the coming one
    {"The deadline for the withdrawal is Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21",
     "day"},
    {"The next round of talks are set for Monday.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24",
     "day"},
    {"The city is under curfew after clashes on Monday.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    // a weekday right after a verb in the simple present, with no other tense near, lies ahead
    // a deadline is ahead, unless a past perfect tells of the time before it
    {"Kyiv had until Thursday to respond to the plan.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20", "2025-11-20",
     "day"},
    {"Until Thursday, the two sides had refused to meet.", R, "Thursday", "DATE", "2025-11-13", "2025-11-13",
     "2025-11-13", "day"},
    {"The council votes Tuesday on the budget.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25", "2025-11-25", "day"},
    {"The president returns home on Saturday.", R, "Saturday", "DATE", "2025-11-22", "2025-11-22", "2025-11-22", "day"},
    {"He and Palestinian leader Yasser Arafat meet separately Monday with the envoy.", R, "Monday", "DATE",
     "2025-11-24", "2025-11-24", "2025-11-24", "day"},
    {"He met Putin and Xi Monday in Beijing.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    // a past verb whose day follows with "on" dates that verb, whatever the rest of the sentence says
    {"The grid operator said on Monday it would cut power on Thursday.", R, "Monday", "DATE", "2025-11-17",
     "2025-11-17", "2025-11-17", "day"},
    {"The grid operator said on Monday it would cut power on Thursday.", R, "Thursday", "DATE", "2025-11-20",
     "2025-11-20", "2025-11-20", "day"},
    {"The minister resigned on Monday and will leave office on Friday.", R, "Monday", "DATE", "2025-11-17",
     "2025-11-17", "2025-11-17", "day"},
    {"The minister, who died on Monday, will be buried on Saturday.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    {"The pause will begin on Sunday, he said late on Wednesday.", R, "Wednesday", "DATE", "2025-11-19", "2025-11-19",
     "2025-11-19", "day"},
    {"The pause will begin on Sunday, he said late on Tuesday.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23",
     "2025-11-23", "day"},
    {"The minister said Monday would be a day of mourning.", R, "Monday", "DATE", "2025-11-24", "2025-11-24",
     "2025-11-24", "day"},
    // a date set before the subject dates the main verb, not what that verb reports
    {"On Monday, the envoy said talks would resume next week.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    {"On Friday, the talks will resume in Geneva.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21",
     "day"},
    {"On Monday, talks that began in May will end.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24",
     "day"},
    {"On March 19, the maker of the food, Menu Foods, which is based in Ontario, recalled its products.", R, "March 19",
     "DATE", "2025-03-19", "2025-03-19", "2025-03-19", "day"},
    // a clause joined by "and" or "but" has its own tense
    {"The bank raised rates in January and is expected to move again in July.", "2026-05-29", "January", "DATE",
     "2026-01", "2026-01-01", "2026-01-31", "month"},
    {"The delegations had met over the weekend and would exchange proposals by Wednesday.", "2026-05-29", "the weekend",
     "DATE", "2026-W21-WE", "2026-05-23", "2026-05-24", "week"},
    {"In September, the firm announced plans to buy the unit.", R, "September", "DATE", "2025-09", "2025-09-01",
     "2025-09-30", "month"},
    {"By Friday, the rebels will have left.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Microsoft reported lower-than-expected results on Tuesday.", R, "Tuesday", "DATE", "2025-11-18", "2025-11-18",
     "2025-11-18", "day"},
    {"Security was tightened in Atlanta, where the Olympic Games open Friday night.", R, "Friday night", "TIME",
     "2025-11-21TNI", "2025-11-21", "2025-11-21", "day"},
    {"Rumsfeld said the fighting could last weeks.", R, "weeks", "DURATION", "PXW", "", "", "unknown"},
    {"A missile struck a power plant on Friday, and the operator is expected to restore supplies.", R, "Friday", "DATE",
     "2025-11-14", "2025-11-14", "2025-11-14", "day"},
    // a comparison with a plan moves no date and tells no tense
    {"The cabinet is expected to vote on Friday, a day later than planned.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"The cabinet is expected to vote on Friday, a day later than planned.", R, "a day", "DURATION", "P1D", "", "",
     "unknown"},
    // a participle between a number and its noun is an adjective, not the sentence's verb
    // (a range of weekdays is two expressions; the first keeps the range for its interval)
    {"Votes will be held in four occupied regions from Friday to Tuesday.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-25", "day"},
    {"Votes will be held in four occupied regions from Friday to Tuesday.", R, "Tuesday", "DATE", "2025-11-25",
     "2025-11-25", "2025-11-25", "day"},
    {"Two killed on Monday in a strike.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    // what came after a day is past, so the day is too, though it falls five weeks after the report
    {"The strikes resumed after Christmas.", R, "Christmas", "DATE", "2024-12-25", "2024-12-25", "2024-12-25", "day"},
    {"The strikes will resume after Christmas.", R, "Christmas", "DATE", "2025-12-25", "2025-12-25", "2025-12-25",
     "day"},
    {"Flights out of Moscow sold out within hours.", R, "hours", "DURATION", "PTXH", "", "", "unknown"},
    {"The talks continue on Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20", "2025-11-20", "day"},
    {"The funeral takes place on Saturday.", R, "Saturday", "DATE", "2025-11-22", "2025-11-22", "2025-11-22", "day"},
    {"The summit, set for Sunday, may be delayed.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23", "2025-11-23",
     "day"},
    {"The truce ends at midnight on Sunday.", R, "midnight", "TIME", "2025-11-23T24:00", "2025-11-23", "2025-11-23",
     "day"},
    {"Polls close at 8 p.m. on Sunday.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23", "2025-11-23", "day"},
    {"Talks in Doha on Monday ended without a deal.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    // names and participles that tell no tense; planning as an act in the past
    {"Fed officials meet Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20", "2025-11-20", "day"},
    {"The Fed meeting ending Thursday is expected to bring a cut.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20",
     "2025-11-20", "day"},
    {"On Tuesday, the court scheduled a hearing.", R, "Tuesday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"},
    {"The judge set sentencing for April 12 for a manager convicted last month of fraud.", R, "April 12", "DATE",
     "2026-04-12", "2026-04-12", "2026-04-12", "day"},
    {"The court scheduled the hearing for Tuesday.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25", "2025-11-25",
     "day"},
    {"Schools will remain closed on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Rain will continue until Tues.", R, "Tues", "DATE", "2025-11-25", "2025-11-25", "2025-11-25", "day"},
    {"The governor will visit the area day after tomorrow.", R, "day after tomorrow", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"The envoy will arrive a week from today.", R, "a week from today", "DATE", "2025-11-26", "2025-11-26",
     "2025-11-26", "day"},
    {"Talks resume three days from now.", R, "three days from now", "DATE", "2025-11-22", "2025-11-22", "2025-11-22",
     "day"},
    {"The vote is two weeks from Friday.", R, "two weeks from Friday", "DATE", "2025-12-05", "2025-12-05", "2025-12-05",
     "day"},
    {"The minister resigned on Monday last week.", R, "Monday last week", "DATE", "2025-11-10", "2025-11-10",
     "2025-11-10", "day"},
    {"Talks resume Friday next week.", R, "Friday next week", "DATE", "2025-11-28", "2025-11-28", "2025-11-28", "day"},
    {"The cabinet will meet on Wednesday next.", R, "Wednesday next", "DATE", "2025-11-26", "2025-11-26", "2025-11-26",
     "day"},
    {"Ministers met union leaders on Wednesday last.", R, "Wednesday last", "DATE", "2025-11-12", "2025-11-12",
     "2025-11-12", "day"},
    {"The operation ended at 0630 hrs on Tuesday.", R, "0630 hrs", "TIME", "2025-11-18T06:30", "2025-11-18",
     "2025-11-18", "day"},
    {"He did 1800 hours of community work.", R, "1800 hours", "DURATION", "PT1800H", "", "", "unknown"},
    {"Truce Holds For Three Days After Talks", R, "Three Days", "DURATION", "P3D", "", "", "unknown"},
    {"The strike came at 14.30 local time on Tuesday.", R, "14.30 local time", "TIME", "2025-11-18T14:30", "2025-11-18",
     "2025-11-18", "day"},
    // A participle that describes its noun tells no tense; what is ahead stays ahead
    {"Two astronauts are set to lift off on Wednesday aboard a privately built capsule.", "2020-05-26", "Wednesday",
     "DATE", "2020-05-27", "2020-05-27", "2020-05-27", "day"},
    {"They are set to fly on Wednesday, the first crewed launch in years.", "2020-05-26", "Wednesday", "DATE",
     "2020-05-27", "2020-05-27", "2020-05-27", "day"},
    {"Forecasters warned of storm surges this weekend.", "2017-09-08", "this weekend", "DATE", "2017-W36-WE",
     "2017-09-09", "2017-09-10", "week"},
    {"Forecasters warned of storm surges this weekend.", "2017-09-05", "this weekend", "DATE", "2017-W35-WE",
     "2017-09-02", "2017-09-03", "week"},
    {"The airline will report fourth-quarter results next week.", "2018-02-20", "fourth-quarter", "DATE", "2017-Q4",
     "2017-10-01", "2017-12-31", "quarter"},
    {"The company will report its results in the fourth quarter.", "2018-02-20", "the fourth quarter", "DATE",
     "2018-Q4", "2018-10-01", "2018-12-31", "quarter"},
    {"The ministry published a list of prisoners to be released on Sunday.", "2025-01-18", "Sunday", "DATE",
     "2025-01-19", "2025-01-19", "2025-01-19", "day"},
    {"Donald Trump said he might travel to the region this weekend and address Israel's parliament on Monday.",
     "2025-10-09", "Monday", "DATE", "2025-10-13", "2025-10-13", "2025-10-13", "day"},
    {"Russia lost 1,030 troops in the past day.", R, "the past day", "DURATION", "P1D", "2025-11-19", "2025-11-19",
     "day"},
    {"Over the last day, 40 clashes took place.", R, "the last day", "DURATION", "P1D", "2025-11-19", "2025-11-19",
     "day"},
    // A length told in two parts is one length
    {"The final lasted 4 hours 57 minutes.", R, "4 hours 57 minutes", "DURATION", "PT4H57M", "", "", "unknown"},
    {"The pain will pass by the end of the decade.", R, "the end of the decade", "DATE", "202", "2027-01-01",
     "2029-12-31", "decade"},
    {"Stocks fell 23 percent in a single day.", R, "a single day", "DURATION", "P1D", "", "", "unknown"},
    {"He won in two hours and 42 minutes.", R, "two hours and 42 minutes", "DURATION", "PT2H42M", "", "", "unknown"},
    {"She won the stage in one hour, four minutes and 13 seconds.", R, "one hour, four minutes and 13 seconds",
     "DURATION", "PT1H4M13S", "", "", "unknown"},
    {"He held on by 1 minute, 40 seconds.", R, "1 minute, 40 seconds", "DURATION", "PT1M40S", "", "", "unknown"},
    {"The meeting lasted 1.5 hours.", R, "1.5 hours", "DURATION", "PT1H30M", "", "", "unknown"},
    {"Patients lived a median of 12.4 months.", R, "12.4 months", "DURATION", "P12.4M", "", "", "unknown"},
    {"Follow-up ran to a median of 31.5 months.", R, "31.5 months", "DURATION", "P31.5M", "", "", "unknown"},
    {"The tests took 2.25 hours.", R, "2.25 hours", "DURATION", "PT2.25H", "", "", "unknown"},
    {"He signed a two-year contract with the option of a further year.", R, "a further year", "DURATION", "P1Y", "", "",
     "unknown"},
    {"Dated this 20th day of February 2025.", R, "20th day of February 2025", "DATE", "2025-02-20", "2025-02-20",
     "2025-02-20", "day"},
    {"Interest will be payable semi-annually in arrears.", R, "semi-annually", "SET", "P6M", "", "", "unknown"},
    {"Bidders must wait a standstill period of 14 calendar days.", R, "14 calendar days", "DURATION", "P14D", "", "",
     "unknown"},
    {"An orbit takes about 365.25 days.", R, "about 365.25 days", "DURATION", "P365.25D", "", "", "unknown"},
    {"He called at 4:10 in the morning.", R, "4:10 in the morning", "TIME", "2025-11-19T04:10", "2025-11-19",
     "2025-11-19", "day"},
    {"The statement was issued at 11.20 this morning.", R, "11.20 this morning", "TIME", "2025-11-19T11:20",
     "2025-11-19", "2025-11-19", "day"},
    {"He served 1.5 years.", R, "1.5 years", "DURATION", "P1Y6M", "", "", "unknown"},
    {"Schools will stay closed for at least another week.", R, "at least another week", "DURATION", "P1W", "", "",
     "unknown"},
    {"The siege lasted two years and three months.", R, "two years and three months", "DURATION", "P2Y3M", "", "",
     "unknown"},
    {"The talks lasted 2 days and 300 people died.", R, "2 days", "DURATION", "P2D", "", "", "unknown"},
    {"The invasion began on 24.02.2022.", R, "24.02.2022", "DATE", "2022-02-24", "2022-02-24", "2022-02-24", "day"},
    {"Losses from 08:00 17 November to 08:00 18 November rose.", R, "08:00 17 November", "TIME", "2025-11-17T08:00",
     "2025-11-17", "2025-11-17", "day"},
    {"The city declared three days of mourning starting Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20",
     "2025-11-20", "day"},
    {"Governments raced to evacuate citizens before the ceasefire expires at dawn on Friday.", R, "Friday", "DATE",
     "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Troops withdrew when the truce began on Monday.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    {"The second war erupted on 27 September 2020 and lasted until 10 November.", R, "10 November", "DATE",
     "2020-11-10", "2020-11-10", "2020-11-10", "day"},
    {"The offer was extended until 28 November.", R, "28 November", "DATE", "2025-11-28", "2025-11-28", "2025-11-28",
     "day"},
    {"Parliament decided Saturday to hold new elections on May 25.", "2014-02-22", "May 25", "DATE", "2014-05-25",
     "2014-05-25", "2014-05-25", "day"},
    {"All voted to support the republic Friday.", "2014-02-22", "Friday", "DATE", "2014-02-21", "2014-02-21",
     "2014-02-21", "day"},
    {"Protesters camped through a winter in which temperatures fell below freezing.", "2014-02-22", "winter", "DATE",
     "2013-WI", "2013-12-01", "2014-02-28", "season"},
    {"The war lasted from 1775 to 1783.", R, "1775", "DATE", "1775", "1775-01-01", "1775-12-31", "year"},
    {"In 1781, Cornwallis surrendered.", R, "1781", "DATE", "1781", "1781-01-01", "1781-12-31", "year"},
    {"Firing stopped with effect from 1700 Indian time on Saturday.", "2025-05-10", "1700 Indian time", "TIME",
     "2025-05-10T17:00", "2025-05-10", "2025-05-10", "day"},
    // A soft hyphen or zero-width space left in a word by a web page
    {"Shelling resumed in Decem\u00adber 2024.", R, "Decem\u00adber 2024", "DATE", "2024-12", "2024-12-01",
     "2024-12-31", "month"},
    {"Rebels attacked on Satur\u200bday.", R, "Satur\u200bday", "DATE", "2025-11-15", "2025-11-15", "2025-11-15",
     "day"},
    // A comma after the date closes its clause: the verb before the date speaks first
    {"Qatar said the pause would begin at 7 a.m. on Friday, with the first group of hostages freed at 4 p.m.", R,
     "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Trump had announced the truce on Monday night, saying Iran would stop firing first.", R, "Monday night", "TIME",
     "2025-11-17TNI", "2025-11-17", "2025-11-17", "day"},
    // A clock range takes the day named after its end, and the day resolves as the times it dates
    {"Power was cut from 6am until 2pm on Tuesday.", R, "6am", "TIME", "2025-11-18T06:00", "2025-11-18", "2025-11-18",
     "day"},
    {"Power was cut from 6am until 2pm on Tuesday.", R, "2pm", "TIME", "2025-11-18T14:00", "2025-11-18", "2025-11-18",
     "day"},
    {"Power will be cut from 6am until 2pm on Tuesday.", R, "6am", "TIME", "2025-11-25T06:00", "2025-11-25",
     "2025-11-25", "day"},
    {"Shops will open between 10 a.m. and 4 p.m. on Monday.", R, "10 a.m.", "TIME", "2025-11-24T10:00", "2025-11-24",
     "2025-11-24", "day"},
    {"The curfew was extended until 6am on Tuesday.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25", "2025-11-25",
     "day"},
    {"The curfew was extended until 6am on Tuesday.", R, "6am", "TIME", "2025-11-25T06:00", "2025-11-25", "2025-11-25",
     "day"},
    {"An officer told reporters at around 10 pm on Monday that the curfew will stay.", R, "around 10 pm", "TIME",
     "2025-11-17T22:00", "2025-11-17", "2025-11-17", "day"},
    {"He was stabbed at 3.20pm, on Friday, February 3, in the street.", "2023-06-01", "3.20pm", "TIME",
     "2023-02-03T15:20", "2023-02-03", "2023-02-03", "day"},
    {"He was stabbed at 3.20pm, on Friday, February 3, in the street.", "2023-06-01", "Friday, February 3", "DATE",
     "2023-02-03", "2023-02-03", "2023-02-03", "day"},
    {"Hostilities are due to stop on Thursday under a deal brokered by Egypt.", R, "Thursday", "DATE", "2025-11-20",
     "2025-11-20", "2025-11-20", "day"},
    {"The convoy was delayed on Tuesday due to fighting.", "2024-03-15", "Tuesday", "DATE", "2024-03-12", "2024-03-12",
     "2024-03-12", "day"},
    {"Hunger is projected to peak in September.", "2023-05-17", "September", "DATE", "2023-09", "2023-09-01",
     "2023-09-30", "month"},
    {"Diplomats said a truce might begin on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21",
     "day"},
    {"'Families may arrive soon,' the mayor said in a statement Saturday.", R, "Saturday", "DATE", "2025-11-15",
     "2025-11-15", "2025-11-15", "day"},
    {"The campaign will begin next Monday and last ten days.", R, "ten days", "DURATION", "P10D", "", "", "unknown"},
    {"A summit could happen on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"The grandparents could not be reached on Friday.", R, "Friday", "DATE", "2025-11-14", "2025-11-14", "2025-11-14",
     "day"},
    {"Teachers will return to their classrooms Friday after the governor signed a bill Tuesday.", R, "Friday", "DATE",
     "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Carmakers received loans this month, and the president-elect takes office on January 20.", R, "January 20",
     "DATE", "2026-01-20", "2026-01-20", "2026-01-20", "day"},
    {"He launched a mutiny on Friday night, and by Saturday afternoon his column was near Moscow.", R,
     "Saturday afternoon", "TIME", "2025-11-15TAF", "2025-11-15", "2025-11-15", "day"},
    {"The storm hovered over the island until Tuesday.", R, "Tuesday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"},
    {"The bank kept rates near zero until March.", R, "March", "DATE", "2025-03", "2025-03-01", "2025-03-31", "month"},
    {"He warned that fighting would resume if the hostages were not freed by Saturday.", R, "Saturday", "DATE",
     "2025-11-22", "2025-11-22", "2025-11-22", "day"},
    {"Zelenskiy to meet Biden on Friday", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Public Impeachment Hearings to Open Friday\n\nThe committee will hear witnesses.", R, "Friday", "DATE",
     "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Officials warned that the country could lose its status in March.", R, "March", "DATE", "2026-03", "2026-03-01",
     "2026-03-31", "month"},
    {"'Families may arrive soon,' the mayor said in a statement on Saturday.", R, "Saturday", "DATE", "2025-11-15",
     "2025-11-15", "2025-11-15", "day"},
    {"Speaking to reporters after his release on Saturday, he smiled.", R, "Saturday", "DATE", "2025-11-15",
     "2025-11-15", "2025-11-15", "day"},
    {"The pause may be extended beyond Monday.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24", "day"},
    {"The service had ruled that the boy must be returned, and set Friday as the deadline.", R, "Friday", "DATE",
     "2025-11-14", "2025-11-14", "2025-11-14", "day"},
    {"He must appear in court again on Tuesday.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25", "2025-11-25",
     "day"},
    {"The presidency passes to Ireland on 1 July.", "2026-02-11", "1 July", "DATE", "2026-07-01", "2026-07-01",
     "2026-07-01", "day"},
    {"Voting began as early as September.", "2026-02-11", "September", "DATE", "2025-09", "2025-09-01", "2025-09-30",
     "month"},
    {"Early voting began in some states as early as September.", "2024-11-05", "September", "DATE", "2024-09",
     "2024-09-01", "2024-09-30", "month"},
    {"The union said a strike could happen as early as December 22.", "2024-11-05", "December 22", "DATE", "2024-12-22",
     "2024-12-22", "2024-12-22", "day"},
    {"Voting could begin as early as September.", "2026-02-11", "September", "DATE", "2026-09", "2026-09-01",
     "2026-09-30", "month"},
    // ... but not after a verb of content, nor in a present relative clause told in the past
    {"The data covers July 1 to September 30.", "2025-10-05", "July 1", "DATE", "2025-07-01", "2025-07-01",
     "2025-09-30", "day"},
    {"The data covers July 1 to September 30 and will be updated quarterly.", "2025-10-05", "July 1", "DATE",
     "2025-07-01", "2025-07-01", "2025-09-30", "day"},
    {"Mr Trump, who takes office in January, said he hoped for change.", R, "January", "DATE", "2026-01", "2026-01-01",
     "2026-01-31", "month"},
    {"The aid package expires in September.", R, "September", "DATE", "2026-09", "2026-09-01", "2026-09-30", "month"},
    // What is expected lies ahead; a forecast made on a date is dated by it
    {"Many economists now expect the first cut in May.", "2024-01-31", "May", "DATE", "2024-05", "2024-05-01",
     "2024-05-31", "month"},
    {"Profit fell short of the range it projected in June.", "2013-09-19", "June", "DATE", "2013-06", "2013-06-01",
     "2013-06-30", "month"},
    {"The bank repaid its bailout money in December.", "2010-10-19", "December", "DATE", "2009-12", "2009-12-01",
     "2009-12-31", "month"},
    {"Cases could peak in April or May.", "2020-03-10", "May", "DATE", "2020-05", "2020-05-01", "2020-05-31", "month"},
    {"There has been almost no rain since spring.", "2018-11-09", "spring", "DATE", "2018-SP", "2018-03-01",
     "2018-05-31", "season"},
    {"NASA is preparing to launch two astronauts on Wednesday.", "2020-05-22", "Wednesday", "DATE", "2020-05-27",
     "2020-05-27", "2020-05-27", "day"},
    // A fixture in the simple present is ahead, an opponent or an age between its verb and its day
    {"Southampton host Manchester United on Sunday at 2pm, with 2,000 fans allowed back.", "2020-12-01", "Sunday",
     "DATE", "2020-12-06", "2020-12-06", "2020-12-06", "day"},
    // (a text that ends on a word, with no stop, is read to its last token and no further)
    {"Fans were allowed back, and Southampton host United on Sunday at St Mary's", "2020-12-01", "Sunday", "DATE",
     "2020-12-06", "2020-12-06", "2020-12-06", "day"},
    {"Messi turns 31 on Sunday.", "2018-06-21", "Sunday", "DATE", "2018-06-24", "2018-06-24", "2018-06-24", "day"},
    {"Burnley sit 16th with one game left, and the final round is on Sunday.", "2025-05-22", "Sunday", "DATE",
     "2025-05-25", "2025-05-25", "2025-05-25", "day"},
    {"Tokyo reported a record 5,042 new cases on Thursday, and athletes have been told to leave.", "2021-08-07",
     "Thursday", "DATE", "2021-08-05", "2021-08-05", "2021-08-05", "day"},
    {"Militants attacked the post around 1430 hours on Wednesday.", "2023-11-02", "around 1430 hours", "TIME",
     "2023-11-01T14:30", "2023-11-01", "2023-11-01", "day"},
    {"Last year, the heat peaked on May 28.", "2024-06-10", "May 28", "DATE", "2023-05-28", "2023-05-28", "2023-05-28",
     "day"},
    // What is asked for lies ahead; a present verb keeps its day ahead when the past is a clause after it
    {"Prosecutors asked for a trial in January.", "2023-04-16", "January", "DATE", "2024-01", "2024-01-01",
     "2024-01-31", "month"},
    {"The ban takes effect on Wednesday, a year after Parliament passed the law.", "2025-12-09", "Wednesday", "DATE",
     "2025-12-10", "2025-12-10", "2025-12-10", "day"},
    // A month after a present "is" or "are" lies ahead up to eight months out; a present perfect is done
    {"The election is in June.", R, "June", "DATE", "2026-06", "2026-06-01", "2026-06-30", "month"},
    {"Police have gathered evidence in the April shooting.", R, "April", "DATE", "2025-04", "2025-04-01", "2025-04-30",
     "month"},
    {"The mayor declared Monday a day of mourning.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24",
     "day"},
    {"The summit opens on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"The truce expires on Sunday.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23", "2025-11-23", "day"},
    {"The envoy arrives in Abu Dhabi on Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20", "2025-11-20",
     "day"},
    {"Air raids on Monday hit the port.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    // A weekday that opens the text, in a sentence with no tense: no word before it to read one from
    {"Tuesday: heavy shelling across the region.", R, "Tuesday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"},
    {"The court finally rules Monday on the appeal.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24",
     "day"},
    {"Protesters marched after clashes Monday.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    {"Shelling hit the towns Monday as talks resumed.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    // what follows the "that" of a reporting verb does not date the speech
    {"The army chief said in a televised speech on Tuesday that the army would crush the rebels.", R, "Tuesday", "DATE",
     "2025-11-18", "2025-11-18", "2025-11-18", "day"},
    {"The ministry announced on Monday that it will reopen the border.", R, "Monday", "DATE", "2025-11-17",
     "2025-11-17", "2025-11-17", "day"},
    // the day after "told reporters" dates the telling
    {"He told reporters on Monday he would attend the summit.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    {"He said talks on Monday would focus on energy.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24",
     "day"},
    // a relative clause in the simple present holds a plan, whatever the tense around it
    {"Trump, who hosts the Ukrainian leader at the White House on Friday, said talks would follow.", R, "Friday",
     "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    // a clause set off by commas after "who" or "which" has a tense of its own
    {"The president, who met the envoy on Sunday, will travel to Ankara on Friday.", R, "Sunday", "DATE", "2025-11-16",
     "2025-11-16", "2025-11-16", "day"},
    {"Kyiv, which was struck again on Saturday, will host the talks.", R, "Saturday", "DATE", "2025-11-15",
     "2025-11-15", "2025-11-15", "day"},
    {"The minister, who will fly to Riyadh on Friday, said the offer was dead.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"The vaccination round, which runs from Monday till Wednesday this week, is the first.", R, "Monday", "DATE",
     "2025-11-17", "2025-11-17", "2025-11-19", "day"},
    // an irregular past beside the day outweighs a future further out
    {"Rebels overran it Monday, and the army says it will answer.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    {"Police have arrested two men on Tuesday.", R, "Tuesday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18", "day"},
    {"Last Friday the rebels took the town.", R, "Last Friday", "DATE", "2025-11-14", "2025-11-14", "2025-11-14",
     "day"},
    {"Next Monday the court will rule.", R, "Next Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24", "day"},
    {"The rebels attacked on Sunday.", R, "Sunday", "DATE", "2025-11-16", "2025-11-16", "2025-11-16", "day"},
    {"The ministers are expected to sign on Saturday.", R, "Saturday", "DATE", "2025-11-22", "2025-11-22", "2025-11-22",
     "day"},
    {"Observers will arrive Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20", "2025-11-20", "day"},
    {"Observers arrived Thursday.", R, "Thursday", "DATE", "2025-11-13", "2025-11-13", "2025-11-13", "day"},
    {"The bridge reopened Wednesday.", R, "Wednesday", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},
    {"This Monday the talks broke down.", R, "This Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    {"This Friday the talks will resume.", R, "This Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"The vote is set for this coming Sunday.", R, "this coming Sunday", "DATE", "2025-11-23", "2025-11-23",
     "2025-11-23", "day"},
    {"Last Wednesday a convoy was ambushed.", R, "Last Wednesday", "DATE", "2025-11-12", "2025-11-12", "2025-11-12",
     "day"},
    {"Next Wednesday a convoy will leave.", R, "Next Wednesday", "DATE", "2025-11-26", "2025-11-26", "2025-11-26",
     "day"},
    // "at 8 a.m. on Sunday": the day after "on" dates the time, and stays an expression of its own
    {"The ceasefire took effect at 8 a.m. on Sunday.", R, "8 a.m.", "TIME", "2025-11-16T08:00", "2025-11-16",
     "2025-11-16", "day"},
    {"The ceasefire took effect at 8 a.m. on Sunday.", R, "Sunday", "DATE", "2025-11-16", "2025-11-16", "2025-11-16",
     "day"},
    {"The blast came at 1522 GMT on Thursday.", R, "1522 GMT", "TIME", "2025-11-13T15:22", "2025-11-13", "2025-11-13",
     "day"},
    {"Talks opened at noon on 12 November in Riyadh.", R, "noon", "TIME", "2025-11-12T12:00", "2025-11-12",
     "2025-11-12", "day"},
    // a past day with its time: both behind the report, though the day falls five weeks after it
    {"The truce took effect at 00:01 on 24 December.", R, "00:01", "TIME", "2024-12-24T00:01", "2024-12-24",
     "2024-12-24", "day"},
    {"The truce took effect at 6 a.m. on December 24.", R, "December 24", "DATE", "2024-12-24", "2024-12-24",
     "2024-12-24", "day"},
    {"The truce will take effect at 6 a.m. on December 24.", R, "6 a.m.", "TIME", "2025-12-24T06:00", "2025-12-24",
     "2025-12-24", "day"},
    {"The strike came at 5 p.m. on 9 Nov., officials said.", R, "5 p.m.", "TIME", "2025-11-09T17:00", "2025-11-09",
     "2025-11-09", "day"},
    {"The truce expired at midnight.", R, "midnight", "TIME", "2025-11-18T24:00", "2025-11-19", "2025-11-19", "day"},
    {"The tariffs took effect just after midnight.", R, "midnight", "TIME", "2025-11-19T00:00", "2025-11-19",
     "2025-11-19", "day"},
    {"The Senate passed it tonight, and the president signed it minutes before the midnight deadline.", R, "midnight",
     "TIME", "2025-11-19T24:00", "2025-11-19", "2025-11-19", "day"},
    {"The House passed it, hours before the money runs out at midnight.", R, "midnight", "TIME", "2025-11-19T24:00",
     "2025-11-19", "2025-11-19", "day"},
    {"Offices closed after the two sides failed to agree before the midnight deadline.", R, "midnight", "TIME",
     "2025-11-18T24:00", "2025-11-19", "2025-11-19", "day"},
    {"The truce will expire at midnight.", R, "midnight", "TIME", "2025-11-19T24:00", "2025-11-19", "2025-11-19",
     "day"},
    {"The prime minister spoke at 9.30am on Tuesday.", R, "9.30am", "TIME", "2025-11-18T09:30", "2025-11-18",
     "2025-11-18", "day"},
    {"The blast came at 3 a.m. local time (0100 GMT) on Tuesday.", R, "3 a.m. local time", "TIME", "2025-11-18T03:00",
     "2025-11-18", "2025-11-18", "day"},
    {"Officials met on Monday evening.", R, "Monday evening", "TIME", "2025-11-17TEV", "2025-11-17", "2025-11-17",
     "day"},
    {"Sirens sounded on Tuesday night.", R, "Tuesday night", "TIME", "2025-11-18TNI", "2025-11-18", "2025-11-18",
     "day"},
    {"The port was shelled early Tuesday.", R, "early Tuesday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"},
    {"The talks ran from Monday to Wednesday.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-19", "day"},
    {"The talks ran from Monday to Wednesday.", R, "Wednesday", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    // (the second day of a range is the first of its name after the first, read with what follows it)
    {"Divers surveyed the reef between Saturday and Monday.", "2016-03-29", "Monday", "DATE", "2016-03-28",
     "2016-03-28", "2016-03-28", "day"},
    {"The festival runs from Friday to Sunday evening.", "2021-06-16", "Sunday evening", "TIME", "2021-06-20TEV",
     "2021-06-20", "2021-06-20", "day"},
    {"Israel will seal off the West Bank from Thursday until Saturday night, April 14, the army said.", "2012-04-05",
     "Saturday night", "TIME", "2012-04-14TNI", "2012-04-14", "2012-04-14", "day"},
    // (a clock after the range is on its first day)
    {"The summit runs from Tuesday to Thursday. Leaders arrive at around 1pm.", "2025-07-07", "around 1pm", "TIME",
     "2025-07-08T13:00", "2025-07-08", "2025-07-08", "day"},
    // a clock's zone, named after it, stands between the clock and its day
    {"The offer expires at 5:00 p.m., New York City time, on Friday, March 24, 2006.", "2006-03-08",
     "5:00 p.m., New York City time", "TIME", "2006-03-24T17:00", "2006-03-24", "2006-03-24", "day"},
    {"The deal closes at 23:59 local time on Friday.", "2023-07-10", "Friday", "DATE", "2023-07-14", "2023-07-14",
     "2023-07-14", "day"},
    {"The FTC has until 23:59 Pacific time on Friday to seek a stay.", "2023-07-10", "23:59 Pacific time", "TIME",
     "2023-07-14T23:59", "2023-07-14", "2023-07-14", "day"},
    // a year in a participle's clause, or after "since", is background: no story is set in it
    {"The Bank of England, founded in 1694, cut rates to 0.5%. This is the sixth cut since October.", "2009-03-05",
     "October", "DATE", "2008-10", "2008-10-01", "2008-10-31", "month"},
    {"Rates are the lowest since the Bank was founded in 1694.\nThis is the sixth cut since October, when rates stood "
     "at 5%.",
     "2009-03-05", "October", "DATE", "2008-10", "2008-10-01", "2008-10-31", "month"},
    // (but a year the clause names as the story's is not: "the year I turned twelve, which was 1984")
    {"My father taught me to drive the year I turned twelve, which was 1984, in a field. We practiced every Sunday "
     "that fall.",
     "2019-03-03", "that fall", "DATE", "1984-FA", "1984-09-01", "1984-11-30", "season"},
    // "this weekend" with no past to place it is this week's, said on a Monday too; in capitals it only shouts
    {"Count birds for science this weekend.", "2012-02-13", "this weekend", "DATE", "2012-W07-WE", "2012-02-18",
     "2012-02-19", "week"},
    {"Storms battered the coast this weekend.", "2012-02-13", "this weekend", "DATE", "2012-W06-WE", "2012-02-11",
     "2012-02-12", "week"},
    {"Millions face tax deadline THIS WEEKEND", "2021-01-20", "THIS WEEKEND", "DATE", "2021-W03-WE", "2021-01-23",
     "2021-01-24", "week"},
    // the month the text tells of, a year before
    {"Traffic rose 4% in June from the same month last year.", "2011-07-29", "the same month last year", "DATE",
     "2010-06", "2010-06-01", "2010-06-30", "month"},
    // half a month
    {"Storms are likely during the second half of September.", "2016-09-02", "the second half of September", "DATE",
     "2016-09", "2016-09-01", "2016-09-30", "month"},
    // the hour in figures after "half past"
    {"He called at about half past 11 to say he was safe.", "2020-04-13", "about half past 11", "TIME",
     "2020-04-13T11:30", "2020-04-13", "2020-04-13", "day"},
    // a live blog's stamp with a dot, opening its line
    {"Live: rates decision\n\n12.00 Rates are cut.\n\n12.04 This is the sixth cut since October.", "2009-03-05",
     "12.04", "TIME", "2009-03-05T12:04", "2009-03-05", "2009-03-05", "day"},
    // a month after a possessive or a superlative is no modal
    {"The bank may raise rates at its May meeting.", "2018-03-20", "May", "DATE", "2018-05", "2018-05-01", "2018-05-31",
     "month"},
    {"Retailers expect their busiest May on record.", "2018-03-20", "May", "DATE", "2018-05", "2018-05-01",
     "2018-05-31", "month"},
    // a plan in the present with its object between the verb and the day
    {"The Bank of Canada announces its decision on Wednesday morning.", "2026-01-26", "Wednesday morning", "TIME",
     "2026-01-28TMO", "2026-01-28", "2026-01-28", "day"},
    {"Statistics Canada publishes its jobs data on Friday.", "2026-01-26", "Friday", "DATE", "2026-01-30", "2026-01-30",
     "2026-01-30", "day"},
    {"The band is staging a concert on Saturday.", "2018-10-03", "Saturday", "DATE", "2018-10-06", "2018-10-06",
     "2018-10-06", "day"},
    // (but not what a past verb dates: "a man arrested on Saturday")
    {"Police are holding a man arrested on Saturday.", "2018-10-03", "Saturday", "DATE", "2018-09-29", "2018-09-29",
     "2018-09-29", "day"},
    // "that summer" with no story yet told: the year last named, even as a noun's attribute
    {"The 1959 strike changed everything. My wife was pregnant that summer.", "1996-03-14", "that summer", "DATE",
     "1959-SU", "1959-06-01", "1959-08-31", "season"},
    // two words between a count and its unit
    {"The allowance stays frozen for six consecutive tax years.", "2022-11-17", "six consecutive tax years", "DURATION",
     "P6Y", "", "", "unknown"},
    // "that year" after a day and its month, with no "of"
    {"He was born in the summer of 1944, on the 24th of August that year.", "2018-08-20",
     "the 24th of August that year", "DATE", "1944-08-24", "1944-08-24", "1944-08-24", "day"},
    // a refusal to speak is told as it happened
    {"Neither side would comment on Tuesday.", "2013-11-14", "Tuesday", "DATE", "2013-11-12", "2013-11-12",
     "2013-11-12", "day"},
    {"He said he would comment on Friday.", "2013-11-12", "Friday", "DATE", "2013-11-15", "2013-11-15", "2013-11-15",
     "day"},
    // what a reporting verb says after "that", a place between them, has its own tense
    {"Trump said at a rally in Gettysburg, Pennsylvania, on Saturday afternoon that his administration would not "
     "approve the deal.",
     "2016-10-31", "Saturday afternoon", "TIME", "2016-10-29TAF", "2016-10-29", "2016-10-29", "day"},
    // a date closing the phrase that opens the sentence dates its main verb
    {"In a briefing with reporters Tuesday morning, he said the company would keep its plants open.", "2022-01-27",
     "Tuesday morning", "TIME", "2022-01-25TMO", "2022-01-25", "2022-01-25", "day"},
    // a weekday dated by its day of the month, after a comma; the story goes on from it
    {"The storm came ashore Sunday night, the 28th.", "2005-09-18", "Sunday night, the 28th", "TIME", "2005-08-28TNI",
     "2005-08-28", "2005-08-28", "day"},
    {"The storm came ashore Sunday night, the 28th. Monday morning the water rose.", "2005-09-18", "Monday morning",
     "TIME", "2005-08-29TMO", "2005-08-29", "2005-08-29", "day"},
    // (not an ordinal that begins a noun phrase)
    {"Members walked out at 11:59 p.m. Sunday, the first strike since 2007.", "2019-09-16", "11:59 p.m. Sunday", "TIME",
     "2019-09-15T23:59", "2019-09-15", "2019-09-15", "day"},
    // a year cut to two digits after a preposition
    {"Back in '98 she nearly quit the team.", "2001-07-09", "'98", "DATE", "1998", "1998-01-01", "1998-12-31", "year"},
    {"It was worse than the blizzard of '78.", "2022-02-01", "'78", "DATE", "1978", "1978-01-01", "1978-12-31", "year"},

    // Deictic days and parts of days
    {"The offensive began yesterday.", R, "yesterday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18", "day"},
    {"The strike happened the day before yesterday.", R, "the day before yesterday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    {"Delegations will gather the week after next.", R, "the week after next", "DATE", "2025-W49", "2025-12-01",
     "2025-12-07", "week"},
    {"The talks collapsed the week before last, officials said.", R, "the week before last", "DATE", "2025-W45",
     "2025-11-03", "2025-11-09", "week"},
    {"The offensive began the year before last.", R, "the year before last", "DATE", "2023", "2023-01-01", "2023-12-31",
     "year"},
    // the day beside a date the text names is one expression, as TimeBank tags "day before last Tuesday"
    {"The day before last Tuesday's hearing, he flew home.", R, "The day before last Tuesday", "DATE", "2025-11-17",
     "2025-11-17", "2025-11-17", "day"},
    {"The minister arrives today.", R, "today", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},
    {"Voting starts tomorrow.", R, "tomorrow", "DATE", "2025-11-20", "2025-11-20", "2025-11-20", "day"},
    // A possessive after "of" still dates the noun: the vote is today's
    {"The result of today's vote is due at noon.", R, "today", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},
    {"Diplomats Meet Again Today", R, "Today", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},
    {"The talks of today ended early.", R, "today", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},
    {"Air raid sirens sounded tonight in the capital.", R, "tonight", "TIME", "2025-11-19TNI", "2025-11-19",
     "2025-11-19", "day"},
    {"Israel and Hezbollah have traded fire almost daily since Dec. 8.", R, "Dec. 8", "DATE", "2024-12-08",
     "2024-12-08", "2024-12-08", "day"},
    {"Drones struck the port overnight.", R, "overnight", "TIME", "2025-11-18TNI", "2025-11-19", "2025-11-19", "day"},
    {"Israel said it would free 90 prisoners overnight.", R, "overnight", "TIME", "2025-11-19TNI", "2025-11-19",
     "2025-11-19", "day"},
    {"Russia launched 476 drones overnight Saturday.", R, "overnight", "TIME", "2025-11-14TNI", "2025-11-14",
     "2025-11-14", "day"},
    {"Overnight on Sunday, air defences downed 30 drones.", R, "Overnight", "TIME", "2025-11-15TNI", "2025-11-15",
     "2025-11-15", "day"},
    {"The truce began at midnight Moscow time on 8 May.", R, "midnight Moscow time", "TIME", "2025-05-08T24:00",
     "2025-05-08", "2025-05-08", "day"},
    {"A missile hit Sumy on Palm Sunday. Russia launched 273 drones overnight into Sunday.", "2025-05-18", "overnight",
     "TIME", "2025-05-17TNI", "2025-05-17", "2025-05-17", "day"},
    {"Police fired tear gas late on Saturday. The ministry said 107 people were detained overnight.", "2024-12-01",
     "overnight", "TIME", "2024-11-30TNI", "2024-11-30", "2024-11-30", "day"},
    {"Shares fell on Friday, hit by overnight losses in New York.", "2024-11-29", "overnight", "TIME", "2024-11-28TNI",
     "2024-11-28", "2024-11-28", "day"},
    {"The president spoke this morning.", R, "this morning", "TIME", "2025-11-19TMO", "2025-11-19", "2025-11-19",
     "day"},
    {"The ministers met this afternoon.", R, "this afternoon", "TIME", "2025-11-19TAF", "2025-11-19", "2025-11-19",
     "day"},
    {"In the early hours, a refinery was hit.", R, "the early hours", "TIME", "2025-11-19TMO", "2025-11-19",
     "2025-11-19", "day"},
    {"In the early hours of the morning, Russia attacked.", R, "the early hours of the morning", "TIME",
     "2025-11-19TMO", "2025-11-19", "2025-11-19", "day"},
    {"Israel began the campaign in the early hours of 13 June.", R, "the early hours of 13 June", "TIME",
     "2025-06-13TMO", "2025-06-13", "2025-06-13", "day"},
    {"Last night the capital was hit.", R, "Last night", "TIME", "2025-11-18TNI", "2025-11-18", "2025-11-18", "day"},
    {"Yesterday morning the guns fell silent.", R, "Yesterday morning", "TIME", "2025-11-18TMO", "2025-11-18",
     "2025-11-18", "day"},
    {"Tomorrow evening the parliament votes.", R, "Tomorrow evening", "TIME", "2025-11-20TEV", "2025-11-20",
     "2025-11-20", "day"},
    {"The ceasefire broke down late yesterday.", R, "late yesterday", "DATE", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"},
    {"Aid was delivered earlier today.", R, "earlier today", "DATE", "2025-11-19", "2025-11-19", "2025-11-19", "day"},

    // Units counted from the reference date
    {"Fighting flared last week.", R, "last week", "DATE", "2025-W46", "2025-11-10", "2025-11-16", "week"},
    {"The ceasefire held this week.", R, "this week", "DATE", "2025-W47", "2025-11-17", "2025-11-23", "week"},
    {"Talks will continue next week.", R, "next week", "DATE", "2025-W48", "2025-11-24", "2025-11-30", "week"},
    {"The aid arrived this month.", R, "this month", "DATE", "2025-11", "2025-11-01", "2025-11-30", "month"},
    {"The ministry confirmed the losses last month.", R, "last month", "DATE", "2025-10", "2025-10-01", "2025-10-31",
     "month"},
    {"A vote is due next month.", R, "next month", "DATE", "2025-12", "2025-12-01", "2025-12-31", "month"},
    {"This year the harvest failed.", R, "This year", "DATE", "2025", "2025-01-01", "2025-12-31", "year"},
    {"Last year the harvest failed.", R, "Last year", "DATE", "2024", "2024-01-01", "2024-12-31", "year"},
    {"A summit is expected next year.", R, "next year", "DATE", "2026", "2026-01-01", "2026-12-31", "year"},
    {"Growth slowed last quarter.", R, "last quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", "quarter"},
    {"Spending rose in the current quarter.", R, "the current quarter", "DATE", "2025-Q4", "2025-10-01", "2025-12-31",
     "quarter"},
    {"Money funds were among the great events of the past century.", R, "the past century", "DURATION", "P100Y",
     "1925-11-20", "2025-11-19", "unknown"},
    {"Famine could set in by mid-year.", R, "mid-year", "DATE", "2025", "2025-05-01", "2025-08-31", "year"},
    {"Output will fall by 40% over the next decade.", R, "the next decade", "DURATION", "P10Y", "2025-11-19",
     "2035-11-18", "decade"},
    {"Sales were below 2019 levels.", R, "2019", "DATE", "2019", "2019-01-01", "2019-12-31", "year"},
    {"The bonds due 2026 traded higher.", R, "2026", "DATE", "2026", "2026-01-01", "2026-12-31", "year"},
    {"Residents must boil water for the next fortnight.", R, "the next fortnight", "DURATION", "P2W", "2025-11-19",
     "2025-12-02", "week"},
    // the same day a unit back or ahead
    {"This time last year the index was falling.", R, "This time last year", "DATE", "2024-11-19", "2024-11-19",
     "2024-11-19", "day"},
    // a fiscal year ending in a month is the one still running
    {"The company raised its forecast for the fiscal year ending in March.", R, "March", "DATE", "2026-03",
     "2026-03-01", "2026-03-31", "month"},
    {"Aspirants held 200 rallies over the last fortnight.", R, "the last fortnight", "DURATION", "P2W", "2025-11-06",
     "2025-11-19", "week"},
    {"Rebels attacked the town over the past week.", "2025-03-16", "the past week", "DURATION", "P1W", "2025-03-10",
     "2025-03-16", "week"},
    {"Sixty people were killed over the last week.", R, "the last week", "DURATION", "P1W", "2025-11-13", "2025-11-19",
     "week"},
    {"Brazil will host the next World Cup four years from now.", R, "four years from now", "DATE", "2029", "2029-01-01",
     "2029-12-31", "year"},
    {"Violence fell over the past decade.", R, "the past decade", "DURATION", "P10Y", "2015-11-20", "2025-11-19",
     "decade"},
    {"Forecasters warned that more showers were likely through Wednesday.", "1998-11-02", "Wednesday", "DATE",
     "1998-11-04", "1998-11-04", "1998-11-04", "day"},
    {"Cuba predicted Wednesday that the exiles would appeal.", "2000-01-07", "Wednesday", "DATE", "2000-01-05",
     "2000-01-05", "2000-01-05", "day"},
    {"The airport was expected to remain closed until at least Monday.", "2016-03-24", "Monday", "DATE", "2016-03-28",
     "2016-03-28", "2016-03-28", "day"},
    {"The mayor extended a dusk-to-dawn curfew through the weekend.", "1992-05-01", "the weekend", "DATE",
     "1992-W18-WE", "1992-05-02", "1992-05-03", "week"},
    {"Negotiators set a deadline, then extended it through the weekend.", "2017-11-20", "the weekend", "DATE",
     "2017-W46-WE", "2017-11-18", "2017-11-19", "week"},
    {"The county is posting updates over the weekend.", "2022-11-10", "the weekend", "DATE", "2022-W45-WE",
     "2022-11-12", "2022-11-13", "week"},
    {"Baker would travel to Baghdad sometime between Dec. 15 and Jan. 15.", "1990-12-01", "Jan. 15", "DATE",
     "1991-01-15", "1991-01-15", "1991-01-15", "day"},
    {"Three full-year bills run through September.", "2025-11-13", "September", "DATE", "2026-09", "2026-09-01",
     "2026-09-30", "month"},
    {"If the package stalls, leaders have floated an extension, possibly into March.", "2026-01-26", "March", "DATE",
     "2026-03", "2026-03-01", "2026-03-31", "month"},
    {"The flaw was exploited from mid-May through July.", "2017-09-08", "July", "DATE", "2017-07", "2017-07-01",
     "2017-07-31", "month"},
    {"Problems made it hard for Sun to meet demand well into the summer.", "1989-10-26", "the summer", "DATE",
     "1989-SU", "1989-06-01", "1989-08-31", "season"},
    {"The final report will come in late spring.", "2026-02-27", "late spring", "DATE", "2026-SP", "2026-05-01",
     "2026-05-31", "season"},
    {"The Markets in Financial Instruments Directive, known as MiFID, comes into force on 1 November.", "2007-06-14",
     "1 November", "DATE", "2007-11-01", "2007-11-01", "2007-11-01", "day"},
    {"Coverage bought by Dec. 15 takes effect on New Year's Day.", "2013-10-25", "New Year's Day", "DATE", "2014-01-01",
     "2014-01-01", "2014-01-01", "day"},
    {"Under new terms of the agreement, announced Friday, holders would receive cash.", "2020-03-16", "Friday", "DATE",
     "2020-03-13", "2020-03-13", "2020-03-13", "day"},
    {"Some 193 million Indonesians are eligible to vote on Wednesday.", "2019-04-15", "Wednesday", "DATE", "2019-04-17",
     "2019-04-17", "2019-04-17", "day"},
    {"Florence is on track to reach the coast Thursday night, the hurricane center said.", "2018-09-12",
     "Thursday night", "TIME", "2018-09-13TNI", "2018-09-13", "2018-09-13", "day"},
    {"Here is what residents need to know before Pope Francis arrives Saturday morning.", "2015-09-22",
     "Saturday morning", "TIME", "2015-09-26TMO", "2015-09-26", "2015-09-26", "day"},
    {"The storm will organize over Texas on Friday night and spread east through Saturday.", "2026-01-22", "Saturday",
     "DATE", "2026-01-24", "2026-01-24", "2026-01-24", "day"},
    {"A freeze watch is also in effect from Wednesday night into Thursday morning.", "2013-05-14", "Wednesday night",
     "TIME", "2013-05-15TNI", "2013-05-15", "2013-05-15", "day"},
    {"Oil prices have come down from the middle of October.", "1998-02-23", "the middle of October", "DATE", "1997-10",
     "1997-10-11", "1997-10-20", "month"},
    {"England go into Saturday's World Cup opener without their captain.", "2010-06-10", "Saturday", "DATE",
     "2010-06-12", "2010-06-12", "2010-06-12", "day"},
    {"Monday night's high tide at the Battery is expected at about 8:50 p.m.", "2012-10-27", "Monday night", "TIME",
     "2012-10-29TNI", "2012-10-29", "2012-10-29", "day"},
    {"Forecasters said there was an 80% chance of a record on Tuesday.", "2022-07-18", "Tuesday", "DATE", "2022-07-19",
     "2022-07-19", "2022-07-19", "day"},
    {"Residents can attend a town hall on Wednesday.", "2019-04-22", "Wednesday", "DATE", "2019-04-24", "2019-04-24",
     "2019-04-24", "day"},
    {"It would be the snowiest December day since 1932, when 11.5 inches fell on Dec. 17.", "2009-12-18", "Dec. 17",
     "DATE", "1932-12-17", "1932-12-17", "1932-12-17", "day"},
    {"One in 20 people had the virus during the first week of 2022.", "2022-02-01", "the first week of 2022", "DATE",
     "2022-W01", "2022-01-03", "2022-01-09", "week"},
    {"Sales were weak in the last week of 2020.", "2022-02-01", "the last week of 2020", "DATE", "2020-W53",
     "2020-12-28", "2021-01-03", "week"},
    {"The mountain road to this market town was open again by Sunday, but many families slept outside.", "2023-09-11",
     "Sunday", "DATE", "2023-09-10", "2023-09-10", "2023-09-10", "day"},
    {"Officials said Tuesday that the site would work by the end of November. Contractors told a committee two days "
     "later that testing had been skipped.",
     "2013-10-25", "two days later", "DATE", "2013-10-24", "2013-10-24", "2013-10-24", "day"},
    {"A briefing was held Tuesday. Teams shift their schedules about 40 minutes later each day.", "2008-05-26",
     "about 40 minutes later", "DURATION", "PT40M", "", "", "unknown"},
    {"The committee expects findings by month's end.", "2026-02-10", "month's end", "DATE", "2026-02", "2026-02-21",
     "2026-02-28", "month"},
    {"The House impeached Clinton yesterday. Andrew Johnson was impeached in 1868. Nixon resigned in August 1974. "
     "The first article passed at about 1:25 p.m.",
     "1998-12-20", "about 1:25 p.m.", "TIME", "1998-12-19T13:25", "1998-12-19", "1998-12-19", "day"},
    {"The bank cut rates on Thursday. Leaders gathered in Cannes for a summit that began in 2011. Bond yields rose "
     "sharply. Yields peaked at 3 p.m.",
     "2011-11-03", "3 p.m.", "TIME", "2011-11-03T15:00", "2011-11-03", "2011-11-03", "day"},
    {"He died Jan. 8. Visitation Wednesday 3-9 p.m. at Smith Funeral Home. Funeral Mass Thursday, 10 a.m.",
     "2005-01-10", "Thursday", "DATE", "2005-01-13", "2005-01-13", "2005-01-13", "day"},
    {"The consumer confidence index for June comes out Tuesday.", "2004-06-28", "Tuesday", "DATE", "2004-06-29",
     "2004-06-29", "2004-06-29", "day"},
    {"Clashes were reported over the weekend.", R, "the weekend", "DATE", "2025-W46-WE", "2025-11-15", "2025-11-16",
     "week"},
    {"More convoys are expected this weekend.", R, "this weekend", "DATE", "2025-W47-WE", "2025-11-22", "2025-11-23",
     "week"},
    {"The port was mined last weekend.", R, "last weekend", "DATE", "2025-W46-WE", "2025-11-15", "2025-11-16", "week"},
    {"Shelling resumed earlier this month.", R, "earlier this month", "DATE", "2025-11", "2025-11-01", "2025-11-30",
     "month"},
    {"A deal is possible later this year.", R, "later this year", "DATE", "2025", "2025-01-01", "2025-12-31", "year"},
    {"Elections could come early next year.", R, "early next year", "DATE", "2026", "2026-01-01", "2026-04-30", "year"},
    {"The town fell late last week.", R, "late last week", "DATE", "2025-W46", "2025-11-10", "2025-11-16", "week"},
    {"The envoy was in Kyiv last December.", R, "last December", "DATE", "2024-12", "2024-12-01", "2024-12-31",
     "month"},
    {"The envoy was in Kyiv last April.", R, "last April", "DATE", "2025-04", "2025-04-01", "2025-04-30", "month"},
    {"The envoy visits again next March.", R, "next March", "DATE", "2026-03", "2026-03-01", "2026-03-31", "month"},
    {"Sales jumped this summer.", R, "this summer", "DATE", "2025-SU", "2025-06-01", "2025-08-31", "season"},
    {"The quarter ends at year-end.", R, "year-end", "DATE", "2025", "2025-09-01", "2025-12-31", "year"},

    // Distances from the reference date
    {"The bridge was destroyed two days ago.", R, "two days ago", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    {"Three weeks ago the border was closed.", R, "Three weeks ago", "DATE", "2025-W44", "2025-10-27", "2025-11-02",
     "week"},
    {"The trial opened a week ago.", R, "a week ago", "DATE", "2025-W46", "2025-11-10", "2025-11-16", "week"},
    {"The town fell five months ago.", R, "five months ago", "DATE", "2025-06", "2025-06-01", "2025-06-30", "month"},
    {"The agreement was signed a year ago.", R, "a year ago", "DATE", "2024", "2024-01-01", "2024-12-31", "year"},
    {"The fort was built 150 years ago.", R, "150 years ago", "DATE", "1875", "1875-01-01", "1875-12-31", "year"},
    {"The militia formed ten days ago.", R, "ten days ago", "DATE", "2025-11-09", "2025-11-09", "2025-11-09", "day"},
    {"The front moved several years ago.", R, "several years ago", "DATE", "PAST_REF", "", "", "unknown"},
    {"A vote is expected in three weeks' time.", R, "three weeks' time", "DATE", "2025-W50", "2025-12-08", "2025-12-14",
     "week"},
    {"The envoy returns in a month’s time.", R, "a month’s time", "DATE", "2025-12", "2025-12-01", "2025-12-31",
     "month"},
    {"The talks resume in ten days' time.", R, "ten days' time", "DATE", "2025-11-29", "2025-11-29", "2025-11-29",
     "day"},

    // Present, past and future references
    {"Recently, the front has been quiet.", R, "Recently", "DATE", "PAST_REF", "", "", "unknown"},
    {"The situation is currently calm.", R, "currently", "DATE", "PRESENT_REF", "2025-11-19", "2025-11-19", "day"},
    {"Now the city is encircled.", R, "Now", "DATE", "PRESENT_REF", "2025-11-19", "2025-11-19", "day"},
    {"Such raids were common in the past.", R, "the past", "DATE", "PAST_REF", "", "", "unknown"},
    {"Sanctions may be lifted in the future.", R, "the future", "DATE", "FUTURE_REF", "", "", "unknown"},
    {"Relief is possible in the near future.", R, "the near future", "DATE", "FUTURE_REF", "", "", "unknown"},
    // A clause that follows ends the noun phrase: "if" is no noun that "future" qualifies
    {"Shelling may go on well into the future if talks fail.", R, "the future", "DATE", "FUTURE_REF", "", "",
     "unknown"},
    {"At the moment, no talks are planned.", R, "the moment", "DATE", "PRESENT_REF", "2025-11-19", "2025-11-19", "day"},
    {"At present the road is closed.", R, "present", "DATE", "PRESENT_REF", "2025-11-19", "2025-11-19", "day"},
    {"These days the market is empty.", R, "These days", "DATE", "PRESENT_REF", "2025-11-19", "2025-11-19", "day"},
    {"The current government resigned.", R, "current", "DATE", "PRESENT_REF", "2025-11-19", "2025-11-19", "day"},

    // Ranges
    {"He spent three days in Miami between October 24 and 26.", R, "October 24 and 26", "DATE", "2025-10-24",
     "2025-10-24", "2025-10-26", "day"},
    {"The summit ran from 24 to 26 October.", R, "24 to 26 October", "DATE", "2025-10-24", "2025-10-24", "2025-10-26",
     "day"},
    {"Talks were held October 24-26 in Riyadh.", R, "October 24-26", "DATE", "2025-10-24", "2025-10-24", "2025-10-26",
     "day"},
    {"Exercises took place 24\u201326 Oct. near the coast.", R, "24\u201326 Oct.", "DATE", "2025-10-24", "2025-10-24",
     "2025-10-26", "day"},
    {"Voting runs from Nov. 28 to Dec. 2 nationwide.", R, "Nov. 28", "DATE", "2025-11-28", "2025-11-28", "2025-12-02",
     "day"},
    {"The offensive ran from September 3 through September 9.", R, "September 3", "DATE", "2025-09-03", "2025-09-03",
     "2025-09-09", "day"},
    {"Teams evacuated patients on 3 and 4 November.", R, "3", "DATE", "2025-11-03", "2025-11-03", "2025-11-03", "day"},
    {"The fair ran from 29 December to 2 January.", "2026-01-10", "29 December", "DATE", "2025-12-29", "2025-12-29",
     "2026-01-02", "day"},
    {"The mission recorded 214 violations from 1 January to 30 June 2022.", R, "1 January", "DATE", "2022-01-01",
     "2022-01-01", "2022-06-30", "day"},
    {"The fair ran from 29 December to 2 January 2026.", R, "29 December", "DATE", "2025-12-29", "2025-12-29",
     "2026-01-02", "day"},

    // Durations
    {"He served in the army for four years.", R, "four years", "DURATION", "P4Y", "", "", "unknown"},
    {"The siege lasted three days.", R, "three days", "DURATION", "P3D", "", "", "unknown"},
    {"Ukraine backs a 30\u2011day ceasefire.", R, "30\u2011day", "DURATION", "P30D", "", "", "unknown"},
    {"The shelling lasted for half an hour.", R, "half an hour", "DURATION", "PT30M", "", "", "unknown"},
    {"They waited half a day.", R, "half a day", "DURATION", "PT12H", "", "", "unknown"},
    {"The offensive stalled for a fortnight.", R, "a fortnight", "DURATION", "P2W", "", "", "unknown"},
    {"Only a fortnight ago, he insisted he would fight on.", "2022-07-12", "a fortnight ago", "DATE", "2022-W26",
     "2022-06-27", "2022-07-03", "week"},
    {"The economy contracted for two consecutive years.", R, "two consecutive years", "DURATION", "P2Y", "", "",
     "unknown"},
    {"The conflict has lasted more than a decade.", R, "more than a decade", "DURATION", "P10Y", "", "", "unknown"},
    {"Talks lasted five hours.", R, "five hours", "DURATION", "PT5H", "", "", "unknown"},
    {"He probably died within weeks or months of his capture.", R, "weeks or months", "DURATION", "PXW", "", "",
     "unknown"},
    // A vague span up to now or from now counts three of its units ("recent days" a week).
    {"Funds in recent weeks and months have sold bonds.", R, "recent weeks and months", "DURATION", "PXW", "2025-10-30",
     "2025-11-19", "week"},
    {"The strike lasted 48 hours.", R, "48 hours", "DURATION", "PT48H", "", "", "unknown"},
    // Bare hours and minutes are lengths before "after", "before", "later", "earlier"; alone, opening hours.
    {"The strike came hours after the truce began.", R, "hours", "DURATION", "PTXH", "", "", "unknown"},
    {"Minutes later, the sirens sounded.", R, "Minutes", "DURATION", "PTXM", "", "", "unknown"},
    {"The group has existed for decades.", R, "decades", "DURATION", "PXE", "", "", "unknown"},
    {"For several years the region was calm.", R, "several years", "DURATION", "PXY", "", "", "unknown"},
    {"A two-year truce was agreed.", R, "two-year", "DURATION", "P2Y", "", "", "unknown"},
    {"The blockade lasted 2 1/2 years.", R, "2 1/2 years", "DURATION", "P2Y6M", "", "", "unknown"},
    {"A month-long campaign began in the east.", R, "month-long", "DURATION", "P1M", "", "", "unknown"},
    {"The siege went on for two and a half years.", R, "two and a half years", "DURATION", "P2Y6M", "", "", "unknown"},
    {"He was held for a year and a half.", R, "a year and a half", "DURATION", "P1Y6M", "", "", "unknown"},
    // A share of a century is counted in years; a fraction after a shift is counted in the finer unit.
    {"He ruled for a quarter century.", R, "a quarter century", "DURATION", "P25Y", "", "", "unknown"},
    {"It ended a quarter of a century ago.", R, "a quarter of a century ago", "DATE", "2000", "2000-01-01",
     "2000-12-31", "year"},
    {"A quarter-century on, the scars remain.", R, "A quarter-century on", "DURATION", "P25Y", "", "", "unknown"},
    {"Growth slowed over the past quarter century.", R, "the past quarter century", "DURATION", "P25Y", "2000-11-20",
     "2025-11-19", "year"},
    {"The dam broke a half-century ago.", R, "a half-century ago", "DATE", "1975", "1975-01-01", "1975-12-31", "year"},
    {"The fort fell a century and a half ago.", R, "a century and a half ago", "DATE", "1875", "1875-01-01",
     "1875-12-31", "year"},
    {"The talks broke down a year and a half ago.", R, "a year and a half ago", "DATE", "2024-05", "2024-05-01",
     "2024-05-31", "month"},
    {"The hostages were held for 30 days.", R, "30 days", "DURATION", "P30D", "", "", "unknown"},
    {"The crossing took twenty minutes.", R, "twenty minutes", "DURATION", "PT20M", "", "", "unknown"},
    {"The occupation lasted twenty-seven years.", R, "twenty-seven years", "DURATION", "P27Y", "", "", "unknown"},
    {"Negotiations could take a few weeks.", R, "a few weeks", "DURATION", "PXW", "", "", "unknown"},
    {"The island was held for a couple of months.", R, "a couple of months", "DURATION", "P2M", "", "", "unknown"},
    {"Peace held for nearly two years.", R, "nearly two years", "DURATION", "P2Y", "", "", "unknown"},
    {"The shelling continued for about an hour.", R, "about an hour", "DURATION", "PT1H", "", "", "unknown"},
    {"The trial will last at least six months.", R, "at least six months", "DURATION", "P6M", "", "", "unknown"},
    {"A 90-day ceasefire began.", R, "90-day", "DURATION", "P90D", "", "", "unknown"},
    {"Over the past three months, prices doubled.", R, "the past three months", "DURATION", "P3M", "2025-08-20",
     "2025-11-19", "month"},
    {"The next two weeks will be decisive.", R, "The next two weeks", "DURATION", "P2W", "2025-11-19", "2025-12-02",
     "week"},
    {"Fighting eased in the last five days.", R, "the last five days", "DURATION", "P5D", "2025-11-15", "2025-11-19",
     "day"},
    {"Losses mounted in recent months.", R, "recent months", "DURATION", "PXM", "2025-08-20", "2025-11-19", "month"},
    // a range of lengths counts up; a year before "to" and a length is a year and a length
    {"Repairs will take two to three weeks.", R, "two to three weeks", "DURATION", "P2W", "", "", "unknown"},
    {"He was sentenced in absentia in 2019 to 20 years in prison.", R, "2019", "DATE", "2019", "2019-01-01",
     "2019-12-31", "year"},
    {"He was sentenced in absentia in 2019 to 20 years in prison.", R, "20 years", "DURATION", "P20Y", "", "",
     "unknown"},
    {"Net for the year-earlier nine months included a gain.", R, "the year-earlier nine months", "DURATION", "P9M", "",
     "", "unknown"},
    {"Prices fell in the first nine months of the year.", R, "the first nine months", "DURATION", "P9M", "", "",
     "unknown"},
    {"The mandate runs for one year.", R, "one year", "DURATION", "P1Y", "", "", "unknown"},
    {"The ruins have stood for two thousand years.", R, "two thousand years", "DURATION", "P2000Y", "", "", "unknown"},
    {"Ammunition may run out in the coming weeks.", R, "the coming weeks", "DURATION", "PXW", "2025-11-19",
     "2025-12-09", "week"},
    // Hours up to now count whole days, the day they began on included.
    {"Strikes killed 30 people in the past 24 hours.", R, "the past 24 hours", "DURATION", "PT24H", "2025-11-18",
     "2025-11-19", "day"},
    {"In the last 48 hours, 12 towns were shelled.", R, "the last 48 hours", "DURATION", "PT48H", "2025-11-17",
     "2025-11-19", "day"},
    {"Fighting has intensified in recent days.", R, "recent days", "DURATION", "PXD", "2025-11-13", "2025-11-19",
     "day"},
    {"Hundreds fled over the past few days.", R, "the past few days", "DURATION", "PXD", "2025-11-17", "2025-11-19",
     "day"},

    // Sets
    {"The commission meets every Tuesday.", R, "every Tuesday", "SET", "XXXX-WXX-2", "", "", "unknown"},
    {"Pickets are planned five days a week.", R, "five days a week", "SET", "P1W", "", "", "unknown"},
    {"Residents check the readings several times a day.", R, "several times a day", "SET", "P1D", "", "", "unknown"},
    {"The CDC holds briefings every afternoon at about one o'clock.", R, "every afternoon at about one o'clock", "SET",
     "XXXX-XX-XXT13:00", "", "", "unknown"},
    {"Neighbours clapped every Thursday at 8 p.m.", R, "every Thursday at 8 p.m.", "SET", "XXXX-WXX-4T20:00", "", "",
     "unknown"},
    {"He still wakes every night at about 3 a.m.", R, "every night at about 3 a.m.", "SET", "XXXX-XX-XXT03:00", "", "",
     "unknown"},
    {"Every Nov. 2, she leaves flowers.", R, "Every Nov. 2", "SET", "XXXX-11-02", "", "", "unknown"},
    // The nth weekday of a month
    {"The court opens on the first Monday in October.", R, "the first Monday in October", "DATE", "2025-10-06",
     "2025-10-06", "2025-10-06", "day"},
    {"Mourners gathered on the last Friday of February 2024.", R, "the last Friday of February 2024", "DATE",
     "2024-02-23", "2024-02-23", "2024-02-23", "day"},
    {"Some 500 trucks a day entered Gaza.", R, "a day", "SET", "P1D", "", "", "unknown"},
    {"It saves $1 billion a year.", R, "a year", "SET", "P1Y", "", "", "unknown"},
    {"Some 500 trucks per day entered Gaza.", R, "per day", "SET", "P1D", "", "", "unknown"},
    {"The talks lasted a day.", R, "a day", "DURATION", "P1D", "", "", "unknown"},
    {"Convoys will cross every Tuesday and Thursday.", R, "Thursday", "SET", "XXXX-WXX-4", "", "", "unknown"},
    {"The border will be closed each weekend.", R, "each weekend", "SET", "XXXX-WXX-WE", "", "", "unknown"},
    {"Patrols run daily along the line.", R, "daily", "SET", "P1D", "", "", "unknown"},
    {"The report is published each year.", R, "each year", "SET", "P1Y", "", "", "unknown"},
    {"Inspectors visit every month.", R, "every month", "SET", "P1M", "", "", "unknown"},
    {"The council meets weekly.", R, "weekly", "SET", "P1W", "", "", "unknown"},
    {"Elections are held every four years.", R, "every four years", "SET", "P4Y", "", "", "unknown"},
    // a word on the kind of time between the count and its unit
    {"Twenty years ago this morning, the hurricane came ashore.", R, "Twenty years ago this morning", "TIME",
     "2005-11-19TMO", "2005-11-19", "2005-11-19", "day"},
    {"The board meets again at 7 p.m. on the second Thursday of December.", R, "7 p.m.", "TIME", "2025-12-11T19:00",
     "2025-12-11", "2025-12-11", "day"},
    {"Ten years ago this month, the market lost a fifth of its value.", R, "Ten years ago this month", "DATE",
     "2015-11", "2015-11-01", "2015-11-30", "month"},
    {"Oil for January delivery rose 40 cents a barrel.", R, "January", "DATE", "2026-01", "2026-01-01", "2026-01-31",
     "month"},
    {"Economists expect a 0.2% rise, matching September's increase.", R, "September", "DATE", "2025-09", "2025-09-01",
     "2025-09-30", "month"},
    {"Traders will watch the December employment report, due Friday.", R, "December", "DATE", "2024-12", "2024-12-01",
     "2024-12-31", "month"},
    {"Analysts predict yields will climb by the end of the first quarter.", R, "the end of the first quarter", "DATE",
     "2026-Q1", "2026-03-01", "2026-03-31", "quarter"},
    {"The bank said it would restate its results for the first quarter.", R, "the first quarter", "DATE", "2025-Q1",
     "2025-01-01", "2025-03-31", "quarter"},
    {"The president-elect takes office Jan. 20, and traders said they will be watching.", R, "Jan. 20", "DATE",
     "2026-01-20", "2026-01-20", "2026-01-20", "day"},
    {"The storm is expected ashore in the early morning hours of Thursday.", R, "the early morning hours of Thursday",
     "TIME", "2025-11-20TMO", "2025-11-20", "2025-11-20", "day"},
    {"His daughter will carry his medals at Sunday's Remembrance service.", R, "Sunday", "DATE", "2025-11-23",
     "2025-11-23", "2025-11-23", "day"},
    {"The club said there would be a minute's applause before Saturday's home game.", R, "Saturday", "DATE",
     "2025-11-22", "2025-11-22", "2025-11-22", "day"},
    {"Relatives said they would look for ways around Monday's ruling.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    {"The state pension rises by 4.1% from Monday.", R, "Monday", "DATE", "2025-11-24", "2025-11-24", "2025-11-24",
     "day"},
    {"A further ice warning is in place for Sunday.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23", "2025-11-23",
     "day"},
    {"Inflation hit 11.1 per cent in the year to October.", R, "the year", "DURATION", "P1Y", "", "", "unknown"},
    {"A man charged over a burglary was remanded in custody until Friday.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"Resident doctors struck in the week before Easter.", R, "the week before Easter", "DATE", "2025-W15",
     "2025-04-07", "2025-04-13", "week"},
    {"Markets will close for Eid.", R, "Eid", "DATE", "2026-03-20", "2026-03-20", "2026-03-20", "day"},
    {"Ramadan began in March. Markets closed for Eid.", R, "Eid", "DATE", "2025-03-30", "2025-03-30", "2025-03-30",
     "day"},
    {"Millions travelled home ahead of Eid-ul-Azha.", R, "Eid-ul-Azha", "DATE", "2025-06-06", "2025-06-06",
     "2025-06-06", "day"},
    // (the days Saudi Arabia kept, a day before the tabular calendar's in most years)
    {"Eid al-Adha fell on a Friday that year.", "2017-12-31", "Eid al-Adha", "DATE", "2017-09-01", "2017-09-01",
     "2017-09-01", "day"},
    {"Markets closed for Eid al-Fitr.", "2023-12-31", "Eid al-Fitr", "DATE", "2023-04-21", "2023-04-21", "2023-04-21",
     "day"},
    {"Students get a full week off.", R, "a full week", "DURATION", "P1W", "", "", "unknown"},
    {"Spending is capped over the next two fiscal years.", R, "the next two fiscal years", "DURATION", "P2Y",
     "2025-11-19", "2027-11-18", "year"},
    {"In the decade since, prices have doubled.", R, "the decade", "DURATION", "P10Y", "", "", "unknown"},
    {"The market closes every Friday evening.", R, "every Friday evening", "SET", "XXXX-WXX-5TEV", "", "", "unknown"},
    {"Convoys leave each morning.", R, "each morning", "SET", "XXXX-XX-XXTMO", "", "", "unknown"},
    {"The festival is held each July.", R, "each July", "SET", "XXXX-07", "", "", "unknown"},
    {"The board reports annually.", R, "annually", "SET", "P1Y", "", "", "unknown"},
    {"Shifts change every other week.", R, "every other week", "SET", "P2W", "", "", "unknown"},
    {"The committee sits every fortnight.", R, "every fortnight", "SET", "P2W", "", "", "unknown"},
    {"The library closes on weekends.", R, "weekends", "SET", "XXXX-WXX-WE", "", "", "unknown"},
    {"Dividends are paid quarterly.", R, "quarterly", "SET", "P1Q", "", "", "unknown"},
    {"The markets run fortnightly.", R, "fortnightly", "SET", "P2W", "", "", "unknown"},
    {"A late opening is offered every second Wednesday.", R, "every second Wednesday", "SET", "XXXX-WXX-3", "", "",
     "unknown"},
    {"He sang at his village church every Christmas Eve.", R, "every Christmas Eve", "SET", "XXXX-12-24", "", "",
     "unknown"},
    {"Elections are held every third year.", R, "every third year", "SET", "P3Y", "", "", "unknown"},
    // Clocks of a routine are on no one day; "daily" before a noun tells no routine
    {"Offices will work from 9 am till 2.30 pm during Ramadan.", R, "2.30 pm", "TIME", "XXXX-XX-XXT14:30", "", "",
     "unknown"},
    {"The chancellor said on Monday he wanted a government in place before Easter.", R, "Easter", "DATE", "2026-04-05",
     "2026-04-05", "2026-04-05", "day"},
    {"The minister resigned in December, aides said.", R, "December", "DATE", "2024-12", "2024-12-01", "2024-12-31",
     "month"},
    {"The chancellor said in December that he wanted a budget passed by March.", R, "March", "DATE", "2025-03",
     "2025-03-01", "2025-03-31", "month"},
    {"The government suspended classes for Wednesday and Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20",
     "2025-11-20", "day"},
    {"Following are statements made Wednesday and Tuesday by the lawyer.", R, "Tuesday", "DATE", "2025-11-18",
     "2025-11-18", "2025-11-18", "day"},
    {"Pilgrims have arrived ahead of the Haj, which formally begins on Friday.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"The panel meets again next Friday.", R, "next Friday", "DATE", "2025-11-28", "2025-11-28", "2025-11-28", "day"},
    {"The panel meets again next Tuesday.", R, "next Tuesday", "DATE", "2025-11-25", "2025-11-25", "2025-11-25", "day"},
    {"The panel meets again next Sunday.", R, "next Sunday", "DATE", "2025-11-23", "2025-11-23", "2025-11-23", "day"},
    {"The panel met on Sunday and meets again next Saturday.", "2025-11-23", "next Saturday", "DATE", "2025-11-29",
     "2025-11-29", "2025-11-29", "day"},
    {"The walkout will run until 5pm and be repeated over the same hours on Wednesday.", "2016-04-25", "Wednesday",
     "DATE", "2016-04-27", "2016-04-27", "2016-04-27", "day"},
    {"Nurses will walk off the job from 9am on Wednesday after talks with Health New Zealand failed.", "2025-07-28",
     "Wednesday", "DATE", "2025-07-30", "2025-07-30", "2025-07-30", "day"},
    {"Chloe has gone missing twice before, in February and again at Easter, but on both occasions she returned home.",
     "2015-07-06", "February", "DATE", "2015-02", "2015-02-01", "2015-02-28", "month"},
    {"Around 1.3 million students had been due to sit exams in May and June.", "2020-03-18", "May", "DATE", "2020-05",
     "2020-05-01", "2020-05-31", "month"},
    {"The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "TIME",
     "1989-10-27T24:00", "1989-10-27", "1989-10-27", "day"},
    {"Schools have now moved their deadline from May 1, the traditional decision day, to May 15.", "2024-01-31",
     "May 15", "DATE", "2024-05-15", "2024-05-15", "2024-05-15", "day"},
    {"People who had never been bored on a Sunday afternoon wrote the rules.", R, "Sunday afternoon", "TIME",
     "XXXX-WXX-7TAF", "", "", "unknown"},
    {"About 500 people attended a Sunday night memorial service.", "1999-10-24", "Sunday night", "TIME",
     "1999-10-24TNI", "1999-10-24", "1999-10-24", "day"},
    {"In the winter of 1987 my father lost his job. We left on the morning of July 3, a Friday. On the Fourth of July "
     "the town set off fireworks. We drove home on August 1.",
     "2003-06-14", "August 1", "DATE", "1987-08-01", "1987-08-01", "1987-08-01", "day"},
    {"I landed in Lisbon on Sunday, September 4, with a bag. The city was still quiet after August, when half of it "
     "leaves. On Monday I rode the tram.",
     "2011-09-22", "Monday", "DATE", "2011-09-05", "2011-09-05", "2011-09-05", "day"},
    {"The blast hit the plant yesterday. The next briefing is scheduled for 4 p.m.", "2011-03-14", "4 p.m.", "TIME",
     "2011-03-14T16:00", "2011-03-14", "2011-03-14", "day"},
    {"English Paper 2 follows on Wednesday.", "2024-10-14", "Wednesday", "DATE", "2024-10-16", "2024-10-16",
     "2024-10-16", "day"},
    {"The congress, which opened Friday, closes Tuesday.", "2023-10-23", "Tuesday", "DATE", "2023-10-24", "2023-10-24",
     "2023-10-24", "day"},
    {"Volume was estimated at 1.3 billion shares, up from 886 million shares Thursday.", "1989-10-30", "Thursday",
     "DATE", "1989-10-26", "1989-10-26", "1989-10-26", "day"},
    {"The forum opened on Wednesday and runs until Saturday.", "2023-06-16", "Saturday", "DATE", "2023-06-17",
     "2023-06-17", "2023-06-17", "day"},
    {"Next year's meeting will be held in Barcelona in mid-September.", "2023-10-23", "mid-September", "DATE",
     "2024-09", "2024-09-11", "2024-09-20", "month"},
    {"Last year's winner returns in June.", "2023-03-10", "June", "DATE", "2023-06", "2023-06-01", "2023-06-30",
     "month"},
    {"Prince William and Catherine Middleton marry at Westminster Abbey on Friday. Here is how the day is expected to "
     "unfold, according to the "
     "timetable released this week.\n\n8.15am: The abbey doors open to the guests.",
     "2011-04-27", "8.15am", "TIME", "2011-04-29T08:15", "2011-04-29", "2011-04-29", "day"},
    {"King Charles will be crowned tomorrow at Westminster Abbey. The order of the day is as follows. At 10:20 a.m. "
     "the King leaves Buckingham Palace.",
     "2023-05-05", "10:20 a.m.", "TIME", "2023-05-06T10:20", "2023-05-06", "2023-05-06", "day"},
    {"The Queen, who acceded on February 6, 1952, left Buckingham Palace shortly after 10:30 a.m.", "2002-06-05",
     "10:30 a.m.", "TIME", "2002-06-05T10:30", "2002-06-05", "2002-06-05", "day"},
    {"Monday has been declared a bank holiday.", "2022-09-15", "Monday", "DATE", "2022-09-19", "2022-09-19",
     "2022-09-19", "day"},
    {"Macron will arrive in Britain tomorrow, the first such visit since March 2008. The King will welcome him at "
     "Windsor at around 1pm.",
     "2025-07-07", "around 1pm", "TIME", "2025-07-08T13:00", "2025-07-08", "2025-07-08", "day"},
    {"Britain is preparing for a celebration, with events stretching from Saturday until Tuesday.", "2012-06-01",
     "Saturday", "DATE", "2012-06-02", "2012-06-02", "2012-06-05", "day"},
    {"Britain is preparing for a celebration, with events stretching from Saturday until Tuesday.\nSaturday: The "
     "Queen attends the Derby.\nSunday: Boats will take part in a pageant.\nMonday: A concert begins at 7.30pm.",
     "2012-06-01", "Monday", "DATE", "2012-06-04", "2012-06-04", "2012-06-04", "day"},
    {"The subway, which stopped running at 7 p.m. Sunday, will not reopen before Wednesday.", "2012-10-29",
     "7 p.m. Sunday", "TIME", "2012-10-28T19:00", "2012-10-28", "2012-10-28", "day"},
    {"\"Harbor Lights\" opens Friday at the Landmark.", "2012-11-14", "Friday", "DATE", "2012-11-16", "2012-11-16",
     "2012-11-16", "day"},
    {"Early preview screenings start Thursday at 7 p.m. local time.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20",
     "2025-11-20", "day"},
    {"Her new collection, \"Salt Year,\" arrives from Graywolf on Tuesday.", "2015-02-05", "Tuesday", "DATE",
     "2015-02-10", "2015-02-10", "2015-02-10", "day"},
    {"The sequel lands in theaters Friday, a year after the first film opened.", R, "Friday", "DATE", "2025-11-21",
     "2025-11-21", "2025-11-21", "day"},
    {"\"The Tree of Life,\" which won the Palme d'Or at Cannes on Sunday, opens Friday in New York.", "2011-05-26",
     "Friday", "DATE", "2011-05-27", "2011-05-27", "2011-05-27", "day"},
    {"\"We finished the year strongly, with record orders in May and June,\" the chief executive said.", "2017-07-27",
     "May", "DATE", "2017-05", "2017-05-01", "2017-05-31", "month"},
    {"Pinecrest Software Reports Fourth Quarter and Full Year 2010 Results", "2011-01-25", "Fourth Quarter", "DATE",
     "2010-Q4", "2010-10-01", "2010-12-31", "quarter"},
    {"For the full year 2010, revenue rose 15%.", "2011-01-25", "the full year 2010", "DATE", "2010", "2010-01-01",
     "2010-12-31", "year"},
    {"The company reaffirmed its full-year 2014 guidance.", "2014-05-02", "2014", "DATE", "2014", "2014-01-01",
     "2014-12-31", "year"},
    {"The Cowboys (3-7) host New Orleans on Thursday in the annual Thanksgiving game.", "2010-11-23", "Thursday",
     "DATE", "2010-11-25", "2010-11-25", "2010-11-25", "day"},
    {"The envoy arrives in New York on Thursday.", "2010-11-23", "Thursday", "DATE", "2010-11-25", "2010-11-25",
     "2010-11-25", "day"},
    {"On March 11, the National Transportation Safety Board issued urgent recommendations.", "2026-01-29", "March 11",
     "DATE", "2025-03-11", "2025-03-11", "2025-03-11", "day"},
    {"A spokesman said riders should expect more targeted out-of-competition controls before the world "
     "championships in September.",
     "2009-07-15", "September", "DATE", "2009-09", "2009-09-01", "2009-09-30", "month"},
    {"The luncheon has been rescheduled for noon Friday.", "2005-12-21", "noon Friday", "TIME", "2005-12-23T12:00",
     "2005-12-23", "2005-12-23", "day"},
    {"Most had been moved to hotels by Wednesday.", "2022-11-14", "Wednesday", "DATE", "2022-11-09", "2022-11-09",
     "2022-11-09", "day"},
    {"Police recorded 166 reports in the first quarter of this year, up from 120 in the same period of 2023.",
     "2024-06-12", "the same period of 2023", "DATE", "2023-Q1", "2023-01-01", "2023-03-31", "quarter"},
    {"Flight 302 departed Addis Ababa at 08:38 local time (05:38 UTC) on 10 March and crashed six minutes later.",
     "2019-03-15", "05:38 UTC", "TIME", "2019-03-10T05:38", "2019-03-10", "2019-03-10", "day"},
    {"Flight 302 departed Addis Ababa at 08:38 local time (05:38 UTC) on 10 March and crashed six minutes later.",
     "2019-03-15", "six minutes later", "TIME", "2019-03-10T08:44", "2019-03-10", "2019-03-10", "day"},
    {"The upper house passed the bill on Wednesday, a reform first proposed in the budget of February 2006. The vote "
     "came at around 8.30 pm after a long debate.",
     "2016-08-04", "around 8.30 pm", "TIME", "2016-08-03T20:30", "2016-08-03", "2016-08-03", "day"},
    {"The union called an indefinite strike from Tuesday.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25",
     "2025-11-25", "day"},
    {"The union has called a 48-hour strike from midnight on Sunday.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23",
     "2025-11-23", "day"},
    {"Police called residents from Monday onwards.", R, "Monday", "DATE", "2025-11-17", "2025-11-17", "2025-11-17",
     "day"},
    {"The prime minister, who has called elections for May 29, spoke on Tuesday.", R, "May 29", "DATE", "2026-05-29",
     "2026-05-29", "2026-05-29", "day"},
    {"The army announced a ceasefire ahead of Orthodox Easter, which falls this Sunday.", R, "this Sunday", "DATE",
     "2025-11-23", "2025-11-23", "2025-11-23", "day"},
    {"The opposition called for mass protests this weekend.", R, "this weekend", "DATE", "2025-W47-WE", "2025-11-22",
     "2025-11-23", "week"},
    {"Students return to classrooms on Wednesday.", R, "Wednesday", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    {"Students return to classrooms on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"The crossing opens from 8 a.m. until 7 p.m. daily.", R, "8 a.m.", "TIME", "XXXX-XX-XXT08:00", "", "", "unknown"},
    {"Shops close at 1 p.m. on Fridays.", R, "1 p.m.", "TIME", "XXXX-XX-XXT13:00", "", "", "unknown"},
    {"Clinics usually see patients from 8am to 1pm, Monday to Saturday.", R, "1pm", "TIME", "XXXX-XX-XXT13:00", "", "",
     "unknown"},
    {"A late opening until 8pm is offered every second Wednesday.", R, "8pm", "TIME", "XXXX-XX-XXT20:00", "", "",
     "unknown"},
    {"The army said on Sunday it would pause fighting from 8 a.m. until 7 p.m. daily.", R, "7 p.m.", "TIME",
     "XXXX-XX-XXT19:00", "", "", "unknown"},
    {"The city fell silent on Tuesday at 9am, a ritual observed every morning.", R, "9am", "TIME", "2025-11-18T09:00",
     "2025-11-18", "2025-11-18", "day"},
    {"The North did not answer calls at 8:30 a.m., as it had done daily for years.", R, "8:30 a.m.", "TIME",
     "2025-11-19T08:30", "2025-11-19", "2025-11-19", "day"},
    {"The daily tally was released at 9 a.m.", R, "9 a.m.", "TIME", "2025-11-19T09:00", "2025-11-19", "2025-11-19",
     "day"},

    // Times of day
    // "the final" is a match here, not the last of a span
    {"He had missed a penalty in the final a year ago.", R, "a year ago", "DATE", "2024", "2024-01-01", "2024-12-31",
     "year"},
    {"The strike began at 3 p.m.", R, "3 p.m.", "TIME", "2025-11-19T15:00", "2025-11-19", "2025-11-19", "day"},
    // Clocks told in words, as transcripts and quotations tell them; a part of the day after a clock says which
    // half of the day it is in; without one, a clock up to five is in the afternoon
    {"Markets opened at half past nine.", R, "half past nine", "TIME", "2025-11-19T09:30", "2025-11-19", "2025-11-19",
     "day"},
    {"Gore telephoned his rival around two thirty A-M to concede.", R, "around two thirty A-M", "TIME",
     "2025-11-19T02:30", "2025-11-19", "2025-11-19", "day"},
    {"CNN will carry the remarks live at ten A-M eastern tomorrow.", R, "ten A-M eastern tomorrow", "TIME",
     "2025-11-20T10:00", "2025-11-20", "2025-11-20", "day"},
    {"He has worked the floor since the nineteen sixties.", R, "the nineteen sixties", "DATE", "196", "1960-01-01",
     "1969-12-31", "decade"},
    {"Polls close at 7 P-M in the east.", R, "7 P-M", "TIME", "2025-11-19T19:00", "2025-11-19", "2025-11-19", "day"},
    {"He arrived at a quarter to ten.", R, "a quarter to ten", "TIME", "2025-11-19T09:45", "2025-11-19", "2025-11-19",
     "day"},
    {"The summit starts at nine o'clock tonight.", R, "nine o'clock tonight", "TIME", "2025-11-19T21:00", "2025-11-19",
     "2025-11-19", "day"},
    {"It started at eleven minutes after four yesterday afternoon.", R, "eleven minutes after four yesterday afternoon",
     "TIME", "2025-11-18T16:11", "2025-11-18", "2025-11-18", "day"},
    {"The vote was called at about one-forty.", R, "about one-forty", "TIME", "2025-11-19T13:40", "2025-11-19",
     "2025-11-19", "day"},
    {"The governor said at seven this morning that crews had arrived.", R, "seven this morning", "TIME",
     "2025-11-19T07:00", "2025-11-19", "2025-11-19", "day"},
    {"The leaders shake hands at nine o'clock Thursday morning.", R, "nine o'clock Thursday morning", "TIME",
     "2025-11-20T09:00", "2025-11-20", "2025-11-20", "day"},
    {"The tariffs took effect just after midnight, and stocks jumped this afternoon.", R, "midnight", "TIME",
     "2025-11-19T00:00", "2025-11-19", "2025-11-19", "day"},
    {"He spoke at 10:30 last night.", R, "10:30 last night", "TIME", "2025-11-18T22:30", "2025-11-18", "2025-11-18",
     "day"},
    {"The curfew starts at 05:30 local time.", R, "05:30 local time", "TIME", "2025-11-19T05:30", "2025-11-19",
     "2025-11-19", "day"},
    {"The vote took place at noon.", R, "noon", "TIME", "2025-11-19T12:00", "2025-11-19", "2025-11-19", "day"},
    {"Explosions were heard at 10 p.m. Wednesday.", R, "10 p.m. Wednesday", "TIME", "2025-11-19T22:00", "2025-11-19",
     "2025-11-19", "day"},
    {"The attack came at 4 in the morning.", R, "4 in the morning", "TIME", "2025-11-19T04:00", "2025-11-19",
     "2025-11-19", "day"},
    {"The envoy landed at 7:15 a.m. local time.", R, "7:15 a.m. local time", "TIME", "2025-11-19T07:15", "2025-11-19",
     "2025-11-19", "day"},
    {"Talks are scheduled for midnight Friday.", R, "midnight Friday", "TIME", "2025-11-21T24:00", "2025-11-21",
     "2025-11-21", "day"},
    {"The ultimatum expired at 12 a.m. sharp.", R, "12 a.m.", "TIME", "2025-11-19T00:00", "2025-11-19", "2025-11-19",
     "day"},
    {"Markets opened at 9:30am as usual.", R, "9:30am", "TIME", "2025-11-19T09:30", "2025-11-19", "2025-11-19", "day"},
    {"The shooting began at 11 pm on the border.", R, "11 pm", "TIME", "2025-11-19T23:00", "2025-11-19", "2025-11-19",
     "day"},
    {"The statement came at 17:45 GMT.", R, "17:45 GMT", "TIME", "2025-11-19T17:45", "2025-11-19", "2025-11-19", "day"},
    {"The guns fell silent at 6 o'clock.", R, "6 o'clock", "TIME", "2025-11-19T06:00", "2025-11-19", "2025-11-19",
     "day"},
    {"A blast shook the city at midday.", R, "midday", "TIME", "2025-11-19T12:00", "2025-11-19", "2025-11-19", "day"},

    // A clock before a weekday named by its week; a day as it is spoken; a past form that is also the present
    {"At 9:02 a.m. last Wednesday, the power failed.", R, "9:02 a.m.", "TIME", "2025-11-12T09:02", "2025-11-12",
     "2025-11-12", "day"},
    {"The session opens on January the sixth.", R, "January the sixth", "DATE", "2026-01-06", "2026-01-06",
     "2026-01-06", "day"},
    {"The total eclipse on August the twenty-first was seen by millions.", R, "August the twenty-first", "DATE",
     "2025-08-21", "2025-08-21", "2025-08-21", "day"},
    {"Kanemori cut its profit forecast in February.", R, "February", "DATE", "2025-02", "2025-02-01", "2025-02-28",
     "month"},
    {"The central bank cut rates in January.", R, "January", "DATE", "2025-01", "2025-01-01", "2025-01-31", "month"},
    {"They plan to cut rates in January.", R, "January", "DATE", "2026-01", "2026-01-01", "2026-01-31", "month"},
    {"Markets expect another cut in January.", R, "January", "DATE", "2026-01", "2026-01-01", "2026-01-31", "month"},

    {"On July 4, the United States turns 250.", "2026-01-19", "July 4", "DATE", "2026-07-04", "2026-07-04",
     "2026-07-04", "day"},
    {"On Tuesday the delegation travels to Paris.", "1994-06-06", "Tuesday", "DATE", "1994-06-07", "1994-06-07",
     "1994-06-07", "day"},
    {"The plane landed at seven-oh-five.", R, "seven-oh-five", "TIME", "2025-11-19T07:05", "2025-11-19", "2025-11-19",
     "day"},
    {"The first blasts struck at about ten to nine.", R, "about ten to nine", "TIME", "2025-11-19T08:50", "2025-11-19",
     "2025-11-19", "day"},
    {"Good evening. It's six o'clock.", R, "six o'clock", "TIME", "2025-11-19T18:00", "2025-11-19", "2025-11-19",
     "day"},
    {"Shortly after two a.m. the networks called the state. Then they took it back. Gore conceded at around "
     "two-thirty.",
     R, "around two-thirty", "TIME", "2025-11-19T02:30", "2025-11-19", "2025-11-19", "day"},
    {"The curfew starts at six-thirty on Friday morning.", R, "six-thirty", "TIME", "2025-11-21T06:30", "2025-11-21",
     "2025-11-21", "day"},

    {"The appeal covers three months, March to May.", R, "March", "DATE", "2026-03", "2026-03-01", "2026-03-31",
     "month"},
    {"Thousands are still homeless after the floods of August and September 2024.", R, "August", "DATE", "2024-08",
     "2024-08-01", "2024-08-31", "month"},
    {"The appeal launched on 29 April seeks funds from the start of May to the end of July.", "2015-05-08",
     "the end of July", "DATE", "2015-07", "2015-07-21", "2015-07-31", "month"},
    {"The war began in February 2022, and the front has barely moved since the autumn.", "2025-06-10", "the autumn",
     "DATE", "2024-FA", "2024-09-01", "2024-11-30", "season"},
    {"Last year, heavy floods in mid-May destroyed the harvest.", "2025-03-10", "mid-May", "DATE", "2024-05",
     "2024-05-11", "2024-05-20", "month"},
    {"The ban expires in March.", R, "March", "DATE", "2026-03", "2026-03-01", "2026-03-31", "month"},

    {"The order reached the navy on Sunday, 26 May 1940, eighty-six years ago today. The planners hoped for two "
     "days. Instead the evacuation lasted nine days. On the first full day, Monday, only 7,700 soldiers got away.",
     "2026-05-26", "Monday", "DATE", "1940-05-27", "1940-05-27", "1940-05-27", "day"},
    {"The children were born on Christmas morning in 1903.", R, "Christmas morning", "TIME", "1903-12-25TMO",
     "1903-12-25", "1903-12-25", "day"},
    {"Officers were called at approximately 0210hrs on Sunday.", R, "approximately 0210hrs", "TIME", "2025-11-16T02:10",
     "2025-11-16", "2025-11-16", "day"},

    {"Confirmed cases rose to 571 by the end of Wednesday.", "2020-01-25", "the end of Wednesday", "DATE", "2020-01-22",
     "2020-01-22", "2020-01-22", "day"},
    {"Met Eireann has issued a yellow warning for Cork and Kerry from 6am on Thursday.", "2021-01-27", "Thursday",
     "DATE", "2021-01-28", "2021-01-28", "2021-01-28", "day"},
    {"President Clinton glossed over stern warnings from Moscow on Thursday.", "1998-02-13", "Thursday", "DATE",
     "1998-02-12", "1998-02-12", "1998-02-12", "day"},

    {"Australia will face Argentina in the last 16 on Saturday night.", R, "Saturday night", "TIME", "2025-11-22TNI",
     "2025-11-22", "2025-11-22", "day"},
    {"Losses peaked in the final quarter of 2008.", R, "the final quarter of 2008", "DATE", "2008-Q4", "2008-10-01",
     "2008-12-31", "quarter"},
    {"Sales rose in the first half of calendar 2006.", R, "the first half of calendar 2006", "DATE", "2006-H1",
     "2006-01-01", "2006-06-30", "year"},
    {"First-half operating profit rose 12 percent.", R, "First-half", "DATE", "2025-H1", "2025-01-01", "2025-06-30",
     "year"},

    {"Cholera cases rose in epidemiological week 24.", "2017-06-24", "epidemiological week 24", "DATE", "2017-W24",
     "2017-06-12", "2017-06-18", "week"},
    {"Applications close a fortnight from today.", R, "a fortnight from today", "DATE", "2025-12-03", "2025-12-03",
     "2025-12-03", "day"},
    {"Shops reopened after St Stephen's Day.", R, "St Stephen's Day", "DATE", "2024-12-26", "2024-12-26", "2024-12-26",
     "day"},
    {"The deal should close by the end of the calendar year.", R, "the end of the calendar year", "DATE", "2025",
     "2025-09-01", "2025-12-31", "year"},

    {"The strikes began at 2:30am local time (23:30 GMT) on Friday.", R, "23:30 GMT", "TIME", "2025-11-13T23:30",
     "2025-11-13", "2025-11-13", "day"},
    {"The blast struck at about 10:35 a.m. (0735 GMT) Friday.", R, "0735 GMT", "TIME", "2025-11-14T07:35", "2025-11-14",
     "2025-11-14", "day"},
    {"He said the figures were lower than in 2018, when crews were attacked 16 times on 5 November alone.", R,
     "5 November", "DATE", "2018-11-05", "2018-11-05", "2018-11-05", "day"},

    {"The new coin goes into circulation on Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21",
     "day"},

    {"Travel peaked on the eve of the Lunar New Year.", "2021-02-15", "the eve of the Lunar New Year", "DATE",
     "2021-02-11", "2021-02-11", "2021-02-11", "day"},
    {"Millions travelled home for Idul Fitri.", "2023-04-25", "Idul Fitri", "DATE", "2023-04-21", "2023-04-21",
     "2023-04-21", "day"},

    {"On this day in 1944, troops landed in Normandy.", "1994-06-06", "this day in 1944", "DATE", "1944-06-06",
     "1944-06-06", "1944-06-06", "day"},
    {"On this day 75 years ago, she climbed a lamp post.", "2020-05-08", "this day 75 years ago", "DATE", "1945-05-08",
     "1945-05-08", "1945-05-08", "day"},
    {"On this day in 2019, the dam burst.", "2024-02-29", "this day in 2019", "DATE", "2019-02-28", "2019-02-28",
     "2019-02-28", "day"},

    {"It's seven-oh-five on this Tuesday morning.", R, "seven-oh-five", "TIME", "2025-11-19T07:05", "2025-11-19",
     "2025-11-19", "day"},
    {"Residents have fought the city since the late nineteen-nineties.", R, "the late nineteen-nineties", "DATE", "199",
     "1997-01-01", "1999-12-31", "decade"},

    {"Good evening. It's eleven minutes past six. More at the top of the hour.", R, "the top of the hour", "TIME",
     "2025-11-19T19:00", "2025-11-19", "2025-11-19", "day"},

    {"On Monday it will be fifty years since the landings. The landings began on 6 June 1944. Twenty days "
     "later, on 26 June, the Americans entered Cherbourg.",
     "1994-06-04", "26 June", "DATE", "1944-06-26", "1944-06-26", "1944-06-26", "day"},
    {"The radar operators shut down at 7 a.m. on Sunday, Dec. 7, 1941. The next day, Monday, Dec. 8, Roosevelt went "
     "before Congress and called Dec. 7 \"a date which will live in infamy.\"",
     "2001-12-06", "Dec. 7", "DATE", "1941-12-07", "1941-12-07", "1941-12-07", "day"},

    // Other reference dates and years
    {"On Tuesday, the army fired four missiles.", "2024-02-29", "Tuesday", "DATE", "2024-02-27", "2024-02-27",
     "2024-02-27", "day"},
    {"The talks will resume on Monday.", "2024-12-31", "Monday", "DATE", "2025-01-06", "2025-01-06", "2025-01-06",
     "day"},
    {"Fighting flared last week.", "2026-01-01", "last week", "DATE", "2025-W52", "2025-12-22", "2025-12-28", "week"},
    {"The ceasefire held this week.", "2027-01-01", "this week", "DATE", "2026-W53", "2026-12-28", "2027-01-03",
     "week"},
    {"The offensive began in December.", "2026-01-15", "December", "DATE", "2025-12", "2025-12-01", "2025-12-31",
     "month"},
    {"The offensive will begin in February.", "2025-12-15", "February", "DATE", "2026-02", "2026-02-01", "2026-02-28",
     "month"},
    {"The minister arrives today.", "2000-02-29", "today", "DATE", "2000-02-29", "2000-02-29", "2000-02-29", "day"},
    {"The deal collapsed last month.", "2025-03-31", "last month", "DATE", "2025-02", "2025-02-01", "2025-02-28",
     "month"},
    {"The bridge was destroyed two days ago.", "2025-03-01", "two days ago", "DATE", "2025-02-27", "2025-02-27",
     "2025-02-27", "day"},
    {"A summit is expected next year.", "1999-12-31", "next year", "DATE", "2000", "2000-01-01", "2000-12-31", "year"},
    {"Exports dropped last quarter.", "2025-01-15", "last quarter", "DATE", "2024-Q4", "2024-10-01", "2024-12-31",
     "quarter"},
    {"Snow fell this winter.", "2026-01-20", "this winter", "DATE", "2025-WI", "2025-12-01", "2026-02-28", "season"},
    {"The agency was set up in the 1960s.", "2025-11-19", "the 1960s", "DATE", "196", "1960-01-01", "1969-12-31",
     "decade"},
    {"The pact signed on March 5, 1946, still stands.", "1999-03-12", "March 5, 1946", "DATE", "1946-03-05",
     "1946-03-05", "1946-03-05", "day"},
    {"Trading resumed Friday.", "1989-10-30", "Friday", "DATE", "1989-10-27", "1989-10-27", "1989-10-27", "day"},
    {"The stock fell yesterday.", "1989-11-02", "yesterday", "DATE", "1989-11-01", "1989-11-01", "1989-11-01", "day"},
    {"The company reported third-quarter profit.", "1989-10-26", "third-quarter", "DATE", "1989-Q3", "1989-07-01",
     "1989-09-30", "quarter"},
    {"Net income rose in the quarter.", "1989-10-26", "the quarter", "DATE", "1989-Q3", "1989-07-01", "1989-09-30",
     "quarter"},
    // A possessive belongs to the noun phrase, as does the article of a quarter used as an adjective
    {"The company posted a loss for its fourth quarter.", "1989-10-30", "fourth quarter", "DATE", "1989-Q4",
     "1989-10-01", "1989-12-31", "quarter"},
    {"A major factor in the third-quarter loss was a write-down.", "1989-10-30", "third-quarter", "DATE", "1989-Q3",
     "1989-07-01", "1989-09-30", "quarter"},
    {"Sales rose in the third quarter.", "1989-10-30", "the third quarter", "DATE", "1989-Q3", "1989-07-01",
     "1989-09-30", "quarter"},
    {"The next World Cup, in twenty twenty-six, will be shared.", R, "twenty twenty-six", "DATE", "2026", "2026-01-01",
     "2026-12-31", "year"},
    {"It was nineteen ninety-six when the war ended.", R, "nineteen ninety-six", "DATE", "1996", "1996-01-01",
     "1996-12-31", "year"},

    // A day after "last", "next" or "this" is that day of the named month
    {"He was shot last Oct. 23 at his home.", "1999-04-19", "last Oct. 23", "DATE", "1998-10-23", "1998-10-23",
     "1998-10-23", "day"},
    {"He was shot last Oct. 23 at his home.", "1999-11-19", "last Oct. 23", "DATE", "1999-10-23", "1999-10-23",
     "1999-10-23", "day"},
    {"The summit opens next March 3 in Rome.", "1999-04-19", "next March 3", "DATE", "2000-03-03", "2000-03-03",
     "2000-03-03", "day"},
    // Hyphenated "early-" and "late-" as "mid-"
    {"She made a late-November trip to Havana.", "2000-01-28", "late-November", "DATE", "1999-11", "1999-11-21",
     "1999-11-30", "month"},
    {"An early-March deadline was missed.", "2025-04-10", "early-March", "DATE", "2025-03", "2025-03-01", "2025-03-10",
     "month"},
    // Lengths written as adjectives: "-long", and "-old" after a bare plural (a number before "-old" is an age)
    {"It ended a decades-long feud.", R, "decades-long", "DURATION", "PXE", "", "", "unknown"},
    {"Kenya hoped to end a years-old slump.", R, "years-old", "DURATION", "PXY", "", "", "unknown"},
    {"The third day-long meeting ended.", R, "day-long", "DURATION", "P1D", "", "", "unknown"},
    {"Dockers began a two-week-long strike.", R, "two-week-long", "DURATION", "P2W", "", "", "unknown"},
    // "is to" and "likely to" announce what is still ahead
    {"The stock is to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "DATE", "1989-10-31", "1989-10-31",
     "1989-10-31", "day"},
    {"The vote is likely to take place Monday.", "1989-11-01", "Monday", "DATE", "1989-11-06", "1989-11-06",
     "1989-11-06", "day"},
    // Parts of the day after "early", "mid-", "late" and "in the"
    {"In London at mid-afternoon yesterday, shares rose.", "1989-11-02", "mid-afternoon yesterday", "TIME",
     "1989-11-01TAF", "1989-11-01", "1989-11-01", "day"},
    {"The convoy left early Tuesday morning.", R, "early Tuesday morning", "TIME", "2025-11-18TMO", "2025-11-18",
     "2025-11-18", "day"},
    {"Dealers placed heavy orders in the morning.", "1989-10-27", "the morning", "TIME", "1989-10-27TMO", "1989-10-27",
     "1989-10-27", "day"},
    {"By mid afternoon, the operation was over.", "1998-03-06", "mid afternoon", "TIME", "1998-03-06TAF", "1998-03-06",
     "1998-03-06", "day"},
    // A second day after "and" or "or" is a date of its own, and shares a year written after it
    {"The summit on April 24 and 25 will go ahead.", "1999-02-10", "25", "DATE", "1999-04-25", "1999-04-25",
     "1999-04-25", "day"},
    {"Talks on Oct. 3 or 4, 2001, failed.", "1999-02-10", "Oct. 3", "DATE", "2001-10-03", "2001-10-03", "2001-10-03",
     "day"},
    {"Talks on Oct. 3 or 4, 2001, failed.", "1999-02-10", "4, 2001", "DATE", "2001-10-04", "2001-10-04", "2001-10-04",
     "day"},
    // Open ends and hedges stay inside the expression
    {"The plant will close over the next year or so.", "1989-11-02", "the next year or so", "DATE", "1990",
     "1990-01-01", "1990-12-31", "year"},
    {"It will not be profitable until 1994 or later.", "1989-11-02", "1994 or later", "DATE", "1994", "1994-01-01",
     "1994-12-31", "year"},
    {"Forecasts for 1990 and beyond are cautious.", "1989-11-02", "1990 and beyond", "DATE", "1990", "1990-01-01",
     "1990-12-31", "year"},
    // Reports: "the full year" is the current one; "will one day" is some time ahead
    {"Sales for the full year were $6.6 billion.", "1989-11-02", "the full year", "DATE", "1989", "1989-01-01",
     "1989-12-31", "year"},
    {"Islam will one day be the second religion there.", "1998-03-03", "one day", "DATE", "FUTURE_REF", "", "",
     "unknown"},
    // A reporting verb gives the tense only beside the date or when nothing else does
    {"\"The father will leave at 4 a.m. Thursday,\" Castro said.", "2000-04-05", "4 a.m. Thursday", "TIME",
     "2000-04-06T04:00", "2000-04-06", "2000-04-06", "day"},
    {"The talks will resume soon, officials said Friday.", R, "Friday", "DATE", "2025-11-14", "2025-11-14",
     "2025-11-14", "day"},
    {"Rebels shelled the town on Monday, the governor told reporters.", R, "Monday", "DATE", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"},
    // A participle after a determiner is an adjective, not a past tense
    {"The two sides held talks in Almaty on May 10.", "2025-03-14", "May 10", "DATE", "2024-05-10", "2024-05-10",
     "2024-05-10", "day"},
    {"The offer was extended to Nov. 20.", "1989-11-02", "Nov. 20", "DATE", "1989-11-20", "1989-11-20", "1989-11-20",
     "day"},
    {"The minister asked parliament to approve the budget in January.", R, "January", "DATE", "2026-01", "2026-01-01",
     "2026-01-31", "month"},
    {"He called on allies to supply more air defences before winter.", R, "winter", "DATE", "2025-WI", "2025-12-01",
     "2026-02-28", "season"},
    {"The minister approved the budget in January.", R, "January", "DATE", "2025-01", "2025-01-01", "2025-01-31",
     "month"},
    {"The dividend would be paid on a still unspecified date in January.", "1989-10-26", "January", "DATE", "1990-01",
     "1990-01-01", "1990-01-31", "month"},
    // Days of a kind are still days
    {"Eight trading days after the plunge, the index was down.", R, "Eight trading days", "DURATION", "P8D", "", "",
     "unknown"},
    {"Buyers must pay within five business days.", R, "five business days", "DURATION", "P5D", "", "", "unknown"},
    // A year before its noun after a determiner or possessive; "by" a year is a deadline year
    {"That 1978 resolution calls for a withdrawal.", "1998-03-01", "1978", "DATE", "1978", "1978-01-01", "1978-12-31",
     "year"},
    {"Sanctions followed its 1990 invasion of Kuwait.", "1998-03-06", "1990", "DATE", "1990", "1990-01-01",
     "1990-12-31", "year"},
    {"The company's 1989 operating results were weak.", "1989-10-30", "1989", "DATE", "1989", "1989-01-01",
     "1989-12-31", "year"},
    {"By 1992 it intended to hold half the market.", "1989-10-30", "1992", "DATE", "1992", "1992-01-01", "1992-12-31",
     "year"},
    // A main verb far out decides when nothing near does
    {"In January, a week after the anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in "
     "Birmingham killed a guard.",
     "1998-10-25", "January", "DATE", "1998-01", "1998-01-01", "1998-01-31", "month"},
    // Holidays after "last" or "next", and the week of a holiday
    {"He was found at sea last Thanksgiving.", "2000-02-10", "last Thanksgiving", "DATE", "1999-11-25", "1999-11-25",
     "1999-11-25", "day"},
    {"The pilgrims will return next Christmas.", "2000-02-10", "next Christmas", "DATE", "2000-12-25", "2000-12-25",
     "2000-12-25", "day"},
    {"Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "DATE", "2000-W16", "2000-04-17",
     "2000-04-23", "week"},
    // US Election Day, "that same day", and years after "post-" and "pre-"
    {"Abortion is a theme from now to Election Day.", "1998-10-26", "Election Day", "DATE", "1998-11-03", "1998-11-03",
     "1998-11-03", "day"},
    {"The polls close on Election Day.", "2024-10-01", "Election Day", "DATE", "2024-11-05", "2024-11-05", "2024-11-05",
     "day"},
    {"The town fell on March 3, 2024, and the mayor fled that same day.", R, "that same day", "DATE", "2024-03-03",
     "2024-03-03", "2024-03-03", "day"},
    {"The post-1959 politics split thousands of families.", "2000-02-24", "post-1959", "DATE", "1959", "1959-01-01",
     "1959-12-31", "year"},
    // "May" and "March" after "by", or between an article and a noun, are months
    {"The talks are supposed to conclude by May.", "1998-03-22", "May", "DATE", "1998-05", "1998-05-01", "1998-05-31",
     "month"},
    {"The March accession lets them join the summit.", "1999-02-10", "March", "DATE", "1999-03", "1999-03-01",
     "1999-03-31", "month"},
    // "the fiscal year" as "the year": a length when "ended" follows, else the year under discussion
    {"In the fiscal year ended Jan. 31, sales rose.", "1989-10-30", "the fiscal year", "DURATION", "P1Y", "", "",
     "unknown"},
    {"Lower interest will cut earnings for the fiscal year.", "1989-11-02", "the fiscal year", "DATE", "1989",
     "1989-01-01", "1989-12-31", "year"},
    // Plural weekdays and parts of the day are sets
    {"The market is closed on Sundays.", R, "Sundays", "SET", "XXXX-WXX-7", "", "", "unknown"},
    {"Flights leave Bombay on Tuesday nights.", R, "Tuesday nights", "SET", "XXXX-WXX-2TNI", "", "", "unknown"},
    // how often, in TimeML a set with its frequency in the extent
    {"Patrols run twice a day along the border.", R, "twice a day", "SET", "P1D", "", "", "unknown"},
    {"Flights leave three times a week.", R, "three times a week", "SET", "P1W", "", "", "unknown"},
    {"The envoys meet once a month.", R, "once a month", "SET", "P1M", "", "", "unknown"},
    {"Flights leave Bombay on Monday and Tuesday nights.", R, "Monday", "SET", "XXXX-WXX-1TNI", "", "", "unknown"},
    // The period a year before the reported one, named as a whole
    {"Net rose in the third quarter. For the quarter a year ago, it earned less.", "1989-10-26",
     "the quarter a year ago", "DATE", "1988-Q3", "1988-07-01", "1988-09-30", "quarter"},
    {"Net rose in the third quarter. Sales for last year's quarter were flat.", "1989-10-26", "last year's quarter",
     "DATE", "1988-Q3", "1988-07-01", "1988-09-30", "quarter"},
    {"Net rose in the third quarter, against a loss for the corresponding period last year.", "1989-10-26",
     "the corresponding period last year", "DATE", "1988-Q3", "1988-07-01", "1988-09-30", "quarter"},
    // "last February" in March is not last month but the February before; across the new year the
    // near one stays
    {"Two helicopters crashed last February.", "1998-03-01", "last February", "DATE", "1997-02", "1997-02-01",
     "1997-02-28", "month"},
    {"Two helicopters crashed last December.", "1998-01-15", "last December", "DATE", "1997-12", "1997-12-01",
     "1997-12-31", "month"},
    {"The new line opens next April.", "2025-03-10", "next April", "DATE", "2026-04", "2026-04-01", "2026-04-30",
     "month"},
    // A day after a bracketed conversion dates the time before it
    {"The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", "1998-08-08", "about 10:35 a.m.",
     "TIME", "1998-08-07T10:35", "1998-08-07", "1998-08-07", "day"},
    {"Over the next couple of years exports will grow.", "1989-10-26", "the next couple of years", "DURATION", "P2Y",
     "1989-10-26", "1991-10-25", "year"},
    {"Rain fell in mid-March across the north.", "2025-04-10", "mid-March", "DATE", "2025-03", "2025-03-11",
     "2025-03-20", "month"},
    // "Today is" or "it's" the nth day of something: the day of the report
    {"Today is the fifth day of the siege.", R, "the fifth day", "DATE", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"},
    {"It's the third straight day of strikes on the port.", R, "the third straight day", "DATE", "2025-11-19",
     "2025-11-19", "2025-11-19", "day"},
    // A verb of schedules in the simple present looks ahead, after a clause, a phrase in commas or a relative pronoun
    {"The calendar has 21 rounds and ends in Abu Dhabi on 29 August.", R, "29 August", "DATE", "2026-08-29",
     "2026-08-29", "2026-08-29", "day"},
    {"Resolution 2231, which endorsed the deal, terminates on 18 August.", R, "18 August", "DATE", "2026-08-18",
     "2026-08-18", "2026-08-18", "day"},
    {"Sanctions return after a 180-day period that ends on 4 August.", R, "4 August", "DATE", "2026-08-04",
     "2026-08-04", "2026-08-04", "day"},
    {"New START, the last treaty capping the arsenals, expires on Thursday.", R, "Thursday", "DATE", "2025-11-20",
     "2025-11-20", "2025-11-20", "day"},
    {"Staff were told on Monday; most of the closures take effect this Sunday.", R, "this Sunday", "DATE", "2025-11-23",
     "2025-11-23", "2025-11-23", "day"},
    {"Tickets for the opening weekend go on sale Tuesday.", R, "Tuesday", "DATE", "2025-11-25", "2025-11-25",
     "2025-11-25", "day"},
    {"The first flow data should be published Friday morning.", R, "Friday morning", "TIME", "2025-11-21TMO",
     "2025-11-21", "2025-11-21", "day"},
    {"Sunday's final stage leaves Rambouillet at 1.45pm.", R, "Sunday", "DATE", "2025-11-23", "2025-11-23",
     "2025-11-23", "day"},
    {"He leads by three minutes, with only the stage on Sunday still to come.", R, "Sunday", "DATE", "2025-11-23",
     "2025-11-23", "2025-11-23", "day"},
    {"Fourth-quarter GDP revisions arrive late next month.", "2026-01-30", "Fourth-quarter", "DATE", "2025-Q4",
     "2025-10-01", "2025-12-31", "quarter"},
    {"They met at 3 o'clock in the afternoon.", R, "3 o'clock in the afternoon", "TIME", "2025-11-19T15:00",
     "2025-11-19", "2025-11-19", "day"},
    // A call or a plan in the present looks ahead; a phrasal verb with "set" is done
    {"Unions have called for another round of marches on Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20",
     "2025-11-20", "day"},
    {"Church leaders plan a prayer rally for Saturday.", R, "Saturday", "DATE", "2025-11-22", "2025-11-22",
     "2025-11-22", "day"},
    {"Farmers set off at dawn on Monday and were due to reach the capital by Friday.", R, "Monday", "DATE",
     "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    {"A trade channel, set up in January, has yet to complete a transaction.", R, "January", "DATE", "2025-01",
     "2025-01-01", "2025-01-31", "month"},
    {"The group had been due to start adding barrels in January.", "2024-12-05", "January", "DATE", "2025-01",
     "2025-01-01", "2025-01-31", "month"},
    {"The cut then eases to 7.7 million bpd from July.", "2020-04-12", "July", "DATE", "2020-07", "2020-07-01",
     "2020-07-31", "month"},
    {"They agreed a rise for December, followed by a pause from January.", "2025-11-28", "January", "DATE", "2026-01",
     "2026-01-01", "2026-01-31", "month"},
    {"NATO leaders gather at the Celtic Manor resort on Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20",
     "2025-11-20", "day"},
    {"The tour kicks off Feb. 26 in Tulsa.", "2014-09-02", "Feb. 26", "DATE", "2015-02-26", "2015-02-26", "2015-02-26",
     "day"},
    {"Last year's pandemic had its first peak in mid-July.", "2010-12-23", "mid-July", "DATE", "2009-07", "2009-07-11",
     "2009-07-20", "month"},
    {"The meteor shower, the year's best, peaks overnight Sunday into Monday.", R, "Sunday", "DATE", "2025-11-23",
     "2025-11-23", "2025-11-23", "day"},
    {"The last of four eclipses - a tetrad that began in April 2024 - arrives this Sunday night.", R,
     "this Sunday night", "TIME", "2025-11-23TNI", "2025-11-23", "2025-11-23", "day"},
    {"The Geminids peak Saturday night into Sunday morning, Dec. 13-14.", "2025-12-10", "Sunday morning, Dec. 13-14",
     "DATE", "2025-12-13", "2025-12-13", "2025-12-14", "day"},
    // A plural noun is no verb of a plan: the object of a past verb, or the head of a list of names
    {"A regime was introduced in the Kursk, Belgorod and Bryansk regions on Friday night.", R, "Friday night", "TIME",
     "2025-11-14TNI", "2025-11-14", "2025-11-14", "day"},
    {"Ten were killed when missiles struck residential buildings early on Monday.", R, "Monday", "DATE", "2025-11-17",
     "2025-11-17", "2025-11-17", "day"},
    // What a coming figure or time is compared with has been
    {"Police will put 16,000 officers on the streets tonight, up from about 6,000 on Monday.", R, "Monday", "DATE",
     "2025-11-17", "2025-11-17", "2025-11-17", "day"},
    {"The curfew will start at 9 p.m., three hours earlier than on Monday.", R, "Monday", "DATE", "2025-11-17",
     "2025-11-17", "2025-11-17", "day"},
    {"Passengers will be told no later than 18:00 on Monday.", R, "Monday", "DATE", "2025-11-24", "2025-11-24",
     "2025-11-24", "day"},
    // An hour up to now or from now is a length
    {"The track cooled in the last hour.", R, "the last hour", "DURATION", "PT1H", "2025-11-18", "2025-11-19", "day"},
    {"He led for the last half hour of the race.", R, "the last half hour", "DURATION", "PT30M", "", "", "unknown"},
    // A span of hours that turns the clock back ends on the next day, or on the first such weekday after its start
    {"The partial phase begins at 10:34 p.m. Sunday. Totality runs from 11:41 p.m. to 12:43 a.m.", R, "12:43 a.m.",
     "TIME", "2025-11-24T00:43", "2025-11-24", "2025-11-24", "day"},
    {"A curfew will run from 9pm on Friday to 5am.", R, "5am", "TIME", "2025-11-22T05:00", "2025-11-22", "2025-11-22",
     "day"},
    {"Forecasters had issued a warning on Friday afternoon, valid from 6pm Saturday until 3am Sunday.", "2013-07-08",
     "3am Sunday", "TIME", "2013-07-07T03:00", "2013-07-07", "2013-07-07", "day"},
    // ... and on no one day when the hours are kept night after night
    {"Tests will take place overnight, between 11pm and 5am, for the next three weeks.", R, "5am", "TIME",
     "XXXX-XX-XXT05:00", "", "", "unknown"},
    {"Officials confirmed on Tuesday that the road will be shut from 8pm to 6am nightly.", R, "8pm", "TIME",
     "XXXX-XX-XXT20:00", "", "", "unknown"},
    {"The airport recorded minus 23 degrees at 5 a.m., and wind chills hovered between 40 and 50 below.", R, "5 a.m.",
     "TIME", "2025-11-19T05:00", "2025-11-19", "2025-11-19", "day"},
    // "is" and the event's noun before the day: a coming one, whatever the words after a comma say
    {"The highlight is a total lunar eclipse late Thursday night, the first since November 2022.", R,
     "late Thursday night", "TIME", "2025-11-20TNI", "2025-11-20", "2025-11-20", "day"},
    // The day a report was given, after the day of what it reports, does not move the story
    {"Israeli warplanes struck the airport on Tuesday, destroying the terminal, Houthi-run media said on Wednesday. "
     "The "
     "raid began shortly after noon.",
     R, "noon", "TIME", "2025-11-18T12:00", "2025-11-18", "2025-11-18", "day"},
    // Late in a day is its evening: the small hours after it are the next day's
    {"Workers streamed back Thursday morning, hours after Congress voted late Wednesday to reopen the government. The "
     "president signed the bill at about 12:30 a.m.",
     "2013-10-17", "about 12:30 a.m.", "TIME", "2013-10-17T00:30", "2013-10-17", "2013-10-17", "day"},
    // A clock to come goes on from the coming day of the clock before it, past a year named in between
    {"The eclipse arrives this Sunday night, with the closest full moon of the year. The moon will enter the shadow at "
     "9:07 p.m. EDT. Totality starts at 10:11 p.m.",
     R, "10:11 p.m.", "TIME", "2025-11-23T22:11", "2025-11-23", "2025-11-23", "day"},
    // A long phrase that opens the sentence, with an adjective in -ed, is dated by the main verb after it
    {"In a televised address from the Oval Office Wednesday night, Bush said the campaign would be broad.",
     "2003-03-21", "Wednesday night", "TIME", "2003-03-19TNI", "2003-03-19", "2003-03-19", "day"},
    // A capital after the period of "a.m." opens a sentence, whose day is not the clock's
    {"The index for June comes out Tuesday at 10 a.m. On Thursday, the institute reports on factories.", "2004-06-28",
     "10 a.m.", "TIME", "2004-06-29T10:00", "2004-06-29", "2004-06-29", "day"},
    // A passive in the present tells a plan, not a thing done: the clock is on the coming day
    {"An open house for the new lounge is planned for Friday at 4 p.m.", "2008-09-03", "4 p.m.", "TIME",
     "2008-09-05T16:00", "2008-09-05", "2008-09-05", "day"},
    // The day of a report after a longer name of who gave it
    {"A fire that destroyed a farmhouse early Tuesday was deliberately set, the county fire marshal's office said "
     "Wednesday. Firefighters were called at 2:47 a.m.",
     "2023-08-24", "2:47 a.m.", "TIME", "2023-08-22T02:47", "2023-08-22", "2023-08-22", "day"},
    // A day a span runs until comes after the day its sentence named before it, but not after a dateline's
    {"A federal judge on Thursday night gave voters until 5 p.m. Saturday to fix the problem.", "2018-11-16",
     "5 p.m. Saturday", "TIME", "2018-11-17T17:00", "2018-11-17", "2018-11-17", "day"},
    {"HARRISBURG, Pa. (Nov. 5, 2020) -- Election workers kept counting ballots through Wednesday night.", "2020-11-05",
     "Wednesday night", "TIME", "2020-11-04TNI", "2020-11-04", "2020-11-04", "day"},
    // "o'clock" says no half of the day: the part of the day beside it does
    {"Crowds gathered around 8 o'clock tonight.", "2020-03-16", "around 8 o'clock tonight", "TIME", "2020-03-16T20:00",
     "2020-03-16", "2020-03-16", "day"},
    {"Shelling began at 6 o'clock Sunday evening.", "2020-03-16", "6 o'clock Sunday evening", "TIME",
     "2020-03-15T18:00", "2020-03-15", "2020-03-15", "day"},
    // A holiday weekend is a weekend
    {"Stocks rallied over the holiday weekend.", "2020-03-16", "the holiday weekend", "DATE", "2020-W11-WE",
     "2020-03-14", "2020-03-15", "week"},
    {"Traffic was heavy on the bank holiday weekend.", "2020-03-16", "the bank holiday weekend", "DATE", "2020-W11-WE",
     "2020-03-14", "2020-03-15", "week"},
    // A month of delivery is the next one a market trades, whatever the tense
    {"Brent crude for May delivery rose.", "2020-04-20", "May", "DATE", "2020-05", "2020-05-01", "2020-05-31", "month"},
    {"The front-month October crude contract hit a record.", "2020-04-20", "October", "DATE", "2020-10", "2020-10-01",
     "2020-10-31", "month"},
    // A bare hour after "tonight at" or "this evening at" is in the evening
    {"The full story tonight at 11.", "2020-03-16", "11", "TIME", "2020-03-16T23:00", "2020-03-16", "2020-03-16",
     "day"},
    {"Join us this evening at 7 for the debate.", "2020-03-16", "7", "TIME", "2020-03-16T19:00", "2020-03-16",
     "2020-03-16", "day"},
    // A span told in the present runs on to a day ahead
    {"The conference runs through Friday.", R, "Friday", "DATE", "2025-11-21", "2025-11-21", "2025-11-21", "day"},
    {"Forecasters are calling for highs near 90 through Monday.", R, "Monday", "DATE", "2025-11-24", "2025-11-24",
     "2025-11-24", "day"},
    // "start" after a hope is an infinitive, though the lexicon knows it as a word of dates
    {"We are hoping to start Thursday.", R, "Thursday", "DATE", "2025-11-20", "2025-11-20", "2025-11-20", "day"},
    // In a diary's entry, "last night", "today" and "tomorrow" count from the day that heads it
    {"Log of the yacht Kestrel\n\nSunday 18 August, Cambridge Bay\n\nWe dropped anchor here at 2230 last night after a "
     "long run. Everyone slept until nearly noon. The plan is to refuel tomorrow.",
     "2024-08-19", "tomorrow", "DATE", "2024-08-19", "2024-08-19", "2024-08-19", "day"},
    {"Log of the yacht Kestrel\n\nSunday 18 August, Cambridge Bay\n\nWe dropped anchor here at 2230 last night after a "
     "long run. Everyone slept until nearly noon. The plan is to refuel tomorrow.",
     "2024-08-19", "nearly noon", "TIME", "2024-08-18T12:00", "2024-08-18", "2024-08-18", "day"},
    {"Day 47 - Thursday 21 April\n\nWe covered 14 nautical miles today.", "2005-04-22", "today", "DATE", "2005-04-21",
     "2005-04-21", "2005-04-21", "day"},
    // ... and in an entry run on from its heading's dash, until its paragraph ends
    {"Ice diary\n\nMonday 11 January - Left camp at dawn. Tomorrow we cross the crevasses.\n\nWhat comes next: the "
     "team flies out on the 30th.",
     "1993-01-22", "Tomorrow", "DATE", "1993-01-12", "1993-01-12", "1993-01-12", "day"},
    {"Ice diary\n\nMonday 11 January - Left camp at dawn.\n\nWhat comes next: the team flies out tomorrow.",
     "1993-01-22", "tomorrow", "DATE", "1993-01-23", "1993-01-23", "1993-01-23", "day"},
    // "the following Saturday" is the first one after the day told; "following" before a possessive is "after"
    {"The first drive is Monday, Feb. 19. A second drive is planned for the following Saturday.", "2018-02-19",
     "the following Saturday", "DATE", "2018-02-24", "2018-02-24", "2018-02-24", "day"},
    {"Sherpas made demands, following Friday's avalanche.", "2014-04-22", "Friday", "DATE", "2014-04-18", "2014-04-18",
     "2014-04-18", "day"},
    // A relative clause with "that" in the present tells a plan; "said that" opens what was said
    {"Lawmakers reached a deal on a budget that takes effect Sunday.", "2001-06-29", "Sunday", "DATE", "2001-07-01",
     "2001-07-01", "2001-07-01", "day"},
    {"He said that costs rose Sunday.", "2001-06-29", "Sunday", "DATE", "2001-06-24", "2001-06-24", "2001-06-24",
     "day"},
    // A day just after the turn of the year, in a past sentence told at the year's end, is in the next year
    {"Police have banned rallies in the capital until after New Year's Day.", "2007-12-28", "New Year's Day", "DATE",
     "2008-01-01", "2008-01-01", "2008-01-01", "day"},
    {"The Conservatives won, clearing the way for Britain to leave the European Union on January 31.", "2019-12-13",
     "January 31", "DATE", "2020-01-31", "2020-01-31", "2020-01-31", "day"},
    // Zones of the Atlantic, Australia and Asia are zones too, and the day after them dates the clock
    {"Maria made landfall near Yabucoa at 6:15 a.m. AST Wednesday.", "2017-09-22", "6:15 a.m. AST Wednesday", "TIME",
     "2017-09-20T06:15", "2017-09-20", "2017-09-20", "day"},
    {"The fire front reached the town at 5pm AEST.", "2012-08-24", "5pm AEST", "TIME", "2012-08-24T17:00", "2012-08-24",
     "2012-08-24", "day"},
    // One asked in the passive was asked on the day, unless a deadline or a span stands before it
    // "past" without its article is a preposition, not "the last"
    {"The shutdown would be the longest ever if it continues past Jan. 12.", "2018-12-28", "Jan. 12", "DATE",
     "2019-01-12", "2019-01-12", "2019-01-12", "day"},
    // A month beside a good traded for it is the next such month
    {"Brent blend for January settled at $18.", "1998-11-20", "January", "DATE", "1999-01", "1999-01-01", "1999-01-31",
     "month"},
    {"January crude fell 28 cents.", "1998-11-20", "January", "DATE", "1999-01", "1999-01-01", "1999-01-31", "month"},
    {"March natural gas futures rose.", "1998-11-20", "March", "DATE", "1999-03", "1999-03-01", "1999-03-31", "month"},
    // New Zealand's national day; a feast's long weekend is the weekend beside it
    {"Friday's Waitangi Day commemorations will be held at the Treaty Grounds.", "2026-02-03", "Waitangi Day", "DATE",
     "2026-02-06", "2026-02-06", "2026-02-06", "day"},
    {"Traffic was heavy over the Easter long weekend.", "2025-04-22", "Easter long weekend", "DATE", "2025-W16-WE",
     "2025-04-19", "2025-04-20", "week"},
    {"Residents were ordered to leave late Monday.", "2024-07-25", "late Monday", "DATE", "2024-07-22", "2024-07-22",
     "2024-07-22", "day"},
    {"Residents were told to leave by Friday.", "2024-07-25", "Friday", "DATE", "2024-07-26", "2024-07-26",
     "2024-07-26", "day"},
    // The span a warning runs, right after it, lies ahead of its issuing
    {"Forecasters issued a red flag warning from 4 a.m. Tuesday until noon Wednesday.", "2025-01-13", "4 a.m. Tuesday",
     "TIME", "2025-01-14T04:00", "2025-01-14", "2025-01-14", "day"},
};

} // namespace

class TimexEngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesExpression_data();
    void resolvesExpression();
    void rejectsImpossibleDates_data();
    void rejectsImpossibleDates();
    void ignoresNumbersThatAreNoDates_data();
    void ignoresNumbersThatAreNoDates();
    void findsExactlyTheseExpressions_data();
    void findsExactlyTheseExpressions();
    void chainsFollowTheNarrativeDate_data();
    void chainsFollowTheNarrativeDate();
    void findsEveryExpressionInOrder();
    void resolvesEveryDateOfAReport();
    void reportsUtf16Spans();
    void joinsARangeForTheTimeline();
    void scansDigitsAndPunctuationInLinearTime();
};

void TimexEngineTest::resolvesExpression_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("precision");
    int row = 0;
    for (const Case &c : cases) {
        QTest::addRow("%03d %s", ++row, c.expression)
            << QString::fromUtf8(c.sentence) << QDate::fromString(QString::fromUtf8(c.reference), Qt::ISODate)
            << QString::fromUtf8(c.expression) << QString::fromUtf8(c.type) << QString::fromUtf8(c.value)
            << QString::fromUtf8(c.start) << QString::fromUtf8(c.end) << QString::fromUtf8(c.precision);
    }
}

void TimexEngineTest::resolvesExpression()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, reference);
    QFETCH(QString, expression);
    QFETCH(QString, type);
    QFETCH(QString, value);
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
    QCOMPARE(sentence.mid(match->start, match->end - match->start), expression);
    QCOMPARE(toString(match->type), type);
    QCOMPARE(match->value, value);
    QCOMPARE(match->interval.start.toString(Qt::ISODate), start);
    QCOMPARE(match->interval.end.toString(Qt::ISODate), end);
    QCOMPARE(toString(match->interval.precision), precision);
}

void TimexEngineTest::rejectsImpossibleDates_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("February 30") << QStringLiteral("The memo dated February 30 is a forgery.");
    QTest::newRow("30 February 2024") << QStringLiteral("The memo dated 30 February 2024 is a forgery.");
    QTest::newRow("13/45/2025") << QStringLiteral("The code 13/45/2025 appeared on the crate.");
    QTest::newRow("2025-02-30") << QStringLiteral("The file 2025-02-30 was empty.");
    QTest::newRow("April 31, 2025") << QStringLiteral("A letter of April 31, 2025 surfaced.");
    QTest::newRow("Feb. 29, 2025") << QStringLiteral("A receipt of Feb. 29, 2025 surfaced.");
    QTest::newRow("00/12/2025") << QStringLiteral("Serial 00/12/2025 was logged.");
    QTest::newRow("2025-13-01") << QStringLiteral("Batch 2025-13-01 was logged.");
}

void TimexEngineTest::rejectsImpossibleDates()
{
    QFETCH(QString, sentence);
    const QList<Timex> timexes = TimexEngine().annotate(sentence, QDate(2025, 11, 19));
    QStringList found;
    for (const Timex &timex : timexes)
        found << timex.text;
    QVERIFY2(timexes.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
}

void TimexEngineTest::ignoresNumbersThatAreNoDates_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("count") << QStringLiteral("Officials counted 2000 rifles in the depot.");
    QTest::newRow("a decimal") << QStringLiteral("Inflation reached 9.30 percent.");
    QTest::newRow("a price with a decimal point") << QStringLiteral("Shares closed at 14.30 on the exchange.");
    QTest::newRow("a price that opens a line") << QStringLiteral("Offers:\n12.50 Pounds buys a ticket.");
    QTest::newRow("telephone numbers") << QStringLiteral("Call +31 70 342 2000 or 020 7946 1999 for help.");
    QTest::newRow("a surname") << QStringLiteral("The scholar Tariq Ramadan gave a lecture.");
    QTest::newRow("a quotation that opens on a number")
        << QStringLiteral("It works in '98 percent of cases', he said.");
    QTest::newRow("a fraction") << QStringLiteral("Powell backed a three-quarter point increase.");
    QTest::newRow("another country's independence day")
        << QStringLiteral("Pakistan's Independence Day passed quietly; Ukraine marks its Independence Day too.");
    QTest::newRow("prospects") << QStringLiteral("The ministers will discuss the future of the grain deal.");
    QTest::newRow("a speed") << QStringLiteral("The storm moved at 20 kilometres per hour.");
    QTest::newRow("a speed with an article") << QStringLiteral("Winds gusted to 50 miles an hour.");
    QTest::newRow("a fraction after 'by'") << QStringLiteral("The population has fallen by a quarter.");
    QTest::newRow("numbers beside number words") << QStringLiteral("Ten to six people were hurt; he has nine "
                                                                   "thirty-year-old cousins.");
    QTest::newRow("a feast in a name") << QStringLiteral("The Easter Rising failed; the Easter Vigil was long.");
    QTest::newRow("a number that names a thing")
        << QStringLiteral("Under Resolution 2100 the mission grew; Room 1998 is free; he lives at 1999 Main Street.");
    QTest::newRow("days of a kind, or named before")
        << QStringLiteral("Schools lost five snow days, and on both days the roads were shut.");
    QTest::newRow("a feast naming a war") << QStringLiteral("Veterans of the Yom Kippur War met the Tet Offensive's.");
    QTest::newRow("a quarter of something else")
        << QStringLiteral("The Fed made a quarter-point cut before the quarter-final.");
    QTest::newRow("opening hours") << QStringLiteral("The museum's opening hours were cut to save fuel.");
    QTest::newRow("a height") << QStringLiteral("Snow fell above 2000 metres.");
    QTest::newRow("a day's name") << QStringLiteral(
        "Soldiers shot 13 marchers on what became known as Bloody Sunday; stocks fell on Black Monday.");
    QTest::newRow("virus and road") << QStringLiteral("The H1N1 virus spread along Route H2.");
    QTest::newRow("a name that holds a day") << QStringLiteral("The Good Friday Agreement ended the conflict.");
    QTest::newRow("thousands") << QStringLiteral("Around 1,500 people fled the shelling.");
    QTest::newRow("score") << QStringLiteral("The home side won 3:2 in extra time.");
    QTest::newRow("modal may") << QStringLiteral("May the talks succeed, he said.");
    QTest::newRow("verb march") << QStringLiteral("Protesters will march on the capital.");
    QTest::newRow("fall of") << QStringLiteral("The fall of the city shocked everyone.");
    QTest::newRow("age") << QStringLiteral("A 20-year-old soldier was wounded.");
    QTest::newRow("age in years") << QStringLiteral("The envoy, 52 years old, was wounded.");
    QTest::newRow("fraction") << QStringLiteral("About three-quarters of the town was destroyed.");
    QTest::newRow("name Jan") << QStringLiteral("Jan Kowalski, a farmer, lost his barn.");
    QTest::newRow("money") << QStringLiteral("The fund paid $1990 to each family.");
    QTest::newRow("percent") << QStringLiteral("Prices rose 2024% under hyperinflation.");
    QTest::newRow("decimal") << QStringLiteral("The index closed at 2025.75 points.");
    QTest::newRow("newspaper") << QStringLiteral("The Communist Party daily Granma printed the letter.");
    QTest::newRow("high noon") << QStringLiteral("For Poland, high noon has come.");
    QTest::newRow("an ordinal before a noun") << QStringLiteral("He lives on the 15th floor since the 3rd attempt.");
    QTest::newRow("an ordinal count") << QStringLiteral("They prayed for the 20th time and for the 2nd year.");
    QTest::newRow("once a noun") << QStringLiteral("Once a small wholesaler, the firm grew at times.");
    QTest::newRow("a given name before a surname") << QStringLiteral("Harold and June Petrakis met at a dance.");
    QTest::newRow("a kind of school") << QStringLiteral("She taught Sunday school in the village.");
    QTest::newRow("a price in the morning session") << QStringLiteral("The shares rose 9.40 in the morning session.");
    QTest::newRow("for May, a person") << QStringLiteral("The vote was a heavy defeat for May and her party.");
    QTest::newRow("a four-digit count") << QStringLiteral(
        "Some 1522 GMT-registered ships and 0600 local boats sailed.");
    QTest::newRow("a telephone number") << QStringLiteral("Call 0800-2014-2022 for help.");
    QTest::newRow("march of") << QStringLiteral("The March of Dimes raised money for polio research.");
    QTest::newRow("programme title") << QStringLiteral("He spoke on CBS's 60 Minutes about the case.");
    QTest::newRow("quarter-to-quarter") << QStringLiteral("The quarter-to-quarter comparison was also enhanced.");
    QTest::newRow("lodgings") << QStringLiteral("Inspectors were barred from such quarters and living quarters.");
    QTest::newRow("today's world") << QStringLiteral("In today's world, few wars end at a table.");
    QTest::newRow("the leaders of tomorrow") << QStringLiteral("The camp trains the leaders of tomorrow.");
    QTest::newRow("a newspaper's name") << QStringLiteral("The envoy told USA Today that the talks had stalled.");
    QTest::newRow("the nth day of an event past") << QStringLiteral("The march was the second day of protests.");
    QTest::newRow("the last day of an event") << QStringLiteral("The last day of talks was tense.");
    QTest::newRow("an older number counting") << QStringLiteral("In 1500 cases the test failed; he had 1650 men.");
    QTest::newRow("a season before its noun")
        << QStringLiteral("The storm merged with a winter weather system; she paid with money from a summer job.");
    QTest::newRow("wars named for their length")
        << QStringLiteral("Some compared the Twelve-Day War to the Six-Day War and the Thirty Years' War.");
    QTest::newRow("titles and campaigns") << QStringLiteral(
        "He cited the Hundred Days Offensive, the book Ten Days That Shook the World and a Year Zero.");
    QTest::newRow("papers, clubs and shows named for a day")
        << QStringLiteral("The Sunday Times said the Monday Club met; Saturday Night Live mocked it.");
    QTest::newRow("feasts and centuries inside names") << QStringLiteral(
        "The Lakeside Christmas Bird Count met after the Christmas Bird Count Dinner; Disney bought 21st Century Fox.");
    QTest::newRow("the new year as a modifier, of another calendar or inside a date")
        << QStringLiteral("After his New Year greeting and the Persian new year, they spoke of the spirit of the "
                          "new year.");
    QTest::newRow("a show's next season") << QStringLiteral("The next season of the show and its last season differ.");
    QTest::newRow("a season before its noun, after the article's adjectives")
        << QStringLiteral("A major winter storm and a sprawling summer heatwave hit the coast.");
    QTest::newRow("a weekday in the name of a league or a paper")
        << QStringLiteral("The Alder Vale Sunday League season opens as the Sunday Telegraph reported.");
    QTest::newRow("periods of a game") << QStringLiteral(
        "Bonucci bundled in an equaliser midway through the second half; Smith returned an "
        "interception for a touchdown late in the second quarter.");
    QTest::newRow("names that begin with a season")
        << QStringLiteral("Veterans of the Winter War met at the Summer Palace before the Summer Olympics.");
    QTest::newRow("a season in a benefit's name, or before a possessive's noun")
        << QStringLiteral("Pensioners get the Winter Fuel Payment; my winter fuel payment came, and Winter Fuel "
                          "Payments rose.");
}

void TimexEngineTest::ignoresNumbersThatAreNoDates()
{
    QFETCH(QString, sentence);
    const QList<Timex> timexes = TimexEngine().annotate(sentence, QDate(2025, 11, 19));
    QStringList found;
    for (const Timex &timex : timexes)
        found << timex.text;
    QVERIFY2(timexes.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
}

// Sentences where something looks like a date and is not: every expression found, in order
void TimexEngineTest::findsExactlyTheseExpressions_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expressions");
    QTest::newRow("a time restated in brackets")
        << QStringLiteral("The strikes began at 2:30am local time (23:30 GMT) on Friday.")
        << QStringList {QStringLiteral("2:30am local time"), QStringLiteral("23:30 GMT"), QStringLiteral("Friday")};
    QTest::newRow("a four-digit time restated in brackets")
        << QStringLiteral("The attack began before 11pm (2000 GMT) on Saturday.")
        << QStringList {QStringLiteral("11pm"), QStringLiteral("2000 GMT"), QStringLiteral("Saturday")};
    QTest::newRow("a release numbered like a day")
        << QStringLiteral("Attackers hid code in Orion version 2020.2.1 until December.")
        << QStringList {QStringLiteral("December")};
    QTest::newRow("a bare hour after tonight or tomorrow and 'at', but no price or score") << QStringLiteral(
        "More tonight at 11. The court rules tomorrow at 10. The index closed tonight at 11.5 points. "
        "Shares closed Friday at 12.") << QStringList {QStringLiteral("tonight"),  QStringLiteral("11"),
                                                       QStringLiteral("tomorrow"), QStringLiteral("10"),
                                                       QStringLiteral("tonight"),  QStringLiteral("Friday")};
    QTest::newRow("'may' before a verb is no month, before a good it is")
        << QStringLiteral("Officials may crude the numbers. May crude fell.") << QStringList {QStringLiteral("May")};
    QTest::newRow("a log's clock after a date and a comma is no year")
        << QStringLiteral("Monday 11 August, 1400 - Anchored. Wednesday 13 August, 2215 - Sailed. The battle was "
                          "fought on 14 October, 1066.")
        << QStringList {QStringLiteral("Monday 11 August"), QStringLiteral("Wednesday 13 August"),
                        QStringLiteral("14 October, 1066")};
    QTest::newRow("a week of the year no bulletin numbers")
        << QStringLiteral("Cases peaked in ISO week 53 of 2017.") << QStringList {};
    QTest::newRow("May after adjectives, and after 'or even'")
        << QStringLiteral("Repairs slipped because a cold, wet May delayed them. The order may run into April or even "
                          "May. Officials said it may, in time.")
        << QStringList {QStringLiteral("May"), QStringLiteral("April"), QStringLiteral("May")};
    QTest::newRow("a month or a season after 'into'")
        << QStringLiteral("The pressure is dragging on well into March. The drought could last into spring.")
        << QStringList {QStringLiteral("March"), QStringLiteral("spring")};
    QTest::newRow("days of a kind, and the last minute") << QStringLiteral(
        "They settled it at the last minute. The team has rest days on Monday. Pubs lost one of their "
        "busiest days of the year.") << QStringList {QStringLiteral("Monday"), QStringLiteral("the year")};
    QTest::newRow("counted days with nothing to count from")
        << QStringLiteral("From day one, he fought. They held a third day-long meeting. Chuseok falls on the 15th day "
                          "of the eighth lunar month. He won on day 3.")
        << QStringList {QStringLiteral("day-long")};
    QTest::newRow("the top of the hour with no clock near")
        << QStringLiteral("More news at the top of the hour.") << QStringList {};
    QTest::newRow("a score is no clock") << QStringLiteral("They won ten to nine on Sunday.")
                                         << QStringList {QStringLiteral("Sunday")};
    QTest::newRow("a match's half") << QStringLiteral("Leckie's second-half goal beat Denmark on Wednesday.")
                                    << QStringList {QStringLiteral("Wednesday")};
    QTest::newRow("an ordinal adjective after a month")
        << QStringLiteral("In March the first shipments arrived.") << QStringList {QStringLiteral("March")};
    QTest::newRow("a range whose end names its month")
        << QStringLiteral("Shares were bought from Aug. 26 to Oct. 20 for $24.")
        << QStringList {QStringLiteral("Aug. 26"), QStringLiteral("Oct. 20")};
    QTest::newRow("times over a span of days")
        << QStringLiteral("Fireworks are allowed from 1 to 10 p.m. June 24 through July 8.")
        << QStringList {QStringLiteral("1"), QStringLiteral("10 p.m."), QStringLiteral("June 24"),
                        QStringLiteral("July 8")};
    QTest::newRow("a range within a month") << QStringLiteral("Fighting raged between October 24 and 26.")
                                            << QStringList {QStringLiteral("October 24 and 26")};
    QTest::newRow("a list of days") << QStringLiteral("Kits were handed out on 5, 6 and 7 January 2026.")
                                    << QStringList {QStringLiteral("5"), QStringLiteral("6"),
                                                    QStringLiteral("7 January 2026")};
    QTest::newRow("a bracket that adds the day")
        << QStringLiteral("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.")
        << QStringList {QStringLiteral("4 in the morning"), QStringLiteral("4 a.m. EDT Thursday")};
    QTest::newRow("dates written in full on both sides of 'and'")
        << QStringLiteral("Votes were held on 12/03/2019 and 13/03/2019.")
        << QStringList {QStringLiteral("12/03/2019"), QStringLiteral("13/03/2019")};
    QTest::newRow("an era named after someone, no length")
        << QStringLiteral("The Merkel years ended in December.") << QStringList {QStringLiteral("December")};
    QTest::newRow("a spoken count, no year") << QStringLiteral("Bush led by fewer than two thousand votes in November.")
                                             << QStringList {QStringLiteral("November")};
    QTest::newRow("years before a noun in the singular, counts before plurals")
        << QStringLiteral("The band announces 2016 arena tour; their 1999 debut sold 2000 copies to 1500 people, and "
                          "we enter 2011 with a backlog.")
        << QStringList {QStringLiteral("2016"), QStringLiteral("1999"), QStringLiteral("2011")};
    QTest::newRow("years inside names") << QStringLiteral(
        "Revenue from the boxed Office 2019 suite fell during the Zapad-2017 exercise.")
                                        << QStringList {};
    QTest::newRow("a part of the day before a noun, no time")
        << QStringLiteral("Journeys take longer in the morning peak and during the evening rush on Monday.")
        << QStringList {QStringLiteral("Monday")};
    QTest::newRow("a part of the day before a word of place")
        << QStringLiteral("Search teams worked through the night off the coast.")
        << QStringList {QStringLiteral("the night")};
    QTest::newRow("parts of the day after into, throughout and most of")
        << QStringLiteral("Talks ran into the evening; phones were down for most of the afternoon, and crews worked "
                          "throughout the night.")
        << QStringList {QStringLiteral("the evening"), QStringLiteral("the afternoon"), QStringLiteral("the night")};
    QTest::newRow("a greeting and a name, no feast")
        << QStringLiteral("Mohamed Eid sent his greetings, Eid Mubarak, on Monday.")
        << QStringList {QStringLiteral("Monday")};
    QTest::newRow("a kind of year, no length")
        << QStringLiteral("The firm changed from a fiscal year to a calendar year in December.")
        << QStringList {QStringLiteral("December")};
    QTest::newRow("clocks of a routine beside a span of weekdays")
        << QStringLiteral("Clinics usually see patients from 8am to 1pm, Monday to Saturday.")
        << QStringList {QStringLiteral("8am"), QStringLiteral("1pm")};
}

void TimexEngineTest::findsExactlyTheseExpressions()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expressions);
    QStringList found;
    for (const Timex &timex : TimexEngine().annotate(sentence, QDate(2025, 11, 19)))
        found << timex.text;
    QCOMPARE(found, expressions);
}

void TimexEngineTest::chainsFollowTheNarrativeDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("derivation");
    const QString fell = QStringLiteral("The town fell on March 3, 2024. ");
    QTest::newRow("two days later") << fell + QStringLiteral("Two days later, the army retreated.")
                                    << QStringLiteral("Two days later") << QStringLiteral("2024-03-05")
                                    << QStringLiteral("narrative");
    QTest::newRow("a live blog's labelled stamps, newest first")
        << QStringLiteral("Flights resume on Monday.\n\nUpdate, 16:45: Nats has just confirmed it.\n\nUPDATE 3:15 PM: "
                          "Ryanair says it has cancelled all flights until 1pm Monday.")
        << QStringLiteral("3:15 PM") << QStringLiteral("2025-11-19T15:15") << QStringLiteral("reference");
    QTest::newRow("the entries of a day told again")
        << QStringLiteral("The hearing opened at 10 a.m. Tuesday. Here is how it unfolded.\n\n10:05 a.m. -- The "
                          "chairman opens.\n\n4:10 p.m. -- He gavels the hearing to a close.")
        << QStringLiteral("4:10 p.m.") << QStringLiteral("2025-11-18T16:10") << QStringLiteral("narrative");
    QTest::newRow("the next day") << fell + QStringLiteral("The next day, the army retreated.")
                                  << QStringLiteral("The next day") << QStringLiteral("2024-03-04")
                                  << QStringLiteral("narrative");
    QTest::newRow("that evening") << fell + QStringLiteral("That evening, the army retreated.")
                                  << QStringLiteral("That evening") << QStringLiteral("2024-03-03TEV")
                                  << QStringLiteral("narrative");
    QTest::newRow("the previous day") << fell + QStringLiteral("The previous day, rockets struck.")
                                      << QStringLiteral("The previous day") << QStringLiteral("2024-03-02")
                                      << QStringLiteral("narrative");
    QTest::newRow("the end of the narrative's year, set before a past verb")
        << QStringLiteral("The war began in April 2023. By the end of that year, the rebels controlled the west.")
        << QStringLiteral("the end of that year") << QStringLiteral("2023") << QStringLiteral("narrative");
    QTest::newRow("a day set before a past verb after 'by'")
        << fell + QStringLiteral("By March 11, he was said to be gravely ill.") << QStringLiteral("March 11")
        << QStringLiteral("2024-03-11") << QStringLiteral("narrative");
    QTest::newRow("after a year that only names a poll")
        << QStringLiteral("The vote was held on Sunday. Turnout was up from 48 percent in the 2019 poll. A runoff "
                          "would be held two weeks later.")
        << QStringLiteral("two weeks later") << QStringLiteral("2025-11-30") << QStringLiteral("narrative");
    QTest::newRow("a month after a starting point up to now")
        << QStringLiteral("The agency has delivered aid each month since January 2024. In February, only half the "
                          "rations arrived.")
        << QStringLiteral("February") << QStringLiteral("2025-02") << QStringLiteral("reference");
    QTest::newRow("the weekend after a weekday")
        << QStringLiteral("Gangs attacked on Thursday, March 7, 2024, and freed inmates the following weekend.")
        << QStringLiteral("the following weekend") << QStringLiteral("2024-W10-WE") << QStringLiteral("narrative");
    // Clocks in a row keep the day the story set, across a line of quotation, and the afternoon of the clock
    // before them; a clock the narrative reaches after an evening's is the next morning's
    QTest::newRow("a year in a law's name sets no scene")
        << QStringLiteral("The case could weaken the 1965 Voting Rights Act. The justices heard arguments last March.")
        << QStringLiteral("last March") << QStringLiteral("2025-03") << QStringLiteral("reference");
    QTest::newRow("the rest of the week after a year named in passing")
        << QStringLiteral("The last pandemic like it was in 1968. Schools have shut for the rest of the week.")
        << QStringLiteral("the rest of the week") << QStringLiteral("2025-W47") << QStringLiteral("reference");
    QTest::newRow("a day of the week the text just named")
        << QStringLiteral("The recount should be finished by the end of the week, probably Thursday.")
        << QStringLiteral("Thursday") << QStringLiteral("2025-11-20") << QStringLiteral("narrative");
    // What was done at a clock time goes back to the day the story told, past a day ahead it named since
    QTest::newRow("a clock told in the past after a day ahead")
        << QStringLiteral("The Assembly yesterday passed the bill. It will take effect on Friday. The Speaker "
                          "suspended the sitting for 30 minutes at about 4.15 pm.")
        << QStringLiteral("about 4.15 pm") << QStringLiteral("2025-11-18T16:15") << QStringLiteral("narrative");
    QTest::newRow("a clock in a participle phrase stays on the day ahead")
        << QStringLiteral("The ceasefire starts on Friday, with the first hostages freed at 4 p.m.")
        << QStringLiteral("4 p.m.") << QStringLiteral("2025-11-21T16:00") << QStringLiteral("narrative");
    // A weekday goes on from a day a story wrote in full months before the report; after a history of long ago,
    // it is back in the report's week
    QTest::newRow("a weekday in a story written in full")
        << QStringLiteral("The rain began on Saturday, 13 July 2024. By noon on Sunday, the river was three metres "
                          "deep.")
        << QStringLiteral("Sunday") << QStringLiteral("2024-07-14") << QStringLiteral("narrative");
    QTest::newRow("a weekday after a history of long ago")
        << QStringLiteral("Germany surrendered on 8 May 1945. On Thursday, veterans gathered in Berlin.")
        << QStringLiteral("Thursday") << QStringLiteral("2025-11-13") << QStringLiteral("reference");
    QTest::newRow("a clock after a clock, beyond a quotation")
        << QStringLiteral("The blackout began on Aug. 14, 2003. At 3:05 p.m., a line sagged. \"Nobody knew,\" she "
                          "says. At 4:10 p.m., the failures cascaded.")
        << QStringLiteral("4:10 p.m.") << QStringLiteral("2003-08-14T16:10") << QStringLiteral("narrative");
    QTest::newRow("days counted from the last day told, past the year around it")
        << QStringLiteral("The bomb dropped on Aug. 6, 1945, killed 140,000 by the end of that year. Three days later "
                          "a second bomb fell on Nagasaki, and Japan surrendered on Aug. 15.")
        << QStringLiteral("Three days later") << QStringLiteral("1945-08-09") << QStringLiteral("narrative");
    QTest::newRow("a day told on from a day long ago, in its sentence")
        << QStringLiteral("The bomb dropped on Aug. 6, 1945, killed 140,000 by the end of that year. Three days later "
                          "a second bomb fell on Nagasaki, and Japan surrendered on Aug. 15.")
        << QStringLiteral("Aug. 15") << QStringLiteral("1945-08-15") << QStringLiteral("narrative");
    QTest::newRow("that day, after a later season named in passing")
        << QStringLiteral("The first craft reached the beach on June 6, 1944. He fought across France before returning "
                          "home in the spring of 1945. Few of the troops who came ashore that day are alive.")
        << QStringLiteral("that day") << QStringLiteral("1944-06-06") << QStringLiteral("narrative");
    QTest::newRow("that day, after a month before it")
        << QStringLiteral("The site was closed on Thursday, Nov. 6, 2025. A doctor was killed last October. His name "
                          "was crossed out that same day.")
        << QStringLiteral("that same day") << QStringLiteral("2024-10-XX") << QStringLiteral("narrative");
    QTest::newRow("a live entry about a daily pause, latest first")
        << QStringLiteral("LIVE: Ghouta\n\n11:40 \u2014 The daily five-hour pause began again at 9 a.m. today and "
                          "ends at 2 p.m.\n\n10:55 \u2014 A convoy is ready.\n\n10:20 \u2014 Some background.")
        << QStringLiteral("10:20") << QStringLiteral("2025-11-19T10:20") << QStringLiteral("reference");
    QTest::newRow("a programme's days after a heading of today")
        << QStringLiteral("Here's what to watch this week.\n\nToday: The summit opens at 10 a.m.\n\nThursday: The "
                          "president delivers his address.\n\nFriday and Saturday: The debate continues.")
        << QStringLiteral("Friday") << QStringLiteral("2025-11-21") << QStringLiteral("narrative");
    QTest::newRow("a first day heading told in the present")
        << QStringLiteral("This week's gig picks\n\nThursday: The band is back at the Academy.")
        << QStringLiteral("Thursday") << QStringLiteral("2025-11-20") << QStringLiteral("reference");
    QTest::newRow("a stamp before a dash drawn as two hyphens")
        << QStringLiteral("MARKETS LIVE -- Wednesday, November 19, 2025\n\n9:31 a.m. -- Stocks rose after Monday's "
                          "rout.\n\n9:50 a.m. -- The Dow fell 3% last Thursday.\n\n11:15 a.m. -- Bitcoin slid.")
        << QStringLiteral("11:15 a.m.") << QStringLiteral("2025-11-19T11:15") << QStringLiteral("reference");
    QTest::newRow("the small hours after an evening's clock")
        << QStringLiteral("The runners set off at 6 p.m. on Friday, Aug. 26, 2022, and ran through the night, "
                          "reaching Courmayeur shortly after 2 a.m.")
        << QStringLiteral("2 a.m.") << QStringLiteral("2022-08-27T02:00") << QStringLiteral("narrative");
    QTest::newRow("a clock restated in another zone stays on its day")
        << QStringLiteral("On Aug. 26, 2022, the Nikkei closed down 5.4 percent at 3 p.m. local time (0600 GMT).")
        << QStringLiteral("0600 GMT") << QStringLiteral("2022-08-26T06:00") << QStringLiteral("narrative");
    QTest::newRow("a clock without p.m. after an afternoon's")
        << QStringLiteral("On 11 March 2011, the quay began to sway at 2:46 p.m. By 3:15, the bay had emptied.")
        << QStringLiteral("3:15") << QStringLiteral("2011-03-11T15:15") << QStringLiteral("narrative");
    QTest::newRow("a year in a flashback leaves the story on its day")
        << QStringLiteral("On 11 March 2011, the wave topped the seawall, which had been built in 1968. That night, "
                          "200 people huddled in the shrine.")
        << QStringLiteral("That night") << QStringLiteral("2011-03-11TNI") << QStringLiteral("narrative");
    QTest::newRow("minutes later, two sentences after a clock")
        << QStringLiteral("On 11 March 2011, the quay began to sway at 2:46 p.m. By 3:15 the bay had emptied. He "
                          "climbed the steps. Ten minutes later, the wave topped the wall.")
        << QStringLiteral("Ten minutes later") << QStringLiteral("2011-03-11T15:25") << QStringLiteral("narrative");
    QTest::newRow("the afternoon after a night the story told")
        << QStringLiteral("Russia launched 476 drones overnight. Sirens sounded at 3 a.m. A block collapsed. By the "
                          "afternoon, crews had pulled dozens from the wreckage.")
        << QStringLiteral("the afternoon") << QStringLiteral("2025-11-19TAF") << QStringLiteral("narrative");
    QTest::newRow("a morning clock after an evening's")
        << QStringLiteral("The truce took effect at 21:00 on Monday, June 23, 2025. Shelling went on until about 4am.")
        << QStringLiteral("about 4am") << QStringLiteral("2025-06-24T04:00") << QStringLiteral("narrative");
    QTest::newRow("two weeks on") << fell + QStringLiteral("Two weeks on, the army retreated.")
                                  << QStringLiteral("Two weeks on") << QStringLiteral("2024-03-17")
                                  << QStringLiteral("narrative");
    QTest::newRow("the following week") << fell + QStringLiteral("The following week, the army retreated.")
                                        << QStringLiteral("The following week") << QStringLiteral("2024-W10")
                                        << QStringLiteral("narrative");
    // "within the next month" reaches from now, whatever the story told before
    QTest::newRow("within the next month")
        << fell + QStringLiteral("His lawyer said he would appeal within the next month.")
        << QStringLiteral("the next month") << QStringLiteral("2025-12") << QStringLiteral("reference");
    // A month after a year the text wrote, in its sentence or at the head of the next, is in that year;
    // a year named in passing leaves later months to the reference date
    QTest::newRow("a month after a year that opens the sentence before")
        << QStringLiteral("In 2019, the two sides signed a truce. In March, it collapsed.") << QStringLiteral("March")
        << QStringLiteral("2019-03") << QStringLiteral("narrative");
    QTest::newRow("a month in the sentence of a written date")
        << QStringLiteral("The offensive, launched on 6 August 2024, stalled by mid-September.")
        << QStringLiteral("mid-September") << QStringLiteral("2024-09") << QStringLiteral("narrative");
    QTest::newRow("a month after a year that heads the sentence before")
        << QStringLiteral("Back in 2014, few expected a war. In February, Russia seized Crimea.")
        << QStringLiteral("February") << QStringLiteral("2014-02") << QStringLiteral("narrative");
    QTest::newRow("a day after a year named in passing")
        << QStringLiteral("Under a plan approved in 2019, the army had bought 40 drones through Sept. 29.")
        << QStringLiteral("Sept. 29") << QStringLiteral("2025-09-29") << QStringLiteral("reference");
    QTest::newRow("a day right after a year named in passing")
        << QStringLiteral("A war in 2020 ended with a truce on Nov. 10.") << QStringLiteral("Nov. 10")
        << QStringLiteral("2020-11-10") << QStringLiteral("narrative");
    QTest::newRow("a month in a clause joined to a year named in passing")
        << QStringLiteral("The town fell in 2019, and in June the army retook it.") << QStringLiteral("June")
        << QStringLiteral("2019-06") << QStringLiteral("narrative");
    QTest::newRow("a month after a sentence that names a year in passing")
        << QStringLiteral("The attacks date to 2014. In January, a bomb hit the port.") << QStringLiteral("January")
        << QStringLiteral("2025-01") << QStringLiteral("reference");
    QTest::newRow("a month inside the sentence after a written date")
        << QStringLiteral("On Monday, envoys met. The truce was signed on 3 March 2019. Talks failed, and fighting "
                          "resumed in June.")
        << QStringLiteral("June") << QStringLiteral("2025-06") << QStringLiteral("reference");
    QTest::newRow("a month that looks ahead after a written year")
        << QStringLiteral("In 2019, the two sides signed a truce. In March, they will meet again.")
        << QStringLiteral("March") << QStringLiteral("2026-03") << QStringLiteral("reference");
    // A weekday with no tense of its own goes on from a coming day the narrative has just set
    QTest::newRow("a weekday after a coming day")
        << QStringLiteral("The festival returns on Thursday. Dancing begins at 8 p.m. on Friday.")
        << QStringLiteral("Friday") << QStringLiteral("2025-11-21") << QStringLiteral("reference");
    QTest::newRow("a past weekday after a coming day")
        << QStringLiteral("Talks resume on Thursday. Shelling hit Kharkiv on Monday.") << QStringLiteral("Monday")
        << QStringLiteral("2025-11-17") << QStringLiteral("reference");
    // Seasons and months told from the narrative
    const QString war = QStringLiteral("The war began in 2022. ");
    QTest::newRow("the following spring")
        << war + QStringLiteral("The following spring, Kyiv counterattacked.") << QStringLiteral("The following spring")
        << QStringLiteral("2023-SP") << QStringLiteral("narrative");
    QTest::newRow("the previous summer") << war + QStringLiteral("The previous summer, the front was static.")
                                         << QStringLiteral("The previous summer") << QStringLiteral("2021-SU")
                                         << QStringLiteral("narrative");
    QTest::newRow("that autumn") << war + QStringLiteral("That autumn, the army retreated.")
                                 << QStringLiteral("That autumn") << QStringLiteral("2022-FA")
                                 << QStringLiteral("narrative");
    QTest::newRow("that as a conjunction before a month")
        << war + QStringLiteral("Monitors noted that November was the deadliest month.") << QStringLiteral("November")
        << QStringLiteral("2025-11") << QStringLiteral("reference");
    QTest::newRow("the following March after a day")
        << QStringLiteral("The town fell on 3 May 2023. The following March, it was retaken.")
        << QStringLiteral("The following March") << QStringLiteral("2024-03") << QStringLiteral("narrative");
    QTest::newRow("by the afternoon") << QStringLiteral(
        "The strike came on Saturday morning. By the afternoon, 12 were dead.")
                                      << QStringLiteral("the afternoon") << QStringLiteral("2025-11-15TAF")
                                      << QStringLiteral("narrative");
    QTest::newRow("a month of that year")
        << QStringLiteral("Russia annexed Crimea in 2014. Fighting in the Donbas began in April of that year.")
        << QStringLiteral("April of that year") << QStringLiteral("2014-04") << QStringLiteral("narrative");
    QTest::newRow("a day of the following year")
        << QStringLiteral("The truce was signed in 2015. It collapsed on 3 May of the following year.")
        << QStringLiteral("3 May of the following year") << QStringLiteral("2016-05-03") << QStringLiteral("narrative");
    // A narrative that knows only the month around the report's date: the report's day and week
    const QString thisMonth = QStringLiteral("Earlier this month, the army withdrew. ");
    QTest::newRow("later in the day after this month")
        << thisMonth + QStringLiteral("Later in the day, sirens sounded.") << QStringLiteral("Later in the day")
        << QStringLiteral("2025-11-19") << QStringLiteral("reference");
    QTest::newRow("earlier in the week after this month")
        << thisMonth + QStringLiteral("Earlier in the week, drones struck Odesa.")
        << QStringLiteral("Earlier in the week") << QStringLiteral("2025-W47") << QStringLiteral("reference");
    QTest::newRow("that week after a past year")
        << QStringLiteral("The town fell in 2019. That week, the army retreated.") << QStringLiteral("That week")
        << QStringLiteral("2019-WXX") << QStringLiteral("narrative");
    QTest::newRow("later in the day after a past year")
        << QStringLiteral("The town fell in 2019. Later in the day, the army retreated.")
        << QStringLiteral("Later in the day") << QStringLiteral("2019-XX-XX") << QStringLiteral("narrative");
    QTest::newRow("the same day") << fell + QStringLiteral("The same day, rockets struck.")
                                  << QStringLiteral("The same day") << QStringLiteral("2024-03-03")
                                  << QStringLiteral("narrative");
    QTest::newRow("later that year") << fell + QStringLiteral("Later that year, the army retreated.")
                                     << QStringLiteral("Later that year") << QStringLiteral("2024")
                                     << QStringLiteral("narrative");
    QTest::newRow("three days later after a weekday")
        << QStringLiteral("Talks began on Monday. Three days later, they collapsed.")
        << QStringLiteral("Three days later") << QStringLiteral("2025-11-20") << QStringLiteral("narrative");
    QTest::newRow("a year later") << QStringLiteral("The deal was signed in August 2023. A year later, it collapsed.")
                                  << QStringLiteral("A year later") << QStringLiteral("2024-08")
                                  << QStringLiteral("narrative");
    QTest::newRow("a year earlier keeps the quarter")
        << QStringLiteral("Profit rose in the third quarter. A year earlier, it fell.")
        << QStringLiteral("A year earlier") << QStringLiteral("2024-Q3") << QStringLiteral("narrative");
    // A quarter whose results were reported has ended, though the calendar's has not: a fiscal quarter
    QTest::newRow("the latest period after a reported fiscal quarter")
        << QStringLiteral("The brewer reported lower fourth-quarter profit. Sales in the latest period fell.")
        << QStringLiteral("the latest period") << QStringLiteral("2025-Q4") << QStringLiteral("narrative");
    QTest::newRow("the latest quarter after a forecast one")
        << QStringLiteral("The brewer expects higher fourth-quarter profit. Sales in the latest quarter fell.")
        << QStringLiteral("the latest quarter") << QStringLiteral("2025-Q3") << QStringLiteral("reference");
    // Results for nine or six months compare with the same months a year before: that year, not the quarter
    const QString results = QStringLiteral("Profit rose in the third quarter. ");
    QTest::newRow("a year earlier after the nine months")
        << results + QStringLiteral("For the nine months, net rose from a year earlier.")
        << QStringLiteral("a year earlier") << QStringLiteral("2024") << QStringLiteral("narrative");
    QTest::newRow("year-ago in the sentence after the nine months")
        << results + QStringLiteral("In the first nine months, net rose. The year-ago results included a charge.")
        << QStringLiteral("year-ago") << QStringLiteral("2024") << QStringLiteral("narrative");
    QTest::newRow("the 2024 period after the six months")
        << results + QStringLiteral("In the latest six months, net fell from the 2024 period.")
        << QStringLiteral("the 2024 period") << QStringLiteral("2024") << QStringLiteral("explicit");
    QTest::newRow("the year-ago quarter after the nine months")
        << results + QStringLiteral("For the nine months, net rose, and it fell from the year-ago quarter.")
        << QStringLiteral("the year-ago quarter") << QStringLiteral("2024-Q3") << QStringLiteral("narrative");
    QTest::newRow("a year earlier once the quarter is named again")
        << results + QStringLiteral("For the nine months, net rose. In the quarter, sales fell from a year earlier.")
        << QStringLiteral("a year earlier") << QStringLiteral("2024-Q3") << QStringLiteral("narrative");
    QTest::newRow("a year earlier two sentences after the nine months")
        << results + QStringLiteral("For the nine months, net rose. Sales grew. Costs fell from a year earlier.")
        << QStringLiteral("a year earlier") << QStringLiteral("2024-Q3") << QStringLiteral("narrative");
    QTest::newRow("the 5th of the narrative's month")
        << QStringLiteral("Fighting broke out on March 3, 2024. On the 5th, the town fell.")
        << QStringLiteral("the 5th") << QStringLiteral("2024-03-05") << QStringLiteral("narrative");
    QTest::newRow("the 15th of the reference month")
        << QStringLiteral("The army withdrew on the 15th.") << QStringLiteral("the 15th")
        << QStringLiteral("2025-11-15") << QStringLiteral("reference");
    QTest::newRow("the 25th, past, of the month before")
        << QStringLiteral("The army withdrew on the 25th.") << QStringLiteral("the 25th")
        << QStringLiteral("2025-10-25") << QStringLiteral("reference");
    QTest::newRow("the 20th, planned") << QStringLiteral("The next aid distribution is planned for the 20th.")
                                       << QStringLiteral("the 20th") << QStringLiteral("2025-11-20")
                                       << QStringLiteral("reference");
    QTest::newRow("the 11th before an infinitive")
        << QStringLiteral("The committee met on the 11th to set the timetable.") << QStringLiteral("the 11th")
        << QStringLiteral("2025-11-11") << QStringLiteral("reference");
    QTest::newRow("a year before a month named after a quarter's results")
        << QStringLiteral("Output fell 2% in the third quarter from a year ago. Exports rose 7% in October from a "
                          "year earlier.")
        << QStringLiteral("a year earlier") << QStringLiteral("2024-10") << QStringLiteral("narrative");
    QTest::newRow("the next day without an anchor")
        << QStringLiteral("The next day, the army retreated.") << QStringLiteral("The next day")
        << QStringLiteral("2025-11-20") << QStringLiteral("reference");
    QTest::newRow("bare time on the narrative day")
        << QStringLiteral("Rebels entered the town on March 3, 2024, and at 3 p.m. they raised a flag.")
        << QStringLiteral("3 p.m.") << QStringLiteral("2024-03-03T15:00") << QStringLiteral("narrative");
    QTest::newRow("overnight after the report's own day")
        << QStringLiteral("Troops held the city on Wednesday. Russian units launched 20 assaults overnight.")
        << QStringLiteral("overnight") << QStringLiteral("2025-11-18TNI") << QStringLiteral("reference");
    QTest::newRow("a clock time ahead after a day gone by")
        << QStringLiteral("On Sunday, leaders met by video. The talks at the White House will start at 1:15 p.m.")
        << QStringLiteral("1:15 p.m.") << QStringLiteral("2025-11-19T13:15") << QStringLiteral("reference");
    // hours and minutes later count from the clock time just given, across midnight too
    QTest::newRow("hours after a clock time")
        << QStringLiteral("The convoy left at 7 a.m. and arrived about two hours later.")
        << QStringLiteral("about two hours later") << QStringLiteral("2025-11-19T09:00") << QStringLiteral("narrative");
    QTest::newRow("minutes after a clock time, past midnight")
        << QStringLiteral("The fire started at 11:30 p.m. on Sunday. Firefighters arrived 45 minutes later.")
        << QStringLiteral("45 minutes later") << QStringLiteral("2025-11-17T00:15") << QStringLiteral("narrative");
    // a live report's time stamps are on the report's day, and so is the entry they head
    const QString live = QStringLiteral("09:42 GMT: Leaders will meet by video on Friday. 10:05 GMT: Homes have been "
                                        "without power since 3am.");
    QTest::newRow("time stamp after an entry about another day")
        << live << QStringLiteral("10:05 GMT") << QStringLiteral("2025-11-19T10:05") << QStringLiteral("reference");
    QTest::newRow("time in the stamped entry")
        << live << QStringLiteral("3am") << QStringLiteral("2025-11-19T03:00") << QStringLiteral("narrative");
    // a timeline goes on from the day its stamps named; past midnight into the next, and a weekday from its day
    const QString timeline = QStringLiteral("4:10 p.m. Monday: The mother called police.\nAbout 5 p.m.: Deputies "
                                            "searched.\n11:50 p.m.: Detectives found the truck.\n1:15 a.m.: The man "
                                            "was held.\n2:30 a.m. Wednesday: He was charged.");
    QTest::newRow("a timeline stamp on the day named above")
        << timeline << QStringLiteral("About 5 p.m.") << QStringLiteral("2025-11-17T17:00")
        << QStringLiteral("narrative");
    QTest::newRow("a timeline stamp past midnight")
        << timeline << QStringLiteral("1:15 a.m.") << QStringLiteral("2025-11-18T01:15") << QStringLiteral("narrative");
    QTest::newRow("a timeline's weekday after its day")
        << timeline << QStringLiteral("2:30 a.m. Wednesday") << QStringLiteral("2025-11-19T02:30")
        << QStringLiteral("narrative");
    QTest::newRow("a live report's stamps run back within the day")
        << QStringLiteral("10:05 GMT: Markets fell.\n09:30 GMT: Futures opened lower.\n08:15 GMT: Asia closed.")
        << QStringLiteral("08:15 GMT") << QStringLiteral("2025-11-19T08:15") << QStringLiteral("reference");
    // after an evening, a morning clock is the next morning's
    QTest::newRow("a morning clock after an evening")
        << QStringLiteral("Futures slid on Sunday evening. Stocks sank within seconds of the 9:30 a.m. opening bell.")
        << QStringLiteral("9:30 a.m.") << QStringLiteral("2025-11-17T09:30") << QStringLiteral("narrative");
    QTest::newRow("a match, then a shift")
        << QStringLiteral("Qualifying is on Tuesday, August 6, 2024, with the final two days later.")
        << QStringLiteral("two days later") << QStringLiteral("2024-08-08") << QStringLiteral("narrative");
    // a reconstruction sets its days with their weekdays, and its weekdays go on from them
    QTest::newRow("a weekday after a day written with its weekday")
        << QStringLiteral("The summons reached the banks on Friday afternoon, Sept. 12. On Saturday the talks began.")
        << QStringLiteral("Saturday") << QStringLiteral("2025-09-13") << QStringLiteral("narrative");
    QTest::newRow("time stamp in brackets")
        << QStringLiteral("[08:40] Airspace reopened after closing late on Saturday.\n[09:05] Leaders will meet.")
        << QStringLiteral("09:05") << QStringLiteral("2025-11-19T09:05") << QStringLiteral("reference");
    QTest::newRow("decades later, known to the year")
        << QStringLiteral("He began in the winter of 1957. Two decades later he published a partial result.")
        << QStringLiteral("Two decades later") << QStringLiteral("1977") << QStringLiteral("narrative");
    QTest::newRow("a clock on the next day of the story")
        << QStringLiteral("The road will close from 6 a.m. Saturday, March 21, until noon the next day.")
        << QStringLiteral("noon the next day") << QStringLiteral("2026-03-22T12:00") << QStringLiteral("narrative");
    QTest::newRow("that weekday, in the narrative's week")
        << QStringLiteral("Kimble was hit on June 6, 2021. The driver was turning left at about 12:30 p.m. that "
                          "Sunday when the truck hit him.")
        << QStringLiteral("that Sunday") << QStringLiteral("2021-06-06") << QStringLiteral("narrative");
    QTest::newRow("a feast that names a recess sets no day")
        << QStringLiteral("The last meeting is on Thursday, December 18, at 10am. The annual Christmas recess "
                          "begins the following day.")
        << QStringLiteral("the following day") << QStringLiteral("2025-12-19") << QStringLiteral("narrative");
    QTest::newRow("a fiscal year of two sets no year for its months")
        << QStringLiteral("The government's 2025-26 fiscal year will end on June 30.") << QStringLiteral("June 30")
        << QStringLiteral("2026-06-30") << QStringLiteral("reference");
    QTest::newRow("a story goes forward into the next year")
        << QStringLiteral("The rebels took the capital in September 2024, and the president fled in February.")
        << QStringLiteral("February") << QStringLiteral("2025-02") << QStringLiteral("reference");
    QTest::newRow("but not past 'after'")
        << QStringLiteral("He returned to office in May 2010, after his party won a majority on 25 April.")
        << QStringLiteral("25 April") << QStringLiteral("2010-04-25") << QStringLiteral("narrative");
    QTest::newRow("a count as of a day, after a history")
        << QStringLiteral("The last case was recorded in January 2019. As of 12 October, 606 cases have been "
                          "reported.")
        << QStringLiteral("12 October") << QStringLiteral("2025-10-12") << QStringLiteral("reference");
    QTest::newRow("a range of clocks across midnight")
        << QStringLiteral("The amber warning runs from 18:00 until 06:00 on Monday.") << QStringLiteral("18:00")
        << QStringLiteral("2025-11-23T18:00") << QStringLiteral("reference");
    QTest::newRow("the end of such a range")
        << QStringLiteral("The amber warning runs from 18:00 until 06:00 on Monday.") << QStringLiteral("06:00")
        << QStringLiteral("2025-11-24T06:00") << QStringLiteral("reference");
    QTest::newRow("a range from midnight")
        << QStringLiteral("The red warning runs between midnight and 07:00 on Monday.") << QStringLiteral("midnight")
        << QStringLiteral("2025-11-24T00:00") << QStringLiteral("reference");
    QTest::newRow("time stamp without a colon")
        << QStringLiteral(
               "He passed a medical in Lisbon yesterday.\n\n13:05 BST A London club have signed a midfielder.")
        << QStringLiteral("13:05 BST") << QStringLiteral("2025-11-19T13:05") << QStringLiteral("reference");
    QTest::newRow("time stamp before a dash")
        << QStringLiteral("He is due in Amman on Friday.\n7:30 pm \u2014 Gaza ministry raises toll")
        << QStringLiteral("7:30 pm") << QStringLiteral("2025-11-19T19:30") << QStringLiteral("reference");
    QTest::newRow("days later, from a day things have run since")
        << QStringLiteral("Niger has been run by a junta since July 26, when the guard detained the president. The "
                          "general declared himself head of state two days later.")
        << QStringLiteral("two days later") << QStringLiteral("2025-07-28") << QStringLiteral("narrative");
    QTest::newRow("years later, known to the year")
        << QStringLiteral("He won the presidency in April 2019. Three years later, he became a wartime leader.")
        << QStringLiteral("Three years later") << QStringLiteral("2022") << QStringLiteral("narrative");
    QTest::newRow("months later, known to the month")
        << QStringLiteral("The carrier sank on 7 June 1942. Two months later, marines landed.")
        << QStringLiteral("Two months later") << QStringLiteral("1942-08") << QStringLiteral("narrative");
    QTest::newRow("the small hours after a night")
        << QStringLiteral("Last night, a strike hit Dnipro at around 2 a.m.") << QStringLiteral("around 2 a.m.")
        << QStringLiteral("2025-11-19T02:00") << QStringLiteral("narrative");
    QTest::newRow("a clock of the day told, not of a day ahead")
        << QStringLiteral(
               "A runoff is scheduled for December 7. Polls closed at 8 p.m., and results came in overnight.")
        << QStringLiteral("8 p.m.") << QStringLiteral("2025-11-19T20:00") << QStringLiteral("reference");
    QTest::newRow("a story opened by years ago today")
        << QStringLiteral(
               "Ten years ago today, the killing began. Rebels took the capital on 4 July, and the war ended.")
        << QStringLiteral("4 July") << QStringLiteral("2015-07-04") << QStringLiteral("narrative");
    QTest::newRow("years on, up to the report")
        << QStringLiteral("The war ended in May 2010. Fifteen years on, families still gather at the beach.")
        << QStringLiteral("Fifteen years on") << QStringLiteral("P15Y") << QStringLiteral("none");
    QTest::newRow("that season, after a verb")
        << QStringLiteral("The uprising began in March 2011. Protests spread that summer, and the army split.")
        << QStringLiteral("that summer") << QStringLiteral("2011-SU") << QStringLiteral("narrative");
    QTest::newRow("that month, closing a sentence")
        << QStringLiteral("The accord was signed in 1995. Rabin was assassinated that November.")
        << QStringLiteral("that November") << QStringLiteral("1995-11") << QStringLiteral("narrative");
    QTest::newRow("that day, after a day things have run since")
        << QStringLiteral("Thousands have been killed since December 7. Militants killed 1,200 people that day.")
        << QStringLiteral("that day") << QStringLiteral("2024-12-07") << QStringLiteral("narrative");
    QTest::newRow("the small hours after the night of two days")
        << QStringLiteral("Russia attacked Kyiv on the night of 16-17 November. Explosions were heard at about 03:15.")
        << QStringLiteral("about 03:15") << QStringLiteral("2025-11-17T03:15") << QStringLiteral("narrative");
    QTest::newRow("the day a report was made sets no scene")
        << QStringLiteral("Troops raided a camp on the night of 15-16 November, the army said on Monday. The raid "
                          "began at around 11pm.")
        << QStringLiteral("around 11pm") << QStringLiteral("2025-11-15T23:00") << QStringLiteral("narrative");
    QTest::newRow("overnight before a conjunction")
        << QStringLiteral("Nineteen people were killed in Odesa on Monday afternoon. Rescue work continued overnight "
                          "and ended at dawn.")
        << QStringLiteral("overnight") << QStringLiteral("2025-11-17TNI") << QStringLiteral("narrative");
    QTest::newRow("the morning a night ran into")
        << QStringLiteral("Russia launched 476 drones overnight. Sirens sounded at 3 a.m., and the missiles struck "
                          "shortly before 7 a.m.")
        << QStringLiteral("7 a.m.") << QStringLiteral("2025-11-19T07:00") << QStringLiteral("narrative");
    QTest::newRow("the small hours after overnight")
        << QStringLiteral("Russia launched 476 drones overnight. Sirens first sounded at 3 a.m. local time.")
        << QStringLiteral("3 a.m. local time") << QStringLiteral("2025-11-19T03:00") << QStringLiteral("narrative");
    QTest::newRow("a late hour on the night itself")
        << QStringLiteral("Last night, sirens sounded at 23:30.") << QStringLiteral("23:30")
        << QStringLiteral("2025-11-18T23:30") << QStringLiteral("narrative");
    QTest::newRow("a day of the week just named")
        << QStringLiteral("When will the talks resume? Next week, probably on Thursday.") << QStringLiteral("Thursday")
        << QStringLiteral("2025-11-27") << QStringLiteral("narrative");
    QTest::newRow("a day after a week in another clause")
        << QStringLiteral("The envoy visited the region last week and will return Saturday.")
        << QStringLiteral("Saturday") << QStringLiteral("2025-11-22") << QStringLiteral("reference");
    QTest::newRow("a day that names an event sets no scene")
        << QStringLiteral("India avenged the April 22 attack. Its jets struck at 1.05 am.") << QStringLiteral("1.05 am")
        << QStringLiteral("2025-11-19T01:05") << QStringLiteral("reference");
    QTest::newRow("days later than a year")
        << QStringLiteral("The collider began operating in 2008. Nine days later it was shut down.")
        << QStringLiteral("Nine days later") << QStringLiteral("P9D") << QStringLiteral("none");
    // A history that never speaks of the days around its own date tells its dates in the year it wrote
    const QString history = QStringLiteral(
        "German forces crossed the Polish border on 1 September 1939. The Soviet Union invaded from the east on 17 "
        "September, and Warsaw capitulated ten days later. By the end of the year the country was divided. Most "
        "soldiers believed they would be home by Christmas.");
    QTest::newRow("a history's day without a year")
        << history << QStringLiteral("17 September") << QStringLiteral("1939-09-17") << QStringLiteral("narrative");
    QTest::newRow("a history's chain") << history << QStringLiteral("ten days later") << QStringLiteral("1939-09-27")
                                       << QStringLiteral("narrative");
    QTest::newRow("a history's end of the year")
        << history << QStringLiteral("the end of the year") << QStringLiteral("1939") << QStringLiteral("narrative");
    QTest::newRow("a history's future in the past")
        << history << QStringLiteral("Christmas") << QStringLiteral("1939-12-25") << QStringLiteral("narrative");
    QTest::newRow("a history moved on by a chain")
        << QStringLiteral("The war ended on 3 July 1866. Four years later, a new war began. Paris fell on 28 January.")
        << QStringLiteral("28 January") << QStringLiteral("1870-01-28") << QStringLiteral("narrative");
    QTest::newRow("a history's coming season")
        << QStringLiteral("Grant took command in March 1864 and planned offensives for the coming spring.")
        << QStringLiteral("the coming spring") << QStringLiteral("1864-SP") << QStringLiteral("narrative");
    QTest::newRow("a history's month in a later sentence")
        << QStringLiteral("The truce was signed on 3 March 2019. Talks failed, and fighting resumed in June.")
        << QStringLiteral("June") << QStringLiteral("2019-06") << QStringLiteral("narrative");
    QTest::newRow("a history with a year long gone in passing")
        << QStringLiteral("The German summer offensive of 1942 began on 28 June. Street fighting raged through "
                          "September.")
        << QStringLiteral("September") << QStringLiteral("1942-09") << QStringLiteral("narrative");
    QTest::newRow("that year's end, looking ahead")
        << QStringLiteral("Protests began in March 2011. They turned into civil war by the end of that year.")
        << QStringLiteral("the end of that year") << QStringLiteral("2011") << QStringLiteral("narrative");
    QTest::newRow("an anniversary to the day")
        << QStringLiteral("Four years ago today, Russia launched its invasion. Within hours, Kyiv was under fire.")
        << QStringLiteral("Four years ago today") << QStringLiteral("2021-11-19") << QStringLiteral("reference");
    QTest::newRow("an anniversary to the morning")
        << QStringLiteral("Twenty years ago this morning, the hurricane came ashore. By that afternoon, the "
                          "floodwalls had given way.")
        << QStringLiteral("that afternoon") << QStringLiteral("2005-11-19TAF") << QStringLiteral("narrative");
    QTest::newRow("an anniversary of the day after")
        << QStringLiteral("A year ago tomorrow, the hurricane came ashore at 6:10 a.m.") << QStringLiteral("6:10 a.m.")
        << QStringLiteral("2024-11-20T06:10") << QStringLiteral("narrative");
    QTest::newRow("a story looked back on from decades away")
        << QStringLiteral("Eighty years ago, on 6 June 1944, troops landed in Normandy. Paris was liberated on 25 "
                          "August.")
        << QStringLiteral("25 August") << QStringLiteral("1944-08-25") << QStringLiteral("narrative");
    QTest::newRow("a year named inside a story moves it") << QStringLiteral(
        "Russia invaded on 24 February 2022, and in September Kharkiv was freed. The counteroffensive "
        "of 2023 began in June.") << QStringLiteral("June")
                                                          << QStringLiteral("2023-06") << QStringLiteral("narrative");
    const QString flashback = QStringLiteral(
        "One year ago, on 8 December 2024, rebels entered Damascus. Their offensive had begun on 27 November. By 5 "
        "December, Hama had fallen. On 24 November, officials said in April it had called for talks.");
    QTest::newRow("a past perfect before the story's day")
        << flashback << QStringLiteral("27 November") << QStringLiteral("2024-11-27") << QStringLiteral("narrative");
    QTest::newRow("a past perfect by a day")
        << flashback << QStringLiteral("5 December") << QStringLiteral("2024-12-05") << QStringLiteral("narrative");
    QTest::newRow("a month in an apposition after a year")
        << QStringLiteral("On Monday the junta met. Burkina Faso went through two coups in 2022, the first in January "
                          "and the second in September.")
        << QStringLiteral("January") << QStringLiteral("2022-01") << QStringLiteral("narrative");
    QTest::newRow("a story goes on after a word on today")
        << QStringLiteral("A second war broke out on 5 August 1965. It is remembered today as a stalemate. In "
                          "September, a ceasefire was agreed.")
        << QStringLiteral("September") << QStringLiteral("1965-09") << QStringLiteral("narrative");
    QTest::newRow("a reconstruction opens after the report's days were named")
        << QStringLiteral("Officials said last week that a review had begun. The generators failed at 1:50 p.m. on "
                          "Tuesday, Nov. 4. By Wednesday night, the wards were dark.")
        << QStringLiteral("Wednesday night") << QStringLiteral("2025-11-05TNI") << QStringLiteral("narrative");
    QTest::newRow("a year named in passing leaves a reconstruction on its day")
        << QStringLiteral("Sunday, Nov. 2, had felt routine. The hospital had ridden out storms in 1965 and again "
                          "last year. Staff reported at 7 a.m. The wind peaked early Monday.")
        << QStringLiteral("early Monday") << QStringLiteral("2025-11-03") << QStringLiteral("narrative");
    QTest::newRow("a clock in a reconstruction past a year named in passing")
        << QStringLiteral("Sunday, Nov. 2, had felt routine. The hospital had ridden out storms in 1965 and again "
                          "last year. Staff reported at 7 a.m. The wind peaked early Monday.")
        << QStringLiteral("7 a.m.") << QStringLiteral("2025-11-02T07:00") << QStringLiteral("narrative");
    QTest::newRow("a weekday restated by its date sets a reconstruction")
        << QStringLiteral("The summons came on Friday afternoon, Nov. 7. What followed was a long weekend of talks. "
                          "Saturday began at 8 a.m. with bad news.")
        << QStringLiteral("Saturday") << QStringLiteral("2025-11-08") << QStringLiteral("narrative");
    QTest::newRow("the future of a reconstruction's past")
        << QStringLiteral("He signed the register at 6:12 a.m. on Nov. 1, a Saturday, and expected to be back by "
                          "Sunday evening.")
        << QStringLiteral("Sunday evening") << QStringLiteral("2025-11-02TEV") << QStringLiteral("narrative");
    QTest::newRow("a clock goes on from the last one past a season named in passing")
        << QStringLiteral("At 2:02 p.m. on Nov. 6, a line sagged into a tree. The report shows how a quiet autumn "
                          "afternoon became a blackout. Between 3:05 and 3:41 p.m., three more lines tripped.")
        << QStringLiteral("3:41 p.m.") << QStringLiteral("2025-11-06T15:41") << QStringLiteral("narrative");
    QTest::newRow("a part of the day after a season named in passing")
        << QStringLiteral("At 2:02 p.m. on Nov. 6, a line sagged into a tree. The report shows how a quiet autumn "
                          "afternoon became a blackout. Commuters walked home that evening.")
        << QStringLiteral("that evening") << QStringLiteral("2025-11-06TEV") << QStringLiteral("narrative");
    QTest::newRow("a sentence that names next week is not in a history")
        << QStringLiteral("The crash of October 1929 was followed by years of losses. The Fed, which cut rates in "
                          "January, meets again next Tuesday.")
        << QStringLiteral("January") << QStringLiteral("2025-01") << QStringLiteral("reference");
    QTest::newRow("a weekday written with its date is in a year the text wrote in full")
        << QStringLiteral("On July 20, 1969, the module touched down. He grew up in the 1940s and retired in 1993. "
                          "The crew had launched on Wednesday, July 16.")
        << QStringLiteral("Wednesday, July 16") << QStringLiteral("1969-07-16") << QStringLiteral("narrative");
    QTest::newRow("a live blog with its latest entry first goes back past midnight")
        << QStringLiteral("Live updates, newest first.\n\n4:20 a.m. — The networks pull Florida back.\n\n2:18 a.m. — "
                          "Fox projects Florida for Bush.\n\n11:55 p.m. — A reminder about recounts.\n\n10:00 p.m. — "
                          "CBS withdraws its call.")
        << QStringLiteral("10:00 p.m.") << QStringLiteral("2025-11-18T22:00") << QStringLiteral("narrative");
    QTest::newRow("a live blog's first stamp on the evening the text just told")
        << QStringLiteral("Results, oldest first. Polls closed at 10pm yesterday.\n\n22:05 — Farage concedes.\n\n"
                          "23:15 — Gibraltar declares.\n\n00:20 — Sunderland votes to leave.")
        << QStringLiteral("23:15") << QStringLiteral("2025-11-18T23:15") << QStringLiteral("narrative");
    QTest::newRow("a blotter's stamps on the day of its last heading")
        << QStringLiteral("POLICE BLOTTER\n\nWednesday, Nov. 12\n3:14 p.m. — A package was taken.\n11:52 p.m. — "
                          "Officers were called to a party.\n\nThursday, Nov. 13\n2:05 a.m. — A car struck a pole.")
        << QStringLiteral("2:05 a.m.") << QStringLiteral("2025-11-13T02:05") << QStringLiteral("narrative");
    QTest::newRow("a clock after a flashback's clock is back on the story's day")
        << QStringLiteral("By 7 p.m. on Monday, Nov. 3, the centre had been open for 40 hours. The subway had shut "
                          "down at 7 p.m. Sunday. Shortly after 8 p.m. the storm came ashore.")
        << QStringLiteral("8 p.m.") << QStringLiteral("2025-11-03T20:00") << QStringLiteral("narrative");
    QTest::newRow("an entry's day around its stamp in a blog that crosses midnight")
        << QStringLiteral("Results, oldest first.\n\n22:30 — Polls close.\n\n23:45 — The first seat declares.\n\n"
                          "00:40 — It is now Thursday. The count resumes later this morning.")
        << QStringLiteral("later this morning") << QStringLiteral("2025-11-20TMO") << QStringLiteral("reference");
    QTest::newRow("a year-in-review after an older date")
        << QStringLiteral("The war erupted in Khartoum on 15 April 2024. In January, the RSF tightened its grip on "
                          "Darfur.")
        << QStringLiteral("January") << QStringLiteral("2025-01") << QStringLiteral("reference");
    // ... but news that names its own days returns to them after the background
    QTest::newRow("news after its background")
        << QStringLiteral("Russia invaded in February 2022. On Monday, talks resumed. Envoys met again on 12 November.")
        << QStringLiteral("12 November") << QStringLiteral("2025-11-12") << QStringLiteral("reference");
    QTest::newRow("news with a dateline")
        << QStringLiteral("ABA, Nov 18 (Reuters) - Militias seized the town on 2 May 2019. Troops attacked on March 4.")
        << QStringLiteral("March 4") << QStringLiteral("2025-03-04") << QStringLiteral("reference");
    QTest::newRow("news of recent weeks")
        << QStringLiteral("Between 8 and 12 November, gangs displaced 41,000 people. The crisis began in 2021. By 30 "
                          "October, aid had run out.")
        << QStringLiteral("30 October") << QStringLiteral("2025-10-30") << QStringLiteral("reference");
    QTest::newRow("a plan with 'will' in a history")
        << QStringLiteral("The country applied in July 2022. It will join the alliance on 12 March.")
        << QStringLiteral("12 March") << QStringLiteral("2026-03-12") << QStringLiteral("reference");
    // Days counted from the day something began, from a date beside them, or up to the day of the report
    QTest::newRow("a day counted from the day a truce took effect")
        << QStringLiteral("The truce took effect on November 2. Talks must begin by day 16 of the truce.")
        << QStringLiteral("day 16") << QStringLiteral("2025-11-17") << QStringLiteral("narrative");
    QTest::newRow("an ordinal day counted from a beginning told with a weekday")
        << QStringLiteral("The truce is due to begin at 8:30 a.m. on Sunday. Seven hostages go free on the fourth "
                          "day.")
        << QStringLiteral("the fourth day") << QStringLiteral("2025-11-26") << QStringLiteral("narrative");
    QTest::newRow("a counted day in apposition to a weekday")
        << QStringLiteral("Three hostages were freed on Saturday, day 28 of the ceasefire.") << QStringLiteral("day 28")
        << QStringLiteral("2025-11-15") << QStringLiteral("narrative");
    QTest::newRow("a counted day a weekday follows")
        << QStringLiteral("Protests went on for a fifth straight day on Monday.")
        << QStringLiteral("a fifth straight day") << QStringLiteral("2025-11-17") << QStringLiteral("reference");
    QTest::newRow("a counted day a plan sets for a weekday")
        << QStringLiteral("Unions have called a tenth day of action for next Tuesday.") << QStringLiteral("a tenth day")
        << QStringLiteral("2025-11-25") << QStringLiteral("reference");
    QTest::newRow("a counted day after a linking verb")
        << QStringLiteral("Sunday marked the 100th day of the siege.") << QStringLiteral("the 100th day")
        << QStringLiteral("2025-11-16") << QStringLiteral("narrative");
    QTest::newRow("a war entering its day is on the report's day")
        << QStringLiteral("The town was seized on 3 May. As the war enters its 1,000th day, few expect peace.")
        << QStringLiteral("1,000th day") << QStringLiteral("2025-11-19") << QStringLiteral("reference");
    QTest::newRow("a run of days ends on the day just told")
        << QStringLiteral("Shares fell on Friday. Oil was down for a fifth day.") << QStringLiteral("a fifth day")
        << QStringLiteral("2025-11-14") << QStringLiteral("narrative");
    QTest::newRow("the first day of a span just named")
        << QStringLiteral("Brush will be collected from December 1 to December 12. Put it out by 7 a.m. on the first "
                          "day of collection.")
        << QStringLiteral("the first day") << QStringLiteral("2025-12-01") << QStringLiteral("narrative");
}

void TimexEngineTest::chainsFollowTheNarrativeDate()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QFETCH(QString, value);
    QFETCH(QString, derivation);
    const QList<Timex> timexes = TimexEngine().annotate(text, QDate(2025, 11, 19));
    const auto it =
        std::find_if(timexes.begin(), timexes.end(), [&](const Timex &timex) { return timex.text == expression; });
    QVERIFY(it != timexes.end());
    QCOMPARE(it->value, value);
    QCOMPARE(toString(it->interval.derivation), derivation);
}

// A report written like the news Sitrep reads: every expression, in order, with its value
void TimexEngineTest::resolvesEveryDateOfAReport()
{
    QFile file(SitrepTest::dataPath(QStringLiteral("timex/strike-report.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<Timex> timexes = TimexEngine().annotate(QString::fromUtf8(file.readAll()), QDate(2025, 11, 19));
    QStringList values;
    for (const Timex &timex : timexes)
        values << timex.text + QLatin1Char('=') + timex.value;
    const QStringList expected {
        QStringLiteral("overnight=2025-11-18TNI"),
        QStringLiteral("Wednesday=2025-11-19"),
        QStringLiteral("the summer=2025-SU"),
        QStringLiteral("1 a.m.=2025-11-19T01:00"),
        QStringLiteral("nearly six hours=PT6H"),
        QStringLiteral("August=2025-08"),
        QStringLiteral("Tuesday evening=2025-11-18TEV"),
        QStringLiteral("Sunday=2025-11-16"), // in a clause of its own, in the past
        QStringLiteral("Friday=2025-11-21"),
        QStringLiteral("Monday=2025-11-24"), // "the summit opens on Monday"
        QStringLiteral("two weeks' time=2025-W49"),
        QStringLiteral("7 a.m.=2025-11-18T07:00"),
        QStringLiteral("18 November=2025-11-18"),
        QStringLiteral("the weekend=2025-W47-WE"),
        QStringLiteral("2022=2022"),
        QStringLiteral("March=2022-03"), // at the head of the sentence after "In 2022"
        QStringLiteral("30-day=P30D"),
        QStringLiteral("April of that year=2022-04"),
        QStringLiteral("weeks=PXW"),
        QStringLiteral("2014=2014"),
        QStringLiteral("2022=2022"),
        QStringLiteral("Earlier this month=2025-11"),
        QStringLiteral("later in the day=2025-11-19"),
        QStringLiteral("the start of the year=2025"),
        QStringLiteral("2024=2024"),
    };
    QCOMPARE(values, expected);
}

void TimexEngineTest::findsEveryExpressionInOrder()
{
    const QString text =
        QStringLiteral("On Tuesday, the army fired four missiles. Two days later, talks resumed in Doha, "
                       "where the envoys will stay until December 1. The war began in 2022.");
    const QList<Timex> timexes = TimexEngine().annotate(text, QDate(2025, 11, 19));
    QStringList values;
    for (const Timex &timex : timexes)
        values << timex.text + QLatin1Char('=') + timex.value;
    QCOMPARE(values,
             (QStringList {QStringLiteral("Tuesday=2025-11-18"), QStringLiteral("Two days later=2025-11-20"),
                           QStringLiteral("December 1=2025-12-01"), QStringLiteral("2022=2022")}));
}

void TimexEngineTest::reportsUtf16Spans()
{
    // The emoji takes two UTF-16 code units; the engine reports UTF-16 offsets.
    const QString text = QStringLiteral("\U0001F4A5 Blast on Monday in K\u00fclm");
    const QList<Timex> timexes = TimexEngine().annotate(text, QDate(2025, 11, 19));
    QCOMPARE(timexes.size(), 1);
    QCOMPARE(timexes.first().start, 12);
    QCOMPARE(timexes.first().end, 18);
    QCOMPARE(timexes.first().text, QStringLiteral("Monday"));
}

// TimeML writes "from Aug. 26 to Oct. 20" as two dates; the first carries the range, and the timeline
// reads the two as one again
void TimexEngineTest::joinsARangeForTheTimeline()
{
    const QString text = QStringLiteral("Voting runs from Nov. 28 to Dec. 2 nationwide.");
    const QList<Timex> split = TimexEngine().annotate(text, QDate(2025, 11, 19));
    QCOMPARE(split.size(), 2);
    QCOMPARE(split[0].text, QStringLiteral("Nov. 28"));
    QCOMPARE(split[0].interval.end, QDate(2025, 12, 2));
    QCOMPARE(split[1].text, QStringLiteral("Dec. 2"));
    QCOMPARE(split[1].value, QStringLiteral("2025-12-02"));
    QVERIFY(split[1].closesRange);
    const QList<Timex> joined = TimexEngine::joinRanges(split, text);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined[0].text, QStringLiteral("Nov. 28 to Dec. 2"));
    QCOMPARE(joined[0].interval.start, QDate(2025, 11, 28));
    QCOMPARE(joined[0].interval.end, QDate(2025, 12, 2));

    // a range of weekdays too: two expressions, joined again for the timeline
    const QString days = QStringLiteral("Divers surveyed the reef between Saturday and Monday.");
    const QList<Timex> twoDays = TimexEngine().annotate(days, QDate(2016, 3, 29));
    QCOMPARE(twoDays.size(), 2);
    QCOMPARE(twoDays[0].value, QStringLiteral("2016-03-26"));
    QCOMPARE(twoDays[0].interval.end, QDate(2016, 3, 28));
    QVERIFY(twoDays[1].closesRange);
    const QList<Timex> oneSpan = TimexEngine::joinRanges(twoDays, days);
    QCOMPARE(oneSpan.size(), 1);
    QCOMPARE(oneSpan[0].text, QStringLiteral("Saturday and Monday"));
    QCOMPARE(oneSpan[0].interval.start, QDate(2016, 3, 26));
    QCOMPARE(oneSpan[0].interval.end, QDate(2016, 3, 28));
}

void TimexEngineTest::scansDigitsAndPunctuationInLinearTime()
{
    // Digits and separators that keep almost forming dates: the worst case for backtracking scanners.
    const QString unit = QStringLiteral("12/31/2025-10:30,2024.5 99/99/9999 1-2-3 0000:00 13/45/2025/");
    const auto line = [&](qsizetype size) {
        QString text;
        text.reserve(size + unit.size());
        while (text.size() < size)
            text += unit;
        return text;
    };
    const QString small = line(1024 * 1024);
    const QString large = line(10 * 1024 * 1024);
    const TimexEngine engine;
    // CPU time of this thread, and the quickest of a few runs: other work on the machine must not
    // make a linear scan look quadratic.
    const auto cpuMs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    };
    qsizetype smallCount = 0;
    qint64 smallTime = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 3; ++run) {
        const qint64 start = cpuMs();
        smallCount = engine.annotate(small, QDate(2025, 11, 19)).size();
        smallTime = std::min(smallTime, std::max<qint64>(cpuMs() - start, 1));
    }
    const qint64 largeStart = cpuMs();
    const qsizetype largeCount = engine.annotate(large, QDate(2025, 11, 19)).size();
    const qint64 largeTime = cpuMs() - largeStart;
    QVERIFY(smallCount > 0);
    QVERIFY(largeCount >= 9 * smallCount);
    // Ten times the text may take at most about twenty times as long (generous for loaded machines).
    QVERIFY2(largeTime <= 20 * smallTime + 200,
             qPrintable(QStringLiteral("1 MB: %1 ms, 10 MB: %2 ms").arg(smallTime).arg(largeTime)));
}

QTEST_GUILESS_MAIN(TimexEngineTest)
#include "tst_timexengine.moc"
