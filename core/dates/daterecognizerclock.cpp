// SPDX-License-Identifier: GPL-3.0-or-later
// Weekday and clock patterns: "Tuesday evening", "last Friday", "10 p.m. Wednesday", "1522 GMT".
#include "dates/daterecognizer.h"

namespace Sitrep::Dates {

int DateRecognizer::attachPartOfDay(int next, Mention &m) const
{
    const DateToken *t = at(next);
    if (t && t->lex && t->lex->partOfDay != PartOfDay::None && !t->lex->plural) {
        m.partOfDay = t->lex->partOfDay;
        return next + 1;
    }
    return next;
}

// "local time", "Moscow time", "New York City time" at `i`: where the zone ends, or -1
int DateRecognizer::namedZoneEnd(int i) const
{
    if (isWord(i, Word::Local))
        return isWord(i + 1, Word::Time) ? i + 2 : -1;
    int k = i;
    // (a name may hold a word the lexicon knows, if not as a date: "New York")
    const auto nameOfPlace = [&](const DateToken *t) {
        return t && t->isWord() && t->capitalized && t->sentence == at(i)->sentence
            && (!t->lex || (!t->lex->month && !t->lex->weekday && t->lex->unit == Unit::None && !t->lex->season));
    };
    while (k < i + 3 && !isWord(k, Word::Time) && nameOfPlace(at(k)))
        ++k;
    return k > i && isWord(k, Word::Time) ? k + 1 : -1;
}

bool DateRecognizer::matchWeekday(int i, Mention &m) const
{
    // "on Mondays", "Tuesday nights", "Sunday mornings": every such day; in "Monday and Tuesday
    // nights" the first day shares the second's part of the day
    const auto pluralPart = [&](int k) {
        return at(k) && at(k)->lex && at(k)->lex->partOfDay != PartOfDay::None && at(k)->lex->plural;
    };
    const DateToken *t = at(i);
    // "a week on Friday", "a fortnight on Thursday": as British English says it, that weekday after the coming one
    if ((isWord(i, Word::A) || isWord(i, Word::An)) && (isWord(i + 1, Word::Week) || isWord(i + 1, Word::Fortnight))
        && !at(i + 1)->lex->plural && isWord(i + 2, Word::On)) {
        const Part day = weekdayName(i + 3);
        if (!day || isPunct(day.next, u'\''))
            return false;
        m.kind = Mention::Kind::Weekday;
        m.weekday = day.value;
        m.direction = 1;
        m.weekShift = isWord(i + 1, Word::Fortnight) ? 2 : 1;
        m.last = day.next - 1;
        return true;
    }
    // "every Tuesday and Thursday": the second day is a set too
    const bool everyBefore = (isWord(i - 1, Word::And) || isWord(i - 1, Word::Or)) && at(i - 2) && at(i - 2)->lex
        && at(i - 2)->lex->weekday && (isWord(i - 3, Word::Every) || isWord(i - 3, Word::Each));
    if (t->isWord() && t->lex && t->lex->weekday && t->capitalized) {
        const bool shared = (isWord(i + 1, Word::And) || isWord(i + 1, Word::Or)) && at(i + 2) && at(i + 2)->lex
            && at(i + 2)->lex->weekday && !at(i + 2)->lex->plural && pluralPart(i + 3);
        if (t->lex->plural || pluralPart(i + 1) || shared || everyBefore) {
            m.kind = Mention::Kind::Set;
            m.weekday = t->lex->weekday;
            m.last = i;
            if (pluralPart(i + 1) && !t->lex->plural) {
                m.partOfDay = at(i + 1)->lex->partOfDay;
                m.last = i + 1;
            } else if (shared) {
                m.partOfDay = at(i + 3)->lex->partOfDay;
            }
            return true;
        }
    }
    const Part weekday = weekdayName(i);
    if (!weekday)
        return false;
    if (isWord(i - 1, Word::DayEpithet) && at(i - 1)->capitalized && t->capitalized) {
        m.kind = Mention::Kind::Reject; // "on what became known as Bloody Sunday"
        m.first = i - 1;
        m.last = i;
        return true;
    }
    // ("taught Sunday school", "the Sunday papers" are kinds of things, not days)
    if (sameWordAsAny(wordText(weekday.next),
                      {QLatin1StringView("school"), QLatin1StringView("schools"), QLatin1StringView("papers"),
                       QLatin1StringView("best")})) {
        m.kind = Mention::Kind::Reject;
        m.last = weekday.next;
        return true;
    }
    m.kind = Mention::Kind::Weekday;
    m.weekday = weekday.value;
    int next = weekday.next;
    if (isPunct(next, u'-') || isWord(next, Word::To) || isWord(next, Word::Through) || isWord(next, Word::Until)
        || (isWord(i - 1, Word::Between) && isWord(next, Word::And))) {
        if (const Part end = weekdayName(next + 1)) {
            m.endWeekday = end.value;
            next = end.next;
        }
    }
    if (!m.endWeekday)
        next = attachPartOfDay(next, m);
    // "Sunday night, the 28th": the day of the month that dates it, given after a comma
    if (!m.endWeekday && isPunct(next, u',') && isWord(next + 1, Word::The) && at(next + 2)
        && at(next + 2)->sentence == t->sentence && isWord(next + 3, Word::OrdinalSuffix) && at(next + 2)->isNumber()) {
        if (const Part day = dayOfMonth(next + 2); day && endsClause(day.next)) {
            m.weekdaysDate = day.value;
            next = day.next;
        }
    }
    // "on Monday next", "on Monday last": the older order of "next Monday", still common in South Asia
    if (!m.endWeekday && m.partOfDay == PartOfDay::None && (isWord(next, Word::Next) || isWord(next, Word::Last))
        && endsClause(next + 1)) {
        m.direction = isWord(next, Word::Next) ? 1 : -1;
        ++next;
    } else if (!m.endWeekday && m.partOfDay == PartOfDay::None
               && (isWord(next, Word::Last) || isWord(next, Word::Next) || isWord(next, Word::This))
               && isWord(next + 1, Word::Week) && !at(next + 1)->capitalized) {
        // "on Monday last week", "Friday next week": that day of the week named
        m.direction = 3;
        m.weekShift = isWord(next, Word::Last) ? -1 : isWord(next, Word::Next) ? 1 : 0;
        next += 2;
    } else if (!m.endWeekday && m.partOfDay == PartOfDay::None && isWord(next, Word::Week) && !at(next)->capitalized
               && !isPunct(next + 1, u'\'') && endsClause(next + 1)) {
        // "adjourned until Thursday week": the Thursday after the coming one
        m.direction = 1;
        m.weekShift = 1;
        ++next;
    }
    m.last = next - 1;
    return true;
}

DateRecognizer::Part DateRecognizer::meridiem(int i, bool partOfDayToo) const
{
    if (isWord(i, Word::Am) || isWord(i, Word::Pm))
        return {isWord(i, Word::Am) ? 1 : 2, i + 1};
    if ((isWord(i, Word::A) || isWord(i, Word::LetterP)) && isPunct(i + 1, u'.') && joined(i + 1)
        && isWord(i + 2, Word::LetterM) && joined(i + 2))
        return {isWord(i, Word::A) ? 1 : 2, isPunct(i + 3, u'.') && joined(i + 3) ? i + 4 : i + 3};
    // "ten A-M", "eight-oh-two P-M": the meridiem as broadcast transcripts spell it
    if ((isWord(i, Word::A) || isWord(i, Word::LetterP)) && at(i)->capitalized && isPunct(i + 1, u'-') && joined(i + 1)
        && isWord(i + 2, Word::LetterM) && joined(i + 2) && at(i + 2)->capitalized)
        return {isWord(i, Word::A) ? 1 : 2, i + 3};
    // "2 in the morning", "six in the evening"
    if (partOfDayToo && isWord(i, Word::In) && isWord(i + 1, Word::The) && at(i + 2) && at(i + 2)->lex
        && at(i + 2)->lex->partOfDay != PartOfDay::None && !at(i + 2)->lex->plural)
        return {at(i + 2)->lex->partOfDay == PartOfDay::Morning ? 1 : 2, i + 3};
    if (isWord(i, Word::LetterO) && isPunct(i + 1, u'\'') && isWord(i + 2, Word::Clock)) {
        // ("11 o'clock in the morning", "3 o'clock in the afternoon": the part of the day says which half)
        if (const Part half = meridiem(i + 3, partOfDayToo); half && half.value > 0 && isWord(i + 3, Word::In))
            return half;
        return {-1, i + 3};
    }
    return {};
}

bool DateRecognizer::partOfADayAt(int i) const
{
    if (isWord(i, Word::Tonight))
        return true;
    const bool day =
        isWord(i, Word::This) || isWord(i, Word::Last) || isWord(i, Word::Tomorrow) || isWord(i, Word::Yesterday);
    return day && at(i + 1) && at(i + 1)->lex && at(i + 1)->lex->partOfDay != PartOfDay::None
        && !at(i + 1)->lex->plural;
}

bool DateRecognizer::fourDigitClock(int i) const
{
    const DateToken *t = at(i);
    return t && t->isNumber() && t->digits == 4 && t->number % 100 <= 59 && t->number / 100 <= 23;
}

bool DateRecognizer::clockContext(int i) const
{
    return isWord(i, Word::At) || isWord(i, Word::About) || isWord(i, Word::Around) || isWord(i, Word::By)
        || isWord(i, Word::Approximately) || isWord(i, Word::Until) || isWord(i, Word::Before) || isWord(i, Word::After)
        || isWord(i, Word::Since) || isWord(i, Word::From);
}

// "six o'clock", "five p.m.", "about two in the morning", "half past nine", "a quarter to ten", "ten past six",
// "eleven minutes after four", "nine-thirty", "at one forty": a clock told in words (in transcripts and quotes)
DateRecognizer::SpokenClock DateRecognizer::spokenClock(int i) const
{
    // an hour of the clock in words; noon and midnight only after "past" or "to"
    const auto hourWord = [&](int k, bool named) {
        const DateToken *t = at(k);
        // ("half past 11", "a quarter to 6": the hour in figures, not a clock of its own, "to 6.30")
        if (t && t->isNumber() && t->digits <= 2 && t->number >= 1 && t->number <= 12
            && !(at(k + 1) && joined(k + 1) && (isPunct(k + 1, u':') || isPunct(k + 1, u'.')) && at(k + 2)
                 && at(k + 2)->isNumber() && joined(k + 2)))
            return t->number;
        if (!t || !t->isWord() || !t->lex)
            return -1;
        if (named && (t->lex->word == Word::Noon || t->lex->word == Word::Midday))
            return 12;
        if (named && t->lex->word == Word::Midnight)
            return 24;
        const int n = t->lex->number;
        return n >= 1 && n <= 12 && !t->lex->ordinal && t->lex->word != Word::DecadeWord ? n : -1;
    };
    SpokenClock clock;
    // the minutes before "past", "after" or "to"
    int minutes = -1;
    int k = i;
    bool counted = false; // "minutes" said, or a half or a quarter
    if (isWord(k, Word::Half)) {
        minutes = 30;
        counted = true;
        ++k;
    } else if (const int q = isWord(k, Word::A) ? k + 1 : k;
               at(q) && at(q)->lex && at(q)->lex->unit == Unit::Quarter && !at(q)->lex->plural) {
        minutes = 15;
        counted = true;
        k = q + 1;
    } else if (at(k) && at(k)->isWord() && at(k)->lex && at(k)->lex->number > 0) {
        if (const Part n = numberWords(k); n && n.value < 60) {
            minutes = n.value;
            k = n.next;
            if (at(k) && at(k)->lex && at(k)->lex->unit == Unit::Minute) {
                counted = true;
                ++k;
            }
        }
    }
    const bool past = isWord(k, Word::Past);
    if (minutes > 0 && (past || isWord(k, Word::After) || isWord(k, Word::To))) {
        const int hour = hourWord(k + 1, true);
        if (hour < 0)
            return clock;
        const Part said = meridiem(k + 2, true);
        if (!(counted && past) && !said && !clockContext(i - 1))
            return clock;
        // "ten to six" is as often a range of counts, unless "at" says it is a time ("at about ten to nine")
        if (!counted && !past && !said
            && !(isWord(k, Word::To) && (isWord(i - 1, Word::At) || isWord(i - 2, Word::At))))
            return clock;
        clock.hour = isWord(k, Word::To) ? (hour == 1 ? 12 : hour - 1) : hour % 24;
        clock.minute = isWord(k, Word::To) ? 60 - minutes : minutes;
        if (said && said.value > 0 && clock.hour < 12)
            clock.hour += said.value == 2 ? 12 : 0;
        clock.meridiemUnstated = !said && hour <= 12;
        clock.next = said ? said.next : k + 2;
        return clock;
    }
    // an hour in words, then its minutes or what half of the day it is
    const int hour = hourWord(i, false);
    if (hour < 0)
        return clock;
    const bool hyphen = isPunct(i + 1, u'-') && joined(i + 1) && joined(i + 2); // "nine-thirty"
    k = hyphen ? i + 2 : i + 1;
    int minute = 0;
    bool hasMinute = false;
    // "seven-oh-five", "eleven-oh-seven local time": the minutes under ten, as they are spoken
    const bool oh = hyphen && sameWord(wordText(k), QLatin1StringView("oh")) && isPunct(k + 1, u'-') && joined(k + 1)
        && joined(k + 2);
    if (const Part units = oh ? numberWords(k + 2) : Part {};
        units && units.value >= 1 && units.value <= 9 && at(k + 2)->isWord()) {
        minute = units.value;
        hasMinute = true;
        k = units.next;
    } else if (const Part n = numberWords(k); n && n.value >= 10 && n.value < 60 && at(k)->isWord()) {
        minute = n.value;
        hasMinute = true;
        k = n.next;
    } else if (hyphen) {
        return clock;
    }
    const Part said = meridiem(k, !hasMinute);
    // ("at nine thirty"; "nine thirty-year-olds" are no clock; "at seven this morning"; "It's seven-oh-five" is one)
    if (!said && !oh && !(hasMinute && clockContext(i - 1) && !(isPunct(k, u'-') && joined(k)))
        && !(clockContext(i - 1) && partOfADayAt(k)))
        return clock;
    if (said && said.value != -1 && !hasMinute && said.next == k + 3 && !clockContext(i - 1))
        return clock; // "two in the morning" after a clock's own word only
    clock.hour = hour;
    clock.minute = minute;
    if (said && said.value == 2 && hour < 12)
        clock.hour += 12;
    else if (said && said.value == 1 && hour == 12)
        clock.hour = 0;
    clock.meridiemUnstated = !said || said.value < 0;
    clock.next = said ? said.next : k;
    return clock;
}

bool DateRecognizer::matchClock(int i, Mention &m) const
{
    const DateToken *t = at(i);
    int hour = -1;
    int minute = 0;
    int next = i + 1;
    bool twentyFourHour = false; // "10:30", "1800": no a.m. or p.m.
    bool meridiemUnstated = false;
    if (t->isNumber() && t->digits <= 2) {
        if (i > 0 && joined(i) && (at(i - 1)->isNumber() || isPunct(i - 1, u':') || isPunct(i - 1, u'.')))
            return false;
        hour = t->number;
        bool hasMinute = false;
        if (isPunct(next, u':') && joined(next) && at(next + 1) && at(next + 1)->isNumber() && at(next + 1)->digits == 2
            && joined(next + 1)) {
            minute = at(next + 1)->number;
            hasMinute = true;
            next += 2;
            if (isPunct(next, u':') && joined(next) && at(next + 1) && at(next + 1)->isNumber() && joined(next + 1))
                next += 2;
        }
        // "9.30am", "10.15 pm": a dot parts the minutes only before a meridiem
        const bool dotted = !hasMinute && isPunct(next, u'.') && joined(next) && at(next + 1)
            && at(next + 1)->isNumber() && at(next + 1)->digits == 2 && joined(next + 1);
        if (dotted) {
            minute = at(next + 1)->number;
            hasMinute = true;
            next += 2;
        }
        int meridiem = 0; // 1 a.m., 2 p.m.
        // ("4:10 in the morning", "9.40 in the evening": the part of the day says the half after minutes too)
        if (const Part said = this->meridiem(next, !hasMinute || clockContext(i - 1))) {
            meridiem = said.value;
            next = said.next;
        }
        // "4 to 7 p.m.", "7-11 a.m.", "5:30 to 7:30 p.m.": a range's start takes the half of the day its end names
        // (the half before it when it would come after the end: "11 to 1 p.m.")
        if (meridiem == 0 && !dotted && hour >= 1 && hour <= 12) {
            int k = next;
            const bool joiner = isWord(k, Word::To) || isWord(k, Word::Until) || (isPunct(k, u'-') && joined(k + 1))
                || (isWord(k, Word::And) && isWord(i - 1, Word::Between));
            const DateToken *end = joiner ? at(k + 1) : nullptr;
            if (end && end->isNumber() && end->digits <= 2 && end->number >= 1 && end->number <= 12) {
                k += 2;
                if (isPunct(k, u':') && joined(k) && at(k + 1) && at(k + 1)->isNumber() && at(k + 1)->digits == 2)
                    k += 2;
                if (const Part endMeridiem = this->meridiem(k, false); endMeridiem && endMeridiem.value > 0) {
                    const int endHour = end->number % 12;
                    const bool sameHalf = hour % 12 <= endHour;
                    meridiem = sameHalf ? endMeridiem.value : 3 - endMeridiem.value;
                }
            }
        }
        // ("09.12 GMT", "14.30 local time": a zone tells a dotted time from a decimal too)
        const bool zoned = (isWord(next, Word::TimeZone) && at(next)->capitalized)
            || (isWord(next, Word::Local) && isWord(next + 1, Word::Time));
        // ("at 9 tonight", "at 7 this morning": the part of the day says which half the hour is in)
        // ("tonight at 11", "tomorrow at 10.", "this evening at 7 for the debate": so does the day named right before
        // "at", when the number ends its phrase; a weekday is left out, as "closed Friday at 12" is a price)
        PartOfDay partBefore = PartOfDay::None;
        const auto dayBeforeAt = [&] {
            if (!isWord(i - 1, Word::At) || !at(i - 2) || at(i - 2)->sentence != t->sentence)
                return false;
            const DateToken *day = at(i - 2);
            const bool part = day->lex && day->lex->partOfDay != PartOfDay::None && !day->lex->plural
                && (isWord(i - 3, Word::This) || isWord(i - 3, Word::Tomorrow));
            if (!isWord(i - 2, Word::Tonight) && !isWord(i - 2, Word::Tomorrow) && !part)
                return false;
            partBefore = isWord(i - 2, Word::Tonight) ? PartOfDay::Night : part ? day->lex->partOfDay : PartOfDay::None;
            // (a comma, a full stop or a word that joins a clause; not "at 11.5 points", "at 4%", "at 3-1")
            const bool decimal =
                isPunct(next, u'.') && joined(next) && at(next + 1) && at(next + 1)->isNumber() && joined(next + 1);
            return !at(next) || at(next)->sentence != t->sentence || isPunct(next, u',') || isPunct(next, u';')
                || (isPunct(next, u'.') && !decimal) || isWord(next, Word::And) || isWord(next, Word::For)
                || isWord(next, Word::Conjunction);
        };
        const bool hourAfterDay = meridiem == 0 && !hasMinute && !dotted && hour >= 1 && hour <= 12 && dayBeforeAt();
        if (hourAfterDay && partBefore != PartOfDay::None && partBefore != PartOfDay::Morning && hour < 12
            && (partBefore != PartOfDay::Night || hour >= 6))
            meridiem = 2;
        const bool bareHourOfADay = meridiem == 0 && !hasMinute && !dotted && hour >= 1 && hour <= 12
            && ((clockContext(i - 1) && partOfADayAt(next)) || hourAfterDay);
        // ("12.04 This is the sixth cut": and so does opening a line before its entry's first word, as a live blog
        // stamps its entries)
        const auto opensLine = [&] {
            qsizetype k = t->start - 1;
            while (k >= 0 && (m_text[k] == u' ' || m_text[k] == u'\t'))
                --k;
            return k < 0 || m_text[k] == u'\n';
        };
        // (a blog has more than one: a single line that opens on "12.50 Pounds" is a price)
        const bool lineStamp = dotted && at(next) && at(next)->isWord() && at(next)->capitalized
            && at(next)->sentence == t->sentence && opensLine() && m_habits && m_habits->stampsLines();
        // ("issued at 11.20 this morning": so does the day's part after a dotted clock)
        if ((meridiem == 0 && !hasMinute && !bareHourOfADay) || (dotted && meridiem < 0)
            || (dotted && meridiem == 0 && !zoned && !lineStamp && !(clockContext(i - 1) && partOfADayAt(next))))
            return false;
        twentyFourHour = meridiem == 0;
        // ("09:40", "10:20 CET" write the clock of 24 hours; "8 o'clock this morning" says which half)
        const bool halfOfDayAfter = isWord(next, Word::This) || isWord(next, Word::Tonight)
            || (at(next) && at(next)->lex && at(next)->lex->partOfDay != PartOfDay::None);
        const bool placeTime = at(next) && at(next)->capitalized && !at(next)->lex && isWord(next + 1, Word::Time);
        // ("8 o'clock" says no half of the day either)
        meridiemUnstated = (meridiem == 0 && hasMinute && !zoned && !placeTime && !halfOfDayAfter && hour >= 1
                            && hour <= 11 && !(t->digits == 2 && hour < 10))
            || (meridiem < 0 && hour >= 1 && hour <= 11);
        if (minute > 59 || hour > 23 || (meridiem > 0 && (hour < 1 || hour > 12)))
            return false;
        if (meridiem == 2 && hour < 12)
            hour += 12;
        else if (meridiem == 1 && hour == 12)
            hour = 0;
    } else if (fourDigitClock(i)
               && ((isWord(next, Word::TimeZone) && at(next)->capitalized
                    && !(isPunct(next + 1, u'-') && joined(next + 1)))
                   || ((isWord(next, Word::Local) || (at(next) && at(next)->capitalized && !at(next)->lex))
                       && isWord(next + 1, Word::Time))
                   // "at 0630 hrs", "since 1800 hours": the military clock ("1800 hours of work" is a length)
                   || (isWord(next, Word::Hours) && clockContext(i - 1))
                   // "H-hour was 0300 Thursday", "at 2200 Sunday": a military clock before its day
                   || ((clockContext(i - 1) || isWord(i - 1, Word::PastAux)) && weekdayName(next)))
               && !(i > 0 && joined(i) && (at(i - 1)->isNumber() || isPunct(i - 1, u'-')))) {
        // "1522 GMT", "0600 local time", and "10:35 a.m. (0735 GMT)", the time before it in another zone
        twentyFourHour = true;
        hour = t->number / 100;
        minute = t->number % 100;
    } else if (const SpokenClock spoken = spokenClock(i); spoken.next >= 0) {
        hour = spoken.hour;
        minute = spoken.minute;
        next = spoken.next;
        meridiemUnstated = spoken.meridiemUnstated;
    } else if ((isWord(i, Word::Noon) || isWord(i, Word::Midday)) && !isWord(i - 1, Word::High)) {
        hour = 12; // "high noon" is a showdown, not a time
    } else if (isWord(i, Word::Midnight)) {
        hour = 24;
    } else {
        return false;
    }
    if (twentyFourHour && isWord(next, Word::Hours))
        ++next; // "0630 hrs", "10:30 hours"
    if (isWord(next, Word::TimeZone) && at(next)->capitalized)
        ++next;
    else if (isWord(next, Word::Eastern) && (!twentyFourHour || isWord(next + 1, Word::Time)))
        next +=
            isWord(next + 1, Word::Time) ? 2 : 1; // "ten A-M eastern", "five P-M Pacific time", "23:59 Pacific time"
    else if (const int zoneEnd = namedZoneEnd(isPunct(next, u',') ? next + 1 : next); zoneEnd > 0)
        next = zoneEnd; // "local time", "Moscow time", "5:00 p.m., New York City time"
    // A day right after the time: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6"; after a
    // bracketed conversion ("10:35 a.m. (0735 GMT) Friday") the day dates the time but stays apart
    int k = next;
    if (isPunct(k, u','))
        ++k;
    // the time keeps its own span and takes the date of the day found apart from it
    const auto datedBy = [&](const Mention &day) {
        m = day;
        m.dayFirst = day.first;
        m.dayLast = day.last;
        // ("from 1 to 10 p.m. June 24 through July 8": the time is on the first day of a span)
        m.endDay = m.endMonth = m.endYear = 0;
        m.rangeEnd = -1;
        m.first = i;
        m.last = next - 1;
        m.hour = hour;
        m.minute = minute;
        m.meridiemUnstated = meridiemUnstated;
        return true;
    };
    // "from 6am until 2pm on Tuesday", "between 10 a.m. and 4 p.m. Monday": the day that dates the
    // range's end dates its start too
    if (isWord(next, Word::To) || isWord(next, Word::Until) || (isPunct(next, u'-') && at(next + 1))
        || (isWord(next, Word::And) && isWord(i - 1, Word::Between))) {
        Mention end;
        end.first = next + 1;
        if (at(next + 1) && at(next + 1)->sentence == t->sentence && matchClock(next + 1, end)
            && (end.kind == Mention::Kind::Weekday || end.kind == Mention::Kind::Calendar)) {
            Mention day = end;
            day.first = end.dayFirst >= 0 ? end.dayFirst : end.first;
            day.last = end.dayFirst >= 0 ? end.dayLast : end.last;
            day.dayFirst = -1;
            // ("from 18:00 until 06:00 on Monday": a start later in the day than the end is the evening before;
            // "between midnight and 07:00 on Monday" begins as Monday does)
            const bool endsInTheMorning = end.hour >= 0 && end.hour < 12;
            if (hour == 24 && endsInTheMorning)
                hour = 0;
            else if (hour >= 0 && end.hour >= 0 && !meridiemUnstated && hour > end.hour && endsInTheMorning)
                day.dayOffset = -1;
            return datedBy(day);
        }
    }
    if (isPunct(k, u'(')) {
        int close = k + 1;
        while (close < k + 6 && at(close) && !isPunct(close, u')'))
            ++close;
        const int after = isWord(close + 1, Word::On) ? close + 2 : close + 1;
        // ("at 08:38 local time (05:38 UTC) on 10 March": a date after the bracket too)
        for (const auto matcher :
             {&DateRecognizer::matchWeekday, &DateRecognizer::matchDayMonth, &DateRecognizer::matchMonthDay}) {
            Mention day;
            day.first = after;
            if (isPunct(close, u')') && at(after) && (this->*matcher)(after, day)
                && ((day.kind == Mention::Kind::Weekday && !day.endWeekday && day.partOfDay == PartOfDay::None)
                    || (day.kind == Mention::Kind::Calendar && day.day && !day.endDay && !day.weekday)))
                return datedBy(day);
        }
    }
    // "at 8 a.m. on Sunday", "at noon on Nov. 6", "at 5 p.m. on 12 November": the day dates the time,
    // and stays an expression of its own
    // ("at 3.20pm on Friday, February 3": the longest day)
    // (not "comes out Tuesday at 10 a.m. On Thursday, ...": a capital after the period of "a.m." opens a sentence)
    const bool sentenceAfter = isPunct(next - 1, u'.') && at(k) && at(k)->capitalized;
    if (isWord(k, Word::On) && at(k + 1) && !sentenceAfter) {
        Mention longest;
        bool found = false;
        // ("at 7 p.m. on the second Thursday of September")
        for (const auto matcher : {&DateRecognizer::matchWeekday, &DateRecognizer::matchMonthDay,
                                   &DateRecognizer::matchDayMonth, &DateRecognizer::matchWeekOfMonth}) {
            Mention day;
            day.first = k + 1;
            if ((this->*matcher)(k + 1, day)
                && (day.kind == Mention::Kind::Weekday
                    || (day.kind == Mention::Kind::Calendar && (day.day || (day.weekOfMonth && day.weekday))))
                && !day.endWeekday && !day.endDay
                && (day.partOfDay == PartOfDay::None || day.kind == Mention::Kind::Weekday) // "on Tuesday morning"
                && (!found || day.last > longest.last)) {
                longest = day;
                found = true;
            }
        }
        if (found)
            return datedBy(longest);
    }
    // "at 9:02 a.m. last Wednesday", "at noon next Friday": so does a weekday named by its week
    if (isWord(k, Word::Last) || isWord(k, Word::Next) || isWord(k, Word::This)) {
        Mention named;
        named.first = k;
        if (at(k)->sentence == t->sentence && matchRelative(k, named) && named.kind == Mention::Kind::Weekday
            && !named.endWeekday && named.partOfDay == PartOfDay::None)
            return datedBy(named);
    }
    Mention day;
    day.first = k;
    const auto partOfADay = [&] {
        return matchRelative(k, day) && day.kind == Mention::Kind::Relative && day.partOfDay != PartOfDay::None;
    };
    // "noon the next day", "10 a.m. the following morning", "at 6 p.m. that day": a day the narrative counts
    const auto dayOfTheStory = [&] {
        Mention counted;
        counted.first = k;
        if (at(k)->capitalized || at(k)->sentence != t->sentence || !matchRelative(k, counted)
            || counted.unit != Unit::Day || !counted.fromNarrative
            || !(counted.kind == Mention::Kind::Shift || counted.kind == Mention::Kind::Anaphor))
            return false;
        day = counted;
        return true;
    };
    if (at(k)
        && (matchMonthDay(k, day) || matchDayMonth(k, day) || matchWeekday(k, day) || matchDeictic(k, day)
            || partOfADay() || dayOfTheStory())
        && day.kind != Mention::Kind::Reject && day.kind != Mention::Kind::Ref
        && (day.kind != Mention::Kind::Calendar || day.day)
        && (day.partOfDay == PartOfDay::None || day.kind == Mention::Kind::Relative
            || day.kind == Mention::Kind::Weekday || day.kind == Mention::Kind::Shift
            || day.kind == Mention::Kind::Anaphor)) {
        // ("10 p.m. June 24 through July 8": a span of days dates the time by its first and stays apart)
        if (day.endDay || day.rangeEnd >= 0)
            return datedBy(day);
        // "nine o'clock tonight", "6:30 this morning", "four yesterday afternoon": the part of the day says
        // which half of it the clock is in
        const PartOfDay part = day.partOfDay;
        if (part != PartOfDay::None && (meridiemUnstated || twentyFourHour)) {
            if (part != PartOfDay::Morning && hour >= (part == PartOfDay::Night ? 6 : 1) && hour < 12)
                hour += 12;
            meridiemUnstated = false;
        }
        m = day;
        m.first = i;
        m.partOfDay = PartOfDay::None;
    } else {
        m.kind = Mention::Kind::Time;
        m.last = next - 1;
    }
    m.hour = hour;
    m.minute = minute;
    m.meridiemUnstated = meridiemUnstated;
    return true;
}

} // namespace Sitrep::Dates
