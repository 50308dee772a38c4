// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "eventstyle.h"
#include "map/mappainter.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/projectsession.h"

#include <QAction>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <numeric>

namespace Sitrep {
namespace {

constexpr double fitMargin = 40;
constexpr double fitMaximumZoom = 8;
constexpr double dragThreshold = 3;

QString kindName(const QString &kind)
{
    if (kind == u"admin1")
        return MapView::tr("region");
    if (kind == u"country")
        return MapView::tr("country");
    if (kind == u"area")
        return MapView::tr("area");
    return MapView::tr("place");
}

QString eventCountText(int count)
{
    return count == 1 ? MapView::tr("1 event") : MapView::tr("%1 events").arg(count);
}

// Marker drawing order: areas under points, larger under smaller so no marker hides another.
QList<int> paintOrder(const QList<MapCluster> &clusters)
{
    QList<int> order(clusters.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (clusters[a].area != clusters[b].area)
            return clusters[a].area;
        return clusters[a].eventCount() > clusters[b].eventCount();
    });
    return order;
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map"));
    m_projection.setViewportSize(size());
    m_projection.setZoom(1.5);
    m_projection.setCenter(MapProjection::toWorld(30, 20));

    m_fitAction = new QAction(tr("Fit Map to Events"), this);
    m_fitAction->setObjectName(QStringLiteral("fitMapAction"));
    m_fitAction->setToolTip(tr("Show every place of the events shown"));
    connect(m_fitAction, &QAction::triggered, this, &MapView::fitToEvents);

    m_controls = new QWidget(this);
    m_controls->setObjectName(QStringLiteral("mapControls"));
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(2);
    const auto addButton = [&](const QString &text, const QString &toolTip, const QString &name) {
        auto *button = new QToolButton(m_controls);
        button->setText(text);
        button->setToolTip(toolTip);
        button->setObjectName(name);
        button->setFixedSize(26, 26);
        button->setFocusPolicy(Qt::NoFocus);
        controls->addWidget(button);
        return button;
    };
    connect(addButton(QStringLiteral("+"), tr("Zoom in"), QStringLiteral("zoomInButton")), &QToolButton::clicked, this,
            &MapView::zoomIn);
    connect(addButton(QStringLiteral("−"), tr("Zoom out"), QStringLiteral("zoomOutButton")), &QToolButton::clicked,
            this, &MapView::zoomOut);
    connect(addButton(QStringLiteral("⤢"), m_fitAction->toolTip(), QStringLiteral("fitMapButton")),
            &QToolButton::clicked, this, &MapView::fitToEvents);
    placeControls();
}

MapView::~MapView() = default;

void MapView::setSession(ProjectSession *session)
{
    if (m_session) {
        for (const QObject *source :
             std::initializer_list<const QObject *> {m_session, m_session->events(), m_session->selection()})
            disconnect(source, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &ProjectSession::shownEventsChanged, this, &MapView::scheduleRefresh);
        connect(session->events(), &QAbstractItemModel::modelReset, this, [this] { m_autoFit = true; });
        connect(session->selection(), &QItemSelectionModel::currentChanged, this, [this] {
            ensureFresh();
            followSelection(true);
        });
        connect(session->selection(), &QItemSelectionModel::selectionChanged, this, [this] {
            ensureFresh();
            followSelection(false);
        });
    }
    m_autoFit = true;
    refresh();
}

void MapView::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refresh();
    });
}

void MapView::ensureFresh() const
{
    if (m_refreshPending)
        const_cast<MapView *>(this)->refresh();
}

void MapView::refresh()
{
    m_refreshPending = false;
    QList<const Event *> events;
    QList<int> rows;
    if (m_session) {
        const auto shown = m_session->shownEvents();
        events.reserve(shown.size());
        rows.reserve(shown.size());
        for (const ProjectSession::ShownEvent &item : shown) {
            if (!item.event->places.isEmpty()) {
                events.append(item.event);
                rows.append(item.sourceRow);
            }
        }
    }
    m_markers.setEvents(events, rows);
    m_hovered = -1;
    if (m_autoFit)
        fitToEvents();
    followSelection(false);
    update();
}

