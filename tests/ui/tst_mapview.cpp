// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapprojection.h"
#include "map/mapview.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/projectsession.h"

#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QTest>
#include <QToolTip>

using Sitrep::Event;
using Sitrep::EventPlace;
using Sitrep::EventType;
using Sitrep::MapProjection;
using Sitrep::MapView;
using Sitrep::ProjectSession;

namespace {

EventPlace place(const QString &name, double latitude, double longitude, const QString &kind = QStringLiteral("city"),
                 const QString &country = QStringLiteral("UA"))
{
    EventPlace p;
    p.name = p.canonicalName = name;
    p.kind = kind;
    p.latitude = latitude;
    p.longitude = longitude;
    p.countryCode = country;
    return p;
}

Event eventAt(qint64 id, EventType type, QList<EventPlace> places)
{
    Event event;
    event.id = id;
    event.type = type;
    const QDate day = QDate(2025, 11, 1).addDays(int(id));
    event.date = {day, day, Sitrep::DatePrecision::Day, Sitrep::DateDerivation::Explicit};
    event.summary = QStringLiteral("Event %1").arg(id);
    event.places = std::move(places);
    return event;
}

const EventPlace kyiv = place(QStringLiteral("Kyiv"), 50.45, 30.52);
const EventPlace bucha = place(QStringLiteral("Bucha"), 50.54, 30.21);
const EventPlace kharkiv = place(QStringLiteral("Kharkiv"), 49.99, 36.23);

bool near(QPointF a, QPointF b, double tolerance = 0.5)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QString describe(QPointF p)
{
    return QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectsKnownPoints();
    void roundTripsScreenPositions_data();
    void roundTripsScreenPositions();
    void zoomsAroundTheCursor();
    void fitsTheEventsOnFirstLoad();
    void clickingAMarkerSelectsItsEvents();
    void selectingAnEventElsewhereHighlightsAndReveals();
    void clustersMergeWhenZoomedOutAndSplitWhenZoomedIn();
    void anEventNamingTwoMergedPlacesCountsOnce();
    void drawsRegionsAsAreasApartFromPoints();
    void followsTheFilter();
    void describesMarkersOnHover();
    void followsOnlyItsCurrentSession();
    void wheelAndDragMoveTheMap();
    void paintsInLightAndDarkPalettes();
};

void TestMapView::projectsKnownPoints()
{
    QCOMPARE(MapProjection::toWorld(0, 0), QPointF(0.5, 0.5));
    QCOMPARE(MapProjection::toWorld(0, -180).x(), 0.0);
    QCOMPARE(MapProjection::toWorld(0, 180).x(), 1.0);
    QVERIFY(std::abs(MapProjection::toWorld(MapProjection::maximumLatitude, 0).y()) < 1e-9);
    QVERIFY(MapProjection::toWorld(50, 30).y() < 0.5); // north is up
    QCOMPARE(MapProjection::worldSize(0), 256.0);
    QCOMPARE(MapProjection::worldSize(3), 2048.0);
}

void TestMapView::roundTripsScreenPositions_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("zoom");
    QTest::newRow("Kyiv, zoomed in") << 50.45 << 30.52 << 9.0;
    QTest::newRow("El Fasher, region") << 13.63 << 25.35 << 5.5;
    QTest::newRow("Buenos Aires, world") << -34.6 << -58.4 << 1.0;
    QTest::newRow("Svalbard") << 78.2 << 15.6 << 4.25;
}

void TestMapView::roundTripsScreenPositions()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(double, zoom);
    MapView view;
    view.resize(640, 480);
    view.setView(48, 20, zoom);
    const QPointF screen = view.screenPosition(latitude, longitude);
    const QPointF geo = view.geoPosition(screen);
    QVERIFY2(std::abs(geo.x() - longitude) < 1e-9 && std::abs(geo.y() - latitude) < 1e-9, qPrintable(describe(geo)));
    // The view's centre is where it was put.
    QVERIFY(near(view.screenPosition(48, 20), QPointF(320, 240), 1e-6));
}

