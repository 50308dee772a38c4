// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelanes.h"

#include "eventstyle.h"
#include "timeline/timelinedata.h"
#include "timeline/timelinescale.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

#include <cmath>
#include <limits>

namespace Sitrep {
namespace {

constexpr double topPadding = 7;
constexpr double bottomPadding = 5;
constexpr double pointRadius = 4.5;
constexpr double barHeight = 8;
constexpr double packingGap = 2;

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(float(alpha));
    return colour;
}

} // namespace

TimelineLanes::TimelineLanes(const TimelineData *data, TimelineScale *scale, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_scale(scale)
{
    setObjectName(QStringLiteral("timelineLanes"));
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_scale, &TimelineScale::rangeChanged, this, &TimelineLanes::invalidate);
    connect(m_scale, &TimelineScale::brushChanged, this, qOverload<>(&QWidget::update));
}

void TimelineLanes::setPlotSpan(double left, double width)
{
    if (left == m_left && width == m_width)
        return;
    m_left = left;
    m_width = width;
    invalidate();
}

void TimelineLanes::dataChanged()
{
    m_hovered = -1;
    invalidate();
}

void TimelineLanes::setSelection(qint64 currentEventId, QSet<qint64> selectedEventIds)
{
    if (currentEventId == m_currentEventId && selectedEventIds == m_selectedEventIds)
        return;
    m_currentEventId = currentEventId;
    m_selectedEventIds = std::move(selectedEventIds);
    invalidate(); // selected events are packed first
}

void TimelineLanes::invalidate()
{
    m_layoutValid = false;
    update();
}

double TimelineLanes::laneHeight() const
{
    return 14;
}

int TimelineLanes::laneCapacity() const
{
    return std::max(1, int((height() - topPadding - bottomPadding) / laneHeight()));
}

const TimelineLanes::Layout &TimelineLanes::layout() const
{
    if (m_layoutValid)
        return m_layout;
    m_layoutValid = true;
    m_layout = Layout {};
    if (m_width <= 0)
        return m_layout;
    const QList<TimelineItem> &items = m_data->items();
    const QList<int> visible = m_data->overlapping(m_scale->from(), m_scale->to());
    m_layout.visible = int(visible.size());
    std::tie(m_layout.before, m_layout.after) = m_data->outside(m_scale->from(), m_scale->to());
    const auto x = [this](double day) {
        return m_scale->xForDay(day, m_left, m_width);
    };

    if (visible.size() > denseThreshold) {
        // Too many to draw one by one and still read: count per pixel column instead.
        const int columns = int(std::ceil(m_width)) + 1;
        QList<int> perType(columns * eventTypeCount, 0);
        m_layout.density.fill(0, columns);
        m_layout.densityType.fill(int(EventType::Other), columns);
        for (int index : visible) {
            const TimelineItem &item = items[index];
            const int first = std::clamp(int(x(item.start) - m_left), 0, columns - 1);
            const int last = std::clamp(int(x(item.end + 1) - m_left), first, columns - 1);
            for (int c = first; c <= last; ++c) {
                ++m_layout.density[c];
                ++perType[c * eventTypeCount + int(item.type)];
            }
        }
        for (int c = 0; c < columns; ++c) {
            const auto begin = perType.cbegin() + c * eventTypeCount;
            m_layout.densityType[c] = int(std::max_element(begin, begin + eventTypeCount) - begin);
        }
        m_layout.aggregated = true;
        return m_layout;
    }

    // Exact dates first, in the upper lanes; uncertain intervals below them, so the wide hatched
    // bands of month-precision dates do not push every precise event down. Within each group the
    // current and selected events claim their lanes first, so they never end up in the overflow.
    QList<int> ordered;
    ordered.reserve(visible.size());
    for (const bool priority : {true, false}) {
        for (int index : visible) {
            const qint64 id = items[index].eventId;
            if ((id == m_currentEventId || m_selectedEventIds.contains(id)) == priority)
                ordered.append(index);
        }
    }
    using Span = std::pair<double, double>;
    const auto fits = [](const QList<Span> &lane, double left, double right) {
        const auto next = std::lower_bound(lane.cbegin(), lane.cend(), Span {left, left});
        if (next != lane.cend() && next->first < right + packingGap)
            return false;
        return next == lane.cbegin() || std::prev(next)->second + packingGap <= left;
    };
    const auto pack = [&](int capacity) {
        Layout result;
        result.visible = int(visible.size());
        QList<QList<Span>> lanes(capacity);
        int firstLane = 0;
        for (const bool uncertain : {false, true}) {
            int used = 0;
            for (int index : std::as_const(ordered)) {
                const TimelineItem &item = items[index];
                if (item.isUncertain() != uncertain)
                    continue;
                const double x0 = x(item.start);
                const double x1 = x(item.end + 1);
                const bool point = !uncertain && item.start == item.end;
                QRectF rect = point ? QRectF((x0 + x1) / 2 - pointRadius, 0, 2 * pointRadius, 2 * pointRadius)
                                    : QRectF(x0, 0, std::max(x1 - x0, 3.0), barHeight);
                const double left = std::max(rect.left(), m_left - 20);
                const double right = std::min(rect.right(), m_left + m_width + 20);
                int lane = firstLane;
                while (lane < capacity && !fits(lanes[lane], left, right))
                    ++lane;
                if (lane >= capacity) {
                    result.overflowX.append(rect.center().x());
                    continue;
                }
                QList<Span> &spans = lanes[lane];
                spans.insert(std::lower_bound(spans.begin(), spans.end(), Span {left, right}), Span {left, right});
                used = std::max(used, lane - firstLane + 1);
                rect.moveTop(topPadding + lane * laneHeight() + (laneHeight() - rect.height()) / 2);
                result.marks.append(Mark {rect, index, point});
            }
            firstLane += used;
        }
        return result;
    };
    const int capacity = laneCapacity();
    const auto [before, after] = std::pair(m_layout.before, m_layout.after);
    m_layout = pack(capacity);
    if (!m_layout.overflowX.isEmpty() && capacity > 1)
        m_layout = pack(capacity - 1); // the last lane becomes the strip of those that did not fit
    m_layout.before = before;
    m_layout.after = after;
    return m_layout;
}

