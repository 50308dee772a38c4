// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedata.h"

#include <algorithm>
#include <cmath>

namespace Sitrep {

int TimelineHistogram::nonEmptyBuckets() const
{
    return int(std::count_if(totals.cbegin(), totals.cend(), [](int n) { return n > 0; }));
}

int TimelineHistogram::bucketAt(const QDate &date) const
{
    if (starts.size() < 2 || date < starts.first() || date >= starts.last())
        return -1;
    const auto after = std::upper_bound(starts.cbegin(), starts.cend(), date);
    return int(after - starts.cbegin()) - 1;
}

void TimelineData::setItems(QList<TimelineItem> shown, QList<qint32> allStarts)
{
    std::stable_sort(shown.begin(), shown.end(),
                     [](const TimelineItem &a, const TimelineItem &b) { return a.start < b.start; });
    std::sort(allStarts.begin(), allStarts.end());
    m_items = std::move(shown);
    m_allStarts = std::move(allStarts);
    m_longest = 0;
    m_firstDay = m_items.isEmpty() ? 0 : m_items.first().start;
    m_endDay = m_firstDay;
    for (const TimelineItem &item : std::as_const(m_items)) {
        m_longest = std::max(m_longest, item.end - item.start);
        m_endDay = std::max(m_endDay, item.end + 1);
    }
}

int TimelineData::indexOfEvent(qint64 eventId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].eventId == eventId)
            return i;
    }
    return -1;
}

QList<int> TimelineData::overlapping(double from, double to) const
{
    QList<int> result;
    // Items are sorted by start: nothing starting before from - longest can reach into the range.
    const double earliest = std::floor(from) - m_longest;
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), earliest,
                               [](const TimelineItem &item, double day) { return item.start < day; });
    for (; it != m_items.cend() && it->start < to; ++it) {
        if (it->end + 1 > from)
            result.append(int(it - m_items.cbegin()));
    }
    return result;
}

std::pair<qint32, qint32> TimelineData::coreDays(qsizetype fewest) const
{
    const qsizetype n = m_items.size();
    if (n < std::max<qsizetype>(fewest, 2))
        return {m_firstDay, m_endDay};
    // The shortest stretch of starts holding nine events in ten (items are sorted by start).
    const qsizetype k = (n * 9 + 9) / 10;
    qsizetype best = 0;
    for (qsizetype i = 1; i + k - 1 < n; ++i) {
        if (m_items[i + k - 1].start - m_items[i].start < m_items[best + k - 1].start - m_items[best].start)
            best = i;
    }
    const qint32 first = m_items[best].start;
    qint32 end = first + 1;
    for (qsizetype i = best; i < best + k; ++i)
        end = std::max(end, m_items[i].end + 1);
    // Trim only when the strays really dominate the span.
    if (qint64(end - first) * 2 > qint64(m_endDay - m_firstDay))
        return {m_firstDay, m_endDay};
    return {first, end};
}

std::pair<int, int> TimelineData::outside(double from, double to) const
{
    int before = 0;
    int after = 0;
    for (const TimelineItem &item : m_items) {
        if (item.end + 1 <= from)
            ++before;
        else if (item.start >= to)
            ++after;
    }
    return {before, after};
}

TimelineBucket TimelineData::bucketFor(double spanDays)
{
    if (spanDays <= 92)
        return TimelineBucket::Day;
    if (spanDays <= 550)
        return TimelineBucket::Week;
    return TimelineBucket::Month;
}

QDate TimelineData::bucketStart(const QDate &date, TimelineBucket bucket)
{
    switch (bucket) {
    case TimelineBucket::Day:
        return date;
    case TimelineBucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimelineBucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate TimelineData::nextBucket(const QDate &start, TimelineBucket bucket)
{
    switch (bucket) {
    case TimelineBucket::Day:
        return start.addDays(1);
    case TimelineBucket::Week:
        return start.addDays(7);
    case TimelineBucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

TimelineHistogram TimelineData::histogram(const QDate &first, const QDate &last, TimelineBucket bucket) const
{
    TimelineHistogram h;
    h.bucket = bucket;
    if (!first.isValid() || !last.isValid() || last < first)
        return h;
    for (QDate start = bucketStart(first, bucket); start <= last; start = nextBucket(start, bucket))
        h.starts.append(start);
    h.starts.append(nextBucket(h.starts.last(), bucket));
    const int buckets = int(h.starts.size()) - 1;
    for (QList<int> &perType : h.counts)
        perType.fill(0, buckets);
    h.totals.fill(0, buckets);
    h.context.fill(0, buckets);

    // Bucket boundaries as Julian days, so the one pass below compares integers.
    QList<qint32> bounds;
    bounds.reserve(h.starts.size());
    for (const QDate &start : std::as_const(h.starts))
        bounds.append(qint32(start.toJulianDay()));

    const auto firstShown = std::lower_bound(m_items.cbegin(), m_items.cend(), bounds.first(),
                                             [](const TimelineItem &item, qint32 day) { return item.start < day; });
    int b = 0;
    for (auto it = firstShown; it != m_items.cend() && it->start < bounds.last(); ++it) {
        while (it->start >= bounds[b + 1])
            ++b;
        ++h.counts[int(it->type)][b];
        ++h.totals[b];
    }
    auto lower = std::lower_bound(m_allStarts.cbegin(), m_allStarts.cend(), bounds.first());
    for (int i = 0; i < buckets; ++i) {
        const auto upper = std::lower_bound(lower, m_allStarts.cend(), bounds[i + 1]);
        // The context is at least what is shown, even if the two lists were built at different moments.
        h.context[i] = std::max(int(upper - lower), h.totals[i]);
        h.highest = std::max(h.highest, h.context[i]);
        lower = upper;
    }
    return h;
}

} // namespace Sitrep
