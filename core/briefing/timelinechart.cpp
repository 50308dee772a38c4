// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "eventstyle.h"
#include "timeline/timelinedata.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Sitrep {
namespace {

// Few briefings have the twenty events the timeline pane waits for before it trims strays.
constexpr qsizetype trimFromEvents = 5;
// In points: about the width of a month's bar over a year on an A4 page.
constexpr double maximumBarWidth = 28;

TimelineData timelineOf(const QList<Event> &events)
{
    QList<TimelineItem> items;
    QList<qint32> starts;
    for (const Event &event : events) {
        if (!event.isDated())
            continue;
        TimelineItem item;
        item.eventId = event.id;
        item.start = qint32(event.date.start.toJulianDay());
        item.end = qint32(event.date.end.toJulianDay());
        item.type = event.type;
        item.precision = event.date.precision;
        items.append(item);
        starts.append(item.start);
    }
    TimelineData data;
    data.setItems(std::move(items), std::move(starts));
    return data;
}

// A round step for about four gridlines up to highest.
int gridStep(int highest)
{
    const double raw = std::max(1.0, highest / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double multiple : {1.0, 2.0, 5.0, 10.0}) {
        if (power * multiple >= raw)
            return std::max(1, int(power * multiple));
    }
    return int(power * 10);
}

QString bucketLabel(const QDate &start, TimelineBucket bucket)
{
    const QLocale english(QLocale::English);
    return bucket == TimelineBucket::Month ? english.toString(start, QStringLiteral("MMM yyyy"))
                                           : english.toString(start, QStringLiteral("d MMM"));
}

} // namespace

TimelineChart::TimelineChart(const QList<Event> &events, const BriefingStyle &style)
    : m_events(events)
    , m_style(style)
{
    const TimelineData data = timelineOf(events);
    m_dated = int(data.items().size());
    if (m_dated == 0)
        return;
    const auto [first, end] = data.coreDays(trimFromEvents);
    m_first = QDate::fromJulianDay(first);
    m_last = QDate::fromJulianDay(end - 1);
    std::tie(m_before, m_after) = data.outside(first, end);
}

QString TimelineChart::caption() const
{
    const qint64 span = m_first.daysTo(m_last) + 1;
    const TimelineBucket bucket = TimelineData::bucketFor(double(span));
    const QString per = bucket == TimelineBucket::Day ? QStringLiteral("day")
        : bucket == TimelineBucket::Week              ? QStringLiteral("week")
                                                      : QStringLiteral("month");
    QString text = QStringLiteral("Events per %1 by the first day of their date, stacked by type.").arg(per);
    if (m_before + m_after > 0)
        text += QStringLiteral(" Not shown: %1 earlier and %2 later event%3 far from the rest.")
                    .arg(m_before)
                    .arg(m_after)
                    .arg(m_before + m_after == 1 ? QString() : QStringLiteral("s"));
    return text;
}

void TimelineChart::paint(QPainter &painter, const QRectF &rect, double unit) const
{
    if (m_dated == 0)
        return;
    const TimelineData data = timelineOf(m_events);
    const TimelineBucket bucket = TimelineData::bucketFor(double(m_first.daysTo(m_last) + 1));
    const TimelineHistogram histogram = data.histogram(m_first, m_last, bucket);
    const int buckets = histogram.bucketCount();
    if (buckets == 0)
        return;
    int highest = 1;
    for (int total : histogram.totals)
        highest = std::max(highest, total);
    const int step = gridStep(highest);
    const int top = int(std::ceil(double(highest) / step)) * step;

    const QFont axisFont = m_style.font(6.8);
    const QFontMetricsF metrics(axisFont, painter.device());
    // The legend takes the top line; the axis labels the left and bottom margins.
    const double legendHeight = metrics.height() + 6 * unit;
    const double left = metrics.horizontalAdvance(QString::number(top)) + 6 * unit;
    const QRectF plot(rect.left() + left, rect.top() + legendHeight, rect.width() - left,
                      rect.height() - legendHeight - metrics.height() - 5 * unit);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(axisFont);

    // Legend: the types present, in the table's order.
    double x = plot.left();
    for (EventType type : allEventTypes) {
        int count = 0;
        for (const QList<int> &perType = histogram.counts[int(type)]; int n : perType)
            count += n;
        if (count == 0)
            continue;
        const QString label = eventTypeLabel(type);
        const double swatch = 6 * unit;
        painter.fillRect(QRectF(x, rect.top() + (metrics.height() - swatch) / 2, swatch, swatch),
                         EventStyle::colour(type));
        painter.setPen(m_style.ink);
        painter.drawText(QPointF(x + swatch + 3 * unit, rect.top() + metrics.ascent()), label);
        x += swatch + 3 * unit + metrics.horizontalAdvance(label) + 10 * unit;
    }

    // Gridlines and their counts.
    for (int value = 0; value <= top; value += step) {
        const double y = plot.bottom() - plot.height() * value / top;
        painter.setPen(QPen(value == 0 ? m_style.muted : m_style.rule, (value == 0 ? 0.7 : 0.4) * unit));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_style.muted);
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, left - 4 * unit, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }

    // Bars, stacked by type from the baseline. A short period has few buckets: past a column's width
    // a bar reads as a block of colour rather than a count, so it stays that wide in the middle of its
    // slot.
    const double slot = plot.width() / buckets;
    const double barWidth = std::clamp(slot * 0.78, 0.6 * unit, maximumBarWidth * unit);
    painter.setPen(Qt::NoPen);
    for (int b = 0; b < buckets; ++b) {
        double base = plot.bottom();
        const double barLeft = plot.left() + b * slot + (slot - barWidth) / 2;
        for (EventType type : allEventTypes) {
            const int n = histogram.counts[int(type)][b];
            if (n == 0)
                continue;
            const double height = plot.height() * n / top;
            painter.setBrush(EventStyle::colour(type));
            painter.drawRect(QRectF(barLeft, base - height, barWidth, height));
            base -= height;
        }
    }

    // Date labels, as many as fit without crowding.
    const double labelWidth = metrics.horizontalAdvance(bucketLabel(histogram.starts.first(), bucket)) + 10 * unit;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    painter.setPen(m_style.muted);
    for (int b = 0; b < buckets; b += every) {
        const double centre = plot.left() + (b + 0.5) * slot;
        painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, plot.bottom() + 2 * unit));
        painter.drawText(QRectF(centre - labelWidth / 2, plot.bottom() + 3 * unit, labelWidth, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, bucketLabel(histogram.starts[b], bucket));
    }
    painter.restore();
}

} // namespace Sitrep
