// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace Sitrep {

// What the histogram and the lanes share: the visible stretch of time and the brushed range.
// Days are Julian day numbers as doubles, and day d covers [d, d + 1), so both panes map time to
// pixels the same way and a brush snaps to whole days.
class TimelineScale final : public QObject
{
    Q_OBJECT

public:
    struct Tick
    {
        double day = 0;
        QString label;
        bool major = false; // a month or year boundary, drawn a little stronger
    };

    explicit TimelineScale(QObject *parent = nullptr);

    double from() const { return m_from; }
    double to() const { return m_to; }
    double span() const { return m_to - m_from; }
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;

    // Keeps at least minimumSpan days and never more than a century in view.
    void setRange(double from, double to);
    void setVisibleDates(const QDate &first, const QDate &last);
    // factor < 1 zooms in; the anchor day stays under the cursor.
    void zoom(double factor, double anchorDay);
    void pan(double days);

    static double xForDay(double day, double from, double to, double left, double width);
    double xForDay(double day, double left, double width) const { return xForDay(day, m_from, m_to, left, width); }
    double dayForX(double x, double left, double width) const;

    // Date ticks about minimumSpacing pixels apart or more, on calendar boundaries.
    QList<Tick> ticks(double width, double minimumSpacing) const;

    bool hasBrush() const { return m_brushFrom.isValid(); }
    QDate brushFrom() const { return m_brushFrom; }
    QDate brushTo() const { return m_brushTo; }
    void setBrush(const QDate &from, const QDate &to); // null dates clear it
    void clearBrush() { setBrush({}, {}); }

    static constexpr double minimumSpan = 3;

Q_SIGNALS:
    void rangeChanged();
    void brushChanged();

private:
    double m_from = 0;
    double m_to = 0;
    QDate m_brushFrom;
    QDate m_brushTo;
};

} // namespace Sitrep
