// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline and map panes with 100,000 events: rebuilding after a filter change, one frame of
// zooming or panning, and a repaint that reuses the cached base map. A frame must stay under 16 ms.
// With --shots DIR [--project FILE] it instead saves PNGs of both panes, light and dark, to look at.
#include "map/mappainter.h"
#include "map/mapprojection.h"
#include "map/mapview.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/projectsession.h"
#include "store/projectstore.h"
#include "timeline/timelinescale.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPalette>
#include <QRandomGenerator>
#include <QStyleFactory>

#include <benchmark/benchmark.h>

#include <cstring>

namespace {

using namespace Sitrep;

struct City
{
    const char *name;
    double latitude;
    double longitude;
};

constexpr City cities[] = {
    {"Kyiv", 50.45, 30.52},     {"Kharkiv", 49.99, 36.23},      {"Odesa", 46.48, 30.72},    {"Dnipro", 48.46, 35.04},
    {"Pokrovsk", 48.28, 37.18}, {"Zaporizhzhia", 47.84, 35.14}, {"Khartoum", 15.50, 32.56}, {"El Fasher", 13.63, 25.35},
    {"Gaza", 31.50, 34.47},     {"Moscow", 55.75, 37.62},       {"Geneva", 46.20, 6.14},    {"Istanbul", 41.01, 28.98},
};

QList<Event> syntheticEvents(int count)
{
    QRandomGenerator random(7);
    QList<Event> events;
    events.reserve(count);
    const QDate first(2022, 2, 24);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = i + 1;
        event.type = allEventTypes[random.bounded(int(std::size(allEventTypes)))];
        const QDate start = first.addDays(random.bounded(1400));
        const int shape = random.bounded(10);
        const DatePrecision precision = shape == 0 ? DatePrecision::Month
            : shape == 1                           ? DatePrecision::Week
                                                   : DatePrecision::Day;
        const QDate end = precision == DatePrecision::Month ? start.addDays(29)
            : precision == DatePrecision::Week              ? start.addDays(6)
                                                            : start.addDays(shape == 2 ? 3 : 0);
        event.date = DateInterval {start, end, precision, DateDerivation::Explicit};
        event.summary = QStringLiteral("Synthetic event %1").arg(i);
        const City &city = cities[random.bounded(int(std::size(cities)))];
        EventPlace place;
        place.name = place.canonicalName = QString::fromLatin1(city.name);
        place.kind = QStringLiteral("city");
        // Scatter around the city so that clustering has work to do.
        place.latitude = city.latitude + random.bounded(2.0) - 1;
        place.longitude = city.longitude + random.bounded(2.0) - 1;
        place.geonameId = 1000000 + random.bounded(5000);
        event.places.append(place);
        events.append(std::move(event));
    }
    return events;
}

ProjectSession &bigSession()
{
    static ProjectSession *session = [] {
        auto *created = new ProjectSession;
        created->events()->setEvents(syntheticEvents(100000), {});
        return created;
    }();
    return *session;
}

void timelineRefresh(benchmark::State &state)
{
    TimelineView view;
    view.resize(1200, 240);
    view.setSession(&bigSession());
    for (auto _ : state) {
        view.setSession(&bigSession()); // rebuilds from the filter, as a filter change does
        benchmark::DoNotOptimize(view.barCount());
    }
}
BENCHMARK(timelineRefresh)->Unit(benchmark::kMillisecond);

void timelineZoomFrame(benchmark::State &state)
{
    TimelineView view;
    view.resize(1200, 240);
    view.setSession(&bigSession());
    view.setVisibleRange(QDate(2023, 1, 1), QDate(2023, 3, 1));
    double factor = 1.1;
    for (auto _ : state) {
        view.scale()->zoom(factor, view.scale()->from() + view.scale()->span() / 2);
        factor = 1 / factor;
        benchmark::DoNotOptimize(view.grab());
    }
}
BENCHMARK(timelineZoomFrame)->Unit(benchmark::kMillisecond);

void mapRefresh(benchmark::State &state)
{
    MapView view;
    view.resize(800, 600);
    for (auto _ : state) {
        view.setSession(&bigSession());
        benchmark::DoNotOptimize(view.clusters().size());
    }
}
BENCHMARK(mapRefresh)->Unit(benchmark::kMillisecond);

