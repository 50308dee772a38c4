// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/quantity.h"

#include <QSet>

#include <array>
#include <cmath>

namespace Sitrep::Figures {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

struct NumberWord
{
    QStringView word;
    int value;
};

constexpr std::array<NumberWord, 28> kNumberWords {{
    {u"zero", 0},      {u"one", 1},       {u"two", 2},       {u"three", 3},    {u"four", 4},     {u"five", 5},
    {u"six", 6},       {u"seven", 7},     {u"eight", 8},     {u"nine", 9},     {u"ten", 10},     {u"eleven", 11},
    {u"twelve", 12},   {u"thirteen", 13}, {u"fourteen", 14}, {u"fifteen", 15}, {u"sixteen", 16}, {u"seventeen", 17},
    {u"eighteen", 18}, {u"nineteen", 19}, {u"twenty", 20},   {u"thirty", 30},  {u"forty", 40},   {u"fifty", 50},
    {u"sixty", 60},    {u"seventy", 70},  {u"eighty", 80},   {u"ninety", 90},
}};

int numberWord(const Token &t)
{
    if (!t.isWord())
        return -1;
    for (const NumberWord &w : kNumberWords) {
        if (t.lower == w.word)
            return w.value;
    }
    return -1;
}

long long multiplier(const Token &t)
{
    if (!t.isWord())
        return 0;
    if (sameText(t.lower, u"hundred"))
        return 100;
    if (sameText(t.lower, u"thousand"))
        return 1000;
    if (sameText(t.lower, u"million"))
        return 1000000;
    if (sameText(t.lower, u"billion"))
        return 1000000000;
    return 0;
}

// A vague plural and the number it is coded as: one of its unit (see README.md).
long long vaguePlural(const Token &t)
{
    if (!t.isWord())
        return 0;
    static const struct
    {
        QStringView word;
        long long value;
    } plurals[] = {{u"tens", 10},      {u"dozens", 12},      {u"scores", 20},
                   {u"hundreds", 100}, {u"thousands", 1000}, {u"millions", 1000000}};
    for (const auto &p : plurals) {
        if (t.lower == p.word)
            return p.value;
    }
    return 0;
}

struct Qualifier
{
    std::array<QStringView, 3> words;
    Bound bound;
};

// Longest phrases first where one begins another.
const Qualifier kQualifiers[] = {
    {{u"no", u"fewer", u"than"}, Bound::AtLeast},
    {{u"no", u"less", u"than"}, Bound::AtLeast},
    {{u"not", u"less", u"than"}, Bound::AtLeast},
    {{u"a", u"minimum", u"of"}, Bound::AtLeast},
    {{u"at", u"least"}, Bound::AtLeast},
    {{u"more", u"than"}, Bound::AtLeast},
    {{u"well", u"over"}, Bound::AtLeast},
    {{u"upwards", u"of"}, Bound::AtLeast},
    {{u"in", u"excess", u"of"}, Bound::AtLeast},
    {{u"over"}, Bound::AtLeast},
    {{u"an", u"estimated"}, Bound::About},
    {{u"approximately"}, Bound::About},
    {{u"about"}, Bound::About},
    {{u"around"}, Bound::About},
    {{u"roughly"}, Bound::About},
    {{u"some"}, Bound::About},
    {{u"estimated"}, Bound::About},
    {{u"close", u"to"}, Bound::AtMost},
    {{u"just", u"under"}, Bound::AtMost},
    {{u"fewer", u"than"}, Bound::AtMost},
    {{u"less", u"than"}, Bound::AtMost},
    {{u"nearly"}, Bound::AtMost},
    {{u"almost"}, Bound::AtMost},
    {{u"up", u"to"}, Bound::AtMost},
    {{u"as", u"many", u"as"}, Bound::AtMost},
    {{u"a", u"maximum", u"of"}, Bound::AtMost},
};

// Words that carry no qualifier but may stand between a verb and its count.
const std::array<QStringView, 3> kFillerPhrases[] = {
    {u"a", u"total", u"of"},
    {u"a", u"record"},
};

int matchPhrase(const QList<Token> &tokens, int i, const std::array<QStringView, 3> &words)
{
    int j = i;
    for (QStringView w : words) {
        if (w.isEmpty())
            break;
        if (j >= tokens.size() || !tokens[j].is(w))
            return -1;
        ++j;
    }
    return j;
}

struct Number
{
    long long value = 0;
    int next = -1;
    bool article = false;
};

Number readNumber(const QList<Token> &tokens, int i)
{
    const auto at = [&](int k) -> const Token * {
        return k >= 0 && k < tokens.size() ? &tokens[k] : nullptr;
    };
    const Token *t = at(i);
    if (!t)
        return {};
    if (t->kind == Token::Kind::Number) {
        double v = t->number;
        int next = i + 1;
        if (const Token *m = at(next); m && multiplier(*m) > 0) {
            v = std::round(v * double(multiplier(*m))); // "1.2 million" is not 1199999.99...
            ++next;
        }
        if (v != double((long long)v) || v > 2e9)
            return {};
        return {(long long)v, next, false};
    }
    if (t->is(u"a") || t->is(u"an")) {
        if (const Token *m = at(i + 1); m && (multiplier(*m) > 0 || m->is(u"dozen")))
            return {m->is(u"dozen") ? 12 : multiplier(*m), i + 2, false};
        return {1, i + 1, true};
    }
    if (t->is(u"half") && at(i + 2) && tokens[i + 1].is(u"a") && tokens[i + 2].is(u"dozen"))
        return {6, i + 3, false};

    long long total = 0;
    long long current = 0;
    bool seen = false;
    bool afterMultiplier = false;
    int j = i;
    while (const Token *w = at(j)) {
        if (const int v = numberWord(*w); v >= 0) {
            // After "forty" only a unit may follow ("forty two"); "two three" is no number.
            const bool tensThenUnit = current % 100 >= 20 && current % 10 == 0 && v > 0 && v < 10;
            if (seen && !afterMultiplier && !tensThenUnit)
                break;
            current += v;
            seen = true;
            afterMultiplier = false;
            ++j;
            // "forty-two"
            if (v >= 20 && v % 10 == 0 && at(j + 1) && tokens[j].is(u"-") && !tokens[j + 1].spaceBefore) {
                if (const int u = numberWord(tokens[j + 1]); u > 0 && u < 10) {
                    current += u;
                    j += 2;
                }
            }
        } else if (seen && w->is(u"hundred")) {
            current = current * 100;
            afterMultiplier = true;
            ++j;
        } else if (seen && multiplier(*w) >= 1000) {
            total += current * multiplier(*w);
            current = 0;
            afterMultiplier = true;
            ++j;
        } else if (seen && w->is(u"dozen")) {
            current *= 12;
            ++j;
        } else if (seen && afterMultiplier && w->is(u"and") && at(j + 1) && numberWord(tokens[j + 1]) > 0) {
            ++j;
        } else {
            break;
        }
    }
    if (!seen)
        return {};
    return {total + current, j, false};
}

// "dozens", "tens of thousands", "several hundred", "a few".
Quantity readVague(const QList<Token> &tokens, int i)
{
    const auto at = [&](int k) -> const Token * {
        return k >= 0 && k < tokens.size() ? &tokens[k] : nullptr;
    };
    Quantity q;
    q.first = i;
    q.bound = Bound::Vague;
    const Token &t = tokens[i];
    int j = i;
    long long value = 0;
    if (const long long plural = vaguePlural(t)) {
        value = plural;
        j = i + 1;
        // "tens of thousands", "hundreds of thousands"
        if (at(j + 1) && tokens[j].is(u"of") && vaguePlural(tokens[j + 1]) > plural
            && vaguePlural(tokens[j + 1]) >= 100) {
            value *= vaguePlural(tokens[j + 1]);
            j += 2;
        } else if (t.is(u"tens") && !(at(j) && tokens[j].is(u"of"))) {
            return {};
        }
    } else {
        long long fallback = 0;
        if (t.is(u"several") || t.is(u"many") || t.is(u"numerous") || t.is(u"multiple")) {
            fallback = 10;
            j = i + 1;
        } else if (t.is(u"a") && at(i + 1) && (tokens[i + 1].is(u"few") || tokens[i + 1].is(u"handful"))) {
            fallback = 3;
            j = i + 2;
        } else if (t.is(u"a") && at(i + 1) && tokens[i + 1].is(u"couple")) {
            fallback = 2;
            j = i + 2;
        } else {
            return {};
        }
        value = fallback;
        if (const Token *m = at(j); m && (multiplier(*m) > 0 || m->is(u"dozen"))) {
            value = m->is(u"dozen") ? 12 : multiplier(*m);
            ++j;
        }
    }
    if (at(j) && tokens[j].is(u"of"))
        ++j;
    q.value = value;
    q.next = j;
    return q;
}

QString joinLower(const QList<Token> &tokens, int from, int to)
{
    QString s;
    for (int k = from; k < to; ++k) {
        if (!s.isEmpty())
            s += u' ';
        s += tokens[k].lower;
    }
    return s;
}

} // namespace

