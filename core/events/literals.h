// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <initializer_list>

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

// Whether text holds any of the literals (none empty), read once: only where a character that
// starts one of them is followed by one that comes second in one are they compared.
inline bool containsAny(QStringView text, std::initializer_list<QStringView> literals)
{
    quint64 firsts[2] = {0, 0}; // the ASCII characters that start a literal
    quint64 seconds[2] = {0, 0}; // and those that come second
    bool firstBeyondAscii = false;
    bool secondBeyondAscii = false;
    bool single = false; // a literal of one character
    for (const QStringView literal : literals) {
        const char16_t first = literal.front().unicode();
        if (first < 0x80)
            firsts[first >> 6] |= quint64(1) << (first & 63);
        else
            firstBeyondAscii = true;
        if (literal.size() == 1) {
            single = true;
            continue;
        }
        const char16_t second = literal[1].unicode();
        if (second < 0x80)
            seconds[second >> 6] |= quint64(1) << (second & 63);
        else
            secondBeyondAscii = true;
    }
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype at = 0; at < size; ++at) {
        const char16_t c = chars[at];
        if (c < 0x80 ? !(firsts[c >> 6] & (quint64(1) << (c & 63))) : !firstBeyondAscii)
            continue;
        if (!single) {
            if (at + 1 >= size)
                break;
            const char16_t next = chars[at + 1];
            if (next < 0x80 ? !(seconds[next >> 6] & (quint64(1) << (next & 63))) : !secondBeyondAscii)
                continue;
        }
        for (const QStringView literal : literals) {
            if (literal.front() == text[at] && equalAt(text, at, literal))
                return true;
        }
    }
    return false;
}

// Whether text holds literal (lower case, ASCII, not empty) in any case, as QStringView::contains
// with Qt::CaseInsensitive says: ASCII is compared inline, and only text beyond ASCII that holds no
// match there goes to QStringView.
inline bool containsInAnyCase(QStringView text, QStringView literal)
{
    const auto lower = [](char16_t u) {
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    };
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    const qsizetype length = literal.size();
    const char16_t first = literal.front().unicode();
    bool beyondAscii = false;
    for (qsizetype at = 0; at < size; ++at) {
        const char16_t c = chars[at];
        if (c >= 0x80) {
            beyondAscii = true;
            continue;
        }
        if (lower(c) != first || at + length > size)
            continue;
        qsizetype k = 1;
        while (k < length && lower(chars[at + k]) == literal[k].unicode())
            ++k;
        if (k == length)
            return true;
    }
    return beyondAscii && text.contains(literal, Qt::CaseInsensitive);
}

} // namespace Sitrep::Events::Literals
