// SPDX-License-Identifier: GPL-3.0-or-later
// Commands on a project file: ingest, events, articles, set-date, briefing; and extract, which runs
// the same pipeline through an in-memory project.
#include "briefing/briefingdata.h"
#include "briefing/briefingwriter.h"
#include "cliio.h"
#include "commands.h"
#include "events/eventextractor.h"
#include "export/eventexport.h"
#include "filteroptions.h"
#include "project/importer.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace SitrepCli {
namespace {

const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("The project file."),
                                        QStringLiteral("FILE"));
const QCommandLineOption referenceDateOption(
    QStringLiteral("reference-date"),
    QStringLiteral("Date to resolve relative dates against when an article states none (YYYY-MM-DD)."),
    QStringLiteral("D"));

// "1 article", "3 articles".
QString counted(qsizetype count, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(QLatin1StringView(noun),
                                                    count == 1 ? QString() : QStringLiteral("s"));
}

// False when --reference-date is given but is not a date.
bool readReferenceDate(const QCommandLineParser &parser, Sitrep::ArticleReader::Options &options)
{
    if (!parser.isSet(referenceDateOption))
        return true;
    const auto date = isoDate(parser.value(referenceDateOption));
    if (date)
        options.referenceDate = *date;
    return date.has_value();
}

std::unique_ptr<Sitrep::ProjectStore> openProject(const QCommandLineParser &parser, int &exitCode)
{
    if (!parser.isSet(databaseOption)) {
        exitCode = usageError(QStringLiteral("--db FILE is required"));
        return {};
    }
    auto store = Sitrep::ProjectStore::open(parser.value(databaseOption));
    if (!store) {
        err() << "sitrep-cli: " << store.error().toString() << '\n';
        err().flush();
        exitCode = Failure;
        return {};
    }
    return std::move(*store);
}

void reportFailures(const Sitrep::Importer::Summary &summary)
{
    for (const Sitrep::Error &failure : summary.failures)
        err() << "sitrep-cli: " << failure.toString() << '\n';
    for (const QString &folder : summary.truncatedFolders)
        err() << "sitrep-cli: " << folder << ": only the first " << Sitrep::ArticleReader::maximumFolderFiles
              << " files were read\n";
    err().flush();
}

enum class Ids { Stored, RunIndependent };

