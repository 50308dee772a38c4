// SPDX-License-Identifier: GPL-3.0-or-later
// The window and its panes over a project of 100,000 events in 50,000 articles (issue 7's targets),
// each sitrepX beside peerX, the same work done with stock Qt: the window opened, shown and populated
// (< 1.5 s; peer: a QSqlQueryModel table of the same events) with the peak memory of a fresh process
// doing it (< 600 MB); a filter change reaching every pane (< 100 ms; peer: QSortFilterProxyModel's
// fixed-string filter); one frame of timeline and map zoom and pan (< 16 ms; peers: a Qt Charts
// scatter series and a QGraphicsView with one item per event place). The project file is generated
// once in the temp folder. With --shots DIR [--project FILE] it instead saves PNGs of both panes,
// light and dark, to look at.
#include "generatedproject.h"
#include "mainwindow.h"
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
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPalette>
#include <QProcess>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QValueAxis>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
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
BENCHMARK(timelineZoomFrame)->Name("sitrepTimelineZoomFrame")->Unit(benchmark::kMillisecond);

void timelinePanFrame(benchmark::State &state)
{
    TimelineView view;
    view.resize(1200, 240);
    view.setSession(&bigSession());
    view.setVisibleRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    double step = 20;
    for (auto _ : state) {
        view.scale()->pan(step);
        step = -step;
        benchmark::DoNotOptimize(view.grab());
    }
}
BENCHMARK(timelinePanFrame)->Name("sitrepTimelinePanFrame")->Unit(benchmark::kMillisecond);

// The stock way to draw 100,000 dated events: a Qt Charts scatter series, one point each.
struct PeerChart
{
    QChartView view;
    QValueAxis *axisX = new QValueAxis;

    PeerChart()
    {
        auto *series = new QScatterSeries;
        series->setMarkerSize(6);
        QList<QPointF> points;
        points.reserve(bigSession().events()->rowCount());
        for (const Event &event : bigSession().events()->events())
            points.append({double(event.date.start.toJulianDay()), double(int(event.type))});
        series->replace(points);
        auto *chart = new QChart;
        chart->addSeries(series);
        auto *axisY = new QValueAxis;
        axisY->setRange(-1, 10);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        chart->legend()->hide();
        view.setChart(chart);
        view.resize(1200, 240);
        axisX->setRange(double(QDate(2023, 1, 1).toJulianDay()), double(QDate(2023, 3, 1).toJulianDay()));
        view.grab();
    }
};

void peerTimelineZoomFrame(benchmark::State &state)
{
    PeerChart peer;
    double factor = 1.1;
    for (auto _ : state) {
        const double middle = (peer.axisX->min() + peer.axisX->max()) / 2;
        const double half = (peer.axisX->max() - peer.axisX->min()) / 2 * factor;
        peer.axisX->setRange(middle - half, middle + half);
        factor = 1 / factor;
        benchmark::DoNotOptimize(peer.view.grab());
    }
}
BENCHMARK(peerTimelineZoomFrame)->Unit(benchmark::kMillisecond);

void peerTimelinePanFrame(benchmark::State &state)
{
    PeerChart peer;
    peer.axisX->setRange(double(QDate(2023, 1, 1).toJulianDay()), double(QDate(2023, 12, 31).toJulianDay()));
    double step = 20;
    for (auto _ : state) {
        peer.axisX->setRange(peer.axisX->min() + step, peer.axisX->max() + step);
        step = -step;
        benchmark::DoNotOptimize(peer.view.grab());
    }
}
BENCHMARK(peerTimelinePanFrame)->Unit(benchmark::kMillisecond);

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
BENCHMARK(mapFrame)->Name("sitrepMapPanFrame")->Arg(2)->Arg(5)->Arg(8)->Unit(benchmark::kMillisecond);

void mapZoomFrame(benchmark::State &state)
{
    MapView view;
    view.resize(800, 600);
    view.setSession(&bigSession());
    double zoom = double(state.range(0));
    double step = 0.25;
    for (auto _ : state) {
        // A wheel notch in and out again: the base map is drawn at a new scale each time.
        zoom += step;
        step = -step;
        view.setView(48.5, 33, zoom);
        benchmark::DoNotOptimize(view.grab());
    }
}
BENCHMARK(mapZoomFrame)->Name("sitrepMapZoomFrame")->Arg(2)->Arg(5)->Arg(8)->Unit(benchmark::kMillisecond);

