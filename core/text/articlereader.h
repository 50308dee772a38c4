// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "error.h"

#include <QStringList>

namespace Sitrep {

// Reads one article file from disk (or from Qt resources) into an Article with plain text.
class ArticleReader final
{
public:
    // Files above this size are refused rather than read into memory.
    static constexpr qint64 maximumFileSize = 64 * 1024 * 1024;

    static Expected<Article> read(const QString &path);

    // Lower-case file suffixes the reader understands.
    static QStringList supportedSuffixes();
    static bool isSupported(const QString &path);
};

} // namespace Sitrep
