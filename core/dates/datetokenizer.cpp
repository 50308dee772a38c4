// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/datetokenizer.h"

namespace Sitrep::Dates {

namespace {

constexpr qsizetype longestLexiconWord = 16;

// hyphens (the Unicode hyphen and its non-breaking form too), figure, en and em dashes, and the slash
bool isDashOrSlash(char16_t c)
{
    return c == u'-' || c == u'/' || (c >= u'\u2010' && c <= u'\u2014');
}

// Quotes and brackets that close what a sentence's final period ends: `He left."`, `(in May.)`
bool isClosing(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u'\u2019' || u == u'\u201d' || u == u')' || u == u']';
}

// Whether a period after `previous` ends the sentence: not after a month or title abbreviation,
// an initial, or "a.m."/"p.m.", and only when whitespace and a capital or the end follow.
bool periodEndsSentence(const DateToken *previous, QStringView text, qsizetype next)
{
    if (previous && previous->isWord()) {
        if (previous->end - previous->start == 1)
            return false;
        if (previous->lex
            && (previous->lex->abbreviated || previous->lex->word == Word::Abbreviation
                || previous->lex->word == Word::OrdinalSuffix))
            return false;
    }
    while (next < text.size() && isClosing(text[next]))
        ++next;
    if (next >= text.size())
        return true;
    if (!text[next].isSpace())
        return false;
    while (next < text.size() && text[next].isSpace())
        ++next;
    return next >= text.size() || text[next].isUpper() || !text[next].isLetterOrNumber();
}

} // namespace

void tokenize(QStringView text, std::vector<DateToken> &tokens, qint32 firstSentence)
{
    tokens.clear();
    qint32 sentence = firstSentence;
    bool ended = false; // the sentence ended; closing quotes and brackets still belong to it
    bool space = true;
    char16_t lower[longestLexiconWord];
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        // Written in place: a token built aside is copied in with wide reads of what was just
        // written narrowly, which stalls.
        DateToken &token = tokens.emplace_back();
        token.start = qint32(i);
        token.spaceBefore = space;
        if (ended && !isClosing(c)) {
            ++sentence;
            ended = false;
        }
        token.sentence = sentence;
        space = false;
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            qint64 value = 0;
            qsizetype j = i;
            while (j < size && text[j].unicode() >= u'0' && text[j].unicode() <= u'9') {
                if (j - i < 9)
                    value = value * 10 + (text[j].unicode() - u'0');
                ++j;
            }
            token.kind = DateToken::Kind::Number;
            token.digits = std::uint8_t(std::min<qsizetype>(j - i, 255));
            token.number = j - i <= 9 ? qint32(value) : -1;
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            bool fits = true;
            std::uint32_t hash = wordHashSeed;
            qsizetype k = 0;
            while (j < size) {
                // a soft hyphen or zero-width space inside a word ("Decem\u00adber") is not seen
                if (!text[j].isLetter()) {
                    // (the soft hyphen, U+00AD, is the first such character: below it no category is asked)
                    if (j + 1 < size && text[j].unicode() >= u'\u00ad' && text[j].category() == QChar::Other_Format
                        && text[j + 1].isLetter()) {
                        ++j;
                        continue;
                    }
                    break;
                }
                const char16_t letter = text[j].unicode();
                if (k < longestLexiconWord && letter < 128) {
                    lower[k] = letter >= u'A' && letter <= u'Z' ? letter + (u'a' - u'A') : letter;
                    hash = wordHashStep(hash, lower[k]);
                } else {
                    fits = false;
                }
                ++k;
                ++j;
            }
            token.kind = DateToken::Kind::Word;
            token.capitalized = c.isUpper();
            if (fits)
                token.lex = lookupWord(QStringView(lower, k), hash);
            // "trucks", "patients", "million": what a rate counts ("500 trucks a day")
            if (j - i > 3) {
                const char16_t last = text[j - 1].unicode(), before = text[j - 2].unicode();
                token.countsThings = (last == u's' && before != u's' && before != u'u')
                    || (j - i > 6 && last == u'n' && before == u'o' && text[j - 3].unicode() == u'i'
                        && text[j - 4].unicode() == u'l' && text[j - 5].unicode() == u'l'); // "-llion"
            }
            i = j;
        } else {
            token.kind = DateToken::Kind::Punct;
            token.ch = isDashOrSlash(u) && u != u'/' ? u'-' : (u == u'\u2019' || u == u'\u2018' ? u'\'' : u);
            ++i;
        }
        token.end = qint32(i);
        const bool endsSentence = token.kind == DateToken::Kind::Punct
            && (token.ch == u'!' || token.ch == u'?'
                || (token.ch == u'.'
                    && periodEndsSentence(tokens.size() < 2 ? nullptr : &tokens[tokens.size() - 2], text, i)));
        ended = ended || endsSentence;
    }
}

} // namespace Sitrep::Dates