void TestMapView::zoomsAroundTheCursor()
{
    MapProjection projection;
    projection.setViewportSize(QSizeF(400, 300));
    projection.setZoom(4);
    projection.setCenter(MapProjection::toWorld(48, 31));
    const QPointF cursor(90, 70);
    const QPointF before = projection.geoAt(cursor);
    projection.zoomAround(cursor, 1.5);
    QCOMPARE(projection.zoom(), 5.5);
    QVERIFY(near(projection.toScreen(before.y(), before.x()), cursor, 1e-6));
}

void TestMapView::fitsTheEventsOnFirstLoad()
{
    // Two places on the equator 20° apart in a 400 × 300 view: with 40 px margins they sit at the
    // left margin and at the right one left of the zoom buttons, halfway down.
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {place(QStringLiteral("West"), 0, -10)}),
                                 eventAt(2, EventType::Diplomacy, {place(QStringLiteral("East"), 0, 10)})},
                                {});
    MapView view;
    view.resize(400, 300);
    view.setSession(&session);
    const double buttons = view.findChild<QWidget *>(QStringLiteral("mapControls"))->sizeHint().width() + 8;
    QVERIFY(buttons > 20);
    QVERIFY2(near(view.markerPosition(1), QPointF(40, 150)), qPrintable(describe(view.markerPosition(1))));
    QVERIFY2(near(view.markerPosition(2), QPointF(360 - buttons, 150)), qPrintable(describe(view.markerPosition(2))));
    QVERIFY(std::abs(view.projection().zoom() - std::log2((320.0 - buttons) / (20.0 / 360) / 256)) < 1e-9);

    // Moved away by hand, then fitted again.
    view.setView(60, 100, 2);
    view.fitToEvents();
    QVERIFY(near(view.markerPosition(1), QPointF(40, 150)));
}

void TestMapView::clickingAMarkerSelectsItsEvents()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kharkiv}), eventAt(2, EventType::Battle, {kyiv}),
                                 eventAt(3, EventType::RemoteViolence, {kyiv})},
                                {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QPointF kyivMarker = view.markerPosition(2);
    QCOMPARE(view.markerPosition(3), kyivMarker);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, kyivMarker.toPoint());

    const QModelIndexList selected = session.selection()->selectedRows();
    QCOMPARE(selected.size(), 2);
    QSet<qint64> ids;
    for (const QModelIndex &index : selected)
        ids.insert(index.data(Sitrep::EventTableModel::EventIdRole).toLongLong());
    QCOMPARE(ids, (QSet<qint64> {2, 3}));
    QVERIFY(session.currentEvent());
    QCOMPARE(session.currentEvent()->id, 2); // the first of them
    QVERIFY(view.highlightedPlaces().size() == 1);

    // A click on the sea selects nothing new.
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(5, 395));
    QCOMPARE(session.selection()->selectedRows().size(), 2);
}

void TestMapView::selectingAnEventElsewhereHighlightsAndReveals()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kharkiv}), eventAt(2, EventType::Battle, {kyiv})}, {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);
    view.setView(40, -100, 6); // over North America
    QVERIFY(!view.rect().contains(view.markerPosition(1).toPoint()));

    QVERIFY(session.selectEvent(1));
    QVERIFY(near(view.markerPosition(1), QPointF(250, 200), 1e-6)); // centred on Kharkiv
    QCOMPARE(view.projection().zoom(), 6.0); // without zooming
    const QSet<int> highlighted = view.highlightedPlaces();
    QCOMPARE(highlighted.size(), 1);
    QCOMPARE(view.markers().places()[*highlighted.cbegin()].name, QStringLiteral("Kharkiv"));

    // An event already in view is highlighted without moving the map.
    view.setView(50.2, 33.4, 5);
    const QPointF before = view.projection().center();
    QVERIFY(session.selectEvent(2));
    QCOMPARE(view.projection().center(), before);
    QCOMPARE(view.markers().places()[*view.highlightedPlaces().cbegin()].name, QStringLiteral("Kyiv"));
}

