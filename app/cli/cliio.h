// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace SitrepCli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();
void writeJson(const QJsonObject &object, bool compact = false);

// Prints "sitrep-cli: message" and a hint to stderr; returns UsageError.
int usageError(const QString &message);

// Parses a command's arguments. Returns an exit code when the command should stop here
// (--help printed, or a usage error), nullopt when it should run.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments);

} // namespace SitrepCli