const MapProjection &MapView::projection() const
{
    m_projection.setViewportSize(size());
    return m_projection;
}

const MapMarkers &MapView::markers() const
{
    ensureFresh();
    return m_markers;
}

const QList<MapCluster> &MapView::clusters() const
{
    ensureFresh();
    return m_markers.clusters(m_projection.zoom());
}

void MapView::setView(double latitude, double longitude, double zoom)
{
    m_autoFit = false;
    m_projection.setViewportSize(size());
    m_projection.setZoom(zoom);
    m_projection.setCenter(MapProjection::toWorld(latitude, longitude));
    viewChanged();
}

void MapView::fitToEvents()
{
    ensureFresh();
    // Frame the events left of the zoom buttons, so that no marker ends up beneath them.
    const double reserved = m_markers.places().isEmpty() ? 0 : m_controls->sizeHint().width() + 8;
    m_projection.setViewportSize(QSizeF(std::max(width() - reserved, 1.0), height()));
    if (m_markers.places().isEmpty())
        m_projection.fit(QRectF(MapProjection::toWorld(62, -20), MapProjection::toWorld(-5, 60)), 0, fitMaximumZoom);
    else
        m_projection.fit(m_markers.worldBounds(), fitMargin, m_markers.places().size() == 1 ? 6 : fitMaximumZoom);
    m_projection.setViewportSize(size());
    m_projection.setCenter(m_projection.center() + QPointF(reserved / 2 / m_projection.scale(), 0));
    // Until the user moves the map again, resizing and refiltering keep the events framed.
    m_autoFit = true;
    viewChanged();
}

void MapView::zoomIn()
{
    m_autoFit = false;
    m_projection.zoomAround(QPointF(width() / 2.0, height() / 2.0), 1);
    viewChanged();
}

void MapView::zoomOut()
{
    m_autoFit = false;
    m_projection.zoomAround(QPointF(width() / 2.0, height() / 2.0), -1);
    viewChanged();
}

void MapView::viewChanged()
{
    m_baseValid = false;
    m_hovered = -1;
    update();
}

void MapView::followSelection(bool reveal)
{
    m_currentEventId = 0;
    m_selectedEventIds.clear();
    m_highlightedPlaces.clear();
    if (m_session) {
        if (const Event *current = m_session->currentEvent())
            m_currentEventId = current->id;
        const EventFilterProxy *proxy = m_session->filteredEvents();
        const QModelIndexList rows = m_session->selection()->selectedRows();
        for (const QModelIndex &index : rows) {
            if (const Event *event = m_session->events()->eventAt(proxy->mapToSource(index).row()))
                m_selectedEventIds.insert(event->id);
        }
    }
    if (m_currentEventId)
        m_selectedEventIds.insert(m_currentEventId);
    for (qint64 id : std::as_const(m_selectedEventIds)) {
        for (int place : m_markers.placesOfEvent(id))
            m_highlightedPlaces.insert(place);
    }
    const QList<int> currentPlaces = m_markers.placesOfEvent(m_currentEventId);
    m_projection.setViewportSize(size());
    if (reveal && !currentPlaces.isEmpty()) {
        const QRectF inside = rect().adjusted(16, 16, -16, -16);
        const bool visible = std::any_of(currentPlaces.cbegin(), currentPlaces.cend(), [&](int place) {
            return inside.contains(m_projection.worldToScreen(m_markers.places()[place].world));
        });
        if (!visible) {
            m_autoFit = false;
            m_projection.setCenter(m_markers.places()[currentPlaces.first()].world);
            viewChanged();
        }
    }
    update();
}

double MapView::largestRadius() const
{
    // Markers as large as in a full-screen map would bury a small pane.
    return std::clamp(std::min(width(), height()) / 14.0, 13.0, 24.0);
}

