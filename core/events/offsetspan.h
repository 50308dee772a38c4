// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVarLengthArray>

#include <algorithm>

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
// few, which stay on the stack. Items known to be ordered (see ordered()) are read from the first
// that starts in span.
template<typename T> using Inside = QVarLengthArray<const T *, 16>;
template<typename T> Inside<T> inside(const QList<T> &items, const Span &span, bool ordered = false)
{
    Inside<T> result;
    auto it = items.cbegin();
    if (ordered) {
        it = std::lower_bound(items.cbegin(), items.cend(), span.start,
                              [](const T &item, qsizetype start) { return item.start < start; });
    }
    for (; it != items.cend(); ++it) {
        if (ordered && it->start > span.end)
            break; // (it ends there or later)
        if (it->start >= span.start && it->end <= span.end)
            result.append(&*it);
    }
    return result;
}

// Whether items are in the order of their starts, none ending before it starts.
template<typename T> bool ordered(const QList<T> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].end < items[i].start || (i > 0 && items[i].start < items[i - 1].start))
            return false;
    }
    return true;
}

} // namespace Sitrep::Events
