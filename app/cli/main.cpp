// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"
#include "commands.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

using namespace SitrepCli;

namespace {

QString commandSummary()
{
    QString summary = QStringLiteral("Commands:\n");
    for (const Command &command : commands)
        summary += QStringLiteral("  ") + QString::fromUtf8(command.synopsis) + QLatin1Char('\n');
    return summary + QStringLiteral("\nRun 'sitrep-cli COMMAND --help' for a command's options.");
}

// QtGui looks up XDG_RUNTIME_DIR and warns on stderr when it is unset, as it is under cron, in
// containers and over ssh without a login session. A private folder for the run keeps stderr for
// the command's own messages.
std::unique_ptr<QTemporaryDir> provideRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return {};
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sitrep-cli-runtime-XXXXXX"));
    if (!dir->isValid())
        return {};
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    return dir;
}

// Commands that paint (the briefing) need QtGui's application object; on the offscreen platform it
// needs no display, which a command-line tool must never require. runtimeDir must outlive the
// application.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, std::unique_ptr<QTemporaryDir> &runtimeDir)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        for (const Command &command : commands) {
            if (command.paints && qstrcmp(argv[i], command.name) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                runtimeDir = provideRuntimeDir();
                return std::make_unique<QGuiApplication>(argc, argv);
            }
        }
        break;
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QTemporaryDir> runtimeDir;
    const auto app = makeApplication(argc, argv, runtimeDir);
    QCoreApplication::setApplicationName(QStringLiteral("sitrep-cli"));
    QCoreApplication::setApplicationVersion(Sitrep::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sitrep on the command line: dated events from news articles, as JSON.\n\n") + commandSummary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run (see above)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(version)) {
        out() << "sitrep-cli " << Sitrep::versionString() << '\n';
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return Success;
    }
    if (positional.isEmpty()) {
        err() << parser.helpText();
        return UsageError;
    }

    const QString name = positional.first();
    for (const Command &command : commands) {
        if (name == QLatin1StringView(command.name))
            return command.run(QStringList {QStringLiteral("sitrep-cli ") + name} + positional.mid(1));
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(name));
}
