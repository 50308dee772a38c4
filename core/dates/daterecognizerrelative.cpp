// SPDX-License-Identifier: GPL-3.0-or-later
// Relative and deictic patterns: "last week", "the next day", "now", "later in the day".
#include "dates/daterecognizer.h"

#include <QDate>

namespace Sitrep::Dates {

namespace {

bool isModifierWord(Word w)
{
    switch (w) {
    case Word::Last:
    case Word::This:
    case Word::Next:
    case Word::Past:
    case Word::Previous:
    case Word::Following:
    case Word::Coming:
    case Word::Current:
    case Word::Latest:
    case Word::Same:
    case Word::That:
        return true;
    default:
        return false;
    }
}

int offsetOf(Word w)
{
    switch (w) {
    case Word::Last:
    case Word::Past:
    case Word::Previous:
        return -1;
    case Word::Next:
    case Word::Coming:
    case Word::Following:
        return 1;
    default:
        return 0;
    }
}

bool isCalendarUnit(Unit u)
{
    return u == Unit::Day || u == Unit::Week || u == Unit::Weekend || u == Unit::Month || u == Unit::Quarter
        || u == Unit::Year || u == Unit::Decade || u == Unit::Century;
}

} // namespace

bool DateRecognizer::matchRelative(int i, Mention &m) const
{
    // "later in the day", "earlier in the year": the period the narrative is in
    if (isWord(i + 1, Word::In) && isWord(i + 2, Word::The) && at(i)->lex) {
        const Word w = at(i)->lex->word;
        const DateToken *u = at(i + 3);
        if ((w == Word::Earlier || w == Word::Later || w == Word::Early || w == Word::Late) && u && u->lex
            && !u->lex->plural && !u->lex->ordinal && u->lex->word != Word::Half
            && (u->lex->unit == Unit::Day || u->lex->unit == Unit::Week || u->lex->unit == Unit::Month
                || u->lex->unit == Unit::Year)) {
            m.kind = Mention::Kind::Anaphor;
            m.unit = u->lex->unit;
            m.inCurrent = true;
            m.mod = w == Word::Early ? Mod::Start : w == Word::Late ? Mod::End : Mod::None;
            m.last = i + 3;
            return true;
        }
    }
    // "for the rest of the week": what is left of the period the report is in, or the narrative's day is in
    if (isWord(i, Word::The) && isWord(i + 1, Word::Rest) && isWord(i + 2, Word::Of) && isWord(i + 3, Word::The)
        && at(i + 4) && at(i + 4)->lex && !at(i + 4)->lex->plural && !at(i + 4)->capitalized
        && (at(i + 4)->lex->unit == Unit::Day || at(i + 4)->lex->unit == Unit::Week
            || at(i + 4)->lex->unit == Unit::Month || at(i + 4)->lex->unit == Unit::Year)) {
        m.kind = Mention::Kind::Anaphor;
        m.unit = at(i + 4)->lex->unit;
        m.inCurrent = true;
        m.last = i + 4;
        return true;
    }
    // "this time last year", "this time next month": the same day, a unit back or ahead
    if (isWord(i, Word::This) && isWord(i + 1, Word::Time) && (isWord(i + 2, Word::Last) || isWord(i + 2, Word::Next))
        && at(i + 3) && at(i + 3)->lex && !at(i + 3)->lex->plural
        && (at(i + 3)->lex->unit == Unit::Year || at(i + 3)->lex->unit == Unit::Month
            || at(i + 3)->lex->unit == Unit::Week)) {
        m.kind = Mention::Kind::Shift;
        m.unit = at(i + 3)->lex->unit;
        m.amount = 1;
        m.offset = isWord(i + 2, Word::Last) ? -1 : 1;
        m.counted = true;
        m.toTheDay = true;
        m.last = i + 3;
        return true;
    }
    // "on the eve of Eid", "the eve of Independence Day": the day before a date the text names
    // ("the eve of the Lunar New Year": and after its own article)
    if (isWord(i, Word::The) && isWord(i + 1, Word::Eve) && !at(i + 1)->capitalized && isWord(i + 2, Word::Of)
        && at(i + 3) && at(i + 3)->sentence == at(i)->sentence) {
        const int named = isWord(i + 3, Word::The) && at(i + 4) && at(i + 4)->capitalized ? i + 4 : i + 3;
        if (Mention target; matchAt(named, target)
            && ((target.kind == Mention::Kind::Calendar && (target.day || target.holiday))
                || (target.kind == Mention::Kind::Weekday && !target.endWeekday && target.hour < 0))) {
            m = target;
            m.first = i;
            m.besideUnit = Unit::Day;
            m.besideBy = -1;
            return true;
        }
    }
    // "at the top of the hour", as broadcasts say it
    if (isWord(i, Word::The) && sameWord(wordText(i + 1), QLatin1StringView("top")) && isWord(i + 2, Word::Of)
        && isWord(i + 3, Word::The) && at(i + 4) && at(i + 4)->lex && at(i + 4)->lex->unit == Unit::Hour
        && !at(i + 4)->lex->plural) {
        m.kind = Mention::Kind::Time;
        m.topOfHour = true;
        m.last = i + 4;
        return true;
    }
    // "On this day in 1944": the report's day of the year, in that year
    if (isWord(i, Word::This) && at(i + 1) && at(i + 1)->lex && at(i + 1)->lex->unit == Unit::Day
        && !at(i + 1)->lex->plural && isWord(i + 2, Word::In)) {
        if (const Part y = year(i + 3, true)) {
            m.kind = Mention::Kind::Calendar;
            m.year = y.value;
            m.yearMode = YearMode::Explicit;
            m.toTheDay = true;
            m.last = y.next - 1;
            return true;
        }
    }
    if (matchPeriodAgo(i, m))
        return true;
    int j = i;
    const bool the = isWord(j, Word::The);
    if (the)
        ++j;
    if (the && sameWord(wordText(j), QLatin1StringView("calendar")) && isWord(j + 1, Word::Year))
        ++j; // "by the end of the calendar year"
    // "the holiday weekend", "this long weekend", "the bank holiday weekend": the weekend
    const auto pastHolidayWords = [&](int at0) {
        int named = at0;
        if (sameWord(wordText(named), QLatin1StringView("bank"))
            && sameWord(wordText(named + 1), QLatin1StringView("holiday")))
            ++named;
        if ((sameWord(wordText(named), QLatin1StringView("holiday"))
             || sameWord(wordText(named), QLatin1StringView("long")))
            && at(named + 1) && at(named + 1)->lex && at(named + 1)->lex->unit == Unit::Weekend
            && !at(named + 1)->lex->plural && at(named)->sentence == at(named + 1)->sentence)
            return named + 1;
        return at0;
    };
    if (the)
        j = pastHolidayWords(j);
    const DateToken *t = at(j);
    if (!t || !t->lex)
        return false;
    const Word w = t->lex->word;

    // "year-earlier", "the year-ago quarter", "the year-earlier third quarter"
    if (w == Word::Year && isPunct(j + 1, u'-') && joined(j + 1)
        && (isWord(j + 2, Word::Earlier) || isWord(j + 2, Word::Ago)) && joined(j + 2)) {
        m.kind = Mention::Kind::Anaphor;
        m.periodAgo = true;
        int k = j + 3;
        if (const Part ordinal = ordinalNumber(k); ordinal && ordinal.value <= 4) {
            int q = ordinal.next;
            if (isPunct(q, u'-') && joined(q))
                ++q;
            if (at(q) && at(q)->lex && at(q)->lex->unit == Unit::Quarter && !at(q)->lex->plural) {
                m.quarter = ordinal.value;
                m.unit = Unit::Quarter;
                k = q + 1;
            }
        } else if (at(k) && at(k)->lex && !at(k)->lex->plural
                   && (at(k)->lex->unit == Unit::Quarter || at(k)->lex->word == Word::Period)) {
            if (at(k)->lex->unit == Unit::Quarter)
                m.unit = Unit::Quarter;
            ++k;
        } else if (const Part count = quantity(k, false); count && count.value > 1) {
            // "the year-earlier nine months": a length of time, the counterpart of the one reported
            if (const Part unit = unitWord(count.next, true); unit && Unit(unit.value) == Unit::Month) {
                m = Mention {};
                m.first = i;
                m.kind = Mention::Kind::Duration;
                m.unit = Unit::Month;
                m.amount = count.value;
                m.last = unit.next - 1;
                return true;
            }
        }
        if (k == j + 3)
            m.first = j;
        m.last = k - 1;
        return true;
    }
    // "year-end", "year end", "year's end"; "by month's end"
    const bool monthWord = at(j) && at(j)->lex && at(j)->lex->unit == Unit::Month && !at(j)->lex->plural
        && isPunct(j + 1, u'\'') && isWord(j + 2, Word::LetterS);
    if (w == Word::Year || monthWord) {
        int k = -1;
        if (isPunct(j + 1, u'-') && joined(j + 1) && isWord(j + 2, Word::End))
            k = j + 3;
        else if (isWord(j + 1, Word::End))
            k = j + 2;
        else if (isPunct(j + 1, u'\'') && isWord(j + 2, Word::LetterS) && isWord(j + 3, Word::End))
            k = j + 4;
        if (k > 0) {
            m.kind = Mention::Kind::Relative;
            m.unit = monthWord ? Unit::Month : Unit::Year;
            m.offset = 0;
            m.mod = Mod::End;
            m.last = k - 1;
            return true;
        }
    }

    Word mw = isModifierWord(w) ? w : Word::None;
    int k = mw == Word::None ? j : j + 1;
    if (mw == Word::This && (isWord(k, Word::Coming) || isWord(k, Word::Past))) {
        mw = isWord(k, Word::Coming) ? Word::Next : Word::Last;
        ++k;
    }
    // "next fiscal year"; "the fiscal year" and "the calendar year" are "the year"
    if ((isWord(k, Word::Fiscal) || sameWord(wordText(k), QLatin1StringView("calendar")))
        && (mw != Word::None || (the && isWord(k + 1, Word::Year))))
        ++k;
    if (mw == Word::That && isWord(k, Word::Same)) // "that same day"
        ++k;
    if (mw != Word::None)
        k = pastHolidayWords(k);

    // "last Thanksgiving", "next Christmas"
    if ((mw == Word::Last || mw == Word::This || mw == Word::Next) && at(k)) {
        Mention holiday;
        holiday.first = i;
        if (matchHoliday(k, holiday) && holiday.yearMode == YearMode::Infer) {
            m = holiday;
            m.yearMode = mw == Word::Last ? YearMode::Last : mw == Word::Next ? YearMode::Next : YearMode::This;
            return true;
        }
    }
    // "will switch to Honda next season", "finished fifth last season": the year of the next or last season of a
    // sport (not "the next season of the show", nor "this season", which may be any part of the year)
    if ((mw == Word::Last || mw == Word::Next) && !the && !isWord(i - 1, Word::The) && !isWord(i - 1, Word::LetterS)
        && !possessive(i - 1) && at(k) && at(k)->isWord() && !at(k)->capitalized
        && sameWord(wordText(k), QLatin1StringView("season"))) {
        m.kind = Mention::Kind::Relative;
        m.unit = Unit::Year;
        m.offset = offsetOf(mw);
        m.sportsSeason = true;
        m.last = k;
        return true;
    }
    const DateToken *u = at(k);
    if (!u || !u->lex)
        return false;
    const LexEntry &e = *u->lex;
    // A capitalized unit word is part of a title: "This Week", "Business Week" (but a word in capitals only shouts:
    // "tax deadline THIS WEEKEND")
    const bool unit = isCalendarUnit(e.unit) && !e.plural && e.word != Word::Half && (!u->capitalized || inCapitals(k));

    if (mw == Word::None) {
        // "day after tomorrow", without its article, as Indian and Pakistani papers write it
        if (!the && e.unit == Unit::Day && !e.plural && (isWord(k + 1, Word::Before) || isWord(k + 1, Word::After))
            && isWord(k + 2, isWord(k + 1, Word::Before) ? Word::Yesterday : Word::Tomorrow)) {
            m.kind = Mention::Kind::Relative;
            m.unit = Unit::Day;
            m.offset = isWord(k + 1, Word::Before) ? -2 : 2;
            m.last = k + 2;
            return true;
        }
        if (!the || !unit || e.unit == Unit::Decade || e.unit == Unit::Century)
            return false;
        // "the quarter-to-quarter comparison", "the year-to-year change": an adjective, not a period
        if (isPunct(k + 1, u'-') && joined(k + 1) && isWord(k + 2, Word::To) && joined(k + 2))
            return false;
        if (isWord(k + 1, Word::Before) || isWord(k + 1, Word::After)) {
            const bool before = isWord(k + 1, Word::Before);
            // "the day before yesterday"
            if (e.unit == Unit::Day && isWord(k + 2, before ? Word::Yesterday : Word::Tomorrow)) {
                m.kind = Mention::Kind::Relative;
                m.unit = Unit::Day;
                m.offset = before ? -2 : 2;
                m.last = k + 2;
                return true;
            }
            // "the week after next", "the year before last" (not "the day before last Tuesday's hearing")
            if (isWord(k + 2, before ? Word::Last : Word::Next) && endsClause(k + 3)) {
                m.kind = Mention::Kind::Relative;
                m.unit = e.unit;
                m.offset = before ? -2 : 2;
                m.last = k + 2;
                return true;
            }
            // "the week before Christmas", "the day before last Tuesday's hearing", "the month after Easter": the
            // period beside a date the text names
            if (Mention target; (e.unit == Unit::Day || e.unit == Unit::Week || e.unit == Unit::Month) && at(k + 2)
                && at(k + 2)->sentence == u->sentence && matchAt(k + 2, target)
                && ((target.kind == Mention::Kind::Calendar && (target.day || target.holiday))
                    || (target.kind == Mention::Kind::Weekday && !target.endWeekday && target.hour < 0))) {
                m = target;
                m.first = i;
                m.besideUnit = e.unit;
                m.besideBy = before ? -1 : 1;
                return true;
            }
            // "the day before returning", "the week after the vote": counted from an event, not a date
            if (!endsClause(k + 2))
                return false;
            m.kind = Mention::Kind::Shift;
            m.fromNarrative = true;
            m.unit = e.unit;
            m.offset = before ? -1 : 1;
            m.last = k + 1;
            return true;
        }
        // "the day" alone is rarely a date ("the day belonged to ..."); "later in the day" is above; "the
        // quarter-final" is a match
        if (e.unit == Unit::Day || (e.unit == Unit::Quarter && isPunct(k + 1, u'-') && joined(k + 1)))
            return false;
        // "the week of March 6", "the week beginning 9 March"; "the quarter ended Sept. 30", whose date
        // stays an expression of its own
        // ("in the week to 12 January", "the week ending 9 March": the week that closes on that day)
        const bool weekOf = e.unit == Unit::Week && e.word != Word::Fortnight
            && (isWord(k + 1, Word::Of) || isWord(k + 1, Word::Beginning) || isWord(k + 1, Word::Starting)
                || isWord(k + 1, Word::To) || isWord(k + 1, Word::Ended) || isWord(k + 1, Word::From));
        if (weekOf || (e.unit == Unit::Quarter && isWord(k + 1, Word::Ended))) {
            Mention date;
            date.first = k + 2;
            const bool found = at(k + 2) && (matchMonthDay(k + 2, date) || (weekOf && matchDayMonth(k + 2, date)))
                && date.kind == Mention::Kind::Calendar && date.day && !date.weekday;
            // "the week from Jan. 30 to Feb. 5": the days it names
            if (found && weekOf && date.endDay) {
                const int first = m.first;
                m = date;
                m.first = first;
                return true;
            }
            if (found && !date.endDay) {
                const int first = m.first;
                m = date;
                m.first = first;
                m.unit = e.unit;
                m.last = weekOf ? date.last : k;
                return true;
            }
            // "the quarter ending March": the quarter that month closes
            if (!weekOf && date.kind == Mention::Kind::Calendar && date.month && !date.day && !date.endMonth
                && date.month % 3 == 0 && !date.monthSpan) {
                const int first = m.first;
                m = date;
                m.first = first;
                m.quarter = date.month / 3;
                m.month = 0;
                m.last = k;
                return true;
            }
        }
        m.kind = e.unit == Unit::Weekend ? Mention::Kind::Relative : Mention::Kind::Anaphor;
        m.unit = e.unit;
        m.last = k;
        // "the year ended Sept. 30", "the quarter ending June 30": a fiscal period, counted as a length; so is
        // "inflation in the year to October"
        const bool toAMonth = isWord(k + 1, Word::To) && at(k + 2) && at(k + 2)->lex && at(k + 2)->lex->month
            && at(k + 2)->capitalized && (e.unit == Unit::Year || e.unit == Unit::Quarter);
        if ((isWord(k + 1, Word::Ended) || toAMonth) && e.unit != Unit::Weekend) {
            m.kind = Mention::Kind::Duration;
            m.amount = 1;
        }
        return true;
    }

    // "over the last week" is the seven days up to now, a length
    if (the && mw == Word::Last && e.unit == Unit::Week && !e.plural
        && (isWord(i - 1, Word::Over) || isWord(i - 1, Word::During)))
        return false;
    const int offset = offsetOf(mw);
    // "the next month" goes on from the narrative, but "within the next month" and "over the next year"
    // reach from now
    const bool fromNow = mw == Word::Next && (isWord(i - 1, Word::Within) || isWord(i - 1, Word::Over));
    const bool narrative = (the && (mw == Word::Next || mw == Word::Following || mw == Word::Previous) && !fromNow)
        || mw == Word::Following;
    if (mw == Word::Same || mw == Word::That) {
        if (mw == Word::Same && !the)
            return false;
        if (unit) {
            m.kind = Mention::Kind::Anaphor;
            m.unit = e.unit;
            m.fromNarrative = true; // "by the end of that year": the narrative's, even looking ahead
            m.last = k;
            return true;
        }
        // "that spring", "in that March": in the narrative's year; after a verb, "that" opens a clause
        // ("noted that November was the deadliest month")
        // ("He left that summer.", "Protests spread that summer, and ...": no verb follows, so no clause)
        const DateToken *p = at(i - 1);
        const DateToken *n = at(k + 1);
        const bool noClauseFollows = !n || n->sentence != at(k)->sentence || (n->isPunct(u',') || n->isPunct(u'.'))
            || isWord(k + 1, Word::And) || isWord(k + 1, Word::Conjunction) || isWord(k + 1, Word::In)
            || isWord(k + 1, Word::After) || isWord(k + 1, Word::Before);
        const bool demonstrative = mw == Word::That
            && (!p || p->sentence != at(i)->sentence || p->isPunct(u',') || isWord(i - 1, Word::In)
                || isWord(i - 1, Word::During) || isWord(i - 1, Word::By) || isWord(i - 1, Word::Until)
                || noClauseFollows);
        // "that Sunday", "that Friday evening": the day of that name in the narrative's week
        if (mw == Word::That && e.weekday && !e.plural && u->capitalized) {
            Mention day;
            const int after = attachPartOfDay(k + 1, day);
            const DateToken *a = at(after);
            // (not "said that Monday was the deadline")
            if (demonstrative || !a || a->sentence != at(k)->sentence || a->isPunct(u',') || a->isPunct(u'.')
                || isWord(after, Word::Conjunction) || isWord(after, Word::And)) {
                m.kind = Mention::Kind::Weekday;
                m.weekday = e.weekday;
                m.partOfDay = day.partOfDay;
                m.fromNarrative = true;
                m.last = after - 1;
                return true;
            }
        }
        if (demonstrative && ((e.month && u->capitalized) || (e.season && !e.plural))) {
            m.kind = Mention::Kind::Calendar;
            m.month = e.month;
            m.season = e.season;
            m.yearMode = YearMode::Narrative;
            m.last = k;
            return true;
        }
        if (e.partOfDay != PartOfDay::None && !e.plural) {
            m.kind = Mention::Kind::Anaphor;
            m.unit = Unit::Day;
            m.partOfDay = e.partOfDay;
            m.last = k;
            return true;
        }
        return false;
    }
    if (mw == Word::Latest) {
        if (!the)
            return false;
        if ((e.unit == Unit::Quarter && !e.plural) || e.word == Word::Period) {
            m.kind = Mention::Kind::Anaphor;
            m.unit = Unit::Quarter;
            m.offset = -1; // the last one reported, which has ended
            m.last = k;
            return true;
        }
        if (e.unit == Unit::Year && !e.plural) {
            m.kind = Mention::Kind::Relative;
            m.unit = Unit::Year;
            m.offset = -1;
            m.last = k;
            return true;
        }
        return false;
    }
    if (unit) {
        if (e.unit == Unit::Day && !narrative)
            return false;
        // "over the past decade", "over the next decade" are lengths of ten years (matchDuration), not the
        // 1980s or the 2030s; likewise a century
        if (the && (e.unit == Unit::Decade || e.unit == Unit::Century) && (mw == Word::Past || fromNow))
            return false;
        // "over the past week", "the last fortnight": the days up to now; "for the next fortnight": the days ahead
        if (the && e.unit == Unit::Week
            && (mw == Word::Past || ((mw == Word::Last || mw == Word::Next) && e.word == Word::Fortnight)))
            return false;
        m.unit = e.unit;
        m.last = k;
        if (narrative) {
            m.kind = Mention::Kind::Shift;
            m.fromNarrative = true;
            m.offset = offset;
            m.last = attachPartOfDay(k + 1, m) - 1;
        } else {
            m.kind = Mention::Kind::Relative;
            m.offset = offset;
            m.direction = mw == Word::This ? 2 : 0; // "this weekend", not "the weekend"
        }
        return true;
    }
    if (e.weekday && !e.plural) {
        if (mw == Word::Current || mw == Word::Latest)
            return false;
        // ("demands following Friday's avalanche": "following" without its article, before a possessive, is "after")
        if (mw == Word::Following && !the && isPunct(k + 1, u'\''))
            return false;
        // ("if it continues past Friday": "past" without its article is a preposition)
        if (mw == Word::Past && !the)
            return false;
        m.kind = Mention::Kind::Weekday;
        m.weekday = e.weekday;
        m.direction = mw == Word::This ? 2 : offset;
        m.fromNarrative = narrative;
        m.last = attachPartOfDay(k + 1, m) - 1;
        return true;
    }
    if ((e.month && u->capitalized) || (e.season && !e.plural)) {
        if (mw == Word::Current || (mw == Word::Past && !the && e.month))
            return false;
        // "the following spring", "the previous March": the first one after, or the last one before,
        // the narrative's period
        if (narrative) {
            m.kind = Mention::Kind::Calendar;
            m.month = e.month;
            m.season = e.season;
            m.yearMode = YearMode::Narrative;
            m.direction = offset;
            m.last = k;
            return true;
        }
        m.kind = Mention::Kind::Calendar;
        m.month = e.month;
        m.season = e.season;
        m.yearMode = offset < 0 ? YearMode::Last : offset > 0 ? YearMode::Next : YearMode::This;
        int next = k + 1;
        if (e.abbreviated && isPunct(next, u'.') && joined(next))
            ++next;
        // "last Oct. 23": the latest such day before the current month
        if (e.month) {
            if (const Part day = dayOfMonth(next); day && !year(day.next, true)) {
                m.day = day.value;
                next = day.next;
            }
        }
        m.last = next - 1;
        return true;
    }
    if (e.partOfDay != PartOfDay::None && !e.plural) {
        if (mw == Word::Past || mw == Word::Current || mw == Word::Coming)
            return false;
        m.partOfDay = e.partOfDay;
        m.unit = Unit::Day;
        m.last = k;
        if (narrative) {
            m.kind = Mention::Kind::Shift;
            m.fromNarrative = true;
            m.offset = offset;
        } else {
            m.kind = Mention::Kind::Relative;
            // "last night" is the evening before; "next morning" the one after
            m.offset = offset;
        }
        return true;
    }
    return false;
}

// "the first week of March", "the last weekend of November", "the second week of December 2025", "the first
// Tuesday of November"
bool DateRecognizer::matchWeekOfMonth(int i, Mention &m) const
{
    // "epidemiological week 24", "epi week 3 of 2026", "ISO week 10": a week of the year as health bulletins and
    // industry number them (a bare "week 3" is as often a season's or a trial's)
    if (isWord(i, Word::Week) && !at(i)->lex->plural && at(i + 1) && at(i + 1)->isNumber() && at(i + 1)->digits <= 2
        && at(i + 1)->number >= 1 && at(i + 1)->number <= 53
        && sameWordAsAny(wordText(i - 1),
                         {QLatin1StringView("epidemiological"), QLatin1StringView("epidemiologic"),
                          QLatin1StringView("epi"), QLatin1StringView("ISO")})) {
        m.kind = Mention::Kind::Calendar;
        m.first = i - 1;
        m.weekOfYear = at(i + 1)->number;
        m.yearMode = YearMode::Infer;
        m.last = attachYear(i + 2, m) - 1;
        return true;
    }
    if (!isWord(i, Word::The))
        return false;
    int k = i + 1;
    int which = 0;
    if (const Part ordinal = ordinalNumber(k); ordinal && ordinal.value <= 4) {
        which = ordinal.value;
        k = ordinal.next;
    } else if (isWord(k, Word::Last) || isWord(k, Word::Final)) {
        which = -1;
        ++k;
    }
    const DateToken *u = at(k);
    // "the first Tuesday of November", "the second Sunday in May": that day of the month
    if (const Part day = weekdayName(k); which && day && (isWord(day.next, Word::Of) || isWord(day.next, Word::In))) {
        const Part month = monthName(day.next + 1);
        if (!month)
            return false;
        m.kind = Mention::Kind::Calendar;
        m.unit = Unit::Day;
        m.weekday = day.value;
        m.weekOfMonth = which;
        m.month = month.value;
        m.yearMode = YearMode::Infer;
        m.last = attachYear(month.next, m) - 1;
        return true;
    }
    if (!which || !u || !u->lex || u->lex->plural || u->capitalized
        || (u->lex->unit != Unit::Week && u->lex->unit != Unit::Weekend) || !isWord(k + 1, Word::Of))
        return false;
    const Part month = monthName(k + 2);
    // ("during the first week of 2022", "the last week of 2019": a week of the year, as ISO counts them)
    if (const Part y = month ? Part {} : year(k + 2, true); y && u->lex->unit == Unit::Week) {
        m.kind = Mention::Kind::Calendar;
        m.year = y.value;
        m.yearMode = YearMode::Explicit;
        m.weekOfYear = which > 0 ? which : QDate(y.value, 12, 28).weekNumber();
        m.last = y.next - 1;
        return true;
    }
    if (!month)
        return false;
    m.kind = Mention::Kind::Calendar;
    m.unit = u->lex->unit;
    m.weekOfMonth = which;
    m.month = month.value;
    m.yearMode = YearMode::Infer;
    m.last = attachYear(month.next, m) - 1;
    return true;
}

// Earnings reports compare with the period a year before: "the quarter a year ago", "the same period
// last year", "the corresponding quarter a year earlier", "last year's quarter"
bool DateRecognizer::matchPeriodAgo(int i, Mention &m) const
{
    const auto periodWord = [&](int k) {
        return at(k) && at(k)->lex && !at(k)->lex->plural
            && (at(k)->lex->unit == Unit::Quarter || at(k)->lex->word == Word::Period);
    };
    int k = i;
    int period = -1;
    if (isWord(k, Word::Last) && isWord(k + 1, Word::Year) && isPunct(k + 2, u'\'') && isWord(k + 3, Word::LetterS)
        && periodWord(k + 4)) {
        m.last = k + 4;
        period = k + 4;
    } else {
        if (!isWord(k, Word::The))
            return false;
        ++k;
        if (isWord(k, Word::Same) || isWord(k, Word::Comparable))
            ++k;
        // ("up 7.2 percent from the same month last year": a month too, after "same")
        const bool sameMonth = isWord(k - 1, Word::Same) && at(k) && at(k)->lex && !at(k)->lex->plural
            && at(k)->lex->unit == Unit::Month && !at(k)->capitalized;
        if (!periodWord(k) && !sameMonth)
            return false;
        period = k++;
        if (isWord(k, Word::A) && isWord(k + 1, Word::Year)
            && (isWord(k + 2, Word::Ago) || isWord(k + 2, Word::Earlier)))
            m.last = k + 2;
        else if (isWord(k, Word::Last) && isWord(k + 1, Word::Year))
            m.last = k + 1;
        else if (const Part y = (isWord(k, Word::Of) || isWord(k, Word::In)) && isWord(period - 1, Word::Same)
                     ? year(k + 1, true)
                     : Part {}) {
            // "up from 120 in the same period of 2023": the period just named, in the year written
            m.last = k + 1;
            m.year = y.value;
        } else
            return false;
    }
    m.kind = Mention::Kind::Anaphor;
    m.periodAgo = true;
    if (at(period)->lex->unit == Unit::Quarter || at(period)->lex->unit == Unit::Month)
        m.unit = at(period)->lex->unit; // named, not just "the period"
    return true;
}

bool DateRecognizer::matchDeictic(int i, Mention &m) const
{
    const DateToken *t = at(i);
    if (!t->lex)
        return false;
    const Word w = t->lex->word;
    const auto ref = [&](int value, int last) {
        m.kind = Mention::Kind::Ref;
        m.ref = value;
        m.last = last;
        return true;
    };
    const auto day = [&](int offset, PartOfDay partOfDay) {
        m.kind = Mention::Kind::Relative;
        m.unit = Unit::Day;
        m.offset = offset;
        m.partOfDay = partOfDay;
        m.last = partOfDay == PartOfDay::None ? attachPartOfDay(i + 1, m) - 1 : i;
        return true;
    };
    switch (w) {
    case Word::Today:
        return day(0, PartOfDay::None);
    case Word::Yesterday:
        return day(-1, PartOfDay::None);
    case Word::Tomorrow:
        return day(1, PartOfDay::None);
    case Word::Tonight:
        return day(0, PartOfDay::Night);
    case Word::Overnight:
        m.fromNarrative = true; // the night before the day the narrative is on, if it is on one
        return day(0, PartOfDay::Night);
    case Word::Now:
    case Word::Currently:
    case Word::Nowadays:
        return ref(0, i);
    case Word::Current:
        if (at(i + 1) && at(i + 1)->lex && (at(i + 1)->lex->unit != Unit::None || at(i + 1)->lex->word == Word::Fiscal))
            return false;
        return ref(0, i);
    // "previously", "soon", and "recent" or "future" before a noun are left alone: annotators of news
    // mark them too rarely for a tagger to gain by finding them.
    case Word::Recently:
        return ref(-1, i);
    case Word::These:
        return at(i + 1) && at(i + 1)->lex && at(i + 1)->lex->unit == Unit::Day && at(i + 1)->lex->plural
            ? ref(0, i + 1)
            : false;
    case Word::Present:
        return isWord(i - 1, Word::At) ? ref(0, i) : false;
    case Word::The:
        break;
    default:
        return false;
    }
    // "the future", "the near future", "the past", "the present", "the moment", "the early hours"
    int j = i + 1;
    // "Today is the eighth day of the blockade", "It's the third straight day of protests": the day the
    // report speaks on. Only "today", "this" or a contracted "is" say so; "Sunday was the third day"
    // leaves the day to its weekday.
    const bool todayIs = isWord(i - 1, Word::PresentAux) && (isWord(i - 2, Word::Today) || isWord(i - 2, Word::This));
    const bool contractedIs = isWord(i - 1, Word::LetterS) && joined(i - 1) && isPunct(i - 2, u'\'') && joined(i - 2);
    if (const Part ordinal = ordinalNumber(j); ordinal && (todayIs || contractedIs)) {
        int k = ordinal.next;
        // "straight", "consecutive"
        if (isWord(k, Word::Straight) || (at(k) && at(k)->isWord() && !at(k)->lex && !at(k)->capitalized))
            ++k;
        if (at(k) && at(k)->lex && at(k)->lex->unit == Unit::Day && !at(k)->lex->plural) {
            m.kind = Mention::Kind::Relative;
            m.unit = Unit::Day;
            m.offset = 0;
            m.last = k;
            return true;
        }
    }
    if (isWord(j, Word::Near) && (isWord(j + 1, Word::Future) || isWord(j + 1, Word::Term)))
        return ref(1, j + 1);
    // "the future relationship" uses the word as an adjective, and "the future of the grain deal" means
    // its prospects
    if (isWord(j, Word::Future) && !(at(j + 1) && at(j + 1)->isWord() && !at(j + 1)->lex && !at(j + 1)->capitalized)
        && !isWord(j + 1, Word::Of))
        return ref(1, j);
    if (isWord(j, Word::Past)) {
        const DateToken *n = at(j + 1);
        if (n
            && (n->isNumber()
                || (n->lex
                    && (n->lex->number >= 0 || n->lex->unit != Unit::None || n->lex->word == Word::Few
                        || n->lex->word == Word::Several || n->lex->word == Word::Couple || n->lex->word == Word::A))))
            return false;
        return ref(-1, j);
    }
    if (isWord(j, Word::Present)
        && (!at(j + 1) || !at(j + 1)->isWord() || (at(j + 1)->lex && at(j + 1)->lex->word != Word::None)))
        return ref(0, j);
    if (isWord(j, Word::Moment) && isWord(i - 1, Word::At))
        return ref(0, j);
    // "in the morning", "by the afternoon", "through the night": that part of the narrative's day; "the
    // night of Oct. 23" leaves the date to itself
    // ("into the evening", "throughout the night", "for most of the afternoon", "much of the night")
    const bool within = isWord(i - 1, Word::In) || isWord(i - 1, Word::By) || isWord(i - 1, Word::During)
        || isWord(i - 1, Word::Through) || isWord(i - 1, Word::Until)
        || sameWordAsAny(wordText(i - 1), {QLatin1StringView("into"), QLatin1StringView("throughout")})
        || (isWord(i - 1, Word::Of)
            && sameWordAsAny(wordText(i - 2), {QLatin1StringView("most"), QLatin1StringView("much")}));
    // (not "in the morning peak", "during the evening rush": a kind of thing, not a time)
    const DateToken *noun = at(j + 1);
    const bool beforeANoun =
        noun && noun->isWord() && !noun->lex && !noun->capitalized && at(j) && noun->sentence == at(j)->sentence;
    if (within && at(j) && at(j)->lex && at(j)->lex->partOfDay != PartOfDay::None && !at(j)->lex->plural
        && !isWord(j + 1, Word::Of) && !beforeANoun && matchPartOfDay(j, m)) {
        m.first = i;
        return true;
    }
    // ("the early morning hours of Thursday": the same small hours)
    const bool morningHours = isWord(j, Word::Early) && at(j + 1) && at(j + 1)->lex
        && at(j + 1)->lex->partOfDay == PartOfDay::Morning && !at(j + 1)->lex->plural && isWord(j + 2, Word::Hours);
    if ((isWord(j, Word::Early) && isWord(j + 1, Word::Hours)) || morningHours) {
        int k = morningHours ? j + 3 : j + 2;
        m.kind = Mention::Kind::Time;
        m.partOfDay = PartOfDay::Morning;
        m.mod = Mod::Start;
        if (isWord(k, Word::Of) && isWord(k + 1, Word::The) && at(k + 2) && at(k + 2)->lex
            && at(k + 2)->lex->partOfDay == PartOfDay::Morning)
            k += 3;
        m.last = k - 1;
        // "the early hours of Thursday (morning)", "... of Nov. 19", "... of 13 June", "... of yesterday": one
        // time on that day
        if (isWord(k, Word::Of) && at(k + 1)) {
            Mention target;
            target.first = k + 1;
            if ((matchWeekday(k + 1, target) || matchMonthDay(k + 1, target) || matchDayMonth(k + 1, target)
                 || matchDeictic(k + 1, target))
                && (target.kind == Mention::Kind::Weekday || (target.kind == Mention::Kind::Calendar && target.day)
                    || (target.kind == Mention::Kind::Relative && target.unit == Unit::Day))
                && !target.endDay && !target.endWeekday
                && (target.partOfDay == PartOfDay::None || target.partOfDay == PartOfDay::Morning
                    || target.partOfDay == PartOfDay::Night)) {
                m = target;
                m.first = i;
                m.partOfDay = PartOfDay::Morning;
                m.mod = Mod::Start;
            }
        }
        return true;
    }
    return false;
}

// "day 16 of the truce", "Day 1,000", "its seventh day", "the 100th day", "a third straight day": a day counted
// from the day something began, which a date beside it may give ("on Saturday, day 28 of the ceasefire"), else
// the resolver counts from the beginning the text told
bool DateRecognizer::matchCountedDay(int i, Mention &m) const
{
    const auto dayWord = [&](int k) {
        return at(k) && at(k)->lex && at(k)->lex->unit == Unit::Day && !at(k)->lex->plural;
    };
    int number = 0;
    int last = -1;
    if (dayWord(i)) {
        // ("from day one" says from the start, not which day)
        if (isWord(i - 1, Word::From) || isWord(i - 1, Word::Since) || possessive(i - 1) || isWord(i - 1, Word::The)
            || isWord(i - 1, Word::A) || isWord(i - 1, Word::Every) || isWord(i - 1, Word::Each))
            return false;
        Part count = at(i + 1) && at(i + 1)->isNumber() ? quantity(i + 1, false) : numberWords(i + 1);
        // ("promised to end it on day one": the first day of something the sentence does not say)
        if (!count || count.value < 1 || count.value > 5000
            || (count.value == 1 && !at(i + 1)->isNumber() && !isWord(count.next, Word::Of)))
            return false;
        // (not "day 3:30" nor the first of a pair of numbers, "Day 2 1/2")
        if (const DateToken *after = at(count.next); after && after->sentence == at(i)->sentence
            && (after->isNumber() || (isPunct(count.next, u':') && joined(count.next))
                || (after->lex && after->lex->unit != Unit::None)))
            return false;
        number = count.value;
        last = count.next - 1;
    } else {
        int k = i;
        // ("the 16th day", "a third day"; "its seventh day" and "the war's 1,000th day" begin at the count)
        const bool owned = possessive(i - 1) || (isWord(i - 1, Word::LetterS) && isPunct(i - 2, u'\''));
        if (isWord(k, Word::The) || isWord(k, Word::A))
            ++k;
        else if (!owned)
            return false;
        Part ordinal = ordinalNumber(k);
        // "1,000th", "100th"
        if (!ordinal && at(k) && at(k)->isNumber()) {
            const Part count = quantity(k, false);
            if (count && isWord(count.next, Word::OrdinalSuffix) && joined(count.next))
                ordinal = {count.value, count.next + 1};
        }
        if (!ordinal || ordinal.value < 1 || ordinal.value > 5000)
            return false;
        int d = ordinal.next;
        if (isWord(d, Word::Straight) || sameWordAsAny(wordText(d), {QLatin1StringView("full")}))
            ++d;
        // ("crude was down for a fifth day": the run that goes on to the day of the report)
        m.streak = isWord(d - 1, Word::Straight) || (isWord(i - 1, Word::For) && k > i);
        // (not "their third day-long meeting")
        if (!dayWord(d) || (isPunct(d + 1, u'-') && joined(d + 1)))
            return false;
        // ("the first day of May", "the last day of the month" are days of the calendar, found elsewhere)
        // ("the 15th day of the eighth lunar month")
        for (int c = d + 2; isWord(d + 1, Word::Of) && c <= d + 5 && at(c) && at(c)->sentence == at(d)->sentence; ++c) {
            const DateToken *what = at(c);
            if (what->isNumber()
                || (what->lex
                    && ((what->lex->unit != Unit::None && what->lex->unit != Unit::Day) || what->lex->month
                        || what->lex->season || what->lex->word == Word::Fiscal)))
                return false;
            if (!what->isWord() || (what->lex && !isWord(c, Word::The) && !what->lex->ordinal))
                break;
        }
        number = ordinal.value;
        last = d;
    }
    m.kind = Mention::Kind::Anaphor;
    m.unit = Unit::Day;
    m.countedDay = number;
    m.last = last;
    // "on Saturday, day 28 of the ceasefire", "for a third straight day on Tuesday": the date beside it is the day
    int k = last + 1;
    if (isWord(k, Word::Of)) {
        // ("of the truce", "of Russia's invasion", "of the war in Gaza")
        const int end = std::min(m_size, k + 7);
        ++k;
        while (k < end && at(k)->sentence == at(i)->sentence && at(k)->isWord()
               && (!at(k)->lex || isWord(k, Word::The) || isWord(k, Word::A) || possessive(k) || isWord(k, Word::In)
                   || isWord(k, Word::LetterS))
               && !isWord(k, Word::On))
            ++k;
        if (isPunct(k, u'\'') && isWord(k + 1, Word::LetterS))
            k += 2;
    }
    if (sameWord(wordText(k), QLatin1StringView("in")) && sameWord(wordText(k + 1), QLatin1StringView("a"))
        && sameWord(wordText(k + 2), QLatin1StringView("row"))) {
        k += 3;
        m.streak = true;
    }
    if (isPunct(k, u','))
        ++k;
    // ("called a tenth day of action for next Tuesday")
    if (isWord(k, Word::On) || isWord(k, Word::For))
        ++k;
    if (k > last + 1 && at(k) && at(k)->sentence == at(i)->sentence) {
        Mention day;
        day.first = k;
        if ((matchWeekday(k, day) || matchRelative(k, day) || matchMonthDay(k, day) || matchDayMonth(k, day)
             || matchDeictic(k, day))
            && ((day.kind == Mention::Kind::Weekday && !day.endWeekday)
                || (day.kind == Mention::Kind::Calendar && day.day && !day.endDay)
                || (day.kind == Mention::Kind::Relative && day.unit == Unit::Day))) {
            const int first = m.first;
            m = day;
            m.dayFirst = day.first;
            m.dayLast = day.last;
            m.first = first;
            m.last = last;
            m.countedDay = number;
            m.streak = false;
            m.partOfDay = PartOfDay::None;
            m.hour = -1;
            m.minute = -1;
        }
    }
    return true;
}

} // namespace Sitrep::Dates
