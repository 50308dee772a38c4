// SPDX-License-Identifier: GPL-3.0-or-later
// Token helpers and the main loop. The patterns live in daterecognizercalendar.cpp (explicit dates)
// and daterecognizerrelative.cpp (relative, deictic, clock, duration and set expressions).
#include "dates/daterecognizer.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace Sitrep::Dates {

namespace {

bool validDay(int year, int month, int day)
{
    return QDate::isValid(year ? year : 2000, month, day);
}

} // namespace

DateRecognizer::DateRecognizer(const std::vector<DateToken> &tokens, QStringView text, const DateHabits *habits)
    : m_tokens(tokens)
    , m_text(text)
    , m_size(int(tokens.size()))
    , m_habits(habits)
{ }

bool writesDayFirst(QStringView text)
{
    bool dayFirst = false;
    bool monthFirst = false;
    bool numeric = false; // a numeric date is written at all
    // a run of one or two digits, its value, and where it ends
    const auto field = [&](qsizetype from, int &value) {
        qsizetype k = from;
        value = 0;
        while (k < text.size() && k - from < 3 && text[k].isDigit()) {
            value = value * 10 + text[k].digitValue();
            ++k;
        }
        return k - from >= 1 && k - from <= 2 && (k >= text.size() || !text[k].isDigit()) ? k : qsizetype(-1);
    };
    const auto separator = [&](qsizetype k) {
        return text[k] == u'/' || text[k] == u'-' || text[k] == u'.';
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isDigit() || (i > 0 && (text[i - 1].isDigit() || separator(i - 1))))
            continue;
        int first = 0;
        int second = 0;
        const qsizetype a = field(i, first);
        if (a < 0 || a + 1 >= text.size() || !separator(a))
            continue;
        const qsizetype b = field(a + 1, second);
        if (b < 0 || b + 4 >= text.size() || text[b] != text[a] || !text[b + 1].isDigit())
            continue;
        numeric = true;
        dayFirst = dayFirst || (first > 12 && first <= 31 && second >= 1 && second <= 12);
        monthFirst = monthFirst || (second > 12 && second <= 31 && first >= 1 && first <= 12);
        i = b;
    }
    if (dayFirst || monthFirst || !numeric)
        return dayFirst && !monthFirst;
    // No numeric date settles it: the order the text writes its dates in words does ("10 June 2010" against "June
    // 10, 2010"), as the papers of Britain, India or Kenya write both the same way
    static const QString months = QStringLiteral(
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
        "Jun|Jul|Aug|Sept?|Oct|Nov|Dec)");
    static const QRegularExpression dayMonth(QStringLiteral("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?") + months
                                             + QStringLiteral("\\b"));
    static const QRegularExpression monthDay(months + QStringLiteral("\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"));
    const auto count = [&](const QRegularExpression &pattern) {
        qsizetype found = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
            ++found;
        return found;
    };
    return count(dayMonth) > count(monthDay);
}

bool stampsLinesWithDottedClocks(QStringView text)
{
    int lines = 0;
    for (qsizetype k = 0; k < text.size() && lines < 2; ++k) {
        if (k > 0 && text[k - 1] != u'\n')
            continue;
        qsizetype d = k;
        while (d < text.size() && d - k < 2 && text[d].isDigit())
            ++d;
        lines += d > k && d + 4 < text.size() && text[d] == u'.' && text[d + 1].isDigit() && text[d + 2].isDigit()
            && text[d + 3] == u' ' && text[d + 4].isUpper();
    }
    return lines >= 2;
}

bool DateRecognizer::endsClause(int i) const
{
    const DateToken *t = at(i);
    if (!t || t->sentence != at(i - 1)->sentence || !t->isWord())
        return !t || !t->isPunct(u'\'');
    if (!t->lex)
        return false;
    switch (t->lex->word) {
    case Word::In:
    case Word::At:
    case Word::On:
    case Word::And:
    case Word::Or:
    case Word::PastAux:
    case Word::Had:
    case Word::Be:
    case Word::PastVerb:
    case Word::PresentAux:
    case Word::Will:
    case Word::Would:
    case Word::From:
    case Word::To:
    case Word::Until:
        return true;
    default:
        return false;
    }
}

DateRecognizer::Part DateRecognizer::monthName(int i, bool afterDay) const
{
    const DateToken *t = at(i);
    if (!t || !t->isWord() || !t->lex || !t->lex->month || !t->capitalized)
        return {};
    int next = i + 1;
    if (t->lex->abbreviated) {
        if (isPunct(next, u'.') && joined(next))
            ++next;
        else if (!afterDay && (!at(next) || !at(next)->isNumber())) // "Jan" alone is a first name
            return {};
    }
    return {t->lex->month, next};
}

DateRecognizer::Part DateRecognizer::weekdayName(int i) const
{
    const DateToken *t = at(i);
    if (!t || !t->isWord() || !t->lex || !t->lex->weekday || t->lex->plural)
        return {};
    return {t->lex->weekday, i + 1};
}

