// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"
#include "commands.h"
#include "places/gazetteer.h"
#include "places/placefinder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace SitrepCli {

namespace {

// The toponyms of one text; offsets in Unicode code points (the scorers' convention), end exclusive.
QJsonArray toponymsJson(const Sitrep::PlaceFinder &finder, const QString &text)
{
    const Sitrep::Gazetteer &gazetteer = finder.gazetteer();
    const QList<Sitrep::PlaceMention> mentions = finder.find(text);
    QJsonArray toponyms;
    qsizetype unit = 0;
    qsizetype codePoint = 0;
    const auto advanceTo = [&](qsizetype target) {
        while (unit < target) {
            unit += (text[unit].isHighSurrogate() && unit + 1 < text.size() && text[unit + 1].isLowSurrogate()) ? 2 : 1;
            ++codePoint;
        }
        return codePoint;
    };
    for (const Sitrep::PlaceMention &mention : mentions) {
        const Sitrep::GazetteerEntry entry = gazetteer.entry(mention.entry);
        const qsizetype start = advanceTo(mention.start);
        const qsizetype end = advanceTo(mention.end);
        QJsonObject toponym {
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("name"), mention.text},
            {QStringLiteral("lat"), entry.latitude},
            {QStringLiteral("lon"), entry.longitude},
            {QStringLiteral("country"), entry.countryCode},
            {QStringLiteral("kind"), Sitrep::placeKindName(entry.kind)},
            {QStringLiteral("geonameid"), entry.geonameId ? QJsonValue(qint64(entry.geonameId)) : QJsonValue()},
            {QStringLiteral("gazetteer_id"), entry.gazetteerId()},
            {QStringLiteral("canonical"), entry.name},
            {QStringLiteral("admin1"), entry.admin1Code},
            {QStringLiteral("confidence"), qRound(mention.confidence * 1000) / 1000.0},
        };
        if (mention.demonym)
            toponym.insert(QStringLiteral("demonym"), true);
        toponyms.append(toponym);
    }
    return toponyms;
}

int placesJsonl(const Sitrep::PlaceFinder &finder, const QString &path)
{
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << "sitrep-cli: " << path << ": " << file.errorString() << '\n';
        err().flush();
        return Failure;
    }
    int failures = 0;
    qsizetype lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        const QJsonValue text = document.object().value(QStringLiteral("text"));
        if (error.error != QJsonParseError::NoError || !document.isObject() || !text.isString()) {
            err() << "sitrep-cli: " << path << ':' << lineNumber << ": "
                  << (error.error != QJsonParseError::NoError
                          ? QStringLiteral("invalid JSON: ") + error.errorString()
                          : QStringLiteral("expected an object with a \"text\" string"))
                  << '\n';
            ++failures;
            continue;
        }
        writeJson({{QStringLiteral("id"), document.object().value(QStringLiteral("id"))},
                   {QStringLiteral("toponyms"), toponymsJson(finder, text.toString())}},
                  true);
    }
    err().flush();
    return failures ? Failure : Success;
}

} // namespace

int runPlaces(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Find place names and resolve them with the offline gazetteer.\n"
                       "Offsets count Unicode code points of the input text, end exclusive."));
    const QCommandLineOption jsonlOption(
        QStringLiteral("jsonl"),
        QStringLiteral("Read lines {\"id\",\"text\"} from FILE ('-' for standard input) and write one line "
                       "{\"id\",\"toponyms\"} per input line."),
        QStringLiteral("FILE"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("Find the places in TEXT."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption demonymOption(
        QStringLiteral("no-demonyms"), QStringLiteral("Do not report demonyms (\"Ukrainian\") as country mentions."));
    parser.addOption(jsonlOption);
    parser.addOption(textOption);
    parser.addOption(demonymOption);
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    if (parser.isSet(jsonlOption) == parser.isSet(textOption))
        return usageError(QStringLiteral("places: give either --jsonl FILE or --text TEXT"));

    const auto &gazetteer = Sitrep::Gazetteer::builtIn();
    if (!gazetteer) {
        err() << "sitrep-cli: " << gazetteer.error().toString() << '\n';
        err().flush();
        return Failure;
    }
    Sitrep::PlaceFinder::Options options;
    options.includeDemonyms = !parser.isSet(demonymOption);
    const Sitrep::PlaceFinder finder(*gazetteer, options);
    if (parser.isSet(jsonlOption))
        return placesJsonl(finder, parser.value(jsonlOption));
    writeJson({{QStringLiteral("toponyms"), toponymsJson(finder, parser.value(textOption))}});
    return Success;
}

} // namespace SitrepCli
