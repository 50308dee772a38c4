// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"
#include "commands.h"
#include "export/articlejson.h"
#include "text/articlereader.h"

#include <QJsonArray>

namespace SitrepCli {
namespace {

void printSummary(const Sitrep::Article &article, int sentenceCount)
{
    QTextStream &stream = out();
    stream << "== " << article.source;
    if (!article.url.isEmpty())
        stream << " (" << article.url << ')';
    stream << '\n';
    stream << "title:     " << article.title << '\n';
    if (!article.outlet.isEmpty())
        stream << "outlet:    " << article.outlet << '\n';
    stream << "format:    " << Sitrep::formatName(article.format);
    if (!article.encoding.isEmpty())
        stream << ", " << article.encoding;
    stream << '\n';
    stream << "date:      "
           << (article.referenceDate.isValid() ? article.referenceDate.toString(Qt::ISODate) : QStringLiteral("none"))
           << " from " << Sitrep::dateSourceName(article.dateSource);
    if (!article.dateEvidence.isEmpty())
        stream << ": " << article.dateEvidence;
    stream << '\n';
    if (Sitrep::isFallbackDateSource(article.dateSource))
        stream << "           (the article states no date; relative dates are resolved against this one)\n";
    if (!article.dateline.isEmpty())
        stream << "dateline:  " << article.textOf(article.dateline).trimmed().toString() << '\n';
    stream << "structure: " << article.paragraphs.size() << " paragraphs, " << article.sentences.size()
           << " sentences\n";
    for (qsizetype i = 0; i < article.sentences.size() && i < sentenceCount; ++i)
        stream << "  " << (i + 1) << ". " << article.textOf(article.sentences.at(i)).toString().simplified() << '\n';
    for (const QString &warning : article.warnings)
        stream << "warning:   " << warning << '\n';
    stream << '\n';
}

} // namespace

int runRead(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Read article files (or folders of them) and print what Sitrep saw: JSON by default."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Article files or folders to read."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption referenceDate(
        QStringLiteral("reference-date"),
        QStringLiteral("Date (YYYY-MM-DD) for articles whose metadata and text state none."), QStringLiteral("date"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output: json (default) or text."),
                                    QStringLiteral("json|text"), QStringLiteral("json"));
    const QCommandLineOption sentences(QStringLiteral("sentences"),
                                       QStringLiteral("How many first sentences to show (default 3)."),
                                       QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({referenceDate, format, sentences});
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("read: no file given"));

    Sitrep::ArticleReader::Options options;
    if (parser.isSet(referenceDate)) {
        options.referenceDate = QDate::fromString(parser.value(referenceDate), Qt::ISODate);
        if (!options.referenceDate.isValid())
            return usageError(
                QStringLiteral("read: --reference-date wants YYYY-MM-DD, not '%1'").arg(parser.value(referenceDate)));
    }
    const QString output = parser.value(format);
    if (output != u"json" && output != u"text")
        return usageError(QStringLiteral("read: --format is json or text, not '%1'").arg(output));
    bool countOk = false;
    const int sentenceCount = parser.value(sentences).toInt(&countOk);
    if (!countOk || sentenceCount < 0)
        return usageError(QStringLiteral("read: --sentences wants a number, not '%1'").arg(parser.value(sentences)));

    const Sitrep::ArticleReader::Batch batch = Sitrep::ArticleReader::readBatch(files, options);
    for (const Sitrep::Error &error : batch.errors)
        err() << "sitrep-cli: " << error.toString() << '\n';
    for (const Sitrep::Article &article : batch.articles) {
        for (const QString &warning : article.warnings)
            err() << "sitrep-cli: " << article.source << ": warning: " << warning << '\n';
    }
    err().flush();

    if (output == u"text") {
        for (const Sitrep::Article &article : batch.articles)
            printSummary(article, sentenceCount);
        out() << batch.articles.size() << " article(s) read, " << batch.errors.size() << " error(s)\n";
        out().flush();
    } else {
        QJsonArray articles;
        for (const Sitrep::Article &article : batch.articles)
            articles.append(Sitrep::Json::fromArticle(article, sentenceCount));
        QJsonArray errors;
        for (const Sitrep::Error &error : batch.errors)
            errors.append(Sitrep::Json::fromError(error));
        writeJson({{QStringLiteral("articles"), articles}, {QStringLiteral("errors"), errors}});
    }
    return batch.errors.isEmpty() ? Success : Failure;
}

} // namespace SitrepCli