DateRecognizer::Part DateRecognizer::ordinalNumber(int i) const
{
    const DateToken *t = at(i);
    if (!t)
        return {};
    if (t->isNumber() && t->digits <= 2 && isWord(i + 1, Word::OrdinalSuffix) && joined(i + 1))
        return {t->number, i + 2};
    if (!t->isWord() || !t->lex)
        return {};
    if (t->lex->ordinal)
        return {t->lex->ordinal, i + 1};
    // "twenty-first", "thirty first"
    if (t->lex->number == 20 || t->lex->number == 30) {
        int j = i + 1;
        if (isPunct(j, u'-') && joined(j))
            ++j;
        const DateToken *u = at(j);
        if (u && u->isWord() && u->lex && u->lex->ordinal && u->lex->ordinal < 10)
            return {t->lex->number + u->lex->ordinal, j + 1};
    }
    return {};
}

DateRecognizer::Part DateRecognizer::dayOfMonth(int i) const
{
    const DateToken *t = at(i);
    if (!t)
        return {};
    if (t->isNumber()) {
        if (t->digits > 2 || t->number < 1 || t->number > 31)
            return {};
        int next = i + 1;
        if (isWord(next, Word::OrdinalSuffix) && joined(next))
            ++next;
        // "May 5:30" or "3.5" is no day of the month
        if ((isPunct(next, u':') || isPunct(next, u'.') || isPunct(next, u',')) && joined(next) && at(next + 1)
            && at(next + 1)->isNumber() && joined(next + 1))
            return {};
        return {t->number, next};
    }
    const Part ordinal = ordinalNumber(i);
    return ordinal && ordinal.value <= 31 ? ordinal : Part {};
}

