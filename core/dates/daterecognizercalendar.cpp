// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar patterns: explicit dates, numeric dates, years, decades, quarters, seasons, holidays.
#include "dates/datecalendar.h"
#include "dates/daterecognizer.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <vector>

namespace Sitrep::Dates {

namespace {

bool validDay(int year, int month, int day)
{
    return QDate::isValid(year ? year : 2000, month, day); // 2000 was a leap year: Feb 29 may be fine
}

} // namespace

bool DateRecognizer::matchMonthDay(int i, Mention &m) const
{
    int j = i;
    int partAt = -1;
    if (const Part weekday = weekdayName(i)) {
        j = weekday.next;
        // "On Tuesday morning, Jan. 6": the weekday and its part of the day take the date written after them, which
        // stays an expression of its own
        if (isPunct(j + 1, u',') && at(j) && at(j)->lex && at(j)->lex->partOfDay != PartOfDay::None
            && at(j)->lex->partOfDay != PartOfDay::Day && !at(j)->lex->plural && monthName(j + 2)) {
            m.partOfDay = at(j)->lex->partOfDay;
            partAt = j;
            ++j;
        }
        if (isPunct(j, u','))
            ++j;
        m.weekday = weekday.value;
    }
    const Part month = monthName(j);
    if (!month)
        return false;
    m.kind = Mention::Kind::Calendar;
    m.month = month.value;
    // "November the 17th": the article before an ordinal day
    // ("January the sixth", as it is spoken, but not "in March the first shipments arrived")
    const auto spokenOrdinalEnds = [&](int k) {
        return !at(k) || !at(k)->isWord()
            || (at(k)->sentence == at(month.next)->sentence && !at(k)->capitalized
                && (isWord(k, Word::And) || isWord(k, Word::At) || isWord(k, Word::In) || isWord(k, Word::On)
                    || isWord(k, Word::To) || isWord(k, Word::Until) || isWord(k, Word::Through)
                    || isWord(k, Word::Conjunction) || isWord(k, Word::Or) || isWord(k, Word::PastAux)
                    || isWord(k, Word::PresentAux) || isWord(k, Word::Will) || isWord(k, Word::Would)
                    || isWord(k, Word::Had) || isWord(k, Word::Modal)));
    };
    const Part theDay = isWord(month.next, Word::The) ? ordinalNumber(month.next + 1) : Part {};
    const bool theOrdinal = theDay && (at(month.next + 1)->isNumber() || spokenOrdinalEnds(theDay.next));
    const Part day = dayOfMonth(theOrdinal ? month.next + 1 : month.next);
    if (!day
        || (at(day.next) && at(day.next)->lex && at(day.next)->lex->unit != Unit::None
            && at(day.next)->lex->word != Word::Year)) {
        if (m.weekday)
            return false;
        // "the January-March quarter", "April-June 2025": a span of months, a quarter or half when it
        // is one
        if (isPunct(month.next, u'-') && joined(month.next) && joined(month.next + 1) && !m.weekday) {
            if (const Part last = monthName(month.next + 1); last && last.value != m.month) {
                const int first = m.month;
                if (last.value == first + 2 && first % 3 == 1) {
                    m.month = 0;
                    m.quarter = (first + 2) / 3;
                } else if (last.value == first + 5 && first % 6 == 1) {
                    m.month = 0;
                    m.half = (first + 5) / 6;
                } else {
                    m.endMonth = last.value;
                    m.monthSpan = true;
                }
                const int next = attachYear(last.next, m);
                if (next == last.next)
                    m.yearMode = YearMode::Infer;
                m.last = next - 1;
                return true;
            }
        }
        // "the September quarter", "the December quarter 2023": the quarter that ends in that month
        if (m.month % 3 == 0 && !m.weekday && at(month.next) && at(month.next)->lex
            && at(month.next)->lex->unit == Unit::Quarter && !at(month.next)->lex->plural
            && !isPunct(month.next + 1, u'-')) {
            m.quarter = m.month / 3;
            m.month = 0;
            const int next = attachYear(month.next + 1, m);
            if (next == month.next + 1)
                m.yearMode = YearMode::Infer;
            m.last = next - 1;
            return true;
        }
        // A month alone, or with its year.
        const int next = attachYear(month.next, m);
        if (next == month.next) {
            m.yearMode = YearMode::Infer;
            const DateToken *t = at(i);
            // ("Harold and June Petrakis", "April Ryan": a month that is also a given name, before a surname)
            const DateToken *surname = at(month.next);
            const bool givenName = (t->lex->month == 4 || t->lex->month == 6 || t->lex->month == 8)
                && !t->lex->abbreviated && surname && surname->isWord() && surname->capitalized && !surname->lex
                && surname->sentence == t->sentence && !isWord(i - 1, Word::In) && !isWord(i - 1, Word::Since)
                && !isWord(i - 1, Word::Of) && !isWord(i - 1, Word::By) && !isWord(i - 1, Word::Until)
                && !isWord(i - 1, Word::Early) && !isWord(i - 1, Word::Late) && !isWord(i - 1, Word::Mid)
                && !isWord(i - 1, Word::The);
            if (givenName)
                return false;
            const bool ambiguous = t->lex->month == 5 || (t->lex->month == 3 && !t->lex->abbreviated);
            // ("three months, March to May": a month that opens a span of months is one)
            const bool opensMonths = (isWord(next, Word::To) || isWord(next, Word::Through) || isWord(next, Word::Until)
                                      || isWord(next, Word::And) || isWord(next, Word::Or)
                                      || (isPunct(next, u'-') && joined(next) && joined(next + 1)))
                && monthName(next + 1) && at(next + 1)->capitalized;
            // ("March natural gas futures rose", "May crude": a month before a good traded for it is one)
            const bool beforeAGood = at(month.next) && at(month.next)->sentence == t->sentence
                && (isCommodity(wordText(month.next))
                    || sameWordAsAny(
                        wordText(month.next),
                        {QLatin1StringView("delivery"), QLatin1StringView("contract"), QLatin1StringView("futures")}));
            if (ambiguous && !opensMonths && !beforeAGood) {
                // "mid-March", "late-May": the modifier before the hyphen decides
                const bool hyphen = isPunct(i - 1, u'-') && joined(i) && joined(i - 1);
                const int before = hyphen ? i - 2 : i - 1;
                const DateToken *p = at(before);
                // ("their busiest May on record", "the wettest March": a superlative after its determiner)
                const auto determiner = [&](int k) {
                    return isWord(k, Word::The) || possessive(k);
                };
                const QStringView adjective = wordText(before);
                const bool superlative = p && !p->capitalized && !hyphen && adjective.size() >= 5
                    && adjective.endsWith(QLatin1StringView("est")) && determiner(before - 1);
                // ("after a cold, wet May,": adjectives after an article, and the month ends its phrase, as a modal
                // never does)
                bool described = false;
                // ("a cold, wet May delayed repairs": nor is a modal followed by a past form)
                const DateToken *n = at(month.next);
                const bool pastFormAfter = n && n->isWord() && !n->capitalized && n->sentence == t->sentence
                    && (n->word() == Word::PastVerb
                        || (!n->lex && wordText(month.next).endsWith(QLatin1StringView("ed"))));
                if (!hyphen
                    && (!n || n->sentence != t->sentence || n->isPunct(u',') || n->isPunct(u'.') || n->isPunct(u';')
                        || pastFormAfter)) {
                    for (int k = before; k >= 0 && k >= before - 4 && at(k)->sentence == t->sentence; --k) {
                        if (isWord(k, Word::A) || isWord(k, Word::An) || determiner(k)) {
                            described = k < before;
                            break;
                        }
                        if (!isPunct(k, u',') && !(at(k)->isWord() && !at(k)->lex && !at(k)->capitalized))
                            break;
                    }
                }
                // ("until April or even May")
                const bool orEven = isWord(i - 2, Word::Or) && monthName(i - 3)
                    && sameWordAsAny(wordText(i - 1),
                                     {QLatin1StringView("even"), QLatin1StringView("possibly"),
                                      QLatin1StringView("perhaps"), QLatin1StringView("maybe")});
                // ("dragging on well into March")
                const bool into = sameWord(adjective, QLatin1StringView("into"));
                if (!p || p->sentence != t->sentence
                    || (!p->lex && !superlative && !described && !orEven && !into && !determiner(before)))
                    return false;
                const Word w = p->lex ? p->lex->word : Word::None;
                // "the March accession", "its May meeting": a determiner before the month and a lowercase noun after it
                const bool attributive = (determiner(before) || superlative) && !hyphen && n && n->isWord()
                    && !n->capitalized && (!n->lex || n->lex->word == Word::None) && n->sentence == t->sentence;
                // "scheduled for March", "planned for May" ("a defeat for May" names a person)
                const DateToken *pp = p->sentence == t->sentence ? at((hyphen ? i - 2 : i - 1) - 1) : nullptr;
                const Word planned = pp && pp->lex ? pp->lex->word : Word::None;
                // ("Brent crude for May delivery": and a month of delivery)
                const bool plannedFor = w == Word::For
                    && (t->lex->month == 3 || planned == Word::Scheduled || planned == Word::Planned
                        || planned == Word::Set || planned == Word::Expected || planned == Word::Due
                        || (n && n->sentence == t->sentence
                            && sameWordAsAny(wordText(month.next),
                                             {QLatin1StringView("delivery"), QLatin1StringView("contract"),
                                              QLatin1StringView("futures")}))
                        || (pp && isCommodity(wordText((hyphen ? i - 2 : i - 1) - 1))));
                if (!plannedFor && w != Word::In && w != Word::Since && w != Word::Until && w != Word::From
                    && w != Word::Of && w != Word::Early && w != Word::Late && w != Word::Through && w != Word::To
                    && w != Word::During && w != Word::Before && w != Word::After && w != Word::And
                    && w != Word::Between && w != Word::Mid && w != Word::By && !attributive && !superlative
                    && !described && !orEven && !into && !(w == Word::Or && monthName(i - 2))) // "in April or May"
                    return false;
            }
        }
        m.last = next - 1;
        // "from January to September": the range ends in the year its last month is in, so the first
        // month's year follows from it; the second month stays an expression of its own
        // ("the floods of August and September 2024": a pair of months shares the year written after it)
        const bool pair = isWord(next, Word::And) || isWord(next, Word::Or);
        if (m.yearMode == YearMode::Infer
            && (isWord(next, Word::To) || isWord(next, Word::Through) || isWord(next, Word::Until) || pair)) {
            Mention end;
            end.first = next + 1;
            if (at(next + 1) && matchMonthDay(next + 1, end) && end.kind == Mention::Kind::Calendar && !end.day
                && !end.weekday && !end.season && !end.quarter
                && (!pair || isWord(i - 1, Word::Between)
                    || (end.yearMode == YearMode::Explicit && end.month > m.month))) {
                m.endMonth = end.month;
                m.endYear = end.yearMode == YearMode::Explicit ? end.year : 0;
            }
        }
        return true;
    }
    m.day = day.value;
    int next = day.next;
    // Ranges: "October 24-26", "October 24 to 26", "between October 24 and 26", "Oct. 24 to Nov. 2"
    const bool between = isWord(i - 1, Word::Between);
    if (isPunct(next, u'-') || isWord(next, Word::To) || isWord(next, Word::Through) || isWord(next, Word::Until)
        || (between && isWord(next, Word::And))) {
        if (const Part month2 = monthName(next + 1)) {
            if (const Part day2 = dayOfMonth(month2.next)) {
                m.endMonth = month2.value;
                m.endDay = day2.value;
                m.rangeEnd = next + 1;
                next = day2.next;
            }
        } else if (const Part day2 = dayOfMonth(next + 1); day2 && day2.value > m.day) {
            m.endMonth = m.month;
            m.endDay = day2.value;
            next = day2.next;
        }
    }
    next = attachYear(next, m);
    if (m.yearMode == YearMode::Explicit && !m.year)
        m.yearMode = YearMode::Infer;
    m.last = partAt >= 0 && !m.endDay ? partAt : next - 1;
    if (!validDay(m.yearMode == YearMode::Explicit ? m.year : 0, m.month, m.day)
        || (m.endDay && !validDay(m.yearMode == YearMode::Explicit ? m.year : 0, m.endMonth, m.endDay)))
        m.kind = Mention::Kind::Reject;
    return true;
}

bool DateRecognizer::matchDayMonth(int i, Mention &m) const
{
    int j = i;
    int partAt = -1;
    if (const Part weekday = weekdayName(i)) {
        j = weekday.next;
        // "On Tuesday morning, 6 January": the weekday and its part of the day take the date written after them, which
        // stays an expression of its own
        if (isPunct(j + 1, u',') && at(j) && at(j)->lex && at(j)->lex->partOfDay != PartOfDay::None
            && at(j)->lex->partOfDay != PartOfDay::Day && !at(j)->lex->plural && dayOfMonth(j + 2)) {
            m.partOfDay = at(j)->lex->partOfDay;
            partAt = j;
            ++j;
        }
        if (isPunct(j, u','))
            ++j;
        m.weekday = weekday.value;
    }
    const bool the = isWord(j, Word::The);
    if (the)
        ++j;
    const Part day = dayOfMonth(j);
    if (!day)
        return false;
    const bool wordOrdinal = at(j)->isWord();
    int next = day.next;
    m.day = day.value;
    if (isPunct(next, u'-') || isWord(next, Word::To) || isWord(next, Word::Through) || isWord(next, Word::Until)
        || (isWord(i - 1, Word::Between) && isWord(next, Word::And))) {
        if (const Part day2 = dayOfMonth(next + 1); day2 && day2.value > m.day) {
            m.endDay = day2.value;
            next = day2.next;
        }
    }
    // ("Dated this 20th day of February 2025", "by deed poll dated the 18th day of April 2011": as notices write it)
    if (!m.endDay && ordinalNumber(j) && at(next) && at(next)->lex && at(next)->lex->unit == Unit::Day
        && !at(next)->lex->plural && isWord(next + 1, Word::Of) && monthName(next + 2, true))
        ++next;
    const bool of = isWord(next, Word::Of);
    if (of)
        ++next;
    // "withdrew on the 15th.", "planned for the 20th", "met on the 11th to set the timetable": a day of
    // the month the narrative or the reference date is in; "the 15th floor" or "the 50th anniversary" go
    // on with a noun
    const auto endsDay = [&](int k) {
        const DateToken *t = at(k);
        if (!t || t->sentence != at(j)->sentence)
            return true;
        if (t->kind == DateToken::Kind::Punct)
            return !isPunct(k, u'-') && !isPunct(k, u'\'');
        if (isWord(k, Word::To)) { // an infinitive: "to set", not "to the 20th"
            const DateToken *verb = at(k + 1);
            return verb && verb->isWord() && !verb->capitalized
                && (!verb->lex
                    || (verb->lex->word != Word::The && !verb->lex->month && !verb->lex->weekday
                        && verb->lex->unit == Unit::None && verb->lex->number < 0 && !verb->lex->ordinal));
        }
        // ("on the 17th the two armies met": an article opens what follows)
        return isWord(k, Word::At) || isWord(k, Word::In) || isWord(k, Word::Conjunction) || isWord(k, Word::The)
            || isWord(k, Word::A) || isWord(k, Word::An);
    };
    if (the && !of && !m.weekday && !m.endDay && at(j)->isNumber() && ordinalNumber(j)
        && (isWord(i - 1, Word::On) || isWord(i - 1, Word::By) || isWord(i - 1, Word::Until)
            || isWord(i - 1, Word::Since) || isWord(i - 1, Word::For))
        && endsDay(next)) {
        m.kind = Mention::Kind::Calendar;
        m.yearMode = YearMode::Infer;
        m.last = next - 1;
        return true;
    }
    if ((wordOrdinal || the) && !of)
        return false;
    const Part month = monthName(next, true);
    if (!month) {
        // "on 3 and 4 November", "on 5, 6 and 7 January": each day of a list takes the month at its end
        const bool listed = !m.endDay && !of && at(j)->isNumber()
            && (isWord(i - 1, Word::On) || (isPunct(i - 1, u',') && at(i - 2) && at(i - 2)->isNumber()));
        for (int k = next; listed && k < next + 12 && at(k);) {
            if (isPunct(k, u',') || isWord(k, Word::And)) {
                ++k;
                continue;
            }
            const Part other = dayOfMonth(k);
            if (!other || !at(k)->isNumber())
                break;
            if (const Part end = monthName(other.next, true)) {
                m.kind = Mention::Kind::Calendar;
                m.month = end.value;
                Mention year = m;
                attachYear(end.next, year);
                m.yearMode = year.yearMode == YearMode::Explicit && year.year ? YearMode::Explicit : YearMode::Infer;
                m.year = m.yearMode == YearMode::Explicit ? year.year : 0;
                m.last = next - 1;
                if (!validDay(m.year, m.month, m.day))
                    m.kind = Mention::Kind::Reject;
                return true;
            }
            k = other.next;
        }
        return false;
    }
    m.kind = Mention::Kind::Calendar;
    m.month = month.value;
    if (m.endDay)
        m.endMonth = m.month;
    // "from 1 January to 30 June 2022", "between 1 March and 31 May": a range across months, whose year
    // is written once, at its end
    int afterMonth = month.next;
    if (!m.endDay
        && (isWord(afterMonth, Word::To) || isWord(afterMonth, Word::Through) || isWord(afterMonth, Word::Until)
            || (isPunct(afterMonth, u'-') && !joined(afterMonth + 1))
            || (isWord(i - 1, Word::Between) && isWord(afterMonth, Word::And)))) {
        if (const Part day2 = dayOfMonth(afterMonth + 1)) {
            if (const Part month2 = monthName(day2.next, true); month2 && month2.value != m.month) {
                m.endDay = day2.value;
                m.endMonth = month2.value;
                m.rangeEnd = afterMonth + 1;
                afterMonth = month2.next;
            }
        }
    }
    next = attachYear(afterMonth, m);
    if (m.yearMode == YearMode::Explicit && !m.year)
        m.yearMode = YearMode::Infer;
    if (m.yearMode == YearMode::Explicit && m.endMonth && m.endMonth < m.month)
        --m.year; // "29 December to 2 January 2026" began in 2025
    m.last = partAt >= 0 && !m.endDay ? partAt : next - 1;
    if (!validDay(m.yearMode == YearMode::Explicit ? m.year : 0, m.month, m.day)
        || (m.endDay && !validDay(m.yearMode == YearMode::Explicit ? m.year : 0, m.endMonth, m.endDay)))
        m.kind = Mention::Kind::Reject;
    return true;
}

bool DateRecognizer::matchNumeric(int i, Mention &m) const
{
    const DateToken *a = at(i);
    if (!a->isNumber() || a->number < 0)
        return false;
    if (i > 0 && joined(i) && (at(i - 1)->isNumber() || isPunct(i - 1, u'/') || isPunct(i - 1, u'-')))
        return false;
    const DateToken *s1 = at(i + 1);
    const DateToken *b = at(i + 2);
    const DateToken *s2 = at(i + 3);
    const DateToken *c = at(i + 4);
    if (!s1 || !b || !s2 || !c || s1->kind != DateToken::Kind::Punct || s1->ch != s2->ch || !b->isNumber()
        || !c->isNumber() || s1->spaceBefore || b->spaceBefore || s2->spaceBefore || c->spaceBefore)
        return false;
    // "Orion version 2020.2.1", "API version 2010-08-31", "build 2004.10.2": a number of a release, not a day
    if (sameWordAsAny(wordText(i - 1),
                      {QLatin1StringView("version"), QLatin1StringView("versions"), QLatin1StringView("release"),
                       QLatin1StringView("build"), QLatin1StringView("firmware"), QLatin1StringView("v")})) {
        m.kind = Mention::Kind::Reject;
        m.last = i + 4;
        return true;
    }
    const char16_t sep = s1->ch;
    int y = 0;
    int mo = 0;
    int d = 0;
    if ((sep == u'-' || sep == u'/' || sep == u'.') && a->digits == 4 && b->digits <= 2 && c->digits <= 2) {
        y = a->number; // 2025-11-19, 2025/11/19
        mo = b->number;
        d = c->number;
    } else if ((sep == u'/' || sep == u'.' || sep == u'-') && a->digits <= 2 && b->digits <= 2
               && (c->digits == 4 || (sep == u'/' && c->digits == 2))) {
        y = c->digits == 4 ? c->number : (c->number >= 30 ? 1900 + c->number : 2000 + c->number);
        // Month first as in American news, unless the first number cannot be a month or the text writes its
        // dates day first
        const bool dayFirst = sep == u'.' || a->number > 12 || (b->number <= 12 && m_habits && m_habits->dayFirst());
        mo = dayFirst ? b->number : a->number;
        d = dayFirst ? a->number : b->number;
    } else {
        return false;
    }
    // A fifth number glued on ("1/2/3/4") makes a code, not a date; a full stop after it ends the sentence
    // ("on 17.11.2025.")
    if (at(i + 5) && joined(i + 5)
        && (at(i + 5)->isNumber() || (isPunct(i + 5, sep) && (sep != u'.' || (at(i + 6) && joined(i + 6))))))
        return false;
    m.kind = QDate::isValid(y, mo, d) ? Mention::Kind::Calendar : Mention::Kind::Reject;
    m.year = y;
    m.month = mo;
    m.day = d;
    m.last = i + 4;
    return true;
}

bool DateRecognizer::matchYearish(int i, Mention &m) const
{
    int j = i;
    const bool the = isWord(j, Word::The);
    if (the)
        ++j;
    bool fiscal = false;
    if (isWord(j, Word::Fiscal)) {
        fiscal = true;
        ++j;
        if (isWord(j, Word::Year))
            ++j;
    } else if (isWord(j, Word::FiscalYear)) {
        fiscal = true;
        ++j;
    }
    // Decades: "the 1990s", "1990s", "the '90s", "the nineties"
    if (const DateToken *t = at(j)) {
        if (t->isNumber() && t->digits == 4 && t->number % 10 == 0 && isWord(j + 1, Word::LetterS) && joined(j + 1)) {
            m.kind = Mention::Kind::Calendar;
            m.decade = t->number / 10;
            m.last = j + 1;
            return true;
        }
        if (t->isPunct(u'\'') && at(j + 1) && at(j + 1)->isNumber() && at(j + 1)->digits == 2
            && at(j + 1)->number % 10 == 0 && joined(j + 1) && isWord(j + 2, Word::LetterS) && joined(j + 2)) {
            const int two = at(j + 1)->number;
            m.kind = Mention::Kind::Calendar;
            m.decade = (two >= 30 ? 1900 + two : 2000 + two) / 10;
            m.last = j + 2;
            return true;
        }
        // "the nineteen sixties", "the late nineteen-nineties": the century told in words before the decade
        const bool modified = isWord(j - 1, Word::Early) || isWord(j - 1, Word::Mid) || isWord(j - 1, Word::Late);
        const int decadeAt = isPunct(j + 1, u'-') && joined(j + 1) ? j + 2 : j + 1;
        if ((the || modified) && t->isWord() && t->lex && (t->lex->number == 19 || t->lex->number == 20) && at(decadeAt)
            && at(decadeAt)->lex && at(decadeAt)->lex->word == Word::DecadeWord) {
            m.kind = Mention::Kind::Calendar;
            m.decade = t->lex->number * 10 + at(decadeAt)->lex->number / 10;
            m.last = decadeAt;
            return true;
        }
        // "Back in '98", "the blizzard of '78", "since '05": a year cut to two digits after a preposition (not a quote
        // that opens on a number: "said '98 percent'")
        if (!the && !fiscal && t->isPunct(u'\'') && at(j + 1) && at(j + 1)->isNumber() && at(j + 1)->digits == 2
            && joined(j + 1) && t->spaceBefore && !(at(j + 2) && joined(j + 2) && at(j + 2)->isWord())
            && (isWord(j - 1, Word::In) || isWord(j - 1, Word::Of) || isWord(j - 1, Word::Since)
                || isWord(j - 1, Word::Until) || isWord(j - 1, Word::From) || isWord(j - 1, Word::During))
            && !sameWordAsAny(wordText(j + 2), {QLatin1StringView("percent"), QLatin1StringView("per")})) {
            const int two = at(j + 1)->number;
            m.kind = Mention::Kind::Calendar;
            m.year = two >= 30 ? 1900 + two : 2000 + two;
            m.yearMode = YearMode::Explicit;
            m.last = j + 1;
            return true;
        }
        if (the && t->isWord() && t->lex && t->lex->word == Word::DecadeWord) {
            m.kind = Mention::Kind::Calendar;
            m.decade = 190 + t->lex->number / 10;
            m.last = j;
            return true;
        }
        // "the turn of the century", "the turn of the 20th century", "the turn of the millennium"
        if (the && isWord(j, Word::Turn) && isWord(j + 1, Word::Of) && isWord(j + 2, Word::The)) {
            const DateToken *u = at(j + 3);
            if (u && u->lex && !u->lex->plural && (u->lex->unit == Unit::Century || u->lex->unit == Unit::Millennium)) {
                m.kind = Mention::Kind::Calendar;
                m.centuryTurn = true;
                m.decade = u->lex->unit == Unit::Millennium ? 200 : 0;
                if (!m.decade)
                    m.yearMode = YearMode::Infer;
                m.last = j + 3;
                return true;
            }
            if (const Part ordinal = ordinalNumber(j + 3); ordinal && ordinal.value >= 2 && ordinal.value <= 21
                && at(ordinal.next) && at(ordinal.next)->lex && at(ordinal.next)->lex->unit == Unit::Century
                && !at(ordinal.next)->lex->plural) {
                m.kind = Mention::Kind::Calendar;
                m.centuryTurn = true;
                m.decade = (ordinal.value - 1) * 10;
                m.last = ordinal.next;
                return true;
            }
        }
        // Centuries: "the 20th century", "the twentieth century"
        if (const Part ordinal = ordinalNumber(j); ordinal && ordinal.value >= 1 && ordinal.value <= 30) {
            if (at(ordinal.next) && at(ordinal.next)->lex && at(ordinal.next)->lex->unit == Unit::Century
                && !at(ordinal.next)->lex->plural) {
                m.kind = Mention::Kind::Calendar;
                m.century = ordinal.value - 1;
                m.last = ordinal.next;
                return true;
            }
        }
    }
    Part y = year(j, fiscal || the);
    // "FY23", "FY98": a fiscal year of two digits glued to its letters
    if (!y && fiscal && isWord(j - 1, Word::FiscalYear) && at(j) && at(j)->isNumber() && at(j)->digits == 2
        && joined(j))
        y = {at(j)->number + (at(j)->number < 70 ? 2000 : 1900), j + 1};
    if (!y) {
        y = spelledYear(j);
        if (!y && isWord(j, Word::Year) && the) // "the year two thousand", "the year 2000"
            y = spelledYear(j + 1) ? spelledYear(j + 1) : year(j + 1, true);
        if (!y)
            return false;
    }
    m.kind = Mention::Kind::Calendar;
    m.year = y.value;
    m.last = y.next - 1;
    // "FY2025-26", "fiscal 2024-25": one fiscal year across two calendar ones, named by its first
    if (fiscal && isPunct(y.next, u'-') && joined(y.next) && joined(y.next + 1) && at(y.next + 1)->isNumber()
        && at(y.next + 1)->number % 100 == (y.value + 1) % 100) {
        m.last = y.next + 1;
        return true;
    }
    // "2025-11" is a month; "2010-11" rather the span of two years, a year of its own each
    int k = y.next;
    if (isPunct(k, u'-') && joined(k) && joined(k + 1) && at(k + 1)->isNumber() && at(k + 1)->digits == 2
        && at(k + 1)->number >= 1 && at(k + 1)->number <= 12 && at(k + 1)->number <= y.value % 100
        && !(at(k + 2) && !at(k + 2)->spaceBefore && (at(k + 2)->isNumber() || isPunct(k + 2, u'-')))) {
        m.month = at(k + 1)->number;
        m.last = k + 1;
        if (the && !fiscal)
            m.first = j;
        return true;
    }
    // "the 1988 third quarter", "the 1988 quarter", "the 1988 period"
    if (const Part ordinal = ordinalNumber(k); ordinal && ordinal.value >= 1 && ordinal.value <= 4) {
        int q = ordinal.next;
        if (isPunct(q, u'-') && joined(q))
            ++q;
        if (at(q) && at(q)->lex && at(q)->lex->unit == Unit::Quarter && !at(q)->lex->plural) {
            m.quarter = ordinal.value;
            m.last = q;
            return true;
        }
    }
    if (the && at(k) && at(k)->lex && (at(k)->lex->word == Word::Period || at(k)->lex->unit == Unit::Quarter)
        && !at(k)->lex->plural) {
        m.samePeriod = true;
        m.last = k;
        return true;
    }
    if (the && !fiscal && !isWord(y.next - 1, Word::Thousand) && !(at(j) && at(j)->isWord()))
        m.first = j; // "the 1990 budget": the article belongs to the noun, not to the year
    if (fiscal && !the)
        m.first = i;
    return true;
}

bool DateRecognizer::matchQuarter(int i, Mention &m) const
{
    int j = i;
    bool determiner = false;
    if (isWord(j, Word::The) || isWord(j, Word::Its) || isWord(j, Word::Their)) {
        determiner = true;
        ++j;
    }
    // "this year's third quarter", "next year's first quarter", "last year's quarter"
    if (at(j) && at(j)->lex
        && (at(j)->lex->word == Word::This || at(j)->lex->word == Word::Last || at(j)->lex->word == Word::Next)
        && isWord(j + 1, Word::Year) && isPunct(j + 2, u'\'') && joined(j + 2) && isWord(j + 3, Word::LetterS)) {
        const Word w = at(j)->lex->word;
        m.yearMode = YearMode::Offset;
        m.yearOffset = w == Word::Last ? -1 : w == Word::Next ? 1 : 0;
        j += 4;
    } else {
        m.yearMode = YearMode::Infer;
    }
    if (isWord(j, Word::Fiscal)) {
        ++j;
        if (isPunct(j, u'-') && joined(j))
            ++j;
    }
    // "Q3 2025", "H1 2026", "in H2" (not the H1N1 virus, nor a road called H2)
    const bool quarterCode = isWord(j, Word::LetterQ);
    if ((quarterCode || isWord(j, Word::LetterH)) && at(j)->capitalized && at(j + 1) && at(j + 1)->isNumber()
        && joined(j + 1) && at(j + 1)->number >= 1 && at(j + 1)->number <= (quarterCode ? 4 : 2)
        && !(at(j + 2) && joined(j + 2) && (at(j + 2)->isWord() || at(j + 2)->isNumber()))) {
        Mention code = m;
        code.kind = Mention::Kind::Calendar;
        (quarterCode ? code.quarter : code.half) = at(j + 1)->number;
        const int next = attachYear(j + 2, code);
        const bool halfInContext = next > j + 2 || isWord(j - 1, Word::In) || isWord(j - 1, Word::During)
            || isWord(j - 1, Word::By) || isWord(j - 1, Word::For);
        if (quarterCode || halfInContext) {
            m = code;
            m.last = next - 1;
            return true;
        }
    }
    Part ordinal = ordinalNumber(j);
    // "the last half of 1989" is its second half, "the final quarter of 2008" its fourth
    if (!ordinal && determiner && (isWord(j, Word::Last) || isWord(j, Word::Final)) && isWord(j + 2, Word::Of)
        && (year(j + 3, true) || spelledYear(j + 3)) && at(j + 1) && at(j + 1)->lex && !at(j + 1)->lex->plural) {
        if (isWord(j + 1, Word::Half))
            ordinal = {2, j + 1};
        else if (at(j + 1)->lex->unit == Unit::Quarter)
            ordinal = {4, j + 1};
    }
    if (!ordinal || ordinal.value < 1 || ordinal.value > 4)
        return false;
    int k = ordinal.next;
    if (isPunct(k, u'-') && joined(k))
        ++k;
    const DateToken *u = at(k);
    if (!u || !u->lex || u->lex->plural)
        return false;
    if (u->lex->unit == Unit::Quarter) {
        m.quarter = ordinal.value;
    } else if (u->lex->word == Word::Half && ordinal.value <= 2) {
        m.half = ordinal.value;
        // ("first-half operating profit": as an adjective of results it needs no article; a "second-half goal" is
        // a match's)
        const auto results = [&](int r) {
            return sameWordAsAny(wordText(r),
                                 {QLatin1StringView("profit"), QLatin1StringView("profits"),
                                  QLatin1StringView("earnings"), QLatin1StringView("results"),
                                  QLatin1StringView("sales"), QLatin1StringView("revenue"), QLatin1StringView("loss"),
                                  QLatin1StringView("growth")});
        };
        const bool ofResults =
            isPunct(ordinal.next, u'-') && joined(ordinal.next) && (results(k + 1) || results(k + 2));
        if (!determiner && !isWord(k + 1, Word::Of) && !ofResults)
            return false;
    } else {
        return false;
    }
    m.kind = Mention::Kind::Calendar;
    int next = k + 1;
    // "the second half of September": the month (TIMEX3 has no half of one)
    if (m.half && isWord(next, Word::Of) && at(next + 1) && at(next + 1)->lex && at(next + 1)->lex->month
        && at(next + 1)->capitalized) {
        m.month = at(next + 1)->lex->month;
        m.half = 0;
        m.yearMode = YearMode::Infer;
        m.last = attachYear(next + 2, m) - 1;
        return true;
    }
    Mention withYear = m;
    const int afterYear = attachYear(next, withYear);
    if (afterYear != next) {
        m = withYear;
        next = afterYear;
    } else if (isWord(next, Word::Of) && isWord(next + 1, Word::The) && isWord(next + 2, Word::Year)) {
        next += 3; // "the first half of the year"
    } else if (isWord(next, Word::And)) {
        // ("Fourth Quarter and Full Year 2010 Results", "its fourth quarter and full-year 2024 results": the year
        // written after the full year is the quarter's too)
        int k2 = next + 1;
        if (isWord(k2, Word::Full)) {
            k2 += isPunct(k2 + 1, u'-') ? 2 : 1;
            if (isWord(k2, Word::Year))
                if (const Part y = year(k2 + 1, true)) {
                    m.yearMode = YearMode::Explicit;
                    m.year = y.value;
                }
        }
    }
    m.last = next - 1;
    // ("Bonucci bundled in an equaliser midway through the second half", "an interception late in the second
    // quarter": a period of a game, in a sentence of play with no year's results in it)
    if (m.yearMode == YearMode::Infer && afterYear == k + 1 && !isWord(k + 1, Word::Of) && playInSentence(i)) {
        m.kind = Mention::Kind::Reject;
        return true;
    }
    // A possessive belongs to the noun phrase, not to the date ("its fourth quarter"); so does the
    // article before a quarter used as an adjective ("the third-quarter loss")
    const bool adjectival = isPunct(ordinal.next, u'-') && joined(ordinal.next);
    if (determiner && m.first == i && (!isWord(i, Word::The) || adjectival))
        m.first = i + 1;
    return true;
}

bool DateRecognizer::playInSentence(int i) const
{
    // (the words around the period, in its sentence: a line with no full stop is not read whole for each one)
    const DateToken *t = at(i);
    int start = i;
    while (start > 0 && start > i - playReach && at(start - 1)->sentence == t->sentence)
        --start;
    bool play = false;
    for (int k = start; k <= i + playReach && at(k) && at(k)->sentence == t->sentence; ++k) {
        const QStringView word = wordText(k);
        if ((at(k)->lex && at(k)->lex->word == Word::Fiscal)
            || sameWordAsAny(word,
                             {QLatin1StringView("profit"), QLatin1StringView("profits"), QLatin1StringView("earnings"),
                              QLatin1StringView("revenue"), QLatin1StringView("sales"), QLatin1StringView("results"),
                              QLatin1StringView("growth"), QLatin1StringView("economy"), QLatin1StringView("year")}))
            return false;
        play = play
            || sameWordAsAny(
                   word,
                   {QLatin1StringView("goal"),         QLatin1StringView("scored"),      QLatin1StringView("touchdown"),
                    QLatin1StringView("interception"), QLatin1StringView("penalty"),     QLatin1StringView("equaliser"),
                    QLatin1StringView("equalizer"),    QLatin1StringView("header"),      QLatin1StringView("kick"),
                    QLatin1StringView("kicked"),       QLatin1StringView("quarterback"), QLatin1StringView("striker"),
                    QLatin1StringView("halftime"),     QLatin1StringView("substitute"),  QLatin1StringView("match"),
                    QLatin1StringView("game"),         QLatin1StringView("scrum"),       QLatin1StringView("card"),
                    QLatin1StringView("wicket"),       QLatin1StringView("rebound"),     QLatin1StringView("basket")});
    }
    return play;
}

bool DateRecognizer::matchSeason(int i, Mention &m) const
{
    int j = i;
    const bool the = isWord(j, Word::The);
    if (the)
        ++j;
    const DateToken *t = at(j);
    if (!t || !t->lex || !t->lex->season || t->lex->plural)
        return false;
    // "the Spring Festival": a feast's name
    if (int feastEnd = 0; namedFeast(j, feastEnd))
        return false;
    m.kind = Mention::Kind::Calendar;
    m.season = t->lex->season;
    m.yearMode = YearMode::Infer;
    const int next = attachYear(j + 1, m);
    if (m.yearMode == YearMode::Infer) {
        // "spring" and "fall" are also a noun and a verb: take them with an article or a year, after a
        // preposition of time ("no rain since spring", not "in spring water"), or after another season ("late
        // summer and fall")
        const DateToken *after = at(j + 1);
        const bool nounAfter = after && after->isWord() && !after->lex && !after->capitalized;
        // ("will come in late spring": and before the part of the season named)
        const int p = isWord(j - 1, Word::Late) || isWord(j - 1, Word::Early) ? j - 2 : j - 1;
        const bool timePreposition = isWord(p, Word::Since) || isWord(p, Word::In) || isWord(p, Word::Until)
            || isWord(p, Word::Through) || isWord(p, Word::During) || isWord(p, Word::By)
            || sameWord(wordText(p), QLatin1StringView("into"));
        const bool afterSeason = (isWord(j - 1, Word::And) || isWord(j - 1, Word::Or)) && at(j - 2) && at(j - 2)->lex
            && at(j - 2)->lex->season && !at(j - 2)->lex->plural;
        if (!the && (m.season == 1 || m.season == 3) && !((timePreposition || afterSeason) && !nounAfter))
            return false;
        if (isWord(j + 1, Word::Of)) // "the fall of the city"
            return false;
        // "a winter weather system", "a summer job": a season before its noun, any winter, any summer ("a
        // winter in which temperatures fell" is one)
        // ("my winter fuel payment": so does a possessive's)
        // ("A major winter storm", "a sprawling winter storm": and after the article's adjectives)
        const DateToken *noun = at(j + 1);
        int article = j - 1;
        while (article > j - 3 && at(article) && at(article)->isWord() && !at(article)->lex
               && !at(article)->capitalized)
            --article;
        if (article < j - 1 && !(isWord(article, Word::A) || isWord(article, Word::An)))
            article = j - 1;
        if (!the && (isWord(article, Word::A) || isWord(article, Word::An) || possessive(article)) && noun
            && noun->isWord() && !noun->lex && !noun->capitalized && noun->sentence == t->sentence)
            return false;
        if (isPunct(j + 1, u'-')
            || (at(j + 1) && at(j + 1)->isWord() && at(j + 1)->lex && at(j + 1)->lex->unit != Unit::None))
            return false;
    }
    m.last = next - 1;
    return true;
}

namespace {

// A named day by its words: "'" and "." stand for those marks, "s" for the possessive's letter
struct FeastName
{
    const char16_t *words[6];
    int holiday;
};

constexpr FeastName feastNames[] = {
    {{u"Boxing", u"Day"}, boxingDay},
    {{u"St", u"Stephen", u"'", u"s", u"Day"}, boxingDay}, // December 26 in Ireland
    {{u"St", u".", u"Stephen", u"'", u"s", u"Day"}, boxingDay},
    {{u"Saint", u"Stephen", u"'", u"s", u"Day"}, boxingDay},
    {{u"Memorial", u"Day"}, memorialDay},
    {{u"Labor", u"Day"}, laborDay},
    {{u"Labour", u"Day"}, mayDay},
    {{u"May", u"Day"}, mayDay},
    {{u"Workers", u"'", u"Day"}, mayDay},
    {{u"Veterans", u"Day"}, armisticeDay},
    {{u"Veterans", u"'", u"Day"}, armisticeDay},
    {{u"Veteran", u"'", u"s", u"Day"}, armisticeDay},
    {{u"Armistice", u"Day"}, armisticeDay},
    {{u"Remembrance", u"Day"}, armisticeDay},
    {{u"Remembrance", u"Sunday"}, remembranceSunday},
    {{u"Valentine", u"'", u"s", u"Day"}, valentinesDay},
    {{u"St", u"Patrick", u"'", u"s", u"Day"}, stPatricksDay},
    {{u"St", u".", u"Patrick", u"'", u"s", u"Day"}, stPatricksDay},
    {{u"Saint", u"Patrick", u"'", u"s", u"Day"}, stPatricksDay},
    {{u"Martin", u"Luther", u"King", u"Day"}, kingDay},
    {{u"Martin", u"Luther", u"King", u"Jr", u".", u"Day"}, kingDay},
    {{u"Martin", u"Luther", u"King", u"Jr", u"Day"}, kingDay},
    {{u"MLK", u"Day"}, kingDay},
    {{u"Presidents", u"Day"}, presidentsDay},
    {{u"Presidents", u"'", u"Day"}, presidentsDay},
    {{u"President", u"'", u"s", u"Day"}, presidentsDay},
    {{u"Juneteenth"}, juneteenth},
    {{u"Bonfire", u"Night"}, bonfireNight},
    {{u"Guy", u"Fawkes", u"Night"}, bonfireNight},
    {{u"Bastille", u"Day"}, bastilleDay},
    {{u"Australia", u"Day"}, australiaDay},
    {{u"Anzac", u"Day"}, anzacDay},
    {{u"ANZAC", u"Day"}, anzacDay},
    {{u"Waitangi", u"Day"}, waitangiDay},
    {{u"Canada", u"Day"}, canadaDay},
    {{u"Ash", u"Wednesday"}, ashWednesday},
    {{u"Shrove", u"Tuesday"}, shroveTuesday},
    {{u"Pancake", u"Day"}, shroveTuesday},
    {{u"Mardi", u"Gras"}, shroveTuesday},
    {{u"Ascension", u"Day"}, ascensionDay},
    {{u"Pentecost", u"Sunday"}, pentecost},
    {{u"Pentecost"}, pentecost},
    {{u"Whit", u"Sunday"}, pentecost},
    {{u"Whitsunday"}, pentecost},
    {{u"Whitsun"}, pentecost},
    {{u"Whit", u"Monday"}, whitMonday},
    {{u"Columbus", u"Day"}, columbusDay},
    {{u"Indigenous", u"Peoples", u"'", u"Day"}, columbusDay},
    {{u"Mother", u"'", u"s", u"Day"}, mothersDay},
    {{u"Father", u"'", u"s", u"Day"}, fathersDay},
    {{u"Mothering", u"Sunday"}, motheringSunday},
    {{u"Victoria", u"Day"}, victoriaDay},
    {{u"Nowruz"}, nowruz},
    {{u"Norooz"}, nowruz},
    {{u"Navroz"}, nowruz},
    {{u"Newroz"}, nowruz},
    {{u"Victory", u"Day"}, victoryDay},
    {{u"All", u"Saints", u"'", u"Day"}, allSaintsDay},
    {{u"All", u"Souls", u"'", u"Day"}, allSoulsDay},
    {{u"Day", u"of", u"the", u"Dead"}, allSoulsDay},
    {{u"Inauguration", u"Day"}, inaugurationDay},
    {{u"Hogmanay"}, 4},
    {{u"Rosh", u"Hashanah"}, roshHashanah},
    {{u"Rosh", u"Hashana"}, roshHashanah},
    {{u"Yom", u"Kippur"}, yomKippur},
    {{u"Sukkot"}, sukkot},
    {{u"Succot"}, sukkot},
    {{u"Simchat", u"Torah"}, simchatTorah},
    {{u"Shemini", u"Atzeret"}, simchatTorah},
    {{u"Hanukkah"}, hanukkah},
    {{u"Hanukah"}, hanukkah},
    {{u"Chanukah"}, hanukkah},
    {{u"Passover"}, passover},
    {{u"Pesach"}, passover},
    {{u"Purim"}, purim},
    {{u"Lunar", u"New", u"Year", u"'", u"s", u"Eve"}, lunarNewYearsEve},
    {{u"Chinese", u"New", u"Year", u"'", u"s", u"Eve"}, lunarNewYearsEve},
    {{u"Lunar", u"New", u"Year"}, lunarNewYear},
    {{u"Chinese", u"New", u"Year"}, lunarNewYear},
    {{u"Spring", u"Festival"}, lunarNewYear},
    {{u"Tet"}, lunarNewYear},
    {{u"Mid", u"-", u"Autumn", u"Festival"}, midAutumnFestival},
    {{u"Moon", u"Festival"}, midAutumnFestival},
    {{u"Diwali"}, diwali},
    {{u"Deepavali"}, diwali},
    {{u"Dhanteras"}, dhanteras},
    {{u"Holi"}, holi},
    {{u"Hallowe", u"'", u"en"}, 7},
};

} // namespace

int DateRecognizer::namedFeast(int i, int &next) const
{
    const DateToken *first = at(i);
    if (!first || !first->isWord() || !first->capitalized)
        return 0;
    const QStringView head = wordText(i);
    // Most capitalized words are names. A bit per initial and length turns nearly all of them away before a look in
    // the sorted first words, which costs a string comparison for each step.
    struct FirstWords
    {
        std::vector<QStringView> sorted;
        std::array<std::uint32_t, 26> lengthsByInitial {};
    };
    static const FirstWords firstWords = [] {
        FirstWords words;
        for (const FeastName &feast : feastNames) {
            const QStringView word(feast.words[0]);
            words.sorted.push_back(word);
            words.lengthsByInitial[std::size_t(word[0].unicode() - u'A')] |= 1u << std::min<qsizetype>(word.size(), 31);
        }
        std::ranges::sort(words.sorted);
        return words;
    }();
    const char16_t initial = head[0].unicode();
    if (initial < u'A' || initial > u'Z'
        || !(firstWords.lengthsByInitial[std::size_t(initial - u'A')] & (1u << std::min<qsizetype>(head.size(), 31)))
        || !std::ranges::binary_search(firstWords.sorted, head))
        return 0;
    for (const FeastName &feast : feastNames) {
        if (head != QStringView(feast.words[0]))
            continue;
        int k = i + 1;
        bool matched = true;
        for (int w = 1; w < 6 && feast.words[w] && matched; ++w, ++k) {
            const QStringView word(feast.words[w]);
            const DateToken *t = at(k);
            if (word == u"'" || word == u"." || word == u"-")
                matched = t && t->isPunct(word[0].unicode());
            else
                matched = t && t->isWord() && t->sentence == first->sentence
                    && wordText(k).compare(word, Qt::CaseInsensitive) == 0;
        }
        if (matched) {
            next = k;
            return feast.holiday;
        }
    }
    return 0;
}

bool DateRecognizer::matchHoliday(int i, Mention &m) const
{
    const DateToken *t = at(i);
    int next = i + 1;
    if (const int feast = namedFeast(i, next)) {
        // "the Yom Kippur War", "the Passover massacre" is a day, "the Tet Offensive" a name
        const DateToken *after = at(next);
        static constexpr QStringView names[] = {u"War", u"Offensive", u"Agreement", u"Accords", u"Rising", u"Uprising"};
        if (after && after->isWord() && after->capitalized
            && std::ranges::find(names, wordText(next)) != std::end(names)) {
            m.kind = Mention::Kind::Reject;
            m.last = next;
            return true;
        }
        m.holiday = feast;
        return endHoliday(next, m);
    }
    // "in the new year": the year that begins on the coming or last January 1; "through New Year": that day (not
    // "the Lunar New Year", "the Persian new year", "a New Year Honours list", "his New Year greeting", "the new
    // year's budget", "the second day of the new year")
    if (const int word = isWord(i, Word::The) ? i + 1 : i; isWord(word, Word::New) && isWord(word + 1, Word::Year)
        && (word > i ? !at(word)->capitalized : at(word)->capitalized && !isWord(i - 1, Word::The))
        && at(word)->capitalized == at(word + 1)->capitalized && !isPunct(word + 2, u'\'')) {
        const DateToken *after = at(word + 2);
        const DateToken *before = at(i - 1);
        if ((after && after->isWord() && !after->lex && after->sentence == t->sentence)
            || (word == i && before && before->isWord() && before->capitalized && before->sentence == t->sentence)
            || isWord(i - 1, Word::Of))
            return false;
        m.holiday = 3;
        m.unit = word == i ? Unit::None : Unit::Year; // "through New Year" is its first day
        m.kind = Mention::Kind::Calendar;
        m.yearMode = YearMode::Infer;
        m.last = word + 1;
        return true;
    }
    if (!t->isWord() || !t->lex || !t->capitalized)
        return false;
    const auto dayWord = [&](int k) {
        return at(k) && at(k)->lex && at(k)->lex->unit == Unit::Day && !at(k)->lex->plural && at(k)->capitalized;
    };
    switch (t->lex->word) {
    case Word::Christmas:
        m.holiday = 1;
        if (isWord(next, Word::Eve)) {
            m.holiday = 2;
            ++next;
        } else if (dayWord(next)) {
            ++next;
        }
        break;
    case Word::New:
        if (!isWord(next, Word::Year) || !isPunct(next + 1, u'\'') || !isWord(next + 2, Word::LetterS))
            return false;
        next += 3;
        if (dayWord(next)) {
            m.holiday = 3;
        } else if (isWord(next, Word::Eve)) {
            m.holiday = 4;
        } else if (!at(next) || at(next)->sentence != t->sentence || at(next)->kind == DateToken::Kind::Punct
                   || isWord(next, Word::And) || isWord(next, Word::Or)) {
            m.holiday = 3; // "right after New Year's," (not "New Year's resolutions")
            --next;
        } else {
            return false;
        }
        ++next;
        break;
    case Word::Thanksgiving:
        m.holiday = 5;
        if (dayWord(next))
            ++next;
        break;
    case Word::Easter:
        // "the Easter Rising", "the Easter Vigil": a name
        if (isWord(i - 1, Word::The) && at(next) && at(next)->isWord() && at(next)->capitalized && !at(next)->lex)
            return false;
        m.holiday = 6;
        if (at(next) && at(next)->lex && at(next)->lex->weekday == 7 && at(next)->capitalized) {
            ++next;
        } else if (at(next) && at(next)->lex && at(next)->lex->weekday == 1 && at(next)->capitalized) {
            m.holiday = 12; // Easter Monday
            ++next;
        }
        break;
    case Word::Palm:
    case Word::Good:
    case Word::Holy: {
        // "Palm Sunday", "Good Friday", "Holy Thursday", but not "the Good Friday Agreement" (the "Holy Thursday
        // Mass" is on that day)
        const Word w = t->lex->word;
        const int weekday = w == Word::Palm ? 7 : w == Word::Good ? 5 : 4;
        if (!at(next) || !at(next)->lex || at(next)->lex->weekday != weekday || !at(next)->capitalized)
            return false;
        if (w != Word::Holy && at(next + 1) && at(next + 1)->isWord() && at(next + 1)->capitalized
            && !at(next + 1)->lex) {
            m.kind = Mention::Kind::Reject; // a name that holds the day names no date
            m.last = next + 1;
            return true;
        }
        m.holiday = w == Word::Palm ? 10 : w == Word::Good ? 11 : holyThursdayHoliday;
        ++next;
        break;
    }
    case Word::Orthodox:
        if (isWord(next, Word::Easter) && at(next)->capitalized) {
            m.holiday = 13;
        } else if (isWord(next, Word::Christmas) && at(next)->capitalized) {
            m.holiday = 14;
        } else {
            return false;
        }
        ++next;
        if (at(next) && at(next)->lex && (at(next)->lex->weekday == 7 || at(next)->lex->unit == Unit::Day)
            && at(next)->capitalized && !at(next)->lex->plural)
            ++next;
        break;
    case Word::Halloween:
        m.holiday = 7;
        break;
    case Word::Ramadan:
        // a surname after a given name ("Tariq Ramadan") is no month
        if (at(i - 1) && at(i - 1)->isWord() && at(i - 1)->capitalized && !at(i - 1)->lex
            && at(i - 1)->sentence == t->sentence)
            return false;
        m.holiday = ramadanHoliday;
        break;
    case Word::Eid: {
        // "Eid al-Fitr", "Eid ul-Adha", "Eid-al-Adha", "Eid el Fitr"
        int k = next;
        if (isPunct(k, u'-'))
            ++k;
        if (at(k) && at(k)->isWord() && !at(k)->lex && at(k)->end - at(k)->start == 2)
            ++k;
        if (isPunct(k, u'-'))
            ++k;
        if (!isWord(k, Word::Fitr) && !isWord(k, Word::Adha)) {
            // "ahead of Eid", "the Eid holidays": one of the two feasts, capitalized, not in a name ("Eid Mubarak"
            // is a greeting, "Mohamed Eid" a person)
            const DateToken *p = at(i - 1);
            if (!t->capitalized || (p && p->isWord() && p->capitalized && !p->lex && p->sentence == t->sentence)
                || (at(next) && at(next)->isWord() && at(next)->capitalized && !at(next)->lex))
                return false;
            m.holiday = eidHoliday;
            break;
        }
        m.holiday = isWord(k, Word::Fitr) ? eidAlFitrHoliday : eidAlAdhaHoliday;
        next = k + 1;
        break;
    }
    case Word::Independence:
    case Word::Election:
        if (!dayWord(next))
            return false;
        // "Ukraine marks its Independence Day", "Pakistan's Independence Day": another country's day,
        // whose date this calendar does not know
        if (t->lex->word == Word::Independence
            && (isWord(i - 1, Word::Its) || isWord(i - 1, Word::Their) || isWord(i - 1, Word::LetterS)
                || (at(i - 1) && at(i - 1)->isWord() && at(i - 1)->capitalized && !at(i - 1)->lex
                    && at(i - 1)->sentence == t->sentence))) {
            m.kind = Mention::Kind::Reject;
            m.last = next;
            return true;
        }
        m.holiday = t->lex->word == Word::Independence ? 8 : 9;
        ++next;
        break;
    default:
        return false;
    }
    return endHoliday(next, m);
}

bool DateRecognizer::endHoliday(int next, Mention &m) const
{
    m.kind = Mention::Kind::Calendar;
    m.yearMode = YearMode::Infer;
    // "Easter week": the week the holiday falls in; "the Memorial Day weekend", "the Easter long weekend": the weekend
    // beside it
    const DateToken *weekend = at(next + 1);
    if (sameWord(wordText(next), QLatin1StringView("long")) && weekend && weekend->isWord() && weekend->lex
        && weekend->lex->unit == Unit::Weekend && !weekend->lex->plural)
        ++next;
    if (isWord(next, Word::Week)) {
        m.unit = Unit::Week;
        ++next;
    } else if (const DateToken *t = at(next);
               t && t->isWord() && t->lex && t->lex->unit == Unit::Weekend && !t->lex->plural) {
        m.unit = Unit::Weekend;
        ++next;
    } else if (const DateToken *part = at(next); part && part->lex && !part->lex->plural
               && part->lex->partOfDay != PartOfDay::None && part->lex->partOfDay != PartOfDay::Day) {
        // "Christmas morning", "on Easter Sunday evening"
        next = attachPartOfDay(next, m);
    }
    next = attachYear(next, m);
    m.last = next - 1;
    return true;
}

} // namespace Sitrep::Dates
