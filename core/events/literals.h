// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Comparisons of text with short literals, inline: QStringView's own go into QtCore for every call,
// and assembly makes them for every word and every date. All are case-sensitive but the last.
namespace Sitrep::Events::Literals {

inline bool equalAt(QStringView text, qsizetype at, QStringView literal)
{
    if (at < 0 || at + literal.size() > text.size())
        return false;
    for (qsizetype k = 0; k < literal.size(); ++k) {
        if (text[at + k] != literal[k])
            return false;
    }
    return true;
}

inline bool startsWith(QStringView text, QStringView literal)
{
    return equalAt(text, 0, literal);
}

inline bool endsWith(QStringView text, QStringView literal)
{
    return equalAt(text, text.size() - literal.size(), literal);
}

// Where literal (not empty) last starts in text, or -1.
inline qsizetype lastIndexOf(QStringView text, QStringView literal)
{
    for (qsizetype at = text.size() - literal.size(); at >= 0; --at) {
        if (text[at] == literal.front() && equalAt(text, at, literal))
            return at;
    }
    return -1;
}

inline bool contains(QStringView text, QStringView literal)
{
    return lastIndexOf(text, literal) >= 0;
}

namespace Detail {

// Calls found(at) at each offset of text whose character is one of `wanted` (one to sixteen of
// them), in order, until it returns true; returns whether one did. Windows of text are long and
// candidates few: with SSE2 eight characters are compared at once. With afterNoLetter, offsets
// right after an ASCII letter (inside a word) are passed over.
template<typename Found>
inline bool anyAt(QStringView text, const char16_t *wanted, int wantedCount, Found found, bool afterNoLetter = false)
{
    if (wantedCount <= 0)
        return false;
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    const auto afterALetter = [chars](qsizetype at) {
        const char16_t before = at > 0 ? char16_t(chars[at - 1] | 0x20) : 0;
        return before >= u'a' && before <= u'z';
    };
    qsizetype at = 0;
#if defined(__SSE2__)
    __m128i needles[16];
    for (int i = 0; i < wantedCount; ++i)
        needles[i] = _mm_set1_epi16(short(wanted[i]));
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i beforeA = _mm_set1_epi16(short(u'a' - 1));
    const __m128i afterZ = _mm_set1_epi16(short(u'z' + 1));
    if (afterNoLetter && size > 0) {
        // (The first offset has nothing before it to load.)
        if (std::find(wanted, wanted + wantedCount, chars[0]) != wanted + wantedCount && found(0))
            return true;
        at = 1;
    }
    for (; at + 8 <= size; at += 8) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + at));
        __m128i hits = _mm_cmpeq_epi16(block, needles[0]);
        for (int i = 1; i < wantedCount; ++i)
            hits = _mm_or_si128(hits, _mm_cmpeq_epi16(block, needles[i]));
        if (afterNoLetter) {
            const __m128i before =
                _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + at - 1)), caseBit);
            const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(before, beforeA), _mm_cmplt_epi16(before, afterZ));
            hits = _mm_andnot_si128(letter, hits);
        }
        unsigned mask = unsigned(_mm_movemask_epi8(hits)); // two bits a character
        while (mask != 0) {
            const int bit = std::countr_zero(mask);
            if (found(at + bit / 2))
                return true;
            mask &= ~(3u << bit);
        }
    }
#endif
    for (; at < size; ++at) {
        if (afterNoLetter && afterALetter(at))
            continue;
        const char16_t c = chars[at];
        for (int i = 0; i < wantedCount; ++i) {
            if (c == wanted[i]) {
                if (found(at))
                    return true;
                break;
            }
        }
    }
    return false;
}

// Whether every character of text is ASCII or a typographic dash or quote (U+2010 to U+201F,
// which have no case and are no letters): text that words can be read from without lower-casing.
inline bool isPlain(QStringView text)
{
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    qsizetype at = 0;
#if defined(__SSE2__)
    const __m128i beyondAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i row = _mm_set1_epi16(short(0xFFF0));
    const __m128i punctuation = _mm_set1_epi16(short(0x2010));
    for (; at + 8 <= size; at += 8) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + at));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(block, beyondAscii), _mm_setzero_si128());
        const __m128i marks = _mm_cmpeq_epi16(_mm_and_si128(block, row), punctuation);
        if (_mm_movemask_epi8(_mm_or_si128(ascii, marks)) != 0xFFFF)
            return false;
    }
#endif
    return std::all_of(chars + at, chars + size, [](char16_t c) { return c < 0x80 || (c >= 0x2010 && c <= 0x201F); });
}

// How seldom an ASCII character is written in English news, roughly: space least, then lower-case
// letters from 'e' to 'z', capitals, and then anything else.
constexpr std::array<quint8, 0x80> asciiRarity = [] {
    std::array<quint8, 0x80> ranks {};
    ranks.fill(60);
    ranks[u' '] = 0;
    constexpr char byFrequency[] = "etaoinshrdlcumwfgypbvkjxqz";
    for (int i = 0; i < 26; ++i) {
        ranks[std::size_t(byFrequency[i])] = quint8(1 + i);
        ranks[std::size_t(byFrequency[i] - 'a' + 'A')] = quint8(27 + i);
    }
    return ranks;
}();

inline int rarityOf(char16_t c)
{
    return c < 0x80 ? asciiRarity[c] : 60;
}

} // namespace Detail