DateRecognizer::Part DateRecognizer::year(int i, bool loose) const
{
    const DateToken *t = at(i);
    if (!t || !t->isNumber() || t->digits != 4 || t->number < 1000 || t->number > 2999)
        return {};
    if (const DateToken *p = at(i - 1)) {
        if (p->kind == DateToken::Kind::Punct && !t->spaceBefore
            && (p->ch == u'$' || p->ch == u'#' || p->ch == u'\u00a3' || p->ch == u'\u20ac' || p->ch == u','
                || p->ch == u'.' || p->ch == u':' || p->ch == u'/'))
            return {};
        if (p->isNumber() && !t->spaceBefore)
            return {};
        // "0800-2014-2022" is a number, not years
        if (p->isPunct(u'-') && !t->spaceBefore && !p->spaceBefore && at(i - 2) && at(i - 2)->isNumber())
            return {};
        // "+31 70 342 2000", "020 7946 1999": the last group of a telephone number
        if (p->isNumber() && p->digits >= 2 && at(i - 2) && at(i - 2)->isNumber())
            return {};
    }
    // "11pm (2000 GMT)": a clock time
    if (isWord(i + 1, Word::TimeZone) && at(i + 1)->capitalized)
        return {};
    // "Resolution 2100", "Room 1998", "Route 2010": a number that names a thing; "1999 Main Street": an address
    static constexpr QStringView numbered[] = {
        u"Resolution", u"resolution", u"Room",      u"Route",    u"Highway", u"Interstate", u"Flight",
        u"Article",    u"Section",    u"Chapter",   u"Platform", u"Gate",    u"Suite",      u"Unit",
        u"Lot",        u"Exhibit",    u"Paragraph", u"Bill",     u"Bus",     u"Model",      u"Version",
        u"Building",   u"Block",      u"No",        u"Number",   u"Protocol"};
    if (at(i - 1) && at(i - 1)->sentence == t->sentence
        && std::ranges::find(numbered, wordText(i - 1)) != std::end(numbered))
        return {};
    static constexpr QStringView streets[] = {u"Street",    u"St",   u"Avenue", u"Ave",  u"Road", u"Rd",
                                              u"Boulevard", u"Blvd", u"Drive",  u"Lane", u"Way",  u"Place"};
    const bool timePreposition = isWord(i - 1, Word::In) || isWord(i - 1, Word::Since) || isWord(i - 1, Word::By)
        || isWord(i - 1, Word::Until) || isWord(i - 1, Word::Before) || isWord(i - 1, Word::After);
    if (!timePreposition && at(i + 1) && at(i + 1)->isWord() && at(i + 1)->capitalized && !at(i + 1)->lex
        && (std::ranges::find(streets, wordText(i + 2)) != std::end(streets)
            || (at(i + 2) && at(i + 2)->isWord() && at(i + 2)->capitalized
                && std::ranges::find(streets, wordText(i + 3)) != std::end(streets))))
        return {};
    if (const DateToken *n = at(i + 1); n && !n->spaceBefore) {
        // "2013/2014 flu season" spans two years; "2013/4" is no year
        const DateToken *after = at(i + 2);
        const bool yearSpan = n->isPunct(u'/') && after && after->isNumber() && joined(i + 2)
            && (after->digits == 4 || after->digits == 2);
        if (n->isPunct(u'%') || (n->isPunct(u'/') && !yearSpan))
            return {};
        if ((n->isPunct(u',') || n->isPunct(u'.') || n->isPunct(u':')) && at(i + 2) && at(i + 2)->isNumber()
            && joined(i + 2))
            return {};
    }
    if (!loose) {
        const DateToken *p = at(i - 1);
        // ("with effect from 1700 Indian time": a clock)
        if (isWord(i + 2, Word::Time) && t->number % 100 <= 59 && t->number / 100 <= 23)
            return {};
        if (t->number > 2100)
            return {};
        // "2000 people": a lowercase word that is no date word makes a count, not a year
        const DateToken *n = at(i + 1);
        const bool preposition = p && p->isWord() && p->lex
            && (p->lex->word == Word::In || p->lex->word == Word::Since || p->lex->word == Word::Of
                || p->lex->word == Word::Until || p->lex->word == Word::Before || p->lex->word == Word::After
                || p->lex->word == Word::From || p->lex->word == Word::To || p->lex->word == Word::Through
                || p->lex->word == Word::During || p->lex->word == Word::Fiscal || p->lex->word == Word::Early
                || p->lex->word == Word::Late || p->lex->word == Word::Mid || p->lex->word == Word::And
                || p->lex->word == Word::Or || p->lex->word == Word::Between || p->lex->word == Word::Beyond
                || p->lex->word == Word::Due
                // "below 2019 levels", but "above 2000 metres" is a height
                || ((p->lex->word == Word::Below || p->lex->word == Word::Above) && t->number % 100 != 0));
        // "its 1990 invasion", "the company's 1989 results", "a 1996 law": a year before its noun
        const bool determiner = p
            && ((p->isWord() && p->lex
                 && (p->lex->word == Word::A || p->lex->word == Word::The || p->lex->word == Word::Its
                     || p->lex->word == Word::Their || p->lex->word == Word::That || p->lex->word == Word::This
                     || p->lex->word == Word::By))
                || (isWord(i - 1, Word::LetterS) && isPunct(i - 2, u'\'') && joined(i - 1))
                // ("its full-year 2014 guidance"; but "all 2000 people", "his 1500 votes" count)
                || (isWord(i - 1, Word::Year) && isPunct(i - 2, u'-') && joined(i - 1) && isWord(i - 3, Word::Full)));
        // "post-1959 politics", "mid-1990 elections"
        const bool prefixed = p && p->isPunct(u'-') && joined(i) && joined(i - 1) && at(i - 2) && at(i - 2)->lex
            && (at(i - 2)->lex->word == Word::Post || at(i - 2)->lex->word == Word::Pre
                || at(i - 2)->lex->word == Word::Mid || at(i - 2)->lex->word == Word::Early
                || at(i - 2)->lex->word == Word::Late);
        // ("2000 people", "1500 votes", "2000 square miles"; not "announces 2016 arena tour", "their 1999 debut",
        // "for 2026 coverage", "enter 2011 with a backlog": a count is of things, most in the plural)
        const auto countNoun = [&](int k) {
            const DateToken *w = at(k);
            if (!w || !w->isWord() || w->capitalized || w->sentence != t->sentence
                || (w->lex && w->lex->word != Word::None && w->lex->word != Word::Distance))
                return false;
            const QStringView word = wordText(k);
            return (word.size() > 2 && word.endsWith(u's') && !word.endsWith(QLatin1StringView("ss"))
                    && !word.endsWith(QLatin1StringView("us")) && !word.endsWith(QLatin1StringView("is")))
                || (w->lex && w->lex->word == Word::Distance)
                || sameWordAsAny(word,
                                 {QLatin1StringView("people"), QLatin1StringView("men"), QLatin1StringView("women"),
                                  QLatin1StringView("children"), QLatin1StringView("police"),
                                  QLatin1StringView("staff"), QLatin1StringView("personnel"),
                                  QLatin1StringView("cattle"), QLatin1StringView("head"), QLatin1StringView("feet"),
                                  QLatin1StringView("per")});
        };
        const bool countFollows = n && n->isWord() && !n->capitalized
            && (!n->lex || n->lex->word == Word::None || n->lex->word == Word::Distance) && n->sentence == t->sentence
            && (countNoun(i + 1) || countNoun(i + 2) || t->number < 1900 || t->number > 2100);
        if (!preposition && !determiner && !prefixed && countFollows)
            return {};
        // ("the boxed Office 2019 suite", "the Zapad-2017 exercise": a year in a name)
        const int nameAt = p && p->isPunct(u'-') && joined(i) && joined(i - 1) ? i - 2 : i - 1;
        const DateToken *name = at(nameAt);
        if (!preposition && !determiner && name && name->isWord() && name->capitalized && name->sentence == t->sentence
            && (!name->lex || name->lex->word == Word::Election) && n && n->isWord() && !n->capitalized && !n->lex
            && n->sentence == t->sentence)
            return {};
        // "from 1775 to 1783", "in 1781": an older year only after a preposition, and counting nothing
        if (t->number < 1800 && (!preposition || countFollows || p->lex->word == Word::And || p->lex->word == Word::Or))
            return {};
    }
    return {t->number, i + 1};
}

DateRecognizer::Part DateRecognizer::numberWords(int i) const
{
    int j = i;
    int total = 0;
    int current = 0;
    bool any = false;
    bool lastSmall = false;
    while (const DateToken *t = at(j)) {
        if (!t->isWord() || !t->lex)
            break;
        if (t->lex->number >= 0 && t->lex->word != Word::DecadeWord) {
            if (any && lastSmall)
                break;
            int value = t->lex->number;
            ++j;
            if (value >= 20 && value < 100) {
                int k = j;
                if (isPunct(k, u'-') && joined(k))
                    ++k;
                const DateToken *u = at(k);
                if (u && u->isWord() && u->lex && u->lex->number >= 1 && u->lex->number <= 9
                    && u->lex->word != Word::DecadeWord) {
                    value += u->lex->number;
                    j = k + 1;
                }
            }
            current += value;
            any = true;
            lastSmall = true;
        } else if (t->lex->word == Word::Hundred && any) {
            current = (current ? current : 1) * 100;
            lastSmall = false;
            ++j;
        } else if (t->lex->word == Word::Thousand && any) {
            total += (current ? current : 1) * 1000;
            current = 0;
            lastSmall = false;
            ++j;
        } else if (t->lex->word == Word::And && any && !lastSmall && at(j + 1) && at(j + 1)->lex
                   && at(j + 1)->lex->number > 0) {
            ++j;
        } else {
            break;
        }
    }
    if (!any)
        return {};
    return {total + current, j};
}

