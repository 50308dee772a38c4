// SPDX-License-Identifier: GPL-3.0-or-later
#include "actors/actortokens.h"

#include "actors/actorlexicon.h"

#include <algorithm>
#include <array>

namespace Sitrep::Actors {

namespace {

// What the tokenizer asks of an ASCII character, nearly every character of English news, answered
// from one table rather than by QChar's chains of comparisons.
enum AsciiClass : std::uint8_t {
    SpaceChar = 1, // as QChar::isSpace
    LineBreak = 2,
    WordChar = 4, // a letter or a digit
    LowerChar = 8,
    UpperChar = 0x20, // the bit that lowers an ASCII capital
};

constexpr std::array<std::uint8_t, 128> kAsciiClasses = [] {
    std::array<std::uint8_t, 128> classes {};
    for (char16_t c = 0; c < 128; ++c) {
        std::uint8_t k = 0;
        if (c == u' ' || (c >= 0x09 && c <= 0x0d))
            k |= SpaceChar;
        if (c == u'\n' || c == u'\r')
            k |= LineBreak;
        if (c >= u'0' && c <= u'9')
            k |= WordChar;
        if (c >= u'A' && c <= u'Z')
            k |= WordChar | UpperChar;
        if (c >= u'a' && c <= u'z')
            k |= WordChar | LowerChar;
        classes[c] = k;
    }
    return classes;
}();

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// The classes of any character, as far as the tokenizer's main loop asks: space, line break, word.
std::uint8_t classOf(QChar c)
{
    if (c.unicode() < 0x80)
        return kAsciiClasses[c.unicode()];
    if (c.isSpace())
        return c.unicode() == 0x2029 ? SpaceChar | LineBreak : SpaceChar;
    return c.isLetterOrNumber() || c.isMark() ? WordChar : 0;
}

bool isWordChar(QChar c)
{
    // Marks are all outside ASCII, where most characters are.
    if (c.unicode() < 0x80)
        return (kAsciiClasses[c.unicode()] & WordChar) != 0;
    return c.isLetterOrNumber() || c.isMark();
}

// A word as the tokenizer scans it: while its characters are ASCII, each is lowered into the lowered
// copy and hashed on the way, so that the word need not be read again.
struct WordScan
{
    qsizetype end = 0;
    quint32 hash = kWordHashSeed;
    std::uint8_t seen = 0; // the classes of the word's characters
    bool ascii = true;

    bool upper() const { return !(seen & LowerChar); } // no lower-case letter

