// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace Sitrep {

// 'a' to 'z' for the letters of ASCII, in lower case; 0 for every other ASCII character. For the
// engines that read the plain-ASCII stretches of a text through a table.
inline constexpr std::array<char16_t, 0x80> asciiLowerLetters = [] {
    std::array<char16_t, 0x80> letters {};
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        letters[c] = c;
        letters[c - u'a' + u'A'] = c;
    }
    return letters;
}();

} // namespace Sitrep