void TestMapView::clustersMergeWhenZoomedOutAndSplitWhenZoomedIn()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kyiv}), eventAt(2, EventType::Statement, {bucha}),
                                 eventAt(3, EventType::Battle, {kyiv}), eventAt(4, EventType::Battle, {kharkiv})},
                                {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);

    // Kyiv and Bucha are about 25 km apart: a few pixels at zoom 4, hundreds at zoom 11.
    view.setView(50.2, 33, 4);
    QCOMPARE(view.clusters().size(), 2);
    const Sitrep::MapCluster &merged = view.clusters()[view.clusterAt(view.markerPosition(2))];
    QCOMPARE(merged.places.size(), 2);
    QCOMPARE(merged.eventCount(), 3);
    QCOMPARE(merged.dominantType(), EventType::Battle);
    QCOMPARE(view.markerPosition(1), view.markerPosition(2));

    view.setView(50.5, 30.4, 11);
    QCOMPARE(view.clusters().size(), 3);
    QVERIFY(view.markerPosition(1) != view.markerPosition(2));
    QVERIFY(near(view.markerPosition(2), view.screenPosition(bucha.latitude.value(), bucha.longitude.value())));
}

void TestMapView::anEventNamingTwoMergedPlacesCountsOnce()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kyiv, bucha}),
                                 eventAt(2, EventType::Statement, {bucha}),
                                 eventAt(3, EventType::Battle, {kyiv, kharkiv})},
                                {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);
    const auto idsOf = [&view](const Sitrep::MapCluster &cluster) {
        QList<qint64> ids = view.markers().eventIds(cluster);
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    // Zoomed out, Kyiv and Bucha are one marker: event 1 names both but is one of its three events.
    view.setView(50.2, 33, 4);
    QCOMPARE(view.clusters().size(), 2);
    const Sitrep::MapCluster &merged = view.clusters()[view.clusterAt(view.markerPosition(2))];
    QCOMPARE(merged.eventCount(), 3);
    QCOMPARE(idsOf(merged), QList<qint64>({1, 2, 3}));
    QCOMPARE(view.markers().sourceRows(merged).size(), 3);
    const Sitrep::MapCluster &east =
        view.clusters()[view.clusterAt(view.screenPosition(kharkiv.latitude.value(), kharkiv.longitude.value()))];
    QCOMPARE(idsOf(east), QList<qint64>({3}));

    // Zoomed in, each place counts the events that name it.
    view.setView(50.5, 30.4, 11);
    const Sitrep::MapCluster &kyivAlone =
        view.clusters()[view.clusterAt(view.screenPosition(kyiv.latitude.value(), kyiv.longitude.value()))];
    const Sitrep::MapCluster &buchaAlone =
        view.clusters()[view.clusterAt(view.screenPosition(bucha.latitude.value(), bucha.longitude.value()))];
    QCOMPARE(kyivAlone.eventCount(), 2);
    QCOMPARE(idsOf(kyivAlone), QList<qint64>({1, 3}));
    QCOMPARE(buchaAlone.eventCount(), 2);
    QCOMPARE(idsOf(buchaAlone), QList<qint64>({1, 2}));
}

void TestMapView::drawsRegionsAsAreasApartFromPoints()
{
    // Kharkiv city and Kharkiv oblast share a point; the region must not pass for the city.
    ProjectSession session;
    session.events()->setEvents(
        {eventAt(1, EventType::Battle, {kharkiv}),
         eventAt(2, EventType::Battle,
                 {place(QStringLiteral("Kharkiv Oblast"), 49.99, 36.23, QStringLiteral("admin1"))}),
         eventAt(3, EventType::Diplomacy, {place(QStringLiteral("Ukraine"), 49.0, 32.0, QStringLiteral("country"))})},
        {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);
    view.setView(49.5, 34, 6);
    QCOMPARE(view.clusters().size(), 3);
    int areas = 0;
    for (const Sitrep::MapCluster &cluster : view.clusters())
        areas += cluster.area ? 1 : 0;
    QCOMPARE(areas, 2);
    const QList<Sitrep::MapPlace> &places = view.markers().places();
    const auto region = std::find_if(places.cbegin(), places.cend(), [](const auto &p) { return p.kind == u"admin1"; });
    QVERIFY(region != places.cend());
    QCOMPARE(region->regionCode, QStringLiteral("UA-63")); // its outline is found in the admin-1 layer
    QVERIFY(!view.grab().isNull());
}

void TestMapView::followsTheFilter()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kharkiv}), eventAt(2, EventType::Diplomacy, {kyiv}),
                                 eventAt(3, EventType::Battle, {})},
                                {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);
    QCOMPARE(view.markers().places().size(), 2);
    session.filteredEvents()->setTypes({EventType::Diplomacy});
    QCOMPARE(view.markers().places().size(), 1);
    QCOMPARE(view.markers().places().first().name, QStringLiteral("Kyiv"));
    // Still fitted (never moved by hand): in the middle of the part left of the zoom buttons.
    const double buttons = view.findChild<QWidget *>(QStringLiteral("mapControls"))->sizeHint().width() + 8;
    QVERIFY2(near(view.markerPosition(2), QPointF((500 - buttons) / 2, 200)),
             qPrintable(describe(view.markerPosition(2))));
}

