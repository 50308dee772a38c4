// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

// Internal to the figure extractor: tokens and the reading of one count with its qualifier.
namespace Sitrep::Figures {

template<std::size_t N> bool sameText(QStringView text, const char16_t (&literal)[N])
{
    return text == QStringView(literal, qsizetype(N - 1));
}

// Sets of words asked about for every token: FNV-1a over the UTF-16 units, inline, costs less on
// short words than Qt's seeded string hash.
struct WordHash
{
    std::size_t operator()(std::u16string_view word) const
    {
        std::uint32_t hash = 0x811c9dc5u;
        for (const char16_t c : word) {
            hash ^= c;
            hash *= 0x01000193u;
        }
        return hash;
    }
};
template<typename Value> using WordMap = std::unordered_map<std::u16string_view, Value, WordHash>;
using WordSet = std::unordered_set<std::u16string_view, WordHash>;

inline std::u16string_view wordKey(QStringView word)
{
    return {word.utf16(), std::size_t(word.size())};
}

struct Token
{
    enum class Kind : std::uint8_t { Word, Number, Punct };

    qsizetype start = 0; // UTF-16 offsets, end exclusive
    qsizetype end = 0;
    // The word in lower case; the character of a punctuation token. A view, into the sentence or a
    // TokenText, so that tokens cost no allocation.
    QStringView lower;
    double number = -1; // value of a number token ("1,500" is 1500, "1.5" is 1.5)
    Kind kind = Kind::Punct;
    bool spaceBefore = false;
    bool capitalized = false;
    bool grouped = false; // digits written with thousands separators: never a year

    bool is(QStringView word) const { return kind != Kind::Number && lower == word; }
    // The same against a literal, whose length is known when compiling: a QString compared with a
    // bare char16_t pointer measures the literal on every call.
    template<std::size_t N> bool is(const char16_t (&word)[N]) const
    {
        return kind != Kind::Number && sameText(lower, word);
    }
    bool isWord() const { return kind == Kind::Word; }
};

// What the tokens' lower-case views point into besides the text; it must outlive the tokens.
struct TokenText
{
    QString lowered; // ASCII words in lower case, at their own offsets
    QList<QString> own; // other words in lower case, and numbers without their separators
};

// Words, digit runs (with their separators and decimals) and single punctuation characters.
// Apostrophes inside words stay in the word; hyphens are punctuation so that "forty-two" and
// "10-12" can be read piecewise. The tokens view text and storage, which must outlive them.
QList<Token> tokenize(QStringView text, TokenText &storage);

enum class Bound : std::uint8_t {
    Exact, // "26"
    AtLeast, // "at least 26", "more than 26", "26 or more"
    About, // "about 26", "some 26"
    AtMost, // "up to 26", "nearly 26"
    Range, // "between 20 and 26", "20-26"
    Vague, // "dozens", "several"
};

struct Quantity
{
    int first = -1; // first token, qualifier included
    int next = -1; // first token after the count (after the "of" of "dozens of")
    long long value = 0;
    long long high = 0; // the upper end of a range
    Bound bound = Bound::Exact;
    QString qualifier;
    bool article = false; // "a"/"an": one, but only before a singular noun

    explicit operator bool() const { return next >= 0; }
};

// Reads a count starting at token i, qualifier included, or returns an empty Quantity.
Quantity readQuantity(const QList<Token> &tokens, int i);

bool isMonthName(QStringView lower);

} // namespace Sitrep::Figures