DateRecognizer::Part DateRecognizer::spelledYear(int i) const
{
    const DateToken *t = at(i);
    if (!t || !t->isWord() || !t->lex)
        return {};
    // "nineteen ninety-six", "eighteen twelve", "twenty fourteen", "twenty twenty-six" (not "twenty
    // fifteen-minute breaks")
    if (t->lex->number == 19 || t->lex->number == 18 || (t->lex->number == 20 && !isPunct(i + 1, u'-'))) {
        const Part rest = numberWords(i + 1);
        if (rest && rest.value >= 10 && rest.value <= 99 && !(isPunct(rest.next, u'-') && joined(rest.next))
            && !(t->lex->number == 20 && unitWord(rest.next, true)))
            return {t->lex->number * 100 + rest.value, rest.next};
        return {};
    }
    // "two thousand", "two thousand and eight" (not "fewer than two thousand votes", "about two thousand people")
    if (t->lex->number == 2 && isWord(i + 1, Word::Thousand)) {
        const Part all = numberWords(i);
        const DateToken *n = all ? at(all.next) : nullptr;
        const bool counts = n && n->isWord() && !n->capitalized && !n->lex && n->sentence == t->sentence;
        const bool comparison = isWord(i - 1, Word::Than) || isWord(i - 1, Word::About) || isWord(i - 1, Word::Nearly)
            || isWord(i - 1, Word::Almost) || isWord(i - 1, Word::Some);
        if (all && all.value >= 2000 && all.value < 2100 && !counts && !comparison)
            return all;
    }
    return {};
}

DateRecognizer::Part DateRecognizer::quantity(int i, bool allowArticle) const
{
    const DateToken *t = at(i);
    if (!t)
        return {};
    if (t->isNumber()) {
        if (t->number < 0 || t->digits > 6)
            return {};
        int value = t->number;
        int next = i + 1;
        // "1,000"
        while (isPunct(next, u',') && joined(next) && at(next + 1) && at(next + 1)->isNumber()
               && at(next + 1)->digits == 3 && joined(next + 1) && value < 1000000) {
            value = value * 1000 + at(next + 1)->number;
            next += 2;
        }
        // decimals are measurements, not counts of periods, but for a half ("1.5 hours"); nor are the digits
        // after a decimal point ("365.25 days") a count of their own
        if (isPunct(next, u'.') && joined(next) && at(next + 1) && at(next + 1)->isNumber() && joined(next + 1)
            && !(at(next + 1)->number == 5 && at(next + 1)->digits == 1))
            return {};
        if (isPunct(i - 1, u'.') && joined(i) && joined(i - 1) && at(i - 2) && at(i - 2)->isNumber())
            return {};
        return {value, next};
    }
    if (!t->isWord() || !t->lex)
        return {};
    switch (t->lex->word) {
    case Word::A:
    case Word::An:
        if (isWord(i + 1, Word::Few))
            return {-1, i + 2};
        if (isWord(i + 1, Word::Couple))
            return {2, isWord(i + 2, Word::Of) ? i + 3 : i + 2};
        if (isWord(i + 1, Word::Hundred) || isWord(i + 1, Word::Thousand)) {
            const int base = isWord(i + 1, Word::Hundred) ? 100 : 1000;
            return {base, i + 2};
        }
        if (at(i + 1) && at(i + 1)->lex && at(i + 1)->lex->number == 12) // "a dozen"
            return {12, i + 2};
        return allowArticle ? Part {1, i + 1} : Part {};
    case Word::Another: // "for at least another week", "another two months"
        if (const Part more = quantity(i + 1, false))
            return more;
        return {1, i + 1};
    case Word::Few:
    case Word::Several:
    case Word::Some:
    case Word::Many:
        return {-1, i + 1};
    case Word::Couple: // "the next couple of years"
        return isWord(i - 1, Word::The)
                || (at(i - 1) && at(i - 1)->lex
                    && (at(i - 1)->lex->word == Word::Next || at(i - 1)->lex->word == Word::Past
                        || at(i - 1)->lex->word == Word::Last))
            ? Part {2, isWord(i + 1, Word::Of) ? i + 2 : i + 1}
            : Part {};
    default:
        break;
    }
    return numberWords(i);
}

DateRecognizer::Part DateRecognizer::unitWord(int i, bool plural) const
{
    const DateToken *t = at(i);
    if (!t || !t->isWord() || !t->lex || t->lex->unit == Unit::None || t->lex->unit == Unit::Season
        || t->lex->unit == Unit::Half || t->lex->ordinal)
        return {};
    if (t->lex->plural != plural)
        return {};
    return {int(t->lex->unit), i + 1};
}

