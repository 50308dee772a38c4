// SPDX-License-Identifier: GPL-3.0-or-later
// Each count is read once, then tried against three shapes, in this order: the count before what
// happened to it ("ten people were killed", "39 deaths"), weapons ("476 drones"), the count after a
// verb ("killing ten soldiers"). A count no shape takes may still belong to a toll phrase
// ("the death toll rose to 32").
#include "figures/figureextractor.h"

#include "figures/quantity.h"
#include "text/asciiletters.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <bitset>
#include <climits>
#include <optional>

namespace Sitrep {

using namespace Figures;

namespace {

using Kind = Figure::Kind;

// Views of the literals, which live as long as the program: looked up with the tokens' views.
QSet<QStringView> wordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QStringView> set;
    for (const char16_t *w : words)
        set.insert(QStringView(w));
    return set;
}

bool isPersonNoun(QStringView w)
{
    static const QSet<QStringView> nouns = wordSet({
        u"people",         u"persons",     u"person",     u"civilians",    u"civilian",
        u"soldiers",       u"soldier",     u"troops",     u"servicemen",   u"serviceman",
        u"servicemembers", u"children",    u"child",      u"kids",         u"women",
        u"woman",          u"men",         u"man",        u"boys",         u"boy",
        u"girls",          u"girl",        u"babies",     u"baby",         u"infants",
        u"residents",      u"resident",    u"villagers",  u"protesters",   u"protestors",
        u"demonstrators",  u"policemen",   u"policeman",  u"police",       u"officers",
        u"officer",        u"fighters",    u"fighter",    u"militants",    u"militant",
        u"rebels",         u"rebel",       u"insurgents", u"gunmen",       u"gunman",
        u"attackers",      u"workers",     u"worker",     u"journalists",  u"journalist",
        u"reporters",      u"medics",      u"paramedics", u"doctors",      u"nurses",
        u"staff",          u"employees",   u"passengers", u"pilots",       u"crew",
        u"sailors",        u"marines",     u"guards",     u"students",     u"pupils",
        u"pilgrims",       u"worshippers", u"migrants",   u"teenagers",    u"teenager",
        u"members",        u"personnel",   u"recruits",   u"conscripts",   u"volunteers",
        u"peacekeepers",   u"farmers",     u"fishermen",  u"miners",       u"tourists",
        u"others",         u"individuals", u"adults",     u"minors",       u"elderly",
        u"suspects",       u"suspect",     u"family",     u"relatives",    u"bystanders",
        u"patients",       u"mourners",    u"shoppers",   u"commuters",    u"prisoners",
        u"inmates",        u"guards",      u"settlers",   u"worshipers",   u"militiamen",
        u"combatants",     u"jihadists",   u"teachers",   u"clerics",      u"monks",
        u"priests",        u"drivers",     u"officials",  u"diplomats",    u"lawmakers",
        u"contractors",    u"engineers",   u"rescuers",   u"firefighters", u"players",
        u"athletes",       u"voters",      u"brothers",   u"sisters",      u"siblings",
        u"sons",           u"daughters",   u"cousins",
    });
    return nouns.contains(w);
}

bool isAdjectiveFiller(QStringView w)
{
    static const QSet<QStringView> words = wordSet({
        u"more",    u"other",        u"innocent", u"unarmed",  u"young",     u"elderly",    u"civilian",
        u"foreign", u"local",        u"military", u"security", u"armed",     u"additional", u"further",
        u"aid",     u"government",   u"army",     u"police",   u"rescue",    u"emergency",  u"service",
        u"health",  u"humanitarian", u"un",       u"fellow",   u"suspected", u"alleged",    u"gang",
    });
    return words.contains(w);
}

bool isAux(QStringView w)
{
    static const QSet<QStringView> words = wordSet({
        u"were",     u"was",        u"are",        u"is",       u"have",      u"has",        u"had",      u"been",
        u"be",       u"being",      u"reportedly", u"also",     u"all",       u"later",      u"reported", u"confirmed",
        u"believed", u"feared",     u"thought",    u"said",     u"to",        u"initially",  u"now",      u"so",
        u"far",      u"both",       u"shot",       u"found",    u"stabbed",   u"beaten",     u"burned",   u"burnt",
        u"left",     u"officially", u"allegedly",  u"already",  u"since",     u"either",     u"being",    u"were",
        u"presumed", u"known",      u"listed",     u"as",       u"seriously", u"critically", u"badly",    u"severely",
        u"lightly",  u"slightly",   u"fatally",    u"mortally", u"each",      u"may",        u"might",    u"could",
        u"would",    u"will",       u"still",      u"remain",   u"remained",  u"remains",    u"not",
    });
    return words.contains(w);
}

bool isMeasureUnit(const Token &t)
{
    static const QSet<QStringView> words = wordSet({
        u"percent",   u"per",       u"%",      u"km",     u"kilometers", u"kilometres", u"kilometer",
        u"kilometre", u"miles",     u"mile",   u"metres", u"meters",     u"m",          u"kg",
        u"tons",      u"tonnes",    u"years",  u"year",   u"months",     u"month",      u"weeks",
        u"week",      u"days",      u"day",    u"nights", u"hours",      u"hour",       u"minutes",
        u"minute",    u"seconds",   u"times",  u"am",     u"pm",         u"gmt",        u"utc",
        u"dollars",   u"euros",     u"pounds", u"points", u"degrees",    u"hectares",   u"acres",
        u"decades",   u"centuries", u"st",     u"nd",     u"rd",         u"th",         u"a",
    });
    return words.contains(t.lower) || isMonthName(t.lower);
}

// Words after which a count read after a verb may end ("killed 26 in", "injuring 40, officials said").
bool endsVerbCount(const Token &t)
{
    static const QSet<QStringView> words = wordSet({
        u"and",    u"or",         u"but",       u"in",    u"on",      u"at",     u"near",    u"when",
        u"as",     u"during",     u"including", u"while", u"after",   u"before", u"across",  u"since",
        u"with",   u"according",  u"from",      u"of",    u"last",    u"this",   u"that",    u"yesterday",
        u"today",  u"overnight",  u"there",     u"here",  u"who",     u"which",  u"inside",  u"outside",
        u"into",   u"throughout", u"over",      u"by",    u"for",     u"to",     u"between", u"among",
        u"amid",   u"earlier",    u"so",        u"along", u"within",  u"under",  u"around",  u"more",
        u"others", u"the",        u"late",      u"early", u"tonight",
    });
    return t.kind == Token::Kind::Punct || t.capitalized || words.contains(t.lower);
}

struct Outcome
{
    Kind kind = Kind::Killed;
    int end = -1; // token after the outcome words
    bool noun = false;
    explicit operator bool() const { return end >= 0; }
};

// Words that say what happened to a count.
struct OutcomeWord
{
    QStringView word;
    Kind kind;
    bool noun;
};
const OutcomeWord outcomeWords[] = {
    {u"killed", Kind::Killed, false},        {u"dead", Kind::Killed, false},
    {u"died", Kind::Killed, false},          {u"perished", Kind::Killed, false},
    {u"slain", Kind::Killed, false},         {u"murdered", Kind::Killed, false},
    {u"massacred", Kind::Killed, false},     {u"executed", Kind::Killed, false},
    {u"martyred", Kind::Killed, false},      {u"deaths", Kind::Killed, true},
    {u"fatalities", Kind::Killed, true},     {u"bodies", Kind::Killed, true},
    {u"injured", Kind::Injured, false},      {u"wounded", Kind::Injured, false},
    {u"hurt", Kind::Injured, false},         {u"hospitalized", Kind::Injured, false},
    {u"hospitalised", Kind::Injured, false}, {u"injuries", Kind::Injured, true},
    {u"missing", Kind::Missing, false},      {u"disappeared", Kind::Missing, false},
    {u"displaced", Kind::Displaced, false},  {u"fled", Kind::Displaced, false},
    {u"evacuated", Kind::Displaced, false},  {u"uprooted", Kind::Displaced, false},
    {u"homeless", Kind::Displaced, false},   {u"refugees", Kind::Displaced, true},
    {u"detained", Kind::Detained, false},    {u"arrested", Kind::Detained, false},
    {u"captured", Kind::Detained, false},    {u"abducted", Kind::Detained, false},
    {u"kidnapped", Kind::Detained, false},   {u"jailed", Kind::Detained, false},
    {u"imprisoned", Kind::Detained, false},  {u"hostages", Kind::Detained, true},
    {u"detainees", Kind::Detained, true},
};

// What happened to a count, read at token k: "killed", "lost their lives", "taken hostage".
Outcome outcomeAt(const QList<Token> &tokens, int k)
{
    const auto is = [&](int i, QStringView w) {
        return i < tokens.size() && tokens[i].is(w);
    };
    if (k >= tokens.size() || !tokens[k].isWord())
        return {};
    const QStringView w = tokens[k].lower;
    // Looked up by hash: every token of every sentence is tried.
    static const WordMap<const OutcomeWord *> byWord = [] {
        WordMap<const OutcomeWord *> table;
        for (const OutcomeWord &e : outcomeWords)
            table.emplace(wordKey(e.word), &e);
        return table;
    }();
    if (const auto found = byWord.find(wordKey(w)); found != byWord.cend())
        return {found->second->kind, k + 1, found->second->noun};
    if (sameText(w, u"lost") && is(k + 1, u"their") && (is(k + 2, u"lives") || is(k + 2, u"life")))
        return {Kind::Killed, k + 3, false};
    if (sameText(w, u"unaccounted") && is(k + 1, u"for"))
        return {Kind::Missing, k + 2, false};
    if (sameText(w, u"taken") && (is(k + 1, u"hostage") || is(k + 1, u"prisoner") || is(k + 1, u"captive")))
        return {Kind::Detained, k + 2, false};
    if (sameText(w, u"forced") && (is(k + 1, u"from") || (is(k + 1, u"to") && is(k + 2, u"flee"))))
        return {Kind::Displaced, k + 2, false};
    if (sameText(w, u"casualties"))
        return {Kind::Injured, k + 1, true}; // kept only beside a count of the dead
    return {};
}

struct CountVerb
{
    QStringView word;
    Kind kind;
};
const CountVerb countVerbs[] = {
    {u"killed", Kind::Killed},       {u"killing", Kind::Killed},      {u"kills", Kind::Killed},
    {u"kill", Kind::Killed},         {u"injured", Kind::Injured},     {u"injuring", Kind::Injured},
    {u"injures", Kind::Injured},     {u"injure", Kind::Injured},      {u"wounded", Kind::Injured},
    {u"wounding", Kind::Injured},    {u"wounds", Kind::Injured},      {u"hurt", Kind::Injured},
    {u"hurting", Kind::Injured},     {u"detained", Kind::Detained},   {u"detaining", Kind::Detained},
    {u"arrested", Kind::Detained},   {u"arresting", Kind::Detained},  {u"captured", Kind::Detained},
    {u"capturing", Kind::Detained},  {u"abducted", Kind::Detained},   {u"abducting", Kind::Detained},
    {u"kidnapped", Kind::Detained},  {u"displaced", Kind::Displaced}, {u"displacing", Kind::Displaced},
    {u"evacuated", Kind::Displaced},
};

// A verb that takes the count as its object: "killing ten", "injured about forty".
std::optional<Kind> verbBefore(const Token &t)
{
    if (!t.isWord())
        return std::nullopt;
    for (const auto &v : countVerbs) {
        if (t.lower == v.word)
            return v.kind;
    }
    return std::nullopt;
}

struct WeaponNoun
{
    QStringView word;
    QStringView unit;
};
const WeaponNoun weaponNouns[] = {
    {u"drones", u"drones"},
    {u"drone", u"drones"},
    {u"uavs", u"drones"},
    {u"missiles", u"missiles"},
    {u"missile", u"missiles"},
    {u"rockets", u"rockets"},
    {u"rocket", u"rockets"},
    {u"shells", u"shells"},
    {u"shell", u"shells"},
    {u"bombs", u"bombs"},
    {u"bomb", u"bombs"},
    {u"mortars", u"mortars"},
    {u"projectiles", u"projectiles"},
    {u"munitions", u"munitions"},
    {u"grenades", u"grenades"},
    {u"mines", u"mines"},
    {u"torpedoes", u"torpedoes"},
    {u"warheads", u"warheads"},
    {u"shaheds", u"drones"},
    {u"rounds", u"rounds"},
};

// The plural unit of a weapon noun, or an empty string.
QString weaponUnit(const Token &t)
{
    if (!t.isWord())
        return {};
    for (const auto &n : weaponNouns) {
        if (t.lower == n.word)
            return n.unit.toString();
    }
    return {};
}

// Whether any word of the sentence is one that every figure needs: what happened to the count
// ("killed", "lost their lives", "taken hostage"), a weapon, a verb that takes the count, or a
// toll ("the death toll", "the number of", "numbered"). Most sentences hold none, and are not
// tokenised at all. Read over runs of ASCII letters; a sentence with any other letter is tokenised.
bool mayHoldFigure(QStringView sentence)
{
    // Looked up only when a word's first and last letters and length are those of a needed word.
    const auto shapeOf = [](char16_t first, char16_t last, qsizetype length) {
        return (std::size_t(first - u'a') * 26 + std::size_t(last - u'a')) * 32
            + std::size_t(qMin<qsizetype>(length, 31));
    };
    static const WordSet needed = [] {
        WordSet words {u"lost", u"unaccounted", u"taken",    u"forced", u"casualties", u"claimed",
                       u"toll", u"number",      u"numbered", u"gunned", u"gunning"};
        for (const OutcomeWord &word : outcomeWords)
            words.insert(wordKey(word.word));
        for (const CountVerb &verb : countVerbs)
            words.insert(wordKey(verb.word));
        for (const WeaponNoun &noun : weaponNouns)
            words.insert(wordKey(noun.word));
        return words;
    }();
    static const std::bitset<26 * 26 * 32> shapes = [&shapeOf] {
        std::bitset<26 * 26 * 32> bits;
        for (const std::u16string_view word : needed)
            bits.set(shapeOf(word.front(), word.back(), qsizetype(word.size())));
        return bits;
    }();
    constexpr qsizetype longest = 24; // longer than any needed word
    const auto &letters = asciiLowerLetters;
    const char16_t *chars = sentence.utf16();
    const qsizetype size = sentence.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t c = chars[i];
        if (c >= 0x80) {
            if (QChar::isLetter(c) || QChar::isMark(c))
                return true;
            ++i;
            continue;
        }
        if (!letters[c]) {
            ++i;
            continue;
        }
        // A word's first and last letters and length are read first; its letters only for a shape
        // that a needed word has.
        const qsizetype start = i;
        do {
            ++i;
        } while (i < size && chars[i] < 0x80 && letters[chars[i]]);
        const qsizetype length = i - start;
        if (length > longest || !shapes.test(shapeOf(letters[chars[start]], letters[chars[i - 1]], length)))
            continue;
        char16_t lower[longest];
        for (qsizetype k = 0; k < length; ++k)
            lower[k] = letters[chars[start + k]];
        if (needed.contains(std::u16string_view(lower, std::size_t(length))))
            return true;
    }
    return false;
}

