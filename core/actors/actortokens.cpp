// SPDX-License-Identifier: GPL-3.0-or-later
#include "actors/actortokens.h"

#include "actors/actorlexicon.h"

#include <algorithm>

namespace Sitrep::Actors {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordChar(QChar c)
{
    // Marks are all outside ASCII, where most characters are.
    return c.isLetterOrNumber() || (c.unicode() >= 0x80 && c.isMark());
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

} // namespace

TokenizedText tokenize(QStringView text)
{
    TokenizedText out;
    // Written word by word; characters outside words are never read.
    out.lowered = QString(text.size(), Qt::Uninitialized);
    std::vector<Token> &tokens = out.tokens;
    // About one token in five characters of news text; the guess saves most regrowth.
    tokens.reserve(size_t(text.size() / 4 + 16));
    const qsizetype n = text.size();
    bool space = true;
    bool newSentence = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            if (c == u'\n' || c == u'\r' || c == u'\u2029')
                newSentence = true;
            space = true;
            ++i;
            continue;
        }
        if (isWordChar(c)) {
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
            j = i + 1;
            while (j < n) {
                if (isWordChar(text[j])) {
                    ++j;
                } else if ((text[j] == u'-' || isApostrophe(text[j])) && j + 1 < n && text[j + 1].isLetter()
                           && !(isApostrophe(text[j]) && text[j + 1] == u's'
                                && (j + 2 >= n || !isWordChar(text[j + 2])))) {
                    j += 2;
                } else {
                    break;
                }
            }
            qsizetype end = j;
            bool possessive = false;
            if (j + 1 < n && isApostrophe(text[j]) && text[j + 1] == u's' && (j + 2 >= n || !isWordChar(text[j + 2]))) {
                possessive = true;
                j += 2;
            } else if (j < n && isApostrophe(text[j]) && text[j - 1] == u's'
                       && (j + 1 >= n || !isWordChar(text[j + 1]))) {
                possessive = true;
                j += 1;
            }
            if (const qsizetype split = gluedSplit(text.mid(i, end - i))) {
                Token &first = tokens.emplace_back();
                makeWord(first, text, out, i, i + split);
                first.spaceBefore = space;
                first.sentenceStart = newSentence;
                newSentence = false;
                space = false;
                i += split;
            }
            Token &t = tokens.emplace_back();
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
