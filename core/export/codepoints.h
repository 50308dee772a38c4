// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Sitrep {

// Converts UTF-16 offsets (what QString indexes) into Unicode code point offsets (what the JSON
// contracts count) for one text, in O(log n) per offset after one pass over the text.
class CodePointOffsets final
{
public:
    explicit CodePointOffsets(QStringView text);

    qsizetype toCodePoints(qsizetype utf16Offset) const;
    qsizetype toUtf16(qsizetype codePointOffset) const;

private:
    QList<qsizetype> m_lowSurrogates; // UTF-16 offsets of the second half of each surrogate pair
};

} // namespace Sitrep