// The stock way to draw the places: a QGraphicsView with one ellipse item per event place.
struct PeerMap
{
    QGraphicsScene scene;
    QGraphicsView view {&scene};

    PeerMap()
    {
        for (const Event &event : bigSession().events()->events()) {
            for (const EventPlace &place : event.places) {
                const QPointF world = MapProjection::toWorld(*place.latitude, *place.longitude) * 256;
                auto *item = scene.addEllipse(-4, -4, 8, 8, QPen(Qt::darkRed), QBrush(QColor(200, 60, 40, 160)));
                item->setPos(world);
                item->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            }
        }
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(800, 600);
        view.grab();
    }
    void show(double latitude, double longitude, double zoom)
    {
        view.resetTransform();
        view.scale(std::exp2(zoom), std::exp2(zoom));
        view.centerOn(MapProjection::toWorld(latitude, longitude) * 256);
    }
};

void peerMapPanFrame(benchmark::State &state)
{
    PeerMap peer;
    double step = 2;
    for (auto _ : state) {
        peer.show(48.5, 33 + step, double(state.range(0)));
        step = -step;
        benchmark::DoNotOptimize(peer.view.grab());
    }
}
BENCHMARK(peerMapPanFrame)->Arg(2)->Arg(5)->Arg(8)->Unit(benchmark::kMillisecond);

void peerMapZoomFrame(benchmark::State &state)
{
    PeerMap peer;
    double zoom = double(state.range(0));
    double step = 0.25;
    for (auto _ : state) {
        zoom += step;
        step = -step;
        peer.show(48.5, 33, zoom);
        benchmark::DoNotOptimize(peer.view.grab());
    }
}
BENCHMARK(peerMapZoomFrame)->Arg(2)->Arg(5)->Arg(8)->Unit(benchmark::kMillisecond);

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

constexpr int windowEvents = 100000;
constexpr int windowArticles = 50000;

// A news report's length of text (about 2,700 characters), so that the file has a real size.
QString articleText(int article)
{
    QString text = QStringLiteral("KYIV, report %1 - ").arg(article);
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Shelling and drone strikes were reported along the front line overnight, officials "
                               "said, and air defence units were active over several regions. ");
    return text;
}

// The project file, generated once.
QString windowProjectPath()
{
    static const QString path = SitrepBench::generatedProject(
        QStringLiteral("sitrep-bench-window-%1-events-%2-articles.sitrep").arg(windowEvents).arg(windowArticles),
        [](ProjectStore &store) {
            QList<Event> events = syntheticEvents(windowEvents);
            QList<ProjectStore::ArticleImport> batch;
            const int perArticle = windowEvents / windowArticles;
            for (int a = 0; a < windowArticles; ++a) {
                Article article;
                article.source = QStringLiteral("/generated/report-%1.txt").arg(a);
                article.contentHash = QString::number(a);
                article.title = QStringLiteral("Generated report %1").arg(a);
                article.outlet = QStringLiteral("Bench Wire");
                article.text = articleText(a);
                QList<Event> own;
                for (int e = a * perArticle; e < (a + 1) * perArticle; ++e) {
                    Event event = events[e];
                    event.id = 0;
                    event.sentenceStart = 0;
                    event.sentenceEnd = 80;
                    event.actors = {
                        EventActor {QStringLiteral("Russia"), QStringLiteral("state"), {}, QStringLiteral("RU")}};
                    own.append(event);
                }
                article.referenceDate = own.first().date.start.addDays(1);
                batch.append({article, own});
                if (batch.size() == 1000) {
                    store.importArticles(batch);
                    batch.clear();
                }
            }
            store.importArticles(batch);
        });
    return path;
}

// Until the panes have rebuilt (they do so on the event loop's next pass) and painted.
void settle(QWidget &window)
{
    QApplication::processEvents();
    QApplication::processEvents();
    benchmark::DoNotOptimize(window.grab());
}

void openWindow(MainWindow &window)
{
    auto store = ProjectStore::open(windowProjectPath());
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    window.setProject(std::move(*store));
    window.show();
    settle(window);
}

// The stock Qt way to list the same events: a SQL query model joined to the article titles, fetched
// in full, sorted by date through a proxy, in a table view.
struct PeerTable
{
    QSqlQueryModel model;
    QSortFilterProxyModel proxy;
    QTableView view;