// Articles with their text (offsets in the JSON are converted with it) and events, by filter.
std::optional<QJsonObject> exportDocument(const Sitrep::ProjectStore &store, const Sitrep::EventFilter &filter,
                                          Ids ids = Ids::Stored)
{
    auto events = store.events(filter);
    auto listed = store.articles();
    if (!events || !listed) {
        err() << "sitrep-cli: " << (events ? listed.error() : events.error()).toString() << '\n';
        return std::nullopt;
    }
    QList<Sitrep::Article> articles;
    for (const Sitrep::Article &article : std::as_const(*listed)) {
        auto whole = store.article(article.id);
        if (whole)
            articles.append(*whole);
    }
    if (ids == Ids::RunIndependent)
        Sitrep::EventExport::useRunIndependentIds(articles, *events);
    return Sitrep::EventExport::toJson(articles, *events);
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Extract dated events from articles and print them as JSON, without keeping a project."));
    parser.addOption(referenceDateOption);
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Article files or folders."),
                                 QStringLiteral("PATH..."));
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("extract: no file given"));
    Sitrep::ArticleReader::Options options;
    if (!readReferenceDate(parser, options))
        return usageError(
            QStringLiteral("--reference-date: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(referenceDateOption)));
    auto store = Sitrep::ProjectStore::open(QStringLiteral(":memory:"));
    if (!store) {
        err() << "sitrep-cli: " << store.error().toString() << '\n';
        return Failure;
    }
    const Sitrep::EventExtractor extractor;
    Sitrep::Importer importer(**store, extractor);
    const Sitrep::Importer::Summary summary = importer.run(parser.positionalArguments(), options);
    reportFailures(summary);
    // The project is thrown away: its ids mean nothing outside this run, and scripts merge the
    // documents of several runs (one per reference date).
    const auto document = exportDocument(**store, {}, Ids::RunIndependent);
    if (!document)
        return Failure;
    writeJson(*document);
    return summary.failures.isEmpty() ? Success : Failure;
}

int runIngest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read articles into a project file and extract their events."));
    parser.addOption(databaseOption);
    parser.addOption(referenceDateOption);
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No progress on stderr."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Threads that read and extract (default: one per core)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({quietOption, threadsOption});
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Article files or folders."),
                                 QStringLiteral("PATH..."));
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("ingest: no file given"));
    Sitrep::ArticleReader::Options options;
    if (!readReferenceDate(parser, options))
        return usageError(
            QStringLiteral("--reference-date: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(referenceDateOption)));
    int exitCode = Success;
    auto store = openProject(parser, exitCode);
    if (!store)
        return exitCode;

    const bool quiet = parser.isSet(quietOption);
    const Sitrep::EventExtractor extractor;
    Sitrep::Importer importer(*store, extractor);
    bool threadsValid = false;
    const int threads = parser.value(threadsOption).toInt(&threadsValid);
    if (!threadsValid || threads < 0)
        return usageError(
            QStringLiteral("--threads: '%1' is not a number of threads").arg(parser.value(threadsOption)));
    importer.setThreads(threads);
    const auto progress = [quiet](const Sitrep::Importer::Progress &step) {
        if (!quiet && !step.currentFile.isEmpty()) {
            err() << "[" << step.filesDone + 1 << "/" << step.fileCount << "] " << step.currentFile << '\n';
            err().flush();
        }
        return true;
    };
    const Sitrep::Importer::Summary summary = importer.run(parser.positionalArguments(), options, progress);
    reportFailures(summary);
    err() << "sitrep-cli: " << counted(summary.files, "file") << ": " << counted(summary.articlesAdded, "article")
          << " added, " << summary.articlesReplaced << " replaced, " << summary.articlesUnchanged << " unchanged, "
          << counted(summary.events, "event") << ", " << summary.failures.size() << " failed\n";
    err().flush();
    return summary.failures.isEmpty() ? Success : Failure;
}

int runEvents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print a project's events, filtered, as JSON, CSV or GeoJSON."));
    parser.addOption(databaseOption);
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json (default), csv or geojson."),
                                    QStringLiteral("F"), QStringLiteral("json"));
    parser.addOption(format);
    if (auto stop = parseCommand(parser, arguments))
        return *stop;

    const auto read = filterOptions.read(parser);
    if (!read)
        return usageError(read.error());
    const Sitrep::EventFilter &filter = *read;
    const QString formatName = parser.value(format).toLower();
    if (formatName != u"json" && formatName != u"csv" && formatName != u"geojson")
        return usageError(QStringLiteral("--format: '%1' is not json, csv or geojson").arg(parser.value(format)));

    int exitCode = Success;
    auto store = openProject(parser, exitCode);
    if (!store)
        return exitCode;
    const auto document = exportDocument(*store, filter);
    if (!document)
        return Failure;
    if (formatName == u"json") {
        writeJson(*document);
        return Success;
    }
    // CSV and GeoJSON are built from the same events and articles.
    auto events = store->events(filter);
    auto listed = store->articles();
    if (!events || !listed)
        return Failure;
    if (formatName == u"csv") {
        QFile output;
        output.open(stdout, QIODevice::WriteOnly);
        output.write(Sitrep::EventExport::toCsv(*listed, *events));
        return Success;
    }
    QList<Sitrep::Article> articles;
    for (const Sitrep::Article &article : std::as_const(*listed)) {
        if (auto whole = store->article(article.id))
            articles.append(*whole);
    }
    writeJson(Sitrep::EventExport::toGeoJson(articles, *events));
    return Success;
}

int runArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List a project's articles as JSON."));
    parser.addOption(databaseOption);
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    int exitCode = Success;
    auto store = openProject(parser, exitCode);
    if (!store)
        return exitCode;
    auto articles = store->articles();
    if (!articles) {
        err() << "sitrep-cli: " << articles.error().toString() << '\n';
        return Failure;
    }
    Sitrep::EventFilter all;
    const QJsonObject document = Sitrep::EventExport::toJson(*articles, {});
    QJsonArray listed = document.value(QStringLiteral("articles")).toArray();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QJsonObject article = listed[i].toObject();
        Sitrep::EventFilter ofArticle;
        ofArticle.articleId = article.value(QStringLiteral("id")).toInteger();
        article.insert(QStringLiteral("events"), store->eventCount(ofArticle).value_or(0));
        listed[i] = article;
    }
    writeJson({{QStringLiteral("articles"), listed}});
    return Success;
}

