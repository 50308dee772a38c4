// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placerecognizer.h"

#include "places/placelexicon.h"
#include "places/placename.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <vector>

namespace Sitrep::Places {

namespace {

constexpr int maxNameTokens = 7;

enum class Separator { Space, PeriodSpace, Break };

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || (c.unicode() >= 0x2010 && c.unicode() <= 0x2014);
}

// What joins two tokens inside a multi-word name: spaces and hyphens, or "St. Louis"'s period.
Separator separator(QStringView text, const Token &a, const Token &b)
{
    const qsizetype length = b.start - a.end;
    if (length < 1 || length > 3)
        return Separator::Break;
    const QStringView between = text.sliced(a.end, length);
    bool period = false;
    for (qsizetype i = 0; i < between.size(); ++i) {
        const QChar c = between[i];
        if (c == QLatin1Char('.') && i == 0 && between.size() > 1)
            period = true;
        else if (!(c == QLatin1Char(' ') || c == QChar(0xA0) || isDash(c)))
            return Separator::Break;
    }
    return period ? Separator::PeriodSpace : Separator::Space;
}

bool isPossessiveSeparator(QStringView text, const Token &a, const Token &b)
{
    const qsizetype length = b.start - a.end;
    if (length < 3 || length > 4)
        return false;
    const QStringView between = text.sliced(a.end, length);
    return isApostrophe(between[0]) && (between[1] == QLatin1Char('s') || between[1] == QLatin1Char('S'))
        && between[2].isSpace();
}

void appendToken(QStringView text, const Token &token, QByteArray &key)
{
    PlaceName::appendFolded(text.sliced(token.start, token.end - token.start), key);
}

class Recognizer
{
public:
    Recognizer(const Gazetteer &gazetteer, QStringView text, const QList<Token> &tokens)
        : m_gazetteer(gazetteer)
        , m_text(text)
        , m_tokens(tokens)
        , m_tokenKeys(std::size_t(tokens.size()))
    { }

    QList<Span> run();

private:
    QStringView word(int token) const
    {
        return m_text.sliced(m_tokens[token].start, m_tokens[token].end - m_tokens[token].start);
    }
    bool adjacent(int a, int b) const
    {
        return a >= 0 && b < m_tokens.size() && separator(m_text, m_tokens[a], m_tokens[b]) != Separator::Break;
    }
    bool spaceOnly(int a, int b) const
    {
        return a >= 0 && b < m_tokens.size() && m_tokens[b].start - m_tokens[a].end == 1
            && m_text[m_tokens[a].end] == QLatin1Char(' ');
    }
    // What the gazetteer knows of one token, looked up once: surnames, the names and the rules that
    // reject them ask about the same capitalised words again and again.
    Gazetteer::Key tokenKey(int token) const
    {
        std::optional<Gazetteer::Key> &known = m_tokenKeys[std::size_t(token)];
        if (!known)
            known = lookUpToken(token);
        return *known;
    }
    Gazetteer::Key lookUpToken(int token) const
    {
        // Most words are ASCII: folded on the stack as PlaceName::appendFolded folds them.
        const QStringView w = word(token);
        QVarLengthArray<char, 64> folded;
        for (const QChar c : w) {
            const char16_t u = c.unicode();
            if (u >= 0x80) {
                QByteArray key;
                appendToken(m_text, m_tokens[token], key);
                return m_gazetteer.lookup(key);
            }
            if (u >= 'A' && u <= 'Z')
                folded.append(char(u + 32));
            else if (u == '-')
                folded.append(' ');
            else if (u != '\'' && u != '`')
                folded.append(char(u));
        }
        return m_gazetteer.lookup(QByteArrayView(folded.constData(), folded.size()));
    }
    // "County", "Co.": capitalised, after a name.
    bool isCountyWord(int token) const
    {
        const QStringView w = word(token);
        return (m_tokens[token].flags & Upper)
            && (w.compare(QLatin1StringView("County"), Qt::CaseInsensitive) == 0
                || (w.compare(QLatin1StringView("Co"), Qt::CaseInsensitive) == 0 && m_tokens[token].end < m_text.size()
                    && m_text[m_tokens[token].end] == QLatin1Char('.')));
    }
    bool namesSettlementAfter(int token) const
    {
        if (token >= m_tokens.size() || (m_tokens[token].flags & Upper))
            return false;
        static const QStringList settlements {
            QStringLiteral("camp"),          QStringLiteral("refugee"),      QStringLiteral("district"),
            QStringLiteral("neighbourhood"), QStringLiteral("neighborhood"), QStringLiteral("suburb"),
            QStringLiteral("village"),       QStringLiteral("town"),         QStringLiteral("area"),
            QStringLiteral("crossing"),      QStringLiteral("checkpoint"),   QStringLiteral("governorate")};
        return settlements.contains(word(token).toString(), Qt::CaseInsensitive);
    }
    bool isRegionOrCountyWord(int token) const
    {
        return PlaceLexicon::isRegionWord(word(token)) || isCountyWord(token);
    }
    bool inPreviousSpan(int token) const { return !m_spans.isEmpty() && m_spans.back().lastToken >= token; }
    bool isGivenName(int token) const;
    quint32 largestByOwnName(const Span &span) const;
    bool isPlaceNamedGivenName(int token, int next) const;
    void collectSurnames();