bool isMonthName(QStringView lower)
{
    static const QStringView months[] = {u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                         u"july",    u"august",   u"september", u"october", u"november", u"december",
                                         u"jan",     u"feb",      u"mar",       u"apr",     u"jun",      u"jul",
                                         u"aug",     u"sep",      u"sept",      u"oct",     u"nov",      u"dec"};
    for (QStringView m : months) {
        if (lower == m)
            return true;
    }
    return false;
}

namespace {

// The word in lower case: ASCII words (most) in place in storage.lowered, others in a string of
// their own, since their lower case may differ in length.
QStringView lowerCase(QStringView text, qsizetype start, qsizetype end, TokenText &storage)
{
    char16_t *out = reinterpret_cast<char16_t *>(storage.lowered.data());
    for (qsizetype k = start; k < end; ++k) {
        const char16_t u = text[k].unicode();
        if (u >= 0x80) {
            storage.own.append(text.sliced(start, end - start).toString().toLower());
            return storage.own.back();
        }
        out[k] = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    }
    return QStringView(out + start, end - start);
}

} // namespace

QList<Token> tokenize(QStringView text, TokenText &storage)
{
    storage.lowered = QString(text.size(), Qt::Uninitialized); // written word by word
    storage.own.clear();
    QList<Token> tokens;
    tokens.reserve(text.size() / 4 + 1); // news runs about one token to five characters
    const qsizetype n = text.size();
    bool space = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        // Written in place: a token built aside is copied in with wide reads of what was just
        // written narrowly, which stalls.
        Token &t = tokens.emplaceBack();
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (c.isDigit()) {
            qsizetype j = i;
            QString digits;
            while (j < n && text[j].isDigit())
                digits += text[j++];
            // Thousands groups: "1,500", "12,000,000"; not "1,2" nor "2,0001".
            while (j + 3 < n && text[j] == u',' && text[j + 1].isDigit() && text[j + 2].isDigit()
                   && text[j + 3].isDigit() && (j + 4 >= n || !text[j + 4].isDigit())) {
                digits += text.mid(j + 1, 3);
                j += 4;
                t.grouped = true;
            }
            if (j + 1 < n && text[j] == u'.' && text[j + 1].isDigit()) {
                digits += u'.';
                ++j;
                while (j < n && text[j].isDigit())
                    digits += text[j++];
            }
            t.kind = Token::Kind::Number;
            t.number = digits.toDouble();
            storage.own.append(digits);
            t.lower = storage.own.back();
            t.end = j;
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            // No ASCII character is a mark: QChar::isMark, out of line, is asked only beyond ASCII.
            while (j < n
                   && (text[j].isLetterOrNumber() || (text[j].unicode() >= 0x80 && text[j].isMark())
                       || (isApostrophe(text[j]) && j + 1 < n && text[j + 1].isLetter())))
                ++j;
            t.kind = Token::Kind::Word;
            t.lower = lowerCase(text, i, j, storage);
            t.capitalized = c.isUpper();
            t.end = j;
            i = j;
        } else {
            t.kind = Token::Kind::Punct;
            // Dashes all read as a hyphen: "10–12", "forty–two".
            t.lower = (c == u'\u2013' || c == u'\u2014') ? QStringView(u"-") : text.sliced(i, 1);
            t.end = i + 1;
            ++i;
        }
    }
    return tokens;
}