int runSetDate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Set an article's reference date and re-resolve its relative dates against it."));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("article"), QStringLiteral("The article's id (see 'articles')."),
                                 QStringLiteral("ARTICLE"));
    parser.addPositionalArgument(QStringLiteral("date"), QStringLiteral("The new reference date (YYYY-MM-DD)."),
                                 QStringLiteral("D"));
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QStringLiteral("set-date: expected ARTICLE and D"));
    bool isNumber = false;
    const qint64 articleId = positional[0].toLongLong(&isNumber);
    if (!isNumber)
        return usageError(QStringLiteral("set-date: '%1' is not an article id").arg(positional[0]));
    const auto date = isoDate(positional[1]);
    if (!date)
        return usageError(QStringLiteral("set-date: '%1' is not a date (YYYY-MM-DD)").arg(positional[1]));
    int exitCode = Success;
    auto store = openProject(parser, exitCode);
    if (!store)
        return exitCode;
    const Sitrep::EventExtractor extractor;
    Sitrep::Importer importer(*store, extractor);
    const auto events = importer.changeReferenceDate(articleId, *date);
    if (!events) {
        err() << "sitrep-cli: " << events.error().toString() << '\n';
        return Failure;
    }
    err() << "sitrep-cli: article " << articleId << " now dated " << date->toString(Qt::ISODate) << "; " << *events
          << " events re-resolved\n";
    return Success;
}

int runBriefing(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a PDF briefing of a project's events: key figures, timeline, map, chronology and sources."));
    parser.addOption(databaseOption);
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The PDF file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("The briefing's title."),
                                         QStringLiteral("T"));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          QStringLiteral("Who prepared it: a person or an organisation."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QStringLiteral("a4 (default) or letter."),
                                        QStringLiteral("SIZE"), QStringLiteral("a4"));
    parser.addOptions({outOption, titleOption, authorOption, pageOption});
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    if (!parser.isSet(outOption))
        return usageError(QStringLiteral("--out FILE is required"));
    const auto filter = filterOptions.read(parser);
    if (!filter)
        return usageError(filter.error());
    Sitrep::BriefingOptions options;
    options.title = parser.value(titleOption);
    options.author = parser.value(authorOption);
    options.filter = *filter;
    const QString pageSize = parser.value(pageOption).toLower();
    if (pageSize != u"a4" && pageSize != u"letter")
        return usageError(QStringLiteral("--page-size: '%1' is not a4 or letter").arg(parser.value(pageOption)));
    options.pageSize =
        pageSize == u"letter" ? Sitrep::BriefingOptions::PageSize::Letter : Sitrep::BriefingOptions::PageSize::A4;
    // Opening a missing file would create an empty project: say what is wrong instead.
    if (parser.isSet(databaseOption) && !QFileInfo::exists(parser.value(databaseOption))) {
        err() << "sitrep-cli: " << parser.value(databaseOption) << ": no such project file\n";
        return Failure;
    }
    int exitCode = Success;
    auto store = openProject(parser, exitCode);
    if (!store)
        return exitCode;
    const auto data = Sitrep::BriefingData::gather(*store, options.filter);
    if (!data) {
        err() << "sitrep-cli: " << data.error().toString() << '\n';
        return Failure;
    }
    const QString out = parser.value(outOption);
    const auto written = Sitrep::BriefingWriter::write(*data, options, out);
    if (!written) {
        err() << "sitrep-cli: " << written.error().toString() << '\n';
        return Failure;
    }
    err() << "sitrep-cli: " << out << ": " << counted(written->pages, "page") << ", "
          << counted(data->events.size(), "event") << " from " << counted(data->articleCount(), "article") << '\n';
    return Success;
}

} // namespace SitrepCli