    PeerTable()
    {
        auto database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
        database.setDatabaseName(windowProjectPath());
        database.open();
        model.setQuery(QStringLiteral("SELECT e.date_start, e.date_end, e.type, e.summary, a.title "
                                      "FROM events e JOIN articles a ON a.id = e.article_id"),
                       database);
        while (model.canFetchMore())
            model.fetchMore();
        proxy.setSourceModel(&model);
        proxy.sort(0);
        view.setModel(&proxy);
        view.resize(1360, 860);
        view.show();
        settle(view);
    }
    ~PeerTable()
    {
        model.clear();
        QSqlDatabase::removeDatabase(QStringLiteral("peer"));
    }
};

// The peak resident memory (VmHWM) of a fresh process running this program with the argument.
double peakMegabytesOf(const QString &mode)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {mode, windowProjectPath()});
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        return -1;
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed().toDouble() / 1024;
}

double peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble();
    }
    return -1;
}

void sitrepWindowPopulated(benchmark::State &state)
{
    windowProjectPath();
    int shown = 0;
    for (auto _ : state) {
        MainWindow window;
        openWindow(window);
        shown = window.session()->filteredEvents()->rowCount();
    }
    state.counters["events"] = shown;
    state.counters["articles"] = windowArticles;
    state.counters["peak_MB"] = peakMegabytesOf(QStringLiteral("--window-memory"));
}
BENCHMARK(sitrepWindowPopulated)->Unit(benchmark::kMillisecond)->Iterations(3);

// The part of opening the window that reads the project: the store's queries and the shared models.
void sessionLoad(benchmark::State &state)
{
    windowProjectPath();
    for (auto _ : state) {
        ProjectSession session;
        auto store = ProjectStore::open(windowProjectPath());
        session.setStore(std::move(*store));
        benchmark::DoNotOptimize(session.filteredEvents()->rowCount());
    }
}
BENCHMARK(sessionLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

void storeEventsLoad(benchmark::State &state)
{
    auto store = ProjectStore::open(windowProjectPath());
    for (auto _ : state)
        benchmark::DoNotOptimize((*store)->events()->size());
}
BENCHMARK(storeEventsLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

void storeArticlesLoad(benchmark::State &state)
{
    auto store = ProjectStore::open(windowProjectPath());
    for (auto _ : state)
        benchmark::DoNotOptimize((*store)->articles()->size());
}
BENCHMARK(storeArticlesLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

void peerWindowPopulated(benchmark::State &state)
{
    windowProjectPath();
    int shown = 0;
    for (auto _ : state) {
        PeerTable peer;
        shown = peer.proxy.rowCount();
    }
    state.counters["events"] = shown;
    state.counters["peak_MB"] = peakMegabytesOf(QStringLiteral("--peer-memory"));
}
BENCHMARK(peerWindowPopulated)->Unit(benchmark::kMillisecond)->Iterations(3);

// One filter change reaching the table, the timeline and the map, alternating between one type
// (about a ninth of the events) and all of them.
void sitrepFilterChange(benchmark::State &state)
{
    MainWindow window;
    openWindow(window);
    EventFilterProxy *proxy = window.session()->filteredEvents();
    bool narrow = true;
    for (auto _ : state) {
        proxy->setTypes(narrow ? QSet<EventType> {EventType::Battle} : QSet<EventType> {});
        narrow = !narrow;
        QApplication::processEvents();
        QApplication::processEvents();
    }
    state.counters["events"] = window.session()->events()->rowCount();
}
BENCHMARK(sitrepFilterChange)->Unit(benchmark::kMillisecond);

void peerFilterChange(benchmark::State &state)
{
    PeerTable peer;
    peer.proxy.setFilterKeyColumn(2);
    bool narrow = true;
    for (auto _ : state) {
        peer.proxy.setFilterFixedString(narrow ? QStringLiteral("battle") : QString());
        narrow = !narrow;
        QApplication::processEvents();
    }
    state.counters["events"] = peer.model.rowCount();
}
BENCHMARK(peerFilterChange)->Unit(benchmark::kMillisecond);

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
    QStandardPaths::setTestModeEnabled(true); // no saved layout or recent projects of the user's
    if (argc == 3 && (std::strcmp(argv[1], "--window-memory") == 0 || std::strcmp(argv[1], "--peer-memory") == 0)) {
        // Run by peakMegabytesOf() in a fresh process: open the project, then print the peak memory.
        if (std::strcmp(argv[1], "--window-memory") == 0) {
            MainWindow window;
            openWindow(window);
            std::printf("%.0f\n", peakKilobytes());
        } else {
            PeerTable peer;
            std::printf("%.0f\n", peakKilobytes());
        }
        return 0;
    }
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