void mapFrame(benchmark::State &state)
{
    MapView view;
    view.resize(800, 600);
    view.setSession(&bigSession());
    view.setView(48.5, 33, state.range(0));
    double step = 2;
    for (auto _ : state) {
        // A pan step: the base map is drawn again from its cached paths.
        view.setView(48.5, 33 + step, double(state.range(0)));
        step = -step;
        benchmark::DoNotOptimize(view.grab());
    }
}
BENCHMARK(mapFrame)->Arg(2)->Arg(5)->Arg(8)->Unit(benchmark::kMillisecond);

void mapRepaint(benchmark::State &state)
{
    MapView view;
    view.resize(800, 600);
    view.setSession(&bigSession());
    view.setView(48.5, 33, 5);
    view.grab();
    for (auto _ : state)
        benchmark::DoNotOptimize(view.grab()); // hover or selection: the base map is reused
}
BENCHMARK(mapRepaint)->Unit(benchmark::kMillisecond);

void mapBaseOnly(benchmark::State &state)
{
    MapProjection projection;
    projection.setViewportSize(QSizeF(800, 600));
    projection.setZoom(double(state.range(0)));
    projection.setCenter(MapProjection::toWorld(48.5, 33));
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    const auto colours = MapPainter::Colours::forPalette(QApplication::palette());
    for (auto _ : state) {
        QPainter painter(&image);
        MapPainter::paintBase(painter, projection, colours, QApplication::font());
    }
}
BENCHMARK(mapBaseOnly)->Arg(2)->Arg(5)->Arg(8)->Unit(benchmark::kMillisecond);

void blankGrab(benchmark::State &state)
{
    QWidget widget;
    widget.resize(800, 600);
    for (auto _ : state)
        benchmark::DoNotOptimize(widget.grab());
}
BENCHMARK(blankGrab)->Unit(benchmark::kMillisecond);

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x96));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x72, 0x78));
    return p;
}

int saveShots(const QString &directory, const QString &projectPath)
{
    ProjectSession session;
    if (!projectPath.isEmpty()) {
        auto store = ProjectStore::open(projectPath);
        if (!store) {
            qWarning("%s", qPrintable(store.error().toString()));
            return 1;
        }
        session.setStore(std::move(*store));
    } else {
        session.events()->setEvents(syntheticEvents(100000), {});
    }
    QDir().mkpath(directory);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        TimelineView timeline;
        timeline.resize(1100, 250);
        timeline.setSession(&session);
        MapView map;
        map.resize(720, 520);
        map.setSession(&session);
        timeline.show();
        map.show();
        QApplication::processEvents();
        const int middle = session.filteredEvents()->rowCount() / 2;
        session.selection()->setCurrentIndex(session.filteredEvents()->index(middle, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::processEvents();
        timeline.grab().save(QDir(directory).filePath(QStringLiteral("timeline") + suffix));
        map.grab().save(QDir(directory).filePath(QStringLiteral("map") + suffix));
        map.setView(48.6, 33.5, 5.6); // Ukraine, where the samples put most places
        QApplication::processEvents();
        map.grab().save(QDir(directory).filePath(QStringLiteral("map-zoomed") + suffix));
        if (const Event *current = session.currentEvent(); current && current->isDated()) {
            timeline.setVisibleRange(current->date.start.addDays(-20), current->date.start.addDays(20));
            QApplication::processEvents(); // the chart lays its axes out on the next pass of the event loop
            timeline.grab().save(QDir(directory).filePath(QStringLiteral("timeline-zoomed") + suffix));
        }
        timeline.showBrush(timeline.firstVisibleDate().addDays(3), timeline.firstVisibleDate().addDays(9));
        QApplication::processEvents();
        timeline.grab().save(QDir(directory).filePath(QStringLiteral("timeline-brushed") + suffix));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QString shots;
    QString project;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--shots") == 0)
            shots = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strcmp(argv[i], "--project") == 0)
            project = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (!shots.isEmpty())
        return saveShots(shots, project);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
