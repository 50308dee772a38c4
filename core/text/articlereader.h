// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "error.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Sitrep {

// Reads article files from disk (or from Qt resources) into Articles: plain text, title, outlet,
// reference date and its source, structure, and the map back to the original.
// Formats by suffix: text, Markdown, HTML, e-mail (.eml), PDF, RSS/Atom feeds (.xml, .rss, .atom).
class ArticleReader final
{
public:
    // Files above this size are refused rather than read into memory.
    static constexpr qint64 maximumFileSize = 64 * 1024 * 1024;
    // A folder yields at most this many files; the rest are reported, not read.
    static constexpr int maximumFolderFiles = 10000;

    struct Options
    {
        // The date the user gives for articles that state none (ranked after metadata and
        // datelines, before the file's modification time). Invalid when not given.
        QDate referenceDate;
    };

    // One article. A feed gives its first item; a folder is an error (use readAll).
    static Expected<Article> read(const QString &path, const Options &options = {});
    // Every article in a file (a feed gives one per item) or, recursively, a folder. A folder
    // fails only when none of its files could be read; readBatch reports each failure.
    static Expected<QList<Article>> readAll(const QString &path, const Options &options = {});

    struct Batch
    {
        QList<Article> articles;
        QList<Error> errors; // one per file that could not be read, in the order given
    };
    // Files and folders; a bad file never stops the others.
    static Batch readBatch(const QStringList &paths, const Options &options = {});

    // Lower-case file suffixes the reader understands.
    static QStringList supportedSuffixes();
    static bool isSupported(const QString &path);
    // The supported files under a folder, sorted, at most maximumFolderFiles (truncated says so).
    static QStringList filesInFolder(const QString &folder, bool *truncated = nullptr);
};

} // namespace Sitrep
