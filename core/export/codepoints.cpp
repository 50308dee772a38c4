// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace Sitrep {

CodePointOffsets::CodePointOffsets(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointOffsets::toCodePoints(qsizetype utf16Offset) const
{
    // Every low surrogate before the offset is a UTF-16 unit that is not a code point of its own.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset + 1);
    return utf16Offset - (before - m_lowSurrogates.cbegin());
}

qsizetype CodePointOffsets::toUtf16(qsizetype codePointOffset) const
{
    qsizetype offset = codePointOffset;
    for (qsizetype surrogate : m_lowSurrogates) {
        if (surrogate > offset)
            break;
        ++offset;
    }
    return offset;
}

} // namespace Sitrep
