// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/mentioncontext.h"

#include <QString>

#include <algorithm>
#include <iterator>

namespace Sitrep::Dates {

bool looksThirdPerson(QStringView word)
{
    return word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1StringView("ss"))
        && !word.endsWith(QLatin1StringView("us"));
}

bool isMovingVerb(QStringView word)
{
    return sameWordAsAny(word,
                         {QLatin1StringView("rescheduled"), QLatin1StringView("postponed"), QLatin1StringView("moved"),
                          QLatin1StringView("delayed"), QLatin1StringView("deferred"), QLatin1StringView("pushed"),
                          QLatin1StringView("shifted"), QLatin1StringView("brought")});
}

bool isFixtureVerb(QStringView word)
{
    return sameWordAsAny(word,
                         {QLatin1StringView("host"), QLatin1StringView("hosts"), QLatin1StringView("play"),
                          QLatin1StringView("plays"), QLatin1StringView("visit"), QLatin1StringView("visits"),
                          QLatin1StringView("face"), QLatin1StringView("faces"), QLatin1StringView("meet"),
                          QLatin1StringView("meets"), QLatin1StringView("welcome"), QLatin1StringView("welcomes")});
}

bool isModal(QStringView word)
{
    for (const char *modal : {"may", "might", "could", "can", "should", "must"})
        if (sameWord(word, QLatin1StringView(modal)))
            return true;
    return false;
}

