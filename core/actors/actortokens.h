// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actors/actorlexicon.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <vector>

// Internal to the actor recognizer.
namespace Sitrep::Actors {

// QStringView's == goes into QtCore for every pair of equal length; tokens meet these in every loop.
inline bool sameText(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype k = 0; k < a.size(); ++k) {
        if (a[k] != b[k])
            return false;
    }
    return true;
}

inline bool startsWith(QStringView s, QStringView prefix)
{
    return s.size() >= prefix.size() && sameText(s.first(prefix.size()), prefix);
}

inline bool endsWith(QStringView s, QStringView suffix)
{
    return s.size() >= suffix.size() && sameText(s.last(suffix.size()), suffix);
}

// A view of a literal, whose length the compiler knows: QStringView's own constructor searches the
// array for its terminator at run time, and the matcher compares tokens with literals everywhere.
template<std::size_t N> constexpr QStringView literal(const char16_t (&word)[N])
{
    return QStringView(word, qsizetype(N - 1));
}

template<std::size_t N> inline bool sameText(QStringView a, const char16_t (&b)[N])
{
    return sameText(a, literal(b));
}

template<std::size_t N> inline bool startsWith(QStringView s, const char16_t (&prefix)[N])
{
    return startsWith(s, literal(prefix));
}

template<std::size_t N> inline bool endsWith(QStringView s, const char16_t (&suffix)[N])
{
    return endsWith(s, literal(suffix));
}

struct Token
{
    enum class Kind : std::uint8_t { Word, Number, Punct };

    qsizetype start = 0; // UTF-16 offsets, end exclusive; a possessive 's is not part of the token
    qsizetype end = 0;
    QStringView text; // views of the text and of its lower-case copy, so tokens cost no allocation
    QStringView lower;
    const Lexeme *lexeme = nullptr; // the word in the lists, looked up once
    Kind kind = Kind::Punct;
    bool capitalized = false; // starts with a capital letter
    bool allCaps = false; // two or more letters, all capitals ("NATO", "U.S.")
    bool possessive = false; // followed by 's or a bare apostrophe
    bool sentenceStart = false; // first word of a sentence or a line
    bool spaceBefore = true;

    bool isWord() const { return kind == Kind::Word; }
    bool is(QStringView word) const { return sameText(lower, word); }
    template<std::size_t N> bool is(const char16_t (&word)[N]) const { return sameText(lower, literal(word)); }
    bool has(quint32 flags) const { return hasFlag(lexeme, flags); }
    const Country *countryName() const { return lexeme ? lexeme->countryName : nullptr; }
    const Country *demonym() const { return lexeme ? lexeme->demonym : nullptr; }
    const Country *capital() const { return lexeme ? lexeme->capital : nullptr; }
    const KnownOrganisation *organisation() const { return lexeme ? lexeme->organisation : nullptr; }
};

// The tokens of a text and the lower-case text they view; text itself must outlive them.
struct TokenizedText
{
    std::vector<Token> tokens;
    QString lowered; // each word in lower case at the word's own offsets
    QList<QString> ownLowered; // words whose lower case has another length
};

// Words (with inner hyphens and apostrophes), dotted abbreviations ("U.S."), numbers and single
// punctuation characters. Two words run together by a lost line break ("MoscowRussia") are split.
TokenizedText tokenize(QStringView text);

} // namespace Sitrep::Actors