// Whether a quantity can begin with this token: a number, or a word that opens one of the forms
// below. Most words of a sentence open none; one lookup rules them out before the phrase tables.
bool mayStartQuantity(const Token &token)
{
    if (token.kind == Token::Kind::Number)
        return true;
    if (token.kind != Token::Kind::Word)
        return false;
    // Views of literals, which live as long as the program.
    static const WordSet starters = [] {
        WordSet words {u"no", u"none", u"nobody", u"between", u"several", u"many",     u"numerous",  u"multiple", u"a",
                       u"an", u"half", u"tens",   u"dozens",  u"scores",  u"hundreds", u"thousands", u"millions"};
        for (const NumberWord &word : kNumberWords)
            words.insert(wordKey(word.word));
        for (const auto &filler : kFillerPhrases)
            words.insert(wordKey(filler.front()));
        for (const Qualifier &qualifier : kQualifiers)
            words.insert(wordKey(qualifier.words.front()));
        return words;
    }();
    return starters.contains(wordKey(token.lower));
}

Quantity readQuantity(const QList<Token> &tokens, int i)
{
    if (i < 0 || i >= tokens.size() || !mayStartQuantity(tokens[i]))
        return {};
    const auto at = [&](int k) -> const Token * {
        return k >= 0 && k < tokens.size() ? &tokens[k] : nullptr;
    };

    if (tokens[i].is(u"no") || tokens[i].is(u"none") || tokens[i].is(u"nobody")) {
        Quantity q;
        q.first = i;
        q.next = (tokens[i].is(u"no") && at(i + 1) && tokens[i + 1].is(u"one")) ? i + 2 : i + 1;
        q.value = 0;
        return q;
    }

    if (tokens[i].is(u"between")) {
        const Number lowNumber = readNumber(tokens, i + 1);
        if (lowNumber.next < 0 || lowNumber.article || !at(lowNumber.next) || !tokens[lowNumber.next].is(u"and"))
            return {};
        const Number highNumber = readNumber(tokens, lowNumber.next + 1);
        if (highNumber.next < 0 || highNumber.article || highNumber.value <= lowNumber.value)
            return {};
        Quantity q;
        q.first = i;
        q.next = highNumber.next;
        q.value = lowNumber.value;
        q.high = highNumber.value;
        q.bound = Bound::Range;
        q.qualifier = QStringLiteral("between");
        return q;
    }

    Quantity q;
    q.first = i;
    int j = i;
    for (const auto &filler : kFillerPhrases) {
        if (const int end = matchPhrase(tokens, j, filler); end > 0) {
            j = end;
            break;
        }
    }
    for (const Qualifier &qualifier : kQualifiers) {
        if (const int end = matchPhrase(tokens, j, qualifier.words); end > 0) {
            q.bound = qualifier.bound;
            q.qualifier = joinLower(tokens, j, end);
            j = end;
            break;
        }
    }

    if (Quantity vague = readVague(tokens, j)) {
        vague.first = i;
        return vague;
    }

    const Number number = readNumber(tokens, j);
    if (number.next < 0 || (number.article && q.bound != Bound::Exact))
        return {};
    q.value = number.value;
    q.article = number.article;
    q.next = number.next;
    if (number.article)
        return q;

    const int k = number.next;
    if (q.bound == Bound::Exact && at(k + 1) && tokens[k].is(u"or") && tokens[k + 1].is(u"more")) {
        q.bound = Bound::AtLeast;
        q.qualifier = QStringLiteral("or more");
        q.next = k + 2;
        return q;
    }
    // "20-26", "20 to 26", "two or three"; "from 20 to 26" is a change, not a range.
    const bool afterFrom = at(i - 1) && tokens[i - 1].is(u"from");
    if (q.bound == Bound::Exact && at(k + 1)
        && ((tokens[k].is(u"-") && tokens[j].kind == Token::Kind::Number && tokens[k + 1].kind == Token::Kind::Number)
            || (tokens[k].is(u"to") && !afterFrom) || tokens[k].is(u"or"))) {
        const Number highNumber = readNumber(tokens, k + 1);
        if (highNumber.next >= 0 && !highNumber.article && highNumber.value > number.value) {
            q.high = highNumber.value;
            q.bound = Bound::Range;
            q.next = highNumber.next;
        }
    }
    return q;
}

} // namespace Sitrep::Figures
