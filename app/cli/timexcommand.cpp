// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"
#include "commands.h"
#include "dates/timexengine.h"
#include "dates/timexjson.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace SitrepCli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

int annotateFile(const QString &path, const QDate &reference)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "sitrep-cli: " << path << ": " << file.errorString() << '\n';
        err().flush();
        return Failure;
    }
    const auto decoded = Sitrep::TextDecoder::decode(file.readAll());
    if (!decoded) {
        err() << "sitrep-cli: " << path << ": looks like a binary file, not text\n";
        err().flush();
        return Failure;
    }
    const QList<Sitrep::Timex> timexes = Sitrep::TimexEngine().annotate(decoded->text, reference);
    writeJson({{QStringLiteral("timexes"), Sitrep::Json::fromTimexes(timexes, decoded->text)}});
    return Success;
}

int annotateJsonl(const QString &path, const std::optional<QDate> &fallback)
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
    const Sitrep::TimexEngine engine;
    int failures = 0;
    qsizetype lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const auto fail = [&](const QString &why) {
            err() << "sitrep-cli: " << path << ':' << lineNumber << ": " << why << '\n';
            ++failures;
        };
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            fail(error.error != QJsonParseError::NoError ? QStringLiteral("invalid JSON: ") + error.errorString()
                                                         : QStringLiteral("expected a JSON object"));
            continue;
        }
        const QJsonObject object = document.object();
        const QJsonValue id = object.value(QStringLiteral("id"));
        const QJsonValue text = object.value(QStringLiteral("text"));
        if (!text.isString()) {
            fail(QStringLiteral("missing \"text\" string"));
            continue;
        }
        std::optional<QDate> reference = fallback;
        if (object.contains(QStringLiteral("dct"))) {
            reference = parseDate(object.value(QStringLiteral("dct")).toString());
            if (!reference) {
                fail(QStringLiteral("\"dct\" is not a YYYY-MM-DD date"));
                continue;
            }
        }
        if (!reference) {
            fail(QStringLiteral("no \"dct\" and no --reference-date"));
            continue;
        }
        const QString content = text.toString();
        const QList<Sitrep::Timex> timexes = engine.annotate(content, *reference);
        writeJson(
            {{QStringLiteral("id"), id}, {QStringLiteral("timexes"), Sitrep::Json::fromTimexes(timexes, content)}},
            true);
    }
    err().flush();
    return failures ? Failure : Success;
}

} // namespace

int runTimex(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Find temporal expressions and resolve them against a reference date, as TIMEX3 JSON.\n"
                       "Offsets count Unicode code points of the input text, end exclusive."));
    const QCommandLineOption referenceOption(QStringLiteral("reference-date"),
                                             QStringLiteral("The article's publication date (default: today)."),
                                             QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption jsonlOption(
        QStringLiteral("jsonl"),
        QStringLiteral("Read lines {\"id\",\"dct\",\"text\"} from FILE ('-' for standard input) and write one line "
                       "{\"id\",\"timexes\"} per input line."));
    parser.addOption(referenceOption);
    parser.addOption(jsonlOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A text file, or a JSONL file with --jsonl."),
                                 QStringLiteral("FILE"));
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(files.isEmpty() ? QStringLiteral("timex: no file given")
                                          : QStringLiteral("timex: give exactly one file"));
    std::optional<QDate> reference;
    if (parser.isSet(referenceOption)) {
        reference = parseDate(parser.value(referenceOption));
        if (!reference)
            return usageError(QStringLiteral("timex: --reference-date '%1' is not a valid YYYY-MM-DD date")
                                  .arg(parser.value(referenceOption)));
    }
    if (parser.isSet(jsonlOption))
        return annotateJsonl(files.first(), reference);
    return annotateFile(files.first(), reference.value_or(QDate::currentDate()));
}

} // namespace SitrepCli