    void take(char16_t *lowered, qsizetype k, char16_t c)
    {
        if (!ascii || c >= 0x80) {
            ascii = false;
            return;
        }
        const std::uint8_t cls = kAsciiClasses[c];
        seen |= cls;
        lowered[k] = c | (cls & UpperChar);
        hash = wordHashStep(hash, lowered[k]);
    }
};

// Words run on through inner hyphens and apostrophes ("al-Sharaa", "O'Brien"), but not into a
// possessive 's.
WordScan scanWord(QStringView text, qsizetype i, char16_t *lowered)
{
    const qsizetype n = text.size();
    const char16_t *chars = text.utf16();
    WordScan scan;
    qsizetype j = i;
    // Letters and digits of ASCII, most of any word, without the checks for the rest.
    quint32 hash = kWordHashSeed;
    std::uint8_t seen = 0;
    for (; j < n; ++j) {
        const char16_t c = chars[j];
        if (c >= 0x80)
            break;
        const std::uint8_t cls = kAsciiClasses[c];
        if (!(cls & WordChar))
            break;
        seen |= cls;
        const char16_t lower = c | (cls & UpperChar);
        lowered[j] = lower;
        hash = wordHashStep(hash, lower);
    }
    scan.hash = hash;
    scan.seen = seen;
    // Most words end at a space or at ASCII punctuation that joins no words.
    if (j == n || (chars[j] < 0x80 && chars[j] != u'-' && chars[j] != u'\'')) {
        scan.end = j;
        return scan;
    }
    while (j < n) {
        const QChar c = text[j];
        if (isWordChar(c)) {
            scan.take(lowered, j, c.unicode());
            ++j;
        } else if ((c == u'-' || isApostrophe(c)) && j + 1 < n && text[j + 1].isLetter()
                   && !(isApostrophe(c) && text[j + 1] == u's' && (j + 2 >= n || !isWordChar(text[j + 2])))) {
            scan.take(lowered, j, c.unicode());
            scan.take(lowered, j + 1, text[j + 1].unicode());
            j += 2;
        } else {
            break;
        }
    }
    scan.end = j;
    return scan;
}

// "MoscowRussia": a dateline glued to the first word. Splits where a lower-case letter meets a
// capital after at least four letters, so that "McDonald" and "MacArthur" stay whole.
qsizetype gluedSplit(QStringView word)
{
    for (qsizetype k = 4; k + 3 <= word.size(); ++k) {
        if (word[k].isUpper() && word[k - 1].isLower() && word[k + 1].isLower()) {
            for (qsizetype p = 0; p < k; ++p) {
                if (!word[p].isLetter())
                    return 0;
            }
            return k;
        }
    }
    return 0;
}

// A word whose lower case has another length ("İ") keeps a string of its own.
QStringView lowerOf(QStringView text, TokenizedText &out, qsizetype start, qsizetype end)
{
    const QString lower = text.sliced(start, end - start).toString().toLower();
    if (lower.size() != end - start) {
        out.ownLowered.append(lower);
        return out.ownLowered.last();
    }
    std::copy(lower.begin(), lower.end(), out.lowered.begin() + start);
    return QStringView(out.lowered).sliced(start, end - start);
}

// A word lowered into the same offsets of the lowered copy, which the token views. ASCII words,
// nearly all of them, are read once, without the Unicode tables. The token is written where it
// stays, a new one at the end of the list: a token built aside and copied in is read back whole
// just after its flags were written byte by byte, which stalls the copy.
void makeWord(Token &t, QStringView text, TokenizedText &out, qsizetype start, qsizetype end)
{
    t.kind = Token::Kind::Word;
    t.start = start;
    t.end = end;
    t.text = text.sliced(start, end - start);
    char16_t *lowered = reinterpret_cast<char16_t *>(out.lowered.data());
    quint32 hash = kWordHashSeed;
    int letters = 0;
    bool upper = true;
    qsizetype k = start;
    for (; k < end; ++k) {
        const char16_t c = text[k].unicode();
        if (c >= 0x80)
            break;
        const bool isUpper = c >= u'A' && c <= u'Z';
        const bool isLower = c >= u'a' && c <= u'z';
        letters += isUpper || isLower;
        upper = upper && !isLower;
        lowered[k] = isUpper ? char16_t(c + (u'a' - u'A')) : c;
        hash = wordHashStep(hash, lowered[k]);
    }
    if (k == end) {
        t.lower = QStringView(lowered + start, end - start);
        t.lexeme = lexeme(t.lower, hash);
    } else {
        t.lower = lowerOf(text, out, start, end);
        t.lexeme = lexeme(t.lower);
        letters = 0;
        upper = true;
        for (QChar c : t.text) {
            if (c.isLetter()) {
                ++letters;
                upper = upper && c.isUpper();
            }
        }
    }
    t.capitalized = t.text.at(0).isUpper();
    t.allCaps = letters >= 2 && upper;
}

// A word that scanWord lowered and hashed whole.
void makeAsciiWord(Token &t, QStringView text, quint32 hash, bool upper, const char16_t *lowered, qsizetype start,
                   qsizetype end)
{
    t.kind = Token::Kind::Word;
    t.start = start;
    t.end = end;
    t.text = text.sliced(start, end - start);
    t.lower = QStringView(lowered + start, end - start);
    t.lexeme = lexeme(t.lower, hash);
    t.capitalized = (kAsciiClasses[t.text.at(0).unicode()] & UpperChar) != 0;
    // Letters are counted only in the few words with no lower-case letter.
    int letters = 0;
    for (qsizetype k = start; upper && k < end && letters < 2; ++k)
        letters += (kAsciiClasses[text[k].unicode()] & UpperChar) != 0;
    t.allCaps = letters >= 2;
}

} // namespace

TokenizedText tokenize(QStringView text)
{
    TokenizedText out;
    // Written word by word; characters outside words are never read.
    out.lowered = QString(text.size(), Qt::Uninitialized);
    char16_t *lowered = reinterpret_cast<char16_t *>(out.lowered.data());
    std::vector<Token> &tokens = out.tokens;
    // About one token in five characters of news text; the guess saves most regrowth.
    tokens.reserve(size_t(text.size() / 4 + 16));
    const qsizetype n = text.size();
    bool space = true;
    bool newSentence = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        const std::uint8_t cls = classOf(c);
        if (cls & SpaceChar) {
            if (cls & LineBreak)
                newSentence = true;
            space = true;
            ++i;
            continue;
        }
        if (cls & WordChar) {
            qsizetype j = i;
            // "U.S.", "U.N.": single capitals each followed by a full stop.
            while (j + 1 < n && text[j].isUpper() && text[j + 1] == u'.'
                   && (j + 2 >= n || !isWordChar(text[j + 2]) || text[j + 2].isUpper()))
                j += 2;
            if (j - i >= 4) {
                Token &t = tokens.emplace_back();
                makeWord(t, text, out, i, j);
                t.allCaps = true;
                t.spaceBefore = space;
                t.sentenceStart = newSentence;
                space = false;
                newSentence = false;
                i = j;
                continue;
            }
            const WordScan scan = scanWord(text, i, lowered);
            j = scan.end;
            const qsizetype end = j;
            bool possessive = false;
            if (j < n && isApostrophe(text[j])) {
                if (j + 1 < n && text[j + 1] == u's' && (j + 2 >= n || !isWordChar(text[j + 2]))) {
                    possessive = true;
                    j += 2;
                } else if (text[j - 1] == u's' && (j + 1 >= n || !isWordChar(text[j + 1]))) {
                    possessive = true;
                    j += 1;
                }
            }
            const qsizetype split = end - i >= 7 ? gluedSplit(text.mid(i, end - i)) : 0;
            if (split) {
                Token &first = tokens.emplace_back();
                makeWord(first, text, out, i, i + split);
                first.spaceBefore = space;
                first.sentenceStart = newSentence;
                newSentence = false;
                space = false;
                i += split;
            }
            Token &t = tokens.emplace_back();
            if (scan.ascii && !split)
                makeAsciiWord(t, text, scan.hash, scan.upper(), lowered, i, end);
            else
                makeWord(t, text, out, i, end);
            t.possessive = possessive;
            t.spaceBefore = space;
            t.sentenceStart = newSentence;
            if (t.text.at(0).isDigit())
                t.kind = Token::Kind::Number;
            space = false;
            newSentence = false;
            i = j;
            continue;
        }
        Token &t = tokens.emplace_back();
        t.start = i;
        t.end = i + 1;
        t.text = text.sliced(i, 1);
        t.lower = t.text;
        t.spaceBefore = space;
        space = false;
        if (c == u'!' || c == u'?' || c == u':')
            newSentence = true;
        if (c == u'.') {
            // A full stop after a title, an initial or a month abbreviation ends no sentence.
            const Token *prev = tokens.size() >= 2 ? &tokens[tokens.size() - 2] : nullptr;
            const bool abbreviation = prev && prev->isWord()
                && (prev->has(Honorific | RankAbbreviation | DateWord)
                    || (prev->text.size() == 1 && prev->capitalized));
            newSentence = !abbreviation;
        }
        ++i;
    }
    return out;
}

} // namespace Sitrep::Actors