DateRecognizer::Part DateRecognizer::centuryShare(int i) const
{
    const DateToken *t = at(i);
    if (!t || !t->isWord() || !t->lex || t->lex->plural
        || (t->lex->unit != Unit::Quarter && t->lex->word != Word::Half))
        return {};
    const int years = t->lex->unit == Unit::Quarter ? 25 : 50;
    const auto century = [&](int k) {
        return at(k) && at(k)->lex && at(k)->lex->unit == Unit::Century && !at(k)->lex->plural;
    };
    if (century(i + 1))
        return {years, i + 2};
    if (isPunct(i + 1, u'-') && joined(i + 1) && joined(i + 2) && century(i + 2))
        return {years, i + 3};
    if (isWord(i + 1, Word::Of) && isWord(i + 2, Word::A) && century(i + 3))
        return {years, i + 4};
    return {};
}

namespace {

// Words that open an expression only with a word of time soon after them ("the weekend", "from Monday", "about two
// weeks", "more than a year", "Mr"): most of the times they are met, they open none.
bool opensOnlyWithTimeAfter(Word word)
{
    switch (word) {
    case Word::The:
    case Word::A:
    case Word::An:
    case Word::That:
    case Word::These:
    case Word::In:
    case Word::On:
    case Word::At:
    case Word::From:
    case Word::To:
    case Word::For:
    case Word::By:
    case Word::And:
    case Word::Or:
    case Word::Of:
    case Word::Its:
    case Word::Their:
    case Word::About:
    case Word::Around:
    case Word::Approximately:
    case Word::Roughly:
    case Word::Nearly:
    case Word::Almost:
    case Word::More:
    case Word::Less:
    case Word::Up:
    case Word::After:
    case Word::Before:
    case Word::Other:
    case Word::Another:
    case Word::No:
    case Word::Over:
    case Word::Some:
    case Word::Many:
    case Word::Few:
    case Word::Several:
    case Word::Couple:
    case Word::Between:
    case Word::Since:
    case Word::During:
    case Word::Within:
    case Word::Until:
    case Word::Through:
    case Word::Abbreviation:
        return true;
    default:
        return false;
    }
}

// a word that names or counts time, or places something in it: "year", "May", "Sunday", "spring", "morning", "two",
// "first", "past", "near", "latest", "end"; not the little words that join any noun phrase
bool isWordOfTime(const LexEntry &e)
{
    if (e.month || e.weekday || e.season || e.unit != Unit::None || e.partOfDay != PartOfDay::None || e.number >= 0
        || e.ordinal)
        return true;
    return !opensOnlyWithTimeAfter(e.word) && !e.startsNothing;
}

} // namespace

bool DateRecognizer::mayStart(int i) const
{
    const DateToken &t = m_tokens[std::size_t(i)];
    if (t.isWord()) {
        int next = 0;
        if (t.lex && !t.lex->startsNothing && opensOnlyWithTimeAfter(t.lex->word)) {
            // (a little word opens an expression only with a word of time soon after it: "the weekend", "a further
            // year", "the rest of the week", "the past", "from Monday", not "the company said")
            for (int k = i + 1; k <= i + 4 && k < m_size && m_tokens[std::size_t(k)].sentence == t.sentence; ++k) {
                const DateToken &w = m_tokens[std::size_t(k)];
                if (w.isNumber() || w.capitalized || w.isPunct(u'\'') || (w.lex && isWordOfTime(*w.lex)))
                    return true;
            }
            return false;
        }
        return (t.lex && !t.lex->startsNothing) || (t.capitalized && namedFeast(i, next));
    }
    // (an apostrophe only before a year cut short: "the '90s", "Back in '98")
    if (t.isPunct(u'\''))
        return at(i + 1) && at(i + 1)->isNumber() && at(i + 1)->digits == 2;
    return t.kind != DateToken::Kind::Punct;
}

// The longest expression that begins at token i, where mayStart(i)
bool DateRecognizer::matchAt(int i, Mention &best) const
{
    bool found = false;
    using Matcher = bool (DateRecognizer::*)(int, Mention &) const;
    static constexpr Matcher matchers[] = {
        &DateRecognizer::matchMonthDay,    &DateRecognizer::matchDayMonth,   &DateRecognizer::matchNumeric,
        &DateRecognizer::matchYearish,     &DateRecognizer::matchQuarter,    &DateRecognizer::matchSeason,
        &DateRecognizer::matchHoliday,     &DateRecognizer::matchRelative,   &DateRecognizer::matchDeictic,
        &DateRecognizer::matchWeekday,     &DateRecognizer::matchClock,      &DateRecognizer::matchDuration,
        &DateRecognizer::matchSet,         &DateRecognizer::matchModified,   &DateRecognizer::matchQualified,
        &DateRecognizer::matchWeekOfMonth, &DateRecognizer::matchCountedDay,
    };
    // Each candidate starts as a copy of this: not const, so that the compiler copies it with a few vector
    // moves instead of clearing the candidate with rep stos, which cost a tenth of the engine's time.
    static Mention blank;
    for (Matcher matcher : matchers) {
        Mention candidate = blank;
        candidate.first = i;
        if ((this->*matcher)(i, candidate) && (!found || candidate.last > best.last)) {
            best = candidate;
            found = true;
        }
    }
    return found;
}