// Verbs that report speech: "will leave Thursday, Castro said" takes the tense of the report's
// content, so a reporting verb decides only when it is right beside the date ("said Friday") or
// nothing else in the sentence gives a tense.
bool isReportingVerb(QStringView word)
{
    static constexpr QLatin1StringView verbs[] = {QLatin1StringView("said"),      QLatin1StringView("told"),
                                                  QLatin1StringView("added"),     QLatin1StringView("reported"),
                                                  QLatin1StringView("announced"), QLatin1StringView("stated")};
    for (const QLatin1StringView verb : verbs) {
        if (word.size() == verb.size() && word.compare(verb, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isCommodity(QStringView word)
{
    return sameWordIgnoringCaseAsAny(
        word,
        {QLatin1StringView("crude"), QLatin1StringView("oil"), QLatin1StringView("brent"), QLatin1StringView("blend"),
         QLatin1StringView("wti"), QLatin1StringView("gas"), QLatin1StringView("natural"),
         QLatin1StringView("gasoline"), QLatin1StringView("diesel"), QLatin1StringView("gold"),
         QLatin1StringView("silver"), QLatin1StringView("copper"), QLatin1StringView("corn"),
         QLatin1StringView("wheat"), QLatin1StringView("soybeans"), QLatin1StringView("coffee"),
         QLatin1StringView("cocoa"), QLatin1StringView("cotton")});
}

bool isContentVerb(QStringView word)
{
    static constexpr const char *content[] = {"covers", "shows",    "includes", "contains", "lists",    "describes",
                                              "spans",  "reflects", "compares", "cites",    "mentions", "recalls"};
    if (word.size() < 5 || word.back() != u's')
        return false;
    return std::any_of(std::begin(content), std::end(content),
                       [&](const char *verb) { return sameWord(word, QLatin1StringView(verb)); });
}

int clockTimeOpening(const std::vector<DateToken> &tokens, int last)
{
    if (last < 1 || last >= int(tokens.size()))
        return -1;
    const int sentence = tokens[std::size_t(last)].sentence;
    // (and a clock in words: "at six-thirty on Friday morning", "at seven o'clock")
    const auto numberWord = [&](int k) {
        const DateToken &t = tokens[std::size_t(k)];
        return t.isWord() && t.lex && t.lex->number > 0 && !t.lex->ordinal;
    };
    const auto inTime = [&](int k) {
        const DateToken &t = tokens[std::size_t(k)];
        const Word w = t.word();
        return t.isNumber() || t.isPunct(u'.') || t.isPunct(u':') || w == Word::Noon || w == Word::Midnight
            || w == Word::LetterM || w == Word::A || w == Word::LetterP || w == Word::Am || w == Word::Pm
            || w == Word::TimeZone || numberWord(k) || w == Word::Clock || w == Word::LetterO || t.isPunct(u'\'')
            || (t.isPunct(u'-') && k + 1 < int(tokens.size()) && numberWord(k - 1) && numberWord(k + 1));
    };
    // ("closes at 23:59 local time on Friday", "expires at 5:00 p.m., New York City time, on Friday": the zone after
    // the clock, commas around it)
    const auto timeWordWithin = [&](int k, int reach) {
        for (int j = k + 1; j <= k + reach && j < int(tokens.size()) && tokens[std::size_t(j)].sentence == sentence;
             ++j)
            if (tokens[std::size_t(j)].word() == Word::Time)
                return true;
        return false;
    };
    const auto inZone = [&](int k) {
        const DateToken &t = tokens[std::size_t(k)];
        const Word w = t.word();
        if (w == Word::Time)
            return k > 0
                && (tokens[std::size_t(k - 1)].word() == Word::Local
                    || tokens[std::size_t(k - 1)].word() == Word::Eastern
                    || (tokens[std::size_t(k - 1)].capitalized && tokens[std::size_t(k - 1)].isWord()));
        return (w == Word::Local || w == Word::Eastern || (t.isWord() && t.capitalized && !t.lex))
            && timeWordWithin(k, 3);
    };
    const auto inClock = [&](int k) {
        return inTime(k) || inZone(k)
            || (tokens[std::size_t(k)].isPunct(u',') && k > 0 && (inTime(k - 1) || inZone(k - 1)));
    };
    int i = last;
    while (i > 0 && tokens[std::size_t(i)].sentence == sentence && inClock(i))
        --i;
    if (i == last)
        return -1;
    const Word opening = tokens[std::size_t(i)].word();
    // ("runs from 18:00 until 06:00 on Monday", "opens 7-11 a.m. on Friday": the range the clock ends)
    const bool dash = tokens[std::size_t(i)].isPunct(u'-');
    if (opening == Word::Until || opening == Word::To || opening == Word::And || dash) {
        int k = i - 1;
        while (k > 0 && tokens[std::size_t(k)].sentence == sentence && inTime(k))
            --k;
        if (k < i - 1
            && (tokens[std::size_t(k)].word() == Word::From || tokens[std::size_t(k)].word() == Word::Between))
            return k;
        if (k < i - 1 && opening != Word::And)
            return k + 1;
        return opening == Word::And || dash ? -1 : i;
    }
    // ("runs from midnight on Friday": the range the clock opens)
    return opening == Word::At || opening == Word::From ? i : -1;
}

namespace {

// "between", "from", "until": a word that opens a phrase, never a noun an adjective such as "nightly" describes
bool joinsAPhrase(QStringView word)
{
    return sameWordAsAny(word,
                         {QLatin1StringView("between"), QLatin1StringView("from"), QLatin1StringView("until"),
                          QLatin1StringView("till"), QLatin1StringView("through"), QLatin1StringView("in"),
                          QLatin1StringView("on"), QLatin1StringView("at"), QLatin1StringView("for"),
                          QLatin1StringView("during"), QLatin1StringView("except"), QLatin1StringView("and"),
                          QLatin1StringView("or"), QLatin1StringView("starting"), QLatin1StringView("since"),
                          QLatin1StringView("throughout"), QLatin1StringView("across"), QLatin1StringView("to")});
}

} // namespace

// "is" or "are" within three words of the mention, in its sentence ("has", "have" and "says" are
// present too, but a present perfect looks back and "says" reports)
bool besideBe(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    // ("A warning is in place for Sunday": "in place for" between them)
    const bool inPlaceFor = m.first >= 4 && tokens[std::size_t(m.first - 1)].word() == Word::For
        && sameWord(text.mid(tokens[std::size_t(m.first - 2)].start,
                             tokens[std::size_t(m.first - 2)].end - tokens[std::size_t(m.first - 2)].start),
                    QLatin1StringView("place"))
        && tokens[std::size_t(m.first - 3)].word() == Word::In;
    for (int i = std::max(0, m.first - (inPlaceFor ? 4 : 3)); i <= std::min(int(tokens.size()) - 1, m.last + 3); ++i) {
        const DateToken &t = tokens[std::size_t(i)];
        if (t.sentence != sentence || t.word() != Word::PresentAux)
            continue;
        const QStringView word = text.mid(t.start, t.end - t.start);
        if (word.compare(QLatin1StringView("is"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1StringView("are"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool namesItsEventBeforeDay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    int k = m.first - 1;
    while (k >= 0 && tokens[std::size_t(k)].sentence == sentence
           && (tokens[std::size_t(k)].word() == Word::On || tokens[std::size_t(k)].word() == Word::Late
               || tokens[std::size_t(k)].word() == Word::Early))
        --k;
    bool determiner = false;
    for (int words = 0; k >= 1 && words < 6 && tokens[std::size_t(k)].sentence == sentence; --k, ++words) {
        const DateToken &t = tokens[std::size_t(k)];
        const QStringView word = tokenText(t, text);
        if (t.word() == Word::PresentAux)
            return determiner && (sameWord(word, QLatin1StringView("is")) || sameWord(word, QLatin1StringView("are")));
        if (t.word() == Word::A || t.word() == Word::An || t.word() == Word::The) {
            determiner = true;
            continue;
        }
        if (!t.isWord() || t.lex || endsWithEd(word) || word.endsWith(QLatin1StringView("ing")) || joinsAPhrase(word)
            || sameWordAsAny(word,
                             {QLatin1StringView("than"), QLatin1StringView("of"), QLatin1StringView("with"),
                              QLatin1StringView("by"), QLatin1StringView("like"), QLatin1StringView("as"),
                              QLatin1StringView("who"), QLatin1StringView("which"), QLatin1StringView("that"),
                              QLatin1StringView("not")}))
            return false;
    }
    return false;
}

// "today's world", "the leaders of tomorrow", "USA Today": the word stands for the present or the
// future at large, or in a name, and dates nothing
bool notADay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const DateToken &t = tokens[std::size_t(m.first)];
    if (m.kind != Mention::Kind::Relative || m.first != m.last
        || (t.word() != Word::Today && t.word() != Word::Tomorrow))
        return false;
    const auto word = [&](std::size_t i) {
        return i < tokens.size() && tokens[i].sentence == t.sentence && tokens[i].isWord()
            ? &tokens[i]
            : static_cast<const DateToken *>(nullptr);
    };
    const DateToken *before = m.first > 0 ? word(std::size_t(m.first - 1)) : nullptr;
    // In a name after an acronym or a single capitalized word in running text; a headline in title
    // case ("Envoys Meet Again Today") capitalizes the words before it too.
    if (t.capitalized && before && before->capitalized && !before->lex) {
        const QStringView name = text.mid(before->start, before->end - before->start);
        const DateToken *first = m.first > 1 ? word(std::size_t(m.first - 2)) : nullptr;
        if ((name.size() > 1 && name.toString().toUpper() == name) || (first && !first->capitalized))
            return true;
    }
    const std::size_t next = std::size_t(m.last + 1);
    const bool possessive = next + 1 < tokens.size() && tokens[next].isPunct(u'\'') && !tokens[next].spaceBefore
        && tokens[next + 1].word() == Word::LetterS && !tokens[next + 1].spaceBefore;
    // ("the talks of today" may still be today's talks; "of tomorrow" is idiomatic only for the future)
    if (before && before->word() == Word::Of && !possessive && t.word() == Word::Tomorrow)
        return true;
    if (!possessive || t.word() != Word::Today)
        return false;
    const DateToken *noun = word(next + 2);
    if (!noun)
        return false;
    const QStringView name = text.mid(noun->start, noun->end - noun->start);
    for (const char *generic :
         {"world", "youth", "society", "generation", "generations", "children", "kids", "young"}) {
        if (name.compare(QLatin1StringView(generic), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isDaybreak(QStringView word)
{
    return sameWordAsAny(word,
                         {QLatin1StringView("dawn"), QLatin1StringView("dusk"), QLatin1StringView("daybreak"),
                          QLatin1StringView("sunrise"), QLatin1StringView("sunset"), QLatin1StringView("nightfall")});
}

bool frontedBeforePresent(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const auto opens = [&](int i) {
        return i < 0 || tokens[std::size_t(i)].sentence != sentence;
    };
    const Word before = m.first > 0 ? tokens[std::size_t(m.first - 1)].word() : Word::None;
    if (!(opens(m.first - 1) || ((before == Word::On || before == Word::In) && opens(m.first - 2))))
        return false;
    const int size = int(tokens.size());
    int i = m.last + 1;
    if (i < size && tokens[std::size_t(i)].isPunct(u','))
        ++i;
    // the subject: an article and up to three names or nouns
    const int subjectStart = i;
    if (i < size && (tokens[std::size_t(i)].word() == Word::The || tokens[std::size_t(i)].word() == Word::A))
        ++i;
    int nouns = 0;
    while (i < size && nouns < 3 && tokens[std::size_t(i)].sentence == sentence && tokens[std::size_t(i)].isWord()
           && !tokens[std::size_t(i)].lex && (tokens[std::size_t(i)].capitalized || i == subjectStart + 1)) {
        ++i;
        ++nouns;
    }
    if (nouns == 0 || i >= size || tokens[std::size_t(i)].sentence != sentence)
        return false;
    const DateToken &verb = tokens[std::size_t(i)];
    const QStringView word = text.mid(verb.start, verb.end - verb.start);
    return verb.isWord() && !verb.lex && !verb.capitalized && word.size() > 3 && word.endsWith(u's')
        && !word.endsWith(QLatin1StringView("ss")) && !word.endsWith(QLatin1StringView("us"));
}

// "The council votes Tuesday", "the two sides meet again Monday", "the summit opens on Friday", "the
// truce ends at midnight on Sunday": a weekday after a verb in the simple present is a plan still ahead.
// Only the third person can be told from a noun, and only by the word before it ("after clashes Monday"
// is a noun after a preposition); a plural subject goes with a few verbs of schedules ("talks resume",
// "polls close").
bool isScheduleVerb(QStringView word)
{
    static constexpr const char *scheduled[] = {
        "begin", "start", "open", "close", "end", "resume", "continue", "meet", "vote", "return", "arrive", "leave",
        "expire", "convene", "reopen", "restart", "reconvene", "go", "head", "travel", "fly", "gather", "marry", "wed",
        "sail", "depart", "land", "launch", "testify", "rally", "terminate", "lapse", "take", "kick", "wrap", "peak",
        // ("The Bank of Canada announces its decision on Wednesday", "the agency publishes its jobs data on Friday")
        "announce", "publish", "release", "unveil", "hold", "stage", "present", "deliver", "sign", "hear"};
    return std::any_of(std::begin(scheduled), std::end(scheduled),
                       [&](const char *verbWord) { return sameWord(word, QLatin1StringView(verbWord)); });
}

bool isScheduleVerbInThirdPerson(QStringView word)
{
    return looksThirdPerson(word)
        && (isScheduleVerb(word.chopped(1))
            || (word.endsWith(QLatin1StringView("es")) && isScheduleVerb(word.chopped(2))));
}

int presentVerbBefore(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const auto wordAt = [&](int i) {
        return i >= 0 && i < int(tokens.size()) && tokens[std::size_t(i)].sentence == sentence
                && tokens[std::size_t(i)].isWord()
            ? text.mid(tokens[std::size_t(i)].start, tokens[std::size_t(i)].end - tokens[std::size_t(i)].start)
            : QStringView();
    };
    const auto isAt = [&](int i, Word w) {
        return i >= 0 && i < int(tokens.size()) && tokens[std::size_t(i)].word() == w;
    };
    // ("The Cowboys (3-7) host New Orleans on Thursday": a record in brackets between a name and its verb)
    const auto bracketedAfterName = [&](int v) {
        if (v < 3 || !tokens[std::size_t(v - 1)].isPunct(u')'))
            return false;
        int open = v - 2;
        while (open > 0 && open > v - 8 && !tokens[std::size_t(open)].isPunct(u'('))
            --open;
        return open > 0 && tokens[std::size_t(open)].isPunct(u'(') && tokens[std::size_t(open - 1)].capitalized
            && !wordAt(open - 1).isEmpty() && !tokens[std::size_t(open - 1)].lex;
    };
    // (a name may hold a word the lexicon knows, if not as a date: "host New Orleans", "arrives in New York")
    const auto nameWord = [&](int k) {
        const DateToken &t = tokens[std::size_t(k)];
        return t.capitalized && !wordAt(k).isEmpty()
            && (!t.lex || (!t.lex->month && !t.lex->weekday && t.lex->unit == Unit::None && !t.lex->season));
    };
    // ("Last year, heavy floods in mid-May destroyed crops": a past verb right after the date is the clause's
    // verb, so the word before it is its subject, a plural noun)
    if (const QStringView next = wordAt(m.last + 1); !next.isEmpty()) {
        const DateToken &after = tokens[std::size_t(m.last + 1)];
        const bool pastForm = after.lex
            ? after.lex->word == Word::PastVerb || after.lex->word == Word::PastAux
            : !after.capitalized && next.size() >= 5 && next.endsWith(QLatin1StringView("ed"));
        if (pastForm)
            return -1;
    }
    int verb = m.first - 1;
    // ("The shower peaks overnight Sunday into Monday", "arrives late Saturday")
    if (isAt(verb, Word::Overnight) || isAt(verb, Word::Late) || isAt(verb, Word::Early))
        --verb;
    // "the council votes on Tuesday", "expires in March", "the pension rises from Monday"; "the sale runs to 7 p.m.
    // Friday", "the vote moves to Friday", "the conference runs through Friday"
    if (isAt(verb, Word::On) || isAt(verb, Word::In) || isAt(verb, Word::From) || isAt(verb, Word::To)
        || isAt(verb, Word::Until) || isAt(verb, Word::Through))
        --verb;
    // ("rises by 4.1% from Monday", "rise by 10 euro from January": the amount between the verb and its day)
    if (verb >= 1
        && (tokens[std::size_t(verb)].isNumber() || tokens[std::size_t(verb)].isPunct(u'%')
            || (!wordAt(verb).isEmpty() && !tokens[std::size_t(verb)].lex))) {
        // ("eases to 7.7 million bpd from July": to the amount, in a count word and a unit)
        for (int k = verb; k >= 1 && k >= verb - 6 && tokens[std::size_t(k)].sentence == sentence; --k) {
            if (isAt(k, Word::By) || (isAt(k, Word::To) && k < verb && tokens[std::size_t(k + 1)].isNumber())) {
                verb = k - 1;
                break;
            }
            const bool countWord = sameWordAsAny(
                wordAt(k), {QLatin1StringView("million"), QLatin1StringView("billion"), QLatin1StringView("thousand")});
            if (!tokens[std::size_t(k)].isNumber() && !tokens[std::size_t(k)].isPunct(u'%')
                && !tokens[std::size_t(k)].isPunct(u'.') && !tokens[std::size_t(k)].isPunct(u',') && !countWord
                && (wordAt(k).isEmpty() || tokens[std::size_t(k)].lex || k < verb - 2))
                break;
        }
    }
    // "ends at midnight on Sunday", "close at 8 p.m. on Sunday": a time between the verb and its day
    if (const int at = clockTimeOpening(tokens, verb); at >= 0)
        verb = at - 1;
    else if (isAt(verb, Word::At)) // the time itself: "ends at [midnight on Sunday]"
        --verb;
    else if (isAt(verb - 1, Word::At) && isDaybreak(wordAt(verb))) // "expires at dawn on Friday"
        verb -= 2;
    // "Southampton host Manchester United on Sunday", "Arsenal visit Watford on Tuesday evening", "she turns
    // 31 on Sunday": the fixture's opponent, or an age, between the verb and its day
    const auto fixtureVerb = [&](int i) {
        return !wordAt(i).isEmpty() && !tokens[std::size_t(i)].lex && !tokens[std::size_t(i)].capitalized
            && isFixtureVerb(wordAt(i));
    };
    if (verb >= 1 && tokens[std::size_t(verb)].isNumber() && tokens[std::size_t(verb)].sentence == sentence
        && sameWordAsAny(wordAt(verb - 1), {QLatin1StringView("turns"), QLatin1StringView("turn")})) {
        --verb;
    } else {
        int opponent = verb;
        while (opponent > 0 && opponent > verb - 4 && nameWord(opponent))
            --opponent;
        if (opponent < verb && fixtureVerb(opponent))
            return (opponent >= 1 && tokens[std::size_t(opponent - 1)].isWord()
                    && !tokens[std::size_t(opponent - 1)].lex)
                    || bracketedAfterName(opponent)
                ? opponent
                : -1;
    }
    // "the envoy arrives in Moscow on Thursday": a place between the verb and its day
    // ("gather at the Celtic Manor resort on Thursday": a name may close on a common noun, after "the")
    int place = verb;
    if (place > 2 && !wordAt(place).isEmpty() && !tokens[std::size_t(place)].lex
        && !tokens[std::size_t(place)].capitalized && nameWord(place - 1))
        --place;
    while (place > 0 && nameWord(place))
        --place;
    if (place < verb && isAt(place, Word::The))
        --place;
    // (and "arrives from Graywolf on Tuesday")
    if (place < verb && place >= 0
        && (isAt(place, Word::In) || isAt(place, Word::At) || isAt(place, Word::To) || isAt(place, Word::From)))
        verb = place - 1;
    // "begin their campaign against Paraguay in Los Angeles on Friday": the rival named after "against"
    int rival = verb;
    while (rival > 0 && nameWord(rival))
        --rival;
    if (rival < verb && sameWordAsAny(wordAt(rival), {QLatin1StringView("against"), QLatin1StringView("versus")}))
        verb = rival - 1;
    // "students return to classrooms on Wednesday", "the museum reopens to the public on Saturday": where the
    // verb goes, in lowercase
    const auto plainWord = [&](int i) {
        return !wordAt(i).isEmpty() && !tokens[std::size_t(i)].lex && !tokens[std::size_t(i)].capitalized;
    };
    // ("the new coin goes into circulation on Friday", "the sequel lands in theaters Friday")
    const auto towards = [&](int i) {
        return isAt(i, Word::To) || sameWord(wordAt(i), QLatin1StringView("into"))
            || (isAt(i, Word::In) && i >= 1 && looksThirdPerson(wordAt(i - 1)));
    };
    if (plainWord(verb) && towards(verb - 1))
        verb -= 2;
    else if (plainWord(verb) && (isAt(verb - 1, Word::The) || plainWord(verb - 1)) && towards(verb - 2))
        verb -= 3;
    // "the two sides meet again Monday", "Obama returns home on Saturday", "the funeral takes place on
    // Saturday", "the law takes effect on Monday"
    const auto skippable = [](QStringView w) {
        return w.endsWith(QLatin1StringView("ly")) || w == QLatin1StringView("again") || w == QLatin1StringView("home")
            || w == QLatin1StringView("back") || w == QLatin1StringView("there") || w == QLatin1StringView("place")
            || w == QLatin1StringView("effect") || w == QLatin1StringView("office");
    };
    while (skippable(wordAt(verb)))
        --verb;
    // ("The tour kicks off Feb. 26 in Tulsa", "the festival wraps up on Sunday", "funding runs out at midnight", "she
    // steps down on Friday": a verb and its particle)
    if (verb >= 1
        && sameWordAsAny(
            wordAt(verb),
            {QLatin1StringView("off"), QLatin1StringView("up"), QLatin1StringView("out"), QLatin1StringView("down")})
        && looksThirdPerson(wordAt(verb - 1)) && !tokens[std::size_t(verb - 1)].lex)
        --verb;
    // "the new iPhones go on sale Friday", "he goes on trial Monday"
    if (sameWordAsAny(wordAt(verb), {QLatin1StringView("sale"), QLatin1StringView("trial")})
        && isAt(verb - 1, Word::On))
        verb -= 2;
    // "Argentina play their first game on Tuesday", "the sides begin a new round on Monday": the verb's object
    // between them
    // "publishes", "announces"; "is holding", "are staging": a plan in the present
    const auto plannedForm = [&](int i) {
        const QStringView w = wordAt(i);
        if (isScheduleVerbInThirdPerson(w))
            return true;
        if (!w.endsWith(QLatin1StringView("ing")) || w.size() < 6 || !isAt(i - 1, Word::PresentAux))
            return false;
        const QStringView stem = w.chopped(3);
        const QString silentE = stem.toString() + u'e'; // "staging"
        return isScheduleVerb(stem) || isScheduleVerb(silentE);
    };
    const auto objectWord = [&](int i) { // "game", "first", "new"
        return plainWord(i)
            || (!wordAt(i).isEmpty() && tokens[std::size_t(i)].lex && tokens[std::size_t(i)].lex->ordinal
                && !tokens[std::size_t(i)].capitalized);
    };
    bool verbBeforeObject = false;
    for (int k = verb; k >= 2 && k >= verb - 3 && objectWord(k); --k) {
        const DateToken &determiner = tokens[std::size_t(k - 1)];
        const bool opensObject = determiner.sentence == sentence
            && (determiner.word() == Word::Their || determiner.word() == Word::Its || determiner.word() == Word::The
                || determiner.word() == Word::A || determiner.word() == Word::An);
        if (!opensObject)
            continue;
        const QStringView before = wordAt(k - 2);
        if (plainWord(k - 2) && (isFixtureVerb(before) || isScheduleVerb(before) || plannedForm(k - 2))) {
            if (isFixtureVerb(before))
                return k - 2;
            verb = k - 2;
            verbBeforeObject = true;
        }
        break;
    }
    const QStringView word = wordAt(verb);
    if (word.isEmpty()) // the weekday opens its sentence (or the text)
        return -1;
    // ("Preview screenings start Thursday", "the window closes at 11pm": "start" and "close" are words of dates too)
    if ((tokens[std::size_t(verb)].lex && !isScheduleVerb(word) && !isScheduleVerbInThirdPerson(word))
        || tokens[std::size_t(verb)].capitalized)
        return -1;
    // "The data covers July 1 to September 30", "the report shows March": verbs of content, not of plans
    if (isContentVerb(word))
        return -1;
    // ("Term 2 runs from April 26", "English Paper 2 follows on Wednesday": a name numbered; "The congress, which
    // opened Friday, closes Tuesday": a clause set off by commas between the subject and its verb)
    const bool numberedName = verb >= 2 && tokens[std::size_t(verb - 1)].isNumber()
        && tokens[std::size_t(verb - 1)].sentence == sentence && tokens[std::size_t(verb - 2)].capitalized
        && !wordAt(verb - 2).isEmpty() && !tokens[std::size_t(verb - 2)].lex;
    const auto afterRelativeClause = [&] {
        if (verb < 1 || !tokens[std::size_t(verb - 1)].isPunct(u','))
            return false;
        // ('"The Tree of Life," which won the Palme d'Or on Sunday, opens Friday': a title's quotation mark after
        // the comma)
        for (int k = verb - 2; k >= 1 && k >= verb - 16 && tokens[std::size_t(k)].sentence == sentence; --k) {
            if (tokens[std::size_t(k)].isPunct(u',')) {
                const bool quote = k + 1 < verb
                    && (tokens[std::size_t(k + 1)].isPunct(u'"') || tokens[std::size_t(k + 1)].isPunct(u'\u201D'));
                const int pronoun = quote ? k + 2 : k + 1;
                // ("Resolution 2231, which endorsed the deal, terminates on 18 October": a name may end on a number)
                // ("The directive, known as MiFID, comes into force", "The directive, MiFID, comes": or a name given
                // to the noun)
                const QStringView opening = wordAt(pronoun);
                const bool apposition = !opening.isEmpty() && !quote && verb - k <= 6
                    && (tokens[std::size_t(pronoun)].capitalized
                        || sameWordAsAny(opening,
                                         {QLatin1StringView("known"), QLatin1StringView("called"),
                                          QLatin1StringView("named"), QLatin1StringView("dubbed")}));
                return (opening == QLatin1StringView("which") || opening == QLatin1StringView("who") || apposition)
                    && ((!wordAt(k - 1).isEmpty() && !tokens[std::size_t(k - 1)].lex)
                        || (k >= 2 && tokens[std::size_t(k - 1)].isNumber() && tokens[std::size_t(k - 2)].capitalized));
            }
        }
        return false;
    };
    if ((numberedName || afterRelativeClause()) && looksThirdPerson(word))
        return verb;
    // ("New START, the last treaty capping the arsenals, expires on Thursday", "a 180-day period that ends on
    // November 4": a verb of schedules after a phrase set off by commas or dashes, or after a relative pronoun)
    const DateToken &beforeVerb = tokens[std::size_t(std::max(verb - 1, 0))];
    const bool dashBefore = beforeVerb.spaceBefore && beforeVerb.isPunct(u'-');
    if (verb >= 1 && isScheduleVerbInThirdPerson(word)
        && (tokens[std::size_t(verb - 1)].isPunct(u',') || dashBefore
            || tokens[std::size_t(verb - 1)].word() == Word::That || tokens[std::size_t(verb - 1)].word() == Word::And
            || sameWordAsAny(wordAt(verb - 1), {QLatin1StringView("which"), QLatin1StringView("who")})))
        return verb;
    // ('"Harbor Lights" opens Friday': a title in quotation marks before its verb)
    // (and 'Her new collection, "Salt Year," arrives', with the comma inside the quotation marks)
    const int titleEnd = verb >= 3 && tokens[std::size_t(verb - 2)].isPunct(u',') ? verb - 3 : verb - 2;
    const bool quotedTitle = titleEnd >= 0
        && (tokens[std::size_t(verb - 1)].isPunct(u'"') || tokens[std::size_t(verb - 1)].isPunct(u'\u201D'))
        && tokens[std::size_t(titleEnd)].capitalized && looksThirdPerson(word);
    if (quotedTitle)
        return verb;
    if (bracketedAfterName(verb) && (looksThirdPerson(word) || isScheduleVerb(word)))
        return verb;
    // ("is staging a concert on Saturday": a plan in the present progressive, its object found above)
    if (verbBeforeObject && isAt(verb - 1, Word::PresentAux))
        return verb;
    const QStringView subject = wordAt(verb - 1);
    // ("The consumer confidence index for June comes out Tuesday": a month the subject's figures are for)
    if (verb >= 3 && looksThirdPerson(word) && tokens[std::size_t(verb - 1)].lex
        && tokens[std::size_t(verb - 1)].lex->month && tokens[std::size_t(verb - 1)].capitalized
        && (isAt(verb - 2, Word::For) || isAt(verb - 2, Word::Of)) && !wordAt(verb - 3).isEmpty()
        && !tokens[std::size_t(verb - 3)].lex && !tokens[std::size_t(verb - 3)].capitalized)
        return verb;
    // ("Tickets for the opening weekend go on sale Tuesday": a noun of time may end the subject)
    const LexEntry *subjectLex = subject.isEmpty() ? nullptr : tokens[std::size_t(verb - 1)].lex;
    if (subject.isEmpty()
        || (subjectLex && !(subjectLex->unit != Unit::None && !subjectLex->weekday && !subjectLex->month)))
        return -1;
    // ("In a briefing with reporters Tuesday morning": a noun right after its preposition)
    if (sameWordAsAny(subject,
                      {QLatin1StringView("with"), QLatin1StringView("among"), QLatin1StringView("against"),
                       QLatin1StringView("without"), QLatin1StringView("amid")}))
        return -1;
    // ("with record orders in May and June": a noun phrase after a preposition, no clause; but "The Bank of Canada
    // announces its decision on Wednesday" has its object)
    if (verb >= 2 && !verbBeforeObject
        && (sameWord(wordAt(verb - 2), QLatin1StringView("with")) || isAt(verb - 2, Word::Of)
            || isAt(verb - 2, Word::For) || isAt(verb - 2, Word::After) || isAt(verb - 2, Word::Before)
            || isAt(verb - 2, Word::From)))
        return -1;
    // ("up from 886 million shares Thursday": a count before a plural noun)
    if (sameWordAsAny(subject,
                      {QLatin1StringView("million"), QLatin1StringView("billion"), QLatin1StringView("trillion"),
                       QLatin1StringView("thousand"), QLatin1StringView("hundred"), QLatin1StringView("dozen")}))
        return -1;
    // ("missiles struck residential buildings early on Wednesday", "introduced in the Kursk, Belgorod and Bryansk
    // regions on Friday": a plural noun, the object of a past verb or the head of a named place, is no verb)
    const auto nounOfPhrase = [&] {
        for (int k = verb - 1; k >= 0 && k >= verb - 3 && !wordAt(k).isEmpty(); --k) {
            const DateToken &t = tokens[std::size_t(k)];
            // (not a noun after its article: "The cut then eases to 7.7 million bpd")
            const bool article = k >= 1 && (isAt(k - 1, Word::The) || isAt(k - 1, Word::A) || isAt(k - 1, Word::An));
            if (!article
                && (t.word() == Word::PastVerb
                    || (!t.lex && !t.capitalized && wordAt(k).size() >= 5
                        && wordAt(k).endsWith(QLatin1StringView("ed")))))
                return true;
        }
        // (a list of names, not "the Sundance Film Festival runs Thursday")
        int k = verb - 1;
        bool list = false;
        while (k >= 0 && (nameWord(k) || tokens[std::size_t(k)].isPunct(u',') || isAt(k, Word::And))
               && tokens[std::size_t(k)].sentence == sentence) {
            list = list || !nameWord(k);
            --k;
        }
        return list && isAt(k, Word::The);
    };
    if (looksThirdPerson(word) && !nounOfPhrase())
        return verb;
    // "Russia and Ukraine meet", "he and Palestinian leader Yasser Arafat meet": a subject of two
    // joined by "and"
    const auto joinedSubject = [&] {
        for (int i = verb - 2; i >= 0 && i >= verb - 6 && !wordAt(i).isEmpty(); --i) {
            if (isAt(i, Word::And))
                return true;
            if (tokens[std::size_t(i)].lex)
                return false;
        }
        return false;
    };
    // ("Tickets for the opening weekend go on sale Tuesday": a plural noun before a phrase that says which)
    const auto pluralBeforeItsPhrase = [&] {
        for (int i = verb - 2; i >= 1 && i >= verb - 6 && !wordAt(i).isEmpty(); --i) {
            if (isAt(i, Word::For) || isAt(i, Word::Of))
                return looksThirdPerson(wordAt(i - 1)) && !tokens[std::size_t(i - 1)].lex;
            const LexEntry *lex = tokens[std::size_t(i)].lex;
            if (lex && lex->word != Word::The && lex->unit == Unit::None)
                return false;
        }
        return false;
    };
    return (looksThirdPerson(subject) || joinedSubject() || pluralBeforeItsPhrase()) && isScheduleVerb(word) ? verb
                                                                                                             : -1;
}

bool afterToldSomeone(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    if (m.first < 3 || tokens[std::size_t(m.first - 1)].word() != Word::On)
        return false;
    // the one told: up to three words no date word knows ("reporters", "the BBC", "state television")
    for (int i = m.first - 2; i >= 0 && i >= m.first - 5; --i) {
        const DateToken &t = tokens[std::size_t(i)];
        if (t.sentence != sentence || !t.isWord())
            return false;
        const QStringView word = text.mid(t.start, t.end - t.start);
        if (i < m.first - 2
            && (word == QLatin1StringView("told") || word == QLatin1StringView("assured")
                || word == QLatin1StringView("informed") || word == QLatin1StringView("briefed")))
            return true;
        if (t.lex && t.word() != Word::The)
            return false;
    }
    return false;
}

bool namedAsADay(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const std::size_t after = std::size_t(m.last + 1);
    if (m.first < 1 || after >= tokens.size() || (tokens[after].word() != Word::A && tokens[after].word() != Word::An))
        return false;
    const DateToken &verb = tokens[std::size_t(m.first - 1)];
    return verb.isWord() && verb.sentence == tokens[after].sentence
        && sameWordAsAny(text.mid(verb.start, verb.end - verb.start),
                         {QLatin1StringView("declared"), QLatin1StringView("declare"), QLatin1StringView("declares"),
                          QLatin1StringView("proclaimed"), QLatin1StringView("made"), QLatin1StringView("named")});
}

bool closesWithAttribution(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const std::size_t after = std::size_t(m.last + 1);
    if (after < tokens.size() && tokens[after].sentence == sentence && !tokens[after].isPunct(u'.'))
        return false;
    int verb = m.first - 1;
    if (verb >= 0 && tokens[std::size_t(verb)].word() == Word::On)
        --verb;
    if (verb < 2 || tokens[std::size_t(verb)].sentence != sentence
        || !(isReportingVerb(tokenText(tokens[std::size_t(verb)], text))
             || sameWordAsAny(tokenText(tokens[std::size_t(verb)], text),
                              {QLatin1StringView("says"), QLatin1StringView("confirmed")})))
        return false;
    // the one who reports, after the comma: "the governor", "Ukraine's air force", "officials"
    for (int i = verb - 1; i >= 0 && i >= verb - 8; --i) {
        const DateToken &t = tokens[std::size_t(i)];
        if (t.sentence != sentence)
            return false;
        if (t.isPunct(u','))
            return i < verb - 1;
        // ("Houthi-run media said on Wednesday")
        if (!t.isWord() && !t.isPunct(u'\'') && !t.isPunct(u'\u2019') && !(t.isPunct(u'-') && !t.spaceBefore))
            return false;
    }
    return false;
}

// "Trump, who hosts Zelenskiy at the White House on Friday, said ...": a relative clause in the
// simple present that holds the weekday tells a plan, whatever the tense of the sentence around it.
bool inPresentRelativeClause(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    // ("which runs from Monday till Wednesday this week": the week named places the days)
    const std::size_t after = std::size_t(m.last + 1);
    if (after + 1 < tokens.size() && tokens[after + 1].word() == Word::Week
        && (tokens[after].word() == Word::This || tokens[after].word() == Word::Last
            || tokens[after].word() == Word::Next))
        return false;
    const auto wordAt = [&](int i) {
        return text.mid(tokens[std::size_t(i)].start, tokens[std::size_t(i)].end - tokens[std::size_t(i)].start);
    };
    for (int i = m.first - 1; i > 0 && i >= m.first - 10; --i) {
        const DateToken &t = tokens[std::size_t(i)];
        if (t.sentence != sentence || !t.isWord())
            return false;
        if (t.lex || t.capitalized)
            continue;
        // "Trump, who hosts ...", "the plan, which expires ...", "Haj, which formally begins ..."; "a budget that takes
        // effect Sunday" (not "said that ...", where "that" opens what was said)
        const int before = i >= 2 && wordAt(i - 1).endsWith(QLatin1StringView("ly")) ? i - 2 : i - 1;
        const QStringView pronoun = wordAt(before);
        const bool relativeThat = pronoun == QLatin1StringView("that") && before >= 1
            && tokens[std::size_t(before - 1)].isWord() && !tokens[std::size_t(before - 1)].lex
            && !isReportingVerb(wordAt(before - 1)) && !endsWithEd(wordAt(before - 1))
            && !wordAt(before - 1).endsWith(QLatin1StringView("s"));
        if (looksThirdPerson(wordAt(i))
            && (pronoun == QLatin1StringView("who") || pronoun == QLatin1StringView("which") || relativeThat))
            return true;
        // "in Atlanta, where the Olympic Games open Friday night": "where", a short subject, and its verb
        // right before the day
        const bool verbBeforeDay = i == m.first - 1 || (i == m.first - 2 && tokens[std::size_t(i + 1)].lex);
        for (int k = i - 2; verbBeforeDay && k >= 1 && k >= i - 4 && !wordAt(i).endsWith(QLatin1StringView("ed"));
             --k) {
            if (wordAt(k) == QLatin1StringView("where") && tokens[std::size_t(k - 1)].isPunct(u','))
                return true;
            if (!tokens[std::size_t(k)].isWord())
                break;
        }
    }
    return false;
}

bool inASchedule(const Mention &m, const std::vector<DateToken> &tokens, QStringView text)
{
    const int sentence = tokens[std::size_t(m.first)].sentence;
    const auto word = [&](int i) {
        return tokenText(tokens[std::size_t(i)], text);
    };
    // (a sentence, or as much of one as a reader takes in around the clock: a line of a million clocks stays
    // linear)
    constexpr int reach = 40;
    const auto sameSentence = [&](int i) {
        return i >= 0 && i < int(tokens.size()) && i >= m.first - reach && i <= m.last + reach
            && tokens[std::size_t(i)].sentence == sentence;
    };
    int first = m.first;
    while (sameSentence(first - 1))
        --first;
    // ("11:40 — The daily five-hour pause began again": a stamp that heads a live entry is the entry's own time)
    if (first == m.first && m.last + 1 < int(tokens.size())) {
        const DateToken &closer = tokens[std::size_t(m.last + 1)];
        if (closer.isPunct(u':') || (closer.spaceBefore && closer.isPunct(u'-')))
            return false;
    }
    // ("marked the anniversary on Tuesday with a minute's silence at 9am, a ritual observed every morning": the
    // clock of one day the sentence named before it; "from Monday to Thursday" names no one day)
    const auto oneDay = [&](int i) {
        const DateToken &token = tokens[std::size_t(i)];
        const Word w = token.word();
        if (w == Word::Today || w == Word::Yesterday || w == Word::Tomorrow || w == Word::Tonight)
            return true;
        if (!token.lex || !token.lex->weekday || token.lex->plural || !token.capitalized)
            return false;
        // ("Every second Sunday he'd be down at the shed at 8 o'clock": each such day)
        for (int k = i - 1; k >= std::max(first, i - 2); --k)
            if (tokens[std::size_t(k)].word() == Word::Every || tokens[std::size_t(k)].word() == Word::Each)
                return false;
        // ("The military said on Sunday it would pause from 8 a.m. until 7 p.m. daily": the day of the telling)
        const int verb = sameSentence(i - 1) && tokens[std::size_t(i - 1)].word() == Word::On ? i - 2 : i - 1;
        if (sameSentence(verb) && isReportingVerb(word(verb)))
            return false;
        // ("officials confirmed on Tuesday that the road will be shut from 8pm to 6am nightly": the day of the
        // telling, before what was told)
        if (sameSentence(i + 1) && sameWord(word(i + 1), QLatin1StringView("that")))
            return false;
        const auto rangeWord = [&](int k) {
            const Word rw = tokens[std::size_t(k)].word();
            return rw == Word::To || rw == Word::Through || rw == Word::Until || tokens[std::size_t(k)].isPunct(u'-');
        };
        return !(sameSentence(i + 1) && rangeWord(i + 1)) && !(sameSentence(i - 1) && rangeWord(i - 1));
    };
    for (int i = m.first - 1; i >= first; --i) {
        if (oneDay(i))
            return false;
        if (tokens[std::size_t(i)].word() == Word::Daily || tokens[std::size_t(i)].word() == Word::Every
            || (tokens[std::size_t(i)].lex && tokens[std::size_t(i)].lex->plural
                && tokens[std::size_t(i)].lex->weekday))
            break;
    }
    // ("for the next three weeks", "for two nights")
    const auto overManyDays = [&](int i) {
        if (tokens[std::size_t(i)].word() != Word::For)
            return false;
        int k = i + 1;
        if (sameSentence(k + 1) && tokens[std::size_t(k)].word() == Word::The
            && (tokens[std::size_t(k + 1)].word() == Word::Next || tokens[std::size_t(k + 1)].word() == Word::Coming
                || tokens[std::size_t(k + 1)].word() == Word::Following))
            k += 2;
        if (!sameSentence(k + 1))
            return false;
        const DateToken &count = tokens[std::size_t(k)];
        const LexEntry *unit = tokens[std::size_t(k + 1)].lex;
        const bool several = (count.isNumber() && tokenText(count, text) != QLatin1StringView("1"))
            || (count.lex && count.lex->number > 1);
        return several && unit && unit->plural
            && (unit->unit == Unit::Day || unit->unit == Unit::Week || unit->unit == Unit::Month
                || unit->partOfDay == PartOfDay::Night);
    };
    // ("from Monday 9 November to Friday 20 November", "between 3 and 14 June")
    const auto acrossDays = [&](int i) {
        const Word opener = tokens[std::size_t(i)].word();
        if (opener != Word::From && opener != Word::Between)
            return false;
        const auto dayWord = [&](int k) {
            const DateToken &t = tokens[std::size_t(k)];
            return (t.isNumber() && tokenText(t, text).size() <= 2)
                || (t.lex && (t.lex->weekday || t.lex->month) && !t.lex->plural);
        };
        // (a weekday or a month among them: "between 40 and 50 below" counts degrees)
        const auto named = [&](int k) {
            const LexEntry *lex = sameSentence(k) ? tokens[std::size_t(k)].lex : nullptr;
            return lex && (lex->weekday || lex->month);
        };
        if (!sameSentence(i + 1) || !dayWord(i + 1))
            return false;
        bool calendar = named(i + 1);
        for (int k = i + 2; k <= i + 5 && sameSentence(k + 1); ++k) {
            const Word w = tokens[std::size_t(k)].word();
            if (w == Word::To || w == Word::Until || w == Word::Through || w == Word::And)
                return dayWord(k + 1) && (calendar || named(k + 1) || named(k + 2));
            if (!dayWord(k) && !tokens[std::size_t(k)].isPunct(u','))
                return false;
            calendar = calendar || named(k);
        }
        return false;
    };
    // (a routine told in another clause of the past: "did not answer calls at 8:30 a.m., as it had done daily")
    bool pastSince = false;
    for (int i = first; sameSentence(i); ++i) {
        const DateToken &token = tokens[std::size_t(i)];
        const Word w = token.word();
        if (i > m.last && (w == Word::Had || w == Word::PastAux))
            pastSince = true;
        if (pastSince)
            break;
        // "daily" after the clocks, not the adjective of "the daily tally at 9 a.m."
        // ("shut from 8pm to 6am nightly between 3 and 14 June": not before a word that joins a phrase)
        if (w == Word::Daily || w == Word::Nightly || w == Word::Fortnightly) {
            const bool adjective = sameSentence(i + 1) && tokens[std::size_t(i + 1)].isWord()
                && !tokens[std::size_t(i + 1)].lex && !tokens[std::size_t(i + 1)].capitalized
                && !joinsAPhrase(word(i + 1));
            if (!adjective)
                return true;
        }
        // ("closed between 11pm and 5am for the next three weeks", "... from Monday 9 November to Friday 20
        // November": hours kept over many days)
        if (i > m.last && (overManyDays(i) || acrossDays(i)))
            return true;
        // "every day", "each morning", "every second Wednesday"
        if ((w == Word::Every || w == Word::Each) && sameSentence(i + 1)) {
            const LexEntry *counter = tokens[std::size_t(i + 1)].lex;
            const int at =
                counter && (counter->ordinal || counter->word == Word::Other) && sameSentence(i + 2) ? i + 2 : i + 1;
            // ("buses every 15 minutes between 8am and 7pm"; not "the next advisory at 8 p.m., with updates every
            // three hours")
            if (i < m.first && (tokens[std::size_t(i + 1)].isNumber() || (counter && counter->number > 0)))
                return true;
            const LexEntry *next = tokens[std::size_t(at)].lex;
            if (next
                && (next->unit == Unit::Day || next->unit == Unit::Weekend || next->weekday
                    || next->partOfDay != PartOfDay::None))
                return true;
        }
        // "on Fridays", "on weekdays"
        if (token.lex && token.lex->weekday && token.lex->plural)
            return true;
        if (sameWordAsAny(word(i),
                          {QLatin1StringView("weekdays"), QLatin1StringView("weekends"), QLatin1StringView("usually"),
                           QLatin1StringView("normally"), QLatin1StringView("routinely")}))
            return true;
        // "opening hours", "paid parking hours would be changed to 8 am till 6 pm"
        if (sameWord(word(i), QLatin1StringView("hours")) && i > first
            && sameWordAsAny(word(i - 1),
                             {QLatin1StringView("opening"), QLatin1StringView("working"), QLatin1StringView("office"),
                              QLatin1StringView("business"), QLatin1StringView("parking"),
                              QLatin1StringView("visiting"), QLatin1StringView("trading"),
                              QLatin1StringView("school")}))
            return true;
        // "during Ramadan", "during the holy month"
        if (w == Word::During && sameSentence(i + 2)) {
            const QStringView next = word(i + 1);
            if (sameWord(next, QLatin1StringView("Ramadan"))
                || (sameWord(next, QLatin1StringView("the"))
                    && sameWordAsAny(word(i + 2), {QLatin1StringView("holy"), QLatin1StringView("fasting")})))
                return true;
        }
    }
    return false;
}

} // namespace Sitrep::Dates
