// SPDX-License-Identifier: GPL-3.0-or-later
#include "actors/actortokens.h"

#include "actors/actorlexicon.h"

namespace Sitrep::Actors {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
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

Token makeWord(QStringView text, qsizetype start, qsizetype end)
{
    Token t;
    t.kind = Token::Kind::Word;
    t.start = start;
    t.end = end;
    t.text = text.mid(start, end - start).toString();
    t.lower = t.text.toLower();
    t.capitalized = t.text.at(0).isUpper();
    int letters = 0;
    bool upper = true;
    for (QChar c : t.text) {
        if (c.isLetter()) {
            ++letters;
            upper = upper && c.isUpper();
        }
    }
    t.allCaps = letters >= 2 && upper;
    return t;
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
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
                Token t = makeWord(text, i, j);
                t.allCaps = true;
                t.spaceBefore = space;
                t.sentenceStart = newSentence;
                tokens.append(t);
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
                Token first = makeWord(text, i, i + split);
                first.spaceBefore = space;
                first.sentenceStart = newSentence;
                tokens.append(first);
                newSentence = false;
                space = false;
                i += split;
            }
            Token t = makeWord(text, i, end);
            t.possessive = possessive;
            t.spaceBefore = space;
            t.sentenceStart = newSentence;
            if (t.text.at(0).isDigit())
                t.kind = Token::Kind::Number;
            tokens.append(t);
            space = false;
            newSentence = false;
            i = j;
            continue;
        }
        Token t;
        t.start = i;
        t.end = i + 1;
        t.text = QString(c);
        t.lower = t.text;
        t.spaceBefore = space;
        space = false;
        tokens.append(t);
        if (c == u'!' || c == u'?' || c == u':')
            newSentence = true;
        if (c == u'.') {
            // A full stop after a title, an initial or a month abbreviation ends no sentence.
            const Token *prev = tokens.size() >= 2 ? &tokens[tokens.size() - 2] : nullptr;
            const bool abbreviation = prev && prev->isWord()
                && (isHonorific(prev->lower) || isRankAbbreviation(prev->lower) || isDateWord(prev->lower)
                    || (prev->text.size() == 1 && prev->capitalized));
            newSentence = !abbreviation;
        }
        ++i;
    }
    return tokens;
}

} // namespace Sitrep::Actors
