// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/articlejson.h"
#include "text/articlereader.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

const char *const commandSummary = R"(Commands:
  read FILE...    Read article files and print their text and metadata as JSON.

Run 'sitrep-cli COMMAND --help' for a command's options.)";

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void writeJson(const QJsonObject &object)
{
    QTextStream out(stdout);
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

int usageError(const QString &message)
{
    err() << "sitrep-cli: " << message << "\nRun 'sitrep-cli --help' for usage.\n";
    return UsageError;
}

int runRead(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read article files and print them as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Article files to read."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
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
    writeJson({{QStringLiteral("articles"), articles}, {QStringLiteral("errors"), errors}});
    return errors.isEmpty() ? Success : Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitrep-cli"));
    QCoreApplication::setApplicationVersion(Sitrep::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sitrep on the command line: dated events from news articles, "
                                                    "as JSON.\n\n")
                                     + QString::fromUtf8(commandSummary));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run (see above)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "sitrep-cli " << Sitrep::versionString() << '\n';
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        QTextStream(positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? stderr : stdout)
            << parser.helpText();
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }

    const QString command = positional.first();
    const QStringList commandArguments = QStringList {QStringLiteral("sitrep-cli ") + command} + positional.mid(1);
    if (command == u"read")
        return runRead(commandArguments);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}
