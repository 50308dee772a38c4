// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstdint>

namespace Sitrep::Dates {

// Calendar and clock units, finest first, so that comparisons order granularities.
enum class Unit : std::uint8_t {
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
};

// Closed-class words the recognizer reacts to; anything else in the lexicon is a month, weekday,
// number, ordinal, unit, season or part of the day.
enum class Word : std::uint8_t {
    None,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Current,
    Recently,
    Recent,
    Nowadays,
    Overnight,
    Previously,
    Formerly,
    Soon,
    Past,
    Future,
    Present,
    Moment,
    Last,
    This,
    Next,
    Previous,
    Following,
    Coming,
    Same,
    That,
    These,
    The,
    A,
    An,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Mid,
    Late,
    Middle,
    Beginning,
    Starting, // "starting", "commencing": "the week starting 9 March"
    Start,
    End,
    Of,
    And,
    To,
    Through,
    Until,
    Between,
    From,
    Every,
    Each,
    Per,
    Once, // "once a week"
    Twice,
    Times, // "three times a day"
    Daily,
    Weekly,
    Fortnightly,
    Monthly,
    Annually,
    Hourly,
    Nightly,
    Quarterly,
    Fiscal,
    Few,
    Several,
    Couple,
    Some,
    Many,
    More,
    Less,
    Than,
    Nearly,
    Almost,
    About,
    Around,
    Approximately,
    Roughly,
    Over,
    Least,
    At,
    In,
    On,
    Up,
    Within,
    No,
    Or,
    So,
    Noon,
    Midday,
    Midnight,
    Dawn,
    Am,
    Pm,
    Local,
    Eastern, // "ten A-M eastern": the zone of a clock in American broadcasts ("eastern", "pacific")
    Particle, // "here", "off", "outside": a word of place or manner, no noun ("through the night off the coast")
    Time,
    Latest,
    Final,
    Full,
    Period,
    Ahead,
    Hundred,
    Thousand,
    Christmas,
    Thanksgiving,
    Easter,
    Halloween,
    Ramadan,
    Eid, // "Eid al-Fitr", "Eid al-Adha"
    Fitr,
    Adha,
    Eve,
    New,
    Independence,
    Palm, // "Palm Sunday"
    Good, // "Good Friday"
    Holy, // "Holy Thursday", "Maundy Thursday"
    Orthodox, // "Orthodox Easter", "Orthodox Christmas"
    TimeZone,
    Year, // "year" as in "year-ago", "year-earlier", "year-end"
    Hours, // "hours" as in "the early hours"
    Old,
    Additional,
    Another,
    Other,
    Its,
    Their,
    Week,
    Half,
    Whole,
    Entire,
    Since,
    For,
    During,
    Date,
    // Tense cues
    Will,
    Would,
    Shall,
    Modal, // "could", "should", "might", "must": a verb follows, so a number before it counts nothing
    Going,
    Expected,
    Scheduled,
    Planned,
    Plans,
    Due,
    Upcoming,
    Intends,
    Set,
    PastAux, // was, were, did
    Had,
    Be, // be, been, being: the tense is the auxiliary's before them
    Payable,
    By,
    Effective,
    PastVerb, // irregular past tense verbs: said, met, took ...
    PresentAux, // is, are, says
    Abbreviation, // Mr, Dr, Gen ... whose period ends no sentence
    // Letters and suffixes that matter when glued to numbers: 1990s, 24th, Q3, p.m., FY2025, o'clock
    LetterS,
    OrdinalSuffix,
    LetterQ,
    LetterH,
    LetterP,
    LetterM,
    FiscalYear,
    Clock,
    LetterO,
    Rest, // "the rest of the week"
    DecadeWord, // "nineties": number holds the decade within its century (90)
    Turn, // "the turn of the century"
    Remaining,
    Straight, // "straight", "consecutive", "successive"
    Fortnight,
    Right,
    Near,
    Term,
    Ended, // "ended", "ending"
    Long, // "decades-long", "day-long"
    Beyond,
    DayEpithet, // "Bloody Sunday", "Black Monday", "Super Tuesday": a name, not that weekday
    Below, // "below 2019 levels"
    Above,
    High, // "high noon"
    Trading, // "trading", "business", "working" before "days": counted days of a kind
    Election,
    Comparable, // "comparable", "corresponding"
    Post, // "post-1959"
    Pre, // "pre-1990"
    Conjunction, // "if", "unless", "when": a clause begins, the noun phrase before it has ended
    Distance, // "miles", "kilometres", "knots": "50 miles an hour" is a speed
};

enum class PartOfDay : std::uint8_t { None, Morning, Afternoon, Evening, Night, Day };

struct LexEntry
{
    Word word = Word::None;
    std::uint8_t month = 0; // 1..12
    std::uint8_t weekday = 0; // 1 (Monday) .. 7
    std::int16_t number = -1; // cardinal value of a number word
    std::uint8_t ordinal = 0; // first = 1 ...
    Unit unit = Unit::None;
    bool plural = false; // "days", "weeks"
    bool abbreviated = false; // "Nov", "Sept": needs a capital and often a period
    std::uint8_t season = 0; // 1 spring, 2 summer, 3 fall, 4 winter
    PartOfDay partOfDay = PartOfDay::None;
    bool startsNothing = false; // no expression begins with it: "of", "said", "will", "ago" ...
};

// FNV-1a over the UTF-16 units, which a tokenizer may compute as it lowers a word.
constexpr std::uint32_t wordHashSeed = 0x811c9dc5u;
constexpr std::uint32_t wordHashStep(std::uint32_t hash, char16_t c)
{
    return (hash ^ c) * 0x01000193u;
}

// The entry for a lowercase word, or nullptr; hash is the word's, from wordHashStep.
const LexEntry *lookupWord(QStringView lowercase, std::uint32_t hash);

} // namespace Sitrep::Dates
