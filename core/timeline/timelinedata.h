// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QDate>
#include <QList>

#include <array>
#include <iterator>

namespace Sitrep {

inline constexpr int eventTypeCount = int(std::size(allEventTypes));

enum class TimelineBucket { Day, Week, Month };

// One dated event as the timeline needs it, small enough that 100,000 of them stay cheap to scan.
struct TimelineItem
{
    qint64 eventId = 0;
    int sourceRow = 0; // in the event table model, which filtering and sorting leave alone
    qint32 start = 0; // Julian days, end inclusive
    qint32 end = 0;
    EventType type = EventType::Other;
    DatePrecision precision = DatePrecision::Day;

    // Week- or month-precision dates (and coarser) name a span somewhere in which the event happened.
    bool isUncertain() const { return precision != DatePrecision::Day && precision != DatePrecision::Unknown; }
};

// Events per bucket over a stretch of time, stacked by type. Bucket i covers [starts[i], starts[i + 1]).
struct TimelineHistogram
{
    TimelineBucket bucket = TimelineBucket::Day;
    QList<QDate> starts; // one more than there are buckets
    std::array<QList<int>, eventTypeCount> counts; // the events shown, by type and bucket
    QList<int> totals; // the events shown, per bucket
    QList<int> context; // every event, filtered or not, per bucket
    int highest = 0; // the highest context count

    int bucketCount() const { return int(totals.size()); }
    int nonEmptyBuckets() const;
    int bucketAt(const QDate &date) const; // -1 when outside
};

// The events the timeline draws: those the filter shows (sorted by start) and the start days of
// every event (for the grey context behind the histogram).
class TimelineData final
{
public:
    void setItems(QList<TimelineItem> shown, QList<qint32> allStarts);
    void clear() { setItems({}, {}); }

    const QList<TimelineItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    int indexOfEvent(qint64 eventId) const;
    // Julian days of the first start and the day after the last end, of the shown events.
    qint32 firstDay() const { return m_firstDay; }
    qint32 endDay() const { return m_endDay; }

    // The days [first, end) holding the bulk of the events (the shortest stretch with nine in ten):
    // a few dates years away (the start of a war recalled, a treaty) would otherwise shrink
    // everything else to a sliver. All the days when there are fewer than fewest events or no
    // clear bulk.
    std::pair<qint32, qint32> coreDays(qsizetype fewest = 20) const;
    // Events wholly before and wholly after [from, to).
    std::pair<int, int> outside(double from, double to) const;

    // Indexes into items() of the events overlapping [from, to) in days, in start order.
    QList<int> overlapping(double from, double to) const;

    // Days per bucket follow the visible span so that a pane shows some tens of bars.
    static TimelineBucket bucketFor(double spanDays);
    static QDate bucketStart(const QDate &date, TimelineBucket bucket);
    static QDate nextBucket(const QDate &start, TimelineBucket bucket);
    // Counts each event once, in the bucket holding its first day.
    TimelineHistogram histogram(const QDate &first, const QDate &last, TimelineBucket bucket) const;

private:
    QList<TimelineItem> m_items;
    QList<qint32> m_allStarts; // sorted
    qint32 m_longest = 0; // the longest interval, which bounds how far back an overlap can start
    qint32 m_firstDay = 0;
    qint32 m_endDay = 0;
};

} // namespace Sitrep