void DateRecognizer::recognize(std::vector<Mention> &mentions) const
{
    int i = 0;
    int rangeEnd = -1; // where the second day of a range of weekdays starts
    while (i < m_size) {
        if (!mayStart(i)) { // most words: asked before a mention is made for them
            ++i;
            continue;
        }
        Mention mention;
        if (matchAt(i, mention)) {
            if (insideName(mention))
                mention.kind = Mention::Kind::Reject;
            mention.closesRange = mention.closesRange || i == rangeEnd;
            if (rangeEnd = splitWeekdayRange(mention); rangeEnd >= 0) {
                mentions.push_back(mention);
                i = rangeEnd;
                continue;
            }
            attachOpenEnd(mention);
            Mention end;
            const bool splitRange = splitRangeEnd(mention, end);
            mentions.push_back(mention);
            if (splitRange)
                mentions.push_back(end);
            i = std::max((splitRange ? end.last : mention.last) + 1, i + 1);
            if (joinYearPair(mentions.back())) {
                i = mentions.back().last + 1;
                continue;
            }
            if (Mention second; matchSecondDay(mentions.back(), second) || matchSecondYear(mentions.back(), second)) {
                mentions.push_back(second);
                i = second.last + 1;
            }
        } else {
            ++i;
        }
    }
}