int MapView::clusterAt(const QPointF &pos) const
{
    const QList<MapCluster> &all = clusters();
    const QList<int> order = paintOrder(all);
    m_projection.setViewportSize(size());
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const MapCluster &cluster = all[*it];
        const QPointF centre = m_projection.worldToScreen(cluster.world);
        const QRectF rect = MapPainter::markerRect(centre, cluster, largestRadius()).adjusted(-3, -3, 3, 3);
        if (!rect.contains(pos))
            continue;
        if (cluster.area || std::hypot(pos.x() - centre.x(), pos.y() - centre.y()) <= rect.width() / 2)
            return *it;
    }
    return -1;
}

QPointF MapView::markerPosition(qint64 eventId) const
{
    const QList<MapCluster> &all = clusters();
    const QList<int> places = m_markers.placesOfEvent(eventId);
    const int cluster = places.isEmpty() ? -1 : m_markers.clusterOfPlace(places.first(), m_projection.zoom());
    return cluster < 0 ? QPointF() : projection().worldToScreen(all[cluster].world);
}

void MapView::selectCluster(int index)
{
    const QList<MapCluster> &all = clusters();
    if (!m_session || index < 0 || index >= all.size())
        return;
    const EventFilterProxy *proxy = m_session->filteredEvents();
    QList<int> proxyRows;
    for (int sourceRow : m_markers.sourceRows(all[index])) {
        const QModelIndex mapped = proxy->mapFromSource(m_session->events()->index(sourceRow, 0));
        if (mapped.isValid())
            proxyRows.append(mapped.row());
    }
    if (proxyRows.isEmpty())
        return;
    const int first = proxyRows.first();
    std::sort(proxyRows.begin(), proxyRows.end());
    // Runs of adjacent rows become one range each, which keeps large selections cheap.
    QItemSelection selection;
    const int lastColumn = proxy->columnCount() - 1;
    for (qsizetype i = 0; i < proxyRows.size();) {
        qsizetype j = i;
        while (j + 1 < proxyRows.size() && proxyRows[j + 1] <= proxyRows[j] + 1)
            ++j;
        selection.select(proxy->index(proxyRows[i], 0), proxy->index(proxyRows[j], lastColumn));
        i = j + 1;
    }
    QItemSelectionModel *model = m_session->selection();
    model->setCurrentIndex(proxy->index(first, 0), QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MapView::paintEvent(QPaintEvent *)
{
    ensureFresh();
    const MapPainter::Colours colours = MapPainter::Colours::forPalette(palette());
    const qreal ratio = devicePixelRatioF();
    if (!m_baseValid || m_base.size() != size() * ratio) {
        m_base = QPixmap(size() * ratio);
        m_base.setDevicePixelRatio(ratio);
        QPainter basePainter(&m_base);
        MapPainter::paintBase(basePainter, m_projection, colours, font());
        m_baseValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_base);

    const QList<MapCluster> &all = m_markers.clusters(m_projection.zoom());
    const QRectF visible = rect().adjusted(-40, -40, 40, 40);
    for (const MapCluster &cluster : all) {
        if (!cluster.area)
            continue;
        for (int place : cluster.places) {
            const MapPlace &p = m_markers.places()[place];
            const auto dominant = EventType(std::max_element(p.types.cbegin(), p.types.cend()) - p.types.cbegin());
            MapPainter::paintArea(painter, m_projection, p, EventStyle::colour(dominant),
                                  m_highlightedPlaces.contains(place), colours);
        }
    }
    // A cluster holds an event when it holds one of the event's places: the selection is found
    // from its few places rather than from every cluster's events.
    QList<bool> selected(all.size(), false);
    QList<bool> current(all.size(), false);
    const auto mark = [&](QList<bool> &flags, int place) {
        if (const int cluster = m_markers.clusterOfPlace(place, m_projection.zoom()); cluster >= 0)
            flags[cluster] = true;
    };
    for (int place : std::as_const(m_highlightedPlaces))
        mark(selected, place);
    for (int place : m_markers.placesOfEvent(m_currentEventId))
        mark(current, place);
    for (int index : paintOrder(all)) {
        const MapCluster &cluster = all[index];
        const QPointF centre = m_projection.worldToScreen(cluster.world);
        if (!visible.contains(centre))
            continue;
        MapPainter::MarkerState state;
        state.largestRadius = largestRadius();
        state.hovered = index == m_hovered;
        state.current = current[index];
        state.selected = current[index] || selected[index];
        MapPainter::paintMarker(painter, centre, cluster, state, colours, font());
    }

    MapPainter::paintScaleBar(painter, m_projection, QPointF(12, height() - 10), colours, font());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.75);
    painter.setFont(small);
    QColor credit = colours.label;
    credit.setAlphaF(0.7f);
    painter.setPen(credit);
    painter.drawText(rect().adjusted(0, 0, -8, -4), Qt::AlignRight | Qt::AlignBottom, tr("Natural Earth"));
    if (m_markers.places().isEmpty()) {
        const QString text = m_session ? tr("No located events to show") : tr("No places to show yet.");
        QRectF box = QFontMetricsF(font()).boundingRect(text).adjusted(-14, -8, 14, 8);
        box.moveCenter(QRectF(rect()).center());
        QColor back = palette().color(QPalette::Base);
        back.setAlphaF(0.85f);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(box, 6, 6);
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    // Rendering a hidden widget (grab()) sends resize events without a change of size.
    if (m_projection.viewportSize() == QSizeF(size()))
        return QWidget::resizeEvent(event);
    m_projection.setViewportSize(size());
    placeControls();
    if (m_autoFit)
        fitToEvents();
    viewChanged();
    QWidget::resizeEvent(event);
}

void MapView::placeControls()
{
    m_controls->adjustSize();
    m_controls->move(width() - m_controls->width() - 8, 8);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    m_autoFit = false;
    m_projection.zoomAround(event->position(), notches * 0.5);
    viewChanged();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (event->position() - m_pressPos).manhattanLength() >= dragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_autoFit = false;
            m_projection.panBy(event->position() - m_lastPos);
            m_lastPos = event->position();
            viewChanged();
        }
        return;
    }
    const int hovered = clusterAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    selectCluster(clusterAt(event->position()));
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || clusterAt(event->position()) >= 0)
        return;
    m_autoFit = false;
    m_projection.zoomAround(event->position(), 1);
    viewChanged();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToEvents();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const double step = 80;
        const QPointF by(event->key() == Qt::Key_Left        ? step
                             : event->key() == Qt::Key_Right ? -step
                                                             : 0,
                         event->key() == Qt::Key_Up         ? step
                             : event->key() == Qt::Key_Down ? -step
                                                            : 0);
        m_autoFit = false;
        m_projection.panBy(by);
        viewChanged();
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        viewChanged();
    QWidget::changeEvent(event);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = clusterAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describeCluster(clusters()[index]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString MapView::describeCluster(const MapCluster &cluster) const
{
    const QList<MapPlace> &places = m_markers.places();
    QString text;
    if (cluster.places.size() == 1) {
        const MapPlace &place = places[cluster.places.first()];
        text = QStringLiteral("<b>%1</b>").arg(place.name.toHtmlEscaped());
        if (place.isArea())
            text += QStringLiteral(" <i>(%1)</i>").arg(kindName(place.kind));
        text += QStringLiteral("<br>") + eventCountText(cluster.eventCount());
    } else {
        text = QStringLiteral("<b>%1</b>")
                   .arg(tr("%1 in %2 places").arg(eventCountText(cluster.eventCount())).arg(cluster.places.size()));
        QStringList names;
        for (int place : cluster.places.mid(0, 6))
            names
                << QStringLiteral("%1 (%2)").arg(places[place].name.toHtmlEscaped()).arg(places[place].eventIds.size());
        if (cluster.places.size() > 6)
            names << QStringLiteral("…");
        text += QStringLiteral("<br>") + names.join(QStringLiteral(", "));
    }
    for (EventType type : allEventTypes) {
        if (const int n = cluster.types[int(type)])
            text += QStringLiteral("<br><span style=\"color:%1\">●</span> %2: %3")
                        .arg(EventStyle::colour(type).name(), eventTypeLabel(type).toHtmlEscaped())
                        .arg(n);
    }
    return text;
}

} // namespace Sitrep
