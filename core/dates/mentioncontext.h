// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datetokenizer.h"
#include "dates/mention.h"

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace Sitrep::Dates {

// What the words around a mention say about it, in its sentence.

// "votes", "hosts": the shape of a verb in the third person, which a plural noun shares; not "class" or "bus".
bool looksThirdPerson(QStringView word);

// "postponed", "moved", "rescheduled": verbs that set a plan on another date.
bool isMovingVerb(QStringView word);

// "is" or "are" within three words ("The deadline is Friday").
bool besideBe(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "The highlight is a total lunar eclipse late Thursday night": "is" or "are" and the noun of the event, with nothing
// but its article and describing words between them and the day
bool namesItsEventBeforeDay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "crude", "Brent", "gas", "wheat": a good traded for delivery in a month ("January crude", "Brent for May")
bool isCommodity(QStringView word);

// "today's world", "the leaders of tomorrow", "USA Today": no day at all.
bool notADay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// The token right before a date that begins at `first`, past a hedge: "until at least Monday" is "until"; -1 at
// the text's start.
inline int wordBeforeHedge(const std::vector<DateToken> &tokens, int first)
{
    const bool atLeast = first >= 3 && tokens[std::size_t(first - 1)].word() == Word::Least
        && tokens[std::size_t(first - 2)].word() == Word::At;
    return first - (atLeast ? 3 : 1);
}

// `word` is `literal`; sizes first, since == is a call into QtCore and this runs for every word near a date.
inline bool sameWord(QStringView word, QLatin1StringView literal)
{
    return word.size() == literal.size() && word == literal;
}

// `word` is one of `literals`.
inline bool sameWordAsAny(QStringView word, std::initializer_list<QLatin1StringView> literals)
{
    for (const QLatin1StringView literal : literals)
        if (sameWord(word, literal))
            return true;
    return false;
}

// A lowercase word of five letters or more in "-ed": a past form or a participle ("agreed", "founded").
inline bool endsWithEd(QStringView word)
{
    return word.size() >= 5 && word.endsWith(QLatin1StringView("ed")) && word[0].isLower();
}

// The text of a token.
// `word` is one of `literals`, in any case ("Update", "UPDATE", "Brent", "WTI").
inline bool sameWordIgnoringCaseAsAny(QStringView word, std::initializer_list<QLatin1StringView> literals)
{
    for (const QLatin1StringView literal : literals)
        if (word.size() == literal.size() && word.compare(literal, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

inline QStringView tokenText(const DateToken &token, QStringView text)
{
    return text.mid(token.start, token.end - token.start);
}

// "may", "might", "could", "can", "should", "must": the modals the lexicon does not know as such ("may" is
// the month there).
bool isModal(QStringView word);

// "dawn", "dusk", "daybreak": the times of day a clock does not tell ("at dawn on Monday").
bool isDaybreak(QStringView word);

// "host", "play", "visit", "face", "meet": what sides do in a fixture, in the simple present.
bool isFixtureVerb(QStringView word);
// A verb of what is set for a day: "begin", "expire", "announce"; its third person too: "begins", "expires"
bool isScheduleVerb(QStringView word);
bool isScheduleVerbInThirdPerson(QStringView word);

// "said", "told", "added", "reported", "announced", "stated": verbs that report speech.
bool isReportingVerb(QStringView word);

// "covers", "shows", "includes": a verb in the present that tells what a text or a set of figures holds,
// not a plan ("The data covers July 1 to September 30").
bool isContentVerb(QStringView word);

// "took effect at 6 a.m. on Sunday": where "at" opens the clock time ending at token `last`, or -1.
int clockTimeOpening(const std::vector<DateToken> &tokens, int last);

// "The council votes Tuesday", "the summit opens on Friday": a weekday after a verb in the simple present;
// where that verb is, or -1: "the ceasefire expires at dawn on Friday"
int presentVerbBefore(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "On July 4, the United States turns 250", "On Tuesday the group travels to Paris": a day that opens its
// sentence before a subject and a verb in the simple present, third person
bool frontedBeforePresent(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "He told reporters on Monday he would attend": the day dates the telling, not what was told.
bool afterToldSomeone(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);
// "declared Wednesday a holiday", "made Monday a day of mourning": a day named for what it will be
bool namedAsADay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "Drones hit Odesa overnight, the governor said on Sunday.": the day of a report that closes its sentence
// after a comma, which dates the telling, not the scene the sentence set.
bool closesWithAttribution(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "offices will work from 9 am till 2.30 pm during the holy month", "a pause from 8 a.m. until 7 p.m. daily",
// "spared from 10 am till noon on weekdays": a clock time in a sentence that tells a routine, not one day.
bool inASchedule(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

// "Trump, who hosts Zelenskiy on Friday, said ...": inside a relative clause in the simple present.
bool inPresentRelativeClause(const Mention &m, const std::vector<DateToken> &tokens, QStringView text);

} // namespace Sitrep::Dates
