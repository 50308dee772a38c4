// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datetokenizer.h"
#include "dates/mention.h"
#include "dates/period.h"
#include "dates/timex.h"

#include <array>
#include <optional>
#include <vector>

namespace Sitrep::Dates {

enum class Tense : std::uint8_t { Unknown, Past, Present, Future };

// Turns mentions into TIMEX3 values and day intervals. Walks one document in order: it remembers
// the narrative date (the last date an expression set) for chains such as "two days later".
class DateResolver final
{
public:
    explicit DateResolver(const QDate &reference);

    // `text` is the tokenized chunk, which starts at `offset` in the document.
    std::optional<Timex> resolve(const Mention &mention, const std::vector<DateToken> &tokens, QStringView text,
                                 qsizetype offset);
    // Reads a chunk before its mentions are resolved, for what its words say beyond them (a timetable announced).
    void readChunk(const std::vector<DateToken> &tokens, QStringView text);

    // The tense of the sentence around tokens [first, last], from the nearest cue word within `window`
    // tokens (with the default window, a long sentence's main verb further out counts too).
    static constexpr int defaultTenseWindow = 14;
    static Tense tenseAround(int first, int last, const std::vector<DateToken> &tokens, QStringView text,
                             int window = defaultTenseWindow);
    static Tense wordTense(int i, const std::vector<DateToken> &tokens, QStringView text);

private:
    struct Resolution
    {
        Period period;
        DateDerivation derivation = DateDerivation::Reference;
        bool moveNarrative = true;
        // a night the report looks back on: TIMEX3 names it by the evening it began, a timeline by the
        // morning it ended, when the news of it broke ("Russia launched 476 drones overnight")
        bool datedByItsMorning = false;
    };

    std::optional<Timex> resolveMention(const Mention &m, const std::vector<DateToken> &tokens, QStringView text,
                                        qsizetype offset);
    // "day 16 of the truce": counted from the day beside it or from the beginning the text told, else nothing
    std::optional<Timex> resolveCountedDay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text,
                                           qsizetype offset);
    Resolution resolveDate(const Mention &m, Tense tense) const;
    void readSurroundings(const Mention &m, Word before, Tense tense, const std::vector<DateToken> &tokens,
                          QStringView text);
    Period calendarPeriod(const Mention &m, Tense tense) const;
    int yearFittingWeekday(const Mention &m, int year) const;
    QDate inferYear(int month, int day, Tense tense, bool acrossTheTurn = true) const;
    QDate weekday(int weekday, int direction, Tense tense, const QDate &anchor) const;
    Period lastNight(Tense tense) const;
    // the day "today" is: the report's, or the day of the diary entry the text is in ("Day 47 - Thursday 21 April")
    QDate today() const;
    Period anchor() const; // the narrative period, or the reference day when nothing set one yet
    std::optional<Period> comparedSpan() const; // the year-ago counterpart of a reported multi-quarter span

