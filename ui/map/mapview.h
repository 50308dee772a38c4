// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/mapmarkers.h"
#include "map/mapprojection.h"

#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QToolButton;

namespace Sitrep {

class ProjectSession;

// The map pane: the offline Natural Earth base map with the places of the filtered events,
// clustered when crowded, coloured by event type. Regions, countries and named areas show as
// outlined areas with a square marker rather than as false exact points. Wheel (or + and -)
// zooms around the cursor, dragging (or the arrow keys) pans, 0 fits the events; a click on a
// marker selects its events through the session's selection model, and selecting an event
// elsewhere highlights its places and brings them into view.
class MapView final : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setSession(ProjectSession *session);

    const MapProjection &projection() const;
    // Centres on a point at a zoom level, as if the user had moved there.
    void setView(double latitude, double longitude, double zoom);
    QPointF screenPosition(double latitude, double longitude) const
    {
        return projection().toScreen(latitude, longitude);
    }
    // (longitude, latitude) under a point of the widget.
    QPointF geoPosition(const QPointF &pos) const { return projection().geoAt(pos); }

    const MapMarkers &markers() const;
    const QList<MapCluster> &clusters() const;
    // The cluster drawn at a point, as an index into clusters(), or -1.
    int clusterAt(const QPointF &pos) const;
    // The marker centre showing an event's first place, or a null point.
    QPointF markerPosition(qint64 eventId) const;
    // Places of the selected events, as indexes into markers().places().
    QSet<int> highlightedPlaces() const { return m_highlightedPlaces; }

    QAction *fitAction() const { return m_fitAction; }

    QSize sizeHint() const override { return {360, 260}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

public Q_SLOTS:
    void fitToEvents();
    void zoomIn();
    void zoomOut();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void ensureFresh() const;
    void followSelection(bool reveal);
    void selectCluster(int cluster);
    void viewChanged();
    void placeControls();
    double largestRadius() const;
    QString describeCluster(const MapCluster &cluster) const;

    QPointer<ProjectSession> m_session;
    // Mutable so that const queries see the current size: a hidden widget gets its resize event
    // only when shown, but callers may ask where things are before that.
    mutable MapProjection m_projection;
    MapMarkers m_markers;
    QPixmap m_base; // the base map as last drawn, reused until the view changes
    bool m_baseValid = false;
    bool m_refreshPending = false;
    bool m_autoFit = true; // keep fitting to the events until the user moves the map
    int m_hovered = -1;
    qint64 m_currentEventId = 0;
    QSet<qint64> m_selectedEventIds;
    QSet<int> m_highlightedPlaces;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
    QWidget *m_controls = nullptr;
    QAction *m_fitAction = nullptr;
};

} // namespace Sitrep