// Whether text holds any of the literals (none empty): only where a character that starts one of
// them is followed by one that comes second in one are they compared.
inline bool containsAny(QStringView text, std::initializer_list<QStringView> literals)
{
    char16_t firsts[8];
    int firstCount = 0;
    bool manyFirsts = false;
    std::array<bool, 0x80> seconds {}; // the ASCII characters that come second in a literal
    bool secondBeyondAscii = false;
    bool single = false; // a literal of one character
    for (const QStringView literal : literals) {
        const char16_t first = literal.front().unicode();
        if (std::find(firsts, firsts + firstCount, first) == firsts + firstCount) {
            if (firstCount < 8)
                firsts[firstCount++] = first;
            else
                manyFirsts = true;
        }
        if (literal.size() == 1) {
            single = true;
            continue;
        }
        const char16_t second = literal[1].unicode();
        if (second < 0x80)
            seconds[second] = true;
        else
            secondBeyondAscii = true;
    }
    if (firstCount == 0)
        return false;
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    const auto matchesAt = [&](qsizetype at) {
        if (!single) {
            if (at + 1 >= size)
                return false;
            const char16_t next = chars[at + 1];
            if (next < 0x80 ? !seconds[next] : !secondBeyondAscii)
                return false;
        }
        for (const QStringView literal : literals) {
            if (literal.front() == text[at] && equalAt(text, at, literal))
                return true;
        }
        return false;
    };
    if (!manyFirsts)
        return Detail::anyAt(text, firsts, firstCount, matchesAt);
    for (qsizetype at = 0; at < size; ++at) {
        if (matchesAt(at))
            return true;
    }
    return false;
}

// A fixed set of literals (none empty, that outlive it) sought in many texts, as
// containsAny does. Each literal is sought by its rarest character, known once: the texts are read
// for a few uncommon characters and compared only where one is written.
class AnyOf final
{
public:
    AnyOf(std::initializer_list<QStringView> literals)
    {
        for (const QStringView literal : literals) {
            Q_ASSERT(!literal.isEmpty());
            // A character already sought serves; else the literal's rarest.
            qsizetype anchor = -1;
            int best = -1;
            for (const bool shared : {true, false}) {
                for (qsizetype k = 0; k < literal.size(); ++k) {
                    const char16_t c = literal[k].unicode();
                    const bool sought = std::find(m_anchors.cbegin(), m_anchors.cbegin() + m_anchorCount, c)
                        != m_anchors.cbegin() + m_anchorCount;
                    if (shared != sought)
                        continue;
                    const int rarity = Detail::rarityOf(c);
                    if (rarity > best) {
                        best = rarity;
                        anchor = k;
                    }
                }
                if (anchor >= 0)
                    break;
            }
            const char16_t c = literal[anchor].unicode();
            if (std::find(m_anchors.cbegin(), m_anchors.cbegin() + m_anchorCount, c)
                == m_anchors.cbegin() + m_anchorCount) {
                if (m_anchorCount == int(m_anchors.size()))
                    m_everywhere = true; // too many to seek: every offset is compared
                else
                    m_anchors[std::size_t(m_anchorCount++)] = c;
            }
            m_literals.append(Literal {literal, anchor});
        }
    }
    Q_DISABLE_COPY_MOVE(AnyOf)

    // Whether text holds any of the literals.
    bool in(QStringView text) const
    {
        const char16_t *chars = text.utf16();
        const auto foundAt = [&](qsizetype at) {
            for (const Literal &literal : m_literals) {
                if (literal.text[literal.anchor].unicode() == chars[at]
                    && equalAt(text, at - literal.anchor, literal.text))
                    return true;
            }
            return false;
        };
        if (m_everywhere) {
            for (qsizetype at = 0; at < text.size(); ++at) {
                if (foundAt(at))
                    return true;
            }
            return false;
        }
        return m_anchorCount > 0 && Detail::anyAt(text, m_anchors.data(), m_anchorCount, foundAt);
    }

private:
    struct Literal
    {
        QStringView text;
        qsizetype anchor = 0; // where its rarest character stands
    };
    QVarLengthArray<Literal, 16> m_literals;
    std::array<char16_t, 16> m_anchors {};
    int m_anchorCount = 0;
    bool m_everywhere = false;
};

// Whether text holds literal (lower case, ASCII, not empty) in any case, as QStringView::contains
// with Qt::CaseInsensitive says: ASCII is compared inline, and only text beyond ASCII that holds no
// match there goes to QStringView.
inline bool containsInAnyCase(QStringView text, QStringView literal)
{
    const auto lower = [](char16_t u) {
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    };
    // The literal is sought by its rarest character, in either case.
    qsizetype anchor = 0;
    for (qsizetype k = 1; k < literal.size(); ++k) {
        if (Detail::rarityOf(literal[k].unicode()) > Detail::rarityOf(literal[anchor].unicode()))
            anchor = k;
    }
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    const qsizetype length = literal.size();
    const char16_t sought = literal[anchor].unicode();
    const char16_t cases[2] = {sought, sought >= u'a' && sought <= u'z' ? char16_t(sought - (u'a' - u'A')) : sought};
    const bool found = Detail::anyAt(text, cases, 2, [&](qsizetype at) {
        const qsizetype start = at - anchor;
        if (start < 0 || start + length > size)
            return false;
        for (qsizetype k = 0; k < length; ++k) {
            if (lower(chars[start + k]) != literal[k].unicode())
                return false;
        }
        return true;
    });
    // Beyond ASCII, case folding may match what ASCII does not (a long s, U+017F, is an 's'):
    // QStringView decides.
    return found || (!Detail::isPlain(text) && text.contains(literal, Qt::CaseInsensitive));
}

} // namespace Sitrep::Events::Literals
