// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVarLengthArray>

namespace Sitrep::Events {

// A stretch of an article's text by UTF-16 offsets, end exclusive.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool contains(qsizetype offset) const { return offset >= start && offset < end; }
    bool overlaps(qsizetype s, qsizetype e) const { return s < end && e > start; }
};

// The items (anything with start and end offsets) that lie wholly inside span; a sentence holds
// few, which stay on the stack.
template<typename T> using Inside = QVarLengthArray<const T *, 16>;
template<typename T> Inside<T> inside(const QList<T> &items, const Span &span)
{
    Inside<T> result;
    for (const T &item : items) {
        if (item.start >= span.start && item.end <= span.end)
            result.append(&item);
    }
    return result;
}

} // namespace Sitrep::Events