    bool keepCandidates(Span &span) const;
    bool transliteratedVariant(int token, Span &span) const;
    void takeNames(Span &span, const QByteArray &key, const Gazetteer::Key &found) const;
    bool rejected(const Span &span) const;
    void addCues(Span &span) const;
    std::optional<Span> directionalArea(const Span &span) const;

    const Gazetteer &m_gazetteer;
    QStringView m_text;
    const QList<Token> &m_tokens;
    QList<Span> m_spans;
    QSet<QByteArray> m_surnames;
    QSet<QByteArray> m_givenNames; // place names this text uses as given names
    mutable std::vector<std::optional<Gazetteer::Key>> m_tokenKeys;
};

QList<Span> Recognizer::run()
{
    collectSurnames();
    QByteArray key;
    QByteArray periodKey;
    const int n = int(m_tokens.size());
    for (int i = 0; i < n; ++i) {
        if (!(m_tokens[i].flags & Upper))
            continue;
        // The first token is folded into the key only when the key is needed: most capitalised words
        // name nothing, and their own lookup (tokenKey) folds them on the stack.
        key.resize(0);
        bool firstFolded = false;
        const auto foldedKey = [&]() -> const QByteArray & {
            if (!firstFolded) {
                appendToken(m_text, m_tokens[i], key);
                firstFolded = true;
            }
            return key;
        };
        Span best;
        int bestLast = -1;
        for (int j = i; j < n && j < i + maxNameTokens; ++j) {
            if (j > i) {
                const Separator sep = separator(m_text, m_tokens[j - 1], m_tokens[j]);
                if (sep == Separator::Break)
                    break;
                foldedKey();
                key.append(sep == Separator::PeriodSpace ? ". " : " ");
                appendToken(m_text, m_tokens[j], key);
            }
            const bool lastUpper = m_tokens[j].flags & HasUpper;
            bool prefix = false;
            const qsizetype end = m_tokens[j].end;
            if (end < m_text.size() && m_text[end] == QLatin1Char('.')) {
                periodKey = foldedKey();
                periodKey.append('.');
                const Gazetteer::Key found = m_gazetteer.lookup(periodKey);
                prefix = found.isPrefix();
                if (found.hasNames() && lastUpper) {
                    bestLast = j;
                    best.end = end + 1;
                    takeNames(best, periodKey, found);
                }
            }
            // The key of one token is that token's own key.
            const Gazetteer::Key found = j == i ? tokenKey(i) : m_gazetteer.lookup(key);
            prefix = prefix || found.isPrefix();
            if (found.hasNames() && lastUpper && bestLast != j) {
                bestLast = j;
                best.end = end;
                takeNames(best, foldedKey(), found);
            }
            if (!prefix)
                break;
        }
        if (bestLast < 0 && !transliteratedVariant(i, best))
            continue;
        if (bestLast < 0)
            bestLast = i;
        best.start = m_tokens[i].start;
        best.firstToken = i;
        best.lastToken = bestLast;
        if (!keepCandidates(best) || rejected(best))
            continue;
        if (auto area = directionalArea(best))
            best = *area;
        addCues(best);
        m_spans.append(best);
        i = best.lastToken;
    }
    return m_spans;
}

// The span reads as the gazetteer key found: its flags and its candidate entries.
void Recognizer::takeNames(Span &span, const QByteArray &key, const Gazetteer::Key &found) const
{
    span.key = key;
    span.keyFlags = found.flags;
    span.candidates.clear();
    span.candidates.reserve(found.candidateCount);
    for (quint32 c = 0; c < found.candidateCount; ++c)
        span.candidates.append(m_gazetteer.candidate(found.firstCandidate + c));
}

// "Hodeidah" for the gazetteer's "Hodeida", "Raqqah" for "Raqqa": Arabic names are written with
// and without a final h; a single capitalised word the gazetteer lacks is looked up the other way.
bool Recognizer::transliteratedVariant(int token, Span &span) const
{
    if (!(m_tokens[token].flags & HasUpper) || (m_tokens[token].flags & SentenceStart))
        return false;
    QByteArray key;
    appendToken(m_text, m_tokens[token], key);
    if (key.size() < 6 || !key.endsWith("ah"))
        return false;
    key.chop(1);
    const Gazetteer::Key found = m_gazetteer.lookup(key);
    if (!found.hasNames() || (found.flags & (Gazetteer::FirstName | Gazetteer::CommonWord)))
        return false;
    span.end = m_tokens[token].end;
    takeNames(span, key, found);
    return true;
}

// Drops candidates whose name was written in another case: "US" is the country, "Us" is not;
// "LONDON" is London only in a dateline.
bool Recognizer::keepCandidates(Span &span) const
{
    int letters = 0;
    bool allUpper = true;
    for (int t = span.firstToken; t <= span.lastToken; ++t) {
        const Token &token = m_tokens[t];
        if (!(token.flags & Letter))
            continue;
        letters += int(token.end - token.start);
        if (!(token.flags & AllUpper) && !(token.end - token.start == 1 && (token.flags & Upper)))
            allUpper = false;
    }
    allUpper = allUpper && letters >= 2;
    const bool dateline = m_tokens[span.firstToken].flags & LineStart;
    bool anyDemonym = false;
    QList<Gazetteer::Candidate> kept;
    kept.reserve(span.candidates.size());
    for (const Gazetteer::Candidate &c : std::as_const(span.candidates)) {
        const bool acronym = c.nameFlags & Gazetteer::Acronym;
        if (acronym && !allUpper)
            continue;
        if (!acronym && allUpper && !dateline)
            continue;
        anyDemonym = anyDemonym || (c.nameFlags & Gazetteer::Demonym);
        kept.append(c);
    }
    // "Canadian" is the adjective far more often than Canadian, Texas.
    if (anyDemonym)
        kept.removeIf([](const Gazetteer::Candidate &c) { return !(c.nameFlags & Gazetteer::Demonym); });
    span.candidates = kept;
    span.demonym = anyDemonym;
    return !kept.isEmpty();
}

bool Recognizer::rejected(const Span &span) const
{
    constexpr quint32 commonWordCityPopulation = 100000;
    const int first = span.firstToken;
    const int last = span.lastToken;
    const bool single = first == last;
    const int previous = first - 1;
    const int next = last + 1;

    if (single && (PlaceLexicon::isMonthOrWeekday(word(first)) || PlaceLexicon::isOrganisationName(word(first))))
        return true;

    bool country = false;
    bool strong = false; // a country, region or area, or a large city: safe where common words are
    quint32 largest = 0;
    for (const Gazetteer::Candidate &c : span.candidates) {
        const PlaceKind kind = m_gazetteer.kind(c.entry);
        country = country || kind == PlaceKind::Country;
        strong = strong || kind != PlaceKind::City;
        largest = std::max(largest, m_gazetteer.population(c.entry));
    }
    strong = strong || largest >= 1000000;

    const bool previousJoined = previous >= 0 && adjacent(previous, first) && !inPreviousSpan(previous);
    if (previousJoined && (m_tokens[previous].flags & Upper) && PlaceLexicon::isPersonTitle(word(previous)))
        return true;
    // "Randy George", "Dan Driscoll": a given name before makes this a surname.
    if (previousJoined && spaceOnly(previous, first) && isGivenName(previous))
        return true;
    const qsizetype end = m_tokens[last].end;
    if (end < m_text.size()) {
        const QChar after = m_text[end];
        // "US$5 million"; "Agence France-Presse"
        if (after == QLatin1Char('$'))
            return true;
        if (isDash(after) && next < m_tokens.size() && m_tokens[next].start == end + 1 && (m_tokens[next].flags & Upper)
            && !tokenKey(next).hasNames())
            return true;
    }
    const bool nextJoined = next < m_tokens.size() && spaceOnly(last, next) && (m_tokens[next].flags & Upper);
    if (nextJoined && PlaceLexicon::isOrganisationWord(word(next)))
        return true;
    // "Jordan Peterson", "Georgia Meloni": a given name followed by a surname.
    if (single && nextJoined && (span.keyFlags & Gazetteer::FirstName) && !(m_tokens[next].flags & AllUpper)) {
        const Gazetteer::Key key = tokenKey(next);
        if (!key.hasNames() && !(key.flags & Gazetteer::CommonWord) && !isRegionOrCountyWord(next))
            return true;
    }
    const bool sentenceStart = m_tokens[first].flags & SentenceStart;
    const bool afterPreposition = previous >= 0 && PlaceLexicon::isLocativePreposition(word(previous));
    // Once "Obama" or "Franklin" has been a surname in this text, it stays one; so does "Georgia" once
    // it has been a given name ("Georgia Stevens").
    if (single && !country && !afterPreposition && m_surnames.contains(span.key))
        return true;
    if (single && !afterPreposition && m_givenNames.contains(span.key))
        return true;
    if (span.keyFlags & Gazetteer::CommonWord) {
        if (sentenceStart && !country)
            return true;
        // "the Cooking Enterprise Project": an English word amid capitalised words is part of a title,
        // unless a country, region or large city bears it.
        if (!strong && single && previousJoined && spaceOnly(previous, first) && (m_tokens[previous].flags & Upper)
            && !(m_tokens[previous].flags & SentenceStart) && nextJoined)
            return true;
        // Capitalised inside a sentence, "Buffalo" or "Cairns" is the city when there is a sizeable one.
        if (!strong && !afterPreposition && largestByOwnName(span) < commonWordCityPopulation)
            return true;
    }
    if (strong)
        return false;
    // "Raynham Primary", "Lincoln Elementary": a school named after its town.
    if (nextJoined && PlaceLexicon::isSchoolWord(word(next)))
        return true;
    // "Volodymyr Zelensky", "Iskander missiles": a small town's other name is weak evidence.
    const bool onlyAlternates =
        std::all_of(span.candidates.cbegin(), span.candidates.cend(),
                    [](const Gazetteer::Candidate &c) { return c.nameFlags & Gazetteer::Alternate; });
    // ... unless a word for a settlement follows: "the Nuseirat refugee camp", "the Jenin camp".
    if (single && largest < 50000 && onlyAlternates && !afterPreposition && !namesSettlementAfter(next))
        return true;
    if (single && largest < 100000 && nextJoined && (onlyAlternates || (span.keyFlags & Gazetteer::FirstName))
        && !tokenKey(next).hasNames() && !isRegionOrCountyWord(next))
        return true;
    // A small place's name inside a run of capitalised words is more likely part of another name
    // (not after a sentence's first word that is a preposition: "In Fastiv, a drone hit ...").
    if (single && largest < 100000 && !sentenceStart && previousJoined && spaceOnly(previous, first)
        && (m_tokens[previous].flags & Upper) && !afterPreposition)
        return true;
    return false;
}

// The largest place the span names by its own (not an alternate) name.
quint32 Recognizer::largestByOwnName(const Span &span) const
{
    quint32 largest = 0;
    for (const Gazetteer::Candidate &c : span.candidates) {
        if (c.nameFlags & Gazetteer::Primary)
            largest = std::max(largest, m_gazetteer.population(c.entry));
    }
    return largest;
}

bool Recognizer::isGivenName(int token) const
{
    if (!(m_tokens[token].flags & Upper) || (m_tokens[token].flags & AllUpper))
        return false;
    const Gazetteer::Key key = tokenKey(token);
    return (key.flags & Gazetteer::FirstName) && !(key.flags & Gazetteer::CommonWord) && !key.hasNames();
}

// "Georgia Stevens", "Jordan Peterson": a place name that is also a given name, before a capitalised
// word that names no place.
bool Recognizer::isPlaceNamedGivenName(int token, int next) const
{
    if (!spaceOnly(token, next) || !(m_tokens[token].flags & Upper) || (m_tokens[token].flags & AllUpper)
        || (m_tokens[next].flags & AllUpper))
        return false;
    const Gazetteer::Key given = tokenKey(token);
    if (!(given.flags & Gazetteer::FirstName) || !given.hasNames())
        return false;
    const Gazetteer::Key surname = tokenKey(next);
    return !surname.hasNames() && !surname.isPrefix() && !(surname.flags & Gazetteer::CommonWord)
        && !isRegionOrCountyWord(next) && !PlaceLexicon::isOrganisationWord(word(next));
}

// Surnames, found where a given name or a title comes before a capitalised word.
void Recognizer::collectSurnames()
{
    for (int i = 1; i < m_tokens.size(); ++i) {
        const Token &token = m_tokens[i];
        if (!(token.flags & Upper) || (token.flags & AllUpper))
            continue;
        const int previous = i - 1;
        const bool titled =
            adjacent(previous, i) && (m_tokens[previous].flags & Upper) && PlaceLexicon::isPersonTitle(word(previous));
        // "Marco Rubio": a given name that is also a town still makes the next word a surname.
        const bool afterGivenName = spaceOnly(previous, i) && (m_tokens[previous].flags & Upper)
            && !(m_tokens[previous].flags & AllUpper) && (tokenKey(previous).flags & Gazetteer::FirstName);
        if (titled || afterGivenName) {
            QByteArray key;
            appendToken(m_text, token, key);
            m_surnames.insert(key);
        }
        if (isPlaceNamedGivenName(previous, i)) {
            QByteArray key;
            appendToken(m_text, m_tokens[previous], key);
            m_givenNames.insert(key);
        }
    }
}

// "western Ukraine": the area when the gazetteer names it.
std::optional<Span> Recognizer::directionalArea(const Span &span) const
{
    const int previous = span.firstToken - 1;
    if (previous < 0 || !spaceOnly(previous, span.firstToken) || !PlaceLexicon::isDirectionWord(word(previous)))
        return std::nullopt;
    QByteArray key;
    appendToken(m_text, m_tokens[previous], key);
    key.append(' ').append(span.key);
    const Gazetteer::Key found = m_gazetteer.lookup(key);
    if (!found.hasNames())
        return std::nullopt;
    Span area = span;
    area.start = m_tokens[previous].start;
    area.firstToken = previous;
    takeNames(area, key, found);
    return area;
}

void Recognizer::addCues(Span &span) const
{
    const int first = span.firstToken;
    const int next = span.lastToken + 1;
    if (next < m_tokens.size() && spaceOnly(span.lastToken, next) && PlaceLexicon::isRegionWord(word(next))) {
        span.kindCue = PlaceKind::Admin1;
        // "Kharkiv Oblast" is one name; "Kharkiv region" is a name and a description.
        if (m_tokens[next].flags & Upper) {
            span.end = m_tokens[next].end;
            span.lastToken = next;
        }
    }
    // "New York Gov. Andrew Cuomo", "Quebec Premier", "upstate New York": the region.
    const bool hasRegion =
        std::any_of(span.candidates.cbegin(), span.candidates.cend(),
                    [&](const Gazetteer::Candidate &c) { return m_gazetteer.kind(c.entry) == PlaceKind::Admin1; });
    if (!span.kindCue && hasRegion
        && ((next < m_tokens.size() && spaceOnly(span.lastToken, next) && (m_tokens[next].flags & Upper)
             && PlaceLexicon::isRegionOfficeWord(word(next)))
            || (first >= 1 && spaceOnly(first - 1, first) && PlaceLexicon::isStateSideWord(word(first - 1)))))
        span.kindCue = PlaceKind::Admin1;
    // "Dallas County", "PLYMOUTH CO.": a county, named like a town in it or near it.
    if (!span.kindCue && next < m_tokens.size() && spaceOnly(span.lastToken, next) && isCountyWord(next)) {
        span.county = true;
        span.end = m_tokens[next].end + (word(next).size() == 2 ? 1 : 0);
        span.lastToken = next;
    }
    // "Quebec City", "Panama City": the city, not its province or country.
    if (!span.kindCue && next < m_tokens.size() && spaceOnly(span.lastToken, next)
        && word(next) == QLatin1StringView("City")
        && std::any_of(span.candidates.cbegin(), span.candidates.cend(),
                       [&](const Gazetteer::Candidate &c) { return m_gazetteer.kind(c.entry) == PlaceKind::City; })) {
        span.kindCue = PlaceKind::City;
        span.end = m_tokens[next].end;
        span.lastToken = next;
    }
    // "the Russian region of Bryansk", "the city of Pokrovsk", "Russia's Belgorod region"
    if (first >= 2 && word(first - 1) == QLatin1StringView("of") && spaceOnly(first - 1, first)) {
        const QStringView noun = word(first - 2);
        if (PlaceLexicon::isRegionWord(noun))
            span.kindCue = PlaceKind::Admin1;
        else if (PlaceLexicon::isSettlementWord(noun))
            span.kindCue = PlaceKind::City;
        if (span.kindCue) {
            for (int t = first - 3; t >= 0 && t >= first - 5; --t) {
                if (!(m_tokens[t].flags & Upper))
                    continue;
                const Gazetteer::Key key = tokenKey(t);
                for (quint32 c = 0; c < key.candidateCount; ++c) {
                    const Gazetteer::Candidate candidate = m_gazetteer.candidate(key.firstCandidate + c);
                    if (m_gazetteer.kind(candidate.entry) == PlaceKind::Country) {
                        span.countryCue = m_gazetteer.countryKey(candidate.entry);
                        break;
                    }
                }
                break;
            }
        }
    }
    if (first >= 1 && isPossessiveSeparator(m_text, m_tokens[first - 1], m_tokens[first])) {
        const Gazetteer::Key key = tokenKey(first - 1);
        for (quint32 c = 0; c < key.candidateCount; ++c) {
            const Gazetteer::Candidate candidate = m_gazetteer.candidate(key.firstCandidate + c);
            if (m_gazetteer.kind(candidate.entry) == PlaceKind::Country) {
                span.countryCue = m_gazetteer.countryKey(candidate.entry);
                break;
            }
        }
    }
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 4); // news runs about one word to five or six characters
    bool sentenceStart = true;
    bool lineStart = true;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber()) {
            if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                sentenceStart = true;
            else if (c == QLatin1Char('\n') || c == QChar(0x2029)) {
                sentenceStart = true;
                lineStart = true;
            }
            ++i;
            continue;
        }
        const qsizetype start = i;
        qsizetype segment = i; // start of the letters since the last internal period ("U.S", "W.Va")
        qsizetype end = -1; // set when a possessive "'s" ends the word before i
        int letters = 0; // of the word, counted as it is read
        int upper = 0;
        while (i < n) {
            const QChar d = text[i];
            if (d.isLetterOrNumber() || (d.unicode() >= 0x80 && d.isMark())) { // no ASCII character is a mark
                if (d.isLetter()) {
                    ++letters;
                    upper += d.isUpper() ? 1 : 0;
                }
                ++i;
                continue;
            }
            if (isApostrophe(d) && i + 1 < n && text[i + 1].isLetter()) {
                const bool possessive = (text[i + 1] == QLatin1Char('s') || text[i + 1] == QLatin1Char('S'))
                    && (i + 2 >= n || !text[i + 2].isLetterOrNumber());
                if (possessive) {
                    end = i;
                    i += 2;
                    break;
                }
                ++i;
                continue;
            }
            if (d == QLatin1Char('.') && i + 1 < n && text[i + 1].isLetter() && i - segment <= 2
                && text[i - 1].isLetter()) {
                ++i;
                segment = i;
                continue;
            }
            break;
        }
        if (end < 0)
            end = i;
        quint8 flags = 0;
        if (c.isLetter()) {
            flags |= Letter;
            if (c.isUpper() || c.isTitleCase())
                flags |= Upper;
            if (upper > 0)
                flags |= HasUpper;
            if (upper == letters && letters >= 2)
                flags |= AllUpper;
        }
        if (sentenceStart)
            flags |= SentenceStart;
        if (lineStart)
            flags |= LineStart;
        sentenceStart = false;
        lineStart = false;
        // Written in place, field by field: a token built aside is copied in with one wide read
        // of what was just written narrowly, which stalls.
        Token &token = tokens.emplaceBack();
        token.start = start;
        token.end = end;
        token.flags = flags;
    }
    return tokens;
}

QList<Span> recognize(const Gazetteer &gazetteer, QStringView text, const QList<Token> &tokens)
{
    return Recognizer(gazetteer, text, tokens).run();
}

} // namespace Sitrep::Places