bool isWeaponModifier(const Token &t)
{
    static const QSet<QStringView> words = wordSet({
        u"attack",      u"strike",    u"kamikaze", u"ballistic", u"cruise",    u"hypersonic", u"guided",    u"long",
        u"short",       u"medium",    u"range",    u"anti",      u"aircraft",  u"ship",       u"tank",      u"air",
        u"surface",     u"to",        u"launched", u"artillery", u"mortar",    u"glide",      u"decoy",     u"naval",
        u"type",        u"made",      u"class",    u"unguided",  u"precision", u"suicide",    u"explosive", u"laden",
        u"combat",      u"loitering", u"heavy",    u"tank",      u"sea",       u"based",      u"ground",    u"tactical",
        u"interceptor", u"incoming",  u"enemy",
    });
    return sameText(t.lower, u"-") || (t.isWord() && (t.capitalized || words.contains(t.lower)));
}

// Nouns a weapon word modifies, when the count is of something else ("two drone strikes").
bool isWeaponCompoundHead(const Token &t)
{
    static const QSet<QStringView> words = wordSet({
        u"attack",     u"attacks", u"strike",    u"strikes",  u"technology", u"factory", u"factories", u"plant",
        u"production", u"program", u"programme", u"launcher", u"launchers",  u"systems", u"system",    u"operators",
        u"unit",       u"units",   u"boats",     u"debris",   u"fragments",  u"alert",   u"alerts",    u"sites",
        u"site",       u"defence", u"defense",   u"warnings", u"shelters",   u"crews",   u"pilots",    u"parts",
    });
    return t.isWord() && words.contains(t.lower);
}

