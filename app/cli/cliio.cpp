// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include <QJsonDocument>

namespace SitrepCli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void writeJson(const QJsonObject &object, bool compact)
{
    out() << QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (compact)
        out() << '\n';
    out().flush();
}

int usageError(const QString &message)
{
    err() << "sitrep-cli: " << message << "\nRun 'sitrep-cli --help' for usage.\n";
    err().flush();
    return UsageError;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Success;
    }
    return std::nullopt;
}

} // namespace SitrepCli
