// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace SitrepCli {

// Each command takes its arguments with the command's name first and returns the exit code.
struct Command
{
    const char *name;
    const char *synopsis; // one line for `sitrep-cli --help`
    int (*run)(const QStringList &arguments);
};

int runRead(const QStringList &arguments);

inline constexpr Command commands[] = {
    {"read", "read FILE...    Read article files and print their text and metadata as JSON.", runRead},
};

} // namespace SitrepCli
