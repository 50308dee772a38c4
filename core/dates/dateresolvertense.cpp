// SPDX-License-Identifier: GPL-3.0-or-later
// The tense of the sentence around an expression, which places yearless dates and bare weekdays
// before or after the reference date.
#include "dates/dateresolver.h"
#include "dates/mentioncontext.h"

namespace Sitrep::Dates {

namespace {

bool isAdverb(const DateToken &t, QStringView text)
{
    if (t.lex)
        return t.lex->word == Word::Previously || t.lex->word == Word::Currently || t.lex->word == Word::Now
            || t.lex->word == Word::Recently || t.lex->word == Word::No;
    const QStringView word = text.mid(t.start, t.end - t.start);
    // ("would most likely be held", "will then be named", "would never be signed")
    return word.endsWith(QLatin1StringView("ly")) || word == QLatin1StringView("not")
        || word == QLatin1StringView("also") || word == QLatin1StringView("still")
        || word == QLatin1StringView("already") || word == QLatin1StringView("most")
        || word == QLatin1StringView("then") || word == QLatin1StringView("never")
        || word == QLatin1StringView("again");
}

// The auxiliary before a participle, whose tense it takes: "had been scheduled", "will be named".
// Word::None when the participle stands alone (a simple past: "troops seized the town").
Word auxiliaryBefore(int i, const std::vector<DateToken> &tokens, QStringView text)
{
    // ("will run until 5pm and be repeated on Wednesday": a bare "be" is no past, whatever stands before it)
    bool bareBe = false;
    for (int j = i - 1, seen = 0; j >= 0 && seen < 4; --j, ++seen) {
        const DateToken &t = tokens[std::size_t(j)];
        if (!t.isWord() || t.sentence != tokens[std::size_t(i)].sentence)
            return bareBe ? Word::Would : Word::None;
        if (isAdverb(t, text))
            continue;
        // "may be extended", "could be delayed": a modal, which the lexicon does not know as one ("may" is
        // the month), takes the participle's tense away as "would" does
        const QStringView word = text.mid(t.start, t.end - t.start);
        if (isModal(word))
            return Word::Would;
        // "will remain closed", "will stay shut": a linking verb passes the auxiliary through, as "be" does
        if (sameWord(word, QLatin1StringView("remain")) || sameWord(word, QLatin1StringView("stay")))
            continue;
        if (!t.lex)
            return bareBe ? Word::Would : Word::None;
        switch (t.lex->word) {
        case Word::Be:
            bareBe = bareBe || sameWord(word, QLatin1StringView("be"));
            continue;
        case Word::Had:
        case Word::Will:
        case Word::Would:
        case Word::Shall:
        case Word::PastAux:
        case Word::PresentAux:
            return t.lex->word;
        default:
            return bareBe ? Word::Would : Word::None;
        }
    }
    return bareBe ? Word::Would : Word::None;
}

// "investigators have gathered", "the army has already withdrawn": a present perfect tells of what is done
// ("has been postponed until March" is a passive, whose date may lie ahead)
bool afterHasOrHave(int i, const std::vector<DateToken> &tokens, QStringView text)
{
    for (int j = i - 1; j >= 0 && j >= i - 3; --j) {
        const DateToken &t = tokens[std::size_t(j)];
        if (!t.isWord() || t.sentence != tokens[std::size_t(i)].sentence)
            return false;
        if (isAdverb(t, text))
            continue;
        const QStringView word = text.mid(t.start, t.end - t.start);
        return sameWord(word, QLatin1StringView("has")) || sameWord(word, QLatin1StringView("have"));
    }
    return false;
}

// "a still unspecified date", "the embattled leader": a participle after a determiner is an adjective
bool isAdjectival(int i, const std::vector<DateToken> &tokens, QStringView text)
{
    // ("jet-lagged", "war-torn", "UN-backed": a participle that ends a compound describes)
    if (i >= 2 && tokens[std::size_t(i - 1)].isPunct(u'-') && !tokens[std::size_t(i - 1)].spaceBefore
        && !tokens[std::size_t(i)].spaceBefore && tokens[std::size_t(i - 2)].isWord())
        return true;
    for (int j = i - 1; j >= 0 && j >= i - 3; --j) {
        const DateToken &t = tokens[std::size_t(j)];
        if (t.sentence != tokens[std::size_t(i)].sentence)
            return false;
        // "four occupied regions", "3 wounded soldiers" (but "Two killed in an attack" is a clipped verb)
        if ((t.isNumber() || (t.lex && t.lex->number > 0 && !t.lex->ordinal)) && j == i - 1
            && std::size_t(i + 1) < tokens.size()) {
            const DateToken &noun = tokens[std::size_t(i + 1)];
            return noun.isWord() && !noun.lex && !noun.capitalized && noun.sentence == t.sentence;
        }
        if (!t.isWord())
            return false;
        // ("a privately built capsule", "the first crewed launch")
        if (isAdverb(t, text) || (t.lex && t.lex->ordinal))
            continue;
        if (!t.lex)
            return false;
        switch (t.lex->word) {
        case Word::A:
        case Word::An:
        case Word::The:
        case Word::Its:
        case Word::Their:
        case Word::This:
        case Word::These:
        case Word::More: // "more targeted controls"
            return true;
        default:
            return false;
        }
    }
    return false;
}

// Words that announce an intention or a commitment: "agreed to buy ... in February", "an agreement to
// acquire the bank in January" place the date of the infinitive ahead.
bool isIntention(QStringView word)
{
    // Views made once: their lengths are not measured again for every word asked about.
    static constexpr QLatin1StringView verbs[] = {
        QLatin1StringView("agreed"), QLatin1StringView("agrees"), QLatin1StringView("agreement"),
        QLatin1StringView("promised"), QLatin1StringView("promises"), QLatin1StringView("pledged"),
        QLatin1StringView("pledges"), QLatin1StringView("vowed"), QLatin1StringView("vows"),
        QLatin1StringView("threatened"), QLatin1StringView("threatens"), QLatin1StringView("offered"),
        QLatin1StringView("offers"), QLatin1StringView("proposed"), QLatin1StringView("proposes"),
        QLatin1StringView("hoped"), QLatin1StringView("hopes"), QLatin1StringView("wants"), QLatin1StringView("wanted"),
        QLatin1StringView("aims"), QLatin1StringView("seeks"), QLatin1StringView("sought"), QLatin1StringView("intend"),
        QLatin1StringView("intended"), QLatin1StringView("prepared"), QLatin1StringView("prepares"),
        QLatin1StringView("decided"), QLatin1StringView("decides"), QLatin1StringView("preparing"),
        QLatin1StringView("hoping"), QLatin1StringView("aiming"), QLatin1StringView("seeking"),
        QLatin1StringView("threatening"), QLatin1StringView("promising"), QLatin1StringView("offering"),
        QLatin1StringView("proposing"),
        // ("193 million are eligible to vote on Wednesday", "the storm, poised to strike on Thursday")
        QLatin1StringView("eligible"), QLatin1StringView("poised")};
    for (const QLatin1StringView verb : verbs) {
        if (word.size() == verb.size() && word == verb) // sizes first: == is a call into QtCore
            return true;
    }
    return false;
}

// Verbs that ask someone to do something: "called on allies to supply ... before winter", "asked
// parliament to approve the budget in January" place the date of what is asked ahead.
bool isRequest(QStringView word)
{
    static constexpr QLatin1StringView verbs[] = {
        QLatin1StringView("called"),    QLatin1StringView("calls"),    QLatin1StringView("urged"),
        QLatin1StringView("urges"),     QLatin1StringView("asked"),    QLatin1StringView("asks"),
        QLatin1StringView("pressed"),   QLatin1StringView("presses"),  QLatin1StringView("demanded"),
        QLatin1StringView("demands"),   QLatin1StringView("appealed"), QLatin1StringView("appeals"),
        QLatin1StringView("told"),      QLatin1StringView("ordered"),  QLatin1StringView("orders"),
        QLatin1StringView("instructed")};
    for (const QLatin1StringView verb : verbs) {
        if (word.size() == verb.size() && word == verb) // sizes first: == is a call into QtCore
            return true;
    }
    return false;
}

} // namespace

Tense DateResolver::tenseAround(int first, int last, const std::vector<DateToken> &tokens, QStringView text, int window)
{
    const int size = int(tokens.size());
    const auto wordAt = [&](int i) {
        return text.mid(tokens[std::size_t(i)].start, tokens[std::size_t(i)].end - tokens[std::size_t(i)].start);
    };
    const auto followedByTo = [&](int i) {
        return i + 1 < size && tokens[std::size_t(i + 1)].lex && tokens[std::size_t(i + 1)].lex->word == Word::To;
    };
    // "to" and then a verb: a lowercase word the lexicon does not know ("to acquire", not "to the")
    const auto followedByInfinitive = [&](int i) {
        if (!followedByTo(i) || i + 2 >= size)
            return false;
        // ("hoping to start Thursday", "plans to end the strike": verbs the lexicon knows as words of dates too)
        const DateToken &verb = tokens[std::size_t(i + 2)];
        return verb.isWord() && (!verb.lex || verb.word() == Word::Start || verb.word() == Word::End)
            && !verb.capitalized && verb.sentence == tokens[std::size_t(i)].sentence;
    };
    // "prisoners to be released on Sunday": a passive infinitive is still to happen ("had to be quarantined"
    // and "were to be escorted" tell of an obligation or a plan in the past)
    const auto toBe = [&](int i) {
        if (i < 2 || i >= first || tokens[std::size_t(i - 1)].word() != Word::Be
            || !sameWord(wordAt(i - 1), QLatin1StringView("be")) || tokens[std::size_t(i - 2)].word() != Word::To
            || tokens[std::size_t(i - 2)].sentence != tokens[std::size_t(i)].sentence)
            return false;
        const Word before = i >= 3 ? tokens[std::size_t(i - 3)].word() : Word::None;
        return before != Word::Had && before != Word::PastAux;
    };
    // (what "has said" reports has its own tense; "has extended loans through January" moves an end ahead)
    const Word preposition = first > 0 ? tokens[std::size_t(wordBeforeHedge(tokens, first))].word() : Word::None;
    const bool endAhead = preposition == Word::Through || preposition == Word::Until || preposition == Word::By;
    const auto presentPerfect = [&](int i) {
        return i < first && !endAhead && afterHasOrHave(i, tokens, text) && !isReportingVerb(wordAt(i));
    };
    // (the word the date turns on: "June", "the spring"; wordTense asks about a word past the last one)
    const int headAt =
        first < size && tokens[std::size_t(first)].word() == Word::The && first < last ? first + 1 : first;
    const DateToken *head = headAt < size ? &tokens[std::size_t(headAt)] : nullptr;
    const bool monthOrSeason =
        head && head->lex && (head->lex->month || head->lex->season) && head->capitalized == bool(head->lex->month);
    bool planGivenUp = false;
    bool namesAWeekday = false;
    for (int k = first; k <= last && k < size; ++k)
        namesAWeekday = namesAWeekday || (tokens[std::size_t(k)].lex && tokens[std::size_t(k)].lex->weekday);
    const auto cue = [&](int i) -> Tense {
        const DateToken &t = tokens[std::size_t(i)];
        if (!t.isWord())
            return Tense::Unknown;
        // ("Residents were ordered to leave late Monday", "before being told to leave again on Sunday": one asked in
        // the passive, with no deadline or span before the date, was asked on that day; "were told to leave by Friday"
        // and "were urged to stay indoors from Sunday night to Monday afternoon" were not)
        const Word dayPreposition = first >= 1 ? tokens[std::size_t(first - 1)].word() : Word::None;
        const bool askedOnTheDay = i >= 1
            && (tokens[std::size_t(i - 1)].word() == Word::PastAux
                || sameWord(wordAt(i - 1), QLatin1StringView("being")))
            && dayPreposition != Word::By && dayPreposition != Word::Before && dayPreposition != Word::Until
            && dayPreposition != Word::To && dayPreposition != Word::From && dayPreposition != Word::Through;
        if (i < first && isRequest(wordAt(i)) && askedOnTheDay)
            return Tense::Unknown;
        if (i < first && isRequest(wordAt(i))) {
            // the one asked comes first, then "to" and the verb: "urged allies to deliver"
            for (int k = i; k <= i + 4 && k + 2 < size && k + 2 < first; ++k) {
                if (tokens[std::size_t(k)].sentence != t.sentence)
                    break;
                if (followedByInfinitive(k))
                    return Tense::Future;
            }
            // "called for elections in June", "asked for a trial in January": what is asked for is ahead (but
            // "appealed for calm on Monday" dates the appeal)
            if (i + 1 < first && tokens[std::size_t(i + 1)].word() == Word::For && first - i <= 8
                && (monthOrSeason || tokens[std::size_t(first)].word() == Word::This))
                return Tense::Future;
            // "has called elections for May 29", "called a referendum for June": what is called is set for the date
            // ("called an indefinite strike from Tuesday": and so is the start of what is called)
            // ("has called a 48-hour strike from midnight on Sunday": the clock that the start is set at between)
            int setAt = first - 1;
            if (tokens[std::size_t(setAt)].word() == Word::On && setAt >= 2)
                if (const int opening = clockTimeOpening(tokens, setAt - 1); opening > i)
                    setAt = opening;
            const Word setFor = tokens[std::size_t(setAt)].word();
            const bool eventCalled = i + 1 < setAt
                && (tokens[std::size_t(i + 1)].word() == Word::A || tokens[std::size_t(i + 1)].word() == Word::An);
            if (setAt - i >= 2 && setAt - i <= 7 && sameWord(wordAt(i), QLatin1StringView("called"))
                && (setFor == Word::For || (setFor == Word::From && eventCalled)))
                return Tense::Future;
        }
        if (!t.lex && isContentVerb(wordAt(i))) // "the data covers July 1 to September 30"
            return Tense::Present;
        // ("has been rescheduled for noon Friday", "was postponed to Sunday", "moved back to Thursday": a new date
        // set for what was moved lies ahead)
        if (i < first && first - i <= 4 && isMovingVerb(wordAt(i))) {
            int k = i + 1;
            if (k < first && sameWordAsAny(wordAt(k), {QLatin1StringView("back"), QLatin1StringView("forward")}))
                ++k;
            const Word to = k == first - 1 ? tokens[std::size_t(k)].word() : Word::None; // (not "moved to hotels by")
            if ((to == Word::For || to == Word::To || to == Word::Until) && !tokens[std::size_t(first)].isNumber())
                return Tense::Future;
        }
        // "warned that the country could lose its status in October": what may happen lies ahead
        // ("could not be reached Monday", "could have ended": not that)
        // ("'Families may arrive soon,' the mayor said Saturday": not across a quotation)
        // (a hyphen inside a word counts as the word: "more out-of-competition controls")
        const auto wordsUpTo = [&](int from, int to) {
            for (int k = from; k < to; ++k)
                if (!tokens[std::size_t(k)].isWord()
                    && !(tokens[std::size_t(k)].isPunct(u'-') && !tokens[std::size_t(k)].spaceBefore && k + 1 < to
                         && !tokens[std::size_t(k + 1)].spaceBefore))
                    return false;
            return true;
        };
        if (i < first && i + 1 < first && isModal(wordAt(i)) && !sameWord(wordAt(i), QLatin1StringView("can"))
            && wordsUpTo(i, first)) {
            const QStringView next = wordAt(i + 1);
            if (tokens[std::size_t(i + 1)].isWord() && !tokens[std::size_t(i + 1)].lex
                && !sameWordAsAny(next,
                                  {QLatin1StringView("have"), QLatin1StringView("not"), QLatin1StringView("never"),
                                   QLatin1StringView("only")}))
                return Tense::Future;
        }
        // A headline's "to" and a verb right after its subject is a plan: "Zelenskiy to meet Biden on
        // Friday", "Ceasefire to take effect at midnight" (up to three words of subject, none a date word)
        // ("Hearings to Open Wednesday": in title case the verb has its capital too)
        const auto headlineVerb = [&](int to) {
            if (to + 1 >= size || to + 1 >= first)
                return false;
            const DateToken &verb = tokens[std::size_t(to + 1)];
            return verb.isWord() && !verb.lex && verb.sentence == t.sentence
                && (!verb.capitalized || tokens[std::size_t(to - 1)].capitalized);
        };
        if (t.word() == Word::To && i >= 1 && (followedByInfinitive(i - 1) || headlineVerb(i))) {
            int opening = i;
            while (opening > 0 && tokens[std::size_t(opening - 1)].sentence == t.sentence)
                --opening;
            // (not "Speaking to reporters": a participle opens no headline, and a verb's plain form
            // seldom ends in a single "s")
            const QStringView verb = wordAt(i + 1);
            bool subjectOnly = i - opening <= 3
                && !(verb.endsWith(u's') && !verb.endsWith(QLatin1StringView("ss"))
                     && !verb.endsWith(QLatin1StringView("us")));
            for (int k = opening; k < i && subjectOnly; ++k)
                subjectOnly = tokens[std::size_t(k)].isWord() && !tokens[std::size_t(k)].lex
                    && !wordAt(k).endsWith(QLatin1StringView("ing")) && !endsWithEd(wordAt(k));
            if (subjectOnly)
                return Tense::Future;
        }
        // "later than planned", "as expected", "sooner than scheduled": a comparison with a plan has no tense
        if (t.lex && i > 0
            && (t.lex->word == Word::Planned || t.lex->word == Word::Expected || t.lex->word == Word::Scheduled)) {
            // ("lower-than-expected results")
            const int p = tokens[std::size_t(i - 1)].isPunct(u'-') && i > 1 ? i - 2 : i - 1;
            if (tokens[std::size_t(p)].word() == Word::Than
                || wordAt(p).compare(QLatin1StringView("as"), Qt::CaseInsensitive) == 0)
                return Tense::Unknown;
        }
        // ("Neither side would comment on Tuesday", "officials would not say Monday how many died": a refusal to speak,
        // told as it happened)
        if (t.lex && t.lex->word == Word::Would && i < first) {
            int k = i + 1;
            bool refused = false; // ("he said he would comment on Friday" is a plan)
            if (k < first && sameWordAsAny(wordAt(k), {QLatin1StringView("not"), QLatin1StringView("never")})) {
                refused = true;
                ++k;
            }
            for (int n = std::max(0, i - 3); n < i && !refused; ++n)
                refused = tokens[std::size_t(n)].sentence == t.sentence
                    && (tokens[std::size_t(n)].word() == Word::No
                        || sameWordAsAny(wordAt(n),
                                         {QLatin1StringView("neither"), QLatin1StringView("nobody"),
                                          QLatin1StringView("Neither"), QLatin1StringView("Nobody")}));
            if (refused && k < first
                && sameWordAsAny(wordAt(k),
                                 {QLatin1StringView("comment"), QLatin1StringView("say"), QLatin1StringView("confirm"),
                                  QLatin1StringView("disclose"), QLatin1StringView("elaborate"),
                                  QLatin1StringView("discuss"), QLatin1StringView("specify"),
                                  QLatin1StringView("identify"), QLatin1StringView("speculate")}))
                return Tense::Past;
        }
        if (t.lex) {
            switch (t.lex->word) {
            case Word::Will:
            case Word::Would:
            case Word::Shall:
            case Word::Upcoming:
            case Word::Intends:
            case Word::Payable:
                return Tense::Future;
            case Word::Planned:
                // "the hastily planned trip" is an adjective; "on Friday, the government planned to pay"
                // and "as previously planned" tell when the plan was made
                if (isAdjectival(i, tokens, text))
                    return Tense::Unknown;
                if (i > last || (i > 0 && tokens[std::size_t(i - 1)].word() == Word::Previously))
                    return Tense::Past;
                [[fallthrough]];
            case Word::Expected:
            case Word::Scheduled:
            case Word::Due: {
                // "cut their forecast to 2.1%", "cut its profit forecast in February": a noun after its determiner
                const auto determiner = [&](int k) {
                    return k >= 0
                        && (tokens[std::size_t(k)].word() == Word::Its || tokens[std::size_t(k)].word() == Word::The
                            || sameWordAsAny(wordAt(k),
                                             {QLatin1StringView("their"), QLatin1StringView("his"),
                                              QLatin1StringView("her"), QLatin1StringView("our")}));
                };
                // (not "the company expects output", "its influence expected to linger": verbs)
                const bool nounBefore = i > 1 && tokens[std::size_t(i - 1)].isWord() && !tokens[std::size_t(i - 1)].lex
                    && !tokens[std::size_t(i - 1)].capitalized && tokens[std::size_t(i - 1)].sentence == t.sentence
                    && sameWordAsAny(wordAt(i), {QLatin1StringView("forecast"), QLatin1StringView("forecasts")})
                    && !followedByTo(i);
                if (determiner(i - 1) || (nounBefore && determiner(i - 2)))
                    return Tense::Unknown;
                // "delayed due to fighting", "due to insecurity": a cause, not a schedule
                if (t.lex->word == Word::Due && followedByTo(i) && i + 2 < size) {
                    const QStringView next = wordAt(i + 2);
                    const DateToken &n = tokens[std::size_t(i + 2)];
                    if (!n.isWord() || n.lex || n.capitalized || next.endsWith(QLatin1StringView("ing"))
                        || next.endsWith(QLatin1StringView("ity")) || next.endsWith(QLatin1StringView("ion"))
                        || next.endsWith(QLatin1StringView("ness")) || next.endsWith(QLatin1StringView("ment"))
                        || next.endsWith(QLatin1StringView("ence")) || next.endsWith(QLatin1StringView("ance")))
                        return Tense::Unknown;
                }
                // "had been scheduled to expire Friday" is a plan given up: past; "On Wednesday, the court
                // scheduled a hearing" dates the act of planning, a simple past with its object after it
                // (in "scheduled the hearing for Wednesday" the day is the plan's)
                const Word aux = auxiliaryBefore(i, tokens, text);
                const Word after = i + 1 < size ? tokens[std::size_t(i + 1)].word() : Word::None;
                // ("the $1.60 it projected in June", "officials forecast in March": a forecast made then)
                const bool madeThen = aux == Word::None && i == first - 2
                    && (tokens[std::size_t(first - 1)].word() == Word::In
                        || tokens[std::size_t(first - 1)].word() == Word::On)
                    && (endsWithEd(wordAt(i)) || sameWord(wordAt(i), QLatin1StringView("forecast"))) && i > 0
                    && sameWordAsAny(wordAt(i - 1),
                                     {QLatin1StringView("it"), QLatin1StringView("they"), QLatin1StringView("he"),
                                      QLatin1StringView("she"), QLatin1StringView("we"), QLatin1StringView("officials"),
                                      QLatin1StringView("economists"), QLatin1StringView("analysts")});
                // ("students had been due to sit exams in May": a plan given up is still the date's nearest year; a
                // weekday, "had been scheduled to expire Friday", is the one gone)
                if (aux == Word::Had && i < first && followedByTo(i) && !namesAWeekday) {
                    planGivenUp = true;
                    return Tense::Unknown;
                }
                if (aux == Word::Had || madeThen
                    || (aux == Word::None && i > last && t.lex->word != Word::Due && tokens[std::size_t(i - 1)].isWord()
                        && (after == Word::A || after == Word::An || after == Word::The || after == Word::Its)))
                    return Tense::Past;
                return Tense::Future;
            }
            case Word::Next: // "next week" is future; "next to the embassy" is no tense at all
                return followedByTo(i) ? Tense::Unknown : Tense::Future;
            case Word::Set: // "set to meet", "the summit, set for Sunday", "set sentencing for April 12"
                // ("set off at dawn on Monday", "Instex, set up in January": a phrasal verb, done; but "will set off",
                // "to set up")
                if (i + 1 < size && i >= 1 && tokens[std::size_t(i - 1)].word() != Word::To
                    && tokens[std::size_t(i - 1)].word() != Word::Will
                    && tokens[std::size_t(i - 1)].word() != Word::Would
                    && tokens[std::size_t(i - 1)].word() != Word::Shall && !isModal(wordAt(i - 1))
                    && sameWordAsAny(wordAt(i + 1),
                                     {QLatin1StringView("off"), QLatin1StringView("out"), QLatin1StringView("up"),
                                      QLatin1StringView("fire")}))
                    return tokens[std::size_t(i - 1)].word() == Word::PresentAux ? Tense::Unknown : Tense::Past;
                if ((i + 1 < size && tokens[std::size_t(i + 1)].word() == Word::For)
                    || (i + 2 < size && i + 2 <= first && tokens[std::size_t(i + 1)].isWord()
                        && !tokens[std::size_t(i + 1)].lex && tokens[std::size_t(i + 2)].word() == Word::For))
                    return Tense::Future;
                [[fallthrough]];
            case Word::Going:
            case Word::Plans:
                return followedByTo(i) ? Tense::Future : Tense::Unknown;
            case Word::PastVerb: {
                // a capital makes a name: "Fed officials", "Edward Said" (a sentence rarely opens on a past
                // verb); "a privately built capsule" describes its noun
                if (t.capitalized || isAdjectival(i, tokens, text))
                    return Tense::Unknown;
                // ("The directive, known as MiFID, comes into force", "Coverage bought by Dec. 15 takes effect": a
                // participle that describes the noun before it, not the clause's verb)
                if (i >= 1 && i + 2 < size && tokens[std::size_t(i + 1)].sentence == t.sentence) {
                    const DateToken &before = tokens[std::size_t(i - 1)];
                    const DateToken &agent = tokens[std::size_t(i + 2)];
                    const bool as = sameWord(wordAt(i + 1), QLatin1StringView("as"));
                    const bool by = tokens[std::size_t(i + 1)].word() == Word::By;
                    const bool nounBefore = before.isWord() && !before.lex && before.sentence == t.sentence;
                    const bool dateAfter = agent.lex && (agent.lex->month || agent.lex->weekday) && agent.capitalized;
                    if ((before.isPunct(u',') && (as || (by && !agent.isNumber()))) || (nounBefore && by && dateAfter))
                        return Tense::Unknown;
                }
                // "plans to cut rates in January": a past form that is also the infinitive; "a rate cut in January",
                // "the spending cuts": a noun
                const auto determinerAt = [&](int k) {
                    const Word w = k >= 0 ? tokens[std::size_t(k)].word() : Word::None;
                    return w == Word::A || w == Word::An || w == Word::The || w == Word::Its || w == Word::Their
                        || w == Word::Another || w == Word::No || w == Word::This || w == Word::That || w == Word::Every
                        || w == Word::Each
                        || (k >= 0
                            && sameWordAsAny(wordAt(k),
                                             {QLatin1StringView("his"), QLatin1StringView("her"),
                                              QLatin1StringView("our"), QLatin1StringView("any"),
                                              QLatin1StringView("further"), QLatin1StringView("deeper")}));
                };
                const bool presentToo =
                    sameWordAsAny(wordAt(i),
                                  {QLatin1StringView("cut"), QLatin1StringView("put"), QLatin1StringView("shut"),
                                   QLatin1StringView("spread"), QLatin1StringView("split"), QLatin1StringView("cost"),
                                   QLatin1StringView("hit"), QLatin1StringView("bid"), QLatin1StringView("quit")});
                // (not "a bomb hit the port": a verb has its object after it)
                const DateToken *after = i + 1 < size ? &tokens[std::size_t(i + 1)] : nullptr;
                const bool objectAfter = after && after->sentence == t.sentence
                    && (after->isNumber() || (after->isWord() && (!after->lex || determinerAt(i + 1))));
                const bool noun = !objectAfter
                    && (determinerAt(i - 1)
                        || (i > 1 && determinerAt(i - 2) && tokens[std::size_t(i - 1)].isWord()
                            && !tokens[std::size_t(i - 1)].lex && !tokens[std::size_t(i - 1)].capitalized));
                // ("will organize over Texas on Friday night and spread east through Saturday": the plain form after
                // "and", in the reach of "will")
                const auto afterWillAnd = [&] {
                    if (i < 1 || tokens[std::size_t(i - 1)].word() != Word::And)
                        return false;
                    for (int k = i - 2; k >= 0 && k >= i - 14 && tokens[std::size_t(k)].sentence == t.sentence; --k) {
                        const Word w = tokens[std::size_t(k)].word();
                        if (w == Word::Will || w == Word::Would || w == Word::Shall || isModal(wordAt(k)))
                            return true;
                        if (tokens[std::size_t(k)].isPunct(u';') || tokens[std::size_t(k)].isPunct(u':'))
                            return false;
                    }
                    return false;
                };
                if (presentToo && i > 0 && (tokens[std::size_t(i - 1)].word() == Word::To || noun || afterWillAnd()))
                    return Tense::Unknown;
                if (toBe(i))
                    return Tense::Future;
                // a participle takes the tense of its auxiliary, met further out
                return auxiliaryBefore(i, tokens, text) == Word::None || presentPerfect(i) ? Tense::Past
                                                                                           : Tense::Unknown;
            }
            case Word::PastAux: {
                // "were planning to drive there on Monday", "was due to land Friday": a plan made in the
                // past for a date its own words place
                const DateToken *n = i + 1 < size ? &tokens[std::size_t(i + 1)] : nullptr;
                const Word w = n ? n->word() : Word::None;
                const bool plan = w == Word::Plans || w == Word::Going || w == Word::Expected || w == Word::Scheduled
                    || w == Word::Due || w == Word::Set || w == Word::Planned;
                return plan && followedByTo(i + 1) ? Tense::Unknown : Tense::Past;
            }
            case Word::Ended: // "the quarter ended Sept. 30"; "the meeting ending Wednesday" has no tense
                return wordAt(i).endsWith(QLatin1StringView("ing")) ? Tense::Unknown : Tense::Past;
            case Word::Last: {
                // "last week", "last Monday", "last night"; not "in the last 16", "the last word"
                const DateToken *n = i + 1 < size ? &tokens[std::size_t(i + 1)] : nullptr;
                const bool timeWord = n && n->lex
                    && (n->lex->unit != Unit::None || n->lex->weekday || n->lex->month || n->lex->season
                        || n->lex->partOfDay != PartOfDay::None);
                // ("Last year's winner returns in June": a possessive names a thing, not when the clause happened)
                const bool possessive = i + 2 < size && tokens[std::size_t(i + 2)].isPunct(u'\'');
                return timeWord && !possessive ? Tense::Past : Tense::Unknown;
            }
            case Word::Had: {
                // ("had been due to start adding barrels in January": a plan made before, for a date its own words
                // place, as "was due to" is)
                const Word w = i + 2 < size ? tokens[std::size_t(i + 2)].word() : Word::None;
                const bool plan = i + 2 < size && sameWord(wordAt(i + 1), QLatin1StringView("been"))
                    && (w == Word::Due || w == Word::Scheduled || w == Word::Expected || w == Word::Set
                        || w == Word::Planned);
                return plan && followedByTo(i + 2) ? Tense::Unknown : Tense::Past;
            }
            case Word::Since:
            case Word::Ago:
                return Tense::Past;
            case Word::PresentAux:
                // "is to resume trading Tuesday", "are to meet Monday": a plan
                return followedByTo(i) ? Tense::Future : Tense::Present;
            default:
                return Tense::Unknown;
            }
        }
        // the intention places what follows it: "agreed to swap prisoners in March" lies ahead of the
        // agreement, but "talks in July, when they agreed to swap prisoners" were held in July
        // ("decided Saturday to hold elections on May 25": the day of the decision between them)
        const bool weekdayAfter =
            i + 1 < first && tokens[std::size_t(i + 1)].lex && tokens[std::size_t(i + 1)].lex->weekday;
        // ("extended their offers to acquire the company Friday": an intention named as the object of a verb leaves
        // that verb to date the day)
        const Word determiner = i > 0 ? tokens[std::size_t(i - 1)].word() : Word::None;
        const bool objectNoun = (determiner == Word::Their || determiner == Word::Its || determiner == Word::The)
            && tokens[std::size_t(first)].lex && tokens[std::size_t(first)].lex->weekday;
        if (i < first && isIntention(wordAt(i)) && !objectNoun
            && (followedByInfinitive(i) || (weekdayAfter && followedByInfinitive(i + 1))))
            return Tense::Future;
        // ("is on track to reach the coast Thursday night", "remained on course to strike on Wednesday night")
        if (i < first && i >= 1 && tokens[std::size_t(i - 1)].word() == Word::On
            && sameWordAsAny(wordAt(i), {QLatin1StringView("track"), QLatin1StringView("course")})
            && followedByInfinitive(i))
            return Tense::Future;
        // ("said he wanted a government in place before Christmas", "vowed the wall would be finished by May": a
        // deadline the intention sets, ahead of it)
        if (i < first && first - i <= 10 && (preposition == Word::Before || preposition == Word::By)
            && isIntention(wordAt(i)))
            return Tense::Future;
        if (!endsWithEd(wordAt(i)) || isAdjectival(i, tokens, text))
            return Tense::Unknown;
        if (toBe(i))
            return Tense::Future;
        // "a deal brokered by Egypt", "the truce, agreed by both sides,": a passive participle after its
        // noun tells no tense of the sentence (but "stalled by mid-September" is the date's own verb)
        if (i + 1 < size && tokens[std::size_t(i + 1)].word() == Word::By && i + 1 != first && i + 2 != first && i > 0
            && (tokens[std::size_t(i - 1)].isPunct(u',')
                || (tokens[std::size_t(i - 1)].isWord() && !tokens[std::size_t(i - 1)].lex)))
            return Tense::Unknown;
        // ("The directive, called MiFID, comes into force", "the rule, described as a stopgap,": a name given to the
        // noun before, set off by commas)
        if (i > 0 && i + 2 < size && tokens[std::size_t(i - 1)].isPunct(u',')
            && (sameWord(wordAt(i + 1), QLatin1StringView("as"))
                || (tokens[std::size_t(i + 1)].capitalized && !tokens[std::size_t(i + 1)].lex
                    && tokens[std::size_t(i + 2)].isPunct(u','))))
            return Tense::Unknown;
        return auxiliaryBefore(i, tokens, text) == Word::None || presentPerfect(i) ? Tense::Past : Tense::Unknown;
    };
    // The nearest past or future cue decides; a present one only when there is neither ("the offer
    // expires in March", "the dividend is payable Jan. 2").
    const int sentence = tokens[std::size_t(first)].sentence;
    // A date set before the sentence's subject ("On Monday, the envoy said talks would resume") dates
    // the main verb, the first one after the comma; what that verb reports has a tense of its own.
    // ("By the end of that year, the RSF controlled Darfur": after one preposition too)
    const auto leadingPreposition = [&](int i) {
        switch (tokens[std::size_t(i)].word()) {
        case Word::On:
        case Word::In:
        case Word::By:
        case Word::During:
        case Word::At:
        case Word::Since:
        case Word::Until:
        case Word::After:
        case Word::Before:
        case Word::Through:
            return i == 0 || tokens[std::size_t(i - 1)].sentence != sentence;
        default:
            return false;
        }
    };
    // ("In a briefing with reporters Tuesday morning, he said ...": the date closing a phrase that opens the sentence)
    const auto closesOpeningPhrase = [&] {
        for (int k = first - 1; k >= 0 && k >= first - 10 && tokens[std::size_t(k)].sentence == sentence; --k) {
            const DateToken &t = tokens[std::size_t(k)];
            // (no clause in it: "In 2023 it started March 23, and ..." has its subject and verb)
            const Word w = t.word();
            if (t.isPunct(u',') || w == Word::PastVerb || w == Word::PastAux || w == Word::PresentAux || w == Word::Had
                || w == Word::Be || w == Word::Will || w == Word::Would || w == Word::Modal
                || (t.isWord()
                    && ((endsWithEd(wordAt(k)) && !isAdjectival(k, tokens, text)) || w == Word::Starting
                        || w == Word::Ended
                        || sameWordAsAny(wordAt(k),
                                         {QLatin1StringView("it"), QLatin1StringView("he"), QLatin1StringView("she"),
                                          QLatin1StringView("they"), QLatin1StringView("we"),
                                          QLatin1StringView("I")}))))
                return false;
            if (leadingPreposition(k))
                return true;
        }
        return false;
    };
    const bool fronted = (first == 0 || tokens[std::size_t(first - 1)].sentence != sentence
                          || leadingPreposition(first - 1) || closesOpeningPhrase())
        && last + 1 < size && tokens[std::size_t(last + 1)].isPunct(u',');
    if (fronted && window == defaultTenseWindow) {
        // (a relative clause inside the subject is not it: "On Monday, talks that began in May will end")
        for (int i = last + 2; i < size && i <= last + 2 * window && tokens[std::size_t(i)].sentence == sentence; ++i) {
            const QStringView pronoun = wordAt(i - 1);
            if (tokens[std::size_t(i - 1)].word() == Word::That || pronoun == QLatin1StringView("who")
                || pronoun == QLatin1StringView("which"))
                continue;
            if (const Tense t = cue(i); t == Tense::Past || t == Tense::Future)
                return t;
        }
    }
    // ... but a past verb whose day follows it with "on" dates that verb, whatever comes after:
    // "resigned on Monday and will leave on Friday", "said on Monday it would cut power", "he said late
    // on Wednesday"
    // ("said over the weekend they would not send teams", "announced at the weekend")
    const Word dayPreposition = first >= 2 ? tokens[std::size_t(first - 1)].word() : Word::None;
    if (dayPreposition == Word::On || dayPreposition == Word::Over || dayPreposition == Word::During
        || (dayPreposition == Word::At && headAt < size && tokens[std::size_t(headAt)].lex
            && tokens[std::size_t(headAt)].lex->unit == Unit::Weekend)) {
        const Word early = tokens[std::size_t(first - 2)].word();
        int verb = early == Word::Late || early == Word::Early ? first - 3 : first - 2;
        // ("set off at dawn on Monday", "left at 6 a.m. on Monday": past the time of the day)
        if (first >= 4 && tokens[std::size_t(first - 3)].word() == Word::At && isDaybreak(wordAt(first - 2)))
            verb = first - 4;
        else if (const int at = clockTimeOpening(tokens, first - 2); at >= 1)
            verb = at - 1;
        // (the verb before its particle: "set off", "moved out")
        if (verb >= 1
            && sameWordAsAny(wordAt(verb),
                             {QLatin1StringView("off"), QLatin1StringView("out"), QLatin1StringView("up"),
                              QLatin1StringView("away"), QLatin1StringView("back")}))
            --verb;
        if (verb >= 0 && tokens[std::size_t(verb)].sentence == sentence && cue(verb) == Tense::Past)
            return Tense::Past;
    }
    bool present = false;
    bool presentBe = false; // and that present was "is" or "are"
    bool reported = false;
    // "said in a televised speech on Wednesday that the army would crush them": after the "that"
    // of a reporting verb comes what was said, whose tense is not the date's.
    int contentStart = size;
    if (last + 1 < size && tokens[std::size_t(last + 1)].word() == Word::That) {
        // ("said at a rally in Gettysburg, Pennsylvania, on Saturday afternoon that ...": a place may stand between)
        for (int i = first - 1; i >= 0 && i >= first - 12 && tokens[std::size_t(i)].sentence == sentence; --i) {
            const DateToken &t = tokens[std::size_t(i)];
            if (t.isWord() && isReportingVerb(wordAt(i))) {
                contentStart = last + 1;
                break;
            }
        }
    }
    // "The president, who met the envoy on Sunday, will travel on Friday": a clause set off by commas
    // after "who" or "which" has a tense of its own
    int clauseStart = 0;
    int clauseEnd = size;
    if (window == defaultTenseWindow) {
        for (int i = first - 1; i >= 1 && i >= first - 12 && tokens[std::size_t(i)].sentence == sentence; --i) {
            const DateToken &t = tokens[std::size_t(i)];
            if (t.kind == DateToken::Kind::Punct)
                break;
            const QStringView word = wordAt(i);
            if ((word == QLatin1StringView("who") || word == QLatin1StringView("which"))
                && tokens[std::size_t(i - 1)].isPunct(u',')) {
                for (int j = last + 1; j < size && j <= last + 12 && tokens[std::size_t(j)].sentence == sentence; ++j) {
                    if (tokens[std::size_t(j)].isPunct(u',')) {
                        clauseStart = i + 1;
                        clauseEnd = std::min(contentStart, j);
                        break;
                    }
                }
                break;
            }
        }
    }
    if (clauseStart > 0) {
        for (int d = 1; d <= window; ++d) {
            for (const int i : {last + d, first - d}) {
                if (i < clauseStart || i >= clauseEnd)
                    continue;
                if (const Tense t = cue(i); t == Tense::Past || t == Tense::Future)
                    return t;
            }
        }
    }
    // "raised rates in January and is expected to move again": after "and" or "but" and a verb comes
    // another clause, heard only when nothing else speaks
    int joinedClause = size;
    Tense joinedTense = Tense::Unknown;
    // "the pause may be extended beyond Monday", "he must appear in court on Tuesday": a possibility or an
    // obligation is ahead, when nothing else in the sentence speaks ("could" is as often the past of
    // "can": "could not be reached on Monday"; "must have known" looks back)
    bool possibility = false;
    int modalBefore = -1; // the nearest modal before the date
    int reportedAt = size; // the reporting verb that made the sentence "reported"
    // "the pause would begin on Friday, with hostages freed at 4 p.m.": a comma after the date ends its
    // clause, whose verb comes before the date; what follows the comma speaks only when that verb is silent
    const bool clauseEndsAfter = last + 1 < size && tokens[std::size_t(last + 1)].isPunct(u',');
    for (int pass = clauseEndsAfter ? 0 : 1; pass < 2; ++pass) {
        // ("The highlight is a total eclipse late Thursday night, the first since November 2022": a present verb
        // before the comma is not silent)
        if (pass == 1 && clauseEndsAfter && presentBe && !reported)
            return Tense::Present;
        for (int d = 1; d <= window; ++d) {
            for (const int i : {last + d, first - d}) {
                if ((pass == 0 && i > last) || (pass == 1 && clauseEndsAfter && i < first))
                    continue;
                if (i < 0 || i >= size || i >= contentStart || tokens[std::size_t(i)].sentence != sentence)
                    continue;
                // (", and the operator is expected to": after a comma, a subject may come before the verb)
                // ("will return to class Wednesday after the governor signed a bill": a clause of its own,
                // with a subject before its verb too)
                const Word joining = tokens[std::size_t(i)].word();
                const bool subordinate =
                    joining == Word::After || joining == Word::Before || joining == Word::Conjunction;
                const auto clauseVerbAfter = [&](int conjunction) {
                    const int reach = subordinate ? 6 : tokens[std::size_t(conjunction - 1)].isPunct(u',') ? 4 : 1;
                    for (int k = conjunction + 1; k <= conjunction + reach && k < size; ++k) {
                        if (tokens[std::size_t(k)].sentence != sentence)
                            return false;
                        if (cue(k) != Tense::Unknown)
                            return true;
                    }
                    return false;
                };
                if (i > last && i + 1 < size && joinedClause == size
                    && (joining == Word::And || subordinate
                        || (wordAt(i).size() == 3
                            && wordAt(i).compare(QLatin1StringView("but"), Qt::CaseInsensitive) == 0))
                    && clauseVerbAfter(i))
                    joinedClause = i;
                if (i > joinedClause) {
                    if (const Tense t = cue(i);
                        joinedTense == Tense::Unknown && (t == Tense::Past || t == Tense::Future))
                        joinedTense = t;
                    continue;
                }
                const Tense t = cue(i);
                if (planGivenUp)
                    return Tense::Unknown;
                // ("could happen on Friday"; but "could not be reached on Monday" and "could be located
                // Wednesday" look back as often as ahead)
                const QStringView word = wordAt(i);
                const bool could = sameWord(word, QLatin1StringView("could"));
                const bool modal = sameWord(word, QLatin1StringView("may"))
                    || sameWord(word, QLatin1StringView("might"))
                    || ((could || sameWord(word, QLatin1StringView("must"))
                         || sameWord(word, QLatin1StringView("should")) || sameWord(word, QLatin1StringView("can")))
                        && i + 1 < size && tokens[std::size_t(i + 1)].isWord()
                        && !sameWord(wordAt(i + 1), QLatin1StringView("have"))
                        && !sameWord(wordAt(i + 1), QLatin1StringView("not"))
                        && !(could && tokens[std::size_t(i + 1)].word() == Word::Be));
                possibility = possibility || modal;
                if (modal && i < first)
                    modalBefore = std::max(modalBefore, i);
                if (t == Tense::Past && d > 2 && isReportingVerb(wordAt(i))) {
                    reported = true;
                    reportedAt = i;
                    continue;
                }
                if (t == Tense::Past || t == Tense::Future)
                    return t;
                present = present || t == Tense::Present;
                presentBe = presentBe
                    || (t == Tense::Present
                        && sameWordAsAny(word, {QLatin1StringView("is"), QLatin1StringView("are")}));
            }
        }
    }
    // ("Diplomats said a truce might begin on Tuesday": what was reported is a possibility ahead; but in
    // "'... may arrive,' he said Saturday" the day is the saying's)
    if (reported && reportedAt < modalBefore)
        return Tense::Future;
    if (reported || present)
        return reported ? Tense::Past : Tense::Present;
    if (joinedTense != Tense::Unknown)
        return joinedTense;
    if (window < defaultTenseWindow)
        return Tense::Unknown;
    // Nothing near: a long sentence's main verb may stand further out ("In January, a week after
    // ..., a bombing killed a guard")
    for (int d = window + 1; d <= 3 * window; ++d) {
        for (const int i : {last + d, first - d}) {
            if (i < 0 || i >= size || tokens[std::size_t(i)].sentence != sentence)
                continue;
            // ("Trump said he might travel to the region this weekend and address parliament on Monday")
            if (const Tense t = cue(i); t == Tense::Past && i < modalBefore && isReportingVerb(wordAt(i)))
                return Tense::Future;
            if (const Tense t = cue(i); t == Tense::Past || t == Tense::Future)
                return t;
        }
    }
    return possibility ? Tense::Future : Tense::Unknown;
}

// What the word at i tells of the tense, read as the tense beside the word after it (that word, the date's
// own or a preposition, tells none)
Tense DateResolver::wordTense(int i, const std::vector<DateToken> &tokens, QStringView text)
{
    // (a text's last token has no word after it to read beside)
    if (i < 0 || i + 1 >= int(tokens.size()))
        return Tense::Unknown;
    return tenseAround(i + 1, i + 1, tokens, text, 1);
}

} // namespace Sitrep::Dates
