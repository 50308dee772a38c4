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

// Whether text holds any of the literals (none empty), read once: only at a character that starts
// one of them are they compared.
inline bool containsAny(QStringView text, std::initializer_list<QStringView> literals)
{
    quint64 firsts[2] = {0, 0}; // the ASCII characters that start a literal
    bool beyondAscii = false;
    for (const QStringView literal : literals) {
        const char16_t first = literal.front().unicode();
        if (first < 0x80)
            firsts[first >> 6] |= quint64(1) << (first & 63);
        else
            beyondAscii = true;
    }
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t c = text[at].unicode();
        if (c < 0x80 ? !(firsts[c >> 6] & (quint64(1) << (c & 63))) : !beyondAscii)
            continue;
        for (const QStringView literal : literals) {
            if (literal.front() == text[at] && equalAt(text, at, literal))
                return true;
        }
    }
    return false;
}

// Whether text holds literal (lower case, ASCII) in any case, as QStringView::contains with
// Qt::CaseInsensitive says; ASCII text is compared inline.
inline bool containsInAnyCase(QStringView text, QStringView literal)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return text.contains(literal, Qt::CaseInsensitive);
    }
    const auto lower = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    };
    for (qsizetype at = 0; at + literal.size() <= text.size(); ++at) {
        qsizetype k = 0;
        while (k < literal.size() && lower(text[at + k]) == literal[k].unicode())
            ++k;
        if (k == literal.size())
            return true;
    }
    return false;
}

} // namespace Sitrep::Events::Literals