bool startsSubCount(const QList<Token> &tokens, int first)
{
    const auto is = [&](int i, QStringView w) {
        return i >= 0 && i < tokens.size() && tokens[i].is(w);
    };
    return is(first - 1, u"including") || is(first - 1, u"incl") || is(first - 1, u"among")
        || (is(first - 1, u"them") && is(first - 2, u"among")) || (is(first - 1, u"whom") && is(first - 2, u"of"));
}

// Numbers that are dates or measures, not counts: "In 2022", "March 3", "10 km", "28-point".
bool isNotACount(const QList<Token> &tokens, const Quantity &q)
{
    const Token &first = tokens[q.next - 1];
    const auto is = [&](int i, QStringView w) {
        return i >= 0 && i < tokens.size() && tokens[i].is(w);
    };
    if (q.next < tokens.size()) {
        const Token &after = tokens[q.next];
        if (isMeasureUnit(after) && !(after.is(u"a") && q.bound == Bound::Vague))
            return true;
        // "28-point plan", "15-year-old"; "20-26" was read as a range already.
        if (after.is(u"-") && !after.spaceBefore && q.next + 1 < tokens.size() && tokens[q.next + 1].isWord()
            && !tokens[q.next + 1].spaceBefore)
            return true;
        if ((after.is(u"of") && (is(q.next + 1, u"whom") || is(q.next + 1, u"them"))))
            return true;
    }
    if (first.kind == Token::Kind::Number && q.bound == Bound::Exact) {
        const int p = q.first - 1;
        const int month = is(p, u".") ? p - 1 : p; // "Aug. 7"
        if (month >= 0 && isMonthName(tokens[month].lower))
            return true;
        const bool yearLike = !first.grouped && first.lower.size() == 4 && first.number >= 1800 && first.number <= 2100;
        static const QSet<QStringView> yearWords =
            wordSet({u"in", u"since", u"by", u"until", u"till", u"from", u"of", u"during", u"before", u"after",
                     u"early", u"late", u"mid", u"year", u"the", u"fiscal"});
        if (yearLike && (p < 0 || yearWords.contains(tokens[p].lower)))
            return true;
    }
    return false;
}

