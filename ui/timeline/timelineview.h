// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinedata.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

class QKeyEvent;
class QLabel;
class QToolButton;

namespace Sitrep {

class HistogramChart;
class ProjectSession;
class TimelineLanes;
class TimelineScale;

// The timeline pane: a histogram of the filtered events per day, week or month, stacked by type,
// above lanes of individual events. Wheel zooms, dragging pans, Shift+drag (or drag in brush mode)
// brushes a date range, double-click (or 0) fits the events, Left and Right walk the events in date
// order (Shift+Left and Shift+Right pan), + and - zoom, Esc clears the brush; a click on an event
// selects it through the session's selection model. Every Qt Charts use stays in this folder so a
// move to Qt Graphs touches one place.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Reads the session's filtered events and follows (and drives) its selection model.
    void setSession(ProjectSession *session);
    // Compatibility with the first main window: day counts of bare dates, used while no session is
    // set. Prefer setSession.
    void setDates(const QList<QDate> &dates);

    // Bars with at least one event in the histogram as it is drawn now.
    int barCount() const;
    TimelineBucket bucket() const;
    const TimelineHistogram &histogram() const;
    const TimelineData &data() const;
    TimelineScale *scale() const { return m_scale; }

    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;
    void setVisibleRange(const QDate &first, const QDate &last);

    bool hasBrush() const;
    QDate brushFrom() const;
    QDate brushTo() const;
    bool isBrushMode() const;
    // Where an event is drawn, in this widget's coordinates; empty when it is not drawn.
    QRect eventRect(qint64 eventId) const;

public Q_SLOTS:
    void fitToEvents();
    void setBrushMode(bool on);
    // Shows a range chosen elsewhere (the filter bar) without emitting rangeBrushed.
    void showBrush(const QDate &from, const QDate &to);
    void clearBrush(); // emits brushCleared when there was one

Q_SIGNALS:
    void rangeBrushed(const QDate &from, const QDate &to);
    void brushCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, Brush };

    void scheduleRefresh();
    void refresh();
    void ensureFresh() const;
    void updateHistogram();
    void updateSelection();
    void updateHeader();
    void revealCurrent();
    void selectItem(int item);
    bool handleMouse(QWidget *source, QEvent *event);
    bool handleKey(const QKeyEvent *event);
    QString describeItem(int item) const;
    double dayAt(double x) const;

    QPointer<ProjectSession> m_session;
    TimelineScale *m_scale = nullptr;
    TimelineData m_data;
    HistogramChart *m_chart = nullptr;
    TimelineLanes *m_lanes = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_range = nullptr;
    QToolButton *m_brushButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QList<QDate> m_dates; // setDates() input while there is no session
    bool m_refreshPending = false;
    bool m_fitPending = true;
    bool m_holdView = false; // until control returns to the event loop after fitting a new project
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressDay = 0;
    double m_pressFrom = 0;
    double m_pressTo = 0;
};

} // namespace Sitrep
