// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datelexicon.h"

#include <QStringView>

#include <vector>

namespace Sitrep::Dates {

struct DateToken
{
    enum class Kind : std::uint8_t { Word, Number, Punct };

    qint32 start = 0; // UTF-16 offsets into the tokenized text, end exclusive
    qint32 end = 0;
    qint32 number = -1; // value of a digit run of at most nine digits, else -1
    qint32 sentence = 0; // index of the sentence the token belongs to
    const LexEntry *lex = nullptr;
    Kind kind = Kind::Punct;
    std::uint8_t digits = 0; // length of a digit run, capped at 255
    char16_t ch = 0; // the character of a punctuation token
    bool capitalized = false;
    bool spaceBefore = false;
    bool countsThings = false; // a word that looks like a plural noun or a large number ("trucks", "million")

    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isPunct(char16_t c) const { return kind == Kind::Punct && ch == c; }
    Word word() const { return lex ? lex->word : Word::None; }
};

// Splits text into words, digit runs and single punctuation characters, looking each word up in
// the date lexicon. One pass; whitespace is dropped but remembered on the following token.
// Sentence indexes count from `firstSentence`.
void tokenize(QStringView text, std::vector<DateToken> &tokens, qint32 firstSentence = 0);

} // namespace Sitrep::Dates
