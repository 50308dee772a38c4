// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>

// Internal to the actor recognizer.
namespace Sitrep::Actors {

struct Token
{
    enum class Kind : std::uint8_t { Word, Number, Punct };

    qsizetype start = 0; // UTF-16 offsets, end exclusive; a possessive 's is not part of the token
    qsizetype end = 0;
    QString text;
    QString lower;
    Kind kind = Kind::Punct;
    bool capitalized = false; // starts with a capital letter
    bool allCaps = false; // two or more letters, all capitals ("NATO", "U.S.")
    bool possessive = false; // followed by 's or a bare apostrophe
    bool sentenceStart = false; // first word of a sentence or a line
    bool spaceBefore = true;

    bool isWord() const { return kind == Kind::Word; }
    bool is(QStringView word) const { return lower == word; }
};

// Words (with inner hyphens and apostrophes), dotted abbreviations ("U.S."), numbers and single
// punctuation characters. Two words run together by a lost line break ("MoscowRussia") are split.
QList<Token> tokenize(QStringView text);

} // namespace Sitrep::Actors
