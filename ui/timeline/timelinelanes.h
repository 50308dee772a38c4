// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSet>
#include <QWidget>

namespace Sitrep {

class TimelineData;
class TimelineScale;

// Individual events below the histogram: a dot for a day, a bar for a span of days, and a hatched
// band over the whole interval of a week- or month-precision date. Events are packed into as many
// lanes as fit; past that, or with thousands in view, they collapse into a density strip.
// Mouse input is handled by TimelineView.
class TimelineLanes final : public QWidget
{
    Q_OBJECT

public:
    struct Mark
    {
        QRectF rect;
        int item = -1; // index into TimelineData::items()
        bool point = false;
    };

    TimelineLanes(const TimelineData *data, TimelineScale *scale, QWidget *parent = nullptr);

    // The horizontal extent shared with the histogram's plot area.
    void setPlotSpan(double left, double width);
    void dataChanged();
    void setSelection(qint64 currentEventId, QSet<qint64> selectedEventIds);

    // The item under a point, or -1; and the rectangle an item is drawn in (empty when it is not).
    int itemAt(const QPointF &pos) const;
    QRectF itemRect(int item) const;
    bool isAggregated() const;
    int overflowCount() const;

    static constexpr int denseThreshold = 4000;

    QSize sizeHint() const override { return {600, 90}; }
    QSize minimumSizeHint() const override { return {100, 40}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QList<Mark> marks;
        QList<double> overflowX; // positions of events that found no lane
        QList<int> density; // events per pixel column when aggregated
        QList<int> densityType; // the commonest type per column
        int visible = 0;
        int before = 0; // events wholly outside the view, on either side
        int after = 0;
        bool aggregated = false;
    };
    const Layout &layout() const;
    void invalidate();
    double laneHeight() const;
    int laneCapacity() const;
    void paintDensity(QPainter &painter, const Layout &layout) const;
    void paintOverflow(QPainter &painter, QList<double> positions) const;
    void paintPill(QPainter &painter, const QString &text, double y, Qt::Alignment side) const;
    void paintMark(QPainter &painter, const Mark &mark, bool current, bool selected) const;

    const TimelineData *m_data = nullptr;
    TimelineScale *m_scale = nullptr;
    double m_left = 0;
    double m_width = 0;
    qint64 m_currentEventId = 0;
    QSet<qint64> m_selectedEventIds;
    int m_hovered = -1;
    mutable Layout m_layout;
    mutable bool m_layoutValid = false;
    QSize m_layoutSize;
};

} // namespace Sitrep
