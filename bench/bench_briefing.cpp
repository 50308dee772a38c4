// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF briefing of 1,000 events (key figures, timeline, map, chronology, annex) from a generated
// project, against its peer: the same events and articles written as CSV by the exporter, the
// cheapest document Sitrep makes of them. Target: under 3 s and 400 MB peak. SITREP_BENCH_EVENTS
// sets the number of events.
#include "briefing/briefingdata.h"
#include "briefing/briefingwriter.h"
#include "export/eventexport.h"
#include "store/projectstore.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

namespace {

int eventCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("SITREP_BENCH_EVENTS");
    return fromEnvironment > 0 ? fromEnvironment : 1000;
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

struct Place
{
    const char *name;
    const char *kind;
    const char *country;
    double latitude;
    double longitude;
};

constexpr Place places[] {
    {"Kharkiv", "city", "UA", 49.99, 36.23},        {"Kyiv", "city", "UA", 50.45, 30.52},
    {"Odesa", "city", "UA", 46.48, 30.73},          {"Dnipro", "city", "UA", 48.46, 35.05},
    {"Zaporizhzhia", "city", "UA", 47.84, 35.14},   {"Kherson", "city", "UA", 46.64, 32.61},
    {"Sumy", "city", "UA", 50.91, 34.80},           {"Lviv", "city", "UA", 49.84, 24.03},
    {"Ternopil", "city", "UA", 49.55, 25.59},       {"Pokrovsk", "city", "UA", 48.28, 37.18},
    {"Belgorod", "city", "RU", 50.60, 36.59},       {"Kursk", "city", "RU", 51.73, 36.19},
    {"Donetsk Oblast", "admin1", "UA", 48.0, 37.8}, {"Ukraine", "country", "UA", 48.94, 31.42},
    {"Geneva", "city", "CH", 46.20, 6.14},          {"Istanbul", "city", "TR", 41.01, 28.98},
};
const char *const actors[] {"Russia",        "Ukraine", "Volodymyr Zelensky", "Steve Witkoff", "Ukrainian Air Force",
                            "Владимир Путин"};

// A project of generated articles (twenty sentences each) and events that quote them.
QString buildProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("briefing.sitrep"));
    auto store = Sitrep::ProjectStore::open(path);
    QRandomGenerator random(11);
    const QDate first(2025, 9, 1);
    constexpr int eventsPerArticle = 20;
    QList<Sitrep::ProjectStore::ArticleImport> batch;
    for (int a = 0; a * eventsPerArticle < eventCount(); ++a) {
        Sitrep::Article article;
        article.source = QStringLiteral("/generated/report-%1.txt").arg(a);
        article.contentHash = QString::number(a);
        article.title = QStringLiteral("Generated situation report %1 on strikes and talks").arg(a);
        article.outlet = QStringLiteral("Outlet %1").arg(a % 7);
        article.referenceDate = first.addDays(a % 80);
        article.dateSource = Sitrep::DateSource::Metadata;
        QList<Sitrep::Event> events;
        for (int e = 0; e < eventsPerArticle && a * eventsPerArticle + e < eventCount(); ++e) {
            const Place &place = places[random.bounded(int(std::size(places)))];
            const QString sentence = QStringLiteral("On the %1th day officials said a strike hit %2, killing %3 "
                                                    "people and injuring %4 more, according to regional authorities. ")
                                         .arg(e + 1)
                                         .arg(QString::fromUtf8(place.name))
                                         .arg(random.bounded(30))
                                         .arg(random.bounded(80));
            Sitrep::Event event;
            event.sentenceStart = article.text.size();
            article.text += sentence;
            event.sentenceEnd = article.text.size() - 1;
            const QDate day = first.addDays(random.bounded(80));
            event.date = {day, day, Sitrep::DatePrecision::Day, Sitrep::DateDerivation::Reference};
            event.dateText = QStringLiteral("on Tuesday");
            event.type = Sitrep::EventType(random.bounded(9));
            event.summary = sentence.trimmed();
            event.places = {Sitrep::EventPlace {QString::fromUtf8(place.name),
                                                QString::fromUtf8(place.name),
                                                QString::fromUtf8(place.kind),
                                                place.latitude,
                                                place.longitude,
                                                QString::fromUtf8(place.country),
                                                {},
                                                std::nullopt}};
            event.actors = {Sitrep::EventActor {
                QString::fromUtf8(actors[random.bounded(int(std::size(actors)))]), QStringLiteral("state"), {}, {}}};
            if (random.bounded(3) == 0)
                event.killed = {random.bounded(5), random.bounded(5, 20), random.bounded(20, 40)};
            events.append(event);
        }
        batch.append({article, events});
    }
    (*store)->importArticles(batch);
    return path;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Sitrep::ProjectStore> store;
    Sitrep::BriefingData data;
};

const Fixture &fixture()
{
    static Fixture *made = [] {
        auto *f = new Fixture;
        f->store = std::move(*Sitrep::ProjectStore::open(buildProject(f->dir)));
        f->data = *Sitrep::BriefingData::gather(*f->store, {});
        return f;
    }();
    return *made;
}

void peerCsvExport(benchmark::State &state)
{
    const Fixture &f = fixture();
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray csv = Sitrep::EventExport::toCsv(f.data.articles, f.data.events);
        bytes = csv.size();
        benchmark::DoNotOptimize(csv.data());
    }
    state.SetItemsProcessed(state.iterations() * f.data.events.size());
    state.counters["kB"] = double(bytes) / 1024;
    state.counters["peak_MB"] = peakMegabytes();
}

void sitrepBriefing(benchmark::State &state)
{
    const Fixture &f = fixture();
    int pages = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        // From the store, as the command line does: reading the events is part of the work.
        const auto data = Sitrep::BriefingData::gather(*f.store, {});
        const auto document = Sitrep::BriefingWriter::render(*data, {});
        if (!document) {
            state.SkipWithError(qPrintable(document.error().toString()));
            return;
        }
        pages = document->second;
        bytes = document->first.size();
    }
    state.SetItemsProcessed(state.iterations() * f.data.events.size());
    state.counters["pages"] = pages;
    state.counters["kB"] = double(bytes) / 1024;
    state.counters["peak_MB"] = peakMegabytes();
}

} // namespace

// The peer first: its peak is the fixture's, and the briefing's adds what the document costs.
BENCHMARK(peerCsvExport)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(sitrepBriefing)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