int TimelineLanes::itemAt(const QPointF &pos) const
{
    const Layout &current = layout();
    if (current.aggregated)
        return -1;
    // Topmost first: marks are painted in order, so search backwards.
    for (auto it = current.marks.crbegin(); it != current.marks.crend(); ++it) {
        if (it->rect.adjusted(-2, -3, 2, 3).contains(pos))
            return it->item;
    }
    return -1;
}

QRectF TimelineLanes::itemRect(int item) const
{
    for (const Mark &mark : layout().marks) {
        if (mark.item == item)
            return mark.rect;
    }
    return {};
}

bool TimelineLanes::isAggregated() const
{
    return layout().aggregated;
}

int TimelineLanes::overflowCount() const
{
    return int(layout().overflowX.size());
}

void TimelineLanes::resizeEvent(QResizeEvent *event)
{
    // Rendering a hidden widget (grab()) sends resize events without a change of size.
    if (event->size() != m_layoutSize)
        invalidate();
    m_layoutSize = event->size();
    QWidget::resizeEvent(event);
}

void TimelineLanes::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = event->buttons() == Qt::NoButton ? itemAt(event->position()) : -1;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineLanes::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineLanes::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const auto x = [this](double day) {
        return m_scale->xForDay(day, m_left, m_width);
    };

    // A hairline separating the lanes from the histogram's date labels.
    painter.setPen(withAlpha(text, 0.12));
    painter.drawLine(QPointF(m_left, 0.5), QPointF(m_left + m_width, 0.5));
    for (const TimelineScale::Tick &tick : m_scale->ticks(m_width, 64)) {
        painter.setPen(withAlpha(text, tick.major ? 0.16 : 0.08));
        painter.drawLine(QPointF(x(tick.day), 0), QPointF(x(tick.day), height()));
    }
    if (m_scale->hasBrush()) {
        const double left = x(double(m_scale->brushFrom().toJulianDay()));
        const double right = x(double(m_scale->brushTo().toJulianDay()) + 1);
        painter.fillRect(QRectF(left, 0, right - left, height()), withAlpha(highlight, 0.16));
        painter.setPen(QPen(highlight, 1.5));
        painter.drawLine(QPointF(left, 0), QPointF(left, height()));
        painter.drawLine(QPointF(right, 0), QPointF(right, height()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(QRectF(m_left - pointRadius - 2, 0, m_width + 2 * pointRadius + 4, height()));

    const Layout &current = layout();
    if (m_data->isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dated events to show"));
        return;
    }
    const auto paintEdges = [&] {
        // Tells that the view is not everything, and on which side the rest lies.
        if (current.before > 0)
            paintPill(painter, tr("‹ %L1 earlier").arg(current.before), topPadding - 4, Qt::AlignLeft);
        if (current.after > 0)
            paintPill(painter, tr("%L1 later ›").arg(current.after), topPadding - 4, Qt::AlignRight);
    };
    if (current.aggregated) {
        paintDensity(painter, current);
        paintEdges();
        return;
    }
    const Mark *currentMark = nullptr;
    for (const Mark &mark : current.marks) {
        const TimelineItem &item = m_data->items()[mark.item];
        if (item.eventId == m_currentEventId) {
            currentMark = &mark;
            continue;
        }
        paintMark(painter, mark, false, m_selectedEventIds.contains(item.eventId));
    }
    if (currentMark) // on top of its neighbours
        paintMark(painter, *currentMark, true, true);

    if (!current.overflowX.isEmpty())
        paintOverflow(painter, current.overflowX);
    paintEdges();
}

void TimelineLanes::paintOverflow(QPainter &painter, QList<double> positions) const
{
    // Events that found no lane, counted where they are: "+12" over a crowded day.
    std::sort(positions.begin(), positions.end());
    const double laneTop = topPadding + (laneCapacity() - 1) * laneHeight();
    const QColor text = palette().color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    double placedRight = -1e9;
    for (qsizetype first = 0; first < positions.size();) {
        qsizetype last = first;
        while (last + 1 < positions.size() && positions[last + 1] - positions[last] < 14)
            ++last;
        const QString label = QStringLiteral("+%1").arg(last - first + 1);
        const double width = metrics.horizontalAdvance(label) + 8;
        QRectF chip((positions[first] + positions[last]) / 2 - width / 2, laneTop + 1, width, laneHeight() - 2);
        chip.moveLeft(std::max(chip.left(), placedRight + 2));
        painter.setPen(QPen(withAlpha(text, 0.3), 1));
        painter.drawLine(QPointF(positions[first], chip.center().y()), QPointF(positions[last], chip.center().y()));
        painter.setPen(QPen(withAlpha(text, 0.18), 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter.setPen(withAlpha(text, 0.75));
        painter.drawText(chip, Qt::AlignCenter, label);
        placedRight = chip.right();
        first = last + 1;
    }
}

void TimelineLanes::paintPill(QPainter &painter, const QString &text, double y, Qt::Alignment side) const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QRectF box = QFontMetricsF(small).boundingRect(text).adjusted(-6, -2, 6, 2);
    const double x = side == Qt::AlignLeft ? m_left + 2 : m_left + m_width - box.width() - 2;
    const QRectF placed(x, y, box.width(), box.height());
    painter.setPen(withAlpha(palette().color(QPalette::Text), 0.15));
    painter.setBrush(withAlpha(palette().color(QPalette::Base), 0.92));
    painter.drawRoundedRect(placed, placed.height() / 2, placed.height() / 2);
    painter.setPen(withAlpha(palette().color(QPalette::Text), 0.7));
    painter.drawText(placed, Qt::AlignCenter, text);
}

void TimelineLanes::paintMark(QPainter &painter, const Mark &mark, bool current, bool selected) const
{
    const TimelineItem &item = m_data->items()[mark.item];
    const QColor colour = EventStyle::colour(item.type);
    const QColor highlight = palette().color(QPalette::Highlight);
    const bool hovered = mark.item == m_hovered;
    if (current) {
        // A halo that reads on both palettes, whatever the event's colour.
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(highlight, 0.35));
        const QRectF halo = mark.rect.adjusted(-4, -4, 4, 4);
        if (mark.point)
            painter.drawEllipse(halo);
        else
            painter.drawRoundedRect(halo, 5, 5);
    }
    const QPen outline = selected || hovered ? QPen(selected ? highlight : palette().color(QPalette::Text), 1.6)
                                             : QPen(palette().color(QPalette::Base), 1);
    if (mark.point) {
        painter.setPen(outline);
        painter.setBrush(colour);
        painter.drawEllipse(mark.rect);
    } else if (!item.isUncertain()) {
        painter.setPen(selected || hovered ? outline : Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(mark.rect, 3, 3);
    } else {
        // The event happened somewhere in this interval: a faint band, hatched, with a firm outline.
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(colour, 0.16));
        painter.drawRoundedRect(mark.rect, 3, 3);
        painter.setBrush(QBrush(withAlpha(colour, 0.7), Qt::BDiagPattern));
        painter.drawRoundedRect(mark.rect, 3, 3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(selected || hovered ? outline : QPen(withAlpha(colour, 0.8), 1));
        painter.drawRoundedRect(mark.rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
}

void TimelineLanes::paintDensity(QPainter &painter, const Layout &layout) const
{
    const int highest = *std::max_element(layout.density.cbegin(), layout.density.cend());
    const double top = topPadding;
    const double bottom = height() - bottomPadding - 16;
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int c = 0; c < layout.density.size(); ++c) {
        if (layout.density[c] == 0)
            continue;
        const double share = std::sqrt(double(layout.density[c]) / std::max(highest, 1));
        painter.fillRect(QRectF(m_left + c, top, 1, bottom - top),
                         withAlpha(EventStyle::colour(EventType(layout.densityType[c])), 0.15 + 0.85 * share));
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(m_left, bottom, m_width, height() - bottom), Qt::AlignCenter,
                     tr("%L1 events in view: zoom in to see them one by one").arg(layout.visible));
}

} // namespace Sitrep