void TestMapView::describesMarkersOnHover()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kyiv}), eventAt(2, EventType::Statement, {bucha}),
                                 eventAt(3, EventType::Battle, {kharkiv})},
                                {});
    MapView view;
    view.resize(500, 400);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setView(50.2, 33, 9);
    const QPoint onKharkiv = view.markerPosition(3).toPoint();
    QHelpEvent single(QEvent::ToolTip, onKharkiv, view.mapToGlobal(onKharkiv));
    QCoreApplication::sendEvent(&view, &single);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("<b>Kharkiv</b><br>1 event")), qPrintable(QToolTip::text()));

    view.setView(50.2, 33, 4);
    const QPoint onKyiv = view.markerPosition(1).toPoint();
    QHelpEvent merged(QEvent::ToolTip, onKyiv, view.mapToGlobal(onKyiv));
    QCoreApplication::sendEvent(&view, &merged);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("<b>2 events in 2 places</b><br>Kyiv (1), Bucha (1)")),
             qPrintable(QToolTip::text()));
}

void TestMapView::followsOnlyItsCurrentSession()
{
    ProjectSession first;
    first.events()->setEvents({eventAt(1, EventType::Battle, {kharkiv})}, {});
    ProjectSession second;
    second.events()->setEvents({eventAt(2, EventType::Battle, {kyiv}), eventAt(3, EventType::Battle, {bucha})}, {});
    MapView view;
    view.resize(400, 300);
    view.setSession(&first);
    view.setSession(&second);
    QCOMPARE(view.markers().places().size(), 2);
    // The first session changing (or its selection) leaves the view alone.
    first.events()->setEvents({eventAt(4, EventType::Battle, {kharkiv}),
                               eventAt(5, EventType::Battle, {place(QStringLiteral("Odesa"), 46.48, 30.72)}),
                               eventAt(6, EventType::Battle, {place(QStringLiteral("Dnipro"), 48.46, 35.04)})},
                              {});
    QVERIFY(first.selectEvent(5));
    QCoreApplication::processEvents();
    QCOMPARE(view.markers().places().size(), 2);
    QCOMPARE(view.markers().places().first().name, QStringLiteral("Kyiv"));
    QVERIFY(view.highlightedPlaces().isEmpty());
}

void TestMapView::wheelAndDragMoveTheMap()
{
    MapView view;
    view.resize(400, 300);
    view.setView(48, 31, 5);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QPointF cursor(100, 80);
    const QPointF under = view.geoPosition(cursor);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&view, &wheel);
    QCOMPARE(view.projection().zoom(), 6.0);
    QVERIFY(near(view.screenPosition(under.y(), under.x()), cursor, 1e-6));

    const QPointF start(200, 150);
    const QPointF grabbed = view.geoPosition(start);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, start.toPoint());
    QTest::mouseMove(&view, QPoint(230, 160));
    QTest::mouseMove(&view, QPoint(260, 170));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(260, 170));
    QVERIFY2(near(view.screenPosition(grabbed.y(), grabbed.x()), QPointF(260, 170), 1e-6),
             qPrintable(describe(view.screenPosition(grabbed.y(), grabbed.x()))));
}

void TestMapView::paintsInLightAndDarkPalettes()
{
    ProjectSession session;
    session.events()->setEvents({eventAt(1, EventType::Battle, {kharkiv}), eventAt(2, EventType::Diplomacy, {kyiv})},
                                {});
    MapView view;
    view.resize(400, 300);
    view.setSession(&session);
    const QImage light = view.grab().toImage();
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    view.setPalette(dark);
    const QImage darkImage = view.grab().toImage();
    // The sea in a corner follows the palette.
    QVERIFY(light.pixelColor(2, 2).lightnessF() > 0.7);
    QVERIFY(darkImage.pixelColor(2, 2).lightnessF() < 0.3);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