bool DateRecognizer::possessive(int i) const
{
    if (isWord(i, Word::Its) || isWord(i, Word::Their))
        return true;
    const QStringView word = wordText(i);
    for (const char *pronoun : {"my", "his", "her", "our", "your"})
        if (word.size() == qsizetype(qstrlen(pronoun))
            && word.compare(QLatin1StringView(pronoun), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool DateRecognizer::inCapitals(int i) const
{
    const QStringView word = wordText(i);
    return word.size() >= 3 && std::ranges::all_of(word, [](QChar c) { return c.isUpper(); });
}

bool DateRecognizer::nameWord(int i) const
{
    const DateToken *t = at(i);
    return t && t->isWord() && t->capitalized && (!t->lex || t->lex->number >= 0 || t->lex->word == Word::Times);
}

// Capitals mid-sentence make a name of a date's words: "the Six-Day War", "the Thirty Years' War", "Ten Days
// That Shook the World", "The Sunday Times", "Saturday Night Live", "the Winter War", "the Spring Offensive".
// In a headline that capitalizes every word ("Truce Holds For Three Days") they tell nothing.
bool DateRecognizer::insideName(const Mention &m) const
{
    const int sentence = m_tokens[std::size_t(m.first)].sentence;
    // prose: a lowercase word among the three words before token i
    const auto inProse = [&](int i) {
        int words = 0;
        for (int k = i - 1; k >= 0 && words < 3 && at(k)->sentence == sentence; --k) {
            if (!at(k)->isWord())
                continue;
            if (!at(k)->capitalized)
                return true;
            ++words;
        }
        return false;
    };
    const auto after = [&](int k) {
        return isPunct(k, u'\'') && joined(k) ? k + 1 : k;
    }; // "Years' War"
    switch (m.kind) {
    case Mention::Kind::Duration:
    case Mention::Kind::Shift:
        for (int k = m.first; k <= m.last; ++k) {
            const DateToken *t = at(k);
            if (t->isWord() && t->lex && t->lex->unit != Unit::None && t->capitalized && inProse(k))
                return true;
        }
        return false;
    case Mention::Kind::Weekday: {
        const bool article = isWord(m.first - 1, Word::The);
        const DateToken *last = at(m.last);
        if (m.partOfDay != PartOfDay::None)
            return last->capitalized && last->lex && last->lex->partOfDay != PartOfDay::None && nameWord(m.last + 1);
        // ("the Alder Vale Sunday League", "The Mail on Sunday": a body or a paper named for its day)
        const DateToken *body = at(m.last + 1);
        static constexpr QLatin1StringView bodies[] = {
            QLatin1StringView("league"),  QLatin1StringView("club"),    QLatin1StringView("school"),
            QLatin1StringView("market"),  QLatin1StringView("times"),   QLatin1StringView("telegraph"),
            QLatin1StringView("mirror"),  QLatin1StringView("express"), QLatin1StringView("herald"),
            QLatin1StringView("tribune"), QLatin1StringView("gazette")};
        if (m.first == m.last && body && body->isWord() && body->capitalized && body->sentence == sentence
            && std::ranges::any_of(bodies, [&](QLatin1StringView name) {
                   return wordText(m.last + 1).compare(name, Qt::CaseInsensitive) == 0;
               }))
            return true;
        return article && m.first == m.last && nameWord(after(m.last + 1));
    }
    case Mention::Kind::Calendar: {
        // ("the Lakeside Christmas Bird Count", "The Christmas Bird Count": a feast inside a longer name, after another
        // word of it or two words before its end; not "On Christmas Day Pope Francis spoke", nor an event held on the
        // day, "the Holy Thursday Mass", "the Boxing Day Test")
        const DateToken *before = at(m.first - 1);
        const bool nameGoesOn = nameWord(after(m.last + 1)) && at(m.last + 1)->sentence == sentence;
        if (m.holiday && nameGoesOn && before && before->sentence == sentence
            && ((isWord(m.first - 1, Word::The) && nameWord(m.last + 2))
                || (before->isWord() && before->capitalized && !before->lex)))
            return true;
        // ("21st Century Fox": a century with its capital, before a name)
        if (m.century && at(m.last)->capitalized && nameGoesOn)
            return true;
        // ("the Winter War", "The Winter War ended", "the Winter Fuel Payment": a season with its capital, inside a
        // name that goes on; not one that opens its sentence)
        const int season = isWord(m.first, Word::The) ? m.first + 1 : m.first;
        const DateToken *opening = at(m.first - 1);
        return m.season && season == m.last && at(season)->capitalized && nameGoesOn
            && (season > m.first || (opening && opening->sentence == sentence));
    }
    default:
        return false;
    }
}

// "the next year or so", "1994 or later", "1990 and beyond": the hedge belongs to the expression
void DateRecognizer::attachOpenEnd(Mention &m) const
{
    if (m.kind == Mention::Kind::Reject || m.kind == Mention::Kind::Ref || m.kind == Mention::Kind::Set)
        return;
    const int k = m.last + 1;
    if (isWord(k, Word::Or) && isWord(k + 1, Word::So)) {
        m.mod = m.mod == Mod::None ? Mod::Approx : m.mod;
        m.last = k + 1;
    } else if (m.kind == Mention::Kind::Calendar && isWord(k, Word::Or) && isWord(k + 1, Word::Later)) {
        m.mod = m.mod == Mod::None ? Mod::OnOrAfter : m.mod;
        m.last = k + 1;
    } else if (m.kind == Mention::Kind::Calendar && isWord(k, Word::And) && isWord(k + 1, Word::Beyond)) {
        m.mod = m.mod == Mod::None ? Mod::OnOrAfter : m.mod;
        m.last = k + 1;
    }
}

// "between Saturday and Monday", "Wednesday through Sunday": two days. The first ends before the connector, keeping the
// range's end for its interval; where the second starts is returned, or -1, for it to be read as any day is
// ("Saturday night, April 14") and valued from the first.
int DateRecognizer::splitWeekdayRange(Mention &first) const
{
    if (first.kind != Mention::Kind::Weekday || !first.endWeekday || first.hour >= 0)
        return -1;
    int connector = first.first + 1;
    while (connector < first.last && !isPunct(connector, u'-') && !isWord(connector, Word::To)
           && !isWord(connector, Word::Through) && !isWord(connector, Word::Until) && !isWord(connector, Word::And))
        ++connector;
    if (connector >= first.last)
        return -1;
    // ("from Monday till Wednesday this week": the week named after the range is the first day's too)
    if (const Part end = weekdayName(connector + 1); end && first.direction == 0
        && (isWord(end.next, Word::This) || isWord(end.next, Word::Last) || isWord(end.next, Word::Next))
        && isWord(end.next + 1, Word::Week) && !at(end.next + 1)->capitalized) {
        first.direction = 3;
        first.weekShift = isWord(end.next, Word::Last) ? -1 : isWord(end.next, Word::Next) ? 1 : 0;
    }
    first.last = connector - 1;
    return connector + 1;
}

// "April 24 and 25": the bare day after "and" or "or" is a date of its own in the same month
// "Aug. 26 to Oct. 20", "between 1 March and 31 May": the end of a range that names its own month is a
// date of its own; the first keeps the range's end for its interval, but its text ends before "to"
bool DateRecognizer::splitRangeEnd(Mention &first, Mention &end) const
{
    // ("the week from Jan. 30 to Feb. 5" names one week by both its ends)
    if (first.kind != Mention::Kind::Calendar || first.rangeEnd <= first.first + 1 || !first.endDay
        || isWord(first.first, Word::The))
        return false;
    end = first;
    end.first = first.rangeEnd;
    end.month = first.endMonth;
    end.day = first.endDay;
    end.endMonth = 0;
    end.endDay = 0;
    end.rangeEnd = -1;
    end.closesRange = true;
    end.mod = Mod::None;
    if (end.yearMode == YearMode::Explicit && end.month < first.month)
        ++end.year; // "29 December to 2 January 2026"
    else if (end.yearMode == YearMode::Infer && end.month >= first.month)
        end.yearMode = YearMode::Narrative; // in the year the first date resolves to
    first.last = first.rangeEnd - 2;
    first.rangeEnd = -1;
    return true;
}

bool DateRecognizer::matchSecondDay(Mention &first, Mention &second) const
{
    if (first.kind != Mention::Kind::Calendar || !first.day || !first.month || first.endDay || first.weekday
        || first.mod != Mod::None || !(isWord(first.last + 1, Word::And) || isWord(first.last + 1, Word::Or)))
        return false;
    const int k = first.last + 2;
    const Part day = dayOfMonth(k);
    if (!day || day.value <= first.day || !at(k)->isNumber() || !validDay(first.year, first.month, day.value))
        return false;
    // "on 12/03/2019 and 13/03/2019": a date of its own, written in full
    if (const DateToken *glued = at(day.next); glued && glued->kind == DateToken::Kind::Punct && joined(day.next)
        && at(day.next + 1) && at(day.next + 1)->isNumber() && joined(day.next + 1))
        return false;
    // "on May 5 and 6 soldiers died": a count before a noun is no day
    const DateToken *n = at(day.next);
    if (n && n->isWord() && n->sentence == at(k)->sentence && !(n->lex && n->lex->word != Word::None))
        return false;
    second = first;
    second.first = k;
    second.day = day.value;
    // "Oct. 3 or 4, 1998": the year written after the second day is the first's too
    const int next = first.yearMode == YearMode::Explicit ? day.next : attachYear(day.next, second);
    if (second.yearMode == YearMode::Explicit && first.yearMode != YearMode::Explicit) {
        first.year = second.year;
        first.yearMode = YearMode::Explicit;
    }
    second.last = next - 1;
    return true;
}

// "the 2024-25 budget", "the 2023/24 season": a fiscal, school or sports year named by the two years it spans
// is one period, written from its first year
bool DateRecognizer::joinYearPair(Mention &m) const
{
    // ("by the end of the 2010-11 financial year": a modifier too)
    if (m.kind != Mention::Kind::Calendar || m.yearMode != YearMode::Explicit || !m.year || m.month || m.day || m.season
        || m.quarter || m.half || m.decade || m.century)
        return false;
    const int k = m.last + 1;
    const DateToken *t = at(k + 1);
    if (!(isPunct(k, u'-') || isPunct(k, u'/')) || !joined(k) || !joined(k + 1) || !t->isNumber() || t->digits != 2
        || t->number != (m.year + 1) % 100)
        return false;
    // "2024-25-07": a date in some other order, not a pair of years
    if (const DateToken *n = at(k + 2); n && !n->spaceBefore && n->kind == DateToken::Kind::Punct && at(k + 3)
        && at(k + 3)->isNumber() && joined(k + 3))
        return false;
    m.last = k + 1;
    m.endYear = m.year + 1;
    return true;
}

// "2014-2022", "the 1992-95 war": the year that ends the span is one of its own
bool DateRecognizer::matchSecondYear(const Mention &first, Mention &second) const
{
    if (first.kind != Mention::Kind::Calendar || first.yearMode != YearMode::Explicit || !first.year || first.month
        || first.day || first.season || first.quarter || first.half || first.mod != Mod::None)
        return false;
    const int k = first.last + 1;
    const DateToken *t = at(k + 1);
    if (!(isPunct(k, u'-') || isPunct(k, u'/')) || !joined(k) || !joined(k + 1) || !t->isNumber())
        return false;
    const int end = t->digits == 4 ? t->number : t->digits == 2 ? first.year / 100 * 100 + t->number : 0;
    if (end <= first.year || end > first.year + 99)
        return false;
    // "2014-2022-05": no span of years goes on with another number
    if (const DateToken *n = at(k + 2); n && !n->spaceBefore && n->kind == DateToken::Kind::Punct && at(k + 3)
        && at(k + 3)->isNumber() && joined(k + 3))
        return false;
    second = first;
    second.first = k + 1;
    second.last = k + 1;
    second.year = end;
    return true;
}

int DateRecognizer::attachYear(int next, Mention &m) const
{
    int j = next;
    if (isPunct(j, u',') || isWord(j, Word::Of))
        ++j;
    // "the first half of calendar 2006"
    if (sameWord(wordText(j), QLatin1StringView("calendar")) && (year(j + 1, true) || spelledYear(j + 1)))
        ++j;
    // (not "Monday 11 August, 1400 - Anchored off the reef": a log's clock after the comma, no year of the news)
    if (const Part y = year(j, true); y && !(j > next && (y.value < 1500 || y.value > 2100) && fourDigitClock(j))) {
        m.year = y.value;
        m.yearMode = YearMode::Explicit;
        return y.next;
    }
    if (const Part y = spelledYear(j)) {
        m.year = y.value;
        m.yearMode = YearMode::Explicit;
        return y.next;
    }
    // "Nov. '98"
    if (isPunct(j, u'\'') && at(j + 1) && at(j + 1)->isNumber() && at(j + 1)->digits == 2 && joined(j + 1)) {
        const int two = at(j + 1)->number;
        m.year = two >= 30 ? 1900 + two : 2000 + two;
        m.yearMode = YearMode::Explicit;
        return j + 2;
    }
    if (j == next || isWord(next, Word::Of)) {
        const int k = next + (isWord(next, Word::Of) ? 1 : 0);
        const DateToken *t = at(k);
        if (t && t->lex && at(k + 1) && at(k + 1)->lex && at(k + 1)->lex->word == Word::Year) {
            const Word w = t->lex->word;
            if (w == Word::Last || w == Word::This || w == Word::Next) {
                m.yearMode = YearMode::Offset;
                m.yearOffset = w == Word::Last ? -1 : w == Word::Next ? 1 : 0;
                return k + 2;
            }
            // "April of that year", "the 24th of August that year": the year the narrative is in (not "in August that
            // year's crop failed")
            if (w == Word::That && (isWord(next, Word::Of) || !isPunct(k + 2, u'\''))) {
                m.yearMode = YearMode::Narrative;
                return k + 2;
            }
        }
        // "March of the same year", "May of the following year", "June of the previous year"
        if (isWord(next, Word::Of) && isWord(k, Word::The) && at(k + 1) && at(k + 1)->lex
            && isWord(k + 2, Word::Year)) {
            const Word w = at(k + 1)->lex->word;
            if (w == Word::Same || w == Word::Following || w == Word::Previous) {
                m.yearMode = YearMode::Narrative;
                m.yearOffset = w == Word::Following ? 1 : w == Word::Previous ? -1 : 0;
                return k + 3;
            }
        }
    }
    return next;
}

} // namespace Sitrep::Dates
