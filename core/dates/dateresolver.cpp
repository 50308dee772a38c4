// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/dateresolver.h"
#include "dates/datecalendar.h"
#include "dates/mentioncontext.h"
#include "dates/timexvalue.h"

#include <algorithm>

namespace Sitrep::Dates {

DateResolver::DateResolver(const QDate &reference)
    : m_reference(reference)
{ }

// "overnight" with no other day to hang on: the night that ended this morning, as "last night" is, or in
// a plan ("will free the prisoners overnight") the one ahead
Period DateResolver::lastNight(Tense tense) const
{
    const QDate day = today();
    return {Unit::Day, tense == Tense::Future ? day : day.addDays(-1)};
}

QDate DateResolver::today() const
{
    const bool inEntry = m_entryDay.isValid() && m_currentSentence - m_entrySentence <= entryReach
        && (m_entryEnd < 0 || m_currentStart < m_entryEnd);
    return inEntry ? m_entryDay : m_reference;
}

Period DateResolver::anchor() const
{
    // ("run by a junta since July 26, when the guard detained him. The general took power two days later": the
    // day things have run from, when the story set none after it)
    if (m_sinceDay.isValid() && m_sinceDaySentence > m_narrativeSentence && m_currentSentence - m_sinceDaySentence <= 1)
        return m_sinceDay;
    return m_narrative.isValid() ? m_narrative : Period::containing(Unit::Day, m_reference);
}

// Results "for the nine months" compare with the same months a year before, which lie in the year
// before the reported quarter's: "a year earlier" there is that year, not the quarter. The span holds
// for its sentence and the next, until a quarter is named again.
std::optional<Period> DateResolver::comparedSpan() const
{
    if (!m_reportedQuarter.isValid() || m_currentSentence - m_spanSentence > 1)
        return std::nullopt;
    return Period {Unit::Year, QDate(m_reportedQuarter.start.year() - 1, 1, 1)};
}

namespace {

// The period a calendar mention names once its year is known
Period periodOfYear(const Mention &m, Unit unit, int startMonth, int year)
{
    if (m.holiday == ramadanHoliday)
        return {Unit::Month, holidayDate(m.holiday, year)}; // a lunar month, whose end the interval corrects
    if (m.holiday) {
        const QDate day = holidayDate(m.holiday, year);
        if (m.unit == Unit::Year) // "the new year": the year its first day opens
            return {Unit::Year, day};
        if (m.unit == Unit::Weekend) { // the weekend a Monday ends, or the one after a weekday
            const int weekday = day.dayOfWeek();
            return Period::containing(Unit::Weekend,
                                      weekday == 1 ? day.addDays(-2) : day.addDays(std::max(0, 6 - weekday)));
        }
        return m.unit == Unit::Week ? Period::containing(Unit::Week, day) : Period {Unit::Day, day};
    }
    if (unit == Unit::Year)
        return {Unit::Year, QDate(year, 1, 1)};
    const QDate start(year, startMonth, unit == Unit::Day ? m.day : 1);
    return start.isValid() ? Period {unit, start} : Period {};
}

// "at four o'clock", "by 3:05": a clock that says neither a.m. nor p.m. is in the afternoon up to five and in the
// morning from seven, unless a part of the day beside it says otherwise ("yesterday morning at about ten past
// six", "the CDC briefs every afternoon at one o'clock")
int clockHour(const Mention &m, const std::vector<DateToken> &tokens, bool afterANight = false)
{
    if (!m.meridiemUnstated || m.hour < 1 || m.hour > 11)
        return m.hour;
    PartOfDay part = m.partOfDay;
    const int sentence = tokens[std::size_t(m.first)].sentence;
    for (int d = 1; d <= 6 && part == PartOfDay::None; ++d) {
        for (const int i : {m.first - d, m.last + d}) {
            if (i < 0 || i >= int(tokens.size()) || tokens[std::size_t(i)].sentence != sentence)
                continue;
            const DateToken &t = tokens[std::size_t(i)];
            if (t.word() == Word::Tonight)
                part = PartOfDay::Night;
            else if (t.lex && t.lex->partOfDay != PartOfDay::None && t.lex->partOfDay != PartOfDay::Day)
                part = t.lex->partOfDay;
            if (part != PartOfDay::None)
                break;
        }
    }
    // ("Good evening. It's six o'clock.", "Shortly after two a.m. the networks called Florida ... Gore telephoned to
    // concede at around two-thirty": else a greeting or the half of a clock in the two sentences before)
    for (int i = m.first - 1; part == PartOfDay::None && i >= 1 && tokens[std::size_t(i)].sentence >= sentence - 2;
         --i) {
        const DateToken &t = tokens[std::size_t(i)];
        const Word before = tokens[std::size_t(i - 1)].word();
        const Word half = i >= 2 ? tokens[std::size_t(i - 2)].word() : Word::None;
        if (t.sentence == sentence)
            continue;
        if (t.word() == Word::Am || (t.word() == Word::LetterM && before == Word::None && half == Word::A))
            part = PartOfDay::Morning;
        else if (t.word() == Word::Pm || (t.word() == Word::LetterM && before == Word::None && half == Word::LetterP))
            part = PartOfDay::Afternoon;
        else if (before == Word::Good && t.lex && t.lex->partOfDay != PartOfDay::None
                 && t.lex->partOfDay != PartOfDay::Day)
            part = t.lex->partOfDay;
    }
    switch (part) {
    case PartOfDay::Morning:
        return m.hour;
    case PartOfDay::Night:
        return m.hour >= 6 ? m.hour + 12 : m.hour;
    case PartOfDay::Afternoon:
    case PartOfDay::Evening:
        return m.hour + 12;
    default:
        // (after a night the story told, the small hours are the morning's: "overnight ... at 3:05")
        return m.hour <= 5 && !afterANight ? m.hour + 12 : m.hour;
    }
}

} // namespace

QDate DateResolver::weekday(int weekday, int direction, Tense tense, const QDate &anchor) const
{
    const int today = anchor.dayOfWeek();
    const int back = (today - weekday + 7) % 7;
    const int forward = (weekday - today + 7) % 7;
    switch (direction) {
    case 3: // "Monday last week": the anchor is already in that week
        return anchor.addDays(weekday - today);
    case 2: {
        // "this Monday": that day of the current week, unless the tense puts it on the other side of
        // today ("rebels attacked this Saturday", said on a Monday, is two days ago)
        const QDate sameWeek = anchor.addDays(weekday - today);
        if (tense == Tense::Past && sameWeek > anchor)
            return sameWeek.addDays(-7);
        if (tense == Tense::Future && sameWeek < anchor)
            return sameWeek.addDays(7);
        return sameWeek;
    }
    case -1:
        return anchor.addDays(-(back ? back : 7));
    case 1:
        return anchor.addDays(forward ? forward : 7);
    default:
        if (weekday == today)
            return anchor;
        return tense == Tense::Future || tense == Tense::Present ? anchor.addDays(forward) : anchor.addDays(-back);
    }
}

// The year of a month (and day; 0 for a month alone) written without one. News dates fall close to
// the publication date, and more often before it than after: with no tense cue a date up to four
// months ahead or eight months back stays in the reference year. A past cue still allows a month or,
// for a day, two months ahead ("payable Dec. 15, the company said"); a future cue as much back.
QDate DateResolver::inferYear(int month, int day, Tense tense, bool acrossTheTurn) const
{
    const int year = m_reference.year();
    const auto make = [&](int y) {
        const QDate date(y, month, day ? day : 1);
        return date.isValid() ? date : QDate(y, month, 28); // February 29 outside a leap year
    };
    const QDate same = make(year);
    const QDate reference = day ? m_reference : QDate(year, m_reference.month(), 1);
    const qint64 ahead = reference.daysTo(same);
    // ("said in December", told in November: a past verb right before the month)
    const qint64 slack = m_runsUpToNow ? 0 : !day ? (m_daySurelyPast ? 0 : 31) : m_daySurelyPast ? 14 : 62;
    // ("rallies are banned until after New Year's Day", told on Dec. 28; "payable Jan. 2, the company said": and
    // across the turn of the year, a day as close ahead is in the next)
    if (tense == Tense::Past && day && acrossTheTurn && ahead < -183 && reference.daysTo(make(year + 1)) <= slack)
        return make(year + 1);
    if (tense == Tense::Past)
        return ahead > slack ? make(year - 1) : same;
    if (tense == Tense::Future)
        return ahead < -slack ? make(year + 1) : same;
    // ("The election is in June": what is, at a month far from now, is mostly still to come)
    const bool present = tense == Tense::Present;
    if (ahead > (present ? 240 : 120))
        return make(year - 1);
    if (ahead < (present ? -120 : -240))
        return make(year + 1);
    return same;
}

// ("Monday, July 8": the weekday a date is written with tells its year when the guess does not fit it: first a year
// the text wrote a date in full with, the latest first ("had launched on Wednesday, July 16" in a story of 1969),
// else a neighbouring year on the side of the report the guess put it, else the other: a weekday that does not fit
// is surely wrong, a tense may be)
int DateResolver::yearFittingWeekday(const Mention &m, int year) const
{
    if (!m.weekday || !m.month || !m.day || QDate(year, m.month, m.day).dayOfWeek() == m.weekday)
        return year;
    // ("Saturday night into Sunday morning, Dec. 13-14": the weekday of the range's last day)
    if (m.endDay && QDate(year, m.endMonth ? m.endMonth : m.month, m.endDay).dayOfWeek() == m.weekday)
        return year;
    for (const int written : m_fullDateYears)
        if (written && QDate(written, m.month, m.day).dayOfWeek() == m.weekday)
            return written;
    const bool behind = QDate(year, m.month, m.day) < m_reference;
    int fitting = 0;
    for (const int other : {year + 1, year - 1})
        if (const QDate date(other, m.month, m.day);
            date.dayOfWeek() == m.weekday && (!fitting || (date < m_reference) == behind))
            fitting = other;
    return fitting ? fitting : year;
}

Period DateResolver::calendarPeriod(const Mention &m, Tense tense) const
{
    const int refYear = m_reference.year();
    if (m.century)
        return {Unit::Century, QDate(m.century * 100, 1, 1)};
    if (m.centuryTurn && !m.decade) {
        // the turn behind the report, or the one ahead when the text looks ahead
        const int behind = refYear / 100 * 100;
        const int turn = tense == Tense::Future && refYear - behind >= 50 ? behind + 100 : behind;
        return {Unit::Decade, QDate(turn, 1, 1)};
    }
    if (m.decade)
        return {Unit::Decade, QDate(m.decade * 10, 1, 1)};
    // ("epidemiological week 24": the ISO week of the year written, else the latest one that has begun by a week
    // after the report)
    if (m.weekOfYear) {
        const auto isoWeek = [&](int year) {
            const QDate fourth(year, 1, 4);
            const QDate monday = fourth.addDays(1 - fourth.dayOfWeek()).addDays(7 * (m.weekOfYear - 1));
            return monday.weekNumber() == m.weekOfYear ? Period::containing(Unit::Week, monday) : Period {};
        };
        if (m.yearMode == YearMode::Explicit)
            return isoWeek(m.year);
        int isoYear = 0;
        m_reference.weekNumber(&isoYear);
        const Period thisYear = isoWeek(isoYear);
        return thisYear.isValid() && thisYear.start <= m_reference.addDays(7) ? thisYear : isoWeek(isoYear - 1);
    }
    // "the first week of March" is the first week with most of its days in March (as ISO counts weeks
    // of a year); "the last weekend of November" its last Saturday and the Sunday after
    if (m.weekOfMonth) {
        Mention whole = m;
        whole.weekOfMonth = 0;
        whole.unit = Unit::None;
        const Period month = calendarPeriod(whole, tense);
        if (!month.isValid())
            return {};
        if (m.weekday) {
            const QDate first = month.start.addDays((m.weekday - month.start.dayOfWeek() + 7) % 7);
            const QDate last = month.end().addDays(-((month.end().dayOfWeek() - m.weekday + 7) % 7));
            return {Unit::Day, m.weekOfMonth > 0 ? first.addDays(7 * (m.weekOfMonth - 1)) : last};
        }
        if (m.unit == Unit::Week) {
            const QDate day =
                m.weekOfMonth > 0 ? month.start.addDays(7 * (m.weekOfMonth - 1) + 3) : month.end().addDays(-3);
            return Period::containing(Unit::Week, day);
        }
        const QDate firstSaturday = month.start.addDays((6 - month.start.dayOfWeek() + 7) % 7);
        const QDate lastSaturday = month.end().addDays(-((month.end().dayOfWeek() + 1) % 7));
        return Period::containing(Unit::Weekend,
                                  m.weekOfMonth > 0 ? firstSaturday.addDays(7 * (m.weekOfMonth - 1)) : lastSaturday);
    }
    // "the week of March 6"; "the quarter ended Sept. 30" is the three months up to that date, named by the
    // calendar quarter that holds most of them ("the quarter ended Aug. 31" is the third)
    if ((m.unit == Unit::Week || m.unit == Unit::Quarter) && m.day) {
        Mention day = m;
        day.unit = Unit::None;
        const Period date = calendarPeriod(day, tense);
        if (!date.isValid())
            return {};
        return m.unit == Unit::Week ? Period::containing(Unit::Week, date.start)
                                    : Period::containing(Unit::Quarter, date.start.addMonths(-1));
    }

    // "on the 15th": in the month the narrative is in, or the reference month, the latest such day
    // before it for a past tense, the next one for a future tense
    if (m.day && !m.month) {
        const bool narrated = m_narrative.isValid() && m_narrative.unit <= Unit::Month
            && m_narrative.unit != Unit::Weekend && m_narrative.unit != Unit::Week;
        const QDate base = narrated ? m_narrative.start : m_reference;
        QDate date(base.year(), base.month(), 1);
        if (!narrated && tense == Tense::Past && m.day > m_reference.day())
            date = date.addMonths(-1);
        else if (!narrated && tense == Tense::Future && m.day < m_reference.day())
            date = date.addMonths(1);
        date = QDate(date.year(), date.month(), m.day);
        return date.isValid() ? Period {Unit::Day, date} : Period {};
    }
    // Season, quarter and half starts, as months.
    int startMonth = m.month;
    Unit unit = m.day ? Unit::Day : Unit::Month;
    if (m.season) {
        startMonth = m.season * 3;
        unit = Unit::Season;
    } else if (m.quarter) {
        startMonth = m.quarter * 3 - 2;
        unit = Unit::Quarter;
    } else if (m.half) {
        startMonth = m.half * 6 - 5;
        unit = Unit::Half;
    } else if (m.holiday) {
        unit = Unit::Day;
    } else if (!m.month) {
        unit = Unit::Year;
    }

    // "In 2019, the sides signed a truce. In March, it collapsed": a month in a narrative of a year
    // the text wrote is in that year, unless the sentence looks ahead
    // (not "the war began in February 2022, and the front has barely moved since the autumn": what has run up to now
    // ran from the latest one)
    // (a year ahead takes its plans: "Next year's meeting will be held in mid-September")
    const bool inWrittenYear = m_inWrittenYear
        && ((tense != Tense::Future && tense != Tense::Present)
            || (m_writtenYearAhead && m_writtenYear > m_reference.year()))
        && (unit == Unit::Month || unit == Unit::Day || unit == Unit::Season) && !(m_runsUpToNow && m_presentPerfect);
    int year = refYear;
    // ("planned offensives for the coming spring": of the story's time, not the reader's)
    // (a season still running is the coming one; a month must lie ahead)
    if (inStory() && m_narrative.isValid() && !m.holiday && unit != Unit::Year
        && (m.yearMode == YearMode::Next || m.yearMode == YearMode::Last || m.yearMode == YearMode::This)) {
        const QDate base = m_narrative.start;
        Period told {unit, QDate(base.year(), startMonth, unit == Unit::Day ? m.day : 1)};
        if (!told.start.isValid())
            return {};
        if (m.yearMode == YearMode::Next
            && (unit == Unit::Season ? told.end() < base : told.start <= Period::containing(unit, base).start))
            told = told.shifted(Unit::Year, 1);
        else if (m.yearMode == YearMode::Last && told.end() >= base)
            told = told.shifted(Unit::Year, -1);
        return told;
    }
    // ("took Sana'a in September 2014, and Hadi fled to Aden in February": a story goes forward, into the next year,
    // unless it looks back in the past perfect or after "after")
    const bool intoNextYear = m.month && m_narrative.isValid()
        && (m_narrative.unit == Unit::Month || m_narrative.unit == Unit::Day) && m.month < m_narrative.start.month()
        && (!m_flashback || m_flashbackBy) && !m_outOfOrder;
    // (a history long ago is told in the year it names: "home by Christmas ... halted at the Marne in September")
    if (inStory() && m.yearMode == YearMode::Infer && unit != Unit::Quarter && unit != Unit::Half)
        return periodOfYear(m, unit, startMonth, yearFittingWeekday(m, m_storyYear));
    switch (inWrittenYear && m.yearMode == YearMode::Infer && !m.holiday ? YearMode::Explicit : m.yearMode) {
    case YearMode::Explicit:
        year = m.year ? m.year : m_writtenYear;
        if (!m.year && intoNextYear && m_narrative.start.year() == m_writtenYear)
            ++year;
        break;
    case YearMode::Offset:
        year = refYear + m.yearOffset;
        break;
    case YearMode::Narrative: {
        const Period base = anchor();
        // ("The 1959 strike changed everything. I was pregnant that summer.": with no narrative yet, the year last
        // named, even as a noun's attribute)
        const bool demonstrative = m.direction == 0 && m.yearOffset == 0; // "that summer", not "the following May"
        year = (demonstrative && lastNamedYearIsLatest() ? m_lastNamedYear : base.start.year()) + m.yearOffset;
        // "the following spring" starts after the narrative's period ends; "the previous March" ends
        // before it starts
        if (m.direction > 0 && QDate(year, startMonth, 1) <= base.end())
            ++year;
        else if (m.direction < 0 && QDate(year, startMonth, 1).addMonths(unit == Unit::Season ? 3 : 1) > base.start)
            --year;
        break;
    }
    case YearMode::This:
        // "this winter" in January is the winter that began in December
        if (unit == Unit::Season && m.season == 4 && m_reference.month() < 3)
            year = refYear - 1;
        break;
    case YearMode::Last:
    case YearMode::Next: {
        if (m.holiday) {
            const QDate here = holidayDate(m.holiday, refYear);
            if (m.yearMode == YearMode::Last)
                year = here < m_reference ? refYear : refYear - 1;
            else
                year = here > m_reference ? refYear : refYear + 1;
            break;
        }
        const Period current = Period::containing(unit == Unit::Day ? Unit::Month : unit, m_reference);
        // "last winter" said in January is the winter before the one still running
        if (unit == Unit::Season) {
            QDate candidate(refYear, startMonth, 1);
            while (m.yearMode == YearMode::Last && candidate >= current.start)
                candidate = candidate.addYears(-1);
            while (m.yearMode == YearMode::Next && candidate <= current.start)
                candidate = candidate.addYears(1);
            year = candidate.year();
            break;
        }
        // The month right before or after the current one in the same year is "last month" or "next
        // month": named with "last" or "next", it is that month a year further out ("last February"
        // in March); across the new year both readings are common and the near one is kept
        Period adjacent = current.shifted(current.unit, m.yearMode == YearMode::Last ? -1 : 1);
        if (unit != Unit::Month || adjacent.start.year() != refYear)
            adjacent = {};
        const QDate candidate(refYear, startMonth, 1);
        if (m.yearMode == YearMode::Last)
            year = candidate < current.start && candidate != adjacent.start ? candidate.year() : candidate.year() - 1;
        else
            year = candidate > current.start && candidate != adjacent.start ? candidate.year() : candidate.year() + 1;
        break;
    }
    case YearMode::Infer:
        if (m.holiday == eidHoliday) {
            // the feast of either Eid nearest the report on the side the tense looks to; after Ramadan or one Eid
            // named in full, that one
            QDate best;
            for (int y = refYear - 1; y <= refYear + 1; ++y)
                for (const int feast : {eidAlFitrHoliday, eidAlAdhaHoliday}) {
                    if (m_lastFeast && feast != m_lastFeast)
                        continue;
                    const QDate date = holidayDate(feast, y);
                    const qint64 distance = m_reference.daysTo(date);
                    const bool side = tense == Tense::Past ? distance <= 0
                        : tense == Tense::Future           ? distance >= -3
                                                           : true;
                    if (side && (!best.isValid() || std::abs(distance) < std::abs(m_reference.daysTo(best))))
                        best = date;
                }
            return best.isValid() ? Period {Unit::Day, best} : Period {};
        }
        if (m.holiday) {
            // (a weekend or week beside a feast by its first day: "as Easter week began")
            // (what is still to come at a feast is at its next one: "will gather for the Day of the Dead", told in
            // late November)
            const QDate first = periodOfYear(m, unit, startMonth, refYear).start;
            // (a feast in passing stays on its side of the turn of the year: "Shelling eased over Orthodox Christmas",
            // told in November; "banned until after New Year's Day", told on Dec. 28, does not)
            year = tense == Tense::Future && first.daysTo(m_reference) > 7
                ? refYear + 1
                : inferYear(first.month(), first.day(), tense, m_limitBefore).year();
        } else if (unit == Unit::Quarter || unit == Unit::Half) {
            const int current =
                unit == Unit::Quarter ? (m_reference.month() - 1) / 3 + 1 : (m_reference.month() + 5) / 6;
            const int index = unit == Unit::Quarter ? m.quarter : m.half;
            // (not ahead for a future verb: "expects to report a third-quarter loss" is about the quarter
            // just ended)
            // (a quarter that has not begun has no results to report)
            year = (tense == Tense::Past || m_resultsNearby) && index > current ? refYear - 1 : refYear;
            // ("yields will climb by the end of the first quarter", told in December: next year's)
            if (tense == Tense::Future && !m_resultsNearby && current - index >= 2)
                year = refYear + 1;
        } else if (unit == Unit::Season) {
            // judged by the season's middle month; winter's is January of the following year
            const int middle = startMonth % 12 + 1;
            year = inferYear(middle, 0, tense).year() - (m.season == 4 ? 1 : 0);
        } else if (m.month && m.endMonth && !m.day) {
            // the first month of a range: in the year of the range's end, or the one before
            const int endYear = m.endYear ? m.endYear : inferYear(m.endMonth, 0, tense).year();
            year = m.month <= m.endMonth ? endYear : endYear - 1;
        } else if (m.month && m_flashback && m_narrative.isValid() && m_narrative.unit <= Unit::Month) {
            // "on 8 December 2024, rebels entered Damascus. Their offensive had begun on 27 November": told in
            // the past perfect, before the day the story is at
            // ("By 31 December, displacement had reached Sennar" may run past it)
            year = m_narrative.start.year();
            if (QDate(year, m.month, m.day ? m.day : 1) > m_narrative.end() && !m_flashbackBy)
                --year;
        } else if (m.month) {
            year = inferYear(m.month, m.day, tense).year();
        }
        year = yearFittingWeekday(m, year);
        break;
    }
    return periodOfYear(m, unit, startMonth, year);
}

void DateResolver::readChunk(const std::vector<DateToken> &tokens, QStringView text)
{
    for (const DateToken &t : tokens) {
        if (t.isWord() && !t.lex
            && sameWordAsAny(text.mid(t.start, t.end - t.start),
                             {QLatin1StringView("timetable"), QLatin1StringView("schedule"),
                              QLatin1StringView("programme"), QLatin1StringView("itinerary"),
                              QLatin1StringView("unfold")}))
            m_programmeSentence = t.sentence;
        if (t.isWord() && !t.lex && sameWord(text.mid(t.start, t.end - t.start), QLatin1StringView("unfolded")))
            m_recountSentence = t.sentence;
    }
}

DateResolver::Resolution DateResolver::resolveDate(const Mention &m, Tense tense) const
{
    Resolution r;
    switch (m.kind) {
    case Mention::Kind::Calendar:
        r.period = calendarPeriod(m, tense);
        if (m.toTheDay && r.period.unit == Unit::Year) { // "this day in 1944" (a 29 February in another year: the 28th)
            const QDate day(m.year, m_reference.month(), m_reference.day());
            r.period = {Unit::Day, day.isValid() ? day : QDate(m.year, m_reference.month(), 28)};
        }
        // "the 1988 period": the quarter the text reports, in that year
        if (m.samePeriod && m_lastQuarter.isValid() && r.period.unit == Unit::Year && !comparedSpan()) {
            const Period &reported = m_reportedQuarter.isValid() ? m_reportedQuarter : m_lastQuarter;
            r.period = {Unit::Quarter, QDate(r.period.start.year(), reported.start.month(), 1)};
        }
        r.derivation = m.yearMode == YearMode::Explicit && !m.holiday ? DateDerivation::Explicit
            : (m.yearMode == YearMode::Infer && m_inWrittenYear && r.period.start.year() == m_writtenYear)
                || (inStory()
                    && (m.yearMode == YearMode::Infer || m.yearMode == YearMode::Next || m.yearMode == YearMode::Last
                        || m.yearMode == YearMode::This))
                || (m.yearMode == YearMode::Narrative && (m_narrative.isValid() || m_lastNamedYear))
                || (m.yearMode == YearMode::Infer && m.month && m_flashback && m_narrative.isValid()
                    && m_narrative.unit <= Unit::Month)
            ? DateDerivation::Narrative
            : DateDerivation::Reference;
        if (m.day && !m.month && m_narrative.isValid() && r.period.start.month() == m_narrative.start.month()
            && r.period.start.year() == m_narrative.start.year())
            r.derivation = DateDerivation::Narrative; // "on the 15th" of the month the narrative is in
        break;
    case Mention::Kind::Relative:
        if (m.unit == Unit::Weekend) {
            const Period thisWeekend = Period::containing(Unit::Weekend, m_reference);
            const bool inWeekend = m_reference.dayOfWeek() >= 6;
            int offset = m.offset;
            // ("warned of storms this weekend", said on a Friday: the weekend ahead)
            // ("Count birds for science this weekend", said on a Monday: with no past to place it, this week's)
            const bool thisComing = m.direction == 2 && (m_reference.dayOfWeek() >= 4 || tense != Tense::Past);
            if (offset == 0 && !inWeekend && tense != Tense::Future && tense != Tense::Present && !thisComing)
                offset = -1;
            else if (offset > 0 && !inWeekend)
                offset = 0;
            r.period = thisWeekend.shifted(Unit::Week, offset);
        } else if (m_nightBefore.isValid()) {
            r.period = {Unit::Day, m_nightBefore};
        } else if (m.fromNarrative && m_narrative.unit == Unit::Day && m_currentSentence - m_narrativeSentence <= 1) {
            // "London shares fell on Friday, hit by overnight losses in New York": Thursday night, in a
            // report of that Friday; in a later report, the night after the day told ("clashes late on
            // Saturday ... 107 were detained overnight", filed on Sunday).
            // A story that has only named the report's own day ("Troops held the city on Wednesday.
            // Russia launched 20 assaults overnight.") leaves the night labelled as with no day named.
            const bool dayBeforeTheReport = m_narrative.start < m_reference && !m_beforeANoun;
            const bool reportsDay = m_narrative.start == m_reference && !m_beforeANoun;
            if (reportsDay) {
                r.period = lastNight(tense);
                r.datedByItsMorning = tense != Tense::Future;
            } else {
                r.period = dayBeforeTheReport ? m_narrative : m_narrative.shifted(Unit::Day, -1);
                r.derivation = DateDerivation::Narrative;
            }
            r.moveNarrative = false;
        } else if (m.fromNarrative && m.partOfDay == PartOfDay::Night) {
            r.period = lastNight(tense);
            r.datedByItsMorning = tense != Tense::Future;
        } else if (m.sportsSeason) {
            // a season of sport runs from autumn into spring: between May and August the last one ended this year
            // and the next begins in it
            const bool offSeason = m_reference.month() >= 5 && m_reference.month() <= 8;
            r.period = Period::containing(Unit::Year, m_reference).shifted(Unit::Year, offSeason ? 0 : m.offset);
            r.moveNarrative = false;
        } else {
            r.period =
                Period::containing(m.unit, m.unit == Unit::Day ? today() : m_reference).shifted(m.unit, m.offset);
        }
        break;
    case Mention::Kind::Weekday: {
        if (m.weekdaysDate) {
            // ("Sunday night, the 28th": the nearest such Sunday the 28th, back from the report unless it lies ahead)
            const bool ahead = tense == Tense::Future;
            const QDate month(m_reference.year(), m_reference.month(), 1);
            QDate found;
            for (int n = 0; n < 28 && !found.isValid(); ++n) {
                const QDate first = month.addMonths(ahead ? n : -n);
                const QDate day(first.year(), first.month(), m.weekdaysDate);
                if (day.isValid() && day.dayOfWeek() == m.weekday && (ahead ? day >= m_reference : day <= m_reference))
                    found = day;
            }
            if (found.isValid()) {
                r.period = {Unit::Day, found};
                r.derivation = DateDerivation::Explicit;
                break;
            }
        }
        if (m.closesRange && m_narrative.isValid() && m_narrative.unit == Unit::Day) {
            // ("between Saturday and Monday": the first Monday after the Saturday just resolved)
            const int forward = (m.weekday - m_narrative.start.dayOfWeek() + 7) % 7;
            r.period = {Unit::Day, m_narrative.start.addDays(forward ? forward : 7)};
            r.derivation = DateDerivation::Narrative;
            r.moveNarrative = false; // (a clock after the range is on its first day)
            break;
        }
        const QDate base = (m.fromNarrative ? anchor().start : m_reference).addDays(7 * m.weekShift);
        r.period = {Unit::Day, weekday(m.weekday, m.direction, tense, base)};
        // ("next Friday", said on a Wednesday, is the Friday of next week: the one of this week would be "this
        // Friday" or "Friday"; Sunday belongs to either week, so next Sunday and a Sunday's next Saturday are
        // the coming ones; "the following Saturday", after a day told, is the first Saturday after it)
        if (m.direction == 1 && !m.weekShift && !m.fromNarrative && base.dayOfWeek() != 7 && m.weekday != 7
            && m.weekday > base.dayOfWeek())
            r.period = {Unit::Day, r.period.start.addDays(7)};
        r.derivation = m.fromNarrative ? DateDerivation::Narrative : DateDerivation::Reference;
        break;
    }
    case Mention::Kind::Shift: {
        if (!m.fromNarrative) {
            // "a year ago" in a text about a quarter's results means that quarter a year before
            if (m.toTheDay)
                r.period = Period {Unit::Day, m_reference.addDays(m.dayOffset)}.shifted(m.unit, m.offset);
            else if (m.toThe != Unit::None)
                r.period = Period::containing(m.toThe, shiftDate(m_reference, m.unit, m.offset));
            else if (m.unit == Unit::Year && m.offset == -1 && m.amount == 1 && m_reportedQuarter.isValid())
                r.period = comparedSpan().value_or(m_reportedQuarter.shifted(m.unit, m.offset));
            else
                r.period = Period::containing(std::min(m.unit, Unit::Year), m_reference).shifted(m.unit, m.offset);
            r.moveNarrative = m.unit < Unit::Year || m.toTheDay;
            break;
        }
        Period base = anchor();
        // ("The bomb dropped on Aug. 6, 1945, killed 140,000 by the end of that year. Three days later ...": days
        // count from the last day told, when the narrative moved on only to the longer period around it)
        // (when the count opens its sentence or clause: "Ramadan moves about 11 days earlier each year" counts from
        // nothing)
        if (m.counted && m.unit <= Unit::Week && base.unit > Unit::Day && base.unit != Unit::Weekend && m_opensClause
            && m_lastDay.isValid() && m_lastDay >= base.start && m_lastDay <= base.end()
            && m_currentSentence - m_lastDaySentence <= 2)
            base = {Unit::Day, m_lastDay};
        r.derivation =
            m_narrative.isValid() || base.start != m_reference ? DateDerivation::Narrative : DateDerivation::Reference;
        // "a year earlier" after a quarter's results, when the narrative has not gone back before it, nor
        // named a month of its own in the sentence ("Exports rose 7% in April from a year earlier")
        const bool monthOfItsOwn =
            m_narrative.isValid() && m_narrative.unit == Unit::Month && m_narrativeSentence == m_currentSentence;
        if (m.unit == Unit::Year && m.offset == -1 && m_reportedQuarter.isValid()
            && base.start >= m_reportedQuarter.start && !monthOfItsOwn) {
            r.period = comparedSpan().value_or(m_reportedQuarter.shifted(m.unit, m.offset));
            r.moveNarrative = false;
            break;
        }
        if (m.counted) {
            r.period = base.unit <= m.unit || base.unit == Unit::Weekend ? base.shifted(m.unit, m.offset) : base;
            // "Three years later" after "April 2019" is 2022, not April 2022: told in years, known to the year
            // ("a year earlier" compares like with like: the quarter, the day)
            if ((m.unit == Unit::Year || m.unit == Unit::Month) && std::abs(m.offset) >= 2 && r.period.unit < m.unit)
                r.period = Period::containing(m.unit, r.period.start);
            // ("the winter of 1957 ... Two decades later": told in decades, known to the year)
            else if ((m.unit == Unit::Decade || m.unit == Unit::Century) && r.period.unit < Unit::Year)
                r.period = Period::containing(Unit::Year, r.period.start);
            r.moveNarrative = !(m.offset < 0 && m.unit >= Unit::Year);
        } else {
            const Unit unit = std::max(m.unit, base.unit);
            // "attacked on Thursday and freed inmates the following weekend": the weekend after a weekday
            // is the one that ends its week
            const int offset =
                m.unit == Unit::Weekend && m.offset > 0 && base.unit == Unit::Day && base.start.dayOfWeek() <= 5
                ? m.offset - 1
                : m.offset;
            r.period = Period::containing(unit, base.start).shifted(m.unit, offset);
        }
        break;
    }
    case Mention::Kind::Anaphor: {
        if (m.periodAgo && m.unit == Unit::Month) {
            // "the same month last year": the month the text tells of, or the report's, a year before
            const bool toldMonth = m_narrative.isValid() && m_narrative.unit <= Unit::Month;
            const Period month = Period::containing(Unit::Month, toldMonth ? m_narrative.start : m_reference);
            r.period = m.year ? month.shifted(Unit::Year, m.year - month.start.year()) : month.shifted(Unit::Year, -1);
            r.moveNarrative = false;
            r.derivation = toldMonth ? DateDerivation::Narrative : DateDerivation::Reference;
            break;
        }
        if (m.periodAgo) {
            // the year-ago results compare with the quarter the text reports, not with a forecast one
            // ("the third quarter of 1990") or one mentioned in passing ("after a flat second quarter")
            Period base = m_reportedQuarter.isValid() ? m_reportedQuarter
                : m_lastQuarter.isValid()             ? m_lastQuarter
                : m_narrative.isValid() && m_narrative.unit >= Unit::Month
                ? m_narrative
                : Period::containing(Unit::Year, m_reference);
            if (m.quarter)
                base = {Unit::Quarter, QDate(base.start.year(), m.quarter * 3 - 2, 1)};
            r.period = m.year ? base.shifted(Unit::Year, m.year - base.start.year()) : base.shifted(Unit::Year, -1);
            if (const auto span = comparedSpan(); span && m.unit != Unit::Quarter)
                r.period = *span;
            r.moveNarrative = false;
            r.derivation = DateDerivation::Narrative;
            break;
        }
        if (m.unit == Unit::Quarter) {
            // "the latest quarter" has ended: a forecast quarter the text named is not it
            const bool usable = m_lastQuarter.isValid()
                && (m.offset >= 0 || m_lastQuarter.end() < m_reference || m_lastQuarterReported);
            r.period =
                usable ? m_lastQuarter : Period::containing(Unit::Quarter, m_reference).shifted(Unit::Quarter, -1);
            r.derivation = usable ? DateDerivation::Narrative : DateDerivation::Reference;
            r.moveNarrative = false;
            break;
        }
        // "that day" after "in 1987" names no day the text gave: keep the narrative's coarser period.
        // What lies ahead ("could spread by the end of the year") is not in a narrative already past.
        // ("by the end of that year" names the narrative's)
        const bool ahead = tense == Tense::Future && !m.fromNarrative && !inStory() && m_narrative.isValid()
            && m_narrative.end() < m_reference;
        Period base = ahead ? Period::containing(Unit::Day, m_reference) : anchor();
        const bool sinceDay = m.unit == Unit::Day && m.offset == 0 && m_sinceDay.isValid()
            && m_sinceDaySentence >= m_narrativeSentence && m_currentSentence - m_sinceDaySentence <= 1;
        if (sinceDay)
            base = m_sinceDay;
        // "Earlier this month, Russia rejected the draft. Later in the day, sirens sounded": a narrative
        // that knows only a longer period around the report's date leaves the report's day.
        // ("The last pandemic was in 1968. Schools have shut for the rest of the week": a year named in
        // passing, with no day of its own, and a sentence not in the past, leave the report's week too)
        const bool reportsPeriod = m.inCurrent && base.unit > m.unit
            && ((base.start <= m_reference && m_reference <= base.end())
                || (base.unit >= Unit::Year && (tense != Tense::Past || m_presentPerfect)));
        if (reportsPeriod)
            base = Period::containing(m.unit, m_reference);
        // ("the largest blackout in history. In Manhattan, commuters walked home that evening": a part of a day is
        // of the day the story last told, when a longer period was named since)
        // (or of the last clock's)
        const bool clockLater = m_lastClockDay.isValid() && m_lastClockDay < m_reference
            && (!m_toldDay.isValid() || m_lastClockSentence > m_toldDaySentence);
        const QDate toldDay = clockLater ? m_lastClockDay : m_toldDay;
        const int toldSentence = clockLater ? m_lastClockSentence : m_toldDaySentence;
        // ("on June 6, 1944 ... before returning home in the spring of 1945. Few of the troops who came ashore that
        // day": and so is the day itself)
        // (but not after a month before that day, which a day of its own may be in: "closed it Thursday night. ...
        // killed last October ... His name was crossed out that same day" is October's)
        const bool dayItself = m.unit == Unit::Day && m.offset == 0 && !m.inCurrent && toldDay.isValid()
            && (toldDay < base.start || base.unit >= Unit::Year);
        if ((m.partOfDay != PartOfDay::None || dayItself) && base.unit > Unit::Day && !ahead && !reportsPeriod
            && toldDay.isValid() && m_currentSentence - toldSentence <= 3)
            base = {Unit::Day, toldDay};
        r.period = base.unit > m.unit && base.unit != Unit::Weekend ? base : Period::containing(m.unit, base.start);
        r.derivation = (m_narrative.isValid() || sinceDay) && !ahead && !reportsPeriod ? DateDerivation::Narrative
                                                                                       : DateDerivation::Reference;
        break;
    }
    case Mention::Kind::Time: {
        // A bare time of day belongs to the day the narrative just set, if it set one nearby.
        r.period = Period::containing(Unit::Day, m_reference);
        break;
    }
    default:
        break;
    }
    return r;
}

// The clues around a mention that the year it falls in may depend on: "will" in its sentence, "results" after
// a quarter, a past perfect
void DateResolver::readSurroundings(const Mention &m, Word before, Tense tense, const std::vector<DateToken> &tokens,
                                    QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    m_willNearby = false;
    // (not a "will" quoted after the date: 'called Dec. 7 "a date which will live in infamy"')
    bool quoteAfter = false;
    for (int i = std::max(0, m.first - DateResolver::defaultTenseWindow); !m_referenceNamed && m_storyYear
         && i < std::min(int(tokens.size()), m.last + DateResolver::defaultTenseWindow);
         ++i) {
        quoteAfter = quoteAfter
            || (i > m.last && (tokens[std::size_t(i)].isPunct(u'"') || tokens[std::size_t(i)].isPunct(u'\u201C')));
        m_willNearby = m_willNearby
            || (tokens[std::size_t(i)].sentence == sentence && !quoteAfter
                && (tokens[std::size_t(i)].word() == Word::Will || tokens[std::size_t(i)].word() == Word::Shall));
    }
    m_opensClause = m.first == 0 || tokens[std::size_t(m.first - 1)].sentence != sentence
        || tokens[std::size_t(m.first - 1)].isPunct(u',') || tokens[std::size_t(m.first - 1)].word() == Word::And;
    m_nowNearby = false;
    for (int i = m.first - 1;
         !m_referenceNamed && m_storyYear && !m_nowNearby && i >= 0 && tokens[std::size_t(i)].sentence == sentence;
         --i) {
        const Word w = tokens[std::size_t(i)].word();
        m_nowNearby = w == Word::Today || w == Word::Yesterday || w == Word::Tomorrow || w == Word::Tonight;
    }
    for (int i = m.last + 1; !m_referenceNamed && m_storyYear && !m_nowNearby && i + 1 < int(tokens.size())
         && tokens[std::size_t(i)].sentence == sentence;
         ++i) {
        const Word w = tokens[std::size_t(i)].word();
        const LexEntry *next = tokens[std::size_t(i + 1)].lex;
        m_nowNearby = w == Word::Today || w == Word::Yesterday || w == Word::Tomorrow || w == Word::Tonight
            || ((w == Word::Next || w == Word::Last || w == Word::This) && next && !next->plural
                && (next->weekday || next->unit == Unit::Week || next->unit == Unit::Month
                    || next->unit == Unit::Weekend));
    }
    m_presentPerfect = false;
    for (int i = m.first - 2; i >= 0 && !m_presentPerfect && tokens[std::size_t(i)].sentence == sentence; --i)
        m_presentPerfect = tokens[std::size_t(i)].word() == Word::PresentAux
            && sameWordAsAny(tokenText(tokens[std::size_t(i)], text),
                             {QLatin1StringView("has"), QLatin1StringView("have")})
            && tokens[std::size_t(i + 1)].isWord()
            && (!tokens[std::size_t(i + 1)].lex || tokens[std::size_t(i + 1)].word() == Word::PastVerb);
    // ("fourth-quarter results": the quarter the results are of, right before them)
    // ("would restate its results for the first quarter": what is reported for a quarter)
    m_resultsNearby = m.kind == Mention::Kind::Calendar && (m.quarter || m.monthSpan) && m.yearMode == YearMode::Infer
        && (before == Word::For
            || (before == Word::The && m.first >= 2 && tokens[std::size_t(m.first - 2)].word() == Word::For));
    if (m.kind == Mention::Kind::Calendar && m.quarter && m.yearMode == YearMode::Infer
        && m.last + 1 < int(tokens.size()) && tokens[std::size_t(m.last + 1)].sentence == sentence) {
        const QStringView word = tokenText(tokens[std::size_t(m.last + 1)], text);
        for (const char *result : {"results", "earnings", "profit", "loss", "revenue", "sales", "GDP", "growth"})
            m_resultsNearby = m_resultsNearby || word.compare(QLatin1StringView(result), Qt::CaseInsensitive) == 0;
    }
    // ("had begun on 27 November", "By 5 December, Hama had fallen": a past perfect; not "had to")
    // (a date after a preposition, as the time of the act: "had set 11 September as the deadline" names a plan,
    // "since October" runs up to the story's day)
    m_flashback = false;
    m_flashbackBy = before == Word::By;
    // ("returned to office in May 2010, after Fidesz won a majority on 25 April": told out of order)
    m_outOfOrder = false;
    for (int i = m.first - 1;
         i >= 0 && i >= m.first - 40 && tokens[std::size_t(i)].sentence == sentence && !m_outOfOrder; --i)
        m_outOfOrder = tokens[std::size_t(i)].word() == Word::After || tokens[std::size_t(i)].word() == Word::Before
            || tokens[std::size_t(i)].word() == Word::Since;
    const bool prepositionBefore =
        before == Word::On || before == Word::In || before == Word::By || before == Word::At || before == Word::During;
    // (the "had" before the date, or after a fronted "By 5 December,")
    const int flashbackEnd = m_flashbackBy ? m.last + 6 : m.first - 1;
    for (int i = std::max(0, m.first - 8);
         tense == Tense::Past && prepositionBefore && i < std::min(int(tokens.size()) - 1, flashbackEnd); ++i) {
        const DateToken &next = tokens[std::size_t(i + 1)];
        m_flashback = m_flashback
            || (tokens[std::size_t(i)].word() == Word::Had && tokens[std::size_t(i)].sentence == sentence
                && next.isWord() && !next.capitalized && next.word() != Word::To && next.word() != Word::A
                && next.word() != Word::An && next.word() != Word::The);
    }
}

namespace {

// "The truce took effect on January 19", "the war that began on Feb. 24", "went missing on Tuesday": a day something
// began on, by a word of beginning close to it in its sentence
bool namesABeginning(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const int from = std::max(0, std::min(m.first, m.dayFirst >= 0 ? m.dayFirst : m.first) - 6);
    const int to = std::min(int(tokens.size()) - 1, std::max(m.last, m.dayLast) + 4);
    for (int k = from; k <= to; ++k) {
        const DateToken &t = tokens[std::size_t(k)];
        if (t.sentence != sentence || !t.isWord() || (k >= m.first && k <= m.last))
            continue;
        if (sameWordAsAny(tokenText(t, text),
                          {QLatin1StringView("began"), QLatin1StringView("begun"), QLatin1StringView("begin"),
                           QLatin1StringView("begins"), QLatin1StringView("start"), QLatin1StringView("started"),
                           QLatin1StringView("starts"), QLatin1StringView("effect"), QLatin1StringView("force"),
                           QLatin1StringView("launched"), QLatin1StringView("erupted"), QLatin1StringView("opened"),
                           QLatin1StringView("disappeared"), QLatin1StringView("vanished"),
                           QLatin1StringView("missing"), QLatin1StringView("abducted"),
                           QLatin1StringView("kidnapped")}))
            return true;
    }
    return false;
}

// How a day heads a diary's entry, if it does: on a short line of capitalized words and numbers of its own ("Day 47 -
// Thursday 21 April", "Sunday 18 August, Cambridge Bay"), or opening its paragraph before a dash or a colon, past a
// clock ("Monday 11 January - Left camp at dawn.", "Monday, 6 February, 11.00 - The first quake struck")
enum class EntryHeading : std::uint8_t { None, OwnLine, RunOn };

EntryHeading entryHeading(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const auto inSentence = [&](int k) {
        return k >= 0 && k < int(tokens.size()) && tokens[std::size_t(k)].sentence == sentence;
    };
    int first = m.first;
    int last = m.last;
    while (inSentence(first - 1) && m.first - first < 4)
        --first;
    while (inSentence(last + 1) && last - m.last < 4)
        ++last;
    bool titled = !inSentence(first - 1) && !inSentence(last + 1)
        && !text.mid(tokens[std::size_t(first)].start, tokens[std::size_t(last)].end - tokens[std::size_t(first)].start)
                .contains(u'\n');
    for (int k = first; titled && k <= last; ++k)
        titled =
            (k >= m.first && k <= m.last) || !tokens[std::size_t(k)].isWord() || tokens[std::size_t(k)].capitalized;
    if (titled)
        return EntryHeading::OwnLine;
    const qsizetype from = m.first > 0 ? tokens[std::size_t(m.first - 1)].end : 0;
    const bool opensParagraph =
        m.first == 0 || text.mid(from, tokens[std::size_t(m.first)].start - from).contains(u'\n');
    int closer = m.last + 1;
    if (closer < int(tokens.size()) && tokens[std::size_t(closer)].isPunct(u','))
        ++closer;
    for (int k = 0; k < 4 && closer < int(tokens.size())
         && (tokens[std::size_t(closer)].isNumber() || tokens[std::size_t(closer)].isPunct(u'.')
             || (tokens[std::size_t(closer)].isPunct(u':') && !tokens[std::size_t(closer)].spaceBefore
                 && closer + 1 < int(tokens.size()) && tokens[std::size_t(closer + 1)].isNumber()));
         ++k)
        ++closer;
    const bool dashAfter = closer < int(tokens.size())
        && ((tokens[std::size_t(closer)].isPunct(u'-') && tokens[std::size_t(closer)].spaceBefore)
            || tokens[std::size_t(closer)].isPunct(u':'));
    return opensParagraph && dashAfter ? EntryHeading::RunOn : EntryHeading::None;
}

} // namespace

std::optional<Timex> DateResolver::resolve(const Mention &m, const std::vector<DateToken> &tokens, QStringView text,
                                           qsizetype offset)
{
    std::optional<Timex> timex = m.countedDay && m.kind == Mention::Kind::Anaphor
        ? resolveCountedDay(m, tokens, text, offset)
        : resolveMention(m, tokens, text, offset);
    if (!timex || timex->interval.precision != DatePrecision::Day || !timex->interval.start.isValid())
        return timex;
    // ("brush collection for April 27 to May 8 ... on the first day of collection": a span of days begins too)
    const int sentence = tokens[std::size_t(m.first)].sentence;
    if (timex->interval.start != timex->interval.end) {
        m_spanFrom = timex->interval.start;
        m_spanFromSentence = sentence;
        return timex;
    }
    m_lastDay = timex->interval.start;
    m_lastDayLast = m.last;
    m_lastDayChunk = offset;
    m_lastDaySentence = sentence;
    const int wordBefore = wordBeforeHedge(tokens, m.first);
    const Word limit = wordBefore >= 0 ? tokens[std::size_t(wordBefore)].word() : Word::None;
    m_lastDayOpensSpan =
        m.kind != Mention::Kind::Time && limit != Word::Until && limit != Word::Through && limit != Word::By;
    if (!m.countedDay && namesABeginning(m, tokens, text)) {
        m_countFrom = m_lastDay;
        m_countFromSentence = sentence;
    }
    return timex;
}

std::optional<Timex> DateResolver::resolveCountedDay(const Mention &m, const std::vector<DateToken> &tokens,
                                                     QStringView text, qsizetype offset)
{
    // ("on Saturday, day 28 of the ceasefire", "Sunday marked its 100th day": the day just named)
    int k = m.first - 1;
    if (k >= 0 && (tokens[std::size_t(k)].word() == Word::Its || tokens[std::size_t(k)].word() == Word::Their))
        --k;
    const auto linking = [&](int at) {
        const DateToken &t = tokens[std::size_t(at)];
        return t.isPunct(u',') || (t.isPunct(u'-') && t.spaceBefore)
            || sameWordAsAny(tokenText(t, text),
                             {QLatin1StringView("is"), QLatin1StringView("was"), QLatin1StringView("marks"),
                              QLatin1StringView("marked"), QLatin1StringView("became"), QLatin1StringView("becomes")});
    };
    const bool beside = k >= 1 && linking(k) && offset == m_lastDayChunk && m_lastDayLast == k - 1;
    // ("as the war enters its 1,000th day", "the strike, now in its fifth day": the day of the report)
    const bool entering = k >= 0 && !(k >= 1 && (tokens[std::size_t(k - 1)].word() == Word::Will))
        && (tokenText(tokens[std::size_t(k)], text).startsWith(QLatin1StringView("enter"), Qt::CaseInsensitive)
            || sameWordAsAny(tokenText(tokens[std::size_t(k)], text),
                             {QLatin1StringView("reached"), QLatin1StringView("reaches"), QLatin1StringView("in"),
                              QLatin1StringView("into")}));
    QDate day;
    DateDerivation derivation = DateDerivation::Narrative;
    // (from a span of days just named, or else from the last beginning told in the sentences before)
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const bool spanNear = sentence - m_spanFromSentence <= 2 && m_spanFromSentence > m_countFromSentence;
    const QDate from = spanNear ? m_spanFrom : sentence - m_countFromSentence <= countReach ? m_countFrom : QDate();
    const QDate counted = from.isValid() ? from.addDays(m.countedDay - 1) : QDate();
    const Tense tense = tenseAround(m.first, m.last, tokens, text);
    if (beside) {
        day = m_lastDay;
    } else if (counted.isValid() && !entering && !m.streak && counted <= m_reference.addYears(1)) {
        // (a count that runs past the year ahead is of something else: "the truce took effect on January 19 ... as
        // the war enters its 1,000th day")
        day = counted;
    } else if (m.streak && tense != Tense::Future && m_lastDay.isValid() && m_lastDay <= m_reference
               && sentence - m_lastDaySentence <= 1) {
        // ("The index fell on Friday ... Crude was down for a fifth day": a run that ended on the day just told)
        day = m_lastDay;
    } else if (m.countedDay >= 2 && (entering || (m.streak ? tense != Tense::Future : tense == Tense::Present))) {
        day = m_reference;
        derivation = DateDerivation::Reference;
    }
    if (!day.isValid())
        return std::nullopt;
    Mention dated = m;
    dated.kind = Mention::Kind::Calendar;
    dated.unit = Unit::None;
    dated.countedDay = 0;
    dated.yearMode = YearMode::Explicit;
    dated.year = day.year();
    dated.month = day.month();
    dated.day = day.day();
    std::optional<Timex> timex = resolveMention(dated, tokens, text, offset);
    if (timex)
        timex->interval.derivation = derivation;
    return timex;
}

// "from 11:41 p.m. to 12:43 a.m.", "between 10pm and 2am": a clock that ends a span of hours begun by the clock just
// before it, with nothing but "to", "until" or "and" (and "about") between them
bool DateResolver::closesClockSpan(const Mention &m, const std::vector<DateToken> &tokens, qsizetype offset) const
{
    if (m.hour < 0 || offset != m_lastClockChunk)
        return false;
    int k = m.first - 1;
    while (k >= 0 && (tokens[std::size_t(k)].word() == Word::About || tokens[std::size_t(k)].word() == Word::Around))
        --k;
    if (k < 1 || k - 1 != m_lastClockLast)
        return false;
    const DateToken &between = tokens[std::size_t(k)];
    return between.word() == Word::To || between.word() == Word::Until || between.word() == Word::And
        || between.word() == Word::Through || between.isPunct(u'-');
}

std::optional<Timex> DateResolver::resolveMention(const Mention &m, const std::vector<DateToken> &tokens,
                                                  QStringView text, qsizetype offset)
{
    if (m.kind == Mention::Kind::Reject)
        return std::nullopt;
    // ("It's eleven minutes past six ... the headlines at the top of the hour": the next full hour after the clock
    // just told; with no clock near, no time)
    if (m.topOfHour) {
        if (!m_lastClockDay.isValid() || tokens[std::size_t(m.first)].sentence - m_lastClockSentence > 3)
            return std::nullopt;
        Mention clock = m;
        clock.topOfHour = false;
        clock.hour = (m_lastClockMinute / 60 + (m_lastClockMinute % 60 ? 1 : 0)) % 24;
        clock.minute = 0;
        return resolve(clock, tokens, text, offset);
    }
    Timex timex;
    const DateToken &firstToken = tokens[std::size_t(m.first)];
    const DateToken &lastToken = tokens[std::size_t(m.last)];
    timex.start = offset + firstToken.start;
    timex.end = offset + lastToken.end;
    timex.text = text.mid(firstToken.start, lastToken.end - firstToken.start).toString();
    timex.mod = modText(m.mod);
    const int sentence = firstToken.sentence;

    switch (m.kind) {
    case Mention::Kind::Ref:
        timex.type = TimexType::Date;
        timex.value = m.ref < 0 ? QStringLiteral("PAST_REF")
            : m.ref > 0         ? QStringLiteral("FUTURE_REF")
                                : QStringLiteral("PRESENT_REF");
        if (m.ref == 0)
            timex.interval = {m_reference, m_reference, DatePrecision::Day, DateDerivation::Reference};
        return timex;
    case Mention::Kind::Duration: {
        // "the nine months", "the first six months": results reported for a span of the year
        if (m.unit == Unit::Month && (m.amount == 6 || m.amount == 9) && m.durationDirection <= 0
            && firstToken.word() == Word::The)
            m_spanSentence = firstToken.sentence;
        timex.type = TimexType::Duration;
        timex.value = m.decimalDigits ? decimalDurationValue(m.unit, m.amount, m.decimal, m.decimalDigits)
            : m.partUnit != Unit::None
            ? durationValue(m.unit, m.amount, m.partUnit, m.partAmount, m.lastPartUnit, m.lastPartAmount)
            : durationValue(m.unit, m.amount, m.fraction);
        // "the past three days", "in recent weeks", "in the last 24 hours", "the next two months": a
        // span that ends or starts at the reference date. "A few" counts three, "recent days" a week;
        // hours count whole days, the day they started on included.
        if (m.durationDirection != 0 && m.unit >= Unit::Hour) {
            Unit unit = m.unit == Unit::Weekend ? Unit::Week : m.unit;
            const bool recentDays =
                unit == Unit::Day && m.amount <= 0 && timex.text.contains(u"recent", Qt::CaseInsensitive);
            int amount = m.amount > 0 ? m.amount : recentDays ? 7 : 3;
            if (unit == Unit::Hour) {
                unit = Unit::Day;
                amount = m.amount > 0 ? (m.amount + 23) / 24 + 1 : 2;
            }
            if (m.durationDirection < 0)
                timex.interval = {shiftDate(m_reference, unit, -amount).addDays(1), m_reference,
                                  Period {unit, m_reference}.precision(), DateDerivation::Reference};
            else
                timex.interval = {m_reference, shiftDate(m_reference, unit, amount).addDays(-1),
                                  Period {unit, m_reference}.precision(), DateDerivation::Reference};
        }
        return timex;
    }
    case Mention::Kind::Set: {
        timex.type = TimexType::Set;
        if (m.weekday)
            timex.value = QStringLiteral("XXXX-WXX-") + QString::number(m.weekday)
                + QString(m.partOfDay != PartOfDay::None ? QString(QLatin1Char('T') + partOfDayCode(m.partOfDay))
                                                         : QString());
        else if (m.month)
            timex.value = QStringLiteral("XXXX-") + pad2(m.month)
                + QString(m.day ? QString(QLatin1Char('-') + pad2(m.day)) : QString());
        else if (m.season)
            timex.value =
                Period {Unit::Season, QDate(2000, m.season * 3, 1)}.value().replace(0, 4, QStringLiteral("XXXX"));
        else if (m.partOfDay != PartOfDay::None)
            timex.value = QStringLiteral("XXXX-XX-XXT") + partOfDayCode(m.partOfDay);
        else if (m.unit == Unit::Weekend && m.amount <= 1) // "each weekend"
            timex.value = QStringLiteral("XXXX-WXX-WE");
        else
            timex.value = durationValue(m.unit, m.amount, 0);
        if (const int hour = clockHour(m, tokens); hour >= 0) // "every Thursday at 8 p.m.", "every day at noon"
            timex.value = (m.weekday ? timex.value : QStringLiteral("XXXX-XX-XX")) + QLatin1Char('T')
                + pad2(hour == 24 ? 0 : hour) + QLatin1Char(':') + pad2(std::max(m.minute, 0));
        return timex;
    }
    default:
        break;
    }

    if (notADay(m, tokens, text))
        return std::nullopt;
    // "Offices will work from 9 am till 2.30 pm during the holy month": the time of a routine, on no one day
    // (and "from 8pm to 6am" after a routine's first clock ends on no one day either)
    const bool endsUndatedSpan = m_lastClockUndated && m.dayFirst < 0 && closesClockSpan(m, tokens, offset);
    if (m.hour >= 0 && (m.kind == Mention::Kind::Time || m.endWeekday) && (m.dayFirst < 0 || m.endWeekday)
        && (endsUndatedSpan || inASchedule(m, tokens, text))) {
        const int hour = clockHour(m, tokens);
        m_lastClockLast = m.last;
        m_lastClockChunk = offset;
        m_lastClockUndated = true;
        timex.type = TimexType::Time;
        timex.value = QStringLiteral("XXXX-XX-XXT") + pad2(hour) + QLatin1Char(':') + pad2(std::max(m.minute, 0));
        // ("from 8am to 1pm, Monday to Saturday": the clock alone; the days are a span of their own)
        int dayFirst = m.dayFirst > m.first && m.dayFirst <= m.last ? m.dayFirst : -1;
        for (int k = m.first + 1; dayFirst < 0 && k <= m.last; ++k)
            if (tokens[std::size_t(k)].lex && tokens[std::size_t(k)].lex->weekday)
                dayFirst = k;
        if (dayFirst > m.first) {
            int last = dayFirst - 1;
            while (last > m.first
                   && (tokens[std::size_t(last)].isPunct(u',') || tokens[std::size_t(last)].word() == Word::On))
                --last;
            timex.end = offset + tokens[std::size_t(last)].end;
            timex.text = text.mid(firstToken.start, tokens[std::size_t(last)].end - firstToken.start).toString();
        }
        return timex;
    }
    // ("people who had never been bored on a Sunday afternoon": a day of that name, not one the text can date; not
    // "Forty years ago, on a Sunday morning", which its sentence dates, nor "a Sunday night memorial service")
    const auto genericDay = [&] {
        if (m.kind != Mention::Kind::Weekday || m.direction != 0 || m.weekShift || m.fromNarrative || m.endWeekday
            || m.hour >= 0 || m.first < 2 || tokens[std::size_t(m.first - 1)].word() != Word::A
            || tokens[std::size_t(m.first - 2)].word() != Word::On)
            return false;
        const DateToken *after = m.last + 1 < int(tokens.size()) ? &tokens[std::size_t(m.last + 1)] : nullptr;
        if (after && after->isWord() && !after->lex && !after->capitalized && after->sentence == sentence)
            return false;
        for (int k = m.first - 3; k >= 0 && tokens[std::size_t(k)].sentence == sentence; --k) {
            const DateToken &t = tokens[std::size_t(k)];
            if ((t.lex && (t.lex->unit != Unit::None || t.lex->month || t.lex->weekday || t.lex->season))
                || (t.isNumber() && t.digits == 4))
                return false;
        }
        return true;
    };
    if (genericDay()) {
        timex.type = m.partOfDay != PartOfDay::None ? TimexType::Time : TimexType::Date;
        timex.value = QStringLiteral("XXXX-WXX-") + QString::number(m.weekday)
            + QString(m.partOfDay != PartOfDay::None ? QString(QLatin1Char('T') + partOfDayCode(m.partOfDay))
                                                     : QString());
        return timex;
    }
    m_currentSentence = sentence;
    m_currentStart = offset + tokens[std::size_t(m.first)].start;
    // "at 8 a.m. on Sunday": the day's own words tell its tense
    Mention day = m;
    if (m.dayFirst >= 0) {
        day.first = m.dayFirst;
        day.last = m.dayLast;
    }
    Tense tense = tenseAround(day.first, day.last, tokens, text);
    const Tense sentenceTense = tense;
    // "Wednesday's ruling" names an event the report looks back on, whatever the tense of the clause
    // around it ("they would look for ways around Wednesday's ruling"), unless a future cue stands
    // right beside it ("will vote in Saturday's election").
    const bool possessive = day.last + 2 < int(tokens.size()) && tokens[std::size_t(day.last + 1)].isPunct(u'\'')
        && !tokens[std::size_t(day.last + 1)].spaceBefore && tokens[std::size_t(day.last + 2)].word() == Word::LetterS
        && !tokens[std::size_t(day.last + 2)].spaceBefore;
    // (and "June's increase", "matching June's rise": a month's figures already out)
    const bool monthOfItsOwn =
        day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer && day.month && !day.day;
    // ("will carry his medals at Sunday's Remembrance service": "will" earlier in its clause; "would" only for what
    // is at or before that day's event, not "would look for ways around Wednesday's ruling")
    const Word dayPreposition = day.first > 0 ? tokens[std::size_t(day.first - 1)].word() : Word::None;
    const bool toCome = dayPreposition == Word::At || dayPreposition == Word::Before || dayPreposition == Word::For;
    const auto willInClause = [&] {
        for (int k = day.first - 1; k >= 0 && k >= day.first - 10 && tokens[std::size_t(k)].sentence == sentence
             && !tokens[std::size_t(k)].isPunct(u',') && !tokens[std::size_t(k)].isPunct(u';');
             --k)
            if (tokens[std::size_t(k)].word() == Word::Will || (tokens[std::size_t(k)].word() == Word::Would && toCome))
                return true;
        // ("the winner of Sunday's vote will be sworn in": "will" right after the day's noun)
        for (int k = day.last + 3; k < int(tokens.size()) && k <= day.last + 6 && tokens[std::size_t(k)].isWord()
             && tokens[std::size_t(k)].sentence == sentence;
             ++k) {
            if (tokens[std::size_t(k)].word() == Word::Will)
                return true;
            if (tokens[std::size_t(k)].lex)
                break;
        }
        return false;
    };
    // ("NASA is go for Monday's launch", "crowds converge ahead of Saturday's final": what a clause in the present
    // or with no tense waits for is ahead; "share before Friday's purchases is" compares with the past)
    // ("England go into Saturday's World Cup opener", "Monday night's high tide is expected at 8:50 p.m.")
    const bool expectedAfter = [&] {
        for (int k = day.last + 3; k < int(tokens.size()) && k <= day.last + 9
             && tokens[std::size_t(k)].sentence == sentence && !tokens[std::size_t(k)].isPunct(u',');
             ++k) {
            const Word w = tokens[std::size_t(k)].word();
            if (w == Word::Will || w == Word::Expected || w == Word::Scheduled || w == Word::Due)
                return true;
        }
        return false;
    }();
    const bool awaited = dayPreposition == Word::For
        || (day.first >= 2 && tokens[std::size_t(day.first - 1)].word() == Word::Of
            && tokens[std::size_t(day.first - 2)].word() == Word::Ahead)
        || (sameWord(tokenText(tokens[std::size_t(std::max(day.first - 1, 0))], text), QLatin1StringView("into"))
            && day.first > 0)
        || expectedAfter;
    const bool possessiveDay =
        ((day.kind == Mention::Kind::Weekday && day.direction == 0) || monthOfItsOwn) && possessive;
    if (possessiveDay && (tense != Tense::Past || day.kind == Mention::Kind::Weekday) && willInClause())
        tense = Tense::Future;
    else if (possessiveDay && tense != Tense::Past)
        tense =
            awaited || tenseAround(day.first, day.last, tokens, text, 3) == Tense::Future ? Tense::Future : Tense::Past;
    // ("Sunday's final stage leaves Rambouillet at 1.45pm": a verb of schedules after the day's noun)
    for (int k = day.last + 3; possessiveDay && k < int(tokens.size()) && k <= day.last + 6
         && tokens[std::size_t(k)].sentence == sentence && tokens[std::size_t(k)].isWord();
         ++k) {
        if (isScheduleVerbInThirdPerson(tokenText(tokens[std::size_t(k)], text))) {
            tense = Tense::Future;
            break;
        }
        const LexEntry *lex = tokens[std::size_t(k)].lex;
        if (lex && lex->word != Word::Final && !lex->ordinal)
            break;
    }
    // ("with only stage 20 on Sunday still to come": what is yet to come lies ahead)
    for (int k = day.last + 1;
         k + 1 < int(tokens.size()) && k <= day.last + 3 && tokens[std::size_t(k + 1)].sentence == sentence; ++k)
        if (tokens[std::size_t(k)].word() == Word::To
            && sameWord(tokenText(tokens[std::size_t(k + 1)], text), QLatin1StringView("come")))
            tense = Tense::Future;
    // ("the December employment report, due Friday": the month a report gives figures for has ended)
    bool monthOfFigures = false;
    if (monthOfItsOwn && tense != Tense::Past && day.first > 0
        && tokens[std::size_t(day.first - 1)].word() == Word::The) {
        for (int k = day.last + 1; k <= day.last + 2 && k < int(tokens.size()) && tokens[std::size_t(k)].isWord()
             && !tokens[std::size_t(k)].lex && !tokens[std::size_t(k)].capitalized;
             ++k)
            if (sameWordAsAny(tokenText(tokens[std::size_t(k)], text),
                              {QLatin1StringView("report"), QLatin1StringView("figures"), QLatin1StringView("data"),
                               QLatin1StringView("statistics"), QLatin1StringView("numbers"),
                               QLatin1StringView("reading"), QLatin1StringView("survey")}))
                monthOfFigures = true;
        if (monthOfFigures)
            tense = Tense::Past;
    }
    // ("Brent crude for May delivery", "the June contract", "front-month October crude": a month of delivery is the
    // next such month a market trades)
    if (monthOfItsOwn) {
        const int after = day.last + 1;
        // ("January crude fell", "March natural gas futures rose", "Brent blend for January settled")
        const bool deliveryAfter = after < int(tokens.size()) && tokens[std::size_t(after)].sentence == sentence
            && (sameWordAsAny(tokenText(tokens[std::size_t(after)], text),
                              {QLatin1StringView("delivery"), QLatin1StringView("contract"),
                               QLatin1StringView("contracts"), QLatin1StringView("futures")})
                || isCommodity(tokenText(tokens[std::size_t(after)], text)));
        const bool goodFor = day.first >= 2 && tokens[std::size_t(day.first - 1)].word() == Word::For
            && tokens[std::size_t(day.first - 2)].sentence == sentence
            && isCommodity(tokenText(tokens[std::size_t(day.first - 2)], text));
        const bool frontMonth = day.first >= 3
            && sameWord(tokenText(tokens[std::size_t(day.first - 1)], text), QLatin1StringView("month"))
            && tokens[std::size_t(day.first - 2)].isPunct(u'-')
            && sameWord(tokenText(tokens[std::size_t(day.first - 3)], text), QLatin1StringView("front"));
        if (deliveryAfter || frontMonth || goodFor)
            tense = Tense::Future;
    }
    // ("raised its forecast for the fiscal year ending in March", told in August: the year still running ends
    // ahead)
    if (monthOfItsOwn && day.first >= 3) {
        int k = day.first - 1;
        if (tokens[std::size_t(k)].word() == Word::In)
            --k;
        if (k >= 1 && tokens[std::size_t(k)].word() == Word::Ended
            && sameWord(tokenText(tokens[std::size_t(k)], text), QLatin1StringView("ending"))
            && tokens[std::size_t(k - 1)].word() == Word::Year)
            tense = Tense::Future;
    }
    // "The deadline is Friday", "talks are set for Monday": a weekday right beside a present "is" or
    // "are" is the coming one; a present tense further out ("the city is calm after clashes on Monday")
    // tells nothing about it
    // ("A warning is in place for Sunday")
    // ("The conference runs through Friday", "stays open until Friday": a span told in the present ends ahead)
    const int spanWord = wordBeforeHedge(tokens, day.first);
    const bool presentSpanEnd = spanWord >= 0
        && (tokens[std::size_t(spanWord)].word() == Word::Through
            || tokens[std::size_t(spanWord)].word() == Word::Until);
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && tense == Tense::Present) {
        const bool beside = besideBe(day, tokens, text) || namesItsEventBeforeDay(day, tokens, text);
        if (presentSpanEnd)
            tense = Tense::Future;
        else if (!beside)
            tense = Tense::Unknown;
        else if (tenseAround(day.first, day.last, tokens, text, 3) != Tense::Present)
            tense = Tense::Future;
    }
    // ("gave a 70 percent chance of acceptable weather for Saturday morning", "Typhoon warnings for Sunday could
    // depress turnout": the day a forecast or a warning is for lies ahead, whenever it was issued)
    // ("has issued a yellow warning for Cork and Kerry from 6am on Thursday", "The forecast is for warm sunshine on
    // Wednesday": the noun may stand further back in its clause, before "for", unless a past verb dates the day: "a
    // warning for the coast issued on Monday")
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && !possessive && day.first >= 1) {
        const auto forecastNoun = [&](int k) {
            return tokens[std::size_t(k)].isWord()
                && sameWordAsAny(tokenText(tokens[std::size_t(k)], text),
                                 {QLatin1StringView("weather"), QLatin1StringView("forecast"),
                                  QLatin1StringView("forecasts"), QLatin1StringView("warning"),
                                  QLatin1StringView("warnings"), QLatin1StringView("outlook")});
        };
        // ("stern warnings from Moscow on Thursday": what a warning is for, after "for")
        bool forSeen = false;
        for (int k = day.first - 1; k >= 0 && k >= day.first - 12 && tokens[std::size_t(k)].sentence == sentence
             && !tokens[std::size_t(k)].isPunct(u',') && !tokens[std::size_t(k)].isPunct(u';');
             --k) {
            // ("issued a red flag warning from 4 a.m. Tuesday": the span a warning runs, right after it)
            const bool spanAfter = k == day.first - 2
                && (tokens[std::size_t(k + 1)].word() == Word::From
                    || tokens[std::size_t(k + 1)].word() == Word::Until);
            if (forecastNoun(k) && (forSeen || k == day.first - 1 || spanAfter)) {
                tense = Tense::Future;
                break;
            }
            forSeen = forSeen || tokens[std::size_t(k)].word() == Word::For;
            if (k < day.first - 2 && wordTense(k, tokens, text) == Tense::Past)
                break;
        }
    }
    // ("traders noted that Friday is a quadruple witching day": a weekday that is the subject of "is" is the coming
    // one, whatever verb reports it)
    // ("Monday has been declared a bank holiday": and so is one that has been named for something)
    const auto hasBeen = [&] {
        return day.last + 3 < int(tokens.size())
            && sameWord(tokenText(tokens[std::size_t(day.last + 1)], text), QLatin1StringView("has"))
            && sameWord(tokenText(tokens[std::size_t(day.last + 2)], text), QLatin1StringView("been"))
            && (tokens[std::size_t(day.last + 3)].word() == Word::PastVerb
                || tokenText(tokens[std::size_t(day.last + 3)], text).endsWith(QLatin1StringView("ed")));
    };
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && !possessive && day.last + 1 < int(tokens.size())
        && ((tokens[std::size_t(day.last + 1)].word() == Word::PresentAux
             && sameWordAsAny(tokenText(tokens[std::size_t(day.last + 1)], text),
                              {QLatin1StringView("is"), QLatin1StringView("are")}))
            || hasBeen()))
        tense = Tense::Future;
    // ("Carmakers received loans this month, and the president-elect takes office on January 20": the past
    // of another clause, after "and" or a comma, does not reach the present verb)
    const auto clauseOfItsOwn = [&](int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 10 && tokens[std::size_t(k)].sentence == sentence; --k) {
            if (tokens[std::size_t(k)].word() == Word::And || tokens[std::size_t(k)].isPunct(u',')
                || tokens[std::size_t(k)].isPunct(u';'))
                return true;
            if (wordTense(k, tokens, text) == Tense::Past)
                return false;
        }
        return false;
    };
    const int presentVerb = presentVerbBefore(day, tokens, text);
    // ("The ban takes effect on Wednesday, a year after Parliament passed the law", "Southampton host United on
    // Sunday at 2pm, with 2,000 fans allowed back", "Burnley sit 16th with one game left, and the final round is
    // on Sunday": the past is in a clause of its own)
    const auto pastInAnotherClause = [&] {
        // (a comma that parts clauses, not the one in "5,042"; "and" may join names: "the Turks and Caicos")
        // (and a dash that sets off a phrase: "a tetrad that began in April 2014 - arrives this Sunday night")
        const auto boundary = [&](int k) {
            const DateToken &t = tokens[std::size_t(k)];
            const bool spaced = k + 1 < int(tokens.size()) && tokens[std::size_t(k + 1)].spaceBefore;
            return (t.isPunct(u',') && spaced) || t.isPunct(u';') || (spaced && t.spaceBefore && t.isPunct(u'-'));
        };
        for (int k = day.first - 1; k >= 0 && tokens[std::size_t(k)].sentence == sentence && !boundary(k); --k)
            if (wordTense(k, tokens, text) == Tense::Past)
                return false;
        for (int k = day.last + 1;
             k < int(tokens.size()) && tokens[std::size_t(k)].sentence == sentence && !boundary(k); ++k)
            if (wordTense(k, tokens, text) == Tense::Past)
                return false;
        return true;
    };
    // ("On July 4, the United States turns 250", "On Tuesday the group travels to Paris")
    if (sentenceTense == Tense::Unknown
        && ((day.kind == Mention::Kind::Weekday && day.direction == 0)
            || (day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer && day.month))
        && frontedBeforePresent(day, tokens, text))
        tense = Tense::Future;
    // ("The band is staging a concert on Saturday": a plan in the present progressive)
    const bool progressivePlan = presentVerb >= 1 && tokens[std::size_t(presentVerb - 1)].word() == Word::PresentAux
        && tokenText(tokens[std::size_t(presentVerb)], text).endsWith(QLatin1StringView("ing"));
    // ("The GM move follows Tuesday's declaration": not an event a present verb waits for)
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && !(possessiveDay && !awaited)
        && ((sentenceTense == Tense::Unknown && presentVerb >= 0)
            || (sentenceTense == Tense::Present && progressivePlan)
            || (sentenceTense == Tense::Past && presentVerb >= 0 && pastInAnotherClause())
            || (sentenceTense == Tense::Past
                && ((presentVerb >= 0 && isFixtureVerb(tokenText(tokens[std::size_t(presentVerb)], text)))
                    || besideBe(day, tokens, text))
                && pastInAnotherClause())
            || inPresentRelativeClause(day, tokens, text)))
        tense = Tense::Future;
    // ("announced a ceasefire ahead of Orthodox Easter, which falls this Sunday", "Staff were told on Monday; the
    // closures take effect this Sunday")
    if (day.kind == Mention::Kind::Weekday && day.direction == 2 && tense == Tense::Past
        && (inPresentRelativeClause(day, tokens, text) || (presentVerb >= 0 && pastInAnotherClause())))
        tense = Tense::Future;
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && afterToldSomeone(day, tokens, text))
        tense = Tense::Past;
    // ("Unions have called for another round of marches on Thursday", "Church leaders plan a prayer rally for 6 p.m.
    // Tuesday": what a call or a plan in the present is for lies ahead)
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && !day.weekShift && tense != Tense::Future) {
        for (int k = m.first - 1; k >= 1 && k >= m.first - 10 && tokens[std::size_t(k)].sentence == sentence; --k) {
            const DateToken &t = tokens[std::size_t(k)];
            if ((t.isPunct(u',') && tokens[std::size_t(k + 1)].spaceBefore) || t.isPunct(u';'))
                break;
            const QStringView word = tokenText(t, text);
            const QStringView before = tokenText(tokens[std::size_t(k - 1)], text);
            const bool calledFor = sameWord(word, QLatin1StringView("called")) && k + 1 < m.first
                && tokens[std::size_t(k + 1)].word() == Word::For
                && sameWordAsAny(before, {QLatin1StringView("have"), QLatin1StringView("has")});
            const bool planFor =
                sameWordAsAny(word,
                              {QLatin1StringView("plan"), QLatin1StringView("plans"), QLatin1StringView("planning")})
                && m.first >= 1 && tokens[std::size_t(m.first - 1)].word() == Word::For;
            if (calledFor || planFor) {
                tense = Tense::Future;
                break;
            }
        }
    }
    // ("will be on the streets tonight, up from about 6,000 on Monday", "three hours earlier than on Monday": what a
    // figure or a time is compared with has been)
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && !day.weekShift && tense == Tense::Future) {
        for (int k = day.first - 1; k >= 1 && k >= day.first - 8 && tokens[std::size_t(k)].sentence == sentence; --k) {
            const QStringView word = tokenText(tokens[std::size_t(k)], text);
            // (a comma that parts clauses, not the one in "6,000")
            if ((tokens[std::size_t(k)].isPunct(u',') && tokens[std::size_t(k + 1)].spaceBefore)
                || tokens[std::size_t(k)].word() == Word::Will)
                break;
            // (right before the day: not "in more than a century on Tuesday", nor "no later than 18:00 on Monday")
            const bool besideDay =
                k == day.first - 1 || (k == day.first - 2 && tokens[std::size_t(k + 1)].word() == Word::On);
            if ((sameWord(word, QLatin1StringView("than")) && besideDay
                 && !(k >= 2 && sameWord(tokenText(tokens[std::size_t(k - 2)], text), QLatin1StringView("no"))))
                || (tokens[std::size_t(k)].word() == Word::From
                    && sameWordAsAny(tokenText(tokens[std::size_t(k - 1)], text),
                                     {QLatin1StringView("up"), QLatin1StringView("down")}))) {
                tense = Tense::Past;
                break;
            }
        }
    }
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && namedAsADay(day, tokens, text))
        tense = Tense::Future;
    // "raced to evacuate before the ceasefire expires at dawn on Friday": a clause of time in the present
    // looks ahead, whatever the tense around it ("what residents need to know before the pope arrives Saturday")
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && tense != Tense::Future) {
        const int verb = presentVerb;
        for (int i = std::max(0, verb - 5); verb >= 0 && i < verb - 1; ++i) {
            const DateToken &t = tokens[std::size_t(i)];
            if (t.sentence == sentence
                && (t.word() == Word::Before || t.word() == Word::Until
                    || sameWordAsAny(
                        tokenText(t, text),
                        {QLatin1StringView("when"), QLatin1StringView("once"), QLatin1StringView("unless")})))
                tense = Tense::Future;
        }
    }
    // ("Forecasters warned that more showers were likely through Wednesday", "predicted thunderstorms tonight and
    // Thursday": a forecast reported in the past is still ahead)
    if (((day.kind == Mention::Kind::Weekday && day.direction == 0)
         || (day.kind == Mention::Kind::Relative && day.unit == Unit::Weekend && day.offset == 0))
        && tense != Tense::Future && !possessive) {
        for (int i = m.first - 1; i >= 0 && i >= m.first - 10 && tokens[std::size_t(i)].sentence == sentence; --i) {
            const DateToken &t = tokens[std::size_t(i)];
            if (t.isPunct(u',') || t.isPunct(u';') || t.word() == Word::Had)
                break;
            // ("extended a dusk-to-dawn curfew through the weekend": an end moved to the nearest such day, ahead
            // unless it has just passed)
            // ("warn of a high risk of severe storms Wednesday", "an 80% chance on Tuesday": odds, of what is to come,
            // or of the day they were given: "gave a 70 percent chance of good weather on Thursday", told on Friday)
            const Word preposition = tokens[std::size_t(m.first - 1)].word();
            const bool endMovedThere = (preposition == Word::Through || preposition == Word::Until)
                && sameWordAsAny(tokenText(t, text), {QLatin1StringView("extended"), QLatin1StringView("prolonged")});
            if (endMovedThere
                || sameWordAsAny(tokenText(t, text),
                                 {QLatin1StringView("risk"), QLatin1StringView("chance"), QLatin1StringView("odds")})) {
                const int ahead =
                    ((day.kind == Mention::Kind::Weekday ? day.weekday : 6) - m_reference.dayOfWeek() + 7) % 7;
                if (ahead >= 1 && ahead <= 3)
                    tense = Tense::Future;
                break;
            }
            // (not "Cuba predicted Wednesday": the day of the forecast itself)
            if (sameWord(tokenText(t, text), QLatin1StringView("likely"))
                || (i < m.first - 1
                    && sameWordAsAny(tokenText(t, text),
                                     {QLatin1StringView("predicted"), QLatin1StringView("forecast")}))) {
                tense = Tense::Future;
                break;
            }
        }
    }
    // ("Visitation Wednesday 3-9 p.m. at Sajewski Funeral Home. Funeral Mass Thursday, 10 a.m.": a notice's rite,
    // with no verb, is still to come)
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && sentenceTense == Tense::Unknown && !possessive) {
        int opening = day.first;
        while (opening > 0 && tokens[std::size_t(opening - 1)].sentence == sentence)
            --opening;
        if (day.first - opening <= 2) {
            for (int k = opening; k < day.first; ++k) {
                if (sameWordAsAny(tokenText(tokens[std::size_t(k)], text),
                                  {QLatin1StringView("Visitation"), QLatin1StringView("Funeral"),
                                   QLatin1StringView("Mass"), QLatin1StringView("Rosary"), QLatin1StringView("Service"),
                                   QLatin1StringView("Services"), QLatin1StringView("Memorial"),
                                   QLatin1StringView("Burial"), QLatin1StringView("Viewing"), QLatin1StringView("Wake"),
                                   QLatin1StringView("Interment")}))
                    tense = Tense::Future;
            }
        }
    }
    // "agencies warned that the lean season, which runs May-August, could bring famine": a month in a
    // relative clause in the simple present is not told in the past of the sentence around it
    if (day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer && day.month && tense == Tense::Past
        && inPresentRelativeClause(day, tokens, text))
        tense = Tense::Present;
    // ("Oil for August delivery rose 40 cents": a futures contract, for a month ahead)
    if (day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer && day.month && !day.day
        && day.last + 1 < int(tokens.size())
        && sameWordAsAny(tokenText(tokens[std::size_t(day.last + 1)], text),
                         {QLatin1StringView("delivery"), QLatin1StringView("futures")}))
        tense = Tense::Future;
    // "The aid package expires in September", "the presidency passes to Ireland on 1 July": a month or a
    // day after a verb in the simple present is ahead too
    // ("The calendar has 19 rounds and ends in Abu Dhabi on 29 November": and a verb of schedules in a present
    // sentence)
    if (day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer && day.month
        && sentenceTense == Tense::Present && presentVerb >= 0
        && isScheduleVerbInThirdPerson(tokenText(tokens[std::size_t(presentVerb)], text)))
        tense = Tense::Future;
    if (day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer && day.month
        && (sentenceTense == Tense::Unknown || sentenceTense == Tense::Past)) {
        // ("Bush takes office Jan. 20, and traders said ...": the past of a later clause does not reach back)
        if (presentVerb >= 0
            && (sentenceTense == Tense::Unknown || clauseOfItsOwn(presentVerb) || pastInAnotherClause()))
            tense = Tense::Future;
    }
    // ("sent it to the Senate hours before funding runs out at midnight": a clock with no day of its own is as present
    // as the verb of its clause)
    if (m.kind == Mention::Kind::Time && m.dayFirst < 0 && sentenceTense == Tense::Past && presentVerb >= 0
        && looksThirdPerson(tokenText(tokens[std::size_t(presentVerb)], text)) && pastInAnotherClause())
        tense = Tense::Present;
    // "The festival returns on Thursday ... Dancing begins at 8 p.m. Friday": with no tense of its own,
    // a weekday goes on from a coming day the narrative has just set
    if (day.kind == Mention::Kind::Weekday && day.direction == 0 && (tense == Tense::Unknown || tense == Tense::Present)
        && m_narrative.unit == Unit::Day && m_narrative.start > m_reference
        && m_reference.daysTo(m_narrative.start) <= 7 && sentence - m_narrativeSentence <= 2)
        tense = Tense::Future;
    // "by August", "until Tuesday", "effective Feb. 1", "as early as Tuesday" name deadlines and
    // starts, mostly still ahead - unless a past perfect says otherwise ("until Thursday, they had")
    const auto wordAt = [&](int i) {
        return i >= 0 && tokens[std::size_t(i)].lex ? tokens[std::size_t(i)].lex->word : Word::None;
    };
    const int beforeAt = wordBeforeHedge(tokens, m.first);
    const Word before = wordAt(beforeAt);
    const bool asEarlyAs = m.first >= 2 && (wordAt(m.first - 2) == Word::Early || wordAt(m.first - 2) == Word::Soon)
        && text.mid(tokens[std::size_t(m.first - 1)].start, 2).compare(QLatin1StringView("as"), Qt::CaseInsensitive)
            == 0
        && tokens[std::size_t(m.first - 1)].end - tokens[std::size_t(m.first - 1)].start == 2;
    // "the offensive stalled by mid-September", "voting began as early as September": a past verb right
    // before "by" or "as early as" tells the time it was
    // ("the war lasted until 10 November" too, but "the offer was extended until Friday" sets a new end ahead)
    // ("Kyiv had until Thursday to respond": the time it has)
    const auto movesAnEnd = [&](int at) {
        return at >= 1
            && sameWordAsAny(tokenText(tokens[std::size_t(at - 1)], text),
                             {QLatin1StringView("had"), QLatin1StringView("extended"), QLatin1StringView("postponed"),
                              QLatin1StringView("delayed"), QLatin1StringView("adjourned"),
                              QLatin1StringView("deferred"), QLatin1StringView("suspended"),
                              QLatin1StringView("closed"), QLatin1StringView("shut"), QLatin1StringView("banned"),
                              QLatin1StringView("imposed"), QLatin1StringView("granted"), QLatin1StringView("given"),
                              QLatin1StringView("remanded")});
    };
    // ("remanded in custody until Friday": the verb that moves the end a few words before "until")
    const bool endMoved = movesAnEnd(beforeAt)
        || (beforeAt >= 3 && tokens[std::size_t(beforeAt - 2)].word() == Word::In && movesAnEnd(beforeAt - 2));
    // ("three bills run through September", "an extension, possibly into March": a month that ends a span is a
    // deadline, unless the span's start was just named: "from mid-May through July")
    const bool spanEnd = beforeAt >= 0
        && (before == Word::Through
            || sameWord(tokenText(tokens[std::size_t(beforeAt)], text), QLatin1StringView("into")))
        && m.kind == Mention::Kind::Calendar && !m.day
        && !(m_lastCalendar.isValid() && offset == m_lastCalendarChunk && m.first - m_lastCalendarLast <= 3) && [&] {
               // (not "made it difficult for Sun to meet demand well into the summer": a past verb in the clause)
               for (int k = beforeAt - 1; k >= 0 && k >= beforeAt - 16 && tokens[std::size_t(k)].sentence == sentence;
                    --k) {
                   const DateToken &t = tokens[std::size_t(k)];
                   if (t.isPunct(u',') || t.isPunct(u';') || t.isPunct(u':') || t.isPunct(u'"') || t.word() == Word::And
                       || t.word() == Word::That
                       || sameWordAsAny(tokenText(t, text),
                                        {QLatin1StringView("if"), QLatin1StringView("when"),
                                         QLatin1StringView("unless"), QLatin1StringView("but")}))
                       return true;
                   if (wordTense(k, tokens, text) == Tense::Past)
                       return false;
               }
               return true;
           }();
    const int phraseStart = before == Word::By || ((before == Word::Until || spanEnd) && !endMoved) ? beforeAt
        : asEarlyAs                                                                                 ? m.first - 3
                                                                                                    : -1;
    // ("voting began in some states as early as September": "as early as" need not follow its verb, but
    // "said a strike could happen as early as December 22" is a possibility ahead)
    const auto modalBefore = [&](int at) {
        for (int i = std::max(0, at - 5); i < at; ++i) {
            const Word w = tokens[std::size_t(i)].word();
            if (w == Word::Will || w == Word::Would
                || isModal(
                    text.mid(tokens[std::size_t(i)].start, tokens[std::size_t(i)].end - tokens[std::size_t(i)].start)))
                return true;
        }
        return false;
    };
    // ("It hovered over Grand Bahama until Tuesday": the verb of the clause need not stand right before the
    // preposition, but among the five words before it, with no punctuation between; not past "to", "if" or
    // "who": "to be home by the autumn", "if they were not freed by noon", "extended its deadline until")
    // (nor past an amount: "rose to 571 by the end of Wednesday", "were running at 150 a day by Thursday evening")
    const auto amount = [&](int k) {
        return tokens[std::size_t(k)].isNumber() || tokens[std::size_t(k)].isPunct(u'%')
            || (tokens[std::size_t(k)].isPunct(u',') && !tokens[std::size_t(k)].spaceBefore
                && k + 1 < int(tokens.size()) && tokens[std::size_t(k + 1)].isNumber());
    };
    const auto clauseVerbBefore = [&](int at) {
        int from = at;
        while (from > 0 && from > at - 8 && (tokens[std::size_t(from - 1)].isWord() || amount(from - 1))
               && tokens[std::size_t(from - 1)].sentence == sentence)
            --from;
        // ("The forum opened on Wednesday and runs until Saturday": "and" and a verb in the present start a clause)
        for (int k = at - 2; k >= from; --k) {
            if (tokens[std::size_t(k)].word() == Word::And && !tokens[std::size_t(k + 1)].lex
                && !tokens[std::size_t(k + 1)].capitalized && tokens[std::size_t(k + 1)].isWord()
                && looksThirdPerson(tokenText(tokens[std::size_t(k + 1)], text))) {
                from = k + 1;
                break;
            }
        }
        // ("The mountain road to this market town was open again by Sunday": "to" before a determiner or a name is a
        // preposition, not an infinitive's)
        const auto prepositionTo = [&](int k) {
            if (k + 1 >= at)
                return false;
            const DateToken &n = tokens[std::size_t(k + 1)];
            const Word nw = n.word();
            return n.isNumber() || (n.capitalized && !n.lex) || nw == Word::The || nw == Word::This || nw == Word::A
                || nw == Word::An || nw == Word::Its || nw == Word::Their || nw == Word::That;
        };
        for (int k = from; k < at; ++k) {
            const Word w = tokens[std::size_t(k)].word();
            if ((w == Word::To && !prepositionTo(k)) || w == Word::Conjunction || w == Word::That
                || sameWordAsAny(tokenText(tokens[std::size_t(k)], text),
                                 {QLatin1StringView("who"), QLatin1StringView("which"), QLatin1StringView("deadline")}))
                return Tense::Unknown;
        }
        for (int k = at - 1; k >= std::max(from, at - 7); --k)
            if (const Tense t = wordTense(k, tokens, text); t != Tense::Unknown)
                return movesAnEnd(k + 1) ? Tense::Unknown : t;
        return Tense::Unknown;
    };
    const bool pastVerbBefore = phraseStart >= 1
        && (tenseAround(phraseStart, phraseStart, tokens, text, asEarlyAs ? 5 : 1) == Tense::Past
            || (!asEarlyAs && !movesAnEnd(phraseStart) && clauseVerbBefore(phraseStart) == Tense::Past))
        && !((asEarlyAs || before == Word::By || before == Word::Until || spanEnd) && modalBefore(phraseStart));
    // ("By the end of that year, the RSF controlled Darfur": a deadline set before a main verb in the past
    // is past)
    const bool openingPast = sentenceTense == Tense::Past && m.first >= 1
        && (m.first == 1 || tokens[std::size_t(m.first - 2)].sentence != sentence) && m.last + 1 < int(tokens.size())
        && tokens[std::size_t(m.last + 1)].isPunct(u',');
    // ("and by the summer there was no bread": the clause that the deadline opens, in the past)
    const auto pastClauseAfter = [&] {
        if (before != Word::By || openingPast)
            return false;
        for (int j = m.last + 1; j <= m.last + 3 && j < int(tokens.size()); ++j) {
            if (!tokens[std::size_t(j)].isWord() || tokens[std::size_t(j)].sentence != sentence)
                return false;
            if (const Tense t = tenseAround(j - 1, j - 1, tokens, text, 1); t != Tense::Unknown)
                return t == Tense::Past;
        }
        return false;
    };
    // ("three days of mourning starting Thursday", "a pause, starting at 6am on Friday", "events stretching from
    // Saturday until Tuesday": a start set ahead)
    const int startAt = before == Word::On || before == Word::At || before == Word::From ? m.first - 2 : m.first - 1;
    // (not "the subway, which stopped running at 7 p.m. Sunday": a span's verb, not its start)
    const auto spanAfterVerb = [&] {
        const QStringView previous = tokenText(tokens[std::size_t(startAt - 1)], text);
        return tokens[std::size_t(startAt - 1)].word() == Word::PastVerb || previous.endsWith(QLatin1StringView("ed"))
            || previous.endsWith(QLatin1StringView("ing"));
    };
    const bool starting = startAt >= 1 && tokens[std::size_t(startAt)].sentence == sentence
        && (sameWordAsAny(tokenText(tokens[std::size_t(startAt)], text),
                          {QLatin1StringView("starting"), QLatin1StringView("beginning")})
            || (sameWordAsAny(
                    tokenText(tokens[std::size_t(startAt)], text),
                    {QLatin1StringView("stretching"), QLatin1StringView("lasting"), QLatin1StringView("running")})
                && !spanAfterVerb()));
    // ("A freeze watch is in effect from Wednesday night into Thursday morning": a span told in the present starts
    // ahead)
    // (not "Oil prices have come down from the middle of October": what has run up to now)
    const bool presentStart = before == Word::From && sentenceTense == Tense::Present && !m_presentPerfect &&
        [&] {
            for (int k = m.first - 2; k >= 0 && k >= m.first - 8 && tokens[std::size_t(k)].sentence == sentence; --k)
                if (sameWordAsAny(tokenText(tokens[std::size_t(k)], text),
                                  {QLatin1StringView("have"), QLatin1StringView("has")}))
                    return false;
            return true;
        }()
        && (day.kind == Mention::Kind::Weekday
            || (day.kind == Mention::Kind::Calendar && day.yearMode == YearMode::Infer));
    if ((before == Word::By || before == Word::Until || spanEnd || before == Word::Effective || asEarlyAs || starting
         || presentStart)
        && !pastVerbBefore && !openingPast && !pastClauseAfter()) {
        // ("Kyiv had until Thursday to respond": "had" right before "until" is the deadline's own verb)
        bool pastPerfect = false;
        for (int i = std::max(0, m.first - 14); i <= std::min(int(tokens.size()) - 1, m.last + 14); ++i)
            pastPerfect = pastPerfect
                || (tokens[std::size_t(i)].sentence == sentence && wordAt(i) == Word::Had && i != m.first - 2);
        if (!pastPerfect)
            tense = Tense::Future;
    }
    // ("schools have now moved their deadline from May 1 to May 15", "postponed the vote from March to June": the
    // dates a plan is moved between are its own, in the nearest year, whenever it was moved)
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && m.month && tense == Tense::Past
        && (before == Word::To || before == Word::From || before == Word::Or)) {
        for (int i = m.first - 2; i >= 0 && i >= m.first - 20 && tokens[std::size_t(i)].sentence == sentence; --i) {
            if (isMovingVerb(tokenText(tokens[std::size_t(i)], text))) {
                tense = Tense::Unknown;
                break;
            }
        }
    }
    // "The two sides held talks in Almaty on May 10": a day told with "on" beside a past verb is
    // behind the reference date, give or take the fortnight by which a report's date may lag. A clock
    // time may stand between them: "took effect at 6 a.m. on December 24" (for the day and the time).
    const int dayAt = m.dayFirst >= 0 ? m.dayFirst : m.first;
    int lead = m.first;
    if (m.dayFirst < 0 && before == Word::On && m.first >= 2)
        if (const int at = clockTimeOpening(tokens, m.first - 2); at >= 0)
            lead = at;
    // "The strikes resumed after Christmas": what came after the day is past, so the day is too.
    // "have traded fire daily since Oct. 8": what has run since a day began before the report
    m_runsUpToNow = wordAt(dayAt - 1) == Word::Since && tense == Tense::Past;
    m_sinceNow = wordAt(dayAt - 1) == Word::Since && tense == Tense::Present;
    const Word limit = wordAt(dayAt - 1);
    m_limitBefore = limit == Word::Until || limit == Word::Through || limit == Word::By || limit == Word::Before
        || (limit == Word::After && wordAt(dayAt - 2) == Word::Until);
    // ("resigned in December": a month right after the past verb and "in")
    const bool monthAfterVerb = m.kind == Mention::Kind::Calendar && m.month && !m.day && wordAt(dayAt - 1) == Word::In
        && dayAt >= 2 && wordTense(dayAt - 2, tokens, text) == Tense::Past;
    // ("On March 11, the National Transportation Safety Board issued ...": a day set before the subject dates the
    // main verb, however long the subject)
    const bool frontedDay = wordAt(dayAt - 1) == Word::On
        && (dayAt < 2 || tokens[std::size_t(dayAt - 2)].sentence != sentence) && m.last + 1 < int(tokens.size())
        && tokens[std::size_t(m.last + 1)].isPunct(u',');
    m_daySurelyPast =
        (((wordAt(dayAt - 1) == Word::On || wordAt(dayAt - 1) == Word::After) || monthAfterVerb) && tense == Tense::Past
         && (frontedDay || tenseAround(lead, m.last, tokens, text, 6) == Tense::Past))
        || monthOfFigures;
    // "overnight losses": a modifier of the noun that follows.
    const DateToken *after = m.last + 1 < int(tokens.size()) ? &tokens[std::size_t(m.last + 1)] : nullptr;
    // ("Rescue work continued overnight and ...": a word the lexicon knows, or a preposition, is no noun)
    m_beforeANoun = after && after->isWord() && !after->capitalized && after->sentence == sentence && !after->lex
        && !sameWordAsAny(tokenText(*after, text),
                          {QLatin1StringView("as"), QLatin1StringView("but"), QLatin1StringView("with"),
                           QLatin1StringView("near"), QLatin1StringView("across"), QLatin1StringView("around"),
                           QLatin1StringView("amid"), QLatin1StringView("while"), QLatin1StringView("for"),
                           QLatin1StringView("against"), QLatin1StringView("along"), QLatin1StringView("into")});
    // "273 drones overnight into Sunday", "overnight Saturday", "overnight on Sunday": the night that ends
    // on that day
    if (m.kind == Mention::Kind::Relative && m.fromNarrative && m.partOfDay == PartOfDay::Night && after
        && after->isWord() && after->sentence == sentence) {
        const QStringView word = text.mid(after->start, after->end - after->start);
        const bool joins =
            word == QLatin1StringView("into") || word == QLatin1StringView("to") || after->word() == Word::On;
        const std::size_t at = std::size_t(m.last + (joins ? 2 : 1));
        if (at < tokens.size() && tokens[at].lex && tokens[at].lex->weekday && tokens[at].capitalized
            && tokens[at].sentence == sentence)
            m_nightBefore = weekday(tokens[at].lex->weekday, 0, tense, m_reference).addDays(-1);
    }
    // "In 2019, the sides signed a truce. In March, it collapsed": a month in the sentence that wrote the
    // year, or at the head of the next one, is in that year. News moves on from a year it names in passing
    // ("the 1988 cease-fire ... the invasion on Aug. 2"), so a month further into a later sentence is not.
    // at the head of its sentence, after at most two words: "In March", "Back in 2014"
    int wordsBefore = 0;
    for (int i = m.first - 1; i >= 0 && tokens[std::size_t(i)].sentence == sentence && wordsBefore <= 2; --i)
        wordsBefore += tokens[std::size_t(i)].isWord() ? 1 : 3;
    const bool opensSentence = wordsBefore <= 2;
    if (m_writtenYear && m_writtenYear != m_reference.year() && m_writtenYearInPassing) {
        // within a few words and the same clause, or one joined by "and" ("fell in 2019, and in June")
        // ("two coups in 2022, the first in January": an apposition, with no verb of its own, before the date)
        const auto verbless = [&](int from) {
            for (int k = from; k < m.first; ++k) {
                const DateToken &t = tokens[std::size_t(k)];
                if (!t.isWord() || !t.lex || t.lex->word == Word::PastVerb || t.lex->word == Word::PastAux
                    || t.lex->word == Word::PresentAux || t.lex->word == Word::Will || t.lex->word == Word::Would
                    || t.lex->word == Word::Had || t.lex->word == Word::Be)
                    return false;
            }
            return true;
        };
        // ("lower than in 2018, when crews were attacked 16 times on 5 November": a clause on the year itself)
        const bool whenClause = m_writtenYearEnd + 2 < m.first
            && tokens[std::size_t(m_writtenYearEnd + 1)].isPunct(u',')
            && sameWord(tokenText(tokens[std::size_t(m_writtenYearEnd + 2)], text), QLatin1StringView("when"));
        bool sameClause = sentence == m_writtenYearSentence
            && m.first - m_writtenYearEnd <= (whenClause ? 2 * yearInPassingReach : yearInPassingReach);
        for (int i = m_writtenYearEnd + (whenClause ? 2 : 1); sameClause && i < m.first; ++i)
            sameClause = !tokens[std::size_t(i)].isPunct(u',') || tokens[std::size_t(i + 1)].word() == Word::And
                || verbless(i + 1);
        m_inWrittenYear = sameClause;
    } else if (m_writtenYear && m_writtenYear != m_reference.year()) {
        m_inWrittenYear = sentence == m_writtenYearSentence
            || (sentence == m_writtenYearSentence + 1 && opensSentence && m_narrativeSentence == m_writtenYearSentence
                && (m_narrative.unit == Unit::Year || (m.month && m.month >= m_narrative.start.month())));
    }
    // ("The last case was in January 2019. As of 12 October, 606 cases have been reported": a count up to now)
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && m.first >= 2 && before == Word::Of
        && tokenText(tokens[std::size_t(m.first - 2)], text).compare(QLatin1StringView("as"), Qt::CaseInsensitive)
            == 0) {
        m_inWrittenYear = false;
        m_referenceNamed = true;
        tense = Tense::Present;
    }
    readSurroundings(m, before, tense, tokens, text);
    // ("the September 11 attacks in 2001", "on October 6 in 1973", "born on Christmas morning in 1903": the year that
    // follows, a word or two on)
    Mention dated = m;
    if (m.kind == Mention::Kind::Calendar && ((m.month && m.day) || m.holiday) && m.yearMode == YearMode::Infer) {
        int k = m.last + 1;
        if (k < int(tokens.size()) && tokens[std::size_t(k)].isWord() && !tokens[std::size_t(k)].lex
            && !tokens[std::size_t(k)].capitalized)
            ++k;
        const int y = k + 1;
        if (y < int(tokens.size()) && tokens[std::size_t(k)].word() == Word::In
            && tokens[std::size_t(y)].sentence == sentence && tokens[std::size_t(y)].isNumber()
            && tokens[std::size_t(y)].digits == 4 && tokens[std::size_t(y)].number >= 1000
            && tokens[std::size_t(y)].number <= 2200
            && (y + 1 >= int(tokens.size()) || !tokens[std::size_t(y + 1)].isPunct(u'-'))) {
            dated.yearMode = YearMode::Explicit;
            dated.year = tokens[std::size_t(y)].number;
        }
    }
    Resolution r = resolveDate(dated, tense);
    // ("Twenty days later, on 26 June, the Americans entered Cherbourg": a date that restates the day the narrative
    // just counted to is in its year)
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && m.month && m.day && !m.endDay
        && r.period.unit == Unit::Day && m_narrative.unit == Unit::Day && m_narrativeSentence == sentence
        && m_narrative.start.month() == m.month && m_narrative.start.day() == m.day
        && m_narrative.start.year() != r.period.start.year()) {
        r.period = m_narrative;
        r.derivation = DateDerivation::Narrative;
    } else if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && m.month && m.day && !m.endDay
               && r.period.unit == Unit::Day && m_narrative.unit == Unit::Day && m_narrativeSentence == sentence
               && tense == Tense::Past && m_reference.year() - m_narrative.start.year() >= longAgo) {
        // ("Three days later a second bomb destroyed Nagasaki, and Japan announced its surrender on Aug. 15": a day
        // told on from a day long ago, in its sentence, is in its year)
        if (const QDate told(m_narrative.start.year(), m.month, m.day);
            told.isValid() && told >= m_narrative.start && told.daysTo(m_narrative.start) > -366) {
            r.period = {Unit::Day, told};
            r.derivation = DateDerivation::Narrative;
        }
    }
    // ("00:40 - It is now Tuesday. The count resumes later this morning.": in a live blog's entry, the days around
    // the report are counted from the day of its stamp)
    if (m.kind == Mention::Kind::Relative && m.unit == Unit::Day && !m.fromNarrative
        && r.derivation == DateDerivation::Reference && r.period.unit == Unit::Day && m_stampDay.isValid()
        && m_stampDay != m_reference && std::abs(m_stampDay.daysTo(m_reference)) <= 1 && sentence >= m_stampSentence
        && sentence - m_stampSentence <= 2)
        r.period = r.period.shifted(Unit::Day, int(m_reference.daysTo(m_stampDay)));
    // ("from the start of May to the end of July", told in May: a span's end does not come before its start)
    // ("sometime between Dec. 15 and Jan. 15": nor does a day that closes a span in the next month's year)
    const Word beforeIt = m.first > 0 ? tokens[std::size_t(m.first - 1)].word() : Word::None;
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && r.period.isValid()
        && (beforeIt == Word::To || beforeIt == Word::Until || beforeIt == Word::Through
            || (beforeIt == Word::And && r.period.unit == Unit::Day && m_lastCalendar.unit == Unit::Day))
        && m_lastCalendar.isValid() && offset == m_lastCalendarChunk && m.first - m_lastCalendarLast <= 2
        && (r.period.unit > Unit::Day || (m_lastCalendar.unit == Unit::Day && m.month < m_lastCalendar.start.month()))
        && r.period.end() < m_lastCalendar.start)
        r.period = r.period.shifted(Unit::Year, 1);
    // ("137,000 bpd for December, followed by a pause from January through March": what follows in a sequence comes
    // after)
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && m.month && !m.endYear
        && r.period.isValid() && m_lastCalendar.isValid() && m_lastCalendar.unit == Unit::Month
        && offset == m_lastCalendarChunk && m_lastCalendarLast < m.first && m.first - m_lastCalendarLast <= 12
        && r.period.unit > Unit::Day && r.period.end() < m_lastCalendar.start
        && tokens[std::size_t(m_lastCalendarLast)].sentence == sentence) {
        for (int k = m_lastCalendarLast + 1; k < m.first; ++k) {
            const QStringView word = tokenText(tokens[std::size_t(k)], text);
            if ((sameWord(word, QLatin1StringView("followed")) && tokens[std::size_t(k + 1)].word() == Word::By)
                || sameWord(word, QLatin1StringView("then"))) {
                r.period = r.period.shifted(Unit::Year, 1);
                break;
            }
        }
    }
    // ("on Sept. 13, a Saturday": the weekday of the date just written)
    const bool weekdayOfDateWritten = m.kind == Mention::Kind::Weekday && m.direction == 0 && !m.endWeekday
        && m.first >= 2
        && (tokens[std::size_t(m.first - 1)].word() == Word::A && tokens[std::size_t(m.first - 2)].isPunct(u','))
        && m_narrative.unit == Unit::Day && m_narrativeSentence == sentence
        && m_narrative.start.dayOfWeek() == m.weekday;
    if (weekdayOfDateWritten)
        r.period = m_narrative;
    // ("Saturday: The Queen attends the Derby ... | Sunday: Boats will take part ... | Monday: A concert begins at
    // 7.30pm": a programme's days, each heading its line, go forward from the one before)
    // ("Wednesday and Thursday: The general debate continues": a pair of days heads its line too)
    const auto headingColon = [&](int k) {
        if (k + 2 < int(tokens.size()) && tokens[std::size_t(k)].word() == Word::And && tokens[std::size_t(k + 1)].lex
            && tokens[std::size_t(k + 1)].lex->weekday && !tokens[std::size_t(k + 1)].lex->plural)
            k += 2;
        return k < int(tokens.size()) && tokens[std::size_t(k)].isPunct(u':');
    };
    const bool dayHeading = m.kind == Mention::Kind::Weekday && m.direction == 0 && !m.endWeekday && m.first == 0
        && headingColon(m.last + 1);
    if (dayHeading && m_dayHeading.isValid() && sentence - m_dayHeadingSentence <= 8) {
        r.period = {Unit::Day, m_dayHeading.addDays((m.weekday - m_dayHeading.dayOfWeek() + 6) % 7 + 1)};
        r.derivation = DateDerivation::Narrative;
    } else if (dayHeading && (sentenceTense == Tense::Present || tense == Tense::Future)) {
        // ("This week's gig picks | Thursday: The band plays the Academy": a day heading what it tells in the present
        // is the coming one; "Tuesday: heavy shelling across the region" tells nothing of the kind)
        r.period = {Unit::Day, m_reference.addDays((m.weekday - m_reference.dayOfWeek() + 7) % 7)};
    }
    // ("Today: The summit opens at 10 a.m. | Tuesday: Obama delivers his final address": a programme may open on a day
    // named otherwise)
    const bool otherHeading = !dayHeading && m.first == 0 && m.last + 1 < int(tokens.size())
        && tokens[std::size_t(m.last + 1)].isPunct(u':') && r.period.unit == Unit::Day && !m.endDay && m.hour < 0
        && (m.kind == Mention::Kind::Relative || (m.kind == Mention::Kind::Calendar && m.day));
    if (dayHeading || otherHeading) {
        m_dayHeading = r.period.start;
        m_dayHeadingSentence = sentence;
    }
    // ("ahead of Dhanteras on Monday": the weekday a feast just named falls on)
    if (m.kind == Mention::Kind::Weekday && m.direction == 0 && !m.endWeekday && m.first >= 2 && offset == m_feastChunk
        && m.first - 2 == m_feastLast && tokens[std::size_t(m.first - 1)].word() == Word::On && m_feastDay.isValid()
        && m_feastDay.dayOfWeek() == m.weekday)
        r.period = {Unit::Day, m_feastDay};
    // ("Next week, probably on Thursday": only a comma, "on" or an adverb between them)
    bool dayOfNamedWeek = m.kind == Mention::Kind::Weekday && m.direction == 0 && !m.weekShift && !m.fromNarrative
        && offset == m_namedWeekChunk && m_namedWeekLast < m.first && m.first - m_namedWeekLast <= 4
        && tokens[std::size_t(m_namedWeekLast)].sentence == sentence;
    for (int i = m_namedWeekLast + 1; dayOfNamedWeek && i < m.first; ++i) {
        const DateToken &t = tokens[std::size_t(i)];
        const QStringView word = tokenText(t, text);
        dayOfNamedWeek = t.isPunct(u',') || t.word() == Word::On
            || (t.isWord() && !t.lex && word.endsWith(QLatin1StringView("ly")))
            || sameWordAsAny(word, {QLatin1StringView("perhaps"), QLatin1StringView("maybe")});
    }
    if (dayOfNamedWeek) {
        r.period = {Unit::Day, m_namedWeek.start.addDays(m.weekday - 1)};
        r.derivation = DateDerivation::Narrative;
    }
    // ("classes were suspended for Thursday and Friday": the second day of a pair comes after the first)
    const DateToken *pairedDay = m.first >= 2 ? &tokens[std::size_t(m.first - 2)] : nullptr;
    if (m.kind == Mention::Kind::Weekday && m.direction == 0 && !m.weekShift && !m.fromNarrative && !dayOfNamedWeek
        && pairedDay && pairedDay->lex && pairedDay->lex->weekday && !pairedDay->lex->plural
        && pairedDay->sentence == sentence
        && (tokens[std::size_t(m.first - 1)].word() == Word::And || tokens[std::size_t(m.first - 1)].word() == Word::Or)
        && m_narrative.unit == Unit::Day && m_narrativeSentence == sentence
        && m_narrative.start.dayOfWeek() == pairedDay->lex->weekday) {
        // ("statements made Friday and Thursday": told in the past, a day that would lie ahead is the one before,
        // unless the pair is what something was set for)
        QDate second = m_narrative.start.addDays((m.weekday - pairedDay->lex->weekday + 7) % 7);
        const bool setFor = m.first >= 3 && tokens[std::size_t(m.first - 3)].word() == Word::For;
        if (tense == Tense::Past && second > m_reference && !setFor)
            second = second.addDays(-7);
        r.period = {Unit::Day, second};
        r.derivation = DateDerivation::Narrative;
    }
    // ("The rain began on Tuesday, 13 July 2021 ... By noon on Wednesday, the river was three metres deep": a
    // weekday goes on from the day a story wrote in full, weeks before the report, or back from it in a flashback;
    // after a history of long ago, "On Thursday, veterans gathered" is back in the week of the report)
    // ("wrote that he expected to be back by Sunday evening": the future of a story's past, unless "will" speaks
    // from the report's day)
    const auto willInSentence = [&] {
        for (int i = 0; i < int(tokens.size()); ++i)
            if (tokens[std::size_t(i)].sentence == sentence
                && (tokens[std::size_t(i)].word() == Word::Will || tokens[std::size_t(i)].word() == Word::Shall))
                return true;
        return false;
    };
    const bool dayOfWrittenStory = m.kind == Mention::Kind::Weekday && m.direction == 0 && !m.weekShift
        && !m.fromNarrative && !dayOfNamedWeek && m_storyFrame && m_storyDayWritten && m_narrative.unit == Unit::Day
        && m_narrative.start.daysTo(m_reference) > (m_storyDayByWeekday ? 7 : 14)
        && (m_reference.year() - m_narrative.start.year() < 3 || (inStory() && m_storyDayByWeekday))
        && sentence - m_storySentence <= storyReach && (sentenceTense != Tense::Future || !willInSentence());
    if (dayOfWrittenStory) {
        const QDate storyDay = m_narrative.start;
        const int ahead = (m.weekday - storyDay.dayOfWeek() + 7) % 7;
        const int back = (storyDay.dayOfWeek() - m.weekday + 7) % 7;
        r.period = {Unit::Day, storyDay.addDays(m_flashback ? -back : ahead)};
        r.derivation = DateDerivation::Narrative;
    }
    const qsizetype dayStart = offset + tokens[std::size_t(day.first)].start;
    const qsizetype dayEnd = offset + tokens[std::size_t(day.last)].end;
    if (dayStart == m_clockDayStart && dayEnd == m_clockDayEnd) {
        r = m_clockDayResolution;
    } else if (m.dayFirst >= 0) {
        m_clockDayStart = dayStart;
        m_clockDayEnd = dayEnd;
        m_clockDayResolution = r;
    }
    // ("A judge on Thursday night gave voters until 5 p.m. Saturday to fix the problem": a day a span runs until, after
    // a day before the report's that its sentence named, comes after that one)
    if (const int limitWord = wordBeforeHedge(tokens, m.first); m.kind == Mention::Kind::Weekday && m.direction == 0
        && !m.weekShift && r.period.unit == Unit::Day && limitWord >= 0
        && (tokens[std::size_t(limitWord)].word() == Word::Until
            || tokens[std::size_t(limitWord)].word() == Word::Through)
        && m_lastDay.isValid() && m_lastDayOpensSpan && m_lastDaySentence == sentence && m_lastDayChunk == offset
        && m_lastDayLast < m.first && r.period.start < m_lastDay && m_lastDay < m_reference) {
        r.period = {Unit::Day, m_lastDay.addDays((m.weekday - m_lastDay.dayOfWeek() + 6) % 7 + 1)};
        r.derivation = DateDerivation::Narrative;
    }
    // ("the week before Christmas": the week beside the day found)
    if (m.besideUnit != Unit::None && r.period.isValid() && r.period.unit == Unit::Day)
        r.period = Period::containing(m.besideUnit, r.period.start).shifted(m.besideUnit, m.besideBy);
    // ("from 18:00 until 06:00 on Monday": the evening before the day)
    if (m.dayFirst >= 0 && m.dayOffset && r.period.unit == Unit::Day)
        r.period = r.period.shifted(Unit::Day, m.dayOffset);
    // "the plant closed at the end of the year", told in January: the year just ended
    if (m.mod == Mod::End && r.period.unit == Unit::Year && tense == Tense::Past
        && r.derivation == DateDerivation::Reference && r.period.start.year() == m_reference.year()
        && applyMod({r.period.start, r.period.end(), r.period.precision(), r.derivation}, m.mod, Unit::Year).start
            > m_reference)
        r.period = r.period.shifted(Unit::Year, -1);
    m_inWrittenYear = false;
    m_daySurelyPast = false;
    m_runsUpToNow = false;
    m_sinceNow = false;
    m_beforeANoun = false;
    m_nightBefore = QDate();
    // ("The next briefing is scheduled for 4 p.m.": a plan set for a clock, as "will" is)
    const auto willBefore = [&](int at) {
        for (int i = std::max(0, at - 4); i < at; ++i)
            if (tokens[std::size_t(i)].sentence == sentence
                && (tokens[std::size_t(i)].word() == Word::Will
                    || (tokens[std::size_t(i)].word() == Word::Scheduled && i >= 1
                        && tokens[std::size_t(i - 1)].word() == Word::PresentAux)))
                return true;
        return false;
    };
    // "10:05 GMT: Markets fell": a live report's time stamp is on the report's day, and so is the entry
    // it heads, whatever day the entry before it spoke of
    // ("[09:05] Biden will convene ...": a stamp in brackets)
    const auto opensEntry = [&](int i) {
        return i == 0 || tokens[std::size_t(i - 1)].sentence != tokens[std::size_t(i)].sentence
            || tokens[std::size_t(i - 1)].isPunct(u'.');
    };
    const bool bracketed = m.first > 0 && tokens[std::size_t(m.first - 1)].isPunct(u'[') && opensEntry(m.first - 1);
    // ("7:30 pm — Gaza ministry raises toll", "9:50 a.m. -- A quick recap": a stamp before a dash, which the tokenizer
    // writes as "-" whatever its length)
    const auto closesStamp = [&](const DateToken &t) {
        return bracketed ? t.isPunct(u']') : t.isPunct(u':') || (t.isPunct(u'-') && t.spaceBefore);
    };
    // (where the entry begins: after the colon or bracket, or after every stroke of a dash drawn as "--")
    const auto entryStart = [&](int closer) {
        int k = closer + 1;
        while (!bracketed && tokens[std::size_t(closer)].isPunct(u'-') && k < int(tokens.size())
               && tokens[std::size_t(k)].isPunct(u'-') && !tokens[std::size_t(k)].spaceBefore)
            ++k;
        return k;
    };
    // ("13:05 BST A London club have signed ...": a clock to the minute that opens its line, before the entry's first
    // capitalized word, is a stamp without a colon)
    const bool bareStamp = m.first == 0 && m.minute >= 0 && m.kind == Mention::Kind::Time
        && m.last + 1 < int(tokens.size()) && tokens[std::size_t(m.last + 1)].isWord()
        && tokens[std::size_t(m.last + 1)].capitalized;
    // ("Update, 13:30: Ryanair says ...", "UPDATE 1 PM: JetBlue will ...", "Posted 8:15 a.m. | Good morning.": a label
    // that opens its line before the stamp, and the entry after a colon or on the next line)
    const int labelAt = m.first >= 2 && tokens[std::size_t(m.first - 1)].isPunct(u',') ? m.first - 2 : m.first - 1;
    const bool labelled = m.hour >= 0 && labelAt >= 0 && opensEntry(labelAt) && tokens[std::size_t(labelAt)].isWord()
        && sameWordIgnoringCaseAsAny(
                              tokenText(tokens[std::size_t(labelAt)], text),
                              {QLatin1StringView("update"), QLatin1StringView("updated"), QLatin1StringView("posted")})
        && m.last + 1 < int(tokens.size())
        && (tokens[std::size_t(m.last + 1)].isPunct(u':')
            || tokens[std::size_t(m.last + 1)].sentence != tokens[std::size_t(m.last)].sentence);
    const bool stampShaped = m.hour >= 0
        && (((opensEntry(m.first) || bracketed) && m.last + 2 < int(tokens.size())
             && closesStamp(tokens[std::size_t(m.last + 1)]) && entryStart(m.last + 1) < int(tokens.size())
             && tokens[std::size_t(entryStart(m.last + 1))].isWord())
            || bareStamp || labelled);
    const bool timeStamp = m.kind == Mention::Kind::Time && stampShaped;
    // ("4:10 p.m. Wednesday: The mother calls 911. | About 5 p.m.: Deputies begin searching. | 2:30 a.m. Thursday:
    // ..."): a timeline goes on from the day its last stamp named, into the next day when the clock turns back
    // after running forward (a live report that puts its latest entry first runs back)
    const bool inTimeline = stampShaped && m_stampDay.isValid() && sentence - m_stampSentence <= 4;
    // ("Wednesday, Nov. 27 | 3:14 p.m. - A resident reported ... | 11:52 p.m. - ... | Thursday, Nov. 28 | 2:05 a.m.
    // - ...": a blotter's stamps are on the day its last heading named)
    const bool headed = stampShaped && m.kind == Mention::Kind::Time && m_headingDay.isValid()
        && m_headingSentence > m_stampSentence - (inTimeline ? 0 : 1000) && sentence - m_headingSentence <= 6;
    const int stampMinute = clockHour(m, tokens) * 60 + std::max(m.minute, 0);
    // "Polls closed at 8 p.m.": a past verb right before the clock's "at" ("with hostages freed at 4 p.m."
    // looks ahead with the sentence it hangs on)
    const auto doneAt = [&](int first) {
        if (first < 2 || tokens[std::size_t(first - 1)].word() != Word::At)
            return false;
        for (int i = std::max(0, first - 8); i < first - 1; ++i)
            if (tokens[std::size_t(i)].sentence == sentence
                && sameWord(tokenText(tokens[std::size_t(i)], text), QLatin1StringView("with")))
                return false;
        return tokens[std::size_t(first - 2)].sentence == sentence && wordTense(first - 2, tokens, text) == Tense::Past;
    };
    // "The Speaker suspended the sitting for 30 minutes at about 4.15 pm": a past verb before the clock in its
    // clause ("with hostages freed at 4 p.m." hangs on the sentence around it)
    // (not "has asked for a minute of silence at noon", "the moon would set at 5:43 pm", "affected areas will lose
    // supply from 6 am")
    const auto toldBefore = [&](int first) {
        const auto blocks = [&](int i) {
            const QStringView word = tokenText(tokens[std::size_t(i)], text);
            const Word w = tokens[std::size_t(i)].word();
            // ("An open house is planned for Friday at 4 p.m.": nor a passive in the present)
            return sameWordAsAny(word,
                                 {QLatin1StringView("with"), QLatin1StringView("has"), QLatin1StringView("have"),
                                  QLatin1StringView("would"), QLatin1StringView("is"), QLatin1StringView("are")})
                || w == Word::Will || isModal(word) || tokens[std::size_t(i)].isPunct(u';');
        };
        for (int i = first - 1; i >= std::max(0, first - 10) && tokens[std::size_t(i)].sentence == sentence; --i) {
            if (blocks(i))
                return false;
            if (wordTense(i, tokens, text) != Tense::Past)
                continue;
            for (int k = i - 1; k >= std::max(0, i - 6) && tokens[std::size_t(k)].sentence == sentence; --k)
                if (blocks(k))
                    return false;
            return true;
        }
        return false;
    };
    // "at 2:30 a.m. local time (23:30 GMT) on Friday": the same moment in another zone, on the day of the clock before
    // it, or the one before or after when the hours lie more than half a day apart
    const bool conversion = m.kind == Mention::Kind::Time && m.hour >= 0 && m.first > 0
        && tokens[std::size_t(m.first - 1)].isPunct(u'(') && m_lastClockDay.isValid()
        && m_lastClockSentence == sentence;
    if (conversion) {
        const int apart = m.hour * 60 + std::max(m.minute, 0) - m_lastClockMinute;
        r.period = {Unit::Day, m_lastClockDay.addDays(apart > 12 * 60 ? -1 : apart < -12 * 60 ? 1 : 0)};
        r.derivation = DateDerivation::Narrative;
    } else if (headed) {
        r.period = {Unit::Day, m_headingDay};
        r.derivation = DateDerivation::Narrative;
        m_narrative = r.period;
        m_narrativeSentence = sentence;
        m_narrativeNight = false;
        m_narrativeEvening = false;
    } else if (inTimeline
               && (m.kind == Mention::Kind::Time || (m.kind == Mention::Kind::Weekday && m.direction == 0))) {
        // (which way the stamps run, once two of them have said it; else the shorter way round the clock: "22:05 ...
        // 23:15" runs forward, "4:20 a.m. ... 3:05 a.m." back)
        const int forward = (stampMinute - m_stampMinute + 24 * 60) % (24 * 60);
        const int run = m_stampsRun ? m_stampsRun : forward == 0 ? 0 : forward <= 12 * 60 ? 1 : -1;
        const int ahead = (m.weekday - m_stampDay.dayOfWeek() + 7) % 7;
        const int back = (m_stampDay.dayOfWeek() - m.weekday + 7) % 7;
        const QDate stamped = m.kind == Mention::Kind::Weekday
            ? m_stampDay.addDays(run > 0 || (run == 0 && ahead <= back) ? ahead : -back)
            : m_stampDay.addDays(run > 0 && stampMinute < m_stampMinute       ? 1
                                     : run < 0 && stampMinute > m_stampMinute ? -1
                                                                              : 0);
        r.period = {Unit::Day, stamped};
        r.derivation = m.kind == Mention::Kind::Time && stamped == m_reference ? DateDerivation::Reference
                                                                               : DateDerivation::Narrative;
        m_narrative = r.period;
        m_narrativeSentence = sentence;
        m_narrativeNight = false;
        m_narrativeEvening = false;
    } else if (timeStamp) {
        // ("Polls closed at 10pm on Thursday. | 22:05 - Farage says ...", filed on Friday: an evening's first stamp
        // after the clock just told, the evening before the report)
        const bool eveningBefore = m_lastClockDay.isValid() && m_lastClockDay.daysTo(m_reference) == 1
            && sentence - m_lastClockSentence <= 2 && stampMinute >= m_lastClockMinute;
        // ("marry at Westminster Abbey on Friday. Here is how the day is expected to unfold. | 8.15am: The abbey doors
        // open": the timetable of a coming day the text just named)
        // (but "He is due in Amman on Friday. | 7:30 pm - Gaza ministry raises toll" is a live report's next entry: a
        // timetable announces itself)
        const bool timetable = m_comingDay.isValid() && sentence - m_comingDaySentence <= 3 && tense != Tense::Past
            && m_programmeSentence >= m_comingDaySentence && m_programmeSentence < sentence;
        // ("The hearing opened at 10 a.m. Wednesday. Here is how it unfolded. | 10:05 a.m. -- Schiff opens", filed on
        // Thursday: the entries of a day told again)
        const bool recounted = m_toldDay.isValid() && m_toldDay < m_reference && sentence - m_toldDaySentence <= 3
            && m_recountSentence >= m_toldDaySentence && m_recountSentence < sentence;
        r.period = {Unit::Day,
                    timetable           ? m_comingDay
                        : recounted     ? m_toldDay
                        : eveningBefore ? m_lastClockDay
                                        : m_reference};
        r.derivation = timetable || recounted ? DateDerivation::Narrative : DateDerivation::Reference;
        m_narrative = r.period;
        m_narrativeSentence = sentence;
        m_narrativeNight = false;
        m_narrativeEvening = false;
    } else if (m.kind == Mention::Kind::Time
               && m_narrative.unit == Unit::Day
               // ("On Aug. 14 ... At 3:05, a line sagged. At 4:10 p.m., the failures cascaded": one clock after
               // another keeps the day they tell)
               // (a story told in the past keeps its day across a line of quotation: "... he says. At 2:46 p.m.
               // the quay began to sway")
               // ("will be crowned tomorrow. The order of the day is as follows. At 10:20 a.m. the King leaves": and
               // so does a coming day's programme)
               && (sentence - m_narrativeSentence <= (tense == Tense::Past || m_narrative.start > m_reference ? 3 : 1)
                   || (sentence - m_lastClockSentence <= 1 && m_lastClockDay >= m_narrative.start
                       && m_lastClockDay <= m_narrative.start.addDays(1)))
               // ("On Sunday, leaders met. The talks will start at 1:15 p.m.": not on a day already past; "The
               // runoff is set for April 21. Polls closed at 8 p.m.": nor what is done on a day still ahead)
               && !(m_narrative.start < m_reference && willBefore(m.first))
               && !(m_narrative.start > m_reference && (doneAt(m.first) || toldBefore(m.first)))) {
        r.period = m_narrative;
        r.derivation = DateDerivation::Narrative;
        // "Last night, a strike hit Dnipro at around 2 a.m.": the small hours after a night, and the morning
        // it ran into ("sirens sounded at 3 a.m., and the missiles struck before 7 a.m."), are the next day's
        // ("drones launched overnight ... By the afternoon, crews had pulled dozens from the wreckage")
        const bool morningOrAfternoon = m.partOfDay == PartOfDay::Morning || m.partOfDay == PartOfDay::Afternoon;
        // ("Futures fell on Sunday evening ... within seconds of the 9:30 a.m. opening bell": after an evening, a
        // morning clock is the next morning's)
        if ((m_narrativeNight
             && ((m.hour >= 0 && m.hour <= 12) || (m.hour < 0 && morningOrAfternoon && m.mod == Mod::None)))
            || (m_narrativeEvening && m.hour >= 0 && m.hour < 12 && !m.meridiemUnstated))
            r.period = m_narrative.shifted(Unit::Day, 1);
    } else if (m.kind == Mention::Kind::Time && m_narrative.unit > Unit::Day && tense == Tense::Future
               && m_comingDay.isValid() && sentence - m_comingDaySentence <= 2) {
        // ("Macron will arrive tomorrow, the first visit since March 2008. The King will welcome him at around 1pm":
        // a plan's clock is on the coming day just named, past a period named in passing)
        r.period = {Unit::Day, m_comingDay};
        r.derivation = DateDerivation::Narrative;
    } else if (m.kind == Mention::Kind::Time && m_narrative.unit > Unit::Day && tense == Tense::Past
               && m_toldDay.isValid() && m_toldDay < m_reference && m_toldDay.daysTo(m_reference) <= 7
               && (sentence - m_toldDaySentence <= 1
                   // ("The House impeached Clinton yesterday ... Nixon resigned in August 1974 ... The first article
                   // passed at about 1:25 p.m.": and a few sentences on, when it is the day the text opened on)
                   || (sentence - m_toldDaySentence <= 3 && m_toldDay == m_leadDay))
               && !(m_lastClockDay.isValid() && sentence - m_lastClockSentence <= 2)) {
        // ("The upper house passed the bill on Wednesday, a reform first proposed in February 2006. The vote came at
        // around 8.30 pm": a past clock is on the day just told, past a month named in passing)
        r.period = {Unit::Day, m_toldDay};
        r.derivation = DateDerivation::Narrative;
    } else if (m.kind == Mention::Kind::Time && m_narrative.unit > Unit::Day && tense != Tense::Future
               && m_lastClockDay.isValid() && m_lastClockDay < m_reference && sentence - m_lastClockSentence <= 2) {
        // ("At 2:02 p.m. on Aug. 14 ... how a summer afternoon became a blackout. Between 3:05 and 3:41 p.m., three
        // more lines tripped": a clock told in the past goes on from the day of the last one, past a longer
        // period named in between)
        r.period = {Unit::Day, m_lastClockDay};
        r.derivation = DateDerivation::Narrative;
    } else if (m.kind == Mention::Kind::Time && m_narrative.unit > Unit::Day && tense != Tense::Past
               && m_lastClockDay.isValid() && m_lastClockDay > m_reference && sentence - m_lastClockSentence <= 1) {
        // ("the moon will begin to enter the shadow at 9:07 p.m. ... Totality starts at 10:11 p.m.": and a clock to
        // come goes on from the coming day of the one just before it)
        r.period = {Unit::Day, m_lastClockDay};
        r.derivation = DateDerivation::Narrative;
    } else if (m.kind == Mention::Kind::Time && m.hour >= 0 && toldBefore(m.first) && m_narrative.unit == Unit::Day
               && m_narrative.start > m_reference && m_toldDay.isValid() && sentence - m_toldDaySentence <= 3) {
        // ("The Assembly yesterday passed the bill ... which must be signed before July 1. The Speaker suspended
        // the sitting at 4.15 pm": what is done goes back to the day the story told, past the days ahead)
        r.period = {Unit::Day, m_toldDay};
        r.derivation = DateDerivation::Narrative;
        m_toldDaySentence = sentence;
    }
    // ("a curfew from 8pm to 6am", "Totality runs from 11:41 p.m. to 12:43 a.m.": the end of a span of hours that
    // turns the clock back is on the next day; "from 6pm Saturday until 3am Sunday" names the first such day after)
    const bool endsSpan = !conversion && !timeStamp && !m_lastClockUndated && m_lastClockDay.isValid()
        && closesClockSpan(m, tokens, offset) && !(m.meridiemUnstated && m.hour >= 1 && m.hour <= 11);
    const int spanWeekday = m.kind == Mention::Kind::Weekday     ? m.weekday
        : m.dayFirst >= 0 && tokens[std::size_t(m.dayFirst)].lex ? tokens[std::size_t(m.dayFirst)].lex->weekday
                                                                 : 0;
    if (endsSpan && m.kind == Mention::Kind::Time && m.dayFirst < 0) {
        const int minute = clockHour(m, tokens) * 60 + std::max(m.minute, 0);
        r.period = {Unit::Day, m_lastClockDay.addDays(minute <= m_lastClockMinute ? 1 : 0)};
        r.derivation = DateDerivation::Narrative;
    } else if (endsSpan && spanWeekday && r.period.unit == Unit::Day) {
        r.period = {Unit::Day, m_lastClockDay.addDays((spanWeekday - m_lastClockDay.dayOfWeek() + 7) % 7)};
    }
    // ("until about 4am", "by 2 a.m.", "at 3 a.m."; "since 4 a.m." and "as early as 8 a.m." look back)
    const auto runsOnTo = [&](int first) {
        int k = first - 1;
        while (k >= 0
               && (tokens[std::size_t(k)].word() == Word::About || tokens[std::size_t(k)].word() == Word::Around))
            --k;
        if (k < 0 || tokens[std::size_t(k)].sentence != sentence)
            return false;
        const Word w = tokens[std::size_t(k)].word();
        return w == Word::Until || w == Word::By || w == Word::At || w == Word::Before;
    };
    // Clocks in a row on one day: "At 2:46 p.m. the quay began to sway ... By 3:15, the water had pulled
    // back" goes on in the afternoon; "came into force at 21:00 on Monday ... Explosions were heard until about
    // 4am" runs into the next morning
    int hour = clockHour(m, tokens, m_narrativeNight && r.derivation == DateDerivation::Narrative);
    const bool clockBefore = m.kind == Mention::Kind::Time && hour >= 0 && hour < 12 && r.period.unit == Unit::Day
        && r.period.start == m_lastClockDay && sentence - m_lastClockSentence <= 1;
    if (clockBefore && m.meridiemUnstated && !stampShaped && m_lastClockMinute >= 12 * 60
        && (hour + 12) * 60 + std::max(m.minute, 0) >= m_lastClockMinute)
        hour += 12;
    else if (clockBefore && r.derivation == DateDerivation::Narrative && tense == Tense::Past
             && ((m_lastClockMinute >= 18 * 60 && runsOnTo(m.first))
                 // ("set off at 6 p.m. on Friday and ran through the night, reaching Courmayeur shortly after 2 a.m.":
                 // the small hours told after an afternoon or evening are the next night's)
                 || (m_lastClockMinute >= 15 * 60 && hour < 7 && !m.meridiemUnstated && !m_flashback && !conversion)))
        r.period = r.period.shifted(Unit::Day, 1);
    // "The convoy left at 7 a.m. and arrived two hours later": hours and minutes count from the clock
    // time the narrative just gave (a QDateTime would read the local time zone for every clock)
    int clockMinute = -1;
    if (m.kind == Mention::Kind::Shift && m.fromNarrative && m.counted
        && (m.unit == Unit::Hour || m.unit == Unit::Minute) && m_lastClockDay.isValid()
        && sentence - m_lastClockSentence <= 2) {
        const qint64 minutes = m_lastClockMinute + qint64(m.offset) * (m.unit == Unit::Hour ? 60 : 1);
        const qint64 days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
        clockMinute = int(minutes - days * 1440);
        r.period = {Unit::Day, m_lastClockDay.addDays(days)};
        r.derivation = DateDerivation::Narrative;
    }
    if (!r.period.isValid())
        return std::nullopt;
    // "Two decades on, the east still lags": a time counted from an event up to the days of the report is
    // the length of that time, not a date
    if (m.kind == Mention::Kind::Shift && m.onward && r.period.end() >= m_reference.addDays(-31)) {
        timex.type = TimexType::Duration;
        timex.value = durationValue(m.unit, std::abs(m.offset), 0);
        return timex;
    }
    // "nine days later" after "in 2008": no day to count from, only the length
    // ("shifting their schedules about 40 minutes later each day": a step of a routine, only the length)
    const bool eachStep = m.last + 1 < int(tokens.size())
        && (tokens[std::size_t(m.last + 1)].word() == Word::Each
            || tokens[std::size_t(m.last + 1)].word() == Word::Every);
    if (m.kind == Mention::Kind::Shift && m.fromNarrative && m.counted
        && ((m.unit <= Unit::Week && r.period.unit >= Unit::Month && r.period.unit != Unit::Weekend) || eachStep)) {
        timex.type = TimexType::Duration;
        timex.value = durationValue(m.unit, std::abs(m.offset), 0);
        return timex;
    }

    timex.type = TimexType::Date;
    timex.value = r.period.value();
    if (clockMinute >= 0) {
        timex.type = TimexType::Time;
        timex.value += QLatin1Char('T') + pad2(clockMinute / 60) + QLatin1Char(':') + pad2(clockMinute % 60);
    }
    // "that day" when the narrative knows only the month or year: a day the text does not give
    if (m.kind == Mention::Kind::Anaphor && m.unit == Unit::Day && m.partOfDay == PartOfDay::None) {
        if (r.period.unit == Unit::Month)
            timex.value += QStringLiteral("-XX");
        else if (r.period.unit == Unit::Year)
            timex.value += QStringLiteral("-XX-XX");
    }
    // "that week", "the month" when the narrative knows only the year
    if (m.kind == Mention::Kind::Anaphor && r.period.unit == Unit::Year
        && (m.unit == Unit::Week || m.unit == Unit::Month))
        timex.value += m.unit == Unit::Week ? QStringLiteral("-WXX") : QStringLiteral("-XX");
    const bool timeOfDay = hour >= 0 || m.partOfDay != PartOfDay::None;
    if (timeOfDay && r.period.unit == Unit::Day && !m.endDay && !m.endWeekday) {
        timex.type = TimexType::Time;
        // "The truce expired at midnight": the midnight that began the report's day, not the one ending it, written
        // as TimeML writes a midnight, the 24th hour of the day it ends ("just after midnight" is in the new day)
        // ("the Senate cleared the measure Saturday night ... signed it minutes before the midnight deadline": a
        // deadline met in the night runs to the end of its day)
        const bool deadline = m_narrativeNight && m.last + 1 < int(tokens.size())
            && sameWord(tokenText(tokens[std::size_t(m.last + 1)], text), QLatin1StringView("deadline"));
        const bool pastMidnight = m.kind == Mention::Kind::Time && hour == 24 && tense == Tense::Past && !deadline
            && (r.derivation == DateDerivation::Reference || r.period.start == m_reference);
        const bool afterMidnight = m.first > 0 && tokens[std::size_t(m.first - 1)].word() == Word::After;
        if (pastMidnight && !afterMidnight)
            timex.value = Period {Unit::Day, r.period.start.addDays(-1)}.value();
        timex.value += QLatin1Char('T')
            + QString(hour >= 0
                          ? QString(pad2(pastMidnight && afterMidnight ? 0 : hour) + QLatin1Char(':') + pad2(m.minute))
                          : partOfDayCode(m.partOfDay));
    }
    timex.interval = {r.period.start, r.period.end(), r.period.precision(), r.derivation};
    if (m.kind == Mention::Kind::Calendar && m.endYear && !m.month && r.period.unit == Unit::Year)
        timex.interval.end = QDate(m.endYear, 12, 31); // "the 2024-25 budget"
    if (r.datedByItsMorning)
        timex.interval.start = timex.interval.end = r.period.start.addDays(1);
    if (stampShaped && hour >= 0 && r.period.unit == Unit::Day) {
        const int minute = hour * 60 + std::max(m.minute, 0);
        const int run = r.period.start != m_stampDay ? (r.period.start > m_stampDay ? 1 : -1)
            : minute != m_stampMinute                ? (minute > m_stampMinute ? 1 : -1)
                                                     : m_stampsRun;
        m_stampsRun = inTimeline ? run : 0;
        m_stampDay = r.period.start;
        m_stampMinute = hour * 60 + std::max(m.minute, 0);
        m_stampSentence = sentence;
    }
    // (a clock restated in another zone in brackets is not the story's next clock: "at 08:38 local time (05:38 UTC)
    // ... crashed six minutes later")
    if (hour >= 0 && r.period.unit == Unit::Day && !m.endDay && !m.endWeekday && !conversion) {
        m_lastClockDay = r.period.start;
        m_lastClockMinute = hour * 60 + std::max(m.minute, 0);
        m_lastClockSentence = sentence;
        m_lastClockLast = std::max(m.last, m.dayLast); // ("from 9pm on Friday to 5am": past its day)
        m_lastClockChunk = offset;
        m_lastClockUndated = false;
    }
    if (m.holiday == ramadanHoliday && m.kind == Mention::Kind::Calendar)
        timex.interval.end = islamicMonthEnd(r.period.start);
    if (m.holiday && r.period.unit == Unit::Day) {
        m_feastDay = r.period.start;
        m_feastLast = m.last;
        m_feastChunk = offset;
    }
    if (m.holiday == ramadanHoliday || m.holiday == eidAlFitrHoliday)
        m_lastFeast = eidAlFitrHoliday;
    else if (m.holiday == eidAlAdhaHoliday)
        m_lastFeast = eidAlAdhaHoliday;

    // Ranges: "October 24-26", "Monday to Wednesday"
    if (m.endDay && r.period.unit == Unit::Day) {
        QDate end(r.period.start.year(), m.endMonth, m.endDay);
        if (end.isValid() && end < r.period.start)
            end = end.addYears(1);
        if (end.isValid())
            timex.interval.end = end;
    } else if (m.endWeekday && r.period.unit == Unit::Day) {
        timex.interval.end = r.period.start.addDays((m.endWeekday - r.period.start.dayOfWeek() + 7) % 7);
    } else if (m.monthSpan && r.period.unit == Unit::Month) { // "May-August"
        const QDate endStart(r.period.start.year() + (m.endMonth < m.month ? 1 : 0), m.endMonth, 1);
        timex.interval.end = Period {Unit::Month, endStart}.end();
    }
    // An ordinal century counts from year 1: the 11th century is 1001-1100, though TIMEX3 writes "10".
    if (m.kind == Mention::Kind::Calendar && m.century)
        timex.interval = {timex.interval.start.addYears(1), timex.interval.end.addYears(1), timex.interval.precision,
                          timex.interval.derivation};
    timex.interval = applyMod(timex.interval, m.mod, r.period.unit);

    // "up from 48 percent in the 2019 poll": a year that names which poll, between an article and its
    // noun, sets no scene for what follows
    const DateToken *noun = m.last + 1 < int(tokens.size()) ? &tokens[std::size_t(m.last + 1)] : nullptr;
    const Word article = m.first > 0 ? tokens[std::size_t(m.first - 1)].word() : Word::None;
    // ("the 1965 Voting Rights Act", "a 2019 ruling": a year in a name, or one that says which ruling)
    const bool attributive = m.kind == Mention::Kind::Calendar && noun && noun->isWord() && !noun->lex
        && (!noun->capitalized || r.period.unit == Unit::Year) && noun->sentence == sentence
        && (article == Word::The || article == Word::A || article == Word::Its || article == Word::Their);
    const bool attributiveYear = attributive && r.period.unit == Unit::Year;
    // "after the April 22 attack, India retaliated at 1.44 am": a day that names an event is no scene either
    // ("The annual Christmas recess begins the following day": a feast that names a recess, whatever stands before it)
    const bool attributiveDay =
        (attributive
         || (m.holiday && noun && noun->isWord() && !noun->lex && !noun->capitalized && noun->sentence == sentence))
        && r.period.unit == Unit::Day;
    // "has delivered aid each month since January 2025. In February, ...": what began then runs up to now,
    // and so does the story
    // ("the lowest since the Bank was founded in 1694": and so is the date of a clause after "since")
    const auto sinceClause = [&] {
        for (int k = m.first - 1; k >= 0 && k >= m.first - 7 && tokens[std::size_t(k)].sentence == sentence
             && !tokens[std::size_t(k)].isPunct(u',');
             --k)
            if (tokens[std::size_t(k)].word() == Word::Since)
                return k < m.first - 2 && (before == Word::In || before == Word::On);
        return false;
    };
    // ("the snowiest day since 1932, when 11.5 inches fell on Dec. 17": the clause on the year sets the scene)
    const bool whenFollows = m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Explicit
        && m.last + 2 < int(tokens.size()) && tokens[std::size_t(m.last + 1)].isPunct(u',')
        && sameWord(tokenText(tokens[std::size_t(m.last + 2)], text), QLatin1StringView("when"));
    const bool startOnly =
        ((m.first > 0 && tokens[std::size_t(m.first - 1)].word() == Word::Since) || sinceClause()) && !whenFollows;
    if (startOnly && r.period.unit == Unit::Day) {
        m_sinceDay = r.period;
        m_sinceDaySentence = sentence;
    }
    // ("Eighty years ago, on 6 June 1944, ..." looks back at a story, not at the days around the report)
    const bool yearsBack = m.kind == Mention::Kind::Shift && m.unit >= Unit::Year
        && (m.toTheDay || m.unit > Unit::Year || m.offset <= -10);
    // ("The battle is still commemorated today": a story already told goes on after a word on the present)
    const bool todayInStory = inStory() && m.kind == Mention::Kind::Relative && m.unit == Unit::Day && m.offset == 0
        && m.partOfDay == PartOfDay::None;
    // ("We left Hartford on the morning of July 3, a Friday": the weekday that restates the day just told)
    const bool weekdayRestating = m.kind == Mention::Kind::Weekday && m_narrative.unit == Unit::Day
        && r.period.start == m_narrative.start && m_narrativeSentence == sentence;
    const bool deictic = !m.fromNarrative && !dayOfWrittenStory && !(inStory() && m.kind == Mention::Kind::Calendar)
        && !yearsBack && !todayInStory && !weekdayRestating
        && (m.kind == Mention::Kind::Weekday || m.kind == Mention::Kind::Relative || m.kind == Mention::Kind::Shift
            || (m.kind == Mention::Kind::Calendar && m.yearMode != YearMode::Explicit && m.yearMode != YearMode::Infer
                && m.yearMode != YearMode::Narrative));
    // ("JERUSALEM, May 30 -", "Between 8 and 12 November, gangs displaced 41,000": a day or month of the
    // weeks around the report's date, told before any story began, is news of them too)
    // (not a day written with its weekday more than a week back, as a reconstruction sets its scene; the date
    // written after "Tuesday morning, Jan. 6" restates it)
    const bool restatesDay = m.kind == Mention::Kind::Calendar && m_storyDayByWeekday && m_narrative.unit == Unit::Day
        && r.period.start == m_narrative.start && m_narrativeSentence == sentence;
    const bool nearTheReference = !m_storyYear && !m_storyFrame && m.kind == Mention::Kind::Calendar
        && m.yearMode == YearMode::Infer && (m.day || m.month) && std::abs(r.period.start.daysTo(m_reference)) <= 62
        && !(m.weekday && m.day && r.period.start.daysTo(m_reference) > 7);
    const bool referenceNamedBefore = m_referenceNamed;
    m_referenceNamed = m_referenceNamed || deictic || (nearTheReference && !restatesDay);
    // (a year or month named from the report, "again last year", leaves a story's days alone)
    if (deictic && (m.kind == Mention::Kind::Weekday || r.period.unit <= Unit::Week))
        m_storyFrame = false;
    else if (m_storyFrame && r.derivation == DateDerivation::Narrative && r.period.unit <= Unit::Day)
        m_storySentence = sentence;
    // ("The Queen, who acceded on February 6, 1952, left the palace shortly after 10:30 a.m.": a day long before the
    // report, in a clause set off by commas, is background; the sentence's own clock is not on it)
    // ("The Bank of England, founded in 1694, cut rates. This is the sixth cut since October.": and so is a year in a
    // participle's clause)
    const auto inRelativeClause = [&] {
        if (m.kind != Mention::Kind::Calendar || (r.period.unit != Unit::Day && r.period.unit != Unit::Year)
            || std::abs(r.period.start.daysTo(m_reference)) <= 62 || m.last + 2 >= int(tokens.size())
            || !tokens[std::size_t(m.last + 1)].isPunct(u',') || !tokens[std::size_t(m.last + 2)].isWord()
            || tokens[std::size_t(m.last + 2)].sentence != sentence)
            return false;
        for (int k = m.first - 1; k >= 1 && k >= m.first - 10 && tokens[std::size_t(k)].sentence == sentence; --k) {
            if (tokens[std::size_t(k)].isPunct(u','))
                return false;
            const QStringView word = tokenText(tokens[std::size_t(k)], text);
            const bool participle = !tokens[std::size_t(k)].capitalized
                && (tokens[std::size_t(k)].word() == Word::PastVerb
                    || (!tokens[std::size_t(k)].lex && endsWithEd(word)));
            // (a year only after a participle, and one long gone: "the year I turned twelve, which was 1984," sets the
            // story's year, and so does "The offensive, launched in 2024, stalled by mid-September")
            const bool pronoun = word == QLatin1StringView("who") || word == QLatin1StringView("which");
            const bool history = m_reference.year() - r.period.start.year() > 20;
            if (((pronoun && r.period.unit == Unit::Day) || (participle && r.period.unit == Unit::Year && history))
                && tokens[std::size_t(k - 1)].isPunct(u','))
                return true;
        }
        return false;
    };
    // A story is set in a year by a date written in full, or a year that opens its sentence ("In 1941, ..."),
    // not by a recent one named in passing ("under a plan approved in 2019"); a year long gone is history
    // even in passing ("the summer offensive of 1942"). A date things have run from since ("since January
    // 2025") speaks of now.
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Explicit && m.month && m.day
        && r.period.start.year() != m_fullDateYears[0]) {
        std::move_backward(m_fullDateYears.begin(), m_fullDateYears.end() - 1, m_fullDateYears.end());
        m_fullDateYears[0] = r.period.start.year();
    }
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Explicit && !m.decade && !m.century
        && r.period.isValid()) {
        m_lastNamedYear = r.period.start.year();
        m_lastNamedYearSentence = sentence;
    }
    if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Explicit && !m.decade && !m.century
        && !attributiveYear && !inRelativeClause())
        m_storyYear = startOnly ? 0
            : m.month || m.season || m.quarter || m.half || opensSentence
                || m_reference.year() - r.period.start.year() >= longAgo || inStory()
            ? r.period.start.year()
            : m_storyYear;
    else if (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Narrative && m.direction == 0
             && m.yearOffset == 0 && r.period.isValid() && m_reference.year() - r.period.start.year() >= longAgo
             && tense != Tense::Future)
        m_storyYear = r.period.start.year(); // "The 1959 strike ... pregnant that summer ... in October"
    else if (m_storyYear && r.moveNarrative && (m.kind == Mention::Kind::Shift || m.kind == Mention::Kind::Anaphor)
             && r.period.isValid() && tense != Tense::Future)
        m_storyYear = r.period.start.year(); // "Four years later, the war began"
    else if (yearsBack && opensSentence && m.offset <= -3 && r.period.isValid())
        m_storyYear = r.period.start.year(); // "Ten years ago today, the killing began in Rwanda"
    // ("Troops struck on the night of March 1-2, the army said on Monday. The raid began at 11pm.")
    // (not after a coarser period: "on track to open in mid-2020, the chief executive said yesterday. Speaking at a
    // briefing at 11am, ...")
    const bool attribution = m_narrativeSentence == sentence
        && (m_narrative.unit == Unit::Day
            || (m_lastDaySentence == sentence && m_lastDayChunk == offset && m_lastDayLast < m.first))
        && closesWithAttribution(m, tokens, text);
    // ("The hospital had ridden out storms before, in 1965 and again last year.": a year named in passing leaves a
    // story on its day)
    // ("I landed on Sunday, September 4. The city was still exhaling after August": and so does a month gone by then)
    const bool passingInStory = m_storyFrame
        && ((m.kind == Mention::Kind::Relative && r.period.unit > Unit::Week)
            || (m.kind == Mention::Kind::Calendar && r.period.unit >= Unit::Year)
            || (m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Infer && r.period.unit > Unit::Week
                && r.period.end() < m_narrative.start))
        && !opensSentence && m_narrative.unit == Unit::Day;
    // ("Officials said Tuesday that the site would work by the end of November. Contractors told a committee two days
    // later": a deadline ahead, coarser than the day the story is at, is not where the story goes)
    const Word wordBefore = m.first > 0 ? tokens[std::size_t(m.first - 1)].word() : Word::None;
    const bool deadlineAhead = (wordBefore == Word::By || wordBefore == Word::Until) && tense == Tense::Future
        && m_narrative.unit == Unit::Day && r.period.unit > Unit::Week && r.period.start > m_narrative.start;
    if (r.moveNarrative && m.kind != Mention::Kind::Time && !attributiveYear && !attributiveDay && !startOnly
        && !attribution && !passingInStory && !inRelativeClause() && !deadlineAhead) {
        // a year alone sets the scene when it opens the sentence; in passing ("approved in 1987", "dating
        // to 1994") it reaches only the words right after it ("A war in 2020 ended with a truce on Nov. 10")
        // ("Last year, the heat peaked on May 28": a year told by its distance, at the head of its sentence)
        // (not "the 2025-26 fiscal year ends on June 30": which of its two years a month is in, it does not say)
        const bool written = (m.kind == Mention::Kind::Calendar && !m.decade && !m.century && !(m.endYear && !m.month)
                              && (m.yearMode == YearMode::Explicit
                                  || ((m.yearMode == YearMode::Infer || m.yearMode == YearMode::Narrative)
                                      && r.period.start.year() == m_writtenYear)))
            // ("Next year's meeting will be held in mid-September", "Last year's pandemic had its first peak in
            // mid-July", but "Last year's winner returns in June")
            || (m.kind == Mention::Kind::Relative && r.period.unit == Unit::Year && opensSentence
                && (!(noun && noun->isPunct(u'\'')) || r.period.start.year() > m_reference.year()
                    || tense == Tense::Past));
        m_writtenYear = written ? r.period.start.year() : 0;
        m_writtenYearAhead = written && m.kind == Mention::Kind::Relative;
        m_writtenYearSentence = sentence;
        m_writtenYearInPassing = r.period.unit == Unit::Year && !opensSentence;
        m_writtenYearEnd = m.last;
        // ("At 2:46 p.m. the quay began to sway ... the seawall, which had been built in 1968 ... That evening": a
        // year in a flashback leaves the story on its day)
        // ("the boat he had bought the previous summer. Three days later, ...": a season too)
        // ("By 7 p.m. on Monday, the centre had been running for 40 hours. The subway had shut down at 7 p.m. Sunday.
        // Shortly after 8 p.m. the storm came ashore": and so does the clock of a day before the story's, in the past
        // perfect; "Talks had appeared close to a deal on Thursday. Two days later ..." goes on from the day)
        const bool inFlashback = m_flashback && !m_flashbackBy && m_narrative.unit <= Unit::Day
            && m_narrative.end() < m_reference
            && (((m.kind == Mention::Kind::Calendar || m.kind == Mention::Kind::Anaphor) && r.period.unit > Unit::Day
                 && !opensSentence)
                || (m.kind == Mention::Kind::Weekday && m.hour >= 0 && r.period.unit == Unit::Day
                    && m_narrative.unit == Unit::Day && r.period.start < m_narrative.start));
        if (!inFlashback) {
            // ("On Friday afternoon, Sept. 12, the summons reached the banks": a day written with its weekday, the
            // way a reconstruction sets its days, is written in full too, from a week back)
            // (and "Tuesday morning, Jan. 6": the date that restates the day keeps it so)
            const bool sameDay = r.period.unit == Unit::Day && m_narrative.unit == Unit::Day
                && r.period.start == m_narrative.start && m_narrativeSentence == sentence;
            // ("on Friday afternoon, Sept. 12", "on Sept. 13, a Saturday": a weekday and a date that restate each
            // other write the day with its weekday too)
            const DateToken *beforeComma = m.first >= 2 ? &tokens[std::size_t(m.first - 2)] : nullptr;
            const bool restatedWeekday = m.kind == Mention::Kind::Calendar && m.day && sameDay && beforeComma
                && tokens[std::size_t(m.first - 1)].isPunct(u',') && beforeComma->lex
                && (beforeComma->lex->weekday || beforeComma->lex->partOfDay != PartOfDay::None);
            // ("Sunday night, the 28th": and so does a weekday with its day of the month)
            const bool weekdayDated =
                m.kind == Mention::Kind::Weekday && m.weekdaysDate && r.derivation == DateDerivation::Explicit;
            const bool withWeekday = (m.kind == Mention::Kind::Calendar && m.weekday && m.day && !m.endDay)
                || weekdayOfDateWritten || restatedWeekday || weekdayDated;
            m_storyDayWritten = r.period.unit == Unit::Day
                && ((m.kind == Mention::Kind::Calendar && m.yearMode == YearMode::Explicit && !m.endDay) || withWeekday
                    || ((r.derivation == DateDerivation::Narrative || sameDay) && m_storyDayWritten));
            m_storyDayByWeekday =
                withWeekday || ((r.derivation == DateDerivation::Narrative || sameDay) && m_storyDayByWeekday);
            // (once the text has named the report's days, only a day written with its weekday opens a story
            // again: "which killed 224 people on Aug. 7, 1998" is said in passing)
            if (m_storyDayWritten && (m.kind == Mention::Kind::Calendar || weekdayOfDateWritten || weekdayDated)
                && (withWeekday || !referenceNamedBefore)) {
                m_storyFrame = true;
                m_storySentence = sentence;
            }
            m_narrative = r.period;
            m_narrativeSentence = sentence;
        }
        if (r.period.unit == Unit::Day && r.period.start <= m_reference) {
            m_toldDay = r.period.start;
            m_toldDaySentence = sentence;
            if (!m_leadDay.isValid() && sentence <= 1)
                m_leadDay = r.period.start;
        } else if (r.period.unit == Unit::Day) {
            m_comingDay = r.period.start;
            m_comingDaySentence = sentence;
        }
        // "on the night of 9-10 January" is a night too, though only its days are the timex ("the night of
        // November 19" may be the one that ended on the 19th, as Ukrainian reports count it)
        const auto nightOf = [&] {
            return m.first >= 2 && tokens[std::size_t(m.first - 1)].word() == Word::Of
                && tokens[std::size_t(m.first - 2)].lex
                && tokens[std::size_t(m.first - 2)].lex->partOfDay == PartOfDay::Night;
        };
        m_narrativeNight = (m.partOfDay == PartOfDay::Night && m.hour < 0)
            || (m.kind == Mention::Kind::Calendar && r.period.unit == Unit::Day && m.endDay && nightOf());
        // ("Congress voted late Wednesday ... Obama signed the bill at about 12:30 a.m.": late in a day is its evening)
        const bool lateInADay = m.kind == Mention::Kind::Weekday && m.partOfDay == PartOfDay::None && m.hour < 0
            && tokens[std::size_t(m.first)].word() == Word::Late;
        m_narrativeEvening = (m.partOfDay == PartOfDay::Evening && m.hour < 0) || lateInADay;
    }
    if ((m.kind == Mention::Kind::Relative || m.kind == Mention::Kind::Shift || m.kind == Mention::Kind::Anaphor)
        && r.period.unit == Unit::Week) {
        m_namedWeek = r.period;
        m_namedWeekChunk = offset;
        m_namedWeekLast = m.last;
    }
    if (m.kind == Mention::Kind::Calendar && r.period.unit == Unit::Quarter && !m.samePeriod) {
        m_lastQuarter = r.period;
        m_lastQuarterSentence = sentence;
        m_lastQuarterReported = sentenceTense == Tense::Past;
    }
    if ((m.kind == Mention::Kind::Calendar || m.kind == Mention::Kind::Anaphor) && r.period.unit == Unit::Quarter)
        m_spanSentence = -1000;
    // The quarter whose results the text reports: the latest one it named that has already ended
    // ("After a flat second quarter" in a report on the third does not replace it).
    if ((m.kind == Mention::Kind::Calendar || m.kind == Mention::Kind::Anaphor) && r.period.unit == Unit::Quarter
        && !m.samePeriod && !m.periodAgo && r.period.end() < m_reference
        && (!m_reportedQuarter.isValid() || r.period.start > m_reportedQuarter.start))
        m_reportedQuarter = r.period;
    // (a heading: a day that is a line of its own)
    const bool wholeSentence = (m.first == 0 || tokens[std::size_t(m.first - 1)].sentence != sentence)
        && (m.last + 1 >= int(tokens.size()) || tokens[std::size_t(m.last + 1)].sentence != sentence);
    if ((m.kind == Mention::Kind::Calendar || m.kind == Mention::Kind::Weekday) && wholeSentence
        && r.period.unit == Unit::Day) {
        m_headingDay = r.period.start;
        m_headingSentence = sentence;
    }
    // (a day before the report's that heads a diary's entry)
    if ((m.kind == Mention::Kind::Calendar || m.kind == Mention::Kind::Weekday) && m.hour < 0
        && r.period.unit == Unit::Day && r.period.start < m_reference && m.day) {
        if (const EntryHeading heading = entryHeading(m, tokens, text); heading != EntryHeading::None) {
            m_entryDay = r.period.start;
            m_entrySentence = sentence;
            // (an entry that runs on after its heading's dash ends with its paragraph)
            const qsizetype lineEnd = text.indexOf(u'\n', tokens[std::size_t(m.last)].end);
            m_entryEnd = heading == EntryHeading::OwnLine ? -1 : lineEnd < 0 ? offset + text.size() : offset + lineEnd;
        }
    }
    if (m.kind == Mention::Kind::Calendar && r.period.isValid()) {
        m_lastCalendar = r.period;
        m_lastCalendarLast = m.last;
        m_lastCalendarChunk = offset;
    }
    return timex;
}

} // namespace Sitrep::Dates