void fillEstimate(Figure &f, const Quantity &q)
{
    const int value = int(std::min<long long>(q.value, INT_MAX));
    f.best = value;
    f.qualifier = q.qualifier;
    switch (q.bound) {
    case Bound::Exact:
        f.low = f.high = value;
        break;
    case Bound::AtLeast:
        f.low = value;
        break;
    case Bound::About:
        break;
    case Bound::AtMost:
        f.high = value;
        break;
    case Bound::Range:
        f.low = value;
        f.high = int(std::min<long long>(q.high, INT_MAX));
        break;
    case Bound::Vague:
        f.low = value;
        f.vague = true;
        break;
    }
}

class Matcher
{
public:
    explicit Matcher(QStringView sentence)
        : m_tokens(tokenize(sentence, m_text))
    {
        for (int k = 0; k < m_tokens.size() && !m_mentionsDead; ++k) {
            const Outcome o = outcomeAt(m_tokens, k);
            m_mentionsDead = o && o.kind == Kind::Killed;
        }
    }

    QList<Figure> run();

private:
    std::optional<Figure> countThenOutcome(const Quantity &q) const;
    int asideEnd(int open) const;
    std::optional<Figure> weapons(const Quantity &q) const;
    std::optional<Figure> verbThenCount(const Quantity &q) const;
    std::optional<Figure> othersBesideOne(const Quantity &q) const;
    std::optional<Figure> toll(const Quantity &q);

