// SPDX-License-Identifier: GPL-3.0-or-later
// Durations and sets ("three days", "every Tuesday"), and the modifiers and qualifiers that wrap other
// patterns ("early next year", "more than a decade").
#include "dates/datecalendar.h"
#include "dates/daterecognizer.h"

#include <algorithm>

namespace Sitrep::Dates {

bool DateRecognizer::matchDuration(int i, Mention &m) const
{
    int j = i;
    const bool the = isWord(j, Word::The);
    if (the)
        ++j;
    // "in the decade since the war", "the year since": the time from then up to now
    if (const DateToken *u = at(j); the && u && u->lex && !u->lex->plural && !u->capitalized
        && u->lex->unit >= Unit::Week && u->lex->unit != Unit::Season && u->lex->unit != Unit::Quarter
        && u->lex->unit != Unit::Half && u->lex->word == Word::None && isWord(j + 1, Word::Since)) {
        m.kind = Mention::Kind::Duration;
        m.unit = u->lex->unit;
        m.last = j;
        return true;
    }
    int direction = 0;
    bool hasDirection = false;
    if (const DateToken *t = at(j); t && t->lex) {
        const Word w = t->lex->word;
        // ("the fighting could last weeks": "last" is the verb; "the last weeks" would take the article)
        // (or after "and" with a count: "will begin next Monday and last ten days")
        const bool lastAsVerb = w == Word::Last && !the
            && ((at(j + 1) && at(j + 1)->lex && at(j + 1)->lex->plural && at(j + 1)->lex->unit != Unit::None)
                || isWord(j - 1, Word::Will) || isWord(j - 1, Word::Would) || isWord(j - 1, Word::To)
                || (isWord(j - 1, Word::And) && quantity(j + 1, false)));
        if (lastAsVerb) {
            // the length alone
        } else if (w == Word::Past || w == Word::Last || w == Word::Previous || w == Word::Recent
                   || w == Word::Latest) {
            direction = -1;
            hasDirection = true;
        } else if (w == Word::Next || w == Word::Coming || w == Word::Following || w == Word::Remaining) {
            direction = 1;
            hasDirection = true;
        } else if ((t->lex->ordinal == 1 && t->lex->unit == Unit::None) || w == Word::Final || w == Word::Full) {
            hasDirection = true;
        }
        if (hasDirection)
            ++j;
        // ("missed a penalty in the final a year ago": a noun, the match, and then a time of its own; "with the
        // final two days later": the match two days on)
        if (hasDirection && (isWord(j, Word::A) || isWord(j, Word::An)))
            return false;
        if (w == Word::Final) {
            const Part q = quantity(j, false);
            const DateToken *unit = q ? at(q.next) : nullptr;
            if (unit && unit->lex && unit->lex->unit != Unit::None
                && (isWord(q.next + 1, Word::Later) || isWord(q.next + 1, Word::Earlier)))
                return false;
        }
    }
    // "in past years", "future quarters": the past and the future, not lengths of time
    if (!the && (isWord(i, Word::Past) || isWord(i, Word::Future)) && at(i + 1) && at(i + 1)->lex
        && at(i + 1)->lex->plural && at(i + 1)->lex->unit >= Unit::Day && at(i + 1)->lex->unit != Unit::Season
        && at(i + 1)->lex->unit != Unit::Weekend) {
        m.kind = Mention::Kind::Ref;
        m.ref = isWord(i, Word::Past) ? -1 : 1;
        m.last = i + 1;
        return true;
    }
    // "over the past decade" is the ten years up to now, like "the past ten years"; "the last decade"
    // stays the decade before this one. "The past century" is the last hundred years. "Over the next
    // decade" is the ten years ahead ("in the next decade" stays the 2030s).
    // "Over the past week" is likewise the seven days up to now, not the calendar week before this one.
    const bool nextSpan = isWord(j - 1, Word::Next) && (isWord(i - 1, Word::Over) || isWord(i - 1, Word::Within));
    const bool fortnight = isWord(j, Word::Fortnight); // "over the last fortnight" too: two weeks up to now
    // ("in the past day", "over the last day": the day up to now, as daily loss reports count)
    const bool dayWord = at(j) && at(j)->lex && at(j)->lex->unit == Unit::Day && !at(j)->lex->plural;
    const bool pastDay = dayWord
        && (isWord(j - 1, Word::Past)
            || (isWord(j - 1, Word::Last)
                && (isWord(i - 1, Word::Over) || isWord(i - 1, Word::During) || isWord(i - 1, Word::In))));
    const bool pastWeek =
        ((isWord(j - 1, Word::Past)
          || (isWord(j - 1, Word::Last) && (isWord(i - 1, Word::Over) || isWord(i - 1, Word::During))))
         && isWord(j, Word::Week))
        || ((isWord(j - 1, Word::Past) || isWord(j - 1, Word::Last) || isWord(j - 1, Word::Next)) && fortnight)
        || pastDay;
    if (the && (isWord(j - 1, Word::Past) || nextSpan || pastWeek) && at(j) && at(j)->lex
        && (at(j)->lex->unit == Unit::Decade || at(j)->lex->unit == Unit::Century || pastWeek) && !at(j)->lex->plural
        && !at(j)->capitalized) {
        m.kind = Mention::Kind::Duration;
        m.unit = at(j)->lex->unit;
        m.amount = fortnight ? 2 : 1;
        m.durationDirection = nextSpan || (fortnight && isWord(j - 1, Word::Next)) ? 1 : -1;
        m.last = j;
        return true;
    }
    // "in the last hour", "within the next hour", "for the last half hour": a length of time up to now or from now,
    // as no calendar counts hours
    if (the && direction != 0 && at(j)) {
        const int unitAt = isWord(j, Word::Half) ? j + 1 : j;
        const DateToken *u = at(unitAt);
        if (u && u->lex && !u->lex->plural && !u->capitalized
            && u->lex->unit == Unit::Hour) { // (not "at the last minute")
            m.kind = Mention::Kind::Duration;
            m.unit = unitAt > j ? Unit::Minute : Unit::Hour;
            m.amount = unitAt > j ? 30 : 1;
            m.durationDirection = direction;
            m.last = unitAt;
            return true;
        }
    }
    // "the full year" in a report is the current (fiscal) year
    if (the && isWord(j - 1, Word::Full) && isWord(j, Word::Year)) {
        // ("For the full year 2010": the year written after it)
        if (const Part y = year(j + 1, true)) {
            m.kind = Mention::Kind::Calendar;
            m.yearMode = YearMode::Explicit;
            m.year = y.value;
            m.last = j + 1;
            return true;
        }
        m.kind = Mention::Kind::Relative;
        m.unit = Unit::Year;
        m.last = j;
        return true;
    }
    // "Islam will one day be ...": some day ahead, not a length
    if (!the && !hasDirection && isWord(i - 1, Word::Will) && at(i)->lex && at(i)->lex->number == 1 && at(i + 1)
        && at(i + 1)->lex && at(i + 1)->lex->unit == Unit::Day && !at(i + 1)->lex->plural) {
        m.kind = Mention::Kind::Ref;
        m.ref = 1;
        m.last = i + 1;
        return true;
    }
    m.kind = Mention::Kind::Duration;
    m.durationDirection = direction;
    const Part q = quantity(j, true);
    // "a median of 12.4 months", "5.6 years": a length measured to a decimal, written so (a half of a year, a day,
    // an hour or a minute is whole in the next unit: "1.5 hours")
    const auto decimalUnit = [&](int k) {
        const Part unit = unitWord(k, true);
        return unit && Unit(unit.value) >= Unit::Second && Unit(unit.value) <= Unit::Year
            && Unit(unit.value) != Unit::Weekend && Unit(unit.value) != Unit::Quarter
            && Unit(unit.value) != Unit::Season && Unit(unit.value) != Unit::Half;
    };
    const auto exactHalf = [&](int k) {
        const Unit unit = Unit(unitWord(k, true).value);
        return unit == Unit::Year || unit == Unit::Day || unit == Unit::Hour || unit == Unit::Minute;
    };
    if (!hasDirection && at(j) && at(j)->isNumber() && at(j)->digits <= 4 && isPunct(j + 1, u'.') && joined(j + 1)
        && at(j + 2) && at(j + 2)->isNumber() && joined(j + 2) && at(j + 2)->digits <= 2 && decimalUnit(j + 3)
        && !(at(j + 2)->number == 5 && at(j + 2)->digits == 1 && exactHalf(j + 3))
        && !(isPunct(j - 1, u'.') && joined(j))) {
        m.unit = Unit(unitWord(j + 3, true).value);
        m.amount = at(j)->number;
        m.decimal = at(j + 2)->number;
        m.decimalDigits = at(j + 2)->digits;
        m.first = j;
        m.last = j + 3;
        return true;
    }
    // "a years-old slump", "a decades-long battle", "a day-long meeting": the adjective is the length
    const auto lengthSuffix = [&](int k) {
        return isPunct(k, u'-') && joined(k) && joined(k + 1) && (isWord(k + 1, Word::Long) || isWord(k + 1, Word::Old))
            ? k + 2
            : k;
    };
    // "a month-long campaign": the article belongs to the noun
    if (!the && !hasDirection && (isWord(j, Word::A) || isWord(j, Word::An)) && at(j + 1) && at(j + 1)->lex
        && !at(j + 1)->lex->plural && at(j + 1)->lex->unit >= Unit::Day && at(j + 1)->lex->unit != Unit::Season
        && isWord(j + 3, Word::Long) && lengthSuffix(j + 2) == j + 4) {
        m.unit = at(j + 1)->lex->unit;
        m.amount = 1;
        m.first = j + 1;
        m.last = j + 3;
        return true;
    }
    if (!q && !hasDirection && at(j) && at(j)->lex && !at(j)->lex->plural && at(j)->lex->unit >= Unit::Day
        && at(j)->lex->unit != Unit::Season && at(j)->lex->word != Word::Half && !at(j)->lex->ordinal
        && isWord(j + 2, Word::Long) && lengthSuffix(j + 1) == j + 3) {
        m.unit = at(j)->lex->unit;
        m.amount = 1;
        m.first = j;
        m.last = j + 2;
        return true;
    }
    if (const Part share = centuryShare(j); !q && share && (the || hasDirection)) {
        // "the past quarter century", "the half-century since"
        m.unit = Unit::Year;
        m.amount = share.value;
        if (!hasDirection)
            m.first = j;
        m.last = share.next - 1;
        return true;
    }
    if (!q) {
        const DateToken *u = at(j);
        if (!u || !u->lex || !u->lex->plural || u->lex->unit == Unit::None || u->lex->unit == Unit::Season
            || u->lex->unit == Unit::Weekend)
            return false;
        if (at(j - 1) && at(j - 1)->isNumber() && !hasDirection && !the)
            return false; // "365.25 days": a measurement
        // "the Merkel years", "the Blair years": an era named after someone, not a length
        if (!hasDirection && !the && at(j - 1) && at(j - 1)->isWord() && at(j - 1)->capitalized && !at(j - 1)->lex
            && isWord(j - 2, Word::The))
            return false;
        // bare "hours" are mostly opening or working hours; "for hours", "within minutes", "hours later",
        // "minutes after takeoff" are lengths
        if (!the && !hasDirection && u->lex->unit < Unit::Day && !isWord(j - 1, Word::Within)
            && !isWord(j - 1, Word::For) && !isWord(j + 1, Word::Before) && !isWord(j + 1, Word::After)
            && !isWord(j + 1, Word::Later) && !isWord(j + 1, Word::Earlier))
            return false;
        // "snow days", "on strike days", "on both days", "those days": days of a kind or ones already named, no
        // length ("in recent days" has its direction; "for days" a preposition; "crossed the border days after"
        // counts)
        if (!hasDirection && !the && u->lex->unit == Unit::Day && at(j - 1) && at(j - 1)->isWord()
            && !isWord(j + 1, Word::After) && !isWord(j + 1, Word::Before) && !isWord(j + 1, Word::Later)
            && !isWord(j + 1, Word::Earlier) && !isWord(j + 1, Word::Ago)
            && !(isWord(j + 1, Word::Of) && !wordText(j - 1).endsWith(QLatin1StringView("est")))
            && at(j - 1)->sentence == u->sentence
            && ((!at(j - 1)->lex && !at(j - 1)->capitalized) || isWord(j - 1, Word::These)
                || isWord(j - 1, Word::Rest)))
            return false;
        // bare "quarters" are mostly lodgings ("such quarters", "living quarters"); "recent quarters" is time
        if (!hasDirection && u->lex->unit == Unit::Quarter)
            return false;
        if (the && !hasDirection && u->lex->unit < Unit::Day)
            return false;
        m.unit = u->lex->unit;
        m.amount = -1;
        int k = hasDirection ? j + 1 : lengthSuffix(j + 1);
        // "within weeks or months", "in recent weeks and months": one vague length
        if ((isWord(k, Word::Or) || isWord(k, Word::And)) && at(k + 1) && at(k + 1)->lex && at(k + 1)->lex->plural
            && at(k + 1)->lex->unit > u->lex->unit && at(k + 1)->lex->unit != Unit::Season
            && at(k + 1)->lex->unit != Unit::Weekend && !at(k + 1)->capitalized)
            k += 2;
        if (isWord(k, Word::Ahead))
            ++k;
        else if (isWord(k, Word::Ago) && !hasDirection)
            ++k;
        if (!hasDirection)
            m.first = j; // "the weeks" points at the noun; "weeks" is the expression
        m.last = k - 1;
        return true;
    }
    int k = q.next;
    const bool article = at(j)->isWord() && (isWord(j, Word::A) || isWord(j, Word::An));
    if (article && rateAt(j))
        return false; // a rate, a set: "500 trucks a day"
    // "2 1/2 years", "two and a half years"
    if (at(k) && at(k)->isNumber() && at(k)->number == 1 && isPunct(k + 1, u'/') && joined(k + 1) && at(k + 2)
        && at(k + 2)->isNumber() && at(k + 2)->number == 2 && joined(k + 2)) {
        m.fraction = 1;
        k += 3;
    } else if (isPunct(k, u'.') && joined(k) && at(k + 1) && at(k + 1)->isNumber() && joined(k + 1)
               && unitWord(k + 2, true)) { // "1.5 hours"
        m.fraction = 1;
        k += 2;
    } else if (!article && isWord(k, Word::And) && isWord(k + 1, Word::A) && isWord(k + 2, Word::Half)
               && unitWord(k + 3, true)) {
        m.fraction = 1;
        k += 3;
    }
    // "two to three weeks", "12 to 18 months", "two or three years"
    if ((isWord(k, Word::To) || isWord(k, Word::Or) || (isPunct(k, u'-') && !isPunct(k + 2, u'-')))) {
        // "in 2019 to 20 years in prison" is a year and a length, not a range of lengths
        if (const Part q2 = quantity(k + 1, false);
            q2 && q2.value > q.value && (unitWord(q2.next, true) || unitWord(q2.next, false)))
            k = q2.next;
    }
    // "two-year", "30-day", "8-month-old"
    if (isPunct(k, u'-') && joined(k) && joined(k + 1) && (unitWord(k + 1, false) || unitWord(k + 1, true))) {
        m.unit = Unit(at(k + 1)->lex->unit);
        m.amount = q.value;
        // "three-quarters", "a three-quarter point rise" are fractions
        if (m.unit == Unit::Quarter && (at(k + 1)->lex->plural || m.amount == 3))
            m.kind = Mention::Kind::Reject;
        k += 2;
        if (isPunct(k, u'-') && joined(k) && isWord(k + 1, Word::Old) && joined(k + 1)) {
            m.kind = Mention::Kind::Reject; // an age, not a period of time
            k += 2;
        } else if (isPunct(k, u'-') && joined(k) && isWord(k + 1, Word::Long) && joined(k + 1)) {
            k += 2; // "a two-week-long strike"
        }
        if (!hasDirection)
            m.first = j; // "the two-year plan": the article belongs to the noun
        m.last = k - 1;
        return !article;
    }
    // ("two more days", "three straight weekends", "a full week", "the next two fiscal years")
    // ("the option of a further year", "an extra week")
    // ("six consecutive tax years": two of them)
    const auto unitAt = [&](int u, Unit unit) {
        return at(u) && at(u)->lex && at(u)->lex->unit == unit;
    };
    const auto modifier = [&](int w) {
        return isWord(w, Word::More) || isWord(w, Word::Additional) || isWord(w, Word::Other)
            || isWord(w, Word::Straight) || isWord(w, Word::Full)
            || sameWordAsAny(
                   wordText(w),
                   {QLatin1StringView("further"), QLatin1StringView("extra"), QLatin1StringView("consecutive")})
            // ("14 calendar days", "nine school days", "three tax years")
            || (isWord(w, Word::Trading) && unitAt(w + 1, Unit::Day))
            || (sameWordAsAny(wordText(w), {QLatin1StringView("calendar"), QLatin1StringView("school")})
                && unitAt(w + 1, Unit::Day) && at(w + 1)->lex->plural)
            || (sameWordAsAny(wordText(w), {QLatin1StringView("tax"), QLatin1StringView("financial")})
                && unitAt(w + 1, Unit::Year) && at(w + 1)->lex->plural)
            || (isWord(w, Word::Fiscal) && !article && unitAt(w + 1, Unit::Year));
    };
    for (int modifiers = 0; modifiers < 2 && modifier(k); ++modifiers)
        ++k;
    if (const Part share = centuryShare(k); share && q.value == 1) {
        // "a quarter century ago", "a half-century of rule": so many years
        m.unit = Unit::Year;
        m.amount = share.value;
        k = share.next;
    } else {
        Part unit = unitWord(k, q.value != 1);
        if (!unit && !article)
            unit = unitWord(k, q.value == 1);
        if (!unit)
            return false;
        // "CBS's 60 Minutes": a capitalized unit after a figure inside a sentence is a title
        if (at(k)->capitalized && at(j)->isNumber() && at(j - 1) && at(j - 1)->sentence == at(j)->sentence
            && !isPunct(j - 1, u'"') && !(at(j - 1)->isPunct(u'\'') && !joined(j)))
            return false;
        // "winds of 50 miles an hour": a speed
        if (article && isWord(j - 1, Word::Distance) && Unit(unit.value) <= Unit::Hour)
            return false;
        // "at around 1430 hours": the military clock, not a length
        if (fourDigitClock(j) && isWord(k, Word::Hours) && clockContext(j - 1))
            return false;
        m.unit = Unit(unit.value);
        m.amount = isWord(k, Word::Fortnight) && q.value > 0 ? 2 * q.value : q.value;
        k = unit.next;
    }
    // "a week from today", "three days from now", "two weeks from Friday": a date counted from another
    // ("four years from now", "six months from today": that far ahead, told in its own unit)
    if (isWord(k, Word::From) && q.value > 0 && !hasDirection && !the
        && (m.unit == Unit::Month || m.unit == Unit::Year || m.unit == Unit::Decade)
        && (isWord(k + 1, Word::Now) || isWord(k + 1, Word::Today))) {
        m.kind = Mention::Kind::Shift;
        m.offset = q.value;
        m.counted = true;
        m.last = k + 1;
        return true;
    }
    if (isWord(k, Word::From) && q.value > 0 && !hasDirection && !the && (m.unit == Unit::Day || m.unit == Unit::Week)
        && at(k + 1)) {
        const int days = m.amount * (m.unit == Unit::Week ? 7 : 1); // "a fortnight from today": two weeks
        const Word from = at(k + 1)->word();
        if (from == Word::Today || from == Word::Now || from == Word::Tomorrow || from == Word::Yesterday) {
            m.kind = Mention::Kind::Relative;
            m.unit = Unit::Day;
            m.offset = days + (from == Word::Tomorrow ? 1 : from == Word::Yesterday ? -1 : 0);
            m.last = k + 1;
            return true;
        }
        if (const Part day = weekdayName(k + 1); day && m.unit == Unit::Week && at(k + 1)->capitalized) {
            m.kind = Mention::Kind::Weekday;
            m.weekday = day.value;
            m.direction = 1; // the coming one, then that many weeks on
            m.weekShift = m.amount;
            m.last = k + 1;
            return true;
        }
    }
    // "4 hours 57 minutes", "two years and three months", "two hours and 42 minutes", "one hour, four minutes and 13
    // seconds": one length in two or three parts, each finer than the one before
    if (!article && q.value > 0 && !m.fraction) {
        const auto finer = [](Unit whole, Unit part) {
            switch (whole) {
            case Unit::Year:
                return part == Unit::Month;
            case Unit::Month:
            case Unit::Week:
                return part == Unit::Day;
            case Unit::Day:
                return part == Unit::Hour;
            case Unit::Hour:
                return part == Unit::Minute;
            case Unit::Minute:
                return part == Unit::Second;
            default:
                return false;
            }
        };
        Unit whole = m.unit;
        for (int partIndex = 0; partIndex < 2; ++partIndex) {
            int n = k;
            if (isPunct(n, u',') && at(n + 1) && at(n + 1)->sentence == at(k - 1)->sentence)
                ++n;
            if (isWord(n, Word::And))
                ++n;
            // (figures and words mix only across "and": "two hours and 42 minutes")
            const Part q2 = quantity(n, false);
            if (!q2 || q2.value <= 0 || (!isWord(n - 1, Word::And) && at(n)->isNumber() != at(j)->isNumber()))
                break;
            const Part u2 = unitWord(q2.next, q2.value != 1);
            if (!u2 || !finer(whole, Unit(u2.value)))
                break;
            whole = Unit(u2.value);
            (partIndex == 0 ? m.partUnit : m.lastPartUnit) = whole;
            (partIndex == 0 ? m.partAmount : m.lastPartAmount) = q2.value;
            k = u2.next;
        }
    }
    // "half an hour", "half a day": the half in the next smaller unit
    if (article && !the && !hasDirection && q.value == 1 && isWord(i - 1, Word::Half) && j == i) {
        struct Half
        {
            Unit whole, part;
            int amount;
        };
        static constexpr Half halves[] = {{Unit::Hour, Unit::Minute, 30},
                                          {Unit::Day, Unit::Hour, 12},
                                          {Unit::Year, Unit::Month, 6},
                                          {Unit::Decade, Unit::Year, 5},
                                          {Unit::Century, Unit::Year, 50}};
        for (const Half &half : halves) {
            if (half.whole == m.unit) {
                m.unit = half.part;
                m.amount = half.amount;
                m.first = i - 1;
                break;
            }
        }
    }
    // "a quarter-point rise", "the quarter-final": a quarter of something else
    if (m.unit == Unit::Quarter && isPunct(k, u'-') && joined(k) && joined(k + 1)) {
        m.kind = Mention::Kind::Reject;
        m.last = k + 1;
        return true;
    }
    // "52 years old" is an age; "a quarter of the market" a fraction
    // ("fallen by a quarter", "cut by three quarters" are fractions too)
    const bool fraction = m.unit == Unit::Quarter && m.amount > 0
        && ((isWord(k, Word::Of) && !year(k + 1, true)
             && !(at(k + 1) && at(k + 1)->lex && at(k + 2) && at(k + 2)->lex && at(k + 2)->lex->word == Word::Year))
            || isWord(i - 1, Word::By));
    if ((m.unit == Unit::Year && isWord(k, Word::Old)) || fraction) {
        m.kind = Mention::Kind::Reject;
        m.last = k;
        return true;
    }
    if (isWord(k, Word::And) && isWord(k + 1, Word::A) && isWord(k + 2, Word::Half)) {
        m.fraction = 1;
        k += 3;
    }
    if (isWord(k, Word::Or) && isWord(k + 1, Word::So)) {
        m.mod = Mod::Approx;
        k += 2;
    }
    if (m.fraction && m.amount > 0
        && (isWord(k, Word::Ago) || isWord(k, Word::Earlier) || isWord(k, Word::Later) || isWord(k, Word::On))) {
        // "a century and a half ago" is 150 years back, "a year and a half ago" 18 months
        struct Finer
        {
            Unit whole, part;
            int size;
        };
        static constexpr Finer finer[] = {{Unit::Millennium, Unit::Year, 1000}, {Unit::Century, Unit::Year, 100},
                                          {Unit::Decade, Unit::Year, 10},       {Unit::Year, Unit::Month, 12},
                                          {Unit::Week, Unit::Day, 7},           {Unit::Day, Unit::Hour, 24},
                                          {Unit::Hour, Unit::Minute, 60}};
        for (const Finer &f : finer) {
            if (f.whole == m.unit) {
                m.unit = f.part;
                m.amount = m.amount * f.size + f.size / 2;
                m.fraction = 0;
                break;
            }
        }
    }
    if (isWord(k, Word::Ago)) {
        if (m.amount > 0 && !hasDirection && !the) {
            m.kind = Mention::Kind::Shift;
            m.offset = -m.amount;
            m.counted = true;
            // "Four years ago today": the same day, years back; "a year ago tomorrow" the day after it
            if ((isWord(k + 1, Word::Today) || isWord(k + 1, Word::Tomorrow) || isWord(k + 1, Word::Yesterday))
                && m.unit >= Unit::Week) {
                m.toTheDay = true;
                m.dayOffset = isWord(k + 1, Word::Tomorrow) ? 1 : isWord(k + 1, Word::Yesterday) ? -1 : 0;
                ++k;
            } else if (m.unit >= Unit::Week && isWord(k + 1, Word::This) && at(k + 2) && at(k + 2)->lex
                       && at(k + 2)->lex->partOfDay != PartOfDay::None && !at(k + 2)->lex->plural) {
                // "Twenty years ago this morning": that morning, years back
                m.toTheDay = true;
                m.partOfDay = at(k + 2)->lex->partOfDay;
                k += 2;
            } else if (m.unit > Unit::Month && isWord(k + 1, Word::This) && at(k + 2) && at(k + 2)->lex
                       && !at(k + 2)->lex->plural
                       && (at(k + 2)->lex->unit == Unit::Week || at(k + 2)->lex->unit == Unit::Month)) {
                // "Ten years ago this month", "a year ago this week"
                m.toThe = at(k + 2)->lex->unit;
                k += 2;
            } else if (m.unit >= Unit::Week && isWord(k + 1, Word::Tonight)) {
                m.toTheDay = true;
                m.partOfDay = PartOfDay::Night;
                ++k;
            } else if (m.unit >= Unit::Year && isWord(i - 2, Word::This) && at(i - 1)->lex
                       && at(i - 1)->lex->unit == Unit::Day && !at(i - 1)->lex->plural) {
                // "On this day 75 years ago": the same day, years back
                m.toTheDay = true;
                m.first = i - 2;
            }
        } else if (m.amount < 0) {
            m.kind = Mention::Kind::Ref; // "several years ago"
            m.ref = -1;
        }
        m.last = k;
        return true;
    }
    // "in three weeks' time", "in a month's time": that far after the report's date
    if (isPunct(k, u'\'') && isWord(i - 1, Word::In) && m.amount > 0 && !hasDirection && !the && m.fraction == 0
        && m.unit >= Unit::Day) {
        const int time = isWord(k + 1, Word::LetterS) && joined(k + 1) ? k + 2 : k + 1;
        if (isWord(time, Word::Time)) {
            m.kind = Mention::Kind::Shift;
            m.offset = m.amount;
            m.counted = true;
            m.last = time;
            return true;
        }
    }
    // "a year-earlier loss" is a date pattern, not a duration
    if (isPunct(k, u'-') && joined(k) && (isWord(k + 1, Word::Earlier) || isWord(k + 1, Word::Ago)))
        return false;
    // ("a day later than planned", "a week earlier than usual" compare; they move no date); "Two weeks on,
    // Moscow shifted its focus" is later too
    const bool onward = isWord(k, Word::On) && isPunct(k + 1, u',');
    if ((isWord(k, Word::Earlier) || isWord(k, Word::Later) || onward) && m.amount > 0 && !hasDirection && !the
        && m.fraction == 0 && !isWord(k + 1, Word::Than)) {
        m.kind = Mention::Kind::Shift;
        m.fromNarrative = true;
        m.counted = true;
        m.offset = isWord(k, Word::Earlier) ? -m.amount : m.amount;
        m.onward = onward;
        m.last = k;
        return true;
    }
    if (isWord(k, Word::Ahead) && direction >= 0) {
        m.durationDirection = 1;
        ++k;
    }
    m.last = k - 1;
    return true;
}

// "500 trucks a day", "$1 billion a year", "seven days a week", "20 flights per day": a rate
bool DateRecognizer::rateAt(int i) const
{
    if (!isWord(i, Word::A) && !isWord(i, Word::Per))
        return false;
    const DateToken *u = at(i + 1);
    const DateToken *p = at(i - 1);
    // (days and longer: "20 kilometres per hour" is a speed)
    const bool unitAfter = u && u->lex && !u->lex->plural && !u->lex->ordinal && u->lex->word != Word::Half
        && u->lex->unit >= Unit::Day && u->lex->unit <= Unit::Year && u->lex->unit != Unit::Season
        && u->lex->unit != Unit::Weekend && !u->capitalized;
    // what is counted comes before: a number, or a plural noun
    const bool countBefore = isWord(i, Word::Per)
        || (p && p->sentence == at(i)->sentence
            && (p->isNumber() || p->isPunct(u'%')
                || (p->lex && (p->lex->number > 1 || p->lex->plural || p->lex->word == Word::Distance))
                || (p->isWord() && !p->lex && !p->capitalized && p->countsThings)));
    const DateToken *n = at(i + 2);
    const bool anchored = n && n->lex
        && (n->lex->word == Word::Ago || n->lex->word == Word::Earlier || n->lex->word == Word::Later
            || n->lex->word == Word::Before || n->lex->word == Word::After || n->lex->word == Word::Ahead
            || n->lex->word == Word::Of || n->lex->word == Word::Or || n->lex->word == Word::And);
    return unitAfter && countBefore && !anchored && !(n && n->isPunct(u'-') && joined(i + 2));
}

bool DateRecognizer::matchSet(int i, Mention &m) const
{
    const DateToken *t = at(i);
    // "closed on weekends", "busy at weekends": every weekend
    if (t->isWord() && t->lex && t->lex->unit == Unit::Weekend && t->lex->plural && !t->capitalized
        && (isWord(i - 1, Word::On) || isWord(i - 1, Word::At) || isWord(i - 1, Word::Over))) {
        m.kind = Mention::Kind::Set;
        m.unit = Unit::Weekend;
        m.last = i;
        return true;
    }
    // "twice a day", "three times a week", "once a month": a set, however often it says
    int per = -1;
    if (isWord(i, Word::Once) || isWord(i, Word::Twice))
        per = i + 1;
    else if (const Part q = quantity(i, false); q && (q.value > 1 || q.value < 0) && isWord(q.next, Word::Times))
        per = q.next + 1;
    else if (isWord(i, Word::Several) && isWord(i + 1, Word::Times)) // "several times a day"
        per = i + 2;
    // "five days a week", "one day a week": so many days in each week, a set of weeks
    if (per < 0) {
        if (const Part q = quantity(i, false); q && q.value > 0) {
            const Part u = unitWord(q.next, q.value != 1);
            const DateToken *whole = u ? at(u.next + 1) : nullptr;
            if (u && (isWord(u.next, Word::A) || isWord(u.next, Word::Per)) && whole && whole->lex
                && !whole->lex->plural && whole->lex->unit > Unit(u.value) && whole->lex->unit <= Unit::Year
                && whole->lex->unit != Unit::Season && whole->lex->unit != Unit::Weekend
                && whole->lex->word != Word::Half) {
                m.kind = Mention::Kind::Set;
                m.unit = whole->lex->unit;
                m.last = u.next + 1;
                return true;
            }
        }
    }
    if (per > 0 && (isWord(per, Word::A) || isWord(per, Word::An) || isWord(per, Word::Per))) {
        const DateToken *u = at(per + 1);
        if (u && u->lex && !u->lex->plural && !u->lex->ordinal && u->lex->word != Word::Half
            && u->lex->unit >= Unit::Hour && u->lex->unit <= Unit::Year && u->lex->unit != Unit::Season) {
            m.kind = Mention::Kind::Set;
            m.unit = u->lex->unit;
            m.last = per + 1;
            return true;
        }
    }
    if (rateAt(i)) {
        m.kind = Mention::Kind::Set;
        m.unit = at(i + 1)->lex->unit;
        m.last = i + 1;
        return true;
    }
    if (!t->lex)
        return false;
    m.kind = Mention::Kind::Set;
    m.last = i;
    switch (t->lex->word) {
    case Word::Daily: // "the daily", "the party daily Granma" are newspapers
        m.unit = Unit::Day;
        return !isWord(i - 1, Word::The)
            && !(at(i + 1) && at(i + 1)->isWord() && at(i + 1)->capitalized && at(i + 1)->sentence == t->sentence
                 && !at(i + 1)->lex);
    case Word::Weekly:
        m.unit = Unit::Week;
        return !isWord(i - 1, Word::The);
    case Word::Fortnightly:
        m.unit = Unit::Week;
        m.amount = 2;
        return !isWord(i - 1, Word::The);
    case Word::Monthly:
        m.unit = Unit::Month;
        return !isWord(i - 1, Word::The);
    case Word::Annually:
        m.unit = Unit::Year;
        // "payable semi-annually": every six months
        if (i >= 2 && isPunct(i - 1, u'-') && joined(i - 1) && joined(i)
            && wordText(i - 2).compare(QLatin1StringView("semi"), Qt::CaseInsensitive) == 0) {
            m.first = i - 2;
            m.unit = Unit::Month;
            m.amount = 6;
        }
        return true;
    case Word::Hourly:
        m.unit = Unit::Hour;
        return true;
    case Word::Quarterly: // "quarterly dividend" is a kind of dividend; "paid quarterly" a set
        m.unit = Unit::Quarter;
        return !at(i + 1) || !at(i + 1)->isWord();
    case Word::Nightly:
        m.unit = Unit::Day;
        m.partOfDay = PartOfDay::Night;
        return true;
    case Word::Every:
    case Word::Each:
        break;
    default:
        return false;
    }
    int k = i + 1;
    bool plural = false;
    // "every other week", "every second Wednesday", "every third year"
    const DateToken *count = at(k);
    const DateToken *counted = at(k + 1);
    if (isWord(k, Word::Other)) {
        m.amount = 2;
        ++k;
    } else if (count && count->lex && count->lex->ordinal >= 2 && count->lex->ordinal <= 4 && counted && counted->lex
               && (counted->lex->weekday || (counted->lex->unit != Unit::None && !counted->lex->plural))) {
        m.amount = count->lex->ordinal;
        ++k;
    } else if (const Part q = quantity(k, false); q && q.value > 0) {
        m.amount = q.value;
        plural = q.value > 1;
        k = q.next;
    }
    const DateToken *u = at(k);
    if (!u || !u->lex)
        return false;
    // "every Christmas Eve", "each Christmas": a feast of a fixed day, each year
    if (Mention feast;
        m.amount <= 1 && matchHoliday(k, feast) && feast.kind == Mention::Kind::Calendar && feast.holiday) {
        const QDate one = holidayDate(feast.holiday, 2001);
        const QDate other = holidayDate(feast.holiday, 2002);
        if (one.isValid() && other.isValid() && one.month() == other.month() && one.day() == other.day()) {
            m.month = one.month();
            m.day = one.day();
            m.last = feast.last;
            return true;
        }
    }
    if (u->lex->unit != Unit::None && u->lex->unit != Unit::Season && u->lex->word != Word::Half && !u->lex->ordinal
        && u->lex->plural == plural) {
        m.unit = u->lex->unit;
        if (u->lex->word == Word::Fortnight) // "every fortnight", "every two fortnights"
            m.amount = 2 * std::max(m.amount, 1);
    } else if (u->lex->weekday) {
        m.weekday = u->lex->weekday;
        k = attachPartOfDay(k + 1, m) - 1;
    } else if (const Part month = monthName(k); month && u->capitalized) {
        m.month = month.value;
        // "every Nov. 2": that day of each year
        if (const Part day = dayOfMonth(month.next)) {
            m.day = day.value;
            k = day.next - 1;
        }
    } else if (u->lex->month && u->capitalized) {
        m.month = u->lex->month;
    } else if (u->lex->season && !u->lex->plural) {
        m.season = u->lex->season;
    } else if (u->lex->partOfDay != PartOfDay::None && !u->lex->plural) {
        m.partOfDay = u->lex->partOfDay;
        m.unit = Unit::Day;
    } else {
        return false;
    }
    m.last = k;
    // "every Thursday at 8 p.m.", "every night at about 3 a.m.": the time of each
    if ((m.weekday || m.unit == Unit::Day) && m.amount <= 1 && isWord(k + 1, Word::At)) {
        int c = k + 2;
        if (isWord(c, Word::About) || isWord(c, Word::Around))
            ++c;
        Mention clock;
        clock.first = c;
        if (at(c) && matchClock(c, clock) && clock.kind == Mention::Kind::Time && clock.hour >= 0) {
            m.hour = clock.hour;
            m.minute = clock.minute;
            m.meridiemUnstated = clock.meridiemUnstated;
            m.last = clock.last;
        }
    }
    return true;
}

DateRecognizer::Part DateRecognizer::modifier(int i, Mod &mod) const
{
    int j = i;
    const bool the = isWord(j, Word::The);
    if (the)
        ++j;
    const DateToken *t = at(j);
    if (!t || !t->lex)
        return {};
    switch (t->lex->word) {
    case Word::Early: // "early October", "late-November"
        mod = Mod::Start;
        return {0, isPunct(j + 1, u'-') && joined(j + 1) && joined(j + 2) ? j + 2 : j + 1};
    case Word::Late:
        mod = Mod::End;
        return {0, isPunct(j + 1, u'-') && joined(j + 1) && joined(j + 2) ? j + 2 : j + 1};
    case Word::Post: // "post-1959", "pre-war" (only a date follows here)
    case Word::Pre:
        mod = t->lex->word == Word::Post ? Mod::After : Mod::Before;
        return isPunct(j + 1, u'-') && joined(j + 1) && joined(j + 2) && !the ? Part {0, j + 2} : Part {};
    case Word::Mid:
        mod = Mod::Mid;
        return {0, isPunct(j + 1, u'-') && joined(j + 1) ? j + 2 : j + 1};
    case Word::Earlier:
    case Word::Later:
        mod = Mod::None;
        return the ? Part {} : Part {0, j + 1};
    case Word::Beginning:
    case Word::Start:
        mod = Mod::Start;
        return isWord(j + 1, Word::Of) ? Part {0, j + 2} : Part {};
    case Word::Middle:
        mod = Mod::Mid;
        return isWord(j + 1, Word::Of) ? Part {0, j + 2} : Part {};
    case Word::End:
        mod = Mod::End;
        return isWord(j + 1, Word::Of) ? Part {0, j + 2} : Part {};
    default:
        return {};
    }
}

bool DateRecognizer::matchModified(int i, Mention &m) const
{
    Mod mod = Mod::None;
    const Part prefix = modifier(i, mod);
    if (!prefix || !at(prefix.next))
        return false;
    const int j = prefix.next;
    using Matcher = bool (DateRecognizer::*)(int, Mention &) const;
    static constexpr Matcher bases[] = {
        &DateRecognizer::matchMonthDay, &DateRecognizer::matchYearish,  &DateRecognizer::matchSeason,
        &DateRecognizer::matchQuarter,  &DateRecognizer::matchRelative, &DateRecognizer::matchDeictic,
        &DateRecognizer::matchWeekday,
    };
    bool found = false;
    for (Matcher matcher : bases) {
        Mention base;
        base.first = j;
        if (!(this->*matcher)(j, base) || (found && base.last <= m.last))
            continue;
        if (base.kind == Mention::Kind::Reject || base.kind == Mention::Kind::Ref || base.kind == Mention::Kind::Time
            || (base.kind == Mention::Kind::Shift && !base.fromNarrative))
            continue;
        m = base;
        found = true;
    }
    // "by mid-year": the middle of the current year, as "year-end" is its end
    if (!found && mod == Mod::Mid && isWord(j, Word::Year) && !at(j)->capitalized) {
        m.kind = Mention::Kind::Relative;
        m.unit = Unit::Year;
        m.offset = 0;
        m.last = j;
        found = true;
    }
    // "by the end of the decade", "the middle of the century": the current one
    if (!found && mod != Mod::None && isWord(j, Word::The) && at(j + 1) && at(j + 1)->lex && !at(j + 1)->lex->plural
        && (at(j + 1)->lex->unit == Unit::Decade || at(j + 1)->lex->unit == Unit::Century) && !at(j + 1)->capitalized) {
        m.kind = Mention::Kind::Relative;
        m.unit = at(j + 1)->lex->unit;
        m.offset = 0;
        m.last = j + 1;
        found = true;
    }
    if (!found && !matchPartOfDay(j, m))
        return false;
    m.first = i;
    if (mod != Mod::None)
        m.mod = mod;
    return true;
}

// "(mid-)afternoon", "(early) morning Tuesday", "(late) evening yesterday": a part of the day after a
// modifier, on the day that follows it or else on the narrative's day
bool DateRecognizer::matchPartOfDay(int i, Mention &m) const
{
    const DateToken *t = at(i);
    if (!t || !t->lex || t->lex->partOfDay == PartOfDay::None || t->lex->partOfDay == PartOfDay::Day || t->lex->plural)
        return false;
    Mention day;
    day.first = i + 1;
    if (at(i + 1) && (matchWeekday(i + 1, day) || matchDeictic(i + 1, day))
        && (day.kind == Mention::Kind::Weekday || (day.kind == Mention::Kind::Relative && day.unit == Unit::Day))
        && !day.endWeekday && day.partOfDay == PartOfDay::None) {
        m = day;
    } else {
        m.kind = Mention::Kind::Time;
        m.last = i;
    }
    m.partOfDay = t->lex->partOfDay;
    return true;
}

DateRecognizer::Part DateRecognizer::qualifier(int i, Mod &mod) const
{
    const DateToken *t = at(i);
    if (!t->lex)
        return {};
    switch (t->lex->word) {
    case Word::About:
    case Word::Around:
    case Word::Approximately:
    case Word::Roughly:
        mod = Mod::Approx;
        return {0, i + 1};
    case Word::Some:
        mod = Mod::Approx;
        return at(i + 1) && (at(i + 1)->isNumber() || (at(i + 1)->lex && at(i + 1)->lex->number > 0)) ? Part {0, i + 1}
                                                                                                      : Part {};
    case Word::Nearly:
    case Word::Almost:
        mod = Mod::LessThan;
        return {0, i + 1};
    case Word::More:
        mod = Mod::MoreThan;
        return isWord(i + 1, Word::Than) ? Part {0, i + 2} : Part {};
    case Word::Less:
        mod = Mod::LessThan;
        return isWord(i + 1, Word::Than) ? Part {0, i + 2} : Part {};
    case Word::At:
        mod = Mod::EqualOrMore;
        return isWord(i + 1, Word::Least) ? Part {0, i + 2} : Part {};
    case Word::Up:
        mod = Mod::EqualOrLess;
        return isWord(i + 1, Word::To) ? Part {0, i + 2} : Part {};
    case Word::No:
        mod = Mod::EqualOrLess;
        return isWord(i + 1, Word::More) && isWord(i + 2, Word::Than) ? Part {0, i + 3} : Part {};
    default:
        return {};
    }
}

bool DateRecognizer::matchQualified(int i, Mention &m) const
{
    Mod mod = Mod::None;
    const Part prefix = qualifier(i, mod);
    if (!prefix || !at(prefix.next))
        return false;
    const int j = prefix.next;
    using Matcher = bool (DateRecognizer::*)(int, Mention &) const;
    static constexpr Matcher bases[] = {&DateRecognizer::matchDuration, &DateRecognizer::matchClock,
                                        &DateRecognizer::matchMonthDay};
    bool found = false;
    for (Matcher matcher : bases) {
        Mention base;
        base.first = j;
        if (!(this->*matcher)(j, base) || (found && base.last <= m.last) || base.kind == Mention::Kind::Reject)
            continue;
        if (base.kind == Mention::Kind::Calendar && !base.day)
            continue;
        m = base;
        found = true;
    }
    if (!found)
        return false;
    m.first = i;
    m.mod = mod;
    // A qualified distance makes a point in time: "more than a decade ago" lies before the date it
    // names, "more than a week later" after it, "nearly two years ago" about on it (TIMEX3 point mods).
    if (m.kind == Mention::Kind::Shift || (m.kind == Mention::Kind::Ref && m.ref < 0)) {
        const bool nearly = isWord(i, Word::Nearly) || isWord(i, Word::Almost);
        const bool back = m.kind == Mention::Kind::Ref || m.offset < 0;
        switch (mod) {
        case Mod::MoreThan:
            m.mod = back ? Mod::Before : Mod::After;
            break;
        case Mod::LessThan:
            m.mod = nearly ? Mod::Approx : back ? Mod::After : Mod::Before;
            break;
        case Mod::EqualOrMore:
            m.mod = back ? Mod::OnOrBefore : Mod::OnOrAfter;
            break;
        case Mod::EqualOrLess:
            m.mod = back ? Mod::OnOrAfter : Mod::OnOrBefore;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace Sitrep::Dates
