// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "text/articlereader.h"

#include <QStringList>

#include <functional>

namespace Sitrep {

class EventExtractor;
class ProjectStore;

// Reads files into a project: each article is read, its events extracted, and both stored in one
// transaction, so a failure or a cancel never leaves half an article. A bad file never stops the others.
class Importer final
{
public:
    struct Progress
    {
        int filesDone = 0;
        int fileCount = 0;
        QString currentFile;
    };
    // Return false to cancel: the file in hand finishes, the rest are left.
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Summary
    {
        int files = 0;
        int articlesAdded = 0;
        int articlesUnchanged = 0;
        int articlesReplaced = 0;
        int events = 0;
        bool cancelled = false;
        QStringList truncatedFolders; // folders with more files than the reader takes
        QList<Error> failures;
    };

    Importer(ProjectStore &store, const EventExtractor &extractor);

    // How many threads read and extract (storing is always one thread); 0 means one per core.
    void setThreads(int threads) { m_threads = threads; }

    // Articles stored in one transaction (fewer when the files run out or the import is cancelled).
    // Each is still whole or absent; a larger batch spreads the cost of a commit, which writes the
    // pages the batch touched and a new segment of each search index, over more articles.
    static constexpr qsizetype storeBatchSize = 256;

    // Files and folders (recursively) in the order given.
    Summary run(const QStringList &paths, const ArticleReader::Options &options = {},
                const ProgressCallback &progress = {});

    // Sets an article's reference date and re-resolves its machine-made events against it.
    Expected<int> changeReferenceDate(qint64 articleId, const QDate &date);

    static QStringList expandPaths(const QStringList &paths, QStringList *truncatedFolders = nullptr);

private:
    ProjectStore &m_store;
    const EventExtractor &m_extractor;
    int m_threads = 0;
};

} // namespace Sitrep