    Figure make(const Quantity &q, Kind kind, int firstToken, int endToken) const
    {
        Figure f;
        f.kind = kind;
        f.start = m_tokens[std::min(firstToken, q.first)].start;
        f.end = m_tokens[std::max(endToken, q.next) - 1].end;
        fillEstimate(f, q);
        return f;
    }

    bool is(int i, QStringView word) const { return i >= 0 && i < m_tokens.size() && m_tokens[i].is(word); }

    // "15-year-old" at token k.
    bool isAge(int k) const
    {
        return k < m_tokens.size() && m_tokens[k].kind == Token::Kind::Number && is(k + 1, u"-") && is(k + 2, u"year")
            && is(k + 3, u"-") && is(k + 4, u"old");
    }

    // "hostages were freed" counts people no longer held.
    bool isReleased(int k) const
    {
        while (k < m_tokens.size() && m_tokens[k].isWord() && isAux(m_tokens[k].lower))
            ++k;
        static const QSet<QStringView> verbs =
            wordSet({u"freed", u"released", u"rescued", u"returned", u"exchanged", u"swapped", u"handed", u"set"});
        return k < m_tokens.size() && verbs.contains(m_tokens[k].lower);
    }

    TokenText m_text; // before m_tokens, which view it
    QList<Token> m_tokens;
    QList<int> m_usedTolls;
    bool m_mentionsDead = false;
};