    QDate m_reference;
    Period m_narrative;
    int m_narrativeSentence = -1000;
    // the week a text just named and where it ended: "Next week, probably on Thursday" is that week's Thursday
    Period m_namedWeek;
    qsizetype m_namedWeekChunk = -1; // the offset of the chunk it was named in
    int m_namedWeekLast = -1; // its last token there
    int m_lastFeast = 0; // the Eid a text spoke of, by Ramadan or by name: "Eid" alone is that one
    bool m_storyDayWritten = false; // the narrative's day is one the text wrote in full, or one counted from it
    QDate m_toldDay; // the last day, up to the reference date, that the narrative set: a past story's day
    int m_toldDaySentence = -1000;
    QDate m_leadDay; // the day the text's opening told, up to the reference date: what the story is about
    int m_programmeSentence = -1000; // the last sentence that announced a timetable ("how the day will unfold")
    int m_recountSentence = -1000; // the last sentence that announced a day told again ("how it unfolded")
    QDate m_dayHeading; // the day of the last weekday that headed its line ("Saturday: The Queen attends ...")
    int m_dayHeadingSentence = -1000;
    QDate m_comingDay; // the last day after the reference date that the narrative set: a coming event's day
    int m_comingDaySentence = -1000;
    bool m_storyDayByWeekday = false; // that day was written with its weekday ("Friday, Sept. 12")
    // A reconstruction ("At 1:50 p.m. on Tuesday, Aug. 30, the generators failed ... By Wednesday night ..."): a day
    // written in full opens a story whose weekdays go on from it, until the text names the days around the report
    // again ("said last week"); the last sentence that spoke within it
    bool m_storyFrame = false;
    int m_storySentence = -1000;
    static constexpr int storyReach = 3; // sentences a story's weekdays reach without a date of their own
    bool m_narrativeNight = false; // the narrative's day was told as a night ("Last night", "on Tuesday night")
    bool m_narrativeEvening = false; // ... or as an evening ("on Sunday evening")
    Period m_lastQuarter; // the quarter the text last named: "the quarter" and "a year ago" refer to it
    int m_lastQuarterSentence = -1000;
    bool m_lastQuarterReported = false; // named in the past tense: results reported for a fiscal quarter
    Period m_reportedQuarter; // the last quarter named that has ended: "a year ago" compares with it
    int m_spanSentence = -1000; // where "the nine months" was reported, until a quarter is named again
    int m_writtenYear = 0; // the narrative's year when the text wrote it ("In 2019 ... In March"), else 0
    int m_writtenYearSentence = -1000;
    bool m_writtenYearInPassing = false; // a bare year inside its sentence ("a war in 2020 ended ...")
    bool m_writtenYearAhead = false; // the year was told by its distance: "Next year's meeting ..."
    int m_writtenYearEnd = 0; // its last token
    static constexpr int yearInPassingReach = 8; // tokens after it that it still dates
    bool m_inWrittenYear = false; // of the mention being resolved: it lies in the written year
    bool m_opensClause = false; // of the mention being resolved: it opens its sentence or a clause
    bool m_flashback = false; // of the mention being resolved: told in the past perfect
    bool m_flashbackBy = false; // and after "by"
    bool m_outOfOrder = false; // of the mention being resolved: after "after", "before" or "since" in its sentence
    // A history ("Germany invaded Poland on 1 September 1939. The Soviet Union invaded on 17 September")
    // tells its dates in the year it last wrote, as long as it never speaks of the days around its own
    // date ("on Monday", "last week", "yesterday"), as news does
    bool m_referenceNamed = false;
    // the years of the last dates the text wrote in full, latest first: "had launched on Wednesday, July 16"
    // in a story of 1969 is in the one its weekday fits
    std::array<int, 4> m_fullDateYears {};
    int m_storyYear = 0; // the year the story is in, set by a date it wrote in full and moved by its chains;
    // a story three years or more before the report (a year-in-review looks back one or two years and
    // names older ones in passing)
    static constexpr int longAgo = 15; // years before the reference: a year named in passing is history
    // of the mention being resolved: "will" in its sentence looks ahead from the reference date, while a
    // story's "would" is the future of its past
    bool m_willNearby = false;
    // of the mention being resolved: its sentence names the days around the report too ("The Fed, which cut rates
    // in January, meets again next Tuesday"), so it is not in a story of long ago
    bool m_nowNearby = false;
    // of the mention being resolved: a present perfect before it in its sentence ("Schools have closed for the
    // rest of the week"), which speaks of now
    bool m_presentPerfect = false;
    // of the mention being resolved: "will report fourth-quarter results" - results come after their quarter
    bool m_resultsNearby = false;
    bool inStory() const
    {
        return !m_referenceNamed && m_storyYear && m_reference.year() - m_storyYear >= 3 && !m_willNearby
            && !m_nowNearby && !(m_presentPerfect && m_runsUpToNow) && !m_sinceNow;
    }
    int m_currentSentence = 0;
    // of the mention being resolved: "held talks ... on May 10", "resumed after Christmas"
    bool m_daySurelyPast = false;
    // "killed since October 7. ... 1,200 people were killed that day": a day things have run from sets no
    // scene, but "that day" may still point back to it
    Period m_sinceDay;
    int m_sinceDaySentence = -1000;
    bool m_runsUpToNow = false; // of the mention being resolved: "since Oct. 8", which cannot lie ahead
    int m_lastNamedYear = 0; // the year of the last date written with one: "The 1959 strike ... that summer"
    int m_lastNamedYearSentence = -1000;
    bool lastNamedYearIsLatest() const
    {
        return m_lastNamedYear && (!m_narrative.isValid() || m_lastNamedYearSentence > m_narrativeSentence);
    }
    // "This is the sixth cut since October": a month that runs up to the present, told in the present
    bool m_sinceNow = false;
    // of the mention being resolved: "until", "through", "by" or "before" right before it, the end of a span
    bool m_limitBefore = false;
    // the last clock time the text gave, with its day: "two hours later" counts from it
    QDate m_feastDay; // the day of the last named feast, its last token and the chunk it was in
    int m_feastLast = -1;
    qsizetype m_feastChunk = -1;
    QDate m_stampDay; // the day of the last time stamp that opened an entry ("4:10 p.m. Wednesday: ...")
    int m_stampMinute = 0;
    int m_stampSentence = -1000;
    // the day a diary's or a log's entry is headed by, before the report's ("Day 47 - Thursday 21 April", "Sunday 18
    // August, Cambridge Bay"), and its sentence: "today", "last night" and "tomorrow" in the entry count from it
    QDate m_entryDay;
    int m_entrySentence = -1000;
    qsizetype m_entryEnd = -1; // where an entry run on from its heading ends, or -1 when it ends by its reach
    qsizetype m_currentStart = 0; // of the mention being resolved: where it starts in the text
    static constexpr int entryReach = 15;
    QDate m_headingDay; // the day the last heading named, a line of its own ("Thursday, Nov. 28"), and its sentence
    int m_headingSentence = -1000;
    int m_stampsRun = 0; // the last two stamps ran forward (1), back (-1: the latest entry first) or not yet known
    // the last calendar period the text named, where it ended and in which chunk: "from the start of May to the end
    // of July" runs on from it
    Period m_lastCalendar;
    int m_lastCalendarLast = -1;
    qsizetype m_lastCalendarChunk = -1;
    // the day of the last expression that named one, its last token and chunk: "on Saturday, day 28 of the truce"
    QDate m_lastDay;
    int m_lastDayLast = -1;
    qsizetype m_lastDayChunk = -1;
    // the last day the text said something began on ("The truce took effect on January 19"), the first of its
    // counted days
    QDate m_countFrom;
    int m_countFromSentence = -1000;
    static constexpr int countReach = 20; // sentences after it that may still count days from it
    // the first day of the last span of days named, and its sentence: "brush collection for April 27 to May 8 ... by 7
    // a.m. on the first day of collection" counts from it in the sentences that follow
    QDate m_spanFrom;
    int m_spanFromSentence = -1000;
    // the last day the text named, and its sentence: "The index fell on Friday ... down for a fifth day" ends there
    int m_lastDaySentence = -1000;
    // whether that day was named for itself, not a clock's nor the end of a span ("until Oct. 28"): a day a span in
    // its sentence may run on from ("on Thursday night gave voters until 5 p.m. Saturday")
    bool m_lastDayOpensSpan = false;
    QDate m_lastClockDay;
    int m_lastClockMinute = 0; // minutes after the day's midnight
    int m_lastClockSentence = -1000;
    // where the last clock ended (its last token and chunk), and whether it kept a routine's hours on no one day:
    // "from 11:41 p.m. to 12:43 a.m." ends on the day after, "from 8pm to 6am every night" on none
    int m_lastClockLast = -1;
    qsizetype m_lastClockChunk = -1;
    bool m_lastClockUndated = false;
    bool closesClockSpan(const Mention &m, const std::vector<DateToken> &tokens, qsizetype offset) const;
    bool m_beforeANoun = false; // of the mention being resolved: "overnight losses"
    QDate m_nightBefore; // of the mention being resolved: "overnight into Sunday"
    // "at 2pm on Tuesday": the day a clock time was dated by, where it starts in the text, so that the
    // day itself resolves the same way
    qsizetype m_clockDayStart = -1;
    qsizetype m_clockDayEnd = -1;
    Resolution m_clockDayResolution;
};

} // namespace Sitrep::Dates
