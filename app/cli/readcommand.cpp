// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"
#include "commands.h"
#include "export/articlejson.h"
#include "text/articlereader.h"

#include <QJsonArray>

namespace SitrepCli {

int runRead(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read article files and print them as JSON."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Article files to read."),
                                 QStringLiteral("FILE..."));
    if (auto stop = parseCommand(parser, arguments))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("read: no file given"));

    QJsonArray articles;
    QJsonArray errors;
    for (const QString &file : files) {
        auto article = Sitrep::ArticleReader::read(file);
        if (article) {
            articles.append(Sitrep::Json::fromArticle(*article));
        } else {
            err() << "sitrep-cli: " << article.error().toString() << '\n';
            errors.append(Sitrep::Json::fromError(article.error()));
        }
    }
    err().flush();
    writeJson({{QStringLiteral("articles"), articles}, {QStringLiteral("errors"), errors}});
    return errors.isEmpty() ? Success : Failure;
}

} // namespace SitrepCli