int Matcher::asideEnd(int open) const
{
    const int n = int(m_tokens.size());
    const Token &t = m_tokens[open];
    if (t.kind != Token::Kind::Punct || open + 1 >= n)
        return -1;
    QStringView closing;
    if (sameText(t.lower, u",")) {
        static const QStringList breakdowns {
            QStringLiteral("including"), QStringLiteral("among"), QStringLiteral("mostly"), QStringLiteral("most"),
            QStringLiteral("many"),      QStringLiteral("all"),   QStringLiteral("both"),   QStringLiteral("some")};
        if (!breakdowns.contains(m_tokens[open + 1].lower))
            return -1;
        closing = u",";
    } else if (sameText(t.lower, u"\u2014") || sameText(t.lower, u"\u2013")
               || (sameText(t.lower, u"-") && t.spaceBefore)) {
        closing = t.lower;
    } else if (sameText(t.lower, u"(")) {
        closing = u")";
    } else {
        return -1;
    }
    for (int k = open + 2; k < n && k < open + 16; ++k) {
        if (m_tokens[k].kind == Token::Kind::Punct && m_tokens[k].lower == closing)
            return k;
        if (m_tokens[k].is(u".") || m_tokens[k].is(u";"))
            return -1;
    }
    return -1;
}

std::optional<Figure> Matcher::countThenOutcome(const Quantity &q) const
{
    const int n = int(m_tokens.size());
    QString unit;
    bool aux = false;
    for (int k = q.next, steps = 0; k < n && steps < 8; ++k, ++steps) {
        const Token &t = m_tokens[k];
        if (const Outcome o = outcomeAt(m_tokens, k)) {
            if (o.noun && aux)
                return std::nullopt;
            if (o.noun && t.is(u"casualties") && !m_mentionsDead)
                return std::nullopt;
            if (o.noun && o.kind == Kind::Detained && isReleased(o.end))
                return std::nullopt;
            if (q.article && (unit.isEmpty() || unit.endsWith(u's') || sameText(unit, u"people") || o.noun))
                return std::nullopt;
            Figure f = make(q, o.kind, q.first, o.end);
            f.unit = unit;
            return f;
        }
        if (!aux && t.isWord() && isPersonNoun(t.lower)) {
            unit = t.lower.toString();
            continue;
        }
        // "25 people, including three children, were killed": an aside that breaks the count down.
        if (!aux && !unit.isEmpty()) {
            if (const int close = asideEnd(k); close > k) {
                k = close;
                continue;
            }
        }
        if (!aux && t.isWord() && (isAdjectiveFiller(t.lower) || t.capitalized)) {
            // "dozens of Rohingya Muslims, including children, were killed": a people named is the unit
            if (t.capitalized && unit.isEmpty() && t.lower.size() > 3 && t.lower.endsWith(u's')
                && !t.lower.endsWith(u"ss"))
                unit = t.lower.toString();
            continue;
        }
        if (!aux && t.is(u"-") && !t.spaceBefore && k + 1 < n && !m_tokens[k + 1].spaceBefore)
            continue; // "15-year-old", "Russian-backed"
        if (!aux && isAge(k)) {
            k += 4;
            continue;
        }
        if (!aux && t.kind == Token::Kind::Punct && QStringView(u"\"\u201C\u201D'\u2018\u2019").contains(t.lower))
            continue; // quoted counts: "dozens" were injured
        if (t.isWord() && isAux(t.lower)) {
            aux = true;
            continue;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Figure> Matcher::weapons(const Quantity &q) const
{
    if (q.article || q.value == 0)
        return std::nullopt;
    const int n = int(m_tokens.size());
    for (int k = q.next; k < n && k < q.next + 7; ++k) {
        const QString unit = weaponUnit(m_tokens[k]);
        if (!unit.isEmpty()) {
            // A singular weapon word after a plural count modifies another noun: "two bomb blasts".
            const bool singular = !m_tokens[k].lower.endsWith(u's');
            if ((singular && q.value != 1)
                || (k + 1 < n && (isWeaponCompoundHead(m_tokens[k + 1]) || !weaponUnit(m_tokens[k + 1]).isEmpty())))
                return std::nullopt;
            Figure f = make(q, Kind::Weapons, q.first, k + 1);
            f.unit = unit;
            return f;
        }
        if (!isWeaponModifier(m_tokens[k]))
            return std::nullopt;
    }
    return std::nullopt;
}

// "killed the commander and four other members", "killed a journalist and two others": the others
// and the one named before them.
std::optional<Figure> Matcher::othersBesideOne(const Quantity &q) const
{
    const int n = int(m_tokens.size());
    if (q.article || q.first < 2 || q.next >= n || !is(q.first - 1, u"and")
        || !(is(q.next, u"others") || is(q.next, u"other")))
        return std::nullopt;
    for (int v = q.first - 2; v >= 0 && v >= q.first - 16; --v) {
        const Token &t = m_tokens[v];
        if (t.kind == Token::Kind::Number || t.is(u".") || t.is(u";") || t.is(u"and"))
            return std::nullopt;
        const std::optional<Kind> kind = verbBefore(t);
        if (!kind)
            continue;
        Quantity withTheOne = q;
        withTheOne.value += 1;
        if (withTheOne.high > 0)
            withTheOne.high += 1;
        const int end = is(q.next, u"other") && q.next + 1 < n ? q.next + 2 : q.next + 1;
        return make(withTheOne, *kind, v, end);
    }
    return std::nullopt;
}

std::optional<Figure> Matcher::verbThenCount(const Quantity &q) const
{
    if (q.first == 0)
        return std::nullopt;
    int end = q.next;
    if (q.article) {
        // "killed a woman", "killed a senior police officer" count one, unless others follow ("killed a
        // woman and two others")
        while (end < q.next + 2 && end < m_tokens.size() && m_tokens[end].isWord()
               && (isAdjectiveFiller(m_tokens[end].lower) || is(end, u"police") || is(end, u"senior")
                   || is(end, u"local") || is(end, u"top")))
            ++end;
        const auto singularPerson = [&](int k) {
            static const QSet<QStringView> singular =
                wordSet({u"commander",  u"official", u"leader",   u"doctor",       u"nurse",     u"teacher", u"student",
                         u"driver",     u"farmer",   u"activist", u"paramedic",    u"medic",     u"priest",  u"cleric",
                         u"politician", u"lawmaker", u"mayor",    u"photographer", u"cameraman", u"guard"});
            return k < m_tokens.size() && m_tokens[k].isWord()
                && ((isPersonNoun(m_tokens[k].lower) && !m_tokens[k].lower.endsWith(u's') && !is(k, u"family")
                     && !is(k, u"staff") && !is(k, u"crew") && !is(k, u"police") && !is(k, u"personnel"))
                    || singular.contains(m_tokens[k].lower));
        };
        if (!singularPerson(end) || (is(end + 1, u"and") && (is(end + 3, u"others") || is(end + 3, u"other"))))
            return std::nullopt;
        ++end;
    }
    const int v = q.first - 1;
    std::optional<Kind> kind = verbBefore(m_tokens[v]);
    const int n = int(m_tokens.size());
    // "killed a family of five": the count is the family's
    if (!kind && is(v, u"of") && (is(v - 1, u"family") || is(v - 1, u"household"))) {
        int k = v - 2;
        while (k >= 0 && (is(k, u"entire") || is(k, u"whole")))
            --k;
        if (is(k, u"a") || is(k, u"an") || is(k, u"the")) {
            if (const std::optional<Kind> familyKind = k > 0 ? verbBefore(m_tokens[k - 1]) : std::nullopt) {
                if (end < n && !endsVerbCount(m_tokens[end]))
                    return std::nullopt;
                return make(q, *familyKind, k - 1, end);
            }
        }
    }
    QString unit;
    while (end < n && end < q.next + 3 && m_tokens[end].isWord()
           && (isPersonNoun(m_tokens[end].lower) || isAdjectiveFiller(m_tokens[end].lower)
               || (m_tokens[end].capitalized && m_tokens[end].spaceBefore))) {
        if (isPersonNoun(m_tokens[end].lower) || m_tokens[end].capitalized)
            unit = m_tokens[end].lower.toString();
        ++end;
    }
    // "shot dead two Palestinians", "gunned down three guards"
    const auto before = [&](std::initializer_list<QStringView> words) {
        return v > 0 && std::any_of(words.begin(), words.end(), [&](QStringView w) { return m_tokens[v - 1].is(w); });
    };
    if (!kind
        && ((m_tokens[v].is(u"dead") && before({u"shot", u"shoots", u"shooting"}))
            || (m_tokens[v].is(u"down") && before({u"gunned", u"gunning", u"guns", u"gun"}))))
        kind = Kind::Killed;
    if (!kind && m_tokens[v].is(u"claimed") && end < n && m_tokens[end].is(u"lives")) {
        kind = Kind::Killed;
        ++end;
    }
    if (!kind)
        return std::nullopt;
    if (end < n && !endsVerbCount(m_tokens[end]))
        return std::nullopt;
    Figure f = make(q, *kind, v, end);
    f.unit = unit;
    return f;
}

// "the death toll rose to 32", "the number of injured stood at 40", "the victims numbered 213".
std::optional<Figure> Matcher::toll(const Quantity &q)
{
    if (q.article || (q.first > 0 && m_tokens[q.first - 1].is(u"from")))
        return std::nullopt;
    const auto is = [&](int i, QStringView w) {
        return i >= 0 && i < m_tokens.size() && m_tokens[i].is(w);
    };
    for (int t = q.first - 1; t >= 0 && t >= q.first - 10; --t) {
        const Token &tok = m_tokens[t];
        if (tok.is(u";") || tok.is(u".") || tok.is(u"including"))
            return std::nullopt;
        std::optional<Kind> kind;
        if (tok.is(u"toll"))
            kind = (is(t - 1, u"injury") || is(t - 1, u"injured")) ? Kind::Injured : Kind::Killed;
        else if (is(t - 1, u"of") && is(t - 2, u"number"))
            kind = outcomeAt(m_tokens, t).end > 0 ? std::optional(outcomeAt(m_tokens, t).kind) : std::nullopt;
        else if (tok.is(u"numbered")) {
            for (int s = t - 1; s >= 0 && s >= t - 8 && !kind; --s) {
                if (m_tokens[s].is(u"victims") || m_tokens[s].is(u"dead"))
                    kind = Kind::Killed;
            }
        }
        if (!kind)
            continue;
        if (m_usedTolls.contains(t) || (kind == Kind::Injured && m_tokens[t].is(u"casualties")))
            return std::nullopt;
        m_usedTolls.append(t);
        return make(q, *kind, t, q.next);
    }
    return std::nullopt;
}

QList<Figure> Matcher::run()
{
    QList<Figure> figures;
    const int n = int(m_tokens.size());
    for (int i = 0; i < n;) {
        const Quantity q = readQuantity(m_tokens, i);
        if (!q) {
            ++i;
            continue;
        }
        i = q.next;
        if (startsSubCount(m_tokens, q.first) || isNotACount(m_tokens, q))
            continue;
        std::optional<Figure> f = countThenOutcome(q);
        if (!f)
            f = weapons(q);
        if (!f)
            f = othersBesideOne(q);
        if (!f)
            f = verbThenCount(q);
        if (!f)
            f = toll(q);
        if (f)
            figures.append(*f);
    }
    return figures;
}

} // namespace

QList<Figure> FigureExtractor::extract(QStringView sentence) const
{
    if (!mayHoldFigure(sentence))
        return {};
    return Matcher(sentence).run();
}

} // namespace Sitrep
