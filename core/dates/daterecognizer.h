// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datetokenizer.h"
#include "dates/mention.h"
#include "dates/mentioncontext.h"

#include <optional>
#include <vector>

namespace Sitrep::Dates {

// Whether a text writes its numeric dates day first: one of them cannot be read month first ("23/06/2016") and
// none cannot be read day first ("06/23/2016").
bool writesDayFirst(QStringView text);

// Whether two lines or more of a text open on a dotted clock and a capital ("12.04 This is the sixth cut").
bool stampsLinesWithDottedClocks(QStringView text);

// How a whole text writes its dates, read from all of it only when a date it decides is met: most texts have none,
// and reading costs a pass over every character.
class DateHabits final
{
public:
    explicit DateHabits(QStringView text)
        : m_text(text)
    { }
    // numeric dates day first: "08/06/2017" is 8 June
    bool dayFirst() const
    {
        if (!m_dayFirst)
            m_dayFirst = writesDayFirst(m_text);
        return *m_dayFirst;
    }
    // entries stamped with a dotted clock at the head of their lines, as a live blog writes them ("12.04 This is")
    bool stampsLines() const
    {
        if (!m_stampsLines)
            m_stampsLines = stampsLinesWithDottedClocks(m_text);
        return *m_stampsLines;
    }

private:
    QStringView m_text;
    mutable std::optional<bool> m_dayFirst;
    mutable std::optional<bool> m_stampsLines;
};

// Finds temporal expressions in a token stream. At each token it tries every pattern, each of
// which looks at most a few tokens ahead, and keeps the longest match: linear in the input.
class DateRecognizer final
{
public:
    // `text`: what the tokens' offsets count into. `habits`: how the whole text writes its dates; numeric dates day
    // first ("23/06/2016" elsewhere in it) make "08/06/2017" 8 June. Without them, numeric dates are month first.
    DateRecognizer(const std::vector<DateToken> &tokens, QStringView text, const DateHabits *habits = nullptr);

    void recognize(std::vector<Mention> &mentions) const;

private:
    // The outcome of a partial parse: a value and the index of the first token after it, or next < 0.
    struct Part
    {
        int value = 0;
        int next = -1;
        explicit operator bool() const { return next >= 0; }
    };

    const DateToken *at(int i) const { return i >= 0 && i < m_size ? &m_tokens[std::size_t(i)] : nullptr; }
    // Inline: every pattern asks these of the tokens around it, from three source files.
    bool isWord(int i, Word word) const
    {
        const DateToken *t = at(i);
        return t && t->isWord() && t->lex && t->lex->word == word;
    }
    QStringView wordText(int i) const // the text of the word at i, or nothing for another token
    {
        const DateToken *t = at(i);
        return t && t->isWord() ? tokenText(*t, m_text) : QStringView();
    }
    bool isPunct(int i, char16_t c) const
    {
        const DateToken *t = at(i);
        return t && t->isPunct(c);
    }
    bool joined(int i) const // token i follows the previous one with no space
    {
        const DateToken *t = at(i);
        return t && !t->spaceBefore;
    }
    bool endsClause(int i) const; // nothing that could be an object follows: "the day before[, he ...]"
    bool fourDigitClock(int i) const; // four digits that read as hours and minutes: "1430", "0600"

    Part monthName(int i, bool afterDay = false) const; // afterDay: "19 Nov" needs no period
    Part weekdayName(int i) const;
    Part dayOfMonth(int i) const;
    Part ordinalNumber(int i) const;
    Part year(int i, bool loose) const;
    Part spelledYear(int i) const;
    Part numberWords(int i) const;
    Part quantity(int i, bool allowArticle) const; // value -1 for vague quantities ("a few")
    Part unitWord(int i, bool plural) const; // value is the Unit
    Part centuryShare(int i) const; // "quarter century", "half-century", "quarter of a century": value in years
    Part modifier(int i, Mod &mod) const; // early / mid- / late / the end of ...
    Part qualifier(int i, Mod &mod) const; // about / nearly / more than / at least ...

    bool mayStart(int i) const; // whether any expression can begin at token i
    bool matchAt(int i, Mention &best) const;
    bool matchMonthDay(int i, Mention &m) const;
    bool matchDayMonth(int i, Mention &m) const;
    bool matchNumeric(int i, Mention &m) const;
    bool matchYearish(int i, Mention &m) const;
    bool matchQuarter(int i, Mention &m) const;
    bool matchSeason(int i, Mention &m) const;
    bool playInSentence(int i) const; // the sentence tells of a game's play, not of a year's results
    static constexpr int playReach = 40; // words read on each side of a period of a game
    bool matchHoliday(int i, Mention &m) const;
    bool endHoliday(int next, Mention &m) const; // "week" and the year after a named day
    int namedFeast(int i, int &next) const; // "Memorial Day", "St. Patrick's Day", "Yom Kippur": its holiday code
    bool matchRelative(int i, Mention &m) const;
    bool matchPeriodAgo(int i, Mention &m) const;
    bool matchWeekOfMonth(int i, Mention &m) const; // "the second week of December"
    bool matchDeictic(int i, Mention &m) const;
    bool matchWeekday(int i, Mention &m) const;
    bool matchCountedDay(int i, Mention &m) const; // "day 16 of the truce", "the war's 1,000th day"
    bool matchClock(int i, Mention &m) const;
    bool matchDuration(int i, Mention &m) const;
    bool matchSet(int i, Mention &m) const;
    bool rateAt(int i) const; // "a day" or "per day" after what it counts: "500 trucks a day"
    bool matchModified(int i, Mention &m) const;
    bool matchQualified(int i, Mention &m) const;
    bool matchPartOfDay(int i, Mention &m) const; // after "early", "mid-", "late", "in the"

    // A clock told in words: "six o'clock", "five p.m.", "half past nine", "nine-thirty", "ten to six"
    struct SpokenClock
    {
        int hour = -1;
        int minute = 0;
        int next = -1;
        bool meridiemUnstated = false;
    };
    Part meridiem(int i, bool partOfDayToo) const; // 1 a.m., 2 p.m., -1 o'clock; next after it
    bool clockContext(int i) const; // a word that leads a time of day: "at", "about", "until", "by" ...
    bool partOfADayAt(int i) const; // "tonight", "this morning", "last night", "tomorrow afternoon" ...
    SpokenClock spokenClock(int i) const;

    int splitWeekdayRange(Mention &first) const;
    bool splitRangeEnd(Mention &first, Mention &end) const;
    bool matchSecondDay(Mention &first, Mention &second) const;
    bool joinYearPair(Mention &m) const;
    bool matchSecondYear(const Mention &first, Mention &second) const;
    void attachOpenEnd(Mention &m) const;
    bool nameWord(int i) const; // a capitalized word that may go on a name: "War", "Times", "Offensive"
    bool insideName(const Mention &m) const; // "the Six-Day War", "The Sunday Times", "the Winter War"

    int attachYear(int next, Mention &m) const; // ", 2025" / "2025" / "of 2025" / "last year"
    bool possessive(int i) const; // "its", "their", "my", "his", "her", "our", "your"
    bool inCapitals(int i) const; // a word of three letters or more, every one a capital: "WEEKEND"
    int namedZoneEnd(int i) const; // "local time", "New York City time": where it ends, or -1
    int attachPartOfDay(int next, Mention &m) const; // "morning", "night" after a day

    const std::vector<DateToken> &m_tokens;
    QStringView m_text;
    int m_size = 0;
    const DateHabits *m_habits = nullptr;
};

} // namespace Sitrep::Dates
